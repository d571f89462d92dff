import { describe, expect, it } from 'vitest';
import { REPORT_LINK_HOURS, ReportLinks } from '../../src/web/reportLinks';

describe('links to documents', () => {
  const now = new Date('2022-02-01T10:00:00Z');
  const request = { kind: 'actionLog' as const, public: false };

  it('carry what was asked for, for a day, and then say they have expired', () => {
    const links = new ReportLinks('a secret');
    const token = links.sign(request, now);
    expect(links.verify(token, new Date(now.getTime() + (REPORT_LINK_HOURS - 1) * 3600_000))).toEqual(request);
    expect(links.verify(token, new Date(now.getTime() + (REPORT_LINK_HOURS + 1) * 3600_000))).toBe('expired');
  });

  it('are refused when changed, made with another key, or not ours at all', () => {
    const token = new ReportLinks('a secret').sign(request, now);
    const [body, mac] = token.split('.');
    const widened = Buffer.from(JSON.stringify({ request: { kind: 'actionLog', public: false }, exp: 9_999_999_999 })).toString('base64url');
    expect(new ReportLinks('a secret').verify(`${widened}.${mac ?? ''}`, now)).toBe('invalid');
    expect(new ReportLinks('another secret').verify(token, now)).toBe('invalid');
    expect(new ReportLinks('a secret').verify(`${body ?? ''}`, now)).toBe('invalid');
    expect(new ReportLinks('a secret').verify('not.a.link', now)).toBe('invalid');
    // Every instance with the same bot secret accepts every instance's links.
    expect(new ReportLinks('a secret').verify(token, now)).toEqual(request);
  });
});
