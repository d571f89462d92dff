import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { CARD_VERBS } from '../../src/cards/verbs';
import { MAX_CARD_BYTES, teamsMessageBytes } from '../../src/cards/messageSize';
import { CHANNELS } from '../support/loopbackConnector';
import { ask, baseActivity, buttonData, cardsOf, cardText, executeActivity, inputValues, invokeBody, listedActionIds, PEOPLE, post } from '../support/tracker';
import { trackerWithConnector } from '../support/harness';

const SEED_002 = readFileSync(join(__dirname, '..', 'minutes', 'fixtures', 'seed-002.txt'), 'utf8');
const NEW_MEETING = readFileSync(join(__dirname, 'fixtures', 'minutes-2022-01-26.txt'), 'utf8');
const TEAM = '19:committee-team@thread.tacv2';

const env = trackerWithConnector();

const personal = (aad: string) => ({ from: aad, conversationId: `a:personal-${aad}`, serviceUrl: env.connector.serviceUrl });

async function installInTeam(): Promise<unknown[]> {
  const { body } = await post(env.tracker, {
    ...baseActivity({ from: PEOPLE.morgan, conversationId: CHANNELS.general, conversationType: 'channel', serviceUrl: env.connector.serviceUrl }),
    type: 'conversationUpdate',
    membersAdded: [{ id: '28:improvement-tracker-bot' }],
    channelData: { tenant: { id: 'cc8e62c6-ac50-5768-afb3-feec6b8286af' }, team: { id: TEAM, name: 'Select Committee' }, channel: { id: CHANNELS.general } },
  });
  return cardsOf((body as { activities: [] }).activities);
}

/** Installs the app in the team and has the admin choose its Improvement Plan channel for the committee. */
async function chooseCommitteeChannel(): Promise<void> {
  const cards = await installInTeam();
  const choice = buttonData(cards.at(-1), 'Use Improvement Plan');
  await post(
    env.tracker,
    executeActivity(CARD_VERBS.setCommitteeChannel, choice, {
      from: PEOPLE.morgan,
      conversationId: CHANNELS.general,
      conversationType: 'channel',
      serviceUrl: env.connector.serviceUrl,
    }),
  );
}

async function openPersonalChats(aads: readonly string[]): Promise<void> {
  for (const aad of aads) await post(env.tracker, { ...baseActivity(personal(aad)), type: 'installationUpdate', action: 'add' });
}

async function confirm(card: unknown, from: string, inputs: Record<string, string> = {}) {
  const data = {
    ...buttonData(card, cardText(card).includes('Update the recorded meeting') ? 'Update the recorded meeting' : 'Confirm and post'),
    ...(inputValues(card) as Record<string, string>),
    ...inputs,
  };
  const { body } = await post(env.tracker, executeActivity(CARD_VERBS.confirmOutcomes, data, { ...personal(from), replyToId: 'preview-message' }));
  return invokeBody(body).value;
}

describe('a clerk posts the outcomes of a meeting', () => {
  it("asks an admin once, on install in the team, which channel is the committee's", async () => {
    const first = await installInTeam();
    expect(cardText(first.at(-1))).toContain("Which channel is the committee's?");
    expect(JSON.stringify(first.at(-1))).toContain('Use Improvement Plan');
    expect((await installInTeam()).map(cardText).join()).not.toContain("Which channel is the committee's?");

    const choice = buttonData(first.at(-1), 'Use Improvement Plan');
    const refused = await post(
      env.tracker,
      executeActivity(CARD_VERBS.setCommitteeChannel, choice, { from: PEOPLE.chris, serviceUrl: env.connector.serviceUrl }),
    );
    expect(cardText(invokeBody(refused.body).value)).toContain("Only an admin can choose the committee's channel.");
    const chosen = await post(
      env.tracker,
      executeActivity(CARD_VERBS.setCommitteeChannel, choice, {
        from: PEOPLE.morgan,
        conversationId: CHANNELS.general,
        conversationType: 'channel',
        serviceUrl: env.connector.serviceUrl,
      }),
    );
    expect(cardText(invokeBody(chosen.body).value)).toContain('Committee summaries will be posted to Improvement Plan.');
  });

  it("installing the app in a team does not make its channel the committee's: until an admin chooses, summaries stay with the clerk", async () => {
    await installInTeam();
    const [preview] = cardsOf(await ask(env.tracker, `post outcomes\n${NEW_MEETING}`, personal(PEOPLE.chris)));
    const done = await confirm(preview, PEOPLE.chris, {
      due_0: '2022-02-28',
      area_0: '9',
      due_1: '2022-03-09',
      area_1: '2',
      owner_2: 'helen-marsh',
      due_2: '2022-04-30',
      area_2: '2',
    });
    expect(cardText(done)).toContain('No committee channel is set up yet');
    expect(env.connector.calls.filter((call) => call.method === 'POST' && call.conversationId.startsWith('19:'))).toHaveLength(0);
  });

  it("a member cannot cancel the clerk's pending outcomes; the clerk can", async () => {
    const [preview] = cardsOf(await ask(env.tracker, `post outcomes\n${NEW_MEETING}`, personal(PEOPLE.chris)));
    const cancel = buttonData(preview, 'Cancel');
    const refused = await post(env.tracker, executeActivity(CARD_VERBS.cancelOutcomes, cancel, personal(PEOPLE.jo)));
    expect(cardText(invokeBody(refused.body).value)).toContain('Only a clerk or an admin can cancel these outcomes. Nothing was changed.');
    expect(cardText(await confirm(preview, PEOPLE.chris, { due_0: '2022-02-28', area_0: '9', include_1: 'false', include_2: 'false' }))).toContain(
      'Recorded 1 action.',
    );
  });

  it('refuses minutes whose resolutions or actions name a child, and keeps no draft', async () => {
    const naming = NEW_MEETING.replace(
      /Resolved - That the Committee:/,
      'Resolved - That the Committee: notes the case of Jake Smith, born 3 March 2016, NHS number 943 476 5919;',
    );
    const [answer] = cardsOf(await ask(env.tracker, `post outcomes\n${naming}`, personal(PEOPLE.chris)));
    expect(cardText(answer)).toMatch(/looks like it contains (an NHS number|a date of birth).*nothing was saved/s);
    expect(JSON.stringify(answer)).not.toContain('confirmOutcomes');
  });

  it('pasting seed 002 shows its four resolutions and actions, and says the meeting is already recorded', async () => {
    const [preview] = cardsOf(await ask(env.tracker, `post outcomes\n${SEED_002}`, personal(PEOPLE.chris)));
    const text = cardText(preview);
    expect(text).toContain('This meeting is already recorded (10 Nov 2021)');
    for (const ref of ['23.3.1', '23.3.2', '23.3.3', '23.3.4']) expect(text).toContain(ref);
    expect(text).toContain("Share an example of the 'You said, we did' action plan with Committee members");
    expect(text).toContain('Share a more detailed report with Committee members on re-referral numbers');
    expect(text).toMatch(/further report in Summer 2022/);
    expect(text).toContain('Update the recorded meeting');
    // Every action in these minutes is already in the plan (by minute ref or wording): each links to it instead.
    expect(text).toContain('Actions (0 new, 7 already recorded)');
    for (const ref of ['10.4', '11.3', '9.3', '10.5', '9.4', '1.5', '12.4']) expect(text).toContain(`Already recorded as ${ref}: view`);
    const inputs = inputValues(preview);
    expect(Object.keys(inputs)).toEqual(['meetingDate']);
    const before = (await env.tracker.store.plans.loadPlanView('children-first'))?.actions.length;
    const confirmed = await confirm(preview, PEOPLE.chris);
    expect(cardText(confirmed)).toContain('Nothing new to record');
    expect((await env.tracker.store.plans.loadPlanView('children-first'))?.actions.length).toBe(before);
  });

  it('confirming new minutes records the meeting and its actions once, posts the summary to the channel and tells each owner', async () => {
    await chooseCommitteeChannel();
    await openPersonalChats([PEOPLE.helen, PEOPLE.grace]);
    env.connector.calls.length = 0;
    const [preview] = cardsOf(await ask(env.tracker, `post outcomes\n${NEW_MEETING}`, personal(PEOPLE.chris)));
    const text = cardText(preview);
    expect(text).toContain('Outcomes of the meeting of 26 Jan 2022');
    expect(text).toContain('51.3.1');
    expect(text).toContain('51.3.2');
    const inputs = inputValues(preview);
    expect(inputs.owner_0).toBe('helen-marsh');
    expect(inputs.owner_1).toBe('grace-adeyemi');

    // A member may not confirm.
    const refused = await confirm(preview, PEOPLE.ruth);
    expect(cardText(refused)).toContain('Only clerks and admins can confirm meeting outcomes. Nothing was saved.');

    // The clerk must choose what the minutes left open.
    const incomplete = await confirm(preview, PEOPLE.chris);
    expect(cardText(incomplete)).toMatch(/Nothing was saved yet\.[\s\S]*choose/);

    const choices = { due_0: '2022-02-28', area_0: '9', due_1: '2022-03-09', area_1: '2', owner_2: 'helen-marsh', due_2: '2022-04-30', area_2: '2' };
    const done = await confirm(preview, PEOPLE.chris, choices);
    expect(cardText(done)).toContain('Recorded 3 actions.');
    expect(cardText(done)).toContain("Posted the summary to the committee's channel.");
    expect(cardText(done)).toContain('Told each new owner in their personal chat.');

    const toChannel = env.connector.calls.filter((call) => call.method === 'POST' && call.conversationId === CHANNELS.committee);
    expect(toChannel).toHaveLength(1);
    expect(JSON.stringify(toChannel[0]?.body)).toContain('Outcomes of the meeting of 26 Jan 2022');
    const toOwners = env.connector.calls
      .filter((call) => call.method === 'POST' && call.conversationId.startsWith('a:personal-'))
      .map((call) => call.conversationId);
    expect(toOwners.sort()).toEqual([`a:personal-${PEOPLE.grace}`, `a:personal-${PEOPLE.helen}`].sort());

    // Confirming again creates nothing twice.
    await confirm(preview, PEOPLE.chris, choices);
    const view = await env.tracker.store.plans.loadPlanView('children-first');
    expect(view?.actions.filter((action) => action.source.kind === 'meeting' && action.source.meeting === 'cypssc-2022-01-26')).toHaveLength(3);
    expect(view?.actions.find((action) => action.id === 'act-cypssc-2022-01-26-1')?.ref).toBe('9.7');

    // The new actions show up in answers.
    const [answer] = cardsOf(await ask(env.tracker, 'what came out of the last meeting?', personal(PEOPLE.chris)));
    expect(listedActionIds(answer)).toEqual(expect.arrayContaining(['act-cypssc-2022-01-26-1', 'act-cypssc-2022-01-26-2', 'act-cypssc-2022-01-26-3']));
  });

  it('says so when the text has no resolutions or actions, and copes with 200 KB', async () => {
    const [garbage] = cardsOf(await ask(env.tracker, 'post outcomes\nThe weather was fine and the tea was hot.', personal(PEOPLE.chris)));
    expect(cardText(garbage)).toContain("I couldn't find any resolutions or actions in that.");
    const big = `post outcomes\n${`${SEED_002}\n\n`.repeat(20)}`.slice(0, 200_000);
    const [preview] = cardsOf(await ask(env.tracker, big, personal(PEOPLE.chris)));
    expect(cardText(preview)).toContain('23.3.4');
    expect(teamsMessageBytes(preview as object)).toBeLessThan(MAX_CARD_BYTES);
  });

  it('flags actions the tracker already holds when the same minutes come under another date, and records no copies', async () => {
    const underAnotherDate = `Children and Young People's Services Select Committee - 10 March 2022\n\n${SEED_002}`;
    const [preview] = cardsOf(await ask(env.tracker, `post outcomes\n${underAnotherDate}`, personal(PEOPLE.chris)));
    const text = cardText(preview);
    expect(text).toContain('Outcomes of the meeting of 10 Mar 2022');
    for (const ref of ['10.4', '11.3', '9.3', '10.5', '9.4', '1.5', '12.4'])
      expect(text).toContain(`This looks like ${ref}, already recorded from the meeting of 10 Nov 2021`);
    const inputs = inputValues(preview) as Record<string, string>;
    for (let index = 0; index < 7; index += 1) expect(inputs[`include_${index}`]).toBe('false');
    const before = (await env.tracker.store.plans.loadPlanView('children-first'))?.actions.length;
    const confirmed = await confirm(preview, PEOPLE.chris);
    expect(cardText(confirmed)).toContain('Nothing new to record');
    expect((await env.tracker.store.plans.loadPlanView('children-first'))?.actions.length).toBe(before);
  });

  it('reads minutes pasted into the card box with their lines, and records the wording the clerk edited', async () => {
    const [prompt] = cardsOf(await ask(env.tracker, 'post outcomes', personal(PEOPLE.chris)));
    expect(cardText(prompt)).toContain('Paste the minutes into the box below');
    expect(Object.keys(inputValues(prompt))).toEqual(['minutes']);
    const read = await post(
      env.tracker,
      executeActivity(
        CARD_VERBS.readMinutes,
        { ...buttonData(prompt, 'Read the minutes'), minutes: NEW_MEETING },
        { ...personal(PEOPLE.chris), replyToId: 'prompt-message' },
      ),
    );
    const preview = invokeBody(read.body).value;
    expect(cardText(preview)).toContain('Outcomes of the meeting of 26 Jan 2022');
    const inputs = inputValues(preview) as Record<string, string>;
    expect(inputs.text_0).toBeTruthy();
    const choices = {
      text_0: 'Circulate the QA audit summary to all Committee members',
      due_0: '2022-02-28',
      area_0: '9',
      include_1: 'false',
      include_2: 'false',
    };
    expect(cardText(await confirm(preview, PEOPLE.chris, choices))).toContain('Recorded 1 action.');
    const view = await env.tracker.store.plans.loadPlanView('children-first');
    expect(view?.actions.find((action) => action.id === 'act-cypssc-2022-01-26-1')?.title).toBe('Circulate the QA audit summary to all Committee members');
  });

  it("refuses edited wording that holds a child's details, and saves nothing", async () => {
    const [preview] = cardsOf(await ask(env.tracker, `post outcomes\n${NEW_MEETING}`, personal(PEOPLE.chris)));
    const choices = {
      text_0: 'Review the plan for Jake Smith, NHS number 943 476 5919',
      due_0: '2022-02-28',
      area_0: '9',
      include_1: 'false',
      include_2: 'false',
    };
    expect(cardText(await confirm(preview, PEOPLE.chris, choices))).toMatch(/Nothing was saved yet\.[\s\S]*not a case record/);
    const view = await env.tracker.store.plans.loadPlanView('children-first');
    expect(view?.actions.some((action) => action.id === 'act-cypssc-2022-01-26-1')).toBe(false);
  });

  it('reads the paragraphs from the message HTML when the text has lost its line breaks', async () => {
    const paragraphs = NEW_MEETING.split(/\n\s*\n/)
      .map((block) => `<p>${block.split('\n').join('<br>')}</p>`)
      .join('');
    const glued = NEW_MEETING.replace(/\s*\n\s*/g, '');
    const { body } = await post(env.tracker, {
      ...baseActivity(personal(PEOPLE.chris)),
      type: 'message',
      text: `post outcomes${glued}`,
      attachments: [{ contentType: 'text/html', content: `<div><p>post outcomes</p>${paragraphs}</div>` }],
    });
    const [preview] = cardsOf((body as { activities: [] }).activities);
    expect(cardText(preview)).toContain('Outcomes of the meeting of 26 Jan 2022');
    expect(cardText(preview)).toContain('51.3.2');
  });

  it('says the line breaks were lost, rather than guess, when only glued text arrives', async () => {
    const glued = NEW_MEETING.replace(/\s*\n\s*/g, '');
    const [answer] = cardsOf(await ask(env.tracker, `post outcomes${glued}`, personal(PEOPLE.chris)));
    expect(cardText(answer)).toContain('Your message reached me without its line breaks');
    expect(Object.keys(inputValues(answer))).toEqual(['minutes']);
  });

  it('in a channel, says to mention the bot when replying with the minutes', async () => {
    const [prompt] = cardsOf(
      await ask(env.tracker, 'post outcomes', {
        from: PEOPLE.chris,
        conversationId: CHANNELS.general,
        conversationType: 'channel',
        serviceUrl: env.connector.serviceUrl,
      }),
    );
    expect(cardText(prompt)).toContain('@Improvement Tracker');
  });

  it('asks for the minutes when "post outcomes" comes alone, and reads the next message', async () => {
    const [prompt] = cardsOf(await ask(env.tracker, 'post outcomes', personal(PEOPLE.chris)));
    expect(cardText(prompt)).toContain('Or send the minutes as your next message');
    const [preview] = cardsOf(await ask(env.tracker, NEW_MEETING, personal(PEOPLE.chris)));
    expect(cardText(preview)).toContain('Outcomes of the meeting of 26 Jan 2022');
  });
});

describe('actions noted in a Teams meeting chat', () => {
  it('keeps "action:" lines as drafts and posts them for the clerk when the meeting ends', async () => {
    const meetingChat = {
      from: PEOPLE.chris,
      conversationId: '19:meeting_abc@thread.v2',
      conversationType: 'groupChat' as const,
      serviceUrl: env.connector.serviceUrl,
    };
    const note = await post(env.tracker, {
      ...baseActivity(meetingChat),
      type: 'message',
      text: 'action: Helen Marsh to circulate the audit by 28 Feb',
      channelData: { tenant: { id: 'cc8e62c6-ac50-5768-afb3-feec6b8286af' }, meeting: { id: 'meeting-1' } },
    });
    expect(JSON.stringify(note.body)).toContain('Noted a draft action');
    const end = await post(env.tracker, {
      ...baseActivity(meetingChat),
      type: 'event',
      name: 'application/vnd.microsoft.meetingEnd',
      value: { Id: 'meeting-1', MeetingType: 'Scheduled', JoinUrl: 'https://teams.example/meet', Title: 'Select Committee', EndTime: '2022-02-01T12:00:00Z' },
      channelData: { tenant: { id: 'cc8e62c6-ac50-5768-afb3-feec6b8286af' }, meeting: { id: 'meeting-1' } },
    });
    const [preview] = cardsOf((end.body as { activities: [] }).activities);
    const text = cardText(preview);
    expect(text).toContain('The meeting has ended. 1 action was noted');
    expect(text).toContain('Circulate the audit');
    expect(inputValues(preview)).toMatchObject({ owner_0: 'helen-marsh', due_0: '2022-02-28' });
  });
});
