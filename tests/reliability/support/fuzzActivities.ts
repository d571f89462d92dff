import fc from 'fast-check';
import { CARD_VERBS } from '../../../src/cards/verbs';
import { ACTION_STATUSES, type PlanData } from '../../../src/domain/model';
import { TENANT_ID } from '../../support/tracker';
import {
  DeepJson,
  deepJson,
  hostileKey,
  hostileString,
  hostileValue,
  hugeString,
  mutate,
  mutation,
  objectWith,
  prototypeObject,
  setField,
  wrongTyped,
} from './hostile';

/** One generated request: the activity (or anything in its place), and what kind of input it is for the report. */
export type FuzzInput = Readonly<{ kind: string; activity: unknown }>;

const SAVE_VERBS = [CARD_VERBS.saveAction, CARD_VERBS.completeAction, CARD_VERBS.verifyAction] as const;
const ALL_VERBS: readonly string[] = Object.values(CARD_VERBS);
const STATUSES: readonly string[] = ACTION_STATUSES;
const UUID = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i;
const ISO_DATE = /^\d{4}-\d{2}-\d{2}$/;
/** Questions that only read: whoever asks them, nothing may change. */
const READ_ONLY_QUESTIONS = ["what's overdue?", 'help', '7.4', 'my actions', 'summary', "what's outstanding on life story work?", 'Anything on Mosaic?'];
const UNKNOWN_AAD = '00000000-0000-4000-8000-00000000beef';

type Sender = Readonly<{ aad: string; personId: string | undefined }>;
type Target = Readonly<{ id: string; owner: string; area: number; status: string; due: string }>;

/** The inputs in `known` below, by name (test names are needed before the plan is read). */
export const KNOWN_BREAKERS = [
  'known:text-not-a-string',
  'known:invoke-name-not-a-string',
  'known:invoke-name-unknown',
  'known:normal-delivery-conversationType-not-a-string',
  'known:normal-delivery-locale-not-a-string',
  'known:deep-json-in-conversation',
  'known:activity-id-lone-surrogates',
  'known:action-type-not-Action.Execute',
  'known:verb-not-a-string',
  'known:page-with-own-toString',
  'known:page-deeply-nested',
  'known:actionId-not-a-cosmos-id',
  'known:actionId-blank',
  'known:entity-not-an-object',
  'known:mention-without-mentioned',
  'known:deeply-nested-minutes-html',
] as const;

/** The arbitraries of the fuzz run, built from the plan the tracker was seeded with. */
export function fuzzInputs(plan: PlanData, serviceUrl: string) {
  const aadOf = (personId: string): string => {
    const aad = plan.people.find((person) => person.id === personId)?.aadObjectId;
    if (!aad) throw new Error(`the demo plan has no Entra id for ${personId}`);
    return aad;
  };
  const sender = (personId: string): Sender => ({ aad: aadOf(personId), personId });
  const ruth = sender('ruth-okafor');
  const morgan = sender('morgan-hale');
  const chris = sender('chris-dunn');
  const stranger: Sender = { aad: '99999999-9999-4999-8999-999999999999', personId: undefined };
  const unknown: Sender = { aad: UNKNOWN_AAD, personId: undefined };
  const everyone = [ruth, morgan, chris, sender('grace-adeyemi'), sender('helen-marsh'), sender('jo-pearce'), stranger, unknown];
  /** People who can change no action: the clerk records meetings, not actions; the others are not on the plan. */
  const noRights = [chris, stranger, unknown];
  /** People who may change only what they own (no role, no area they lead). */
  const officers = [sender('grace-adeyemi'), sender('helen-marsh'), sender('jo-pearce')];
  const leads = new Map(plan.plan.areas.map((area) => [area.number, area.lead]));
  const actions: Target[] = plan.actions.map((action) => ({ id: action.id, owner: action.owner, area: action.area, status: action.status, due: action.due }));
  /** Actions this person has no right to change. */
  const notTheirs = (who: Sender): Target[] =>
    actions.filter((action) => who.personId === undefined || (action.owner !== who.personId && leads.get(action.area) !== who.personId));
  const target = actions.find((action) => action.id === 'act-7-4') ?? actions[0];
  if (!target) throw new Error('the demo plan has no actions');

  const envelope = (who: Sender, conversation: number, id: string, extra: { deliveryMode?: boolean; conversationType?: string } = {}) => ({
    id,
    channelId: 'msteams',
    serviceUrl,
    ...(extra.deliveryMode === false ? {} : { deliveryMode: 'expectReplies' }),
    timestamp: '2022-02-01T09:30:00.000Z',
    locale: 'en-GB',
    conversation: { id: `a:fuzz-${conversation}`, conversationType: extra.conversationType ?? 'personal', tenantId: TENANT_ID },
    from: { id: `29:${who.aad}`, aadObjectId: who.aad, name: 'Fuzz' },
    recipient: { id: '28:improvement-tracker-bot', name: 'Improvement Tracker' },
    channelData: { tenant: { id: TENANT_ID } },
  });
  const invoke = (who: Sender, conversation: number, id: string, verb: unknown, data: unknown) => {
    const { deliveryMode: _deliveryMode, ...base } = envelope(who, conversation, id);
    return {
      ...base,
      type: 'invoke',
      name: 'adaptiveCard/action',
      replyToId: 'fuzz-card',
      value: { action: { type: 'Action.Execute', verb, data }, trigger: 'manual' },
    };
  };
  const saveData = (action: Target, renderId: string) => ({
    actionId: action.id,
    basis: { status: action.status, due: action.due, owner: action.owner },
    renderId,
    status: '',
    note: 'Fuzz: a progress note that must never be saved',
    due: '',
    reason: '',
    question: "what's overdue?",
    page: 1,
  });
  /** Valid data for each verb, as the bot's own cards send it. */
  const validData = (verb: string, renderId: string): unknown => {
    switch (verb) {
      case CARD_VERBS.showPage:
        return { question: "what's overdue?", page: 2 };
      case CARD_VERBS.viewAction:
        return { actionId: target.id, question: "what's overdue?", page: 1 };
      case CARD_VERBS.refreshAction:
        return { actionId: target.id };
      case CARD_VERBS.confirmOutcomes:
        return {
          draftId: renderId,
          meetingDate: '2022-02-09',
          include_0: 'true',
          owner_0: 'helen-marsh',
          due_0: '2022-03-31',
          area_0: '7',
          text_0: 'Circulate the audit',
        };
      case CARD_VERBS.cancelOutcomes:
        return { draftId: renderId };
      case CARD_VERBS.setCommitteeChannel:
        return { channelId: '19:fuzz@thread.tacv2', channel: 'Fuzz' };
      case CARD_VERBS.readMinutes:
        return { minutes: 'Resolved - That the Committee:\n1. Welcomes the report.\nAction: Helen Marsh to circulate the audit by 28 February 2022.' };
      default:
        return saveData(target, renderId);
    }
  };

  const conversation = fc.nat(63);
  const nonString = wrongTyped.filter((value) => typeof value !== 'string');
  const notStatus = hostileString.filter((value) => value !== '' && !STATUSES.includes(value));
  const notIsoDate = hostileString.filter((value) => value !== '' && !ISO_DATE.test(value));
  const absent = fc.constant(undefined);
  /** One change that makes Save / Mark complete / Verify data invalid whatever else it holds (undefined: the field is removed). */
  const breakingSave = fc.oneof(
    fc.record({ field: fc.constant('actionId'), value: fc.oneof(nonString, fc.constant(''), fc.constant('a'.repeat(101)), absent) }),
    fc.record({ field: fc.constant('basis'), value: fc.oneof(wrongTyped, hostileString, absent) }),
    fc.record({ field: fc.constant('basis.status'), value: fc.oneof(nonString, notStatus, absent) }),
    fc.record({ field: fc.constant('basis.due'), value: fc.oneof(nonString, notIsoDate, absent) }),
    fc.record({ field: fc.constant('basis.owner'), value: fc.oneof(nonString, fc.constant(''), fc.constant('o'.repeat(101)), absent) }),
    fc.record({
      field: fc.constant('renderId'),
      value: fc.oneof(
        nonString,
        hostileString.filter((value) => !UUID.test(value)),
      ),
    }),
    fc.record({ field: fc.constant('status'), value: fc.oneof(nonString, notStatus) }),
    fc.record({ field: fc.constant('note'), value: fc.oneof(nonString, fc.constant('n'.repeat(100_001))) }),
    fc.record({ field: fc.constant('due'), value: fc.oneof(nonString, notIsoDate) }),
    fc.record({ field: fc.constant('reason'), value: fc.oneof(nonString, fc.constant('r'.repeat(100_001))) }),
    fc.record({ field: fc.constant('question'), value: fc.oneof(nonString, fc.constant('q'.repeat(1001))) }),
    fc.record({ field: fc.constant('page'), value: fc.constantFrom<unknown>('abc', 0, -1, 1001, 1.5, {}, false, null, [1, 2], 'NaN') }),
  );

  /** Whole activities, mutated anywhere: wrong types, missing fields, unknown shapes. Nothing in them may change the plan. */
  const envelopes: fc.Arbitrary<FuzzInput> = fc
    .record({
      template: fc.oneof(
        fc
          .record({ who: fc.constantFrom(...everyone), conversation, id: fc.uuid(), text: fc.constantFrom(...READ_ONLY_QUESTIONS), normal: fc.boolean() })
          .map(({ who, conversation: c, id, text, normal }) => ({ ...envelope(who, c, id, { deliveryMode: !normal }), type: 'message', text })),
        fc
          .record({ who: fc.constantFrom(...noRights), conversation, id: fc.uuid(), text: hostileString })
          .map(({ who, conversation: c, id, text }) => ({ ...envelope(who, c, id), type: 'message', text })),
        fc
          .record({
            who: fc.constantFrom(...everyone),
            conversation,
            id: fc.uuid(),
            verb: fc.constantFrom(CARD_VERBS.viewAction, CARD_VERBS.refreshAction, CARD_VERBS.showPage),
          })
          .map(({ who, conversation: c, id, verb }) => invoke(who, c, id, verb, validData(verb, id))),
        fc
          .record({ who: fc.constantFrom(...noRights), conversation, id: fc.uuid(), verb: fc.constantFrom(...SAVE_VERBS) })
          .map(({ who, conversation: c, id, verb }) => invoke(who, c, id, verb, saveData(target, id))),
        fc
          .record({
            who: fc.constantFrom(...everyone),
            conversation,
            id: fc.uuid(),
            type: fc.constantFrom(
              'installationUpdate',
              'conversationUpdate',
              'messageReaction',
              'typing',
              'endOfConversation',
              'event',
              'messageUpdate',
              'messageDelete',
              'trace',
            ),
          })
          .map(({ who, conversation: c, id, type }) => ({
            ...envelope(who, c, id, { conversationType: type === 'conversationUpdate' ? 'channel' : 'personal' }),
            type,
            ...(type === 'installationUpdate' ? { action: 'add' } : {}),
            ...(type === 'conversationUpdate'
              ? { membersAdded: [{ id: '28:improvement-tracker-bot' }], channelData: { tenant: { id: TENANT_ID }, team: { id: '19:fuzz-team@thread.tacv2' } } }
              : {}),
            ...(type === 'event'
              ? {
                  name: 'application/vnd.microsoft.meetingEnd',
                  value: { Id: 'fuzz-meeting', EndTime: '2022-02-01T10:00:00Z' },
                  channelData: { tenant: { id: TENANT_ID }, meeting: { id: 'fuzz-meeting' } },
                }
              : {}),
            ...(type === 'messageReaction' ? { reactionsAdded: [{ type: 'like' }], replyToId: 'fuzz-card' } : {}),
          })),
      ),
      mutations: fc.array(mutation, { minLength: 1, maxLength: 4 }),
    })
    .map(({ template, mutations }) => ({ kind: `activity:${String(template.type)}`, activity: mutate(template, mutations) }));

  /** Card button data for every verb: broken, junk, or aimed at verbs that do not exist. */
  const cardPayloads: fc.Arbitrary<FuzzInput> = fc.oneof(
    // Save / Mark complete / Verify from people who may change anything: the last change always breaks the data.
    fc
      .record({
        who: fc.constantFrom(ruth, morgan),
        conversation,
        id: fc.uuid(),
        verb: fc.constantFrom(...SAVE_VERBS),
        noise: fc.array(mutation, { maxLength: 3 }),
        breaking: breakingSave,
      })
      .map(({ who, conversation: c, id, verb, noise, breaking }) => ({
        kind: `card:${verb}`,
        activity: invoke(who, c, id, verb, setField(mutate(saveData(target, id), noise), breaking.field, breaking.value)),
      })),
    // Every other verb, its data mutated, from anyone (none of them changes the plan without a real draft).
    fc
      .record({
        who: fc.constantFrom(...everyone),
        conversation,
        id: fc.uuid(),
        verb: fc.constantFrom(...ALL_VERBS.filter((verb) => !(SAVE_VERBS as readonly string[]).includes(verb))),
        noise: fc.array(mutation, { minLength: 1, maxLength: 4 }),
      })
      .map(({ who, conversation: c, id, verb, noise }) => ({ kind: `card:${verb}`, activity: invoke(who, c, id, verb, mutate(validData(verb, id), noise)) })),
    // Data that is not an object at all, for any verb.
    fc
      .record({
        who: fc.constantFrom(...everyone),
        conversation,
        id: fc.uuid(),
        verb: fc.constantFrom(...ALL_VERBS),
        data: fc.oneof(
          wrongTyped.filter((value) => typeof value !== 'object' || value === null || Array.isArray(value)),
          hostileString,
          deepJson,
        ),
      })
      .map(({ who, conversation: c, id, verb, data }) => ({ kind: `card:${verb}:junk`, activity: invoke(who, c, id, verb, data) })),
    // Verbs no card sends (and verbs of the wrong type), carrying a save that would otherwise be valid.
    fc
      .record({
        conversation,
        id: fc.uuid(),
        verb: fc.oneof(
          hostileString.filter((verb) => !ALL_VERBS.includes(verb)),
          wrongTyped,
        ),
      })
      .map(({ conversation: c, id, verb }) => ({ kind: 'card:unknown-verb', activity: invoke(ruth, c, id, verb, saveData(target, id)) })),
  );

  const isoDate = fc.date({ min: new Date('2019-01-01'), max: new Date('2030-12-31'), noInvalidDate: true }).map((date) => date.toISOString().slice(0, 10));
  const forgedBasis = fc.oneof(
    fc.constantFrom(...actions).map((action) => ({ status: action.status, due: action.due, owner: action.owner })),
    fc.record({ status: fc.constantFrom(...STATUSES), due: isoDate, owner: fc.constantFrom(...plan.people.map((person) => person.id)) }),
  );
  /** Fields a forger might add hoping the bot trusts the card over the sender. */
  const forgedFields = fc.array(
    fc.constantFrom<readonly [string, unknown]>(
      ['owner', 'grace-adeyemi'],
      ['by', 'morgan-hale'],
      ['roles', ['admin', 'manager']],
      ['role', 'admin'],
      ['actor', { id: 'morgan-hale', roles: ['admin', 'manager'] }],
      ['person', { id: 'ruth-okafor', roles: ['manager'] }],
      ['aadObjectId', morgan.aad],
      ['from', { id: `29:${morgan.aad}`, aadObjectId: morgan.aad }],
      ['isAdmin', true],
      ['verifiedBy', 'morgan-hale'],
      ['completion', { by: 'morgan-hale', at: '2022-02-01T09:00:00Z', verifiedBy: 'morgan-hale' }],
      ['updates', []],
      ['planId', 'another-plan'],
      ['requestId', 'activity:replayed'],
      ['__proto__', { roles: ['admin'], isAdmin: true }],
      ['constructor', { prototype: { roles: ['admin'] } }],
    ),
    { maxLength: 5 },
  );
  const shortNote = fc.oneof(
    hostileString.filter((note) => note.length <= 1000),
    fc.constant('Completed and signed off'),
  );

  /** Well-formed card data that must still be refused: another person's action, a forged basis, owner or role, renderId garbage. */
  const forgedCards: fc.Arbitrary<FuzzInput> = fc.oneof(
    {
      weight: 5,
      arbitrary: fc.constantFrom(...officers, ...noRights).chain((who) =>
        fc
          .record({
            conversation,
            id: fc.uuid(),
            verb: fc.constantFrom(...SAVE_VERBS),
            action: fc.constantFrom(...notTheirs(who)),
            basis: forgedBasis,
            renderId: fc.oneof(fc.uuid(), hostileString),
            status: fc.constantFrom('', ...STATUSES),
            note: shortNote,
            due: fc.oneof(fc.constant(''), isoDate),
            reason: shortNote,
            forged: forgedFields,
            envelope: fc.constantFrom<ReadonlyArray<readonly [string, unknown]>>(
              [],
              [['from', { id: `29:${who.aad}`, aadObjectId: who.aad, name: 'Morgan Hale', role: 'admin' }]],
              [['entities', [{ type: 'clientInfo', roles: ['admin'] }]]],
            ),
          })
          .map((forgery) => {
            const data = objectWith([
              ['actionId', forgery.action.id],
              ['basis', forgery.basis],
              ['renderId', forgery.renderId],
              ['status', forgery.status],
              ['note', forgery.note],
              ['due', forgery.due],
              ['reason', forgery.reason],
              ...forgery.forged,
            ]);
            const activity = objectWith([...Object.entries(invoke(who, forgery.conversation, forgery.id, forgery.verb, data)), ...forgery.envelope]);
            return { kind: `forged:${forgery.verb}`, activity };
          }),
      ),
    },
    // A clerk confirming a draft that does not exist, with forged rows; an officer choosing the committee's channel.
    fc
      .record({ conversation, id: fc.uuid(), draftId: fc.oneof(fc.uuid(), fc.stringMatching(/^[a-z0-9-]{8,80}$/)), forged: forgedFields })
      .map(({ conversation: c, id, draftId, forged }) => ({
        kind: 'forged:confirmOutcomes',
        activity: invoke(
          chris,
          c,
          id,
          CARD_VERBS.confirmOutcomes,
          objectWith([
            ['draftId', draftId],
            ['include_0', 'true'],
            ['owner_0', 'grace-adeyemi'],
            ['due_0', '2022-03-31'],
            ['area_0', '7'],
            ['text_0', 'Forged action'],
            ['confirmedAt', '2022-02-01T09:00:00Z'],
            ['createdBy', 'chris-dunn'],
            ...forged,
          ]),
        ),
      })),
    fc
      .record({ who: fc.constantFrom(...officers, ...noRights), conversation, id: fc.uuid(), channelId: hostileString, forged: forgedFields })
      .map(({ who, conversation: c, id, channelId, forged }) => ({
        kind: 'forged:setCommitteeChannel',
        activity: invoke(who, c, id, CARD_VERBS.setCommitteeChannel, objectWith([['channelId', channelId], ['channel', 'Forged'], ...forged])),
      })),
  );

  const mention = fc.record({
    type: fc.constant('mention'),
    text: hostileString,
    mentioned: fc.record({ id: fc.oneof(fc.constant('28:improvement-tracker-bot'), hostileString), name: hostileString }),
  });
  const attachment = fc.oneof(
    fc.record({
      contentType: fc.constant('text/html'),
      content: fc.oneof(
        hostileString,
        fc.constant('<p>Resolved</p><p>${x}</p><script>alert(1)</script>'),
        hugeString.map((text) => `<div>${text}</div>`),
      ),
    }),
    fc.record({ contentType: hostileString, content: hostileValue, name: hostileString }),
    fc.record({
      contentType: fc.constant('application/vnd.microsoft.teams.file.download.info'),
      name: fc.constantFrom('minutes.txt', 'minutes.docx', '${x}.txt'),
      content: fc.record({
        downloadUrl: fc.constantFrom(`${serviceUrl}files/minutes.txt`, 'not a url', 'http://127.0.0.1:1/minutes.txt'),
        fileType: fc.constantFrom('txt', 'docx', '${x}'),
      }),
    }),
  );
  /** Messages from people who may change nothing, whatever they say: hostile words, markup, huge and deep bodies. */
  const hostileMessages: fc.Arbitrary<FuzzInput> = fc
    .record({
      who: fc.constantFrom(...noRights),
      conversation,
      id: fc.uuid(),
      text: fc.oneof(
        { weight: 5, arbitrary: hostileString },
        { weight: 1, arbitrary: hugeString },
        { weight: 2, arbitrary: hostileString.map((minutes) => `post outcomes\n${minutes}`) },
        { weight: 1, arbitrary: hostileString.map((line) => `action: ${line}`) },
      ),
      conversationType: fc.constantFrom('personal', 'channel', 'groupChat'),
      value: fc.option(fc.oneof(hostileValue, prototypeObject, fc.record({ question: hostileString }))),
      entities: fc.option(
        fc.oneof(
          fc.array(mention, { maxLength: 3 }),
          deepJson.map((deep) => [deep]),
        ),
      ),
      attachments: fc.option(fc.array(attachment, { minLength: 1, maxLength: 2 })),
      channelData: fc.option(
        fc.oneof(
          fc.constant({ tenant: { id: TENANT_ID }, meeting: { id: 'fuzz-meeting' } }),
          fc.constant({ tenant: { id: TENANT_ID }, team: { id: '19:fuzz-team@thread.tacv2' } }),
          fc.tuple(hostileKey, hostileValue).map(([key, value]) =>
            objectWith([
              ['tenant', { id: TENANT_ID }],
              [key, value],
            ]),
          ),
        ),
      ),
    })
    .map(({ who, conversation: c, id, text, conversationType, value, entities, attachments, channelData }) => ({
      kind: 'message:hostile',
      activity: {
        ...envelope(who, c, id, { conversationType }),
        type: 'message',
        text,
        ...(value === null ? {} : { value }),
        ...(entities === null ? {} : { entities }),
        ...(attachments === null ? {} : { attachments }),
        ...(channelData === null ? {} : { channelData }),
      },
    }));

  /**
   * Inputs that have broken the bot before, tried first on every run so that they stay fixed:
   * each is the shrunk form of a failure the fuzz found.
   */
  const message = (who: Sender, text: unknown, extra: Record<string, unknown> = {}) => ({
    ...envelope(who, 0, '3f1c2a90-0000-4000-8000-000000000001'),
    type: 'message',
    text,
    ...extra,
  });
  const known = {
    envelopes: [
      { kind: 'known:text-not-a-string', activity: message(ruth, 42) },
      {
        kind: 'known:invoke-name-not-a-string',
        activity: {
          ...invoke(chris, 0, '3f1c2a90-0000-4000-8000-000000000002', CARD_VERBS.saveAction, saveData(target, '3f1c2a90-0000-4000-8000-000000000002')),
          name: null,
        },
      },
      {
        kind: 'known:invoke-name-unknown',
        activity: { ...invoke(chris, 0, '3f1c2a90-0000-4000-8000-000000000003', CARD_VERBS.viewAction, { actionId: target.id }), name: '' },
      },
      {
        kind: 'known:normal-delivery-conversationType-not-a-string',
        activity: (({ deliveryMode: _deliveryMode, ...rest }) => ({ ...rest, conversation: { ...rest.conversation, conversationType: false } }))(
          message(chris, ''),
        ),
      },
      {
        kind: 'known:normal-delivery-locale-not-a-string',
        activity: (({ deliveryMode: _deliveryMode, ...rest }) => ({ ...rest, locale: [] }))(message(ruth, "what's overdue?")),
      },
      // Echoed as the reply's replyToId by normal delivery, it made sending the answer fail (a 500).
      {
        kind: 'known:activity-id-lone-surrogates',
        activity: (({ deliveryMode: _deliveryMode, ...rest }) => ({ ...rest, id: '\udfff\ud800' }))(message(chris, 'summary')),
      },
      {
        kind: 'known:deep-json-in-conversation',
        activity: message(chris, '', {
          conversation: { id: 'a:fuzz-0', conversationType: 'personal', tenantId: TENANT_ID, extra: new DeepJson(10_000, 'array') },
        }),
      },
    ],
    cardPayloads: [
      {
        kind: 'known:action-type-not-Action.Execute',
        activity: {
          ...invoke(ruth, 0, '3f1c2a90-0000-4000-8000-000000000009', CARD_VERBS.viewAction, { actionId: target.id }),
          value: { action: { type: 'Action.Submit', verb: CARD_VERBS.viewAction, data: { actionId: target.id } }, trigger: 'manual' },
        },
      },
      {
        kind: 'known:verb-not-a-string',
        activity: invoke(ruth, 0, '3f1c2a90-0000-4000-8000-000000000004', 0, saveData(target, '3f1c2a90-0000-4000-8000-000000000004')),
      },
      {
        kind: 'known:page-with-own-toString',
        activity: invoke(ruth, 0, '3f1c2a90-0000-4000-8000-000000000005', CARD_VERBS.showPage, {
          question: "what's overdue?",
          page: objectWith([['toString', []]]),
        }),
      },
      {
        kind: 'known:page-deeply-nested',
        activity: invoke(ruth, 0, '3f1c2a90-0000-4000-8000-000000000006', CARD_VERBS.showPage, {
          question: "what's overdue?",
          page: new DeepJson(5_000, 'array'),
        }),
      },
    ],
    forgedCards: [
      {
        kind: 'known:actionId-not-a-cosmos-id',
        activity: invoke(chris, 0, '3f1c2a90-0000-4000-8000-000000000007', CARD_VERBS.saveAction, {
          ...saveData(target, '3f1c2a90-0000-4000-8000-000000000007'),
          actionId: 'a/b',
        }),
      },
      {
        kind: 'known:actionId-blank',
        activity: invoke(stranger, 0, '3f1c2a90-0000-4000-8000-000000000008', CARD_VERBS.completeAction, {
          ...saveData(target, '3f1c2a90-0000-4000-8000-000000000008'),
          actionId: ' ',
        }),
      },
    ],
    hostileMessages: [
      { kind: 'known:entity-not-an-object', activity: message(stranger, 'hello', { entities: [1] }) },
      { kind: 'known:mention-without-mentioned', activity: message(stranger, 'hello', { entities: [{ type: 'mention' }] }) },
      {
        kind: 'known:deeply-nested-minutes-html',
        activity: message(chris, 'post outcomes\nResolved: that the report be noted.', {
          attachments: [{ contentType: 'text/html', content: `<div>${'<b>'.repeat(5_000)}Resolved</div>` }],
        }),
      },
    ],
  } satisfies Record<string, FuzzInput[]>;

  return {
    envelopes,
    cardPayloads,
    forgedCards,
    hostileMessages,
    known: [...known.envelopes, ...known.cardPayloads, ...known.forgedCards, ...known.hostileMessages],
  };
}
