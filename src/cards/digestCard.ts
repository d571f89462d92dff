import { formatDate, type IsoDate } from '../domain/dates';
import { type Area } from '../domain/model';
import type { Digest, DigestItem } from '../domain/digest';
import { AdaptiveCard, LIST_TEXT_LIMIT, clip, expand, fitted } from './cardKit';

const DIGEST_SECTION_LIMIT = 8;
const DIGEST_CHANGES_LIMIT = 10;
const DIGEST_AREAS_LIMIT = 15;
const DIGEST_TEXT_LIMIT = 12;

/** A manager's weekly digest; long sections are summarised with a count and a question to see them all. */
export function renderDigestCard(digest: Digest, today: IsoDate, areas: readonly Area[]): AdaptiveCard {
  const led = areas.filter((area) => area.lead === digest.person.id);
  const scopeText =
    digest.scope === 'plan'
      ? 'The whole plan (you are an admin).'
      : led.length > 0
        ? `Areas you lead: ${led.map((area) => `${area.number} ${area.shortTitle}`).join(', ')}; and actions you own.`
        : 'Actions you own.';
  const section =
    (title: string, color: string, items: readonly DigestItem[], meta: (item: DigestItem) => string, moreQuestion: string) => (limit: number) => ({
      title: `${title} (${items.length})`,
      color,
      items: items.slice(0, limit).map((item) => ({ id: item.id, ref: item.ref, title: clip(item.title, LIST_TEXT_LIMIT), meta: meta(item) })),
      more: items.length > limit ? `And ${items.length - limit} more: ask "${moreQuestion}".` : '',
    });
  const sections = [
    digest.overdue.length > 0
      ? section(
          'Overdue',
          'Attention',
          digest.overdue,
          (item) => `${item.owner} · ${item.daysOverdue} day${item.daysOverdue === 1 ? '' : 's'} overdue (due ${formatDate(item.due)})`,
          "What's overdue?",
        )
      : undefined,
    digest.dueSoon.length > 0
      ? section(
          'Due in the next 14 days',
          'Warning',
          digest.dueSoon,
          (item) => `${item.owner} · due ${formatDate(item.due)}`,
          "What's due in the next two weeks?",
        )
      : undefined,
    digest.awaitingVerification.length > 0
      ? section(
          'Completed, waiting for you to verify',
          'Accent',
          digest.awaitingVerification,
          (item) => `${item.owner} marked this complete`,
          'What is complete?',
        )
      : undefined,
    digest.withoutEvidence.length > 0
      ? section('Completed without evidence', 'Attention', digest.withoutEvidence, (item) => `${item.owner} · no evidence given yet`, 'What is complete?')
      : undefined,
  ].filter((value) => value !== undefined);
  const heading = `Your weekly digest, ${formatDate(today)}`;
  const allOnTrack = digest.overdue.length + digest.dueSoon.length + digest.awaitingVerification.length === 0;
  // A busy whole-plan digest lists fewer actions per section rather than fail to arrive.
  return fitted(DIGEST_SECTION_LIMIT, (perSection) =>
    expand('digest', {
      heading,
      scopeText,
      allOnTrack,
      // A whole-plan digest can span many areas: the ones most in need come first, and the card stays small.
      areas: [...digest.areas]
        .sort((a, b) => b.red - a.red || b.amber - a.amber || a.area - b.area)
        .slice(0, DIGEST_AREAS_LIMIT)
        .sort((a, b) => a.area - b.area)
        .map((area) => ({
          label: `${area.area} · ${area.title}`,
          red: String(area.red),
          amber: String(area.amber),
          green: String(area.green),
          complete: String(area.complete),
        })),
      moreAreas: digest.areas.length > DIGEST_AREAS_LIMIT ? `And ${digest.areas.length - DIGEST_AREAS_LIMIT} more areas: ask "RAG by area".` : '',
      sections: sections.map((draw) => draw(perSection)),
      changes: digest.changes.slice(0, DIGEST_CHANGES_LIMIT).map((change) => ({ ref: change.ref, by: change.by, what: clip(change.what, LIST_TEXT_LIMIT) })),
      moreChanges: digest.changes.length > DIGEST_CHANGES_LIMIT ? `And ${digest.changes.length - DIGEST_CHANGES_LIMIT} more changes.` : '',
      nextMeeting: digest.nextMeeting ? formatDate(digest.nextMeeting.date) : '',
      fallbackText: digestText(digest, today),
    }),
  );
}

function someRefs(refs: readonly string[]): string {
  return refs.length > DIGEST_TEXT_LIMIT ? `${refs.slice(0, DIGEST_TEXT_LIMIT).join(', ')} and ${refs.length - DIGEST_TEXT_LIMIT} more` : refs.join(', ');
}

/** The digest as text: the card's fallback and the CLI's dry run. */
export function digestText(digest: Digest, today: IsoDate): string {
  const lines = [`Weekly digest for ${digest.person.name}, ${formatDate(today)}`];
  if (digest.overdue.length + digest.dueSoon.length + digest.awaitingVerification.length === 0) lines.push('All on track.');
  if (digest.overdue.length > 0)
    lines.push(`Overdue: ${someRefs(digest.overdue.map((item) => `${item.ref} (${item.daysOverdue} day${item.daysOverdue === 1 ? '' : 's'})`))}`);
  if (digest.dueSoon.length > 0) lines.push(`Due in the next 14 days: ${someRefs(digest.dueSoon.map((item) => `${item.ref} (${formatDate(item.due)})`))}`);
  if (digest.awaitingVerification.length > 0) lines.push(`Waiting for you to verify: ${someRefs(digest.awaitingVerification.map((item) => item.ref))}`);
  if (digest.withoutEvidence.length > 0) lines.push(`Completed without evidence: ${someRefs(digest.withoutEvidence.map((item) => item.ref))}`);
  if (digest.changes.length > 0) lines.push(`Changed: ${someRefs(digest.changes.map((change) => `${change.ref} by ${change.by}`))}`);
  lines.push(`RAG: ${someRefs(digest.areas.map((area) => `${area.area} ${area.red}R/${area.amber}A/${area.green}G/${area.complete}done`))}`);
  if (digest.nextMeeting) lines.push(`Next committee meeting: ${formatDate(digest.nextMeeting.date)}`);
  return lines.join('\n');
}
