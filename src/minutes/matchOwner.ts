/**
 * Owner phrases from minutes matched to the plan's people, and the area an action's words point to.
 * Both answer only when one answer fits; otherwise the clerk chooses.
 */
import stem from 'wink-porter2-stemmer';
import { FILLER_WORDS } from '../ask/normalise';
import type { Area, Person } from '../domain/model';

const HONORIFICS = new Set(['mr', 'mrs', 'ms', 'miss', 'mx', 'dr', 'prof', 'cllr', 'councillor', 'sir', 'dame']);
// The little joining words skipped in names (and the "s" a possessive leaves).
const FILLER: ReadonlySet<string> = new Set([...FILLER_WORDS, 's']);
/** Rank words: "the Director" is not an Assistant Director, and an Assistant Director is not the Director. */
const RANKS = new Set(['assistant', 'deputy', 'associate', 'interim', 'acting', 'vice']);
/** Abbreviations officers use for posts. */
const ABBREVIATIONS: Record<string, string> = {
  dcs: 'director of children services',
  ad: 'assistant director',
  psw: 'principal social worker',
  qa: 'quality assurance',
  hos: 'head of service',
  headteacher: 'head',
  'head-teacher': 'head',
  cx: 'chief executive',
  ceo: 'chief executive',
  chair: 'chairman',
  chairperson: 'chairman',
  chairwoman: 'chairman',
  'vice-chair': 'vice chairman',
};

function fold(text: string): string {
  return text
    .normalize('NFKC')
    .toLowerCase()
    .replace(/[\u2018\u2019\u2032`´]/g, "'")
    .replace(/'s\b/g, '')
    .replace(/[\u2010-\u2015\u2212]/g, ' ');
}

function words(text: string): string[] {
  const raw = fold(text).match(/[a-z0-9]+(?:-[a-z0-9]+)*/g) ?? [];
  return raw.flatMap((word) => (ABBREVIATIONS[word] ?? word).split(' ')).filter((word) => word && !FILLER.has(word));
}

/** Names written after an honorific ("Mr Clark", "Cllr Jo Pearce"), and any whole person name the phrase contains. */
function namesIn(phrase: string): string[][] {
  const found: string[][] = [];
  const pattern = /\b(?:Mr|Mrs|Ms|Miss|Mx|Dr|Prof|Cllr|Councillor|Sir|Dame)\.?\s+((?:[A-Z][\w'’-]*\s*){1,3})/g;
  for (let match = pattern.exec(phrase); match; match = pattern.exec(phrase)) {
    const name = (match[1] ?? '')
      .trim()
      .split(/\s+/)
      .map((word) => fold(word));
    if (name.length > 0) found.push(name);
  }
  return found;
}

function nameWords(person: Person): string[] {
  return fold(person.name)
    .split(/\s+/)
    .filter((word) => word && !HONORIFICS.has(word.replace(/\.$/, '')));
}

function byName(phrase: string, people: readonly Person[]): { tried: boolean; person?: Person } {
  const folded = ` ${fold(phrase)
    .replace(/[^a-z0-9' -]+/g, ' ')
    .replace(/\s+/g, ' ')} `;
  const whole = people.filter((person) => folded.includes(` ${nameWords(person).join(' ')} `));
  if (whole.length === 1) return { tried: true, person: whole[0] };
  const names = namesIn(phrase);
  if (names.length === 0) {
    // A bare first name or surname ("Helen", "Okafor") when it is all the phrase says.
    const bare = words(phrase);
    if (bare.length === 1) {
      const fits = people.filter((person) => nameWords(person).includes(bare[0] ?? ''));
      if (fits.length === 1) return { tried: true, person: fits[0] };
    }
    return { tried: false };
  }
  for (const name of names) {
    const surname = name[name.length - 1] ?? '';
    const fits = people.filter((person) => {
      const own = nameWords(person);
      return own[own.length - 1] === surname && name.every((word) => own.includes(word));
    });
    if (fits.length === 1) return { tried: true, person: fits[0] };
  }
  return { tried: true };
}

/** The phrase without the names in it: "The Children First Transformation Director, Mr Clark" -> the title. */
function withoutNames(phrase: string, people: readonly Person[]): string {
  let rest = phrase.replace(/\b(?:Mr|Mrs|Ms|Miss|Mx|Dr|Prof|Cllr|Councillor|Sir|Dame)\.?\s+(?:[A-Z][\w'’-]*\s*){1,3}/g, ' ');
  for (const person of people)
    rest = rest.replace(
      new RegExp(`\\b${person.name.replace(/^(?:Cllr|Councillor|Mr|Mrs|Ms|Dr)\.?\s+/i, '').replace(/[.*+?^${}()|[\]\\]/g, '\\$&')}\\b`, 'gi'),
      ' ',
    );
  return rest;
}

function byTitle(phrase: string, people: readonly Person[]): Person | undefined {
  const asked = words(phrase);
  if (asked.length === 0) return undefined;
  const askedSet = new Set(asked);
  if (asked.length === 1 && /^(?:clerk|clerks)$/.test(asked[0] ?? '')) {
    const clerks = people.filter((person) => person.roles.includes('clerk') || /\b(?:clerk|democratic services)\b/i.test(person.jobTitle));
    return clerks.length === 1 ? clerks[0] : undefined;
  }
  const scored = people.map((person) => {
    const title = words(person.jobTitle);
    const titleSet = new Set(title);
    const common = asked.filter((word) => titleSet.has(word)).length;
    // Ranks must agree both ways; every other word of the phrase must be in the title.
    const ranksAgree = [...RANKS].every((rank) => askedSet.has(rank) === titleSet.has(rank));
    const covered = common / asked.length;
    return { person, common, covered, ranksAgree, titleSize: title.length };
  });
  // "Director of Children's Services" is the statutory title of the children's director, however the post is named.
  const dcs = /\bdirector of children(?:'s)? services\b|\bdcs\b/i.test(fold(phrase).replace(/'/g, ''));
  if (dcs) {
    const directors = people.filter(
      (person) =>
        /\bdirector\b/i.test(person.jobTitle) &&
        /\bchildren\b/i.test(person.jobTitle) &&
        !/\b(?:assistant|deputy)\b/i.test(person.jobTitle) &&
        /\bdirector of children\b/i.test(fold(person.jobTitle).replace(/,/g, '')),
    );
    if (directors.length === 1) return directors[0];
  }
  const full = scored.filter((candidate) => candidate.ranksAgree && candidate.covered === 1);
  if (full.length === 1) return full[0]?.person;
  if (full.length > 1) {
    // "Cabinet Member" fits one title better than another only when it names more of it.
    const best = Math.max(...full.map((candidate) => candidate.common / candidate.titleSize));
    const top = full.filter((candidate) => candidate.common / candidate.titleSize === best);
    return top.length === 1 && asked.length >= 2 ? top[0]?.person : undefined;
  }
  return undefined;
}

/**
 * The one person an owner phrase means: by name ("Cllr Pearce", "Ruth Okafor"), else by job title
 * ("The Assistant Director – Corporate Parenting", "the Cabinet Member", "the Clerk"). A name that
 * fits nobody in the plan ("Mr Clark") does not stop the title beside it from matching.
 */
export function matchOwner(phrase: string, people: readonly Person[]): Person | undefined {
  if (!phrase.trim() || people.length === 0) return undefined;
  const named = byName(phrase, people);
  if (named.person) return named.person;
  const title = withoutNames(phrase, people);
  if (named.tried && words(title).length === 0) return undefined;
  return byTitle(title, people);
}

function stems(text: string): string[] {
  return (fold(text).match(/[a-z0-9]+/g) ?? []).map((word) => stem(word));
}

/** Words of area names that say nothing on their own. */
const WEAK = new Set([
  'quality',
  'work',
  'working',
  'plan',
  'plans',
  'and',
  'of',
  'the',
  'for',
  'young',
  'people',
  'children',
  'child',
  'service',
  'services',
  'improvement',
  'practice',
]);

/**
 * The area an action's words point to: its keywords or short title as a phrase (2 points a word),
 * or a distinctive word of its short title (1 point). Undefined when nothing fits or two areas tie.
 */
export function suggestArea(text: string, areas: readonly Area[]): number | undefined {
  const said = ` ${stems(text).join(' ')} `;
  const titleWordCount = new Map<string, number>();
  for (const area of areas) for (const word of new Set(stems(area.shortTitle))) titleWordCount.set(word, (titleWordCount.get(word) ?? 0) + 1);
  let best: { area: number; score: number } | undefined;
  let tied = false;
  for (const area of areas) {
    let score = 0;
    for (const name of [area.shortTitle, ...area.keywords]) {
      const phrase = stems(name);
      if (phrase.length === 0 || (phrase.length === 1 && WEAK.has(phrase[0] ?? ''))) continue;
      if (said.includes(` ${phrase.join(' ')} `)) score = Math.max(score, 2 * phrase.length);
    }
    if (score === 0) {
      for (const word of new Set(stems(area.shortTitle))) {
        if (!WEAK.has(word) && word.length > 3 && titleWordCount.get(word) === 1 && said.includes(` ${word} `)) score += 1;
      }
    }
    if (score === 0) continue;
    if (!best || score > best.score) {
      best = { area: area.number, score };
      tied = false;
    } else if (score === best.score) tied = true;
  }
  return best && !tied ? best.area : undefined;
}
