/** Plain-text helpers for minutes: cleaning, whitespace, sentences and a matching form of the text. */

/** Beyond this much text the rest is ignored: minutes are far shorter, and the cost stays bounded. */
export const MAX_INPUT = 1_000_000;

/**
 * Minutes as plain text with Unix newlines: controls, zero-width marks and replacement characters
 * dropped, unusual spaces made spaces. Dashes and quotes stay as written (owners are quoted as written).
 */
export function cleanInput(input: unknown): string {
  const text = typeof input === 'string' ? input.slice(0, MAX_INPUT) : '';
  // Control characters are what these two patterns are for.
  /* eslint-disable no-control-regex */
  return (
    text
      .replace(/\r\n?|[\u2028\u2029\u000B\u000C\u0085]/g, '\n')
      .replace(/[\u00A0\u1680\u2000-\u200A\u202F\u205F\u3000]/g, ' ')
      .replace(/[\u200B-\u200D\u2060\uFEFF\u00AD]/g, '')
      .replace(/[\u0000-\u0008\u000E-\u001F\u007F-\u0084\u0086-\u009F\uFFFD\uFFFE\uFFFF]/g, ' ')
      /* eslint-enable no-control-regex */
      .replace(/[\uD800-\uDFFF]/g, (unit, offset: number, whole: string) => {
        // Keep well-formed surrogate pairs; a lone half is junk.
        const code = unit.charCodeAt(0);
        const next = whole.charCodeAt(offset + 1);
        const previous = whole.charCodeAt(offset - 1);
        if (code <= 0xdbff && next >= 0xdc00 && next <= 0xdfff) return unit;
        if (code >= 0xdc00 && previous >= 0xd800 && previous <= 0xdbff) return unit;
        return ' ';
      })
      // "up date" for "update", as typed in a hurry.
      .replace(/\bup date\b/g, 'update')
      // "T H A T": a word spaced out letter by letter for emphasis.
      .replace(/\b[A-Z](?: [A-Z]){2,}\b/g, (spaced) => spaced.replace(/ /g, ''))
  );
}

/** One space between words, none before punctuation, no space at the ends. */
export function squash(text: string): string {
  return text
    .replace(/\s+/g, ' ')
    .replace(/\s+([,.;:!?)])/g, '$1')
    .replace(/([(])\s+/g, '$1')
    .trim();
}

/**
 * The same text folded for matching, character for character (so an index found in it is an index in
 * the original): lower case, typographic dashes as "-", curly quotes as straight ones.
 */
export function fold(text: string): string {
  return text
    .replace(/[\u2010-\u2015\u2212]/g, '-')
    .replace(/[\u2018\u2019\u201A\u201B\u2032]/g, "'")
    .replace(/[\u201C\u201D\u201E\u201F\u2033]/g, '"')
    .replace(/\p{Lu}/gu, (char) => {
      const lower = char.toLowerCase();
      return lower.length === char.length ? lower : char;
    });
}

/** Words after which a full stop does not end a sentence. */
const ABBREVIATIONS = new Set([
  'mr',
  'mrs',
  'ms',
  'dr',
  'cllr',
  'cllrs',
  'st',
  'no',
  'nos',
  'eg',
  'e.g',
  'ie',
  'i.e',
  'etc',
  'approx',
  'prof',
  'rev',
  'vs',
  'co',
  'cf',
  'para',
  'paras',
  'min',
  'ref',
  'inc',
  'ltd',
  'jan',
  'feb',
  'mar',
  'apr',
  'jun',
  'jul',
  'aug',
  'sep',
  'sept',
  'oct',
  'nov',
  'dec',
]);

/** A paragraph's sentences; an "Action:" note inside a paragraph starts a sentence of its own. */
export function sentences(paragraph: string): string[] {
  // After a sentence ends, or in capitals anywhere: "... members. Action: Clerk", "... (A. Dawson) Action 2:", "... ACTION: Head of Service".
  const text = paragraph
    .replace(
      /(?<=[.!?)\]]["'”’]?)\s+(?=(?:ACTION|Action|ACTIONS|Actions)(?:\s*\d{1,3}[a-z]?)?\s*(?:[:–—-]|\(\s*[A-Z]))|\s+(?=(?:ACTION|ACTIONS)(?:\s*\d{1,3}[a-z]?)?\s*[:–—-])/g,
      '\n',
    )
    // A bracket after a full stop ("... the leak. (A. Dawson) Litter bins ...") closes its sentence.
    .replace(/(?<=[.!?]\s*\([^()\n]{1,60}\))\s+(?=["'“‘]?[A-Z])/g, '\n')
    // A flattened list of matters arising: "... Action: Clerk to email NALC Item 17 Councillor X advised ...", but not "see Item 5 Appendix".
    .replace(/(?<!\b(?:at|in|of|under|see|to|from|with|on|for|and|by|per)\s*)\s+(?=Items?\s+\d{1,3}(?:\s*(?:&|and)\s*\d{1,3})*\s+[A-Z])/g, '\n');
  const out: string[] = [];
  for (const part of text.split('\n')) {
    let start = 0;
    // A bracket after a full stop ("(Owner: Jo Farrow)") stays with its sentence.
    const boundary = /[.!?]["'”’)]*\s+(?=["'“‘]?[A-Z0-9])/g;
    for (let match = boundary.exec(part); match; match = boundary.exec(part)) {
      const before = part.slice(start, match.index);
      const lastWord = (/([A-Za-z.]+)$/.exec(before)?.[1] ?? '').toLowerCase();
      // "Mr. Clark", "e.g. the", a single initial ("J. Smith"): not the end of a sentence.
      if (part[match.index] === '.' && (ABBREVIATIONS.has(lastWord) || /^[a-z]$/.test(lastWord))) continue;
      out.push(part.slice(start, match.index + 1).trim());
      start = match.index + match[0].length;
    }
    out.push(part.slice(start).trim());
  }
  return out.filter((sentence) => sentence.length > 0);
}

/** First letter upper case. */
export function capitalise(text: string): string {
  return text.charAt(0).toUpperCase() + text.slice(1);
}
