/** A measure that states a target ("Vacancy rate below 10%"), and the latest figure against it. */
import { formatDate, type IsoDate } from './dates';

export type Target = Readonly<{ op: '<' | '<=' | '>' | '>='; value: number; unit: '%' | 'days'; text: string }>;
export type Figure = Readonly<{ value: number; asOf: IsoDate }>;

const NUMBER = String.raw`(\d{1,6}(?:\.\d{1,3})?)`;
const PERCENT = String.raw`\s*(?:%|per\s?cent)`;

/** The target a measure states, if it states one. */
export function targetOf(measure: string | undefined): Target | undefined {
  if (!measure) return undefined;
  let match = new RegExp(String.raw`\b(below|under|less than|fewer than|no more than|at most)\s+${NUMBER}${PERCENT}`, 'i').exec(measure);
  if (match)
    return {
      op: /no more|at most/i.test(match[1] ?? '') ? '<=' : '<',
      value: Number(match[2]),
      unit: '%',
      text: `${(match[1] ?? '').toLowerCase()} ${match[2] ?? ''}%`,
    };
  match = new RegExp(String.raw`\b(above|over|more than|at least)\s+${NUMBER}${PERCENT}`, 'i').exec(measure);
  if (match)
    return {
      op: /at least/i.test(match[1] ?? '') ? '>=' : '>',
      value: Number(match[2]),
      unit: '%',
      text: `${(match[1] ?? '').toLowerCase()} ${match[2] ?? ''}%`,
    };
  match = new RegExp(String.raw`(?:^|\s)${NUMBER}${PERCENT}\s+of\b`, 'i').exec(measure);
  if (match) return { op: '>=', value: Number(match[1]), unit: '%', text: `${match[1] ?? ''}% or more` };
  match = new RegExp(String.raw`\bwithin\s+${NUMBER}\s+(?:working\s+)?days\b`, 'i').exec(measure);
  if (match) return { op: '<=', value: Number(match[1]), unit: 'days', text: `within ${match[1] ?? ''} ${/working/i.test(match[0]) ? 'working ' : ''}days` };
  return undefined;
}

export function meets(target: Target, value: number): boolean {
  switch (target.op) {
    case '<':
      return value < target.value;
    case '<=':
      return value <= target.value;
    case '>':
      return value > target.value;
    case '>=':
      return value >= target.value;
  }
}

export function figureText(target: Target, figure: Figure): string {
  return `${figure.value}${target.unit === '%' ? '%' : ' days'} on ${formatDate(figure.asOf)}`;
}

/** "12% on 31 Jan 2022 misses the target (below 10%)". */
export function againstTarget(target: Target, figure: Figure): string {
  return `${figureText(target, figure)} ${meets(target, figure.value) ? 'meets' : 'misses'} the target (${target.text})`;
}
