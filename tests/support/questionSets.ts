import { readFileSync } from 'node:fs';
import { z } from 'zod';
import { answerFromView } from '../../src/ask/askService';
import { formatDate } from '../../src/domain/dates';
import type { PlanData } from '../../src/domain/model';

export const QuestionCaseSchema = z.object({
  text: z.string(),
  as: z.string().optional(),
  intent: z.string(),
  actionIds: z.array(z.string()),
  kind: z.string(),
  /** For a question asking one fact: what the answer's first line must state. */
  fact: z.union([z.object({ person: z.string() }), z.object({ date: z.string() }), z.object({ number: z.number() })]).optional(),
});
export type QuestionCase = z.infer<typeof QuestionCaseSchema>;

export function readQuestionSet(file: string): QuestionCase[] {
  return readFileSync(file, 'utf8')
    .split('\n')
    .filter((line) => line.trim())
    .map((line) => QuestionCaseSchema.parse(JSON.parse(line)));
}

/** Whether the bot's answer to one labelled question is exactly right, and what it gave. */
export function scoreQuestion(data: PlanData, question: QuestionCase): { exact: boolean; got: string } {
  const view = {
    plan: { ...data.plan, timeZone: data.timeZone },
    people: data.people,
    committees: data.committees,
    meetings: data.meetings,
    actions: data.actions,
  };
  const asker = question.as ? data.people.find((person) => person.id === question.as) : undefined;
  const result = answerFromView(view, { text: question.text, asker, today: '2022-02-01' });
  const ids = [...result.actionIds].sort();
  const firstLine = result.text.split('\n')[0] ?? '';
  let factOk = true;
  if (question.fact && 'person' in question.fact)
    factOk = firstLine.includes(data.people.find((person) => person.id === (question.fact as { person: string }).person)?.name ?? '\u0000');
  else if (question.fact && 'date' in question.fact) factOk = firstLine.includes(formatDate(question.fact.date));
  else if (question.fact && 'number' in question.fact) factOk = new RegExp(`(^|\\D)${question.fact.number}(\\D|$)`).test(firstLine);
  const exact = result.intent === question.intent && JSON.stringify(ids) === JSON.stringify([...question.actionIds].sort()) && factOk;
  return { exact, got: `${result.intent} [${ids.join(', ')}] :: ${firstLine.slice(0, 160)}` };
}
