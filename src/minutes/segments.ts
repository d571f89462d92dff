/**
 * Minutes text as a list of paragraphs ("units"), each with what starts it: a minute number
 * ("39.8"), a list marker ("1.", "(a)", "(ii)", "1)") or a bullet. Lines a PDF wrapped are joined.
 */
import { squash } from './text';

export type MarkerKind = 'decimal' | 'letter' | 'upper' | 'bullet';

/** A list marker as written; letters that could be Roman numerals are told apart by the list they sit in. */
export type Marker = Readonly<{ kind: MarkerKind; label: string; value: number; form: 'dot' | 'paren' | 'close' | 'bullet' }>;

export type Unit = {
  readonly index: number;
  /** The paragraph without its minute number or list marker, whitespace squashed. */
  text: string;
  /** The line(s) as written: tabs and column gaps kept, for tables. */
  raw: string;
  readonly minute?: string;
  readonly marker?: Marker;
  /** A blank line came before it. */
  readonly gapBefore: boolean;
  /** A number standing alone ("19."): the next paragraph is usually that agenda item's title. */
  readonly numberOnly?: string;
};

const BULLET =
  /^(?:[\u2022\u00B7\u25AA\u25AB\u25CF\u25E6\u25A0\u25A1\u2023\u2043\u2219\u27A2\u27A4\u25BA\u25B6\u2713\u2714\u2756\u00D8\u00A7\u2666\u25C6\uF0A7\uF0B7\uF0D8\uF0FC\uF076\uF0E0*>]+|[-\u2013\u2014](?=\s)|o(?=\s{2,}|\t))\s*/;
/** "39.8", "23.3.1": a paragraph's minute number. */
const MINUTE = /^(\d{1,3}(?:\.\d{1,3}){1,3})\.?(?=\s|$)/;
/** "65/08", "CYP/22/14", "C 23/45": minute numbers written with slashes. */
const SLASH_MINUTE = /^((?:[A-Z]{1,6}\s?\/?\s?)?\d{1,4}\/\d{2,4}(?:\/\d{1,3})?)\.?(?=\s|$)/;
const ROMAN = /^(?:x{0,3})(?:ix|iv|v?i{0,3})$/;

export function romanValue(label: string): number {
  const values: Record<string, number> = { i: 1, v: 5, x: 10 };
  let total = 0;
  for (let index = 0; index < label.length; index += 1) {
    const value = values[label[index] ?? ''] ?? 0;
    const next = values[label[index + 1] ?? ''] ?? 0;
    total += value < next ? -value : value;
  }
  return total;
}

export function isRoman(label: string): boolean {
  return label.length > 0 && ROMAN.test(label);
}

/** The list marker a line starts with, and the rest of the line. */
export function readMarker(line: string): { marker: Marker; rest: string } | undefined {
  let match = /^[([](\d{1,2})[)\]]\s*/.exec(line) ?? /^(\d{1,2})\)\s*/.exec(line);
  if (match?.[1])
    return {
      marker: { kind: 'decimal', label: match[1], value: Number(match[1]), form: /^[([]/.test(match[0]) ? 'paren' : 'close' },
      rest: line.slice(match[0].length),
    };
  match = /^(\d{1,2})\.(?=\s|$)\s*/.exec(line);
  if (match?.[1]) return { marker: { kind: 'decimal', label: match[1], value: Number(match[1]), form: 'dot' }, rest: line.slice(match[0].length) };
  // "(a)", "a)", and "[a]" as some parish minutes write it.
  match = /^\(([a-z]{1,5})\)\s*/.exec(line) ?? /^\[([a-z]{1,5})\]\s+/.exec(line) ?? /^([a-z]{1,5})\)\s*/.exec(line) ?? /^([a-z]|[ivx]{1,5})\.\s+/.exec(line);
  if (match?.[1] && (match[1].length === 1 || isRoman(match[1]))) {
    const label = match[1];
    const form = /^[([]/.test(match[0]) ? 'paren' : match[0].includes(')') ? 'close' : 'dot';
    return {
      marker: { kind: 'letter', label, value: label.length === 1 ? label.charCodeAt(0) - 96 : romanValue(label), form },
      rest: line.slice(match[0].length),
    };
  }
  match = /^\(([A-Z]|[IVX]{1,5})\)\s*/.exec(line) ?? /^([A-Z]|[IVX]{1,5})\)\s*/.exec(line);
  if (match?.[1]) {
    const label = match[1];
    return {
      marker: {
        kind: 'upper',
        label,
        value: label.length === 1 ? label.charCodeAt(0) - 64 : romanValue(label.toLowerCase()),
        form: match[0].startsWith('(') ? 'paren' : 'close',
      },
      rest: line.slice(match[0].length),
    };
  }
  match = BULLET.exec(line);
  if (match && match[0].length > 0) return { marker: { kind: 'bullet', label: match[0].trim(), value: 0, form: 'bullet' }, rest: line.slice(match[0].length) };
  return undefined;
}

/** Labels of a web page's sections that say nothing themselves ("Minutes:"): dropped from the start of a line. */
const LABEL = /^(?:minutes|supporting documents|additional documents)\s*:\s*(?=\S)/i;

/** A line that ends a sentence or introduces something: the next line is not its continuation. */
const ENDS_PARAGRAPH = /[.:;?!]["'”’)]*$|[–—-]$/;
const PAGE_FOOTER = /^(?:page\s+\d+(?:\s+of\s+\d+)?|-\s*\d+\s*-|\d+\s*\|\s*page)$/i;

function isTableRow(raw: string): boolean {
  return /\t|\s\|\s|^\||\|$|\S\s{3,}\S.*\S\s{3,}\S/.test(raw);
}

/** The paragraphs of minutes text (already cleaned). */
export function segment(text: string): Unit[] {
  return splitNumberedParagraphs(paragraphs(text));
}

/** "1205 Finance. It was agreed ...", "1203      Minutes of the meeting ... were approved": a minute number before its words. */
const NUMBER_FIRST = /^(\d{1,4}[A-Za-z]?)[./]?(\t|\s{3,}|\s)(.+)$/;
/** Where an inline heading ends and the minute's words begin: "Finance. It was", "Matters Arising: The". */
const HEADING_END = /^(.{3,90}?)(?:[.:]\s+(?=[A-Z])|\s+[–—-]\s+)(.+)$/;

/**
 * A minute whose number, heading and words share one line ("1202 Public Participation. Stones had
 * been placed ..."): split into its heading ("1202 Public Participation") and its words, numbered
 * with the minute, so the words are read as any other paragraph. Numbers must go up.
 */
function splitNumberedParagraphs(units: Unit[], isTitle: (text: string) => boolean = plainTitle): Unit[] {
  const out: Unit[] = [];
  let last = -1;
  const numberOf = (unit: Unit): RegExpExecArray | null =>
    unit.marker || unit.minute ? null : NUMBER_FIRST.exec(unit.raw.includes('\n') ? unit.text : unit.raw.trim());
  // "167 Apologies ...", "168 The Minutes of the last meeting ...": numbers that run on from one paragraph to the next are minutes.
  const values = units.map((unit) => Number.parseInt(numberOf(unit)?.[1] ?? '', 10));
  const running = (at: number): boolean => {
    const value = values[at] ?? Number.NaN;
    if (Number.isNaN(value)) return false;
    for (let index = Math.max(0, at - 4); index <= Math.min(values.length - 1, at + 4); index += 1)
      if (index !== at && Math.abs((values[index] ?? Number.NaN) - value) === 1) return true;
    return false;
  };
  for (const [at, unit] of units.entries()) {
    const found = numberOf(unit);
    const value = found ? Number.parseInt(found[1] ?? '', 10) : Number.NaN;
    const words = found ? squash(found[3] ?? '') : '';
    const wide = found ? /\t|\s{3,}/.test(found[2] ?? '') || running(at) : false;
    const heading = words ? HEADING_END.exec(words) : null;
    const titled = heading?.[1] && heading[2] && isTitle(heading[1]) && heading[2].split(/\s+/).length >= 4 && /[a-z]/.test(heading[2]);
    if (!found || !(value > last) || (!titled && !(wide && !isTitle(words)))) {
      out.push({ ...unit, index: out.length });
      continue;
    }
    last = value;
    const number = found[1] ?? '';
    if (titled) out.push({ index: out.length, text: `${number} ${squash(heading[1] ?? '')}`, raw: `${number} ${heading[1] ?? ''}`, gapBefore: unit.gapBefore });
    else out.push({ index: out.length, text: '', raw: number, gapBefore: unit.gapBefore, numberOnly: number });
    out.push({ index: out.length, text: titled ? squash(heading[2] ?? '') : words, raw: unit.raw, minute: number, gapBefore: false });
  }
  return out;
}

/** "338 PLANNING COMMITTEE (For Planning Committee consideration only)": a minute's heading starts its own paragraph. */
function numberedHeading(line: string): boolean {
  const found = /^\d{1,4}[A-Za-z]?\.?\s+(\S.*)$/.exec(line);
  return found?.[1] !== undefined && plainTitle(found[1]);
}

/** A short heading without a verb: "Public Participation", "Matters Arising", "Finance". */
function plainTitle(text: string): boolean {
  const words = text.trim().split(/\s+/);
  return (
    words.length <= 8 &&
    /^[A-Z0-9]/.test(text.trim()) &&
    // Headings capitalise their words; a verb in lower case makes it a sentence.
    !/\b(?:was|were|is|are|had|has|have|would|will|be|been|said|asked|noted|agreed|reported|welcomed|thanked)\b/.test(text) &&
    !/[,;]/.test(text)
  );
}

function paragraphs(text: string): Unit[] {
  const units: Unit[] = [];
  let gap = true;
  for (const rawLine of text.split('\n')) {
    const line = rawLine.trimEnd();
    const trimmed = line.trim();
    if (!trimmed || PAGE_FOOTER.test(trimmed)) {
      gap = gap || !trimmed;
      continue;
    }
    const previous = units[units.length - 1];
    const body = trimmed.replace(LABEL, '');
    const marker = readMarker(body);
    const minute = marker?.marker.kind === 'decimal' && marker.marker.form === 'dot' ? undefined : (MINUTE.exec(body)?.[1] ?? SLASH_MINUTE.exec(body)?.[1]);
    // A line a PDF wrapped: no blank line before, the previous line unfinished, this one starts no list item.
    if (
      previous &&
      !gap &&
      !marker &&
      !minute &&
      !numberedHeading(trimmed) &&
      !isTableRow(line) &&
      !isTableRow(previous.raw) &&
      !ENDS_PARAGRAPH.test(previous.text) &&
      previous.numberOnly === undefined
    ) {
      const startsLower = /^[a-z(,;&]/.test(trimmed);
      // A heading in capitals ("- APPROVAL OF MINUTES OF THE MEETINGS HELD ON ...") is not a wrapped sentence.
      const capitalHeading = /[A-Z]/.test(previous.text) && !/[a-z]/.test(previous.text);
      if (startsLower || (previous.raw.length >= 60 && !capitalHeading && !/^(?:RESOLVED|AGREED|DECISION|ACTION)/.test(trimmed))) {
        previous.raw += `\n${line}`;
        previous.text = squash(`${previous.text} ${trimmed}`);
        gap = false;
        continue;
      }
    }
    // "... the meeting held" [blank line] "on 5th July 2022 be approved": a sentence a page broke across a gap;
    // "... S. Barrett" [blank line] "£21.00; ...", "The clerk confirmed that" [blank line] "LCC's contribution ...".
    if (
      previous &&
      gap &&
      !marker &&
      !minute &&
      (/^[a-z£€]/.test(trimmed) || /\s(?:that|the|of|to|a|an|for|with|from|at)$/.test(previous.text)) &&
      previous.raw.length >= 40 &&
      !ENDS_PARAGRAPH.test(previous.text) &&
      !isTableRow(line) &&
      !isTableRow(previous.raw) &&
      previous.numberOnly === undefined
    ) {
      previous.raw += `\n${line}`;
      previous.text = squash(`${previous.text} ${trimmed}`);
      gap = false;
      continue;
    }
    // "(a)" on a line of its own, its words on the next: one item.
    if (previous && ((previous.marker && previous.marker.kind !== 'bullet') || previous.minute) && !previous.text && !marker && !minute) {
      previous.raw += `\n${line}`;
      previous.text = squash(trimmed);
      gap = false;
      continue;
    }
    let rest = body;
    let found: Marker | undefined;
    let minuteNumber: string | undefined;
    if (minute) {
      minuteNumber = minute.replace(/\s+/g, '');
      rest = body.slice(minute.length).replace(/^\.?\s*/, '');
    } else if (marker) {
      found = marker.marker;
      rest = marker.rest;
    }
    const numberOnly = !rest.trim() ? (minuteNumber ?? (found?.kind === 'decimal' ? found.label : undefined)) : undefined;
    units.push({
      index: units.length,
      text: squash(rest),
      raw: line,
      ...(minuteNumber ? { minute: minuteNumber } : {}),
      ...(found ? { marker: found } : {}),
      gapBefore: gap,
      ...(numberOnly ? { numberOnly } : {}),
    });
    gap = false;
  }
  return units;
}
