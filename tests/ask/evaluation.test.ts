import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { beforeAll, describe, expect, it } from 'vitest';
import { z } from 'zod';
import { answerFromView } from '../../src/ask/askService';
import type { PlanView } from '../../src/store/planRepository';
import { demoData } from '../support/store';

const CaseSchema = z.object({
  text: z.string(),
  as: z.string().optional(),
  intent: z.string(),
  actionIds: z.array(z.string()),
  kind: z.string(),
});

function readSet(file: string) {
  return readFileSync(join(__dirname, file), 'utf8')
    .split('\n')
    .filter((line) => line.trim())
    .map((line) => CaseSchema.parse(JSON.parse(line)));
}

let view: PlanView;
beforeAll(async () => {
  const data = await demoData();
  view = { plan: { ...data.plan, timeZone: data.timeZone }, people: data.people, committees: data.committees, meetings: data.meetings, actions: data.actions };
});

function answer(question: z.infer<typeof CaseSchema>) {
  const asker = question.as ? view.people.find((person) => person.id === question.as) : undefined;
  const result = answerFromView(view, { text: question.text, asker, today: '2022-02-01' });
  return { intent: result.intent, actionIds: [...result.actionIds].sort() };
}

// The evaluation sets are the plan's demo data as of 2022-02-01 and questions written the way officers ask.
describe.each(['evaluation.jsonl', 'evaluation-holdout.jsonl', 'evaluation-blind.jsonl'])('%s', (file) => {
  const cases = readSet(file);
  it.each(cases.map((question) => [`[${question.kind}] ${question.text.slice(0, 80)}`, question] as const))('%s', (_name, question) => {
    expect(answer(question)).toEqual({ intent: question.intent, actionIds: [...question.actionIds].sort() });
  });
});
