import { mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { closeWordnet, relatedWords, useWordnetFolder } from '../../src/ask/wordnet';

describe('words related in the dictionary', () => {
  it('gives the dictionary form and the derived forms of an inflected word', () => {
    const retaining = relatedWords('retaining');
    expect(retaining.known).toBe(true);
    expect(retaining.forms).toEqual(expect.arrayContaining(['retain', 'retention']));
    expect(relatedWords('cutting').forms).toContain('cut');
    expect(relatedWords('staffing').bases).toEqual(['staff']);
    expect(relatedWords('invite').forms).toContain('invitation');
  });
  it("gives synonyms from the word's commonest senses only", () => {
    expect(relatedWords('cut').synonyms).toEqual(expect.arrayContaining(['reduce', 'trim']));
    expect(relatedWords('salary').synonyms).toContain('pay');
    // "campaign" is the third sense of the noun "drive": too far from everyday use to count.
    expect(relatedWords('drive').synonyms).not.toContain('campaign');
  });
  it('knows nothing of words it does not hold, nor of symbols', () => {
    expect(relatedWords('qwzxv')).toEqual({ known: false, bases: [], forms: [], synonyms: [] });
    expect(relatedWords('a-b')).toEqual({ known: false, bases: [], forms: [], synonyms: [] });
  });
  it('finds the first and last lemmas of an index, where halving the file meets its edges', () => {
    expect(relatedWords('aah').known).toBe(true);
    expect(relatedWords('zyrian').known).toBe(true);
  });
  it('without its database files knows no relations, rather than failing, and recovers when they are back', () => {
    useWordnetFolder(mkdtempSync(join(tmpdir(), 'no-dictionary-')));
    expect(relatedWords('retaining')).toEqual({ known: false, bases: [], forms: [], synonyms: [] });
    closeWordnet();
    expect(relatedWords('retaining').known).toBe(true);
  });
});
