import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { parseMinutes } from '../../src/minutes/parseMinutes';
import { MinutesOutcomeSchema } from '../../src/minutes/outcome';
import { matchOwner, suggestArea } from '../../src/minutes/matchOwner';
import { parseChatAction } from '../../src/minutes/chatActions';
import { PlanDataSchema } from '../../src/domain/model';
import { DEMO_DATA_FILE } from '../../src/store/bootstrap';
import { score, similar } from './similarity';

const FIXTURES = join(__dirname, 'fixtures');
const cases = readdirSync(FIXTURES)
  .filter((file) => file.endsWith('.txt'))
  .map((file) => ({ file, text: readFileSync(join(FIXTURES, file), 'utf8'), expected: MinutesOutcomeSchema.parse(JSON.parse(readFileSync(join(FIXTURES, file.replace(/\.txt$/, '.expected.json')), 'utf8'))) }));

describe.each(cases)('minutes: $file', ({ text, expected }) => {
  const outcome = parseMinutes(text);
  it('finds the resolutions, with their minute numbers when the minutes have them', () => {
    expect(outcome.resolutions.map((r) => r.ref)).toEqual(expected.resolutions.map((r) => r.ref));
    expected.resolutions.forEach((resolution, i) => expect(similar(outcome.resolutions[i]?.text ?? '', resolution.text), resolution.text).toBe(true));
  });
  it('finds the actions, with owners and due phrases', () => {
    const found = score(expected.actions.map((a) => a.text), outcome.actions.map((a) => a.text));
    expect(found.f1).toBe(1);
    for (const action of expected.actions) {
      const match = outcome.actions.find((candidate) => similar(candidate.text, action.text));
      expect(match?.owner?.toLowerCase() ?? null, action.text).toBe(action.owner?.toLowerCase() ?? null);
      expect(match?.due ?? null, action.text).toBe(action.due);
    }
  });
  it('reads the committee, the date and the items', () => {
    expect(outcome.committee).toBe(expected.committee);
    expect(outcome.meetingDate).toBe(expected.meetingDate);
    expect(outcome.items.map((item) => item.ref)).toEqual(expected.items.map((item) => item.ref));
  });
});

describe('minutes that are not minutes', () => {
  it('finds nothing in garbage, and never throws', () => {
    for (const junk of ['', 'hello', '\u0000\u0001binary\uFFFD', '{"json": true}', 'lorem ipsum '.repeat(500), '1.\n2.\n(a)\nRESOLVED', 'RESOLVED:']) {
      const outcome = parseMinutes(junk);
      expect(outcome.resolutions.length + outcome.actions.length, junk.slice(0, 20)).toBe(0);
    }
  });

  it('reads 200 KB of minutes', () => {
    const big = Array.from({ length: 60 }, () => readFileSync(join(FIXTURES, 'seed-002.txt'), 'utf8')).join('\n\n').slice(0, 200_000);
    const outcome = parseMinutes(big);
    // The same decision block printed many times is one set of resolutions.
    expect(outcome.resolutions).toHaveLength(4);
  });
});

describe('owners and areas', () => {
  const data = PlanDataSchema.parse(JSON.parse(readFileSync(DEMO_DATA_FILE, 'utf8')));
  it.each([
    ['The Assistant Director – Corporate Parenting', 'ruth-okafor'],
    ['The Children First Transformation Director', 'daniel-cross'],
    ['the Cabinet Member', 'jo-pearce'],
    ['Cllr Pearce', 'jo-pearce'],
    ['Clerk', 'chris-dunn'],
    ['the Head of Fostering', 'leo-fitzgerald'],
    ['Helen', 'helen-marsh'],
    ['Mr Clark', undefined],
    ['the Chairman', undefined],
    ['Cllr Russell', undefined],
    ['the Director', undefined],
  ])('%s -> %s', (phrase, id) => {
    expect(matchOwner(phrase, data.people)?.id).toBe(id);
  });
  it('suggests the area an action is about, and none when unclear', () => {
    expect(suggestArea('Report to the Committee in Summer 2022 on workforce development', data.plan.areas)).toBe(10);
    expect(suggestArea('Audit the quality of life story books', data.plan.areas)).toBe(7);
    expect(suggestArea('Share an example of the action plan with Committee members', data.plan.areas)).toBeUndefined();
  });
  it('reads an action typed in a meeting chat', () => {
    expect(parseChatAction('Helen Marsh to circulate the audit by 28 Feb')).toEqual({ owner: 'Helen Marsh', text: 'Circulate the audit', due: '28 Feb' });
    expect(parseChatAction('the Clerk will book a room for the next meeting')).toEqual({ owner: 'the Clerk', text: 'Book a room', due: 'the next meeting' });
  });
});

describe('minutes written without sight of the parser (tests/minutes/blind)', () => {
  const BLIND = join(__dirname, 'blind');
  const files = readdirSync(BLIND).filter((file) => file.endsWith('.txt'));
  it('keeps resolution F1 at 0.9 or better and action F1 at 0.85 or better', () => {
    const totals = { resolutions: { tp: 0, expected: 0, found: 0 }, actions: { tp: 0, expected: 0, found: 0 } };
    for (const file of files) {
      const expected = MinutesOutcomeSchema.parse(JSON.parse(readFileSync(join(BLIND, file.replace(/\.txt$/, '.expected.json')), 'utf8')));
      const found = parseMinutes(readFileSync(join(BLIND, file), 'utf8'));
      for (const [key, s] of [
        ['resolutions', score(expected.resolutions.map((r) => r.text), found.resolutions.map((r) => r.text))],
        ['actions', score(expected.actions.map((a) => a.text), found.actions.map((a) => a.text))],
      ] as const) {
        totals[key].tp += s.truePositives;
        totals[key].expected += s.expected;
        totals[key].found += s.found;
      }
    }
    const f1 = ({ tp, expected, found }: { tp: number; expected: number; found: number }) => (2 * tp) / (expected + found);
    expect(files.length).toBeGreaterThanOrEqual(10);
    expect(f1(totals.resolutions)).toBeGreaterThanOrEqual(0.9);
    expect(f1(totals.actions)).toBeGreaterThanOrEqual(0.85);
  });
});

describe("a clerk's draft from minutes", () => {
  it('leaves the due date for the clerk when the minutes give one before the meeting', async () => {
    const { draftFromMinutes } = await import('../../src/meetings/outcomeDraft');
    const data = PlanDataSchema.parse(JSON.parse(readFileSync(DEMO_DATA_FILE, 'utf8')));
    const context = { planId: 'children-first', areas: data.plan.areas, people: data.people, committees: data.committees, meetings: [], actions: [], today: '2026-09-01' };
    const draft = draftFromMinutes(
      { committee: null, meetingDate: '2026-08-31', items: [], resolutions: [], actions: [{ owner: 'the Cabinet Member', text: 'Report on the workforce in Summer 2022', due: 'Summer 2022' }, { owner: null, text: 'Report on staff turnover', due: 'next month' }] },
      context,
      { id: 'draft-test-1', createdBy: 'chris-dunn', createdAt: '2026-09-01T09:00:00Z', source: 'pasted' },
    );
    expect(draft.proposals[0]).toMatchObject({ ownerId: 'jo-pearce', area: 10, duePhrase: 'Summer 2022' });
    expect(draft.proposals[0]?.due).toBeUndefined();
    expect(draft.proposals[1]?.due).toBe('2026-09-30');
  });
});
