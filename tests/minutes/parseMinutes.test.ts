import { execFileSync, spawnSync } from 'node:child_process';
import { existsSync, mkdtempSync, readdirSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import yazl from 'yazl';
import { PlanDataSchema } from '../../src/domain/model';
import { parseChatAction } from '../../src/minutes/chatActions';
import { matchOwner, suggestArea } from '../../src/minutes/matchOwner';
import { MinutesOutcomeSchema } from '../../src/minutes/outcome';
import { parseMinutes } from '../../src/minutes/parseMinutes';
import { pair, score, similar } from './similarity';

const ROOT = join(__dirname, '..', '..');
const FIXTURES = join(__dirname, 'fixtures');
const fold = (text: string | null | undefined): string | null => (text === null || text === undefined ? null : text.toLowerCase().replace(/[\u2010-\u2015]/g, '-').replace(/\s+/g, ' ').trim());

const cases = readdirSync(FIXTURES)
  .filter((file) => file.endsWith('.txt'))
  .sort()
  .map((file) => ({
    file,
    text: readFileSync(join(FIXTURES, file), 'utf8'),
    expected: MinutesOutcomeSchema.parse(JSON.parse(readFileSync(join(FIXTURES, file.replace(/\.txt$/, '.expected.json')), 'utf8'))),
  }));

/**
 * Actions the parser is known to miss, and why: each needs the meaning of a phrase the minutes
 * leave to the reader. A better parser may miss fewer; it must not miss more.
 */
const KNOWN_MISSES: Record<string, number> = {
  // "the latest performance information" is the statutory visits data the question was about.
  'seed-003.txt': 1,
  // "a breakdown of that figure": the figure is the 58% in the sentence before.
  'unitary-panel-resolved-inline.txt': 1,
  // "the evaluation of the pilot": the pilot is the rural outreach sessions, said as a verb ("being piloted").
  'messy-paste-safeguarding.txt': 1,
  // "arrange the works": the works are the skate park resurfacing the quotations were for.
  'town-council-proposed-seconded.txt': 1,
};

describe.each(cases)('minutes fixture $file', ({ file, text, expected }) => {
  const outcome = parseMinutes(text);

  it('finds every resolution, numbered as the minutes number them', () => {
    expect(outcome.resolutions.map((resolution) => resolution.ref)).toEqual(expected.resolutions.map((resolution) => resolution.ref));
    expected.resolutions.forEach((resolution, index) => expect(similar(outcome.resolutions[index]?.text ?? '', resolution.text), resolution.text).toBe(true));
  });

  it('finds the actions, with the owner and due phrase the minutes give', () => {
    const pairs = pair(
      expected.actions.map((action) => action.text),
      outcome.actions.map((action) => action.text),
    );
    for (const { expected: want, found: got } of pairs) {
      const expectedAction = expected.actions[want];
      const foundAction = outcome.actions[got];
      expect(fold(foundAction?.owner), expectedAction?.text).toBe(fold(expectedAction?.owner));
      expect(fold(foundAction?.due), expectedAction?.text).toBe(fold(expectedAction?.due));
    }
    const allowed = KNOWN_MISSES[file] ?? 0;
    expect(expected.actions.length - pairs.length, 'missed actions').toBeLessThanOrEqual(allowed);
    expect(outcome.actions.length - pairs.length, 'actions that are not there').toBeLessThanOrEqual(allowed);
  });

  it('reads the committee, the meeting date and the agenda items', () => {
    expect(outcome.committee).toBe(expected.committee);
    expect(outcome.meetingDate).toBe(expected.meetingDate);
    expect(outcome.items).toEqual(expected.items);
  });
});

describe('minutes fixtures as a whole', () => {
  // Now 1.00 on resolutions and 0.95 on actions (`npm run eval:minutes`); the misses are listed above.
  it('scores F1 of at least 0.95 on resolutions and on actions', () => {
    const outcomes = cases.map(({ text, expected }) => ({ expected, found: parseMinutes(text) }));
    const total = (kind: 'resolutions' | 'actions') =>
      outcomes
        .map(({ expected, found }) => score(expected[kind].map((x) => x.text), found[kind].map((x) => x.text)))
        .reduce((sum, s) => ({ matched: sum.matched + s.matched, expected: sum.expected + s.expected, found: sum.found + s.found }), { matched: 0, expected: 0, found: 0 });
    for (const kind of ['resolutions', 'actions'] as const) {
      const { matched, expected, found } = total(kind);
      const precision = matched / found;
      const recall = matched / expected;
      expect((2 * precision * recall) / (precision + recall), kind).toBeGreaterThanOrEqual(0.95);
    }
  });
});

describe('what counts as a resolution and as an action', () => {
  it('reads the forms councils use for decisions', () => {
    const forms: Array<[string, string[]]> = [
      ['RESOLVED: That the report be noted.', ['That the report be noted.']],
      ['RESOLVED – That (1) the report be noted; and (2) officers circulate the data to members.', ['the report be noted', 'officers circulate the data to members.']],
      ['AGREED:\n\n1. That the plan be endorsed.\n\n2. That the Chair writes to the Minister.', ['That the plan be endorsed.', 'That the Chair writes to the Minister.']],
      ['The Committee resolved: (i) to note the update; (ii) to receive a further report in March.', ['to note the update', 'to receive a further report in March.']],
      ['It was agreed: -\n\n- the update be noted\n- the review be brought to the next meeting', ['the update be noted', 'the review be brought to the next meeting']],
      ['CONCLUDED that the Panel supports the consultation.', ['that the Panel supports the consultation.']],
      ['RESOLVED\n\nthat the minutes of the meeting held on 3 June be confirmed.', ['that the minutes of the meeting held on 3 June be confirmed.']],
    ];
    for (const [text, resolutions] of forms) expect(parseMinutes(text).resolutions.map((r) => r.text), text).toEqual(resolutions);
  });

  it('does not take an agenda recommendation or a past decision for a resolution', () => {
    const agenda = 'The Committee is RECOMMENDED to:\n\n(a) note the report; and\n\n(b) agree its comments.\n\nIt is recommended that the Committee notes the risks.';
    expect(parseMinutes(agenda).resolutions).toEqual([]);
    expect(parseMinutes(agenda).actions).toEqual([]);
  });

  it('numbers resolutions by their minute, or 1, 2, 3 when the minutes have no numbers', () => {
    expect(parseMinutes('7.4 RESOLVED that the Committee:\n\n(a) notes the report;\n\n(b) asks officers to circulate the audit.').resolutions.map((r) => r.ref)).toEqual(['7.4.1', '7.4.2']);
    expect(parseMinutes('RESOLVED: That the report be noted.\n\nRESOLVED: That the plan be endorsed.').resolutions.map((r) => r.ref)).toEqual(['1', '2']);
  });

  it('counts a decision printed twice once', () => {
    const block = 'RESOLVED that the Committee:\n\n(a) notes the report; and\n\n(b) requests a briefing on agency staffing.';
    const outcome = parseMinutes(`Agenda item\n\nWorkforce Update\n\nDecision:\n\n${block}\n\nMinutes:\n\n12.1 The Committee considered the report.\n\n12.2 ${block}`);
    expect(outcome.resolutions.map((r) => r.ref)).toEqual(['12.2.1', '12.2.2']);
    expect(outcome.actions.map((a) => a.text)).toEqual(['Provide a briefing on agency staffing']);
  });

  it('turns requests into actions, with the owner the decision names', () => {
    const { actions } = parseMinutes('RESOLVED – That the Committee:\n\n1. Notes the report.\n\n2. Asks the Cabinet Member to keep the Committee updated on the new hubs.\n\n3. Requests a short briefing on agency staffing by 31 March 2023.');
    expect(actions).toEqual([
      { owner: 'the Cabinet Member', text: 'Keep the Committee updated on the new hubs', due: null },
      { owner: null, text: 'Provide a short briefing on agency staffing by 31 March 2023', due: '2023-03-31' },
    ]);
  });

  it('finds commitments in the discussion, but not promises made at earlier meetings', () => {
    const { actions } = parseMinutes(
      [
        'The Head of Fostering undertook to circulate the recruitment figures to members.',
        'The Director would come back to the Committee with the audit results later in the week.',
        'It was agreed that the slides would be circulated to members (Action: Clerk).',
        'The Director had previously agreed to provide a report on caseloads, which was circulated in May.',
        'At the last meeting members had asked for data on re-referrals.',
      ].join('\n\n'),
    );
    expect(actions).toEqual([
      { owner: 'The Head of Fostering', text: 'Circulate the recruitment figures to members', due: null },
      { owner: 'The Director', text: 'Come back to the Committee with the audit results later in the week', due: 'later in the week' },
      { owner: 'Clerk', text: 'Circulate the slides to members', due: null },
    ]);
  });

  it('reads an action log laid out as a table', () => {
    const log = 'ACTION LOG\n\n| Action | Owner | Due | Status |\n|---|---|---|---|\n| Send the flowchart to members | Marcia Reid | 18 October 2022 | Open |\n| Confirm the exemption | Marcia Reid | 12 July 2022 | Complete |';
    expect(parseMinutes(log).actions).toEqual([{ owner: 'Marcia Reid', text: 'Send the flowchart to members', due: '2022-10-18' }]);
  });
});

describe('house styles of the ninth and tenth sets of real minutes', () => {
  it('reads "It was resolved to" under a heading whose line break lost its full stop, and "Council agreed to"', () => {
    const outcome = parseMinutes(
      [
        '1. Welcome',
        'The Chair welcomed the two new members.',
        '2. Resolution to adopt the revised grants policy',
        'It was resolved to adopt the revised grants policy from April.',
        'Proposed Cllr Hale, seconded Cllr Dunn, all in favour.',
        '3. Hedges',
        'Council agreed to write to the landowner about the overgrown hedge.',
        '4. Village hall',
        'It was agreed unanimously to renew the hall insurance.',
      ].join('\n'),
    );
    expect(outcome.resolutions.map((r) => r.text)).toEqual([
      // The RESOLVED lead-in goes, as with "RESOLVED –"; the vote under it is part of it.
      'to adopt the revised grants policy from April.',
      'Council agreed to write to the landowner about the overgrown hedge.',
      'It was agreed unanimously to renew the hall insurance.',
    ]);
  });

  it('reads an approval after a heading and its colon, and an agenda line with its outcome at the end', () => {
    const outcome = parseMinutes(
      [
        '1. To approve the minutes of the meeting held 4th March: The minutes were signed as a correct record.',
        '2. Year-end accounts',
        'a) To approve the Annual Governance Statement: Approved',
        'b) Sign the certificate of exemption; Executed',
      ].join('\n'),
    );
    expect(outcome.resolutions.map((r) => r.text)).toEqual([
      'The minutes were signed as a correct record.',
      'To approve the Annual Governance Statement: Approved',
      'Sign the certificate of exemption; Executed',
    ]);
  });

  it('reads the minutes approved when a relative clause, an amendment or "these" under a minutes heading tells it', () => {
    const outcome = parseMinutes(
      [
        '1. Minutes',
        'The minutes, which had been circulated beforehand, were agreed and signed.',
        '2. Minutes of the Planning Meeting of 3rd May: These were agreed and signed by the Chairman as a correct record.',
        '3. Notes of the working group',
        'The notes of the working group meeting were amended and approved for signing.',
      ].join('\n\n'),
    );
    expect(outcome.resolutions.map((r) => r.text)).toEqual([
      'The minutes, which had been circulated beforehand, were agreed and signed.',
      'These were agreed and signed by the Chairman as a correct record.',
      'The notes of the working group meeting were amended and approved for signing.',
    ]);
  });

  it('keeps the list that "the following ...:" introduces with the decision', () => {
    const outcome = parseMinutes(
      [
        '4. Sub-committees: The following minutes were received:',
        'a) Allotments Committee held on 2nd May',
        'b) Footpaths Working Group held on 9th May',
        '5. Work programme',
        'It was agreed that the following topics would be added to the work programme:',
        '  • Youth provision in the villages',
        '  • School crossing patrols',
        'The Chair thanked everyone for attending.',
      ].join('\n'),
    );
    expect(outcome.resolutions.map((r) => r.text)).toEqual([
      'The following minutes were received: a) Allotments Committee held on 2nd May b) Footpaths Working Group held on 9th May',
      'It was agreed that the following topics would be added to the work programme: Youth provision in the villages School crossing patrols',
    ]);
  });

  it('tells a short action, or one that says "it", with the matter the paragraph was about', () => {
    const outcome = parseMinutes(
      [
        '7. Highways',
        'The drains outside the school are blocked again. Clerk will notify Highways.',
        '8. Green',
        'A resident had written to the council regarding the broken bench on the green. Cllr Hart promised to look into it.',
      ].join('\n'),
    );
    expect(outcome.actions.map((a) => [a.owner, a.text])).toEqual([
      ['Clerk', 'Notify Highways about the drains outside the school'],
      ['Cllr Hart', 'Look into the broken bench on the green'],
    ]);
  });

  it('tells an action whose object says nothing ("other options", "discuss with …") with what the paragraph was about', () => {
    const outcome = parseMinutes(
      [
        '4. Village hall',
        'A resident spoke to the council about the damp in the village hall kitchen. The Chairman agreed to explore other options.',
        '5. Youth club',
        'Summer sessions for the youth club – no venue yet. Jane will discuss with Amir and Beth.',
        '6. Complaints',
        'Two complaints had come in. One was settled and the second complaint would be reported on at the next Audit Committee meeting.',
      ].join('\n'),
    );
    expect(outcome.actions.map((a) => [a.text, a.due])).toEqual([
      ['Explore other options about the damp in the village hall kitchen', null],
      ['Discuss summer sessions for the youth club with Amir and Beth', null],
      ['Report on the second complaint at the next Audit Committee meeting', 'next Audit Committee meeting'],
    ]);
  });

  it('reads numbered action lines whose owner follows in brackets, as a page that lost its line breaks gives them', () => {
    const outcome = parseMinutes(
      [
        '3. Park Road',
        'Blocked gullies Residents said the gullies on Park Road flood after rain.',
        'Action 1: Report the gullies to the highways team. (J. Patel)',
        'Action 2: Contact Street Care to ask for a sweep of Park Road. (Councillor',
        'Okoro) Bus shelter A resident asked when the shelter would be repaired.',
      ].join(' '),
    );
    expect(outcome.actions.map((a) => [a.owner, a.text])).toEqual([
      ['J. Patel', 'Report the gullies to the highways team'],
      ['Councillor Okoro', 'Contact Street Care to ask for a sweep of Park Road'],
    ]);
  });

  it('finds "after discussion it was resolved" inside a paragraph, leaves the show of hands out, and reads minutes "agreed by members"', () => {
    const outcome = parseMinutes(
      [
        '1. Minutes',
        'The draft minutes of the meeting of 3 May agreed by Council Members. (Cllr Rowe proposed; Cllr Iqbal seconded)',
        '2. Allotments',
        'Two quotes for new water troughs were tabled, after discussion it was Resolved to accept the quote of £240, All agreed – show of hands.',
        '3. Bench',
        'After some discussion it was Resolved to repaint the bench by the pond. All agreed show of hands.',
      ].join('\n'),
    );
    expect(outcome.resolutions.map((r) => r.text)).toEqual([
      expect.stringMatching(/^The draft minutes of the meeting of 3 May agreed by Council Members\./),
      'to accept the quote of £240',
      'to repaint the bench by the pond.',
    ]);
  });

  it('an agenda description, "any ... will be reported" and an invitation to ask questions are not actions', () => {
    const outcome = parseMinutes(
      [
        '7. Fostering update',
        '(To receive a report from the Service Manager, which invites the Panel to review the sufficiency strategy)',
        'Any petitions received in line with the scheme will be reported.',
        'The Service Manager presented the report and invited Members to ask any questions. She would circulate the recruitment figures to members.',
      ].join('\n\n'),
    );
    expect(outcome.actions.map((a) => a.text)).toEqual(['Circulate the recruitment figures to members']);
  });

  it('a request for information answered in the same sentence is not an action; one left open is', () => {
    const outcome = parseMinutes(
      [
        '6. Youth offer',
        'A Member asked for further details of the holiday clubs and Members were advised that places were free for children on free school meals.',
        'Another Member requested figures on attendance at the clubs.',
      ].join('\n'),
    );
    expect(outcome.actions.map((a) => a.text)).toEqual(['Provide figures on attendance at the clubs']);
  });

  it('tells "details" to be sent round with what the sentence before told of', () => {
    const outcome = parseMinutes('4. Libraries\nHoliday reading sessions to take place in branch libraries over the summer. Details to be circulated to members.');
    expect(outcome.actions.map((a) => a.text)).toEqual(['Circulate details of holiday reading sessions to members']);
  });

  it('takes the sentence that decides from a paragraph that first tells the proposal', () => {
    const outcome = parseMinutes('2. Election of Chair\nMr A. Lowe was proposed as Chairman by Mrs Hill and seconded by Mr Stone. Mr A. Lowe was elected unanimously.');
    expect(outcome.resolutions.map((r) => r.text)).toEqual(['Mr A. Lowe was elected unanimously.']);
  });

  it('reads a thing to do after "and" that shares its subject with a thing done', () => {
    const outcome = parseMinutes('3. Training\nThe slides were shown at the meeting and would be emailed to all governors.');
    expect(outcome.actions.map((a) => a.text)).toEqual(['Email the slides to all governors']);
  });

  it('keeps the dates "the following dates be agreed." introduces, full stop or not', () => {
    const outcome = parseMinutes('5. Meeting dates\nRESOLVED\n\nThat the following meeting dates be agreed for 2023.\n\nMonday 6 March 2023 at 2pm;\n\nMonday 5 June 2023 at 2pm.\n\n6. Close');
    expect(outcome.resolutions.map((r) => r.text)).toEqual([
      'That the following meeting dates be agreed for 2023. Monday 6 March 2023 at 2pm; Monday 5 June 2023 at 2pm.',
    ]);
  });

  it('asked how something would work, "details on this" are details on that', () => {
    const outcome = parseMinutes('4. Early help\nMembers questioned how the new locality model would be staffed and the Director agreed to provide details on this after the meeting.');
    expect(outcome.actions.map((a) => a.text)).toEqual(['Provide details on how the new locality model would be staffed']);
  });

  it('parts a numbered decision list whose next entries run on along one line', () => {
    const outcome = parseMinutes('3. Home to school transport\nDECISIONS - the Cabinet Member agreed to:\n1) Consult on the revised transport policy. 2) Publish the final policy by September.');
    expect(outcome.resolutions.map((r) => r.text)).toEqual(['Consult on the revised transport policy.', 'Publish the final policy by September.']);
  });

  it('reads a numbered list of imperative decisions whose RESOLVED the page lost', () => {
    const outcome = parseMinutes(
      [
        'Appointment of an Independent Person',
        'The Monitoring Officer introduced the report.',
        '1)   Authorise the Monitoring Officer to advertise the role of Independent Person;',
        '2)   Agree that the current Independent Person continues until the role is filled; and',
        '3)   Delegate authority to the Chair to agree the interview dates.',
      ].join('\n\n'),
    );
    expect(outcome.resolutions.map((r) => r.text)).toEqual([
      'Authorise the Monitoring Officer to advertise the role of Independent Person',
      'Agree that the current Independent Person continues until the role is filled',
      'Delegate authority to the Chair to agree the interview dates.',
    ]);
  });

  it('reads approvals of a named committee\'s minutes, and things "presented and approved"', () => {
    const outcome = parseMinutes(
      [
        '1. Minutes',
        'The draft minutes of the Audit and Governance Committee held on 4 May, were confirmed as correct.',
        '2. Minutes of the village hall meeting',
        'The minutes of the Village Hall Committee held on 1 June were considered, approved and duly signed.',
        "3. Clerk's report",
        "The Clerk's report was presented and approved.",
      ].join('\n'),
    );
    expect(outcome.resolutions.map((r) => r.text)).toEqual([
      'The draft minutes of the Audit and Governance Committee held on 4 May, were confirmed as correct.',
      'The minutes of the Village Hall Committee held on 1 June were considered, approved and duly signed.',
      "The Clerk's report was presented and approved.",
    ]);
  });

  it('reads information asked for on a point, and a thing to be "reported on"', () => {
    const outcome = parseMinutes(
      [
        '4. Annual report comments',
        '·         Paragraph 3.2 – Exclusions – Further information requested',
        '5. Complaints',
        'The Monitoring Officer said the second complaint would be reported on at the next meeting.',
      ].join('\n'),
    );
    expect(outcome.actions.map((a) => a.text)).toEqual([
      'Provide further information on Exclusions (Paragraph 3.2)',
      'Report on the second complaint at the next meeting',
    ]);
  });

  it('keeps a heading in capitals apart from the minute under it, and reads a decision to instruct as an action', () => {
    const outcome = parseMinutes(
      [
        '- APPROVAL OF MINUTES OF THE MEETINGS HELD ON 14 SEPTEMBER 2023 AND 12 OCTOBER 2023',
        'The minutes of the Parish Meeting held on 14 September 2023 were considered, approved and duly signed.',
        '- VILLAGE HALL',
        '- It was AGREED to instruct a surveyor for the village hall roof.',
        'The Clerk will write to the insurers. | |||||||',
      ].join('\n'),
    );
    expect(outcome.resolutions.map((r) => r.text)).toEqual([
      'The minutes of the Parish Meeting held on 14 September 2023 were considered, approved and duly signed.',
      'to instruct a surveyor for the village hall roof.',
    ]);
    expect(outcome.actions.map((a) => a.text)).toEqual(['Instruct a surveyor for the village hall roof', 'Write to the insurers']);
  });

  it('joins a decision a page broke across a blank line', () => {
    const outcome = parseMinutes(
      '310. Minutes\n\n     RESOLVED that the minutes of the ordinary meeting and of the planning meeting held\n\n     on 2nd June be approved and signed.',
    );
    expect(outcome.resolutions.map((r) => r.text)).toEqual([
      'that the minutes of the ordinary meeting and of the planning meeting held on 2nd June be approved and signed.',
    ]);
  });

  it('reads information promised, a report coming back, and an item for a future agenda, with no one named', () => {
    const outcome = parseMinutes(
      [
        '5. School places',
        'A member asked how many appeals had been lodged this year. The appeals figures for each school will be provided.',
        '6. Balances',
        'The Chair said talks with headteachers had begun and there would be a detailed report back to a future meeting.',
        '7. Questions from the public',
        'The Board agreed that Home to School Transport would be on the agenda at a future meeting.',
      ].join('\n'),
    );
    expect(outcome.actions.map((a) => [a.owner, a.text])).toEqual([
      [null, 'Provide the appeals figures for each school'],
      [null, 'Bring a detailed report back to a future meeting'],
      [null, 'Put Home to School Transport on the agenda at a future meeting'],
    ]);
  });
});

describe('house styles the first real minutes showed', () => {
  it('reads a minute whose number, heading and words share a line', () => {
    const outcome = parseMinutes(
      [
        '401       Welcome. The Chair opened the meeting and thanked the volunteers.',
        '402       Minutes of the meeting held on 3 May were approved and signed by the Chair.',
        '403       Grants. It was agreed to award the youth club £250 towards its summer trip.',
      ].join('\n\n'),
    );
    expect(outcome.resolutions).toEqual([
      { ref: '402', text: 'Minutes of the meeting held on 3 May were approved and signed by the Chair.' },
      { ref: '403', text: 'It was agreed to award the youth club £250 towards its summer trip.' },
    ]);
    expect(outcome.items.map((item) => item.ref)).toEqual(expect.arrayContaining(['401', '403']));
  });

  it('starts a new minute at a numbered heading even when the line above runs on', () => {
    const outcome = parseMinutes(
      'Members AGREED that the allotment rents would stay the same this year\n212 PLAY AREA INSPECTION\n212.1 The minutes of the last meeting were APPROVED.',
    );
    expect(outcome.resolutions.map((r) => r.text)).toEqual([
      'that the allotment rents would stay the same this year',
      'The minutes of the last meeting were APPROVED.',
    ]);
  });

  it('does not take the fields of a decision page for decisions', () => {
    const outcome = parseMinutes(
      'Decision details\n\nDecision Maker: Executive\n\nDecision status: Approved\n\nRESOLVED: That the Executive:\n\n(1) Adopted the parking strategy.\n\n(2) Noted the consultation responses.',
    );
    expect(outcome.resolutions.map((r) => r.text)).toEqual(['Adopted the parking strategy.', 'Noted the consultation responses.']);
  });

  it('reads a lettered list of decisions whose RESOLVED the page lost, with the lines an entry introduces', () => {
    const outcome = parseMinutes(
      [
        'The panel discussed the nominations received.',
        '(a)   the forward plan as set out in the appendix be approved;',
        '(b)   the following members be appointed to the task groups –',
        '        Early Help – Councillor Ada Price',
        '        Fostering – Councillor Ben Ross, and',
        '(c)   the Democratic Services Officer write to all members asking for volunteers for the remaining places and the matter be given further consideration at the next meeting.',
      ].join('\n\n'),
    );
    expect(outcome.resolutions.map((r) => r.text)).toEqual([
      'the forward plan as set out in the appendix be approved',
      'the following members be appointed to the task groups – Early Help – Councillor Ada Price Fostering – Councillor Ben Ross',
      'the Democratic Services Officer write to all members asking for volunteers for the remaining places and the matter be given further consideration at the next meeting.',
    ]);
    expect(outcome.actions.map((a) => a.owner)).toContain('the Democratic Services Officer');
    expect(outcome.actions.map((a) => a.text)).toContain('Write to all members asking for volunteers for the remaining places');
  });

  it('keeps the list a decision introduces with it', () => {
    const outcome = parseMinutes('It was RESOLVED that the Board noted that the following dates had been set for 2025:\n\nMonday 3 March 2025\n\nMonday 2 June 2025');
    expect(outcome.resolutions.map((r) => r.text)).toEqual(['that the Board noted that the following dates had been set for 2025: Monday 3 March 2025 Monday 2 June 2025']);
  });

  it('counts a short formula said again under each application as another decision', () => {
    const outcome = parseMinutes(
      'Planning applications:\n- 25/0101 Rose Cottage\nRear extension.\nAGREED to raise no objection\n- 25/0102 Mill Lane\nNew garage.\nAGREED to raise no objection',
    );
    expect(outcome.resolutions.map((r) => r.text)).toEqual(['to raise no objection', 'to raise no objection']);
  });

  it('reads running minute numbers before sentences, and decisions written in the active or as a short line', () => {
    const outcome = parseMinutes(
      [
        '88 Apologies for absence: none.',
        '89 The trustees received and noted the minutes of the June meeting.',
        '90 Grass cutting contract',
        'Contract approved',
        '91 The broken gate is to be repaired. The Clerk will enquire with the insurer about the claim.',
      ].join('\n\n'),
    );
    expect(outcome.resolutions.map((r) => [r.ref, r.text])).toEqual([
      ['89', 'The trustees received and noted the minutes of the June meeting.'],
      ['90', 'Contract approved'],
    ]);
    expect(outcome.actions.map((a) => a.text)).toEqual(expect.arrayContaining(['Repair the broken gate', 'Enquire with the insurer about the claim']));
  });

  it("reads a cabinet's RECOMMENDED as its decision, and agenda headings in capitals that start with TO", () => {
    const outcome = parseMinutes(
      'C101/24 4. TO RECEIVE THE MINUTES OF THE FINANCE COMMITTEE.\n\nMembers received and noted the minutes.\n\nC102/24 5. TO RECEIVE THE MINUTES OF THE GROUNDS COMMITTEE.\n\nMembers received and noted the minutes.\n\nRECOMMENDED that the revised budget be adopted by Council.',
    );
    expect(outcome.items.map((item) => item.ref)).toEqual(['C101/24', 'C102/24']);
    expect(outcome.resolutions.map((r) => r.text)).toEqual([
      'Members received and noted the minutes.',
      'Members received and noted the minutes.',
      'that the revised budget be adopted by Council.',
    ]);
  });

  it('finds the action in "That, Officers ..." and "Agree that ... is completed"', () => {
    const { actions } = parseMinutes(
      'RESOLVED that Cabinet:\n\n1. That, Officers review the charging policy in the light of the consultation.\n\n2. Agree that an equality impact assessment is completed before any change is made.',
    );
    expect(actions).toEqual([
      { owner: 'Officers', text: 'Review the charging policy in the light of the consultation', due: null },
      { owner: null, text: 'Complete an equality impact assessment before any change is made', due: null },
    ]);
  });

  it('reads numbered paragraphs under a lead-in, a list that goes on after a table caption, and a list whose first entry shares the RESOLVED line', () => {
    const numbered = parseMinutes('RESOLVED that the Executive:\n4.1 Approved the play strategy;\n4.2 Noted the consultation responses.');
    expect(numbered.resolutions.map((r) => r.text)).toEqual(['Approved the play strategy', 'Noted the consultation responses.']);
    const captioned = parseMinutes(
      'RESOLVED:\n\ni) Cabinet agrees to open the hubs listed in Table 1.\n\nTable 1\n\nSites to become hubs\n\nii) Cabinet agrees to close the sites listed in Table 2.',
    );
    expect(captioned.resolutions.map((r) => r.text)).toEqual(['Cabinet agrees to open the hubs listed in Table 1.', 'Cabinet agrees to close the sites listed in Table 2.']);
    const inline = parseMinutes('RESOLVED: (1) That the Panel noted the report.\n(2) That the Panel approved the terms of reference.');
    expect(inline.resolutions.map((r) => r.text)).toEqual(['That the Panel noted the report.', 'That the Panel approved the terms of reference.']);
  });

  it('reads "T H A T", "RECOMMENDED – THAT", short approvals of the minutes, and "It was agreed to" in the middle of a paragraph', () => {
    const outcome = parseMinutes(
      [
        '1. MINUTES',
        'RECOMMENDED – T H A T the minutes of the meeting held on 3 May be approved as a correct record.',
        '2. PREVIOUS MINUTES',
        'The minutes were agreed',
        '3. PLAY AREA',
        'The swing seat is broken. A quote of £200 was received. It was agreed to replace the seat before the summer.',
      ].join('\n\n'),
    );
    expect(outcome.resolutions.map((r) => r.text)).toEqual([
      'THAT the minutes of the meeting held on 3 May be approved as a correct record.',
      'The minutes were agreed',
      'It was agreed to replace the seat before the summer.',
    ]);
  });

  it('reads actions owned by initials, practical jobs, uploads, and a request for figures with nobody named', () => {
    const { actions } = parseMinutes(
      [
        '(12/24)   Village fete - JP would contact the brass band.',
        'RESOLUTION: Mrs Ann Lee will collect the litter pickers from the depot.',
        'RESOLUTION: The old benches to be taken away and replaced.',
        'The slides would be uploaded to the council website.',
        'Councillor Shah requested a breakdown of the grant spending by ward.',
      ].join('\n\n'),
    );
    expect(actions).toEqual([
      { owner: 'JP', text: 'Contact the brass band', due: null },
      { owner: 'Mrs Ann Lee', text: 'Collect the litter pickers from the depot', due: null },
      { owner: null, text: 'Take the old benches away and replace', due: null },
      { owner: null, text: 'Upload the slides to the council website', due: null },
      { owner: null, text: 'Provide a breakdown of the grant spending by ward', due: null },
    ]);
  });

  it('finds who will do what after "to note that", "and ask", a scene-setting clause and "would need to be"; what a decision allows is no task', () => {
    const { actions } = parseMinutes(
      [
        'RESOLVED:',
        '(a) to note that the Head of Service would liaise with the housing team on the new tenancies;',
        '(b) noted the report and ask the Audit Panel to review the risk register.',
        'As the hall was damp the clerk would hire a heater for the week. The fire alarms would need to be checked before the fete.',
        'RESOLVED: Agreed the annual report meets the guidance and can be published on the website.',
      ].join('\n\n'),
    );
    expect(actions).toEqual([
      { owner: 'the Head of Service', text: 'Liaise with the housing team on the new tenancies', due: null },
      { owner: 'the Audit Panel', text: 'Review the risk register', due: null },
      { owner: 'the clerk', text: 'Hire a heater for the week', due: null },
      { owner: null, text: 'Check the fire alarms before the fete', due: null },
    ]);
  });

  it('a report that "would include" something is where to put it; a meeting on a date becomes the due date', () => {
    const { actions } = parseMinutes(
      'It was agreed that the budget report to be submitted to the meeting of the Panel on 4 March 2025 would include the reserves position.\n\nThe Director would prepare a report on school meals for the meeting of the Committee scheduled for 23 November 2025.',
    );
    expect(actions).toEqual([
      { owner: null, text: 'Include the reserves position in the budget report to be submitted to the Panel', due: '2025-03-04' },
      { owner: 'The Director', text: 'Prepare a report on school meals for the Committee', due: '2025-11-23' },
    ]);
  });

  it('reads motions proposed and seconded, "Agreed by all that", councillors agreeing, notes confirmed, and an action column\'s initials', () => {
    const outcome = parseMinutes(
      [
        '41/24 MINUTES',
        'Proposed to approve the minutes by Cllr Hale. Seconded by Cllr Ross. All in favour.',
        '42/24 GRANTS',
        'Proposed by Cllr Ross, seconded by Cllr Hale, that £300 be given to the scouts.',
        '43/24 PLAY AREA',
        'Agreed by all that the broken swing be replaced.',
        '44/24 STANDING ORDERS',
        'Councillors agreed to suspend Standing Orders for the item.',
        '45/24 NOTES',
        'The Draft Notes were confirmed without amendment.',
        '46/24 GRASS',
        'Jenny will contact the contractor about the verges. / JB',
      ].join('\n\n'),
    );
    expect(outcome.resolutions.map((r) => r.text)).toEqual([
      'Proposed to approve the minutes by Cllr Hale. Seconded by Cllr Ross. All in favour.',
      'Proposed by Cllr Ross, seconded by Cllr Hale, that £300 be given to the scouts.',
      'that the broken swing be replaced.',
      'Councillors agreed to suspend Standing Orders for the item.',
      'The Draft Notes were confirmed without amendment.',
    ]);
    expect(outcome.actions).toContainEqual({ owner: 'JB', text: 'Contact the contractor about the verges', due: null });
  });

  it('a task delegated to a post is its action; "should be offered" is one too; "Agreed by all that" in a paragraph is its own decision', () => {
    const delegated = parseMinutes(
      'RESOLVED:\n\n1) That the strategy be approved.\n\n2) That authority be delegated to the Director of Education, in consultation with the Cabinet Member, to finalise the action plan before its publication.',
    );
    expect(delegated.actions).toContainEqual({ owner: 'the Director of Education', text: 'Finalise the action plan before its publication', due: null });
    const offered = parseMinutes('Parish councillors should be offered a briefing on the new scheme.');
    expect(offered.actions).toEqual([{ owner: null, text: 'Offer Parish councillors a briefing on the new scheme', due: null }]);
    const agreed = parseMinutes('A new quote for the bench was circulated. Agreed by all that the bench be repainted. The Clerk reported on the hall.');
    expect(agreed.resolutions.map((r) => r.text)).toEqual(['that the bench be repainted.']);
  });

  it('reads elections, appointments and approvals a parish writes in narrative', () => {
    const outcome = parseMinutes(
      [
        '1. ELECTION OF CHAIR',
        'Mrs Patel was elected unanimously.',
        '2. APPOINTMENTS',
        'We appointed Councillor Owen as Vice-Chair.',
        '3. FINANCE',
        "Payment of the clerk's expenses was approved in the sum of £40.",
        '4. MINUTES',
        'Minutes of previous meeting were approved and signed.',
      ].join('\n\n'),
    );
    expect(outcome.resolutions.map((r) => r.text)).toEqual([
      'Mrs Patel was elected unanimously.',
      'We appointed Councillor Owen as Vice-Chair.',
      "Payment of the clerk's expenses was approved in the sum of £40.",
      'Minutes of previous meeting were approved and signed.',
    ]);
  });

  it('reads numbered action lines, a purchase agreed, and a thing to be put somewhere', () => {
    const { actions } = parseMinutes(
      [
        'Action 1: Contact the highways team about the flooding on Mill Lane.',
        'It was agreed that a new noticeboard should be purchased for the green.',
        'A notice about dog fouling will be put in the village magazine.',
      ].join('\n\n'),
    );
    expect(actions).toEqual([
      { owner: null, text: 'Contact the highways team about the flooding on Mill Lane', due: null },
      { owner: null, text: 'Purchase a new noticeboard for the green', due: null },
      { owner: null, text: 'Put a notice about dog fouling in the village magazine', due: null },
    ]);
  });

  it('reads decisions a parish records as bullets, minutes numbered "2/", and names with initials', () => {
    const outcome = parseMinutes(
      [
        '1. Minutes of the previous meeting',
        '• The minutes of the meeting held on 3 May were approved.',
        '2. Play area',
        '• The swing is broken. It was agreed to replace the seat.',
        '• Cllr Reed reported on the hedges.',
        '7/ Apologies from Cllr Hunt.',
        '8/ Minutes of previous meeting were approved and signed',
        'We elected County Councillor J. Smith as Chair of the Committee.',
      ].join('\n\n'),
    );
    expect(outcome.resolutions.map((r) => r.text)).toEqual([
      'The minutes of the meeting held on 3 May were approved.',
      'It was agreed to replace the seat.',
      'Minutes of previous meeting were approved and signed',
      'We elected County Councillor J. Smith as Chair of the Committee.',
    ]);
  });

  it('a parish "Agreed that" is its own sentence; "it was agreed" after a comma; "Proposed ... sec ..."', () => {
    const outcome = parseMinutes(
      [
        '1. BUILDING',
        'Agreed that the roof repairs be carried out. Clerk to find a contractor.',
        '2. HALL',
        'The chair had spoken to the builder, it was agreed to keep the old floor.',
        '3. MINUTES',
        'Signed as true by Chair. Proposed by GB sec all.',
      ].join('\n\n'),
    );
    expect(outcome.resolutions.map((r) => r.text)).toEqual([
      'that the roof repairs be carried out.',
      'it was agreed to keep the old floor.',
      'Proposed by GB sec all.',
    ]);
  });

  it('reads "..., Clerk to write to the owner", "Clerk will notify", and "X to be pointed to Y"', () => {
    const { actions } = parseMinutes(
      [
        'The hedge at the school is blocking the path, Clerk to write to the owner.',
        'Two of the signs are illegible. Clerk will notify the highways team.',
        'The resident is to be pointed to the road safety partnership.',
      ].join('\n\n'),
    );
    expect(actions).toEqual([
      // Told with what the paragraph was about, as an officer reading the action alone needs.
      { owner: 'Clerk', text: 'Write to the owner about the hedge at the school', due: null },
      { owner: 'Clerk', text: 'Notify the highways team about two of the signs', due: null },
      { owner: null, text: 'Point the resident to the road safety partnership', due: null },
    ]);
  });

  it('keeps "before the next meeting" out of the action and in its due date', () => {
    const { actions } = parseMinutes('Action – the Clerk to book the village hall for the open day before the next meeting.');
    expect(actions).toEqual([{ owner: 'the Clerk', text: 'Book the village hall for the open day', due: 'next meeting' }]);
  });
});

describe('parish shorthand: tasks set down without a sentence around them', () => {
  const minutes = (...paragraphs: string[]) =>
    ['1. Apologies', 'None.', '2. Village matters', ...paragraphs, '3. Date of next meeting', 'Tuesday 4 March.'].join('\n\n');

  it('reads who does what after a narrative agreement in the same paragraph', () => {
    const { resolutions, actions } = parseMinutes(minutes('Agreed that the bus shelter glass be replaced. Clerk to obtain three quotes.'));
    expect(resolutions.map((resolution) => resolution.text)).toEqual(['that the bus shelter glass be replaced.']);
    expect(actions).toContainEqual({ owner: 'Clerk', text: 'Obtain three quotes', due: null });
  });

  it('tells a bare "to chase" or "to pursue" with the matter named before it', () => {
    const { actions } = parseMinutes(
      minutes(
        'Drainage survey still awaited Clerk to chase',
        'Allotment lease: No reply from the diocese. Mr Patel to pursue.',
        'The footbridge over the brook near Mill Farm is in a poor state of repair. Cllr Owen to investigate.',
      ),
    );
    expect(actions).toEqual([
      { owner: 'Clerk', text: 'Chase drainage survey', due: null },
      { owner: 'Mr Patel', text: 'Pursue allotment lease', due: null },
      { owner: 'Cllr Owen', text: 'Investigate the footbridge over the brook near Mill Farm', due: null },
    ]);
  });

  it('reads a matters-arising list flattened into one paragraph, each matter under its earlier minute number', () => {
    const { actions } = parseMinutes(
      minutes(
        'Matters arising: Item 4 The noticeboard glass is cracked – Action: Clerk to order a new pane Item 6 Cllr Hale reported the footpath survey is complete.',
        '(4.2) Dog bin on Mill Lane – RT to ask the district council to empty it weekly.',
      ),
    );
    expect(actions).toEqual([
      { owner: 'Clerk', text: 'Order a new pane', due: null },
      { owner: 'RT', text: 'Ask the district council to empty it weekly', due: null },
    ]);
  });

  it('reads a request agreed to in the next sentence as an action of the one asked', () => {
    const { actions } = parseMinutes(
      minutes('Cllr Ward asked whether the Youth Service Manager could bring the survey results to the next meeting. The Youth Service Manager agreed.'),
    );
    expect(actions).toEqual([{ owner: 'the Youth Service Manager', text: 'Bring the survey results to the next meeting', due: 'next meeting' }]);
    // Asked, but nobody said yes: no action.
    expect(parseMinutes(minutes('Cllr Ward asked whether the Youth Service Manager could bring the survey results.')).actions).toEqual([]);
  });

  it('takes a motion proposed, seconded and agreed as "that ..."', () => {
    const { resolutions } = parseMinutes(minutes('Mrs Lowe proposed, Mr Dean seconded, and it was unanimously agreed that the hall hire charge be held at £12 an hour.'));
    expect(resolutions.map((resolution) => resolution.text)).toEqual(['that the hall hire charge be held at £12 an hour.']);
  });

  it('a short "X to be done" line is a task with nobody named; an agenda line or a clause that goes on is not', () => {
    const { actions } = parseMinutes(
      minutes(
        'The new lease to be sent to the solicitor.',
        'Members to declare any interests in the matters to be discussed.',
        'Items to be taken in private session.',
        'He explained the procedure to be followed at the hearing.',
        'Additionally, the highways team to be contacted about the flooding.',
      ),
    );
    expect(actions).toEqual([
      { owner: null, text: 'Send the new lease to the solicitor', due: null },
      { owner: null, text: 'Contact the highways team about the flooding', due: null },
    ]);
  });

  it('reads "Will ..." points under someone who attended and reported, as that person\'s', () => {
    const { actions } = parseMinutes(
      minutes(
        'Sarah Bell, the County Highways Steward attended the meeting and reported the following:',
        '(i) The verges have been cut.',
        '(ii) Will chase up the blocked drain on Mill Lane',
      ),
    );
    expect(actions).toEqual([{ owner: 'Sarah Bell', text: 'Chase up the blocked drain on Mill Lane', due: null }]);
  });

  it('reads "[a]" as a list marker, and a bare "will chase" with the matter its own sentence tells', () => {
    const { actions } = parseMinutes(
      minutes('[a] Village sign – ongoing.', '[b] A hedge survey along Church Lane has been requested but the officers are busy – Cllr Moss will chase.'),
    );
    expect(actions).toEqual([{ owner: 'Cllr Moss', text: 'Chase a hedge survey along Church Lane', due: null }]);
  });

  it('a matter before a dash heads a task set down; the task is what follows it', () => {
    const { actions } = parseMinutes(minutes('Lighting at the pavilion – insurance cover to be researched.'));
    expect(actions).toEqual([{ owner: null, text: 'Research insurance cover for lighting at the pavilion', due: null }]);
  });

  it('ends a task where someone else\'s thought begins', () => {
    const { actions } = parseMinutes(
      minutes('Cllr Dale will ask two contractors for quotes for the hedge, he also felt the footpath officer could be asked for advice.'),
    );
    expect(actions).toEqual([{ owner: 'Cllr Dale', text: 'Ask two contractors for quotes for the hedge', due: null }]);
  });

  it('does not take "Agreed that" as part of what is to be done', () => {
    const { actions } = parseMinutes(minutes('The clerk circulated a quote for the gate. Agreed by all that the gate could be repaired in-house.'));
    expect(actions).toEqual([{ owner: null, text: 'Repair the gate in-house', due: null }]);
  });
});

describe('several decisions in one paragraph, wording below a decision, and who does what in narrative', () => {
  const minutes = (...paragraphs: string[]) =>
    ['1. Apologies', 'None.', '2. Village matters', ...paragraphs, '3. Date of next meeting', 'Tuesday 4 March.'].join('\n\n');

  it('reads each "it was agreed" of a paragraph, after "Following discussion" or "In addition" too', () => {
    const { resolutions } = parseMinutes(
      minutes(
        'The clerk has resigned. Following discussion it was agreed that Cllr Hart would open the post each week. ' +
          'The chair thanked her. In addition it was agreed that Cllr Lowe would ask the county association about a locum clerk.',
      ),
    );
    expect(resolutions.map((r) => r.text)).toEqual([
      'it was agreed that Cllr Hart would open the post each week.',
      'it was agreed that Cllr Lowe would ask the county association about a locum clerk.',
    ]);
  });

  it('reads "it was agreed not to" after a comma, then a carried vote and a later "Agreed by all" in the same paragraph', () => {
    const { resolutions } = parseMinutes(
      minutes(
        'The chair had spoken to the roofer about slates, it was agreed not to use reclaimed ones. ' +
          'JB proposed accepting the lower quote, KT seconded the proposal, agreed by all. Agreed by all that the gift was generous and a card of thanks should be sent.',
      ),
    );
    expect(resolutions.map((r) => r.text)).toEqual([
      'it was agreed not to use reclaimed ones.',
      'JB proposed accepting the lower quote, KT seconded the proposal',
      'that the gift was generous and a card of thanks should be sent.',
    ]);
  });

  it('takes the wording a decision introduces "as follows:" into it, and reads no task from quoted wording', () => {
    const { resolutions, actions } = parseMinutes(
      minutes(
        '4. Minutes',
        'RESOLVED: that the minutes of the meeting of 3 May be agreed as a correct record subject to the transport paragraph being amended to read as follows:',
        '"Members asked about bus passes and it was agreed this would be investigated."',
        '5. Work programme',
        'The work programme was discussed.',
      ),
    );
    expect(resolutions[0]?.text).toMatch(/as follows: "Members asked about bus passes .* investigated\."$/);
    expect(actions).toEqual([]);
  });

  it('reads two people named together, a person acting "as" something, and "would like to"', () => {
    const { actions } = parseMinutes(
      minutes(
        'It was agreed that the duties be shared: Alan Price and Mary Stone would reply to letters sent to the council. ' +
          'Cllr Joan Hale as the longest-serving member would attend the bank and update the mandate. JT would like to send thanks to the volunteers.',
      ),
    );
    expect(actions).toEqual([
      { owner: 'Alan Price and Mary Stone', text: 'Reply to letters sent to the council', due: null },
      { owner: 'Cllr Joan Hale', text: 'Attend the bank and update the mandate', due: null },
      { owner: 'JT', text: 'Send thanks to the volunteers', due: null },
    ]);
  });

  it('reads "X shared Y which would be incorporated into Z" as a task on Y, ending where another subject begins', () => {
    const { actions } = parseMinutes(
      minutes('The Policy Officer shared a note on the survey results which would be incorporated into the final report and Members thanked her.'),
    );
    expect(actions).toEqual([{ owner: 'The Policy Officer', text: 'Incorporate a note on the survey results into the final report', due: null }]);
  });

  it('keeps the terms listed below a whole decision with it, and still reads who does what in them', () => {
    const { resolutions, actions } = parseMinutes(
      minutes(
        'AGREED: That the tender from Green Lawns be accepted',
        'i) 8 cuts a year for the village green',
        'ii) 4 cuts a year for the churchyard. The Clerk to write to the diocese about access.',
      ),
    );
    expect(resolutions[0]?.text).toBe('That the tender from Green Lawns be accepted i) 8 cuts a year for the village green ii) 4 cuts a year for the churchyard.');
    expect(actions).toContainEqual({ owner: 'The Clerk', text: 'Write to the diocese about access', due: null });
  });

  it('reads "The council approved the following ...", minutes "passed by resolution", and a sentence a page broke across a gap', () => {
    const { resolutions } = parseMinutes(
      minutes(
        'The council approved the following payments: Hedgecraft £120.00; J. Wood',
        '£35.00; the Village Hall £60.',
        'With this correction the minutes of the June meeting were passed by resolution of the council.',
      ),
    );
    expect(resolutions.map((r) => r.text)).toEqual([
      'The council approved the following payments: Hedgecraft £120.00; J. Wood £35.00; the Village Hall £60.',
      'With this correction the minutes of the June meeting were passed by resolution of the council.',
    ]);
  });

  it('reads a flattened matters-arising list: "Item 9 The X needs to be replaced – Action: Y"', () => {
    const { actions } = parseMinutes(
      minutes('Matters arising – Item 6 The solicitor has the deeds. Item 9 The boiler in the hall needs to be replaced – Action: Councillor Hale. Item 11 Dates were noted.'),
    );
    expect(actions).toEqual([{ owner: 'Councillor Hale', text: 'Replace the boiler in the hall', due: null }]);
  });

  it('keeps a task going past "where possible", and leaves its month to the due date', () => {
    const { actions } = parseMinutes(
      minutes('A report would be provided to this Committee in September setting out the costs and where possible the options considered.'),
    );
    expect(actions).toEqual([{ owner: null, text: 'Provide a report to this Committee setting out the costs and the options considered', due: 'September' }]);
  });

  it('reads "The clerk is also to ..." and "that A and B be authorised to ..."', () => {
    const { actions } = parseMinutes(
      minutes(
        'Option B was preferred. The clerk is also to ask the county what the plans are for the lay-by.',
        'Mr Lee proposed, Mrs Shaw seconded, and it was agreed that Mr Lee and Mrs Shaw be authorised to complete the survey on behalf of the council.',
      ),
    );
    expect(actions).toEqual([
      { owner: 'The clerk', text: 'Ask the county what the plans are for the lay-by', due: null },
      { owner: 'Mr Lee and Mrs Shaw', text: 'Complete the survey on behalf of the council', due: null },
    ]);
  });

  it('reads "the list had now been updated and would be circulated" and "officers are looking into ..."', () => {
    const { actions } = parseMinutes(
      minutes(
        'The rota had now been revised and would be circulated to members.',
        'Basic checks are complete – officers are looking into the cost of enhanced checks.',
        'The bench is broken – the clerk is chasing the contractor for a date.',
      ),
    );
    expect(actions).toEqual([
      { owner: null, text: 'Circulate the rota to members', due: null },
      { owner: 'officers', text: 'Look into the cost of enhanced checks', due: null },
      { owner: 'the clerk', text: 'Chase the contractor for a date', due: null },
    ]);
  });

  it('drops a table\'s header or a bare name read as an action', () => {
    const table = [
      'Present           A HOLT',
      '',
      'No.                 Item                                  Action                                     By             By',
      '                                                                                                     When?       Whom?',
      '1     Apologies                           \u2022   R Hunt                                                     LC',
      '                                          \u2022   S Ward',
      '                                          \u2022   T Lane',
    ].join('\n');
    const texts = parseMinutes(table).actions.map((action) => action.text);
    for (const label of ['Whom?', 'Apologies', 'S Ward', 'T Lane']) expect(texts).not.toContain(label);
  });
});

describe('an action that introduces a list', () => {
  it('"agreed that the following items will be added to the forward plan:" keeps the items listed below it', () => {
    const minutes = [
      '5. Forward plan',
      '',
      'The Panel noted its forward plan.',
      '',
      'It was agreed that the following items will be added to the forward plan:',
      '',
      '  \u2022 Youth offending reoffending rates',
      '  \u2022 School place planning for September',
      '',
      'The meeting closed at 8pm.',
    ].join('\n');
    const texts = parseMinutes(minutes).actions.map((action) => action.text);
    expect(texts.some((text) => text.includes('Youth offending reoffending rates') && text.includes('School place planning for September'))).toBe(true);
  });
});

describe('minutes that are not minutes', () => {
  it('finds nothing in junk, and never throws', () => {
    const junk = ['', '   \n\n  ', 'hello', '\u0000\u0001\u0002binary\uFFFD\uD800', '{"json": true}', 'lorem ipsum '.repeat(2000), '1.\n2.\n(a)\nRESOLVED', 'RESOLVED:', 'Action:', String.fromCharCode(...Array.from({ length: 5000 }, (_, i) => (i * 7919) % 0xd7ff))];
    for (const text of junk) {
      const outcome = parseMinutes(text);
      expect(outcome.resolutions, JSON.stringify(text.slice(0, 20))).toEqual([]);
      expect(outcome.actions, JSON.stringify(text.slice(0, 20))).toEqual([]);
      expect(MinutesOutcomeSchema.safeParse(outcome).success).toBe(true);
    }
    expect(() => parseMinutes(undefined as unknown as string)).not.toThrow();
  });

  it('counts the same item pasted many times once', () => {
    const seed = readFileSync(join(FIXTURES, 'seed-002.txt'), 'utf8');
    const outcome = parseMinutes(Array.from({ length: 20 }, () => seed).join('\n\n'));
    expect(outcome.resolutions.map((r) => r.ref)).toEqual(['23.3.1', '23.3.2', '23.3.3', '23.3.4']);
    expect(outcome.actions).toHaveLength(7);
  });

  it('reads 200 KB of minutes in well under two seconds', () => {
    const seeds = cases.map((c) => c.text).join('\n\n');
    const big = seeds.repeat(Math.ceil(200_000 / seeds.length)).slice(0, 200_000);
    const started = performance.now();
    const outcome = parseMinutes(big);
    expect(performance.now() - started).toBeLessThan(2000);
    expect(outcome.resolutions.length).toBeGreaterThan(0);
  });
});

describe('owners and areas', () => {
  const data = PlanDataSchema.parse(JSON.parse(readFileSync(join(ROOT, 'data', 'children-first.json'), 'utf8')));
  const owner = (phrase: string): string | undefined => matchOwner(phrase, data.people)?.id;

  it('matches an owner by job title, by name, or by role', () => {
    expect(owner('The Assistant Director – Corporate Parenting')).toBe('ruth-okafor');
    expect(owner('The Assistant Director Corporate Parenting')).toBe('ruth-okafor');
    expect(owner('Assistant Director - Early Help')).toBe('tom-brennan');
    expect(owner('The Children First Transformation Director')).toBe('daniel-cross');
    expect(owner('The Deputy Director')).toBe('priya-shah');
    expect(owner("The Director of Children's Services")).toBe('morgan-hale');
    expect(owner('the Cabinet Member')).toBe('jo-pearce');
    expect(owner('Head of Fostering')).toBe('leo-fitzgerald');
    expect(owner('the Principal Social Worker')).toBe('grace-adeyemi');
    expect(owner('PSW')).toBe('grace-adeyemi');
    expect(owner('the Clerk')).toBe('chris-dunn');
    expect(owner('Ruth Okafor')).toBe('ruth-okafor');
    expect(owner('Ms Okafor')).toBe('ruth-okafor');
    expect(owner('Cllr Pearce')).toBe('jo-pearce');
    expect(owner('Helen')).toBe('helen-marsh');
    expect(owner('Clerk')).toBe('chris-dunn');
  });

  it('lets the title decide when the name beside it is nobody in the plan', () => {
    expect(owner('The Children First Transformation Director, Mr Clark')).toBe('daniel-cross');
    expect(owner('The Cabinet Member for Children and Young People, Cllr Russell')).toBe('jo-pearce');
    expect(owner('Mr Clark')).toBeUndefined();
    expect(owner('Cllr Russell')).toBeUndefined();
  });

  it('leaves the choice to the clerk when more than one person, or nobody, fits', () => {
    expect(owner('the Director')).toBeUndefined();
    expect(owner('The Assistant Director')).toBeUndefined();
    expect(owner('the Head of Service')).toBeUndefined();
    expect(owner('the Chairman')).toBeUndefined();
    expect(owner('officers')).toBeUndefined();
    expect(owner('The Committee')).toBeUndefined();
  });

  it('reads an action typed in a meeting chat', () => {
    expect(parseChatAction('Helen Marsh to circulate the audit by 28 Feb')).toEqual({ owner: 'Helen Marsh', text: 'Circulate the audit', due: '28 Feb' });
    expect(parseChatAction('the Clerk will book a room for the next meeting')).toEqual({ owner: 'the Clerk', text: 'Book a room', due: 'the next meeting' });
  });

  it('suggests the area the action is about, and none when it is unclear', () => {
    const area = (text: string): number | undefined => suggestArea(text, data.plan.areas);
    expect(area('Provide an update on life story work training')).toBe(7);
    expect(area('Circulate the quality assurance audit schedule')).toBe(9);
    expect(area('Report on the recruitment and retention of social workers')).toBe(10);
    expect(area("Keep the Committee updated on care leavers' accommodation")).toBe(11);
    expect(area('Share the learning with partner agencies')).toBe(12);
    expect(area('Update the Committee on supervision and management oversight')).toBe(8);
    expect(area('Write to the Secretary of State')).toBeUndefined();
    expect(area('Report on permanence and on recruitment')).toBeUndefined();
  });
});

describe('minutes written without sight of the parser (tests/minutes/blind)', () => {
  const BLIND = join(__dirname, 'blind');
  it.runIf(existsSync(BLIND))('keeps resolution F1 at 0.9 or better and action F1 at 0.85 or better', () => {
    const files = readdirSync(BLIND).filter((file) => file.endsWith('.txt'));
    const totals = { resolutions: { matched: 0, expected: 0, found: 0 }, actions: { matched: 0, expected: 0, found: 0 } };
    for (const file of files) {
      const expected = MinutesOutcomeSchema.parse(JSON.parse(readFileSync(join(BLIND, file.replace(/\.txt$/, '.expected.json')), 'utf8')));
      const found = parseMinutes(readFileSync(join(BLIND, file), 'utf8'));
      for (const kind of ['resolutions', 'actions'] as const) {
        const s = score(expected[kind].map((x) => x.text), found[kind].map((x) => x.text));
        totals[kind].matched += s.matched;
        totals[kind].expected += s.expected;
        totals[kind].found += s.found;
      }
    }
    const f1 = ({ matched, expected, found }: { matched: number; expected: number; found: number }) => (2 * matched) / (expected + found);
    expect(files.length).toBeGreaterThanOrEqual(10);
    expect(f1(totals.resolutions)).toBeGreaterThanOrEqual(0.9);
    expect(f1(totals.actions)).toBeGreaterThanOrEqual(0.85);
  });
});

describe('npm run minutes', () => {
  const tsx = join(ROOT, 'node_modules', '.bin', 'tsx');
  const cli = join(ROOT, 'src', 'cli', 'minutes.ts');

  it('prints one contract object per file, one per line, in order', () => {
    const files = ['seed-002.txt', 'seed-001.txt'].map((file) => join(FIXTURES, file));
    const lines = execFileSync(tsx, [cli, '--json', ...files], { cwd: ROOT, encoding: 'utf8' }).trim().split('\n');
    expect(lines).toHaveLength(2);
    const [first, second] = lines.map((line) => JSON.parse(line) as Record<string, unknown>);
    expect(Object.keys(first ?? {})).toEqual(['committee', 'meetingDate', 'items', 'resolutions', 'actions']);
    expect(MinutesOutcomeSchema.parse(first).resolutions.map((r) => r.ref)).toEqual(['23.3.1', '23.3.2', '23.3.3', '23.3.4']);
    expect(MinutesOutcomeSchema.parse(second).resolutions).toEqual([]);
  });

  it('reads .docx minutes', async () => {
    const dir = mkdtempSync(join(tmpdir(), 'minutes-docx-'));
    const file = join(dir, 'minutes.docx');
    writeFileSync(file, await docx(['Corporate Parenting Panel - 11 October 2022', 'RESOLVED: That the Local Offer be approved.', 'The Head of Fostering agreed to send the flowchart to members.']));
    const outcome = MinutesOutcomeSchema.parse(JSON.parse(execFileSync(tsx, [cli, '--json', file], { cwd: ROOT, encoding: 'utf8' })));
    expect(outcome.committee).toBe('Corporate Parenting Panel');
    expect(outcome.meetingDate).toBe('2022-10-11');
    expect(outcome.resolutions).toEqual([{ ref: '1', text: 'That the Local Offer be approved.' }]);
    expect(outcome.actions).toEqual([{ owner: 'The Head of Fostering', text: 'Send the flowchart to members', due: null }]);
  });

  it('says which file is missing, on one line, and exits 2', () => {
    const result = spawnSync(tsx, [cli, '--json', join(FIXTURES, 'seed-000.txt'), join(FIXTURES, 'no-such-minutes.txt')], { cwd: ROOT, encoding: 'utf8' });
    expect(result.status).toBe(2);
    expect(result.stdout).toBe('');
    expect(result.stderr.trim().split('\n')).toHaveLength(1);
    expect(result.stderr).toContain('no-such-minutes.txt');
  });
});

/** A minimal Word document with one paragraph per line. */
function docx(paragraphs: readonly string[]): Promise<Buffer> {
  const escape = (text: string) => text.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;');
  const body = paragraphs.map((text) => `<w:p><w:r><w:t xml:space="preserve">${escape(text)}</w:t></w:r></w:p>`).join('');
  const zip = new yazl.ZipFile();
  zip.addBuffer(Buffer.from('<?xml version="1.0" encoding="UTF-8"?><Types xmlns="http://schemas.openxmlformats.org/package/2006/content-types"><Default Extension="rels" ContentType="application/vnd.openxmlformats-package.relationships+xml"/><Default Extension="xml" ContentType="application/xml"/><Override PartName="/word/document.xml" ContentType="application/vnd.openxmlformats-officedocument.wordprocessingml.document.main+xml"/></Types>'), '[Content_Types].xml');
  zip.addBuffer(Buffer.from('<?xml version="1.0" encoding="UTF-8"?><Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships"><Relationship Id="rId1" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/officeDocument" Target="word/document.xml"/></Relationships>'), '_rels/.rels');
  zip.addBuffer(Buffer.from(`<?xml version="1.0" encoding="UTF-8" standalone="yes"?><w:document xmlns:w="http://schemas.openxmlformats.org/wordprocessingml/2006/main"><w:body>${body}</w:body></w:document>`), 'word/document.xml');
  zip.end();
  return new Promise((resolve, reject) => {
    const chunks: Buffer[] = [];
    zip.outputStream.on('data', (chunk: Buffer) => chunks.push(chunk));
    zip.outputStream.on('end', () => resolve(Buffer.concat(chunks)));
    zip.outputStream.on('error', reject);
  });
}
