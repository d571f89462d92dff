import { createRequire } from 'node:module';
import { beforeAll, describe, expect, it } from 'vitest';
import { answerWithCard } from '../../src/cards/askCards';
import { CARD_VERBS } from '../../src/cards/verbs';
import { MAX_CARD_BYTES, renderHelpCard, teamsMessageBytes, TEMPLATES, type AdaptiveCard } from '../../src/cards/render';
import { renderWelcomeCard } from '../../src/bot/routes/welcome';
import type { PlanView } from '../../src/store/planRepository';
import { demoData } from '../support/store';

type Validator = {
  AdaptiveCard: new () => { parse(json: unknown, context: unknown): void; validateProperties(): { validationEvents: Array<{ message: string }> } };
  SerializationContext: new () => { eventCount: number; getEventAt(i: number): { message: string } };
};
// The official renderer's CommonJS bundle validates cards as Teams' renderer would.
const AC = createRequire(__filename)('adaptivecards/dist/adaptivecards.js') as Validator;

function validationProblems(card: unknown): string[] {
  const parsed = new AC.AdaptiveCard();
  const context = new AC.SerializationContext();
  parsed.parse(card, context);
  const problems = Array.from({ length: context.eventCount }, (_, i) => context.getEventAt(i).message);
  return [...problems, ...parsed.validateProperties().validationEvents.map((event) => event.message)];
}

let view: PlanView;
beforeAll(async () => {
  const data = await demoData();
  view = { plan: { ...data.plan, timeZone: data.timeZone }, people: data.people, committees: data.committees, meetings: data.meetings, actions: data.actions };
});

const ruth = () => view.people.find((person) => person.id === 'ruth-okafor');
const QUESTIONS = [
  "what's outstanding on life story work?",
  'everything',
  'show all actions',
  '7.2',
  'summary',
  'help',
  "what's outstanding on school transport?",
  'what does the assistant director own?',
  'x'.repeat(2000),
  '<b>bold</b> **md** ${x}',
];

function everyCard(): Array<[string, AdaptiveCard]> {
  const cards: Array<[string, AdaptiveCard]> = [];
  for (const question of QUESTIONS) {
    const result = answerWithCard(view, { text: question, asker: ruth(), today: '2022-02-01' });
    if (result.card) cards.push([question.slice(0, 40), result.card]);
    const pages = answerWithCard(view, { text: question, asker: ruth(), today: '2022-02-01', page: 5 });
    if (pages.card) cards.push([`${question.slice(0, 40)} (page 5)`, pages.card]);
  }
  cards.push(['welcome', renderWelcomeCard()], ['help', renderHelpCard()]);
  return cards;
}

describe('Adaptive Card templates', () => {
  it('expand with no unbound ${...} left, validate against the official renderer, and stay under 80 KB by Teams’ measure', () => {
    for (const [name, card] of everyCard()) {
      const json = JSON.stringify(card);
      expect(json.replace('<b>bold</b> **md** ${x}', ''), name).not.toContain('${');
      expect(validationProblems(card), name).toEqual([]);
      expect(teamsMessageBytes(card), name).toBeLessThan(MAX_CARD_BYTES);
    }
  });

  it('use only Action.Execute verbs from the one verb table, and use every verb in it', () => {
    const used = new Set<string>();
    const walk = (node: unknown): void => {
      if (Array.isArray(node)) node.forEach(walk);
      else if (node && typeof node === 'object') {
        const record = node as Record<string, unknown>;
        if (record.type === 'Action.Execute') used.add(String(record.verb));
        Object.values(record).forEach(walk);
      }
    };
    walk(Object.values(TEMPLATES));
    const known = new Set<string>(Object.values(CARD_VERBS));
    expect([...used].filter((verb) => !known.has(verb))).toEqual([]);
    expect([...known].filter((verb) => !used.has(verb))).toEqual([]);
  });

  it('page long lists ten at a time with Show more', () => {
    const result = answerWithCard(view, { text: 'show all actions', asker: ruth(), today: '2022-02-01' });
    expect(result.actionIds).toHaveLength(50);
    const json = JSON.stringify(result.card);
    expect(json.match(/"verb":"viewAction"/g)).toHaveLength(10);
    expect(json).toContain('"title":"Show more"');
    expect(json).toContain('Showing 1–10 of 50');
    const last = answerWithCard(view, { text: 'show all actions', asker: ruth(), today: '2022-02-01', page: 5 });
    expect(JSON.stringify(last.card)).toContain('Showing 41–50 of 50');
    expect(JSON.stringify(last.card)).not.toContain('"title":"Show more"');
  });

  it('show what a person typed literally: in text runs, never as markdown', () => {
    const result = answerWithCard(view, { text: 'what about **Mosaic** _actions_', asker: ruth(), today: '2022-02-01' });
    expect(result.actionIds).toEqual(['act-7-2']);
    const json = JSON.stringify(result.card);
    // Markdown is only interpreted in TextBlocks; user words appear only inside TextRuns.
    const textBlocks: string[] = [];
    const walk = (node: unknown): void => {
      if (Array.isArray(node)) node.forEach(walk);
      else if (node && typeof node === 'object') {
        const record = node as Record<string, unknown>;
        if (record.type === 'TextBlock') textBlocks.push(String(record.text));
        Object.values(record).forEach(walk);
      }
    };
    walk(result.card);
    expect(textBlocks.join(' ')).not.toMatch(/mosaic|link/i);
    expect(json).toMatch(/mosaic/i);
  });
});
