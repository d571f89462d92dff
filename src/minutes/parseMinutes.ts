/**
 * Minutes text -> what the meeting decided: committee, date, agenda items, resolutions (with the
 * minutes' own numbering) and actions (owner, what to do, when). Pure: no I/O, never throws.
 */
import { decisionActions, dedupeActions, logActions, narrativeActions, type Draft } from './actions';
import { findHeader, findItems, type Item } from './headings';
import type { MinutesOutcome } from './outcome';
import { findDecisions, type Entry } from './resolutions';
import { segment, type Unit } from './segments';
import { cleanInput } from './text';
import { isActionVerb } from './verbs';

const EMPTY: MinutesOutcome = { committee: null, meetingDate: null, items: [], resolutions: [], actions: [] };

/** "39.8.1" for entry 1 of the decisions at minute 39.8; the bare minute number for a minute's only decision; else 1, 2, 3. */
function refsOf(entries: readonly Entry[]): MinutesOutcome['resolutions'] {
  const groups = new Map<string, Entry[]>();
  for (const entry of entries) {
    if (entry.base === null) continue;
    const group = groups.get(entry.base) ?? [];
    group.push(entry);
    groups.set(entry.base, group);
  }
  let counter = 0;
  return entries.map((entry) => {
    if (entry.base === null) {
      counter += 1;
      return { ref: String(counter), text: entry.text };
    }
    const group = groups.get(entry.base) ?? [entry];
    if (group.length === 1) return { ref: entry.base, text: entry.text };
    return { ref: `${entry.base}.${group.indexOf(entry) + 1}`, text: entry.text };
  });
}

function readDecisions(units: readonly Unit[], skip: ReadonlySet<number>) {
  const { items, itemOf } = findItems(units, skip);
  const itemStarts = new Set<number>();
  for (const item of items) {
    itemStarts.add(item.unit);
    // "Agenda item" and its title on the next line both open the item.
    if (units[item.unit]?.text && /^agenda\s+item\b/i.test(units[item.unit]?.text ?? '')) itemStarts.add(item.unit + 1);
  }
  const base = (index: number): string | null => {
    const item: Item | undefined = items[index];
    return item && !item.synthetic ? item.ref : null;
  };
  const { entries, consumed } = findDecisions(units, itemOf, base, itemStarts);
  return { items, itemOf, itemStarts, entries, consumed };
}

/**
 * A table's header or a name read where an action should be ("Whom?", "Apologies", "P Davis"): a few words
 * in capitals, none of them a verb that could start a task.
 */
function isLabelOnly(text: string): boolean {
  const words = text
    .replace(/[?.:]+$/, '')
    .split(/\s+/)
    .filter(Boolean);
  if (words.length === 0 || words.length > 3) return false;
  if (/\?$/.test(text.trim()) && words.length === 1) return true;
  return !isActionVerb(words[0] ?? '') && words.every((word) => /^[A-Z]/.test(word));
}

function parse(input: unknown): MinutesOutcome {
  const units = segment(cleanInput(input));
  if (units.length === 0) return EMPTY;
  let read = readDecisions(units, new Set());
  // A numbered decision taken for an agenda heading: read again without it.
  if (read.items.some((item) => read.consumed.has(item.unit))) read = readDecisions(units, read.consumed);
  const { items, itemOf, itemStarts, entries, consumed } = read;

  const titleUnits = new Set<number>();
  for (const item of items) {
    titleUnits.add(item.unit);
    titleUnits.add(item.unit + 1);
  }
  const header = findHeader(units, titleUnits);

  const stops = new Set<number>([...itemStarts, ...consumed]);
  const logs = logActions(units, itemOf, stops);
  // Headings are not discussion: "12 SEND Written Statement of Action: Progress Review" asks nothing of anyone.
  const skip = new Set<number>([...consumed, ...logs.consumed, ...items.map((item) => item.unit)]);
  // A paragraph that holds a narrative decision may go on to say who does what ("Agreed that X. Clerk to source a contractor."):
  // its other sentences are read as discussion.
  const decided = new Map<number, string[]>();
  for (const entry of entries) for (const unit of entry.units) if (!logs.consumed.has(unit)) decided.set(unit, [...(decided.get(unit) ?? []), entry.text]);
  const drafts: Draft[] = [...logs.drafts, ...narrativeActions(units, skip, itemOf, decided)];
  for (const entry of entries) {
    if (!entry.strong) continue;
    for (const action of decisionActions(entry.asks ?? entry.text, entry.actionOwner)) drafts.push({ ...action, unit: entry.units[0] ?? 0, item: entry.item });
  }
  const ordered = drafts.map((draft, order) => ({ draft, order })).sort((a, b) => a.draft.unit - b.draft.unit || a.order - b.order);
  const actions = dedupeActions(ordered.map(({ draft }) => draft).filter((draft) => !isLabelOnly(draft.text))).map(({ owner, text, due }) => ({
    owner,
    text,
    due,
  }));

  return {
    committee: header.committee,
    meetingDate: header.meetingDate,
    items: items.map(({ ref, title }) => ({ ref, title })),
    resolutions: refsOf(entries),
    actions,
  };
}

/** Reads minutes (plain text of one or several agenda items). Any input gives an outcome; what is not there is null or empty. */
export function parseMinutes(text: string): MinutesOutcome {
  try {
    return parse(text);
  } catch {
    // A rule that misfires on strange input must not take the bot's answer down with it.
    return EMPTY;
  }
}
