const STOP = new Set(['the', 'a', 'an', 'of', 'to', 'and', 'that', 'on', 'in', 'for', 'with', 'be', 'is', 'are', 'by', 'at', 'its', 'their']);

function contentWords(text: string): Set<string> {
  return new Set((text.toLowerCase().match(/[a-z0-9]+/g) ?? []).filter((word) => !STOP.has(word)));
}

/** Two texts say the same thing: most content words in common (Jaccard 0.6), or one is contained in the other. */
export function similar(a: string, b: string): boolean {
  const left = contentWords(a);
  const right = contentWords(b);
  if (left.size === 0 || right.size === 0) return left.size === right.size;
  const common = [...left].filter((word) => right.has(word)).length;
  const jaccard = common / (left.size + right.size - common);
  const containment = common / Math.min(left.size, right.size);
  return jaccard >= 0.6 || containment >= 0.85;
}

export type Score = { truePositives: number; expected: number; found: number; precision: number; recall: number; f1: number };

/** Greedy one-to-one matching of found texts to expected texts. */
export function score(expected: readonly string[], found: readonly string[]): Score {
  const unused = [...expected];
  let truePositives = 0;
  for (const text of found) {
    const index = unused.findIndex((candidate) => similar(candidate, text));
    if (index >= 0) {
      unused.splice(index, 1);
      truePositives += 1;
    }
  }
  const precision = found.length === 0 ? (expected.length === 0 ? 1 : 0) : truePositives / found.length;
  const recall = expected.length === 0 ? 1 : truePositives / expected.length;
  const f1 = precision + recall === 0 ? 0 : (2 * precision * recall) / (precision + recall);
  return { truePositives, expected: expected.length, found: found.length, precision, recall, f1 };
}
