import type { Area, Person } from '../domain/model';
import { hasRole } from '../domain/rules';
import { normaliseText } from '../ask/normalise';

const HONORIFICS = new Set(['mr', 'mrs', 'ms', 'miss', 'dr', 'cllr', 'councillor', 'prof']);
const LITTLE = new Set(['the', 'of', 'for', 'and', 'a', 'an', 'to']);

function words(text: string): string[] {
  return (normaliseText(text).match(/[a-z0-9]+/g) ?? []).filter((word) => !LITTLE.has(word));
}

/**
 * The one person an owner phrase from minutes means, by name ("Cllr Pearce", "Ruth Okafor") or
 * by job title ("The Assistant Director – Corporate Parenting", "the Cabinet Member"), or by the
 * clerk's role ("the Clerk"). Undefined when nobody, or more than one person, fits.
 */
export function matchOwner(phrase: string, people: readonly Person[]): Person | undefined {
  const asked = words(phrase);
  if (asked.length === 0) return undefined;
  const unique = (candidates: readonly Person[]): Person | undefined => (candidates.length === 1 ? candidates[0] : undefined);

  const nameWords = asked.filter((word) => !HONORIFICS.has(word));
  const byName = people.filter((person) => {
    const name = words(person.name).filter((word) => !HONORIFICS.has(word));
    const surname = name[name.length - 1];
    if (nameWords.length === 0 || !surname) return false;
    const firstNameOnly = nameWords.length === 1 && name[0] === nameWords[0];
    return nameWords.every((word) => name.includes(word)) && (nameWords.includes(surname) || nameWords.length === name.length || firstNameOnly);
  });
  if (byName.length > 0) return unique(byName);

  if (asked.length === 1 && (asked[0] === 'clerk' || asked[0] === 'clerks')) return unique(people.filter((person) => hasRole(person, 'clerk')));
  // Every word of the phrase is in the title: "Assistant Director Corporate Parenting", "Cabinet Member".
  const byTitle = people.filter((person) => {
    const title = new Set(words(person.jobTitle));
    return asked.every((word) => title.has(word));
  });
  return unique(byTitle);
}

/** The area whose own names (short title, keywords) the action's words mention most; undefined when none or tied. */
export function suggestArea(text: string, areas: readonly Area[]): number | undefined {
  const said = ` ${words(text).join(' ')} `;
  let best: { area: number; score: number } | undefined;
  let tied = false;
  for (const area of areas) {
    const names = [area.shortTitle, ...area.keywords].map((name) => words(name).join(' ')).filter((name) => name.length > 2);
    const score = names.reduce((sum, name) => (said.includes(` ${name} `) ? sum + name.split(' ').length : sum), 0);
    if (score === 0) continue;
    if (!best || score > best.score) {
      best = { area: area.number, score };
      tied = false;
    } else if (score === best.score) {
      tied = true;
    }
  }
  return best && !tied ? best.area : undefined;
}
