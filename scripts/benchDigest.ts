/**
 * Measures composing every manager's digest in one pass: 1,000 managers over 2,000, 20,000 and
 * 200,000 actions (a synthetic plan shaped like the demo one), and rendering their cards.
 */
import type { Action, Area, Person } from '../src/domain/model';
import { composeDigests } from '../src/domain/digest';
import { renderDigestCard } from '../src/cards/render';

const TODAY = '2022-02-01';
const STATUSES: Action['status'][] = ['not_started', 'in_progress', 'blocked', 'complete', 'in_progress'];

function plan(managers: number, actions: number) {
  const areaCount = 120;
  const people: Person[] = Array.from({ length: managers }, (_, i) => ({
    id: `p${i}`,
    name: `Person ${i}`,
    jobTitle: 'Service Manager',
    roles: i < 5 ? ['manager', 'admin'] : ['manager'],
    aadObjectId: `aad-${i}`,
  }));
  const areas: Area[] = Array.from({ length: areaCount }, (_, i) => ({
    number: i + 1,
    shortTitle: `Area ${i + 1}`,
    title: `Area ${i + 1}`,
    lead: `p${i % managers}`,
    keywords: [],
  }));
  const list: Action[] = Array.from({ length: actions }, (_, i) => {
    const day = 1 + (i % 28);
    const month = 1 + (i % 12);
    return {
      id: `a${i}`,
      ref: `${(i % areaCount) + 1}.${Math.floor(i / areaCount) + 1}`,
      area: (i % areaCount) + 1,
      title: `Action number ${i} about something the committee asked for`,
      owner: `p${(i * 7) % managers}`,
      due: `202${i % 2 === 0 ? 1 : 2}-${String(month).padStart(2, '0')}-${String(day).padStart(2, '0')}`,
      status: STATUSES[i % STATUSES.length] ?? 'in_progress',
      source: { kind: 'plan' },
      updates: i % 3 === 0 ? [{ at: '2022-01-20T10:00:00Z', by: `p${(i * 3) % managers}`, note: 'Progress made this month.' }] : [],
    };
  });
  return { people, areas, actions: list };
}

for (const size of [2_000, 20_000, 200_000]) {
  const { people, areas, actions } = plan(1000, size);
  const started = performance.now();
  const digests = composeDigests({ people, areas, meetings: [], actions, today: TODAY, lastDigestAt: new Map() });
  const composed = performance.now() - started;
  const renderStarted = performance.now();
  let largest = 0;
  for (const digest of digests) largest = Math.max(largest, JSON.stringify(renderDigestCard(digest, TODAY, areas)).length);
  const rendered = performance.now() - renderStarted;
  console.log(
    `1,000 managers, ${size.toLocaleString('en-GB')} actions: composed ${digests.length} digests in ${(composed / 1000).toFixed(2)} s; rendered their cards in ${(rendered / 1000).toFixed(2)} s; largest card ${(largest / 1024).toFixed(1)} KB`,
  );
}
