import * as chrono from 'chrono-node';
import { DateTime } from 'luxon';
import type { MinutesOutcome } from './outcome';

type Resolution = MinutesOutcome['resolutions'][number];
type ActionItem = MinutesOutcome['actions'][number];

/** Above this, text is not minutes of one meeting; the rest is ignored rather than parsed slowly. */
const MAX_INPUT = 300_000;

const BULLET = /^[\u00B7\u2022\u25AA\u25CF\u2023\u2043\u25E6\uF0B7*-]\s*/;
const LIST_MARKER = /^(?:\(?([a-z]|[ivx]{1,5}|\d{1,2})\)|(\d{1,2})[.)]|([a-z])\.|[\u00B7\u2022\u25AA\u25CF\u2023\u2043\u25E6\uF0B7*-])\s+/i;
const MINUTE_NUMBER = /^(\d{1,3}(?:\.\d{1,2}){1,2})\.?\s+/;
/** Minute references some councils use: "YC23/44", "CAB/12". */
const MINUTE_CODE = /^([A-Z]{1,5}\d{0,4}\/\d{1,4})\s+(.+)$/;
/** A decision: "Resolved – That the Committee:", "RESOLVED:", "AGREED", "It was agreed: -", "CONCLUDED that", "The Committee resolved: (i)". */
const DECISION = /^(?:(?:it\s+was\s+|the\s+(?:committee|panel|board|sub-committee|cabinet|meeting)\s+)?(?:resolved|agreed|concluded|decided)(?:\s+(?:unanimously|that|to))?|resolutions?|decisions?)\b\s*(?:[-–—:,.]|that\b)?/i;
const NOT_A_DECISION = /\b(?:recommended|recommendation|is asked to|be asked to)\b/i;
const LEAD_IN = /^(?:that\s+)?(?:the\s+)?(?:committee|panel|board|sub-committee|cabinet|members?)?\s*(?:resolved|agreed)?\s*[:,-]?\s*$/i;
const THAT_THE = /^that\s+(?:the\s+)?(?:committee|panel|board|sub-committee|cabinet)\s*(?:[:,-]\s*)?/i;

const ACTION_LINE = /(?:^|\s)action(?:s)?\s*[:\-–]\s*(.+)$/i;
const INLINE_ACTION = /\(\s*action\s*[:\-–]\s*([^)]+)\)/i;
const PASSIVE_COMMITMENT = /\b(?:could|would|will) be (?:shared with|circulated to|circulated|provided to|sent to)\b/i;
const REQUESTED_THAT = /\b(?:requested|asked) that (.+?) (?:be|is|was) (shared|circulated|provided|sent) (?:with|to) (.+?)\.?$/i;
const COMMITMENT = /\b(?:agreed to|undertook to|(?<!was |were |been |had )would come back(?: to (?:the )?(?:committee|panel|members))?(?: with| on)?|would report back|will report back|would provide|would share|would circulate|will circulate|will provide|will share|offered to|promised to|would write to|would arrange)\b/i;
const PAST_BACKGROUND = /\b(?:had (?:also |previously |already )?(?:agreed|undertaken|promised|asked|requested|offered)|previously|at the last meeting|at its last meeting|was agreed at|last year|in \d{4} the)\b/i;
const REQUEST = /\b(?:recommends? that|requests?|asks?|asked|would welcome (?:a|an|further|the)|would like (?:to continue to be updated|to be (?:kept )?updated|a|an|further)|agrees? to (?:preview|receive|consider|review)|instructs?|calls? on|directs?)\b/i;
const OWNER_IN_REQUEST = /\b(?:[Aa]sks?|[Rr]equests?|[Cc]alls on|[Ii]nstructs?|[Dd]irects?)\s+(the\s+[A-Z][\w'’\-–\s]*?|[A-Z][\w'’-]+(?:\s+[A-Z][\w'’-]+){0,4}|officers)\s+(?:to|that)\b/;
const DUE_PATTERNS = [
  /\b(?:by|before)\s+(the end of (?:january|february|march|april|may|june|july|august|september|october|november|december)(?:\s+\d{4})?)\b/i,
  /\b((?:early |late |the end of )?(?:spring|summer|autumn|winter)\s+\d{4})\b/i,
  /\b(?:by|before|on|at its meeting on|at the meeting on|in)\s+((?:\d{1,2}(?:st|nd|rd|th)?\s+)?(?:january|february|march|april|may|june|july|august|september|october|november|december)(?:\s+\d{4})?)\b/i,
  /\b(?:by|before|on)\s+(\d{1,2}\/\d{1,2}\/\d{2,4})\b/i,
  /\b(?:by|before)\s+(the end of (?:january|february|march|april|may|june|july|august|september|october|november|december)(?:\s+\d{4})?)\b/i,
  /\b(?:at|to|by) (?:the|its) ([A-Z][a-z]+ meeting)\b/,
  /\b((?:the|its) next meeting|next meeting|later in the week|next week|the end of the month|the end of the year|the summer|the autumn|the spring|the new year)\b/i,
  /\b(in the (?:summer|autumn|spring|winter))\b/i,
];

/** "15. WORK PROGRAMME", "Item 7: Ofsted Focused Visit": the start of the next agenda item. */
const ITEM_HEADING = /^(?:[Ii]tem\s+|ITEM\s+)?(\d{1,3})[.:]?\s+([A-Z][^.;]{2,400})$/;
const isItemHeading = (paragraph: string): boolean => {
  const code = MINUTE_CODE.exec(paragraph);
  if (code?.[2] && code[2].split(/\s+/).length <= 14 && !/[.;]$/.test(code[2])) return true;
  const match = ITEM_HEADING.exec(paragraph);
  if (!match?.[2] || /^(?:That|To|The|This|It)\b/.test(match[2])) return false;
  const shouting = match[2] === match[2].toUpperCase() && /[A-Z]{3}/.test(match[2]);
  return match[2].split(/\s+/).length <= (shouting ? 60 : 14);
};

/** The ref of an agenda item heading ("14", "YC23/44"). */
function itemRefOf(paragraph: string): string | undefined {
  return MINUTE_CODE.exec(paragraph)?.[1] ?? ITEM_HEADING.exec(paragraph)?.[1];
}

/** Page furniture repeated in pasted PDFs: "Kingsford City Council   Children and Families Scrutiny Panel 12 September 2023". */
const looksLikeRunningHeader = (paragraph: string): boolean => paragraph.length < 140 && !/[.;:]$/.test(paragraph) && /\b(?:council|committee|panel|board)\b/i.test(paragraph) && /\d{4}$/.test(paragraph);

function clean(text: string): string {
  return text.replace(/\s+/g, ' ').replace(/\s+([.,;:])/g, '$1').trim();
}

function sentenceCase(text: string): string {
  const trimmed = clean(text).replace(/[.;,:]+$/, '');
  return trimmed.charAt(0).toUpperCase() + trimmed.slice(1);
}

function isoDateOf(text: string): string | null {
  // Only a written-out date counts ("19 June 2019", "19/06/2019"), never "today" or "last week".
  const result = chrono.en.GB.parse(text).find((candidate) => /\d{4}|\d{1,2}\/\d{1,2}\/\d{2}/.test(candidate.text));
  if (!result || !result.start.isCertain('day') || !result.start.isCertain('month') || !result.start.isCertain('year')) return null;
  return DateTime.utc(result.start.get('year') ?? 0, result.start.get('month') ?? 1, result.start.get('day') ?? 1).toISODate();
}

function dueOf(text: string): string | null {
  for (const pattern of DUE_PATTERNS) {
    const match = pattern.exec(text);
    if (match?.[1]) return isoDateOf(match[1]) ?? clean(match[1]).replace(/^(?:the|its)\s+/i, '');
  }
  return null;
}

/** Paragraphs: blank lines separate them; a list marker or minute number starts a new one. */
function paragraphsOf(text: string): string[] {
  const lines = text
    .replace(/\r\n?/g, '\n')
    .replace(/\u00A0/g, ' ')
    // A word broken across lines by a PDF ("improve-\nment") is joined again.
    .replace(/([a-z])-\n\s*([a-z])/g, '$1$2')
    .split('\n')
    .map((line) => line.replace(/[ \t]{2,}/g, ' ').replace(/\s+([.,;:])(?=\s|$)/g, '$1').trim())
    .filter((line) => !/^page \d+ of \d+$/i.test(line));
  const paragraphs: string[] = [];
  let current: string[] = [];
  const flush = (): void => {
    if (current.length > 0) paragraphs.push(clean(current.join(' ')));
    current = [];
  };
  for (const line of lines) {
    if (!line) {
      flush();
      continue;
    }
    if (LIST_MARKER.test(line) || MINUTE_NUMBER.test(line) || DECISION.test(line) || isItemHeading(line)) flush();
    current.push(line);
    // An agenda item's heading stands alone, whatever follows it on the next line.
    if (isItemHeading(line)) flush();
  }
  flush();
  return paragraphs;
}

const COMMITTEE_WORD = /\b(?:sub-committee|committee|panel|board|cabinet|forum)\b/i;
const CONNECTORS = new Set(['and', 'of', 'for', '&', '-', '–']);

/** The committee's name: the capitalised words running up to "Committee", "Panel" or "Board" in a heading. */
function committeeOf(paragraphs: readonly string[]): string | null {
  for (const paragraph of paragraphs.slice(0, 30)) {
    if (paragraph.length > 240) continue;
    const match = COMMITTEE_WORD.exec(paragraph);
    if (!match) continue;
    const end = match.index + match[0].length;
    const before = paragraph.slice(0, match.index).trim().split(/\s+/).filter(Boolean);
    const name: string[] = [];
    for (let index = before.length - 1; index >= 0; index -= 1) {
      const word = before[index] ?? '';
      if (/^[A-Z]/.test(word) || (CONNECTORS.has(word.toLowerCase()) && name.length > 0)) name.unshift(word);
      else break;
    }
    while (name.length > 0 && CONNECTORS.has((name[0] ?? '').toLowerCase())) name.shift();
    if (/^(?:the|a|this|that)$/i.test(name[0] ?? '')) name.shift();
    const after = paragraph.slice(end);
    const bracket = /^\s*(\([^)]{2,60}\))/.exec(after)?.[1];
    const full = [...name, paragraph.slice(match.index, end)].join(' ') + (bracket && /^[A-Z(]/.test(bracket) && name.length === 0 ? '' : '');
    if (name.length >= 1 && !/^(?:minutes|meeting)$/i.test(name[0] ?? '')) return clean(full.replace(/^(?:minutes of (?:the )?(?:meeting of )?(?:the )?)/i, ''));
  }
  return null;
}

function meetingDateOf(paragraphs: readonly string[]): string | null {
  for (const paragraph of paragraphs.slice(0, 15)) {
    if (paragraph.length > 300) continue;
    const date = isoDateOf(paragraph);
    if (date) return date;
  }
  return null;
}

/** Splits "(i) ... (ii) ..." or "1. ... 2. ..." written on one line. */
function splitInline(text: string): string[] {
  const parts = text.split(/\s+(?=\((?:[ivx]{1,5}|[a-h]|\d{1,2})\)\s)|\s+(?=\d{1,2}[.)]\s+[A-Z])/);
  return parts.map((part) => part.replace(LIST_MARKER, '').trim()).filter(Boolean);
}

type Decision = { minute: string | null; entries: string[]; entryRefs: Array<string | undefined> };



function decisionsOf(paragraphs: readonly string[]): Decision[] {
  const decisions: Decision[] = [];
  let item: string | undefined;
  for (let index = 0; index < paragraphs.length; index += 1) {
    const paragraph = paragraphs[index] ?? '';
    if (isItemHeading(paragraph)) {
      item = itemRefOf(paragraph);
      continue;
    }
    const numbered = MINUTE_NUMBER.exec(paragraph);
    const body = numbered ? paragraph.slice(numbered[0].length) : paragraph;
    const trigger = DECISION.exec(body);
    if (!trigger || NOT_A_DECISION.test(body.slice(0, 80))) continue;
    // "agreed to share" inside a sentence is a commitment, not a decision block.
    if (/^(?:resolved|agreed|concluded|decided)\s+to\b/i.test(body) && !/^agreed\s+to\s*:/i.test(body)) continue;
    const rest = body.slice(trigger[0].length).replace(THAT_THE, '').trim();
    const entries: string[] = [];
    const entryRefs: Array<string | undefined> = [];
    if (rest && !LEAD_IN.test(rest)) entries.push(...splitInline(rest));
    let next = index + 1;
    let skipped = 0;
    for (; next < paragraphs.length; next += 1) {
      const following = paragraphs[next] ?? '';
      const subMinute = MINUTE_NUMBER.exec(following);
      // "RESOLVED that: 4.1 the report be received; 4.2 ...": numbered entries of the decision.
      if (subMinute?.[1] && (entries.length === 0 || entryRefs.some(Boolean)) && !rest) {
        entries.push(clean(following.slice(subMinute[0].length)));
        entryRefs[entries.length - 1] = subMinute[1];
        continue;
      }
      if (MINUTE_NUMBER.test(following) || DECISION.test(following) || isItemHeading(following) || /^(?:supporting documents|the meeting (?:ended|closed)|chairman|chair\b|signed|date of next meeting|action\s*:)/i.test(following)) break;
      if (LIST_MARKER.test(following)) {
        entries.push(clean(following.replace(LIST_MARKER, '')));
        continue;
      }
      const previous = entries[entries.length - 1];
      if (entries.length === 0 && following.length > 20) {
        entries.push(...splitInline(following));
        continue;
      }
      // Unmarked entries of a list ("notes ...;" "welcomes ...;" "asks ...") continue in lower case.
      if (previous !== undefined && /;\s*(?:and)?$/.test(previous) && /^[a-z]/.test(following)) {
        entries.push(clean(following));
        continue;
      }
      if (previous !== undefined && looksLikeRunningHeader(following) && skipped < 2) {
        skipped += 1;
        continue;
      }
      if (previous !== undefined && /^[a-z]/.test(following) && !/[.]$/.test(previous)) {
        entries[entries.length - 1] = clean(`${previous} ${following}`);
        continue;
      }
      break;
    }
    if (entries.length > 0) decisions.push({ minute: numbered?.[1] ?? item ?? null, entries, entryRefs });
    index = next - 1;
  }
  return decisions;
}

function ownerBefore(text: string): { owner: string | null; rest: string } {
  const match = /^(.{2,90}?)\s+(?:agreed to|undertook to|to|will|would|is to|offered to|promised to)\s+(.+)$/i.exec(text);
  if (match?.[1] && match[2] && /^(?:the\s+|mr\.?\s|mrs\.?\s|ms\.?\s|dr\.?\s|cllr\.?\s|councillor\s|[A-Z])/i.test(match[1]) && match[1].split(/\s+/).length <= 10) {
    return { owner: clean(match[1]).replace(/[,:]$/, ''), rest: match[2] };
  }
  return { owner: null, rest: text };
}

/** The person a sentence is about: its opening noun phrase ("The Director of Children's Services", "Cllr Patel"). */
const SENTENCE_SUBJECT = /^((?:[Tt]he\s+)(?:[A-Z][\w'’-]*|of|for|and|–|-)(?:\s+(?:[A-Z][\w'’-]*|of|for|and|–|-))*|(?:Cllr|Councillor|Mr|Mrs|Ms|Dr)\.?\s+[A-Z][\w'’-]*(?:\s+[A-Z][\w'’-]*)?|[A-Z][a-z]+\s+[A-Z][\w'’-]+)(?=\s+[a-z])/;
const PRONOUN = /^(?:he|she|they|it)$/i;

const CELL_SPLIT = /\t+|\s*\|\s*| {2,}/;

/**
 * An action log set out as a table ("Ref | Action | Owner | Due date"), tab-, pipe- or
 * space-separated. A table with a status or progress column tracks earlier actions: not new ones.
 */
function actionsFromTables(text: string): ActionItem[] {
  const lines = text.replace(/\r\n?/g, '\n').split('\n');
  const actions: ActionItem[] = [];
  for (let index = 0; index < lines.length; index += 1) {
    const header = (lines[index] ?? '').trim().replace(/^\||\|$/g, '').split(CELL_SPLIT).map((cell) => cell.trim().toLowerCase());
    const actionColumn = header.findIndex((cell) => /^(?:actions?|action agreed|what)$/.test(cell));
    const ownerColumn = header.findIndex((cell) => /^(?:owner|lead|responsible(?: officer)?|who|by whom|action by)$/.test(cell));
    if (actionColumn < 0 || ownerColumn < 0 || header.some((cell) => /^(?:status|progress|update|rag)$/.test(cell))) continue;
    const dueColumn = header.findIndex((cell) => /^(?:due|due date|deadline|by when|date due|target date|when)$/.test(cell));
    for (let row = index + 1; row < lines.length; row += 1) {
      const line = (lines[row] ?? '').trim();
      if (!line || /^[-|:\s]+$/.test(line)) {
        if (!line) break;
        continue;
      }
      const cells = line.replace(/^\||\|$/g, '').split(CELL_SPLIT).map((cell) => cell.trim());
      if (cells.length < header.length - 1) break;
      const action = cells[actionColumn];
      if (!action) continue;
      const due = dueColumn >= 0 ? cells[dueColumn] : undefined;
      actions.push({ owner: cells[ownerColumn] || null, text: sentenceCase(action), due: due ? (isoDateOf(due) ?? clean(due)) : null });
    }
  }
  return actions;
}

function actionsFromText(paragraphs: readonly string[]): ActionItem[] {
  const actions: ActionItem[] = [];
  let lastSubject: string | null = null;
  for (const paragraph of paragraphs) {
    const sentences = paragraph.replace(MINUTE_NUMBER, '').replace(BULLET, '').split(/(?<=[.!?])\s+(?=[A-Z(])/);
    for (const sentence of sentences) {
      const opening = SENTENCE_SUBJECT.exec(sentence)?.[1];
      if (opening && !/^(?:The Committee|The Panel|The Board|Members|The meeting|The report|The Chair)$/i.test(opening)) lastSubject = clean(opening);
      const explicit = ACTION_LINE.exec(sentence);
      if (explicit?.[1]) {
        const { owner, rest } = ownerBefore(explicit[1]);
        actions.push({ owner, text: sentenceCase(rest), due: dueOf(sentence) });
        continue;
      }
      const inline = INLINE_ACTION.exec(sentence);
      if (inline?.[1]) {
        const rest = sentence.replace(INLINE_ACTION, '').trim();
        const asked = REQUESTED_THAT.exec(rest);
        const text = asked?.[1] && asked[2] && asked[3] ? `${asked[2].replace(/ed$/, 'e').replace(/^shar$/, 'share')} ${asked[1]} to ${asked[3]}` : rest;
        actions.push({ owner: clean(inline[1]), text: sentenceCase(text), due: dueOf(sentence) });
        continue;
      }
      if (PAST_BACKGROUND.test(sentence)) continue;
      const requested = REQUESTED_THAT.exec(sentence);
      if (requested?.[1] && requested[2] && requested[3]) {
        actions.push({ owner: null, text: sentenceCase(`${requested[2].replace(/ed$/, 'e').replace(/^shar$/, 'share')} ${requested[1]} with ${requested[3]}`), due: dueOf(sentence) });
        continue;
      }
      if (PASSIVE_COMMITMENT.test(sentence)) {
        actions.push({ owner: null, text: sentenceCase(sentence), due: dueOf(sentence) });
        continue;
      }
      if (COMMITMENT.test(sentence)) {
        const match = COMMITMENT.exec(sentence);
        const before = sentence.slice(0, match?.index ?? 0);
        const after = sentence.slice((match?.index ?? 0) + (match?.[0].length ?? 0));
        const near = /((?:the\s+)?(?:[A-Z][\w'’-]*|–|-|of|for|and)(?:\s+(?:[A-Z][\w'’-]*|–|-|of|for|and))*)\s*(?:,[^,]*,)?\s*$/.exec(before.trim())?.[1];
        const pronoun = /\b(he|she|they)\s*$/i.exec(before.trim())?.[1];
        // "... and undertook to": the sentence's subject; "She would come back": whoever was speaking.
        const owner = pronoun && PRONOUN.test(pronoun) ? lastSubject : near && /^(?:the\s+)?[A-Z]/.test(near) && !/^(?:and|of|for)$/i.test(near) ? near : (opening ?? null);
        const subject = owner ? [owner, owner] : null;
        const comeBack = /come back|report back/i.test(match?.[0] ?? '') ? /come back|report back/i.exec(sentence) : null;
        const verb = comeBack ? sentence.slice(comeBack.index) : after;
        actions.push({ owner: subject?.[1] ? clean(subject[1]) : null, text: sentenceCase(verb), due: dueOf(sentence) });
      }
    }
  }
  return actions;
}

/** "That officers provide ...", "the Chief Officer provide ...", "that the Committee receive a further update ...". */
const SUBJUNCTIVE = /^(?:[Tt]hat\s+)?((?:[Tt]he\s+)?[A-Z][\w'’-]*(?:\s+(?:[A-Z][\w'’-]*|of|for|and|–|-))*|[Oo]fficers)\s+(provide|write|share|circulate|report|bring|arrange|prepare|present|send|update|investigate|review|produce|liaise|meet|contact|develop|submit|ensure|receive|look into|explore|consider)s?\b\s*(.*)$/;

/** "a further report on X be presented to the Committee in March 2024": someone is to present it. */
const PASSIVE_REQUEST = /^(?:[Tt]hat\s+)?(.+?)\s+be\s+(presented|brought|submitted|provided|circulated|shared|reported|sent|produced|prepared)\s+(to|with|for)\s+(.+)$/;
const BASE_VERB: Record<string, string> = { presented: 'present', brought: 'bring', submitted: 'submit', provided: 'provide', circulated: 'circulate', shared: 'share', reported: 'report', sent: 'send', produced: 'produce', prepared: 'prepare' };

function actionFromResolution(text: string): ActionItem | undefined {
  const passive = PASSIVE_REQUEST.exec(text.trim());
  // Only something new to be produced ("a further report", "an update"), not "the minutes be signed".
  if (passive?.[1] && passive[2] && passive[3] && passive[4] && /\b(?:further|an?)\s+(?:\w+\s+)?(?:report|update|briefing|paper|analysis|breakdown|plan|review)\b/i.test(passive[1])) {
    return { owner: null, text: sentenceCase(`${BASE_VERB[passive[2]] ?? passive[2]} ${passive[1]} ${passive[3]} ${passive[4]}`), due: dueOf(text) };
  }
  const subjunctive = SUBJUNCTIVE.exec(text.trim().replace(/^(?:[Rr]ecommends?|[Rr]equests?|[Aa]sks?) that\s+/, ''));
  if (subjunctive?.[1] && subjunctive[2] && !/\b(?:be noted|be agreed|be approved|be supported|be endorsed)\b/i.test(text)) {
    const subject = clean(subjunctive[1]);
    const isCommittee = /^(?:the\s+)?(?:committee|panel|board|sub-committee|members)$/i.test(subject);
    return { owner: isCommittee ? null : subject, text: sentenceCase(`${subjunctive[2]} ${subjunctive[3] ?? ''}`), due: dueOf(text) };
  }
  const request = REQUEST.exec(text);
  if (!request) return undefined;
  const ownerMatch = OWNER_IN_REQUEST.exec(text);
  const owner = ownerMatch?.[1];
  const first = text.split(/(?<=\.)\s+/)[0] ?? text;
  // "Asks the Cabinet Member to keep ...": what the owner is to do. "Welcomes ... and would welcome a report": the request.
  const clause = ownerMatch && /\bto$/.test(ownerMatch[0]) ? text.slice(ownerMatch.index + ownerMatch[0].length).split(/(?<=\.)\s+/)[0] ?? first : request.index > 40 ? first.slice(request.index) : first;
  return { owner: owner && !/^officers$/i.test(owner) ? clean(owner) : owner ? 'Officers' : null, text: sentenceCase(clause), due: dueOf(text) };
}

function itemsOf(paragraphs: readonly string[], decisions: readonly Decision[]): MinutesOutcome['items'] {
  const decisionTexts = new Set(decisions.flatMap((decision) => decision.entries.map(normalised)));
  const items: MinutesOutcome['items'] = [];
  const seen = new Set<string>();
  // "39. Children First Improvement Update", "Item 5: Budget Monitoring"
  for (const paragraph of paragraphs) {
    const heading = ITEM_HEADING.exec(paragraph);
    if (heading?.[1] && heading[2] && !seen.has(heading[1]) && isItemHeading(paragraph) && !decisionTexts.has(normalised(paragraph.replace(LIST_MARKER, '')))) {
      seen.add(heading[1]);
      items.push({ ref: heading[1], title: clean(heading[2]) });
    }
  }
  // Minutes numbered 23.1, 23.2 ... belong to item 23, titled by the short line before them.
  for (const [index, paragraph] of paragraphs.entries()) {
    const numbered = /^(\d{1,3})\.\d/.exec(paragraph);
    if (!numbered?.[1] || seen.has(numbered[1])) continue;
    seen.add(numbered[1]);
    const title = paragraphs
      .slice(Math.max(0, index - 8), index)
      .reverse()
      .find((candidate) => candidate.length > 8 && candidate.length < 120 && !/[.?]$/.test(candidate) && !/^(?:agenda item|report by|minutes)/i.test(candidate));
    items.push({ ref: numbered[1], title: title ? clean(title) : '' });
  }
  if (items.length === 0 && decisions[0]?.minute) items.push({ ref: decisions[0].minute.split('.')[0] ?? '', title: '' });
  return items;
}

const normalised = (text: string): string => text.toLowerCase().replace(/[^a-z0-9]+/g, ' ').trim();

/** Reads the committee, date, items, resolutions and actions out of the text of minutes. Pure, and never throws. */
export function parseMinutes(input: string): MinutesOutcome {
  const text = input.slice(0, MAX_INPUT).replace(/[\u0000-\u0008\u000B\u000C\u000E-\u001F]/g, ' ');
  const paragraphs = paragraphsOf(text);
  const decisions = decisionsOf(paragraphs);

  const resolutions: Resolution[] = [];
  const seenResolutions = new Set<string>();
  let counter = 0;
  for (const decision of decisions) {
    for (const [index, entry] of decision.entries.entries()) {
      const key = normalised(entry);
      if (!key || seenResolutions.has(key)) continue;
      seenResolutions.add(key);
      counter += 1;
      // The minute's own numbering when it has one; a lone decision under a minute takes the minute's ref.
      const ref = decision.entryRefs[index] ?? (decision.minute ? (decision.entries.length === 1 ? decision.minute : `${decision.minute}.${index + 1}`) : String(counter));
      resolutions.push({ ref, text: clean(entry) });
    }
  }

  const decisionTexts = new Set(decisions.flatMap((decision) => decision.entries.map(normalised)));
  const fromText = actionsFromText(paragraphs.filter((paragraph) => !decisionTexts.has(normalised(paragraph.replace(LIST_MARKER, '')))));
  const fromResolutions = resolutions.flatMap((resolution) => {
    const action = actionFromResolution(resolution.text);
    return action ? [action] : [];
  });
  const actions: ActionItem[] = [];
  for (const action of [...actionsFromTables(text), ...fromText, ...fromResolutions]) {
    const key = normalised(action.text);
    if (key.length < 8 || actions.some((known) => normalised(known.text) === key)) continue;
    actions.push(action);
  }

  return { committee: committeeOf(paragraphs), meetingDate: meetingDateOf(paragraphs), items: itemsOf(paragraphs, decisions), resolutions, actions };
}
