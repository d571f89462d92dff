import { describe, expect, it } from 'vitest';
import { CARD_VERBS } from '../../src/cards/verbs';
import type { Action } from '../../src/domain/model';

import { ask, buttonData, buttonTitles, cardsOf, cardText, executeActivity, inputValues, invokeBody, PEOPLE, post, startTestTracker } from '../support/tracker';
import { demoData } from '../support/store';
import { trackerWithConnector } from '../support/harness';

const env = trackerWithConnector();

async function stored(actionId: string): Promise<Action> {
  const found = await env.tracker.store.plans.getAction('children-first', actionId);
  if (!found) throw new Error(`${actionId} missing`);
  return found.value;
}

const CHANNEL = { conversationId: '19:improvement-plan@thread.tacv2', conversationType: 'channel' as const };

async function execute(verb: string, data: unknown, from: string, options: { id?: string; replyToId?: string; inChannel?: boolean } = {}) {
  const where = options.inChannel ? CHANNEL : {};
  const { status, body } = await post(
    env.tracker,
    executeActivity(verb, data, { from, serviceUrl: env.connector.serviceUrl, replyToId: options.replyToId ?? 'card-message-1', id: options.id, ...where }),
  );
  expect(status).toBe(200);
  return invokeBody(body).value;
}

async function openCard(actionId: string, from: string) {
  return execute(CARD_VERBS.viewAction, { actionId }, from);
}

/** Presses Save on a card as a person would: the card's data plus what they typed in its inputs. */
async function save(card: unknown, from: string, inputs: Record<string, string>, verb: string = CARD_VERBS.saveAction, id?: string, inChannel = false) {
  const title = verb === CARD_VERBS.completeAction ? 'Mark complete' : verb === CARD_VERBS.verifyAction ? 'Verify complete' : 'Save';
  return execute(verb, { ...buttonData(card, title), ...(inputValues(card) as Record<string, string>), ...inputs }, from, { id, inChannel });
}

describe('updating an action from its card', () => {
  it('Ruth opens 7.4 from the life-story answer, adds a note, moves the due date with a reason, and sees the refreshed card', async () => {
    const [list] = cardsOf(await ask(env.tracker, "what's outstanding on life story work?"));
    expect(buttonData(list, 'View / update 7.1')).toBeDefined();
    const card = await openCard('act-7-4', PEOPLE.ruth);
    expect(Object.keys(inputValues(card)).sort()).toEqual([
      'confidential',
      'due',
      'evidence',
      'figure',
      'figureAsOf',
      'noEvidenceReason',
      'note',
      'reason',
      'status',
    ]);
    expect(inputValues(card)).toMatchObject({ status: 'in_progress', due: '2022-06-30', note: '', reason: '' });
    expect(buttonTitles(card)).toEqual(expect.arrayContaining(['Save', 'Mark complete']));

    // In the committee's channel, where others see the same message.
    const saved = await save(
      card,
      PEOPLE.ruth,
      { note: 'Adoption panel has agreed the template.', due: '2022-07-29', reason: 'Panel dates moved' },
      CARD_VERBS.saveAction,
      undefined,
      true,
    );
    const text = cardText(saved);
    expect(text).toContain('Saved. 7.4 is up to date.');
    expect(text).toContain('Adoption panel has agreed the template.');
    expect(text).toContain('Due date: 30 Jun 2022 → 29 Jul 2022 (Panel dates moved).');
    expect(text).toContain('Due date moved once: first planned for 30 Jun 2022, now 29 days later.');

    const action = await stored('act-7-4');
    expect(action.due).toBe('2022-07-29');
    expect(action.updates.at(-1)).toMatchObject({
      by: 'ruth-okafor',
      note: 'Adoption panel has agreed the template.',
      reason: 'Panel dates moved',
      changes: [{ field: 'due', from: '2022-06-30', to: '2022-07-29' }],
    });

    // The message is updated for everyone, and it refreshes for the owner and the area lead.
    const update = env.connector.calls.find((call) => call.method === 'PUT' && call.activityId === 'card-message-1');
    const shared = JSON.stringify(update?.body);
    expect(shared).toContain('Adoption panel has agreed the template.');
    expect(shared).toContain('"verb":"refreshAction"');
    expect(shared).toContain(`"userIds":["29:${PEOPLE.ruth}"]`);
    expect(shared).not.toContain('Input.Text');
    // Where the client shows that copy to the owner (no refresh), one press opens their own.
    expect(shared).toContain('"title":"Update 7.4"');
    const own = await execute(CARD_VERBS.viewAction, { actionId: 'act-7-4' }, PEOPLE.ruth);
    expect(Object.keys(inputValues(own)).sort()).toEqual([
      'confidential',
      'due',
      'evidence',
      'figure',
      'figureAsOf',
      'noEvidenceReason',
      'note',
      'reason',
      'status',
    ]);

    // A refresh always reads the current state from Cosmos.
    await ask(env.tracker, '7.4 is blocked - waiting on the adoption agency', { from: PEOPLE.ruth });
    const refreshed = await execute(CARD_VERBS.refreshAction, { actionId: 'act-7-4' }, PEOPLE.ruth);
    expect(cardText(refreshed)).toContain('Blocked');
    expect(cardText(refreshed)).toContain('waiting on the adoption agency');
  });

  it('refuses Grace Adeyemi when she tries to update 6.1, says who can, and changes nothing', async () => {
    const before = await stored('act-6-1');
    const card = await openCard('act-6-1', PEOPLE.grace);
    expect(Object.keys(inputValues(card))).toEqual([]);
    expect(cardText(card)).toContain('Only Ruth Okafor (the owner), a manager or an admin can update 6.1.');
    // A forged press of Save, as if the card had offered it.
    const forged = await execute(
      CARD_VERBS.saveAction,
      { actionId: 'act-6-1', basis: { status: 'in_progress', due: '2022-03-31', owner: 'ruth-okafor' }, note: 'I did it', status: 'complete' },
      PEOPLE.grace,
    );
    expect(cardText(forged)).toContain('Only Ruth Okafor (the owner), a manager or an admin can update 6.1. Nothing was changed.');
    expect(await stored('act-6-1')).toEqual(before);
  });

  it('needs a reason to move a due date, refuses a past date and a note over 1,000 characters, and keeps what was typed', async () => {
    const before = await stored('act-7-4');
    const card = await openCard('act-7-4', PEOPLE.ruth);
    const noReason = await save(card, PEOPLE.ruth, { note: 'Keep this note', due: '2022-08-31' });
    expect(cardText(noReason)).toContain('Please give a reason for moving the due date from 30 Jun 2022 to 31 Aug 2022. Nothing was saved.');
    expect(inputValues(noReason)).toMatchObject({ note: 'Keep this note', due: '2022-08-31' });
    const past = await save(card, PEOPLE.ruth, { due: '2022-01-15', reason: 'oops' });
    expect(cardText(past)).toContain('The new due date, 15 Jan 2022, is in the past. Nothing was saved.');
    const long = await save(card, PEOPLE.ruth, { note: 'x'.repeat(1001) });
    expect(cardText(long)).toContain('The note is 1,001 characters; the limit is 1,000. Nothing was saved.');
    const nothing = await save(card, PEOPLE.ruth, {});
    expect(cardText(nothing)).toContain("There's nothing to save");
    expect(await stored('act-7-4')).toEqual(before);
  });

  it("refuses notes that look like a child's personal data, and saves nothing", async () => {
    const before = await stored('act-7-4');
    const card = await openCard('act-7-4', PEOPLE.ruth);
    const cases: Array<[string, RegExp]> = [
      ['Chased GP for 943 476 5919 today', /an NHS number/],
      ['Jack Smith (12/03/2015) still has no book', /a date of birth/],
      ['DOB 01/02/2016, book started', /a date of birth/],
      ['See case ref 1234567 for the detail', /a case or record reference/],
    ];
    for (const [note, finding] of cases) {
      const refused = cardText(await save(card, PEOPLE.ruth, { note }));
      expect(refused).toMatch(finding);
      expect(refused).toContain('The tracker is not a case record, so nothing was saved.');
    }
    expect(await stored('act-7-4')).toEqual(before);
    // An ordinary note with numbers and dates is fine.
    const fine = await save(card, PEOPLE.ruth, { note: 'Panel on 14/03/2022 reviewed 40 cases; 12 books done.' });
    expect(cardText(fine)).toContain('Saved.');
  });

  it("records an owner's completion as awaiting verification; the area lead verifies it; both steps are in the history", async () => {
    const grace = await openCard('act-7-1', PEOPLE.grace);
    const completed = await save(grace, PEOPLE.grace, { note: 'All sessions delivered.', evidence: 'Attendance register, January' }, CARD_VERBS.completeAction);
    expect(cardText(completed)).toContain('Evidence: Attendance register, January');
    expect(cardText(completed)).toContain('Complete, awaiting verification by Ruth Okafor or a manager');
    expect(buttonTitles(completed)).not.toContain('Verify complete');
    expect((await stored('act-7-1')).completion).toMatchObject({ by: 'grace-adeyemi' });

    const ruth = await openCard('act-7-1', PEOPLE.ruth);
    expect(buttonTitles(ruth)).toContain('Verify complete');
    const verified = await save(ruth, PEOPLE.ruth, {}, CARD_VERBS.verifyAction);
    expect(cardText(verified)).toContain('Complete, verified by Ruth Okafor');
    const action = await stored('act-7-1');
    expect(action.updates.slice(-2).map((update) => [update.by, update.changes?.map((change) => `${change.field}:${change.to}`)])).toEqual([
      ['grace-adeyemi', ['status:complete']],
      ['ruth-okafor', ['verified:ruth-okafor']],
    ]);
  });

  it('changes the action once when Teams delivers the same invoke twice', async () => {
    const card = await openCard('act-9-1', PEOPLE.helen);
    const id = 'retried-invoke-1';
    await save(card, PEOPLE.helen, { note: 'Framework approved' }, CARD_VERBS.saveAction, id);
    const again = await save(card, PEOPLE.helen, { note: 'Framework approved' }, CARD_VERBS.saveAction, id);
    expect(cardText(again)).toContain('Saved. 9.1 is up to date.');
    expect((await stored('act-9-1')).updates.filter((update) => update.note === 'Framework approved')).toHaveLength(1);
  });

  it('in a personal chat, answers the person who saved and leaves the message alone (nobody else sees it)', async () => {
    const card = await openCard('act-7-4', PEOPLE.ruth);
    expect(cardText(await save(card, PEOPLE.ruth, { note: 'Only Ruth sees this chat' }))).toContain('Saved. 7.4 is up to date.');
    expect(env.connector.calls.filter((call) => call.method === 'PUT')).toHaveLength(0);
  });

  it('a double press of Save on one card records the note once, and both presses say it was saved', async () => {
    const card = await openCard('act-7-4', PEOPLE.ruth);
    const [first, second] = await Promise.all([save(card, PEOPLE.ruth, { note: 'Pressed twice' }), save(card, PEOPLE.ruth, { note: 'Pressed twice' })]);
    expect(cardText(first)).toContain('Saved. 7.4 is up to date.');
    expect(cardText(second)).toContain('Saved. 7.4 is up to date.');
    expect((await stored('act-7-4')).updates.filter((update) => update.note === 'Pressed twice')).toHaveLength(1);
    // The card it answers with is a new drawing: a note saved from it is a new request.
    expect(cardText(await save(second, PEOPLE.ruth, { note: 'A second note' }))).toContain('Saved.');
    expect((await stored('act-7-4')).updates.filter((update) => update.note === 'A second note')).toHaveLength(1);
  });

  it('a note added on an older copy of the card changes only the note, and says the card was out of date', async () => {
    const older = await openCard('act-7-4', PEOPLE.ruth);
    const newer = await openCard('act-7-4', PEOPLE.ruth);
    await save(newer, PEOPLE.ruth, { note: 'Moved after panel', due: '2022-07-29', reason: 'Panel dates moved', status: 'blocked' });
    const answer = await save(older, PEOPLE.ruth, { note: 'Template shared with the team' });
    const text = cardText(answer);
    expect(text).toContain('This card was out of date: Ruth Okafor set the status to blocked just now; Ruth Okafor set the due date to 29 Jul 2022 just now.');
    expect(text).not.toContain('reason for moving');
    const action = await stored('act-7-4');
    expect(action).toMatchObject({ status: 'blocked', due: '2022-07-29' });
    expect(action.updates.at(-1)).toMatchObject({ note: 'Template shared with the team' });
    expect(action.updates.at(-1)?.changes).toBeUndefined();
  });

  it('an overdue action takes a note with its past due date left as it is', async () => {
    const card = await openCard('act-6-3', PEOPLE.ruth);
    expect(cardText(card)).toContain('overdue by');
    const saved = await save(card, PEOPLE.ruth, { note: 'Chased the provider' });
    expect(cardText(saved)).toContain('Saved. 6.3 is up to date.');
    expect((await stored('act-6-3')).updates.at(-1)).toMatchObject({ note: 'Chased the provider' });
  });

  it('when two people change the same field, the later one sees who changed it and keeps their note on the card', async () => {
    const helensCard = await openCard('act-9-1', PEOPLE.helen);
    const priyasCard = await openCard('act-9-1', PEOPLE.priya);
    await save(helensCard, PEOPLE.helen, { status: 'blocked', note: 'Waiting for partners' });
    const conflict = await save(priyasCard, PEOPLE.priya, { status: 'complete', note: 'Signed off at the board', evidence: 'Board minutes' });
    const text = cardText(conflict);
    expect(text).toContain('This card is out of date: Helen Marsh set the status to blocked just now, after your card was drawn.');
    expect(inputValues(conflict)).toMatchObject({ note: 'Signed off at the board', status: 'complete' });
    const action = await stored('act-9-1');
    expect(action.status).toBe('blocked');
    expect(action.updates.some((update) => update.note === 'Signed off at the board')).toBe(false);
    // Saving again from the card it was given goes through.
    const retried = await save(conflict, PEOPLE.priya, {});
    expect(cardText(retried)).toContain('Saved.');
    expect((await stored('act-9-1')).status).toBe('complete');
  });

  it('refuses a card drawn before the action was reassigned', async () => {
    const danielsCard = await openCard('act-9-3', 'a6e325ac-f78f-54fd-a9b5-7c5d23546031');
    const reassigned = await ask(env.tracker, 'reassign 9.3 to Helen Marsh', { from: PEOPLE.morgan });
    expect(cardText(cardsOf(reassigned)[0])).toContain('Saved.');
    const stale = await save(danielsCard, 'a6e325ac-f78f-54fd-a9b5-7c5d23546031', { note: 'Report drafted' });
    expect(cardText(stale)).toContain('9.3 was reassigned to Helen Marsh by Morgan Hale just now after this card was sent. Nothing was changed');
    expect((await stored('act-9-3')).updates.some((update) => update.note === 'Report drafted')).toBe(false);
  });

  it('a note marked confidential on the card is kept, marked, so public reports can leave it out', async () => {
    const card = await openCard('act-7-4', PEOPLE.ruth);
    const saved = await save(card, PEOPLE.ruth, { note: 'Legal advice received on the adoption panel.', confidential: 'true' });
    expect(cardText(saved)).toContain('Legal advice received on the adoption panel. (Confidential: not in public reports.)');
    const latest = (await stored('act-7-4')).updates.at(-1);
    expect(latest).toMatchObject({ note: 'Legal advice received on the adoption panel.', confidential: true });
  });

  it('answers malformed payloads politely and changes nothing', async () => {
    const before = await stored('act-7-4');
    for (const data of [
      {},
      { actionId: 'act-7-4' },
      { actionId: 'act-7-4', basis: { status: 'sideways', due: 'soon', owner: 'x' } },
      { actionId: 'act-7-4', basis: { status: 'in_progress', due: '2022-06-30', owner: 'ruth-okafor' }, status: 'done-ish' },
    ]) {
      expect(cardText(await execute(CARD_VERBS.saveAction, data, PEOPLE.ruth))).toMatch(/out of date/);
    }
    const unknown = await execute(
      CARD_VERBS.saveAction,
      { actionId: 'act-99-1', basis: { status: 'in_progress', due: '2022-06-30', owner: 'ruth-okafor' }, note: 'x' },
      PEOPLE.ruth,
    );
    expect(cardText(unknown)).toContain('no longer in the plan');
    expect(await stored('act-7-4')).toEqual(before);
  });
});

describe('evidence at completion', () => {
  it("Mark complete without evidence is refused with the area's own wording of the evidence; with a reason instead, it is listed in the lead's digest", async () => {
    const card = await openCard('act-11-5', PEOPLE.ruth);
    const refused = await save(card, PEOPLE.ruth, { note: 'Done' }, CARD_VERBS.completeAction);
    expect(cardText(refused)).toContain(
      "To mark 11.5 complete, say what shows it is done (a link, a document's name or a sentence), or why there is no evidence yet. The plan looks for:",
    );
    expect((await stored('act-11-5')).status).not.toBe('complete');
    const done = await save(refused, PEOPLE.ruth, { note: 'Done', noEvidenceReason: 'the audit report is due in March' }, CARD_VERBS.completeAction);
    expect(cardText(done)).toContain('No evidence yet: the audit report is due in March');
    expect((await stored('act-11-5')).completion).toMatchObject({ noEvidenceReason: 'the audit report is due in March' });
    const [digest] = cardsOf(await ask(env.tracker, 'digest', { from: PEOPLE.ruth }));
    expect(cardText(digest)).toContain('Completed without evidence (1)');
  });

  it("refuses evidence that looks like a child's details, and saves nothing", async () => {
    const card = await openCard('act-11-5', PEOPLE.ruth);
    const refused = await save(card, PEOPLE.ruth, { evidence: 'Case file for Jayden Smith, DOB 12/03/2015' }, CARD_VERBS.completeAction);
    expect(cardText(refused)).toContain('The tracker is not a case record');
    expect((await stored('act-11-5')).status).not.toBe('complete');
  });
});

describe('RAG against the measure', () => {
  const SAM = 'd2b6f9a1-0c3e-5f47-9a8b-1c2d3e4f5a6b';
  it("a figure that misses the measure's target makes it amber and says so; one that meets it says it is on track", async () => {
    const sam = (await demoData()).people.find((person) => person.id === 'sam-whitfield')?.aadObjectId ?? SAM;
    // 10.2's measure is "Vacancy rate below 10%".
    const before = await openCard('act-10-2', sam);
    expect(cardText(before)).toContain('none recorded yet (target: below 10%).');
    expect(Object.keys(inputValues(before))).toEqual(expect.arrayContaining(['figure', 'figureAsOf']));
    const missed = cardsOf(await ask(env.tracker, 'record the figure for 10.2 as 12% as of 31 January', { from: sam }))[0];
    expect(cardText(missed)).toContain('Latest figure: 12% on 31 Jan 2022.');
    expect(cardText(missed)).toContain('Amber: 12% on 31 Jan 2022 misses the target (below 10%)');
    expect((await stored('act-10-2')).figure).toMatchObject({ value: 12, asOf: '2022-01-31', by: 'sam-whitfield' });
    const card = await openCard('act-10-2', sam);
    const met = await save(card, sam, { figure: '8', figureAsOf: '2022-02-01' });
    expect(cardText(met)).toContain('Green: on track: 8% on 1 Feb 2022 meets the target (below 10%)');
    // A measure with no target takes no figure.
    const none = cardsOf(await ask(env.tracker, '7.2 figure is 50%', { from: 'a6e325ac-f78f-54fd-a9b5-7c5d23546031' }))[0];
    expect(cardText(none)).toContain("7.2's measure states no target to record a figure against. Nothing was saved.");
  });
});

describe('updating an action in words', () => {
  it('understands status, notes, due dates and reassignment, and confirms with the detail card', async () => {
    const daniel = 'a6e325ac-f78f-54fd-a9b5-7c5d23546031';
    let card = cardsOf(await ask(env.tracker, '7.2 is blocked - waiting on the Mosaic release', { from: daniel }))[0];
    expect(cardText(card)).toContain('Status: in progress → blocked.');
    expect(cardText(card)).toContain('waiting on the Mosaic release');
    card = cardsOf(await ask(env.tracker, 'move 7.2 to 30 April because the release slipped', { from: daniel }))[0];
    expect(cardText(card)).toContain('Due date: 31 Dec 2021 → 30 Apr 2022 (the release slipped).');
    card = cardsOf(await ask(env.tracker, 'add a note to 9.1: framework approved by the board', { from: PEOPLE.helen }))[0];
    expect(cardText(card)).toContain('framework approved by the board');
    const noEvidence = cardsOf(await ask(env.tracker, 'mark 7.2 complete', { from: daniel }))[0];
    expect(cardText(noEvidence)).toContain(
      "To mark 7.2 complete, say what shows it is done (a link, a document's name or a sentence), or why there is no evidence yet.",
    );
    expect((await stored('act-7-2')).status).not.toBe('complete');
    card = cardsOf(await ask(env.tracker, 'mark 7.2 complete - evidence: the Mosaic release note, 14 Feb', { from: daniel }))[0];
    expect(cardText(card)).toContain('Evidence: the Mosaic release note, 14 Feb');
    expect(cardText(card)).toContain('Complete, verified by Daniel Cross');
    expect((await stored('act-7-2')).status).toBe('complete');

    const refused = cardsOf(await ask(env.tracker, 'reassign 9.3 to Helen Marsh', { from: PEOPLE.grace }))[0];
    expect(cardText(refused)).toContain('Only managers and admins can reassign actions.');
    expect((await stored('act-9-3')).owner).toBe('daniel-cross');
    const unknownPerson = cardsOf(await ask(env.tracker, 'reassign 9.3 to Santa Claus', { from: PEOPLE.morgan }))[0];
    expect(cardText(unknownPerson)).toContain(`I couldn't find "Santa Claus" on the plan's people list. Nothing was changed.`);
    const badDate = cardsOf(await ask(env.tracker, 'move 7.4 to whenever because reasons', { from: PEOPLE.ruth }))[0];
    expect(cardText(badDate)).toContain(`I couldn't read "whenever" as a date.`);
  });
});

describe('many people at once', () => {
  it('keeps all 50 notes when 50 people save notes to one action at the same moment', async () => {
    const data = await demoData();
    const managers = Array.from({ length: 50 }, (_, i) => ({
      id: `manager-${i}`,
      name: `Manager ${i}`,
      jobTitle: 'Service Manager',
      roles: ['manager' as const],
      aadObjectId: `00000000-0000-4000-8000-${String(i).padStart(12, '0')}`,
    }));
    await env.tracker.stop();
    env.tracker = await startTestTracker({}, undefined, { ...data, people: [...data.people, ...managers] });
    const basis = { status: 'in_progress', due: '2022-06-30', owner: 'ruth-okafor' };
    const answers = await Promise.all(
      managers.map((manager, i) => execute(CARD_VERBS.saveAction, { actionId: 'act-7-4', basis, note: `Note ${i}` }, manager.aadObjectId)),
    );
    expect(answers.every((answer) => cardText(answer).includes('Saved.'))).toBe(true);
    const notes = (await stored('act-7-4')).updates.map((update) => update.note);
    expect(new Set(notes.filter((note) => note?.startsWith('Note ')))).toHaveLength(50);
  });
});
