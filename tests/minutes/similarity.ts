/**
 * When a parsed resolution or action counts as the expected one: the same text once folded, or the
 * same content words (stemmed) with a Jaccard index of at least 0.6. Shared by the fixture tests
 * and `scripts/evalMinutes.ts` so both score alike. Deliberately its own words and measure, not
 * the parser's (src/minutes/words.ts): a scorer that shared the parser's would share its mistakes.
 */
import stem from 'wink-porter2-stemmer';

export const SIMILARITY_THRESHOLD = 0.6;

/** Words that carry no content here: function words, and the committee every action mentions. */
const STOP_WORDS = new Set(
  (
    'a an the of to and or in on at by for with from as into onto about than then so such not no nor ' +
    'be is are was were been being am do does did has have had having will would shall should can could may might must ' +
    'it its it\'s this that these those they them their there here he she his her we our us you your i me my ' +
    'which who whom whose what when where why how all any each every some more most further also only just ' +
    'committee sub-committee panel members member'
  ).split(/\s+/),
);

export function normalise(text: string): string {
  return text
    .toLowerCase()
    .replace(/[\u2018\u2019\u2032`´]/g, "'")
    .replace(/[\u2010-\u2015\u2212]/g, '-')
    .replace(/\s+/g, ' ')
    .trim();
}

/** Stemmed content words of a text. */
export function contentWords(text: string): Set<string> {
  const words = normalise(text).replace(/'s\b/g, '').match(/[a-z0-9]+/g) ?? [];
  return new Set(words.filter((word) => !STOP_WORDS.has(word)).map((word) => stem(word)));
}

export function jaccard(a: string, b: string): number {
  const left = contentWords(a);
  const right = contentWords(b);
  if (left.size === 0 && right.size === 0) return 1;
  const common = [...left].filter((word) => right.has(word)).length;
  return common / (left.size + right.size - common);
}

/** The same text, or strong overlap of content words. */
export function similar(a: string, b: string): boolean {
  const left = normalise(a).replace(/[.;,\s]+$/, '');
  const right = normalise(b).replace(/[.;,\s]+$/, '');
  return left === right || jaccard(a, b) >= SIMILARITY_THRESHOLD;
}

export type Score = { matched: number; expected: number; found: number; precision: number; recall: number; f1: number };

export function scoreOf(matched: number, expected: number, found: number): Score {
  const precision = found === 0 ? (expected === 0 ? 1 : 0) : matched / found;
  const recall = expected === 0 ? 1 : matched / expected;
  const f1 = precision + recall === 0 ? 0 : (2 * precision * recall) / (precision + recall);
  return { matched, expected, found, precision, recall, f1 };
}

/**
 * Pairs found texts with expected ones, one to one, best overlap first; returns the pairs
 * (indices into each list) so callers can also compare owners and due dates.
 */
export function pair(expected: readonly string[], found: readonly string[]): Array<{ expected: number; found: number }> {
  const candidates: Array<{ expected: number; found: number; score: number }> = [];
  expected.forEach((want, i) =>
    found.forEach((got, j) => {
      if (similar(want, got)) candidates.push({ expected: i, found: j, score: jaccard(want, got) });
    }),
  );
  candidates.sort((a, b) => b.score - a.score || a.expected - b.expected || a.found - b.found);
  const usedExpected = new Set<number>();
  const usedFound = new Set<number>();
  const pairs: Array<{ expected: number; found: number }> = [];
  for (const candidate of candidates) {
    if (usedExpected.has(candidate.expected) || usedFound.has(candidate.found)) continue;
    usedExpected.add(candidate.expected);
    usedFound.add(candidate.found);
    pairs.push({ expected: candidate.expected, found: candidate.found });
  }
  return pairs.sort((a, b) => a.expected - b.expected);
}

export function score(expected: readonly string[], found: readonly string[]): Score {
  return scoreOf(pair(expected, found).length, expected.length, found.length);
}
