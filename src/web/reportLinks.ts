import { createHash, createHmac, randomBytes, timingSafeEqual } from 'node:crypto';
import { z } from 'zod';
import { ReportRequestSchema, type ReportRequest } from '../reports/request';

export { ReportRequestSchema, type ReportRequest };

/** A link lasts a day: long enough to open after the meeting, short enough not to travel far. */
export const REPORT_LINK_HOURS = 24;

const LinkSchema = z.object({ request: ReportRequestSchema, exp: z.number().int() });

/**
 * Signed, expiring links to a document (`/reports/<token>`). The link alone is not enough: the page
 * still asks who is opening it (Teams sign-in), so a forwarded link shows nothing to someone not on
 * the plan. Signed with a key from the bot's secret, so every instance accepts every instance's links.
 */
export class ReportLinks {
  private readonly key: Buffer;

  constructor(secret: string | undefined) {
    this.key = secret ? createHash('sha256').update(`report-links:${secret}`).digest() : randomBytes(32);
  }

  sign(request: ReportRequest, now: Date): string {
    const body = Buffer.from(JSON.stringify({ request, exp: Math.floor(now.getTime() / 1000) + REPORT_LINK_HOURS * 3600 })).toString('base64url');
    return `${body}.${this.mac(body)}`;
  }

  /** The request a token carries, or why not ('expired' or 'invalid'). */
  verify(token: string, now: Date): ReportRequest | 'expired' | 'invalid' {
    const [body, mac, extra] = token.split('.');
    if (!body || !mac || extra !== undefined || body.length > 2000) return 'invalid';
    const expected = Buffer.from(this.mac(body));
    const given = Buffer.from(mac);
    if (expected.length !== given.length || !timingSafeEqual(expected, given)) return 'invalid';
    let parsed;
    try {
      parsed = LinkSchema.safeParse(JSON.parse(Buffer.from(body, 'base64url').toString('utf8')));
    } catch {
      return 'invalid';
    }
    if (!parsed.success) return 'invalid';
    return parsed.data.exp * 1000 < now.getTime() ? 'expired' : parsed.data.request;
  }

  private mac(body: string): string {
    return createHmac('sha256', this.key).update(body).digest('base64url');
  }
}
