/** Content words of a text, stemmed, and how much two texts share: for telling whether two actions say the same thing. */
import stem from 'wink-porter2-stemmer';

const FUNCTION_WORDS = new Set(
  (
    'a an the of to and or in on at by for with from as into onto about than then so such not no nor over under rather ' +
    'be is are was were been being do does did has have had will would shall should can could may might must ' +
    'it its this that these those they them their there he she his her we our you your which who whom whose what when where how ' +
    'all any each every some more most further also only just committee sub-committee panel board members member'
  ).split(/\s+/),
);

export function contentStems(text: string): Set<string> {
  const words =
    text
      .toLowerCase()
      .replace(/['’]s\b/g, '')
      .match(/[a-z0-9]+/g) ?? [];
  return new Set(words.filter((word) => !FUNCTION_WORDS.has(word)).map((word) => stem(word)));
}

/** Share of all the content words of two texts that both have (Jaccard). */
export function sharedShare(a: ReadonlySet<string>, b: ReadonlySet<string>): number {
  const common = [...a].filter((word) => b.has(word)).length;
  const union = a.size + b.size - common;
  return union === 0 ? 0 : common / union;
}

/** Share of the shorter text's content words found in the other: the same thing reworded or extended. */
export function containedShare(a: ReadonlySet<string>, b: ReadonlySet<string>): number {
  const [shorter, longer] = a.size <= b.size ? [a, b] : [b, a];
  if (shorter.size === 0) return 0;
  return [...shorter].filter((word) => longer.has(word)).length / shorter.size;
}
