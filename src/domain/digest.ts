import type { Meeting, Person, PlanFacts } from './model';
import { addDays, daysBetween, type IsoDate } from './dates';
import { describeUpdate, isAwaitingVerification, undoneIds } from './changes';
import { hasRole, isOutstanding, ragOf } from './rules';

export const DUE_SOON_DAYS = 14;
/** A first digest reports the changes of the last month. */
export const FIRST_DIGEST_LOOKBACK_DAYS = 30;

export type DigestItem = Readonly<{ id: string; ref: string; title: string; owner: string; due: IsoDate; daysOverdue: number }>;
export type DigestChange = Readonly<{ ref: string; actionId: string; by: string; at: string; what: string }>;
export type AreaRag = { area: number; title: string; red: number; amber: number; green: number; complete: number };

/** Everything one manager's weekly digest says. */
export type Digest = {
  person: Person;
  scope: 'plan' | 'own';
  areas: AreaRag[];
  overdue: DigestItem[];
  dueSoon: DigestItem[];
  changes: DigestChange[];
  awaitingVerification: DigestItem[];
  /** Completed in the tracker with no evidence given (a reason instead), in the areas this manager leads. */
  withoutEvidence: DigestItem[];
  nextMeeting: Meeting | undefined;
};

/** 1.2 < 1.10 < 2.1, without a locale-aware collator (which is slow over large lists). */
function compareRefs(a: string, b: string): number {
  const [a1 = 0, a2 = 0] = a.split('.').map(Number);
  const [b1 = 0, b2 = 0] = b.split('.').map(Number);
  return a1 - b1 || a2 - b2;
}

export function digestRecipients(people: readonly Person[]): Person[] {
  return people.filter((person) => hasRole(person, 'manager') || hasRole(person, 'admin'));
}

export function needsAttention(digest: Digest): boolean {
  return digest.overdue.length + digest.dueSoon.length + digest.awaitingVerification.length + digest.changes.length > 0;
}

/**
 * Composes every manager's digest in one pass over the plan's actions: each action is looked at
 * once and handed to the managers whose digest it belongs in (the lead of its area, its owner,
 * and admins, who see the whole plan). No query per manager.
 */
export function composeDigests(
  input: PlanFacts &
    Readonly<{
      today: IsoDate;
      /** When each manager's last digest was composed: changes after it are news. */
      lastDigestAt: ReadonlyMap<string, string>;
      /** Only these recipients (all managers when absent). */
      only?: ReadonlySet<string>;
    }>,
): Digest[] {
  const recipients = digestRecipients(input.people).filter((person) => !input.only || input.only.has(person.id));
  const names = new Map(input.people.map((person) => [person.id, person.name]));
  const nextMeeting = [...input.meetings].filter((meeting) => meeting.date > input.today).sort((a, b) => a.date.localeCompare(b.date))[0];
  const digests = new Map<string, Digest & { areaIndex: Map<number, AreaRag> }>();
  const admins: string[] = [];
  const leadsOf = new Map<number, string[]>();
  for (const person of recipients) {
    const isAdmin = hasRole(person, 'admin');
    if (isAdmin) admins.push(person.id);
    digests.set(person.id, {
      person,
      scope: isAdmin ? 'plan' : 'own',
      areas: [],
      areaIndex: new Map(),
      overdue: [],
      dueSoon: [],
      changes: [],
      awaitingVerification: [],
      withoutEvidence: [],
      nextMeeting,
    });
  }
  for (const area of input.areas) {
    if (digests.has(area.lead)) leadsOf.set(area.number, [...(leadsOf.get(area.number) ?? []), area.lead]);
  }
  const areaTitle = new Map(input.areas.map((area) => [area.number, area.shortTitle]));
  const soon = addDays(input.today, DUE_SOON_DAYS);
  const firstDigestCutoff = addDays(input.today, -FIRST_DIGEST_LOOKBACK_DAYS);

  for (const action of input.actions) {
    if (action.status === 'cancelled') continue;
    const leads = leadsOf.get(action.area) ?? [];
    const owner = digests.has(action.owner) ? [action.owner] : [];
    const targets = new Set([...leads, ...owner, ...admins]);
    if (targets.size === 0) continue;

    const rag = ragOf(action, input.today);
    const outstanding = isOutstanding(action);
    const item: DigestItem = {
      id: action.id,
      ref: action.ref,
      title: action.title,
      owner: names.get(action.owner) ?? action.owner,
      due: action.due,
      daysOverdue: outstanding && action.due < input.today ? daysBetween(action.due, input.today) : 0,
    };
    const awaiting = isAwaitingVerification(action);
    // Each change is put into words once, however many digests it appears in.
    const described: DigestChange[] = [];
    for (const id of targets) {
      const digest = digests.get(id);
      if (!digest) continue;
      let counts = digest.areaIndex.get(action.area);
      if (!counts) {
        counts = { area: action.area, title: areaTitle.get(action.area) ?? `Area ${action.area}`, red: 0, amber: 0, green: 0, complete: 0 };
        digest.areaIndex.set(action.area, counts);
      }
      if (rag === 'red' || rag === 'amber' || rag === 'green' || rag === 'complete') counts[rag] += 1;
      if (item.daysOverdue > 0) digest.overdue.push(item);
      else if (outstanding && action.due <= soon) digest.dueSoon.push(item);
      // The owner cannot verify their own completion unless they lead the area.
      if (awaiting && (leads.includes(id) || admins.includes(id) || (id !== action.completion?.by && hasRole(digest.person, 'manager'))))
        digest.awaitingVerification.push(item);
      if (action.status === 'complete' && action.completion && !action.completion.evidence && leads.includes(id)) digest.withoutEvidence.push(item);
      const since = input.lastDigestAt.get(id);
      const undone = undoneIds(action);
      for (const [index, update] of action.updates.entries()) {
        // A change taken back and its undoing cancel out: the digest leaves both out.
        if (update.undoes || (update.id !== undefined && undone.has(update.id))) continue;
        if ((since === undefined ? update.at.slice(0, 10) >= firstDigestCutoff : update.at > since) && update.by !== id) {
          let change = described[index];
          if (!change) {
            change = { ref: action.ref, actionId: action.id, by: names.get(update.by) ?? update.by, at: update.at, what: describeUpdate(update, input.people) };
            described[index] = change;
          }
          digest.changes.push(change);
        }
      }
    }
  }

  return [...digests.values()].map(({ areaIndex, ...digest }) => ({
    ...digest,
    areas: [...areaIndex.values()].sort((a, b) => a.area - b.area),
    overdue: digest.overdue.sort((a, b) => b.daysOverdue - a.daysOverdue || compareRefs(a.ref, b.ref)),
    dueSoon: digest.dueSoon.sort((a, b) => a.due.localeCompare(b.due)),
    changes: digest.changes.sort((a, b) => b.at.localeCompare(a.at)),
  }));
}
