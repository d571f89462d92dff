import { randomUUID } from 'node:crypto';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { CARD_VERBS } from '../../src/cards/verbs';
import { CHANNELS } from '../support/loopbackConnector';
import { trackerWithConnector } from '../support/harness';
import {
  ask,
  baseActivity,
  buttonData,
  cardsOf,
  cardText,
  executeActivity,
  inputValues,
  invokeBody,
  PEOPLE,
  post,
  type ActivityOptions,
} from '../support/tracker';
import { changedKeys, storedDocuments, type StoredDocument } from './support/storedDocuments';

const PLAN = 'children-first';
const NEW_MEETING = readFileSync(join(__dirname, '..', 'e2e', 'fixtures', 'minutes-2022-01-26.txt'), 'utf8');
/** What the clerk must still choose on the preview of NEW_MEETING before it can be recorded. */
const CHOICES = { due_0: '2022-02-28', area_0: '9', due_1: '2022-03-09', area_1: '2', owner_2: 'helen-marsh', due_2: '2022-04-30', area_2: '2' };
const NEW_ACTIONS = ['act-cypssc-2022-01-26-1', 'act-cypssc-2022-01-26-2', 'act-cypssc-2022-01-26-3'];

type RoleName = 'owner' | 'officer' | 'manager' | 'clerk' | 'member' | 'admin' | 'unknown';
type Role = Readonly<{ name: RoleName; label: string; aad: string; personId: string | undefined }>;

// 9.1 belongs to Helen Marsh (officer) in area 9, led by Daniel Cross; 11.5 belongs to Anita Rao
// in area 11, led by Ruth Okafor. Priya Shah manages but leads neither area.
const ROLES: readonly Role[] = [
  { name: 'owner', label: 'officer who owns 9.1 (Helen Marsh)', aad: PEOPLE.helen, personId: 'helen-marsh' },
  { name: 'officer', label: "officer who doesn't (Grace Adeyemi)", aad: PEOPLE.grace, personId: 'grace-adeyemi' },
  { name: 'manager', label: 'manager (Priya Shah)', aad: PEOPLE.priya, personId: 'priya-shah' },
  { name: 'clerk', label: 'clerk (Chris Dunn)', aad: PEOPLE.chris, personId: 'chris-dunn' },
  { name: 'member', label: 'member (Cllr Jo Pearce)', aad: PEOPLE.jo, personId: 'jo-pearce' },
  { name: 'admin', label: 'admin (Morgan Hale)', aad: PEOPLE.morgan, personId: 'morgan-hale' },
  { name: 'unknown', label: 'not on the people list', aad: PEOPLE.stranger, personId: undefined },
];

/** allow: it happens and says so. refuse: a polite message naming who can; nothing changes. asks: it asks an admin; nothing changes. */
type Expected = 'allow' | 'refuse' | 'asks';
const Y: Expected = 'allow';
const N: Expected = 'refuse';
const ASKS: Expected = 'asks';

type OperationName =
  | 'ask a question about 9.1'
  | 'open the 9.1 card'
  | 'add a note to 9.1 on its card'
  | 'set 9.1 to blocked on its card'
  | 'move 9.1 with a reason on its card'
  | "add a note to another officer's 11.5 in words"
  | 'reassign 9.1 to Sam Whitfield'
  | "verify Helen's completion of 9.1"
  | 'preview pasted minutes'
  | "confirm the clerk's draft"
  | "confirm the clerk's draft with edited wording and owner"
  | "cancel the clerk's draft"
  | 'cancel a draft they read in themselves'
  | "choose the committee's channel"
  | 'install the app in a team (no channel chosen yet)'
  | '"digest off"'
  | '"send my digest on Fridays"'
  | '"who can\'t get digests?"';

// The matrix. Columns follow ROLES: owner, other officer, manager, clerk, member, admin, unknown.
const MATRIX: Readonly<Record<OperationName, readonly Expected[]>> = {
  //                                                         owner officer manager clerk member admin unknown
  'ask a question about 9.1': [Y, Y, Y, Y, Y, Y, Y],
  'open the 9.1 card': [Y, Y, Y, Y, Y, Y, Y],
  'add a note to 9.1 on its card': [Y, N, Y, N, N, Y, N],
  'set 9.1 to blocked on its card': [Y, N, Y, N, N, Y, N],
  'move 9.1 with a reason on its card': [Y, N, Y, N, N, Y, N],
  "add a note to another officer's 11.5 in words": [N, N, Y, N, N, Y, N],
  'reassign 9.1 to Sam Whitfield': [N, N, Y, N, N, Y, N],
  "verify Helen's completion of 9.1": [N, N, Y, N, N, Y, N],
  'preview pasted minutes': [Y, Y, Y, Y, Y, Y, Y],
  "confirm the clerk's draft": [N, N, N, Y, N, Y, N],
  "confirm the clerk's draft with edited wording and owner": [N, N, N, Y, N, Y, N],
  "cancel the clerk's draft": [N, N, N, Y, N, Y, N],
  'cancel a draft they read in themselves': [Y, Y, Y, Y, Y, Y, Y],
  "choose the committee's channel": [N, N, N, N, N, Y, N],
  'install the app in a team (no channel chosen yet)': [ASKS, ASKS, ASKS, ASKS, ASKS, ASKS, ASKS],
  '"digest off"': [N, N, Y, N, N, Y, N],
  '"send my digest on Fridays"': [N, N, Y, N, N, Y, N],
  '"who can\'t get digests?"': [N, N, N, N, N, Y, N],
};

const env = trackerWithConnector();

const personal = (role: Role): ActivityOptions => ({ from: role.aad, conversationId: `a:personal-${role.aad}`, serviceUrl: env.connector.serviceUrl });
const inChannel = (aad: string, conversationId: string = CHANNELS.committee): ActivityOptions => ({
  from: aad,
  conversationId,
  conversationType: 'channel',
  serviceUrl: env.connector.serviceUrl,
});

/** Everything a person reads in the bot's replies to a message. */
async function say(text: string, options: ActivityOptions): Promise<string> {
  const replies = await ask(env.tracker, text, options);
  return [...replies.map((reply) => reply.text ?? ''), ...cardsOf(replies).map(cardText)].join('\n');
}

/** Presses a card button: what the person reads is the card the invoke answers with. */
async function press(verb: string, data: unknown, options: ActivityOptions): Promise<string> {
  const { status, body } = await post(env.tracker, executeActivity(verb, data, options));
  expect(status).toBe(200);
  return cardText(invokeBody(body).value);
}

async function storedAction(id: string) {
  const found = await env.tracker.store.plans.getAction(PLAN, id);
  if (!found) throw new Error(`${id} is not in the plan`);
  return found.value;
}

/** A Save on 9.1's card as Teams sends it: the card's basis plus what the person typed. */
async function saveOn91(role: Role, fields: Record<string, string>): Promise<string> {
  const action = await storedAction('act-9-1');
  return press(
    CARD_VERBS.saveAction,
    { actionId: action.id, basis: { status: action.status, due: action.due, owner: action.owner }, renderId: randomUUID(), ...fields },
    personal(role),
  );
}

/** The clerk pastes the minutes in the committee's channel, where everyone sees the same preview card. */
async function clerksPreview(): Promise<{ card: unknown; draftId: string }> {
  const replies = await ask(env.tracker, `post outcomes\n${NEW_MEETING}`, inChannel(PEOPLE.chris));
  const card = cardsOf(replies)[0];
  const draftId = buttonData(card, 'Confirm and post').draftId;
  if (typeof draftId !== 'string') throw new Error('the preview has no draft id');
  return { card, draftId };
}

async function confirmClerksDraft(role: Role, prepared: Prepared, extra: Record<string, string> = {}): Promise<string> {
  const { card, draftId } = prepared.preview ?? (await clerksPreview());
  const data = { ...buttonData(card, 'Confirm and post'), ...(inputValues(card) as Record<string, string>), ...CHOICES, ...extra, draftId };
  return press(CARD_VERBS.confirmOutcomes, data, { ...inChannel(role.aad), replyToId: 'preview-message' });
}

type Prepared = Readonly<{ preview?: { card: unknown; draftId: string } }>;

type Operation = Readonly<{
  /** Puts the data in the state the operation needs, before the "before" snapshot. */
  prepare?: (role: Role) => Promise<Prepared>;
  run: (role: Role, prepared: Prepared) => Promise<string>;
  /** What an allowed person reads. */
  says: RegExp;
  /** The documents an allowed operation changes, and nothing else. */
  changes: (role: Role, prepared: Prepared) => ReadonlyArray<string | RegExp>;
  /** Further checks of the stored result when allowed. */
  stored?: (role: Role, prepared: Prepared) => Promise<void>;
  /** What a refused person reads: who may do it. */
  refusal: (role: Role) => RegExp;
}>;

const planKey = (id: string): string => `plan/${PLAN}/${id}`;
const stateKey = (id: string): string => `state/${id}/${id}`;
const NOT_ON_LIST = /not on the plan's people list[\s\S]*administrator can add you/;
const updateRefusal =
  (who: RegExp) =>
  (role: Role): RegExp =>
    role.name === 'unknown' ? NOT_ON_LIST : who;
const MAY_UPDATE_91 = /Only Helen Marsh \(the owner\), Daniel Cross \(lead for area 9\), a manager or an admin can update 9\.1\. Nothing was changed\./;
const DIGEST_REFUSAL = /Weekly digests are for managers and admins\./;

const OPERATIONS: Readonly<Record<OperationName, Operation>> = {
  'ask a question about 9.1': {
    run: (role) => say('Tell me about action 9.1', personal(role)),
    says: /Establish a quality assurance framework/,
    changes: () => [],
    refusal: () => /never refused/,
  },
  'open the 9.1 card': {
    run: (role) => press(CARD_VERBS.viewAction, { actionId: 'act-9-1' }, personal(role)),
    says: /Establish a quality assurance framework[\s\S]*Framework approved by the Improvement Board/,
    changes: () => [],
    refusal: () => /never refused/,
  },
  'add a note to 9.1 on its card': {
    run: (role) => saveOn91(role, { note: 'Framework signed off by partners' }),
    says: /Saved\. 9\.1 is up to date\./,
    changes: () => [planKey('act-9-1')],
    stored: async (role) =>
      expect((await storedAction('act-9-1')).updates.at(-1)).toMatchObject({ by: role.personId, note: 'Framework signed off by partners' }),
    refusal: updateRefusal(MAY_UPDATE_91),
  },
  'set 9.1 to blocked on its card': {
    run: (role) => saveOn91(role, { status: 'blocked' }),
    says: /Saved\. 9\.1 is up to date\./,
    changes: () => [planKey('act-9-1')],
    stored: async () => expect((await storedAction('act-9-1')).status).toBe('blocked'),
    refusal: updateRefusal(MAY_UPDATE_91),
  },
  'move 9.1 with a reason on its card': {
    run: (role) => saveOn91(role, { due: '2022-05-31', reason: 'Partner agencies asked for more time' }),
    says: /Saved\. 9\.1 is up to date\./,
    changes: () => [planKey('act-9-1')],
    stored: async () => {
      const action = await storedAction('act-9-1');
      expect(action.due).toBe('2022-05-31');
      expect(action.updates.at(-1)).toMatchObject({
        reason: 'Partner agencies asked for more time',
        changes: [{ field: 'due', from: '2021-12-31', to: '2022-05-31' }],
      });
    },
    refusal: updateRefusal(MAY_UPDATE_91),
  },
  "add a note to another officer's 11.5 in words": {
    run: (role) => say('add a note to 11.5: PEP audit booked for March', personal(role)),
    says: /Saved\. 11\.5 is up to date\./,
    changes: () => [planKey('act-11-5')],
    stored: async (role) => expect((await storedAction('act-11-5')).updates.at(-1)).toMatchObject({ by: role.personId, note: 'PEP audit booked for March' }),
    refusal: updateRefusal(/Only Anita Rao \(the owner\), Ruth Okafor \(lead for area 11\), a manager or an admin can update 11\.5\. Nothing was changed\./),
  },
  'reassign 9.1 to Sam Whitfield': {
    run: (role) => say('reassign 9.1 to Sam Whitfield', personal(role)),
    says: /Saved\. 9\.1 is up to date\./,
    changes: () => [planKey('act-9-1')],
    stored: async () => expect((await storedAction('act-9-1')).owner).toBe('sam-whitfield'),
    refusal: updateRefusal(/Only managers and admins can reassign actions\. Nothing was changed; Helen Marsh still owns 9\.1\./),
  },
  "verify Helen's completion of 9.1": {
    prepare: async () => {
      // The owner marks it complete; an officer's completion waits for someone else to verify it.
      await say('mark 9.1 complete - evidence: the approved QA framework', {
        from: PEOPLE.helen,
        conversationId: `a:personal-${PEOPLE.helen}`,
        serviceUrl: env.connector.serviceUrl,
      });
      const action = await storedAction('act-9-1');
      expect(action.completion).toMatchObject({ by: 'helen-marsh' });
      expect(action.completion?.verifiedBy).toBeUndefined();
      return {};
    },
    run: (role) => say('verify 9.1', personal(role)),
    says: /Saved\. 9\.1 is up to date\./,
    changes: () => [planKey('act-9-1')],
    stored: async (role) => expect((await storedAction('act-9-1')).completion).toMatchObject({ by: 'helen-marsh', verifiedBy: role.personId }),
    refusal: updateRefusal(/Only Daniel Cross \(lead for area 9\), a manager or an admin can verify that 9\.1 is complete\./),
  },
  'preview pasted minutes': {
    run: (role) => say(`post outcomes\n${NEW_MEETING}`, personal(role)),
    says: /Outcomes of the meeting of 26 Jan 2022[\s\S]*51\.3\.2/,
    // The preview is kept as a draft until someone confirms or cancels it.
    changes: () => [/^state\/draft-/],
    refusal: () => /never refused/,
  },
  "confirm the clerk's draft": {
    prepare: async () => ({ preview: await clerksPreview() }),
    run: (role, prepared) => confirmClerksDraft(role, prepared),
    says: /Recorded 3 actions\./,
    changes: (_role, prepared) => [planKey('cypssc-2022-01-26'), ...NEW_ACTIONS.map(planKey), stateKey(`draft-${prepared.preview?.draftId ?? ''}`)],
    refusal: () => /Only clerks and admins can confirm meeting outcomes\. Nothing was saved\./,
  },
  "confirm the clerk's draft with edited wording and owner": {
    prepare: async () => ({ preview: await clerksPreview() }),
    run: (role, prepared) =>
      confirmClerksDraft(role, prepared, { text_0: 'Circulate the QA audit summary to all Committee members', owner_0: 'grace-adeyemi' }),
    says: /Recorded 3 actions\./,
    changes: (_role, prepared) => [planKey('cypssc-2022-01-26'), ...NEW_ACTIONS.map(planKey), stateKey(`draft-${prepared.preview?.draftId ?? ''}`)],
    stored: async () =>
      expect(await storedAction('act-cypssc-2022-01-26-1')).toMatchObject({
        title: 'Circulate the QA audit summary to all Committee members',
        owner: 'grace-adeyemi',
      }),
    refusal: () => /Only clerks and admins can confirm meeting outcomes\. Nothing was saved\./,
  },
  "cancel the clerk's draft": {
    prepare: async () => ({ preview: await clerksPreview() }),
    run: (role, prepared) => press(CARD_VERBS.cancelOutcomes, { draftId: prepared.preview?.draftId }, { ...inChannel(role.aad), replyToId: 'preview-message' }),
    says: /Cancelled: nothing was recorded\./,
    changes: (_role, prepared) => [stateKey(`draft-${prepared.preview?.draftId ?? ''}`)],
    // Who may: a clerk or an admin (or whoever read the minutes in).
    refusal: () => /Only (?:a |the )?clerks? (?:or|and) (?:an )?admins?[^.]* can cancel[\s\S]*Nothing was (?:changed|cancelled)/i,
  },
  'cancel a draft they read in themselves': {
    prepare: async (role) => {
      // Only a clerk's or admin's preview has the button, so the draft is found where it is kept.
      const before = await storedDocuments(env.tracker);
      await say(`post outcomes\n${NEW_MEETING}`, personal(role));
      const added = changedKeys(before, await storedDocuments(env.tracker)).filter((key) => key.startsWith('state/draft-'));
      expect(added).toHaveLength(1);
      return { preview: { card: undefined, draftId: (added[0] ?? '').split('/')[1]?.replace(/^draft-/, '') ?? '' } };
    },
    run: (role, prepared) => press(CARD_VERBS.cancelOutcomes, { draftId: prepared.preview?.draftId }, personal(role)),
    says: /Cancelled: nothing was recorded\./,
    changes: (_role, prepared) => [stateKey(`draft-${prepared.preview?.draftId ?? ''}`)],
    refusal: () => /never refused/,
  },
  "choose the committee's channel": {
    run: (role) => press(CARD_VERBS.setCommitteeChannel, { channelId: CHANNELS.committee, channel: 'Improvement Plan' }, inChannel(role.aad, CHANNELS.general)),
    says: /Committee summaries will be posted to Improvement Plan\./,
    changes: () => [stateKey(`ref-committee-${PLAN}`)],
    stored: async () => expect((await env.tracker.store.state.get(`ref-committee-${PLAN}`))?.value).toMatchObject({ conversation: { id: CHANNELS.committee } }),
    refusal: () => /Only an admin can choose the committee's channel\.[\s\S]*Nothing was changed\./,
  },
  'install the app in a team (no channel chosen yet)': {
    run: async (role) => {
      const { body } = await post(env.tracker, {
        ...baseActivity(inChannel(role.aad, CHANNELS.general)),
        type: 'conversationUpdate',
        membersAdded: [{ id: '28:improvement-tracker-bot' }],
        channelData: {
          tenant: { id: 'cc8e62c6-ac50-5768-afb3-feec6b8286af' },
          team: { id: `19:team-${randomUUID()}@thread.tacv2`, name: 'A team' },
          channel: { id: CHANNELS.general },
        },
      });
      return cardsOf((body as { activities: [] }).activities)
        .map(cardText)
        .join('\n');
    },
    says: /never allowed/,
    changes: () => [],
    // Whoever installs it, the bot asks an admin which channel is the committee's, and sets none itself.
    refusal: () => /Which channel is the committee's\?/,
  },
  '"digest off"': {
    run: (role) => say('digest off', personal(role)),
    says: /Your weekly digest is off\./,
    changes: (role) => [stateKey(`digest-prefs-${PLAN}-${role.personId ?? ''}`)],
    stored: async (role) => expect((await env.tracker.store.state.get(`digest-prefs-${PLAN}-${role.personId ?? ''}`))?.value).toMatchObject({ enabled: false }),
    refusal: () => DIGEST_REFUSAL,
  },
  '"send my digest on Fridays"': {
    run: (role) => say('send my digest on Fridays', personal(role)),
    says: /Your weekly digest will come on Fridays at 8am\./,
    changes: (role) => [stateKey(`digest-prefs-${PLAN}-${role.personId ?? ''}`)],
    stored: async (role) =>
      expect((await env.tracker.store.state.get(`digest-prefs-${PLAN}-${role.personId ?? ''}`))?.value).toMatchObject({ enabled: true, weekday: 5 }),
    refusal: () => DIGEST_REFUSAL,
  },
  '"who can\'t get digests?"': {
    run: (role) => say("who can't get digests?", personal(role)),
    says: /managers? can't get digests|Every manager can get their digest/,
    changes: () => [],
    refusal: () => /Only admins can see who cannot get digests\./,
  },
};

/**
 * The documents a permission can guard: the plan's, drafts, the committee channel and digest
 * settings. Turn state, welcome and install bookkeeping, personal-chat references and the plan's
 * version record (which moves with any write) are bookkeeping, left out.
 */
function guarded(documents: readonly StoredDocument[]): StoredDocument[] {
  return documents.filter((document) =>
    document.container === 'plan'
      ? document.id !== 'plan-version'
      : !(['turnState', 'welcome', 'asked'].includes(document.kind) || document.id.startsWith('ref-person-')),
  );
}

/** Text a person should never be shown in place of a sentence. */
const UNPOLISHED = /undefined|\bnull\b|\[object|exception|stack|\$\{|FORBIDDEN|INVALID_INPUT/i;

const cells = Object.entries(MATRIX).flatMap(([operation, row]) =>
  ROLES.map((role, index) => ({ operation: operation as OperationName, role, expected: row[index] ?? N })),
);
let checked = 0;
afterAll(() => {
  console.log(`permission matrix: ${checked} of ${cells.length} cells checked (${ROLES.length} roles x ${Object.keys(MATRIX).length} operations)`);
});

describe('who may do what, through POST /api/messages, answer and data', () => {
  it('has a cell for every role in every operation', () => {
    for (const row of Object.values(MATRIX)) expect(row).toHaveLength(ROLES.length);
  });

  describe.each(Object.keys(MATRIX) as OperationName[])('%s', (operation) => {
    it.each(cells.filter((cell) => cell.operation === operation).map((cell) => [cell.role.label, cell.expected, cell.role] as const))(
      '%s: %s',
      async (_label, expected, role) => {
        const definition = OPERATIONS[operation];
        const prepared = (await definition.prepare?.(role)) ?? {};
        const before = guarded(await storedDocuments(env.tracker));
        const answer = await definition.run(role, prepared);
        const changed = changedKeys(before, guarded(await storedDocuments(env.tracker)));

        if (expected === 'allow') {
          expect(answer).toMatch(definition.says);
          const wanted = definition.changes(role, prepared);
          expect(changed, `changed: ${changed.join(', ')}`).toHaveLength(wanted.length);
          for (const want of wanted)
            expect(
              changed.some((key) => (typeof want === 'string' ? key === want : want.test(key))),
              `expected a change to ${String(want)}; changed: ${changed.join(', ')}`,
            ).toBe(true);
          await definition.stored?.(role, prepared);
        } else {
          expect(answer).toMatch(definition.refusal(role));
          expect(answer).not.toMatch(definition.says);
          expect(answer).not.toMatch(UNPOLISHED);
          expect(changed, 'a refused operation changes nothing').toEqual([]);
        }
        checked += 1;
      },
    );
  });
});
