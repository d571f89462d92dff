import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { beforeAll, describe, expect, it } from 'vitest';
import { answerWithCard } from '../../src/cards/askCards';
import { isOutstanding } from '../../src/domain/rules';
import { schoolPeriodsAround, typicalSchoolYear } from '../../src/domain/schoolCalendar';
import type { PlanView } from '../../src/store/planRepository';
import { demoData } from '../support/store';

// Each mechanism is held by questions written here, not taken from the evaluation sets.
let view: PlanView;
beforeAll(async () => {
  const data = await demoData();
  view = { plan: { ...data.plan, timeZone: data.timeZone }, people: data.people, committees: data.committees, meetings: data.meetings, actions: data.actions };
});

const ask = (text: string, as?: string) => {
  const asker = as ? view.people.find((person) => person.id === as) : undefined;
  const result = answerWithCard(view, { text, asker, today: '2022-02-01' });
  return { ...result, ids: [...result.actionIds].sort(), firstLine: result.text.split('\n')[0] ?? '' };
};
const all = (pick: (action: PlanView['actions'][number]) => boolean) =>
  view.actions
    .filter(pick)
    .map((action) => action.id)
    .sort();
const outstanding = (pick: (action: PlanView['actions'][number]) => boolean) =>
  view.actions
    .filter((action) => isOutstanding(action) && pick(action))
    .map((action) => action.id)
    .sort();

describe("school terms and holidays, from the council's calendar or the usual English pattern", () => {
  it('reads half-terms, terms and school holidays as periods, and a half-term said in passing as talk', () => {
    const beforeMay = ask('which deadlines are before May half-term?');
    expect(beforeMay.ids).toEqual(outstanding((action) => action.due < '2022-05-30'));
    expect(beforeMay.firstLine).toContain('May half-term (30 May to 3 June 2022)');
    expect(ask('anything we need done by half-term?').ids).toEqual(outstanding((action) => action.due <= '2022-02-25'));
    expect(ask('anything due this term?').firstLine).toContain('spring term (4 January to 8 April 2022)');
    expect(ask('what is due next term?').ids).toEqual(outstanding((action) => action.due >= '2022-04-25' && action.due <= '2022-07-22'));
    expect(ask('anything due before the end of the spring term?').ids).toEqual(outstanding((action) => action.due <= '2022-04-08'));
    expect(ask('half-term plans sorted? what is left for Sam').firstLine).not.toContain('half-term');
    expect(ask('long term plans for fostering?').firstLine).not.toContain('term (');
  });

  it("uses the council's own dates where the plan gives them", () => {
    const own = { ...view, plan: { ...view.plan, schoolCalendar: [{ name: 'February half-term' as const, from: '2022-02-14', to: '2022-02-18' }] } };
    const result = answerWithCard(own, { text: 'anything due by half-term?', asker: undefined, today: '2022-02-01' });
    expect(result.text.split('\n')[0]).toContain('February half-term (14 to 18 February 2022)');
  });

  it('follows the usual pattern: the third week of February, the spring bank holiday week, a fortnight round Easter', () => {
    const year = typicalSchoolYear(2021);
    const dates = Object.fromEntries(year.map((period) => [period.name, `${period.from}..${period.to}`]));
    expect(dates).toMatchObject({
      'autumn term': '2021-09-06..2021-12-17',
      'October half-term': '2021-10-25..2021-10-29',
      'spring term': '2022-01-04..2022-04-08',
      'February half-term': '2022-02-21..2022-02-25',
      'Easter holidays': '2022-04-09..2022-04-24',
      'summer term': '2022-04-25..2022-07-22',
      'May half-term': '2022-05-30..2022-06-03',
    });
    const own = schoolPeriodsAround('2022-02-01', [{ name: 'May half-term', from: '2022-05-23', to: '2022-05-27' }]);
    expect(own.filter((period) => period.name === 'May half-term' && period.from.startsWith('2022'))).toEqual([
      { name: 'May half-term', from: '2022-05-23', to: '2022-05-27' },
    ]);
  });
});

describe("where actions came from, what is set aside, and officers' everyday words", () => {
  const fromCommittee = (action: PlanView['actions'][number]) => action.source.kind !== 'plan';
  it('"committee-set", "committee-requested" and "not from the plan" are the committee\'s actions; "the original plan actions" the plan\'s', () => {
    expect(ask('committee-requested actions that are in progress').ids).toEqual(all((action) => fromCommittee(action) && action.status === 'in_progress'));
    expect(ask('which open ones did not come from the plan?').ids).toEqual(outstanding(fromCommittee));
    expect(ask('which of the original plan actions are blocked?').ids).toEqual(all((action) => !fromCommittee(action) && action.status === 'blocked'));
  });

  it('"setting aside the areas X leads" and "apart from the X pieces" rule them out', () => {
    const danielsAreas = view.plan.areas.filter((area) => area.lead === 'daniel-cross').map((area) => area.number);
    expect(danielsAreas.length).toBeGreaterThan(0);
    expect(ask('setting aside the areas Daniel leads, what is not started?').ids).toEqual(
      all((action) => action.status === 'not_started' && !danielsAreas.includes(action.area)),
    );
    expect(ask('apart from the statutory visits bits, what is open in area 9?').firstLine).toContain('not about "statutory visits"');
  });

  it('"including anything closed", "even closed ones"; "gone past its date", "did we miss"', () => {
    expect(ask('neglect, even the finished ones').ids).toEqual(all((action) => action.area === 2));
    expect(ask('life story work, including anything closed').ids).toEqual(all((action) => action.area === 7));
    expect(ask("what has Sam got that's gone past its date?").ids).toEqual(
      outstanding((action) => action.owner === 'sam-whitfield' && action.due < '2022-02-01'),
    );
    expect(ask('which deadlines did we miss?').ids).toEqual(outstanding((action) => action.due < '2022-02-01'));
  });

  it('job titles cut short or said without their role: "hd of QA & perf", "dem services"', () => {
    expect(ask('what has the hd of QA & perf got open?').firstLine).toContain('Helen Marsh');
    expect(ask('anything with dem services?').firstLine).toContain('Chris Dunn');
  });
});

describe('periods and corrections in passing', () => {
  it('"the April deadlines" are when things are due; "nobody is working on" is not started', () => {
    expect(ask('what are the April deadlines?').ids).toEqual(outstanding((action) => action.due.startsWith('2022-04')));
    expect(ask('the March deadlines nobody is working on').ids).toEqual(all((action) => action.status === 'not_started' && action.due.startsWith('2022-03')));
  });

  it('"since the visit on 20 January" is the one gone by; "this month or next" is both; "once the summer is over" is after it', () => {
    expect(ask('since the inspection on 20 January, what has fallen due?').ids).toEqual(
      outstanding((action) => action.due >= '2022-01-20' && action.due < '2022-02-01'),
    );
    expect(ask('what is due this month or next?').ids).toEqual(outstanding((action) => action.due >= '2022-02-01' && action.due <= '2022-03-31'));
    expect(ask('anything due once the summer is over?').ids).toEqual(outstanding((action) => action.due > '2022-08-31'));
  });

  it('what follows "never mind" or "scratch that" replaces what came before; "wrong chat" asks nothing', () => {
    expect(ask('what does RAG mean? scratch that, what has Leo got open?').ids).toEqual(outstanding((action) => action.owner === 'leo-fitzgerald'));
    const wrong = ask('whoops, wrong channel, sorry all');
    expect(wrong.intent).toBe('unknown');
    expect(wrong.ids).toEqual([]);
    expect(wrong.firstLine).toContain('Noted');
  });
});

describe('occasions, forwarded questions and requests said in passing', () => {
  it('"before the X meeting" with no date sets no period and no subject; with its date, it is before that day', () => {
    expect(ask('what is overdue in neglect before the budget planning meeting?').ids).toEqual(
      outstanding((action) => action.area === 2 && action.due < '2022-02-01'),
    );
    const dated = ask('anything not started due ahead of the partnership away day on 20 June?');
    expect(dated.ids).toEqual(all((action) => action.status === 'not_started' && action.due < '2022-06-20'));
    expect(dated.firstLine).toContain('before 20 June 2022');
  });

  it('a quoted question under "forwarding ..." with "can you answer this one?" is the question; the forward\'s date is news', () => {
    const forwarded = ask('Forwarding from a governor ahead of 3 March:\n\n> What came out of the January committee?\n\nCould you answer this for me?');
    expect(forwarded.ids).toEqual(all((action) => action.source.kind === 'meeting' && action.source.meeting === 'cypssc-2022-01-12'));
    expect(forwarded.firstLine).not.toContain('March');
  });

  it('a request ending in "please" asks, so the news after it is not searched', () => {
    expect(ask("Tom's late ones please, I'm updating the fostering tracker").ids).toEqual(
      outstanding((action) => action.owner === 'tom-brennan' && action.due < '2022-02-01'),
    );
  });
});

describe('whom it is for and how it is said are not topics', () => {
  it('"going into the board" and "for the cabinet" beside a named area; "personally", "updating"', () => {
    expect(ask('life story work - what is still open going into the board?').ids).toEqual(outstanding((action) => action.area === 7));
    expect(ask('neglect, what is open for the cabinet?').ids).toEqual(outstanding((action) => action.area === 2));
    expect(ask('has Sam personally got anything overdue?').ids).toEqual(outstanding((action) => action.owner === 'sam-whitfield' && action.due < '2022-02-01'));
  });
});

describe('negation is part of the reading', () => {
  it('"haven\'t been finished" lists what is still open, and says so', () => {
    const result = ask("which of my actions haven't been finished?", 'tom-brennan');
    expect(result.ids).toEqual(outstanding((action) => action.owner === 'tom-brennan'));
    expect(result.firstLine).toContain('(not completed)');
  });
  it('"isn\'t overdue" keeps the open actions not yet late', () => {
    expect(ask("anything in area 9 that isn't overdue").ids).toEqual(outstanding((action) => action.area === 9 && action.due >= '2022-02-01'));
  });
  it('"everything that is not blocked" is the open actions less the blocked', () => {
    expect(ask('everything that is not blocked').ids).toEqual(outstanding((action) => action.status !== 'blocked'));
  });
});

describe('named periods', () => {
  it("before Easter is before Easter Sunday 2022, from England's calendar", () => {
    const result = ask('what needs finishing before Easter?');
    expect(result.ids).toEqual(outstanding((action) => action.due < '2022-04-17'));
    expect(result.firstLine).toContain('Easter (17 April 2022)');
  });
  it('next quarter is the financial quarter after this one', () => {
    expect(ask("what's due next quarter?").ids).toEqual(outstanding((action) => action.due >= '2022-04-01' && action.due <= '2022-06-30'));
  });
  it('between two dates is one span, and a day said in passing is not a due date', () => {
    expect(ask('due between 1 March and 30 April').ids).toEqual(outstanding((action) => action.due >= '2022-03-01' && action.due <= '2022-04-30'));
    expect(ask("cheers for yesterday - what's overdue?").ids).toEqual(outstanding((action) => action.due < '2022-02-01'));
  });
});

describe('word forms and slips', () => {
  it('two letters swapped still find the word', () => {
    expect(ask('anything about mosiac').ids).toEqual(['act-7-2']);
  });
  it('a hyphenated word typed as one is found', () => {
    expect(ask('the rereferral report').ids).toEqual(['act-9-3']);
  });
  it('"I am" in talk around a question is not "my actions"; inside the question it is', () => {
    expect(ask("I'm just back from a course, what's overdue?", 'sam-whitfield').ids).toEqual(outstanding((action) => action.due < '2022-02-01'));
    expect(ask("I'm off on Friday, see you monday", 'sam-whitfield').intent).toBe('help');
    expect(ask('what am I responsible for?', 'sam-whitfield').ids).toEqual(outstanding((action) => action.owner === 'sam-whitfield'));
  });
  it('talk is not a topic', () => {
    expect(ask('what is Sam busy with these days?').ids).toEqual(outstanding((action) => action.owner === 'sam-whitfield'));
    expect(ask('back from annual leave today!').intent).toBe('help');
  });
});

describe('a named deliverable is its action, not its whole area', () => {
  it('"the framework for quality assurance" is the action that delivers it', () => {
    expect(ask("where's the framework for quality assurance at?").ids).toEqual(['act-9-1']);
  });
  it('"the neglect audit" is the audit in the neglect area', () => {
    expect(ask('the neglect audit').ids).toEqual(['act-2-2']);
  });
  it('"the QA framework", its area named in its own words, is still the one action', () => {
    expect(ask('where are we on the QA framework?').ids).toEqual(['act-9-1']);
  });
  it('a named thing that is done is found whatever its status, and the reading says nothing open fits', () => {
    const answer = ask('what happened to the supervision policy?');
    expect(answer.ids).toEqual(['act-8-2']);
    expect(answer.firstLine).toMatch(/^Nothing open fits, so any status: actions about "policy"/);
  });
  it('a status that was said is kept: nothing outstanding about a finished thing is "none"', () => {
    expect(ask("what's outstanding on the supervision policy?").ids).toEqual([]);
  });
});

describe('facts first', () => {
  it('who leads an area names the lead in the first line', () => {
    expect(ask("who's the lead for permanence planning?").firstLine).toContain('Ruth Okafor');
  });
  it('when an action is due, who owns it and what state it is in', () => {
    expect(ask("when's 9.2 due?").firstLine).toBe('9.2 is due on 31 Mar 2022.');
    expect(ask('who has 11.5?').firstLine).toBe('11.5 is owned by Anita Rao.');
    expect(ask('is 6.3 done yet?').firstLine).toMatch(/^6\.3 is blocked/);
  });
});

describe('facts first, in the card as well as the text', () => {
  it("an area's evidence of impact, from the plan's own words", () => {
    const result = ask('what evidence will show progress in area 11?');
    expect(result.firstLine).toMatch(/^Evidence of impact for area 11, Corporate parenting: /);
    expect(JSON.stringify(result.card)).toContain('Evidence of impact for area 11');
  });
  it('who is doing the one action a question comes to', () => {
    const result = ask("who's running the staff survey?");
    expect(result.ids).toEqual(['act-10-4']);
    expect(result.firstLine).toBe('10.4 is owned by Sam Whitfield.');
    expect(JSON.stringify(result.card)).toContain('10.4 is owned by Sam Whitfield.');
  });
  it("an action's own fact heads its card", () => {
    expect(JSON.stringify(ask('when is 9.2 due?').card)).toContain('9.2 is due on 31 Mar 2022.');
  });
});

describe('several people', () => {
  it('everyone named is an owner', () => {
    const result = ask("Sam and Leo's actions");
    expect(result.ids).toEqual(outstanding((action) => action.owner === 'sam-whitfield' || action.owner === 'leo-fitzgerald'));
    expect(result.firstLine).toContain('Sam Whitfield or Leo Fitzgerald');
  });
  it('"me and" adds the asker', () => {
    expect(ask('what have me and Anita got on?', 'sam-whitfield').ids).toEqual(
      outstanding((action) => action.owner === 'sam-whitfield' || action.owner === 'anita-rao'),
    );
  });
  it('the areas a person leads are their areas, not their own actions', () => {
    expect(ask("what's blocked in the areas Ruth leads?").ids).toEqual(
      outstanding((action) => [6, 7, 11].includes(action.area) && action.status === 'blocked'),
    );
  });
});

describe('periods, facts and people, as later question sets asked them', () => {
  it('a vague "coming up" gives way to the period said with it', () => {
    const result = ask('anything coming up over the next eight weeks?');
    expect(result.ids).toEqual(outstanding((action) => action.due >= '2022-02-01' && action.due <= '2022-03-29'));
    expect(result.firstLine).toContain('in the next 8 weeks');
  });
  it('a range can end at the end of a month', () => {
    expect(ask("what's due from 1st april to the end of july?").ids).toEqual(outstanding((action) => action.due >= '2022-04-01' && action.due <= '2022-07-31'));
  });
  it('a year by its number is that calendar year; "by the end of" it includes what is overdue', () => {
    expect(ask('anything open that was due by the end of 2021?').ids).toEqual(outstanding((action) => action.due <= '2021-12-31'));
    expect(ask("what's due by 30/04/2022?").ids).toEqual(outstanding((action) => action.due <= '2022-04-30'));
  });
  it('"still to be done" and "meant to be finished" are what is open, not what is complete', () => {
    expect(ask('which audits are still to be done?').ids).toEqual(outstanding((action) => /audit/i.test(action.title)));
    expect(ask('what was supposed to be finished by march?').ids).toEqual(outstanding((action) => action.due <= '2022-03-31'));
  });
  it('who owns a thing named in words answers with that action', () => {
    const result = ask('who owns the return home interview template?');
    expect(result.intent).toBe('action_detail');
    expect(result.ids).toEqual(['act-5-1']);
    expect(result.firstLine).toBe('5.1 is owned by Tom Brennan.');
  });
  it('a greeting before the question does not hide which fact is asked', () => {
    expect(ask('morning, sorry to bother you, who has 9.4?').firstLine).toMatch(/^9\.4 is owned by /);
  });
  it('a job title by its initials, and part of a title that the plan uses as words is a subject', () => {
    expect(ask('what has the head of QA got on?').ids).toEqual(outstanding((action) => action.owner === 'helen-marsh'));
    expect(ask('where are we with social worker pay?').ids).toEqual(['act-10-1']);
  });
  it('"anything I should know about" is not my actions', () => {
    expect(ask('anything overdue i should know about?').ids).toEqual(outstanding((action) => action.due < '2022-02-01'));
  });
});

describe('long messages, exclusions and more periods', () => {
  const ofMeeting = (id: string) =>
    view.actions
      .filter((action) => action.source.kind === 'meeting' && action.source.meeting === id)
      .map((action) => action.id)
      .sort();
  it('reads the question in a long message, not the news and thanks around it', () => {
    const result = ask(
      'morning! hope the weekend was good. Sam asked me to check which actions came out of the January committee - he needs them for the tracker. thanks',
    );
    expect(result.ids).toEqual(ofMeeting('cypssc-2022-01-12'));
  });
  it('"he" in the question is the person the message named', () => {
    expect(ask("I'm covering for Leo Fitzgerald this week while he's away - could you let me know what he's got outstanding?").ids).toEqual(
      outstanding((action) => action.owner === 'leo-fitzgerald'),
    );
  });
  it('thanks alone is thanked, not answered with a list', () => {
    const result = ask('brilliant, thanks so much for that!');
    expect(result.intent).toBe('unknown');
    expect(result.firstLine).toContain("You're welcome");
    expect(result.ids).toEqual([]);
  });
  it('people and areas can be ruled out, and the reading says so', () => {
    const notTom = ask('what is outstanding that is not owned by tom?');
    expect(notTom.ids).toEqual(outstanding((action) => action.owner !== 'tom-brennan'));
    expect(notTom.firstLine).toContain('owned by anyone but Tom Brennan');
    const outside = ask('apart from neglect and supervision, what is still open?');
    expect(outside.ids).toEqual(outstanding((action) => action.area !== 2 && action.area !== 8));
    expect(outside.firstLine).toContain('outside areas 2, Neglect and 8,');
    expect(ask('overdue ones excluding anything blocked').ids).toEqual(outstanding((action) => action.due < '2022-02-01' && action.status !== 'blocked'));
  });
  it('two months side by side are one span; a month naming a thing is not a due date', () => {
    expect(ask("what's due in april or may").ids).toEqual(outstanding((action) => action.due >= '2022-04-01' && action.due <= '2022-05-31'));
    expect(ask('who is running the January staff survey?').ids).toEqual(['act-10-4']);
  });
  it('another form of the last word of an area still names the area', () => {
    expect(ask("what's left on quality assuring?").ids).toEqual(outstanding((action) => action.area === 9));
  });
  it('"that meeting" and "it" in the question stand for what the talk before it named', () => {
    expect(ask('the committee in january wanted a lot from us. what came out of that meeting that is not started?').ids).toEqual(
      ofMeeting('cypssc-2022-01-12').filter((id) => view.actions.find((action) => action.id === id)?.status === 'not_started'),
    );
    expect(ask('my manager asked whether the action about the electronic workbooks is on track - where are we up to with it?').ids).toEqual(['act-5-2']);
  });
  it('"the report on A and B" is the one action about both, when there is one', () => {
    expect(ask('where is the report on caseloads and performance?').ids).toEqual(['act-9-2']);
    expect(ask('what about caseloads and performance?').ids.length).toBeGreaterThan(1);
  });
});

describe('registers, quotes and more that can be ruled out', () => {
  it('a financial year by its years, and "not due" in a period', () => {
    expect(ask('anything due in 2022-23?').ids).toEqual(outstanding((action) => action.due >= '2022-04-01' && action.due <= '2023-03-31'));
    const later = ask('which open actions are not due this financial year?');
    expect(later.ids).toEqual(outstanding((action) => action.due < '2021-04-01' || action.due > '2022-03-31'));
    expect(later.firstLine).toContain('not due in the 2021/22 financial year (due before 1 Apr 2021 or after 31 Mar 2022)');
  });
  it('words ruled out leave out what they find, and the reading says so', () => {
    const result = ask('open actions that are not about training');
    expect(result.ids).toEqual(outstanding((action) => !/train/i.test(action.title)));
    expect(result.firstLine).toContain('not about "training"');
  });
  it('a title in quotes is read whole, whatever its status', () => {
    expect(ask('did the "What Good Looks Like" work happen?').ids).toEqual(['act-1-2']);
  });
  it('text-speak, a swapped pair of letters in a status, and a subject before "- who has it?"', () => {
    expect(ask('wot has Leo got 2 do b4 the summer').ids).toEqual(outstanding((action) => action.owner === 'leo-fitzgerald' && action.due < '2022-06-01'));
    expect(ask("what's ovredue in area 9?").ids).toEqual(outstanding((action) => action.area === 9 && action.due < '2022-02-01'));
    const owner = ask('the one about the electronic workbooks - who has it?');
    expect(owner.intent).toBe('action_detail');
    expect(owner.firstLine).toBe('5.2 is owned by Daniel Cross.');
  });
  it('a date naming a thing ("the Jan 22 staff survey", "the summer report") is part of its name; "for the end of" a year is "by"', () => {
    expect(ask('the Jan 22 staff survey - done yet?').ids).toEqual(['act-10-4']);
    expect(ask('anything open for the end of 2021?').ids).toEqual(outstanding((action) => action.due <= '2021-12-31'));
  });
  it('"the lead officer for" asks who leads; "the areas X and Y lead" are both their areas', () => {
    expect(ask('who is the lead officer for permanence?').firstLine).toContain('Ruth Okafor');
    expect(ask("what's open in the areas Tom and Daniel lead?").ids).toEqual(
      outstanding((action) => view.plan.areas.some((area) => area.number === action.area && ['tom-brennan', 'daniel-cross'].includes(area.lead ?? ''))),
    );
  });
});

describe('what new users ask in their first week', () => {
  it('"finished or not" is every status; "should be finished by" is what is open', () => {
    expect(ask('show me every action in area 6, done or not').ids).toEqual(
      view.actions
        .filter((action) => action.area === 6)
        .map((action) => action.id)
        .sort(),
    );
    expect(ask('what should be done by the end of april?').ids).toEqual(outstanding((action) => action.due <= '2022-04-30'));
  });
  it('"outside X\'s areas" rules out the areas X leads; "speaking as" and "before Ofsted come" set the scene', () => {
    expect(ask("what's outstanding outside Tom Brennan's areas?").ids).toEqual(outstanding((action) => ![3, 5, 12].includes(action.area)));
    expect(ask('speaking as a scrutiny member, what is overdue in permanence planning?').ids).toEqual(
      outstanding((action) => action.area === 6 && action.due < '2022-02-01'),
    );
    const blocked = ask('before the inspectors arrive, how many actions are blocked?');
    expect(blocked.ids).toEqual(outstanding((action) => action.status === 'blocked'));
    expect(blocked.firstLine).toContain('1 action');
  });
  it('"what was due in January" is the January just gone; overdue and not started is both', () => {
    expect(ask('what was due in december that is still open?').ids).toEqual(outstanding((action) => action.due >= '2021-12-01' && action.due <= '2021-12-31'));
    const both = ask('which overdue actions have not been started?');
    expect(both.ids).toEqual(outstanding((action) => action.due < '2022-02-01' && action.status === 'not_started'));
    expect(both.firstLine).toContain('Overdue and not started actions');
  });
  it('kids, "in charge of", an area word as an adjective, a title with a dash, and "that one" pointing back', () => {
    expect(ask('what are we doing for kids looked after?').ids).toEqual(outstanding((action) => action.area === 11));
    expect(ask("who's in charge of partnership working?").firstLine).toContain('Tom Brennan');
    expect(ask("what's being done for neglected children?").ids).toEqual(outstanding((action) => action.area === 2));
    expect(ask('actions for the Assistant Director - Early Help').ids).toEqual(outstanding((action) => action.owner === 'tom-brennan'));
    expect(ask('Morning. Someone mentioned the return home interview template - who owns that one?').firstLine).toBe('5.1 is owned by Tom Brennan.');
  });
  it('"the areas I lead" are the asker\'s areas', () => {
    expect(ask("what's open in the areas I lead?", 'ruth-okafor').ids).toEqual(outstanding((action) => [6, 7, 11].includes(action.area)));
  });
});

describe('several conditions, own words and described things', () => {
  it("an acronym of the plan's own words finds them, and the reading spells it out", () => {
    const result = ask('anything on the QAF?');
    expect(result.ids).toEqual(['act-9-1']);
    expect(result.firstLine).toContain('qaf (quality assurance framework)');
  });
  it('areas by number, and the leader of areas, can be ruled out', () => {
    expect(ask('everything open except the ones in areas 1 and 2').ids).toEqual(outstanding((action) => action.area !== 1 && action.area !== 2));
    expect(ask("open actions in Tom's areas that someone else owns").ids).toEqual(
      outstanding((action) => [3, 5, 12].includes(action.area) && action.owner !== 'tom-brennan'),
    );
  });
  it('"nobody has started", "still need to deliver", and the deadline of a described thing', () => {
    expect(ask('anything in area 7 nobody has started?').ids).toEqual(outstanding((action) => action.area === 7 && action.status === 'not_started'));
    expect(ask('what does Anita still need to deliver?').ids).toEqual(outstanding((action) => action.owner === 'anita-rao'));
    const deadline = ask("what's the deadline for the electronic workbooks?");
    expect(deadline.intent).toBe('action_detail');
    expect(deadline.firstLine).toBe('5.2 is due on 30 Apr 2022.');
  });
  it('a question after a colon or after "but" is read without the talk before it', () => {
    expect(ask('quick one before my call with Sam: who leads on permanence?').firstLine).toContain('Ruth Okafor');
    expect(ask("I know Sam's survey is nearly done, but what's overdue in area 9?").ids).toEqual(
      outstanding((action) => action.area === 9 && action.due < '2022-02-01'),
    );
  });
});

describe('parts of months, leaving things out, and talk split by emoji or "but"', () => {
  it('early, mid and the tail end of a month; between now and a date', () => {
    expect(ask('anything due in early april?').ids).toEqual(outstanding((action) => action.due >= '2022-04-01' && action.due <= '2022-04-10'));
    expect(ask('what needs doing by mid-may?').ids).toEqual(outstanding((action) => action.due <= '2022-05-15'));
    expect(ask('what falls due at the tail end of june?').ids).toEqual(outstanding((action) => action.due >= '2022-06-21' && action.due <= '2022-06-30'));
    expect(ask("what's due between now and the end of may?").ids).toEqual(outstanding((action) => action.due >= '2022-02-01' && action.due <= '2022-05-31'));
  });
  it('"leaving out" rules out; a name between "not" and a status does not hide the "not"', () => {
    expect(ask('open actions, leaving out corporate parenting').ids).toEqual(outstanding((action) => action.area !== 11));
    expect(ask("what hasn't Daniel finished?").ids).toEqual(outstanding((action) => action.owner === 'daniel-cross'));
  });
  it('talk before an emoji or before "but what" is left out', () => {
    expect(ask('inspection is next week so panic stations 😅 what is overdue in permanence planning?').ids).toEqual(
      outstanding((action) => action.area === 6 && action.due < '2022-02-01'),
    );
    expect(ask('been in the neglect workshop all day off topic but what is blocked?').ids).toEqual(outstanding((action) => action.status === 'blocked'));
  });
});

describe("the dictionary's other forms and synonyms of the plan's words", () => {
  it("another form of an area's word, past what the stemmer joins, names the area", () => {
    // "retaining" is a form of "retain", whose noun is "retention": area 10, Recruitment and retention.
    expect(ask('how are we doing on recruiting and retaining?').ids).toEqual(outstanding((action) => action.area === 10));
  });
  it("an area's activity in the passive names the area, but not where something was recorded", () => {
    expect(ask("anything open on how children's cases get recorded?").ids).toEqual(outstanding((action) => action.area === 5));
    expect(ask('what was recorded at the january committee?').firstLine).not.toContain('area 5');
  });
  it('a real word is not a slip of another real word', () => {
    // One letter from "remaining", but "retaining" is a word of its own: no status is read into it.
    expect(ask('everything on recruiting and retaining, finished or not').ids).toEqual(
      view.actions
        .filter((action) => action.area === 10)
        .map((action) => action.id)
        .sort(),
    );
  });
  it("a synonym finds the plan's word when the plan never uses the asked one", () => {
    const result = ask('where are we with cutting bureaucracy?');
    expect(result.ids).toEqual(['act-5-2']);
    expect(result.firstLine).toContain('"cutting bureaucracy"');
  });
  it("a word's own dictionary form is searched beside it where the two stem apart", () => {
    // "staffing" stems to "staf", "staff" to "staff".
    expect(ask('progress with agency staffing please').ids).toEqual(['act-10-3', 'act-10-5']);
  });
  it("another form of a deliverable's word finds it", () => {
    // "relying" and "reliance" stem apart ("reli", "relianc"); the dictionary joins them.
    expect(ask("what's happening on relying less on agency staff?").ids).toEqual(['act-10-3']);
  });
});

describe('agenda items and minutes, ruled-out periods, and more talk', () => {
  const fromMeeting = (meeting: string, minute?: string) =>
    view.actions
      .filter(
        (action) =>
          action.source.kind === 'meeting' &&
          action.source.meeting === meeting &&
          (!minute || action.source.minute === minute || action.source.minute?.startsWith(`${minute}.`)),
      )
      .map((action) => action.id)
      .sort();
  it("an agenda item or a minute by its number is that meeting's actions under it", () => {
    expect(ask('show me everything from item 39').ids).toEqual(fromMeeting('cypssc-2019-10-09'));
    const minute = ask('what came out of minute 39.6?');
    expect(minute.ids).toEqual(fromMeeting('cypssc-2019-10-09', '39.6'));
    expect(minute.firstLine).toContain('under minute 39.6 of the committee meeting of 9 October 2019');
  });
  it("asked who, a minute with one action answers that action's owner", () => {
    const result = ask("who's doing minute 39.7?");
    expect(result.intent).toBe('action_detail');
    expect(result.ids).toEqual(fromMeeting('cypssc-2019-10-09', '39.7'));
  });
  it('an agenda item by its title is the item, though its words name an area', () => {
    expect(ask('which actions from the children we care for item are still open?').ids).toEqual(
      outstanding((action) => action.source.kind === 'meeting' && action.source.meeting === 'cypssc-2022-01-12'),
    );
    expect(ask('what was agreed at the workforce update in november?').ids).toEqual(fromMeeting('cypssc-2021-11-10'));
  });
  it('"not due until June" is June or later; "leaving out" a year rules it out', () => {
    expect(ask("what isn't due until june?").ids).toEqual(outstanding((action) => action.due >= '2022-06-01'));
    expect(ask('completed ones, leaving out anything that was due in 2021').ids).toEqual(
      view.actions
        .filter((action) => action.status === 'complete' && !action.due.startsWith('2021'))
        .map((action) => action.id)
        .sort(),
    );
  });
  it('"aren\'t with" a person rules their actions out', () => {
    expect(ask("quality assurance actions that aren't with Daniel").ids).toEqual(outstanding((action) => action.area === 9 && action.owner !== 'daniel-cross'));
  });
  it('"need to get done", text-speak and a greeting', () => {
    expect(ask('what do I need to get done this month?', 'ruth-okafor').ids).toEqual(
      outstanding((action) => action.owner === 'ruth-okafor' && action.due >= '2022-02-01' && action.due <= '2022-02-28'),
    );
    expect(ask('wot r the ones in prog for area 4').ids).toEqual(
      view.actions
        .filter((action) => action.area === 4 && action.status === 'in_progress')
        .map((action) => action.id)
        .sort(),
    );
    expect(ask('hiya').intent).toBe('help');
  });
  it('who set an action is not what it is about', () => {
    const result = ask('how many actions did councillors set in january?');
    expect(result.ids).toEqual(fromMeeting('cypssc-2022-01-12'));
    expect(result.firstLine).toContain(String(fromMeeting('cypssc-2022-01-12').length));
  });
  it('a short form that is no word at all is left out when the words together find nothing; a real word is not', () => {
    expect(ask("what's happening with the TBC workbooks?").ids).toEqual(['act-5-2']);
    expect(ask("what's outstanding on school transport?").intent).toBe('unknown');
  });
});

describe("one thing described in the asker's own words", () => {
  it('is the action that fits the words best, whatever its status, and the reading says so', () => {
    const result = ask('did the campaign to get schools and GPs aware of private fostering happen?');
    expect(result.ids).toEqual(['act-3-2']);
    expect(result.firstLine).toContain('The action that best fits "campaign schools gps aware private fostering"');
  });
  it('works with the thing named first, and through a synonym of a word the plan does not use', () => {
    // "package" is not the plan's word, "pay and reward" and "social workers" are.
    expect(ask('the pay and reward package for social workers - has that gone live?').ids).toEqual(['act-10-1']);
    expect(ask('where are we with the invitation for councillors to watch the foster carer training?').ids).toEqual(['act-7-5']);
  });
  it('answers who or when about the thing first', () => {
    const result = ask('who is doing the short briefing on statutory visits?');
    expect(result.intent).toBe('action_detail');
    expect(result.firstLine).toBe('9.6 is owned by Priya Shah.');
  });
  it('reads the thing told first and then asked about ("- who is doing that?"), its kind of work counting among its words', () => {
    const result = ask('Councillors wanted a short briefing about statutory visits and conference timeliness - who is doing that?');
    expect(result.intent).toBe('action_detail');
    expect(result.firstLine).toBe('9.6 is owned by Priya Shah.');
  });
  it('an "e-" word is an electronic one', () => {
    const result = ask('any news on the e-workbooks?');
    expect(result.ids).toEqual(['act-5-2']);
    expect(result.firstLine).toContain('"electronic workbooks"');
  });
  it('"how is the X going?" asks about one thing too; the same words fitting two actions pick neither', () => {
    expect(ask('how is the drive to recruit in-house foster carers going?').ids).toEqual(['act-11-6']);
    // "foster carer" is in 7.1, 7.5 and 11.6 alike: a shorter title is no reason to choose one.
    expect(ask('what happened with the idea of asking councillors to sit in on the foster carer sessions?').firstLine).not.toContain('best fits');
  });
  it('leaves an area, or words that fit several actions alike, as a list', () => {
    expect(ask('where are we on life story work?').ids).toEqual(outstanding((action) => action.area === 7));
    expect(ask('is the audit done?').ids.length).toBeGreaterThan(1);
  });
});

describe('more ways of putting statuses, periods, meetings and requests', () => {
  const fromMeeting = (meeting: string) =>
    view.actions
      .filter((action) => action.source.kind === 'meeting' && action.source.meeting === meeting)
      .map((action) => action.id)
      .sort();
  it('"nobody has finished" is still open; "in flight" is in progress', () => {
    expect(ask('what in area 9 has nobody finished?').ids).toEqual(outstanding((action) => action.area === 9));
    expect(ask("what's in flight for Helen?").ids).toEqual(
      view.actions
        .filter((action) => action.owner === 'helen-marsh' && action.status === 'in_progress')
        .map((action) => action.id)
        .sort(),
    );
  });
  it('"at the end of April" is late April, "by the end of April" up to it; "fell due in December" looks back', () => {
    expect(ask('anything due at the end of April?').ids).toEqual(outstanding((action) => action.due >= '2022-04-21' && action.due <= '2022-04-30'));
    expect(ask('anything due by the end of April?').ids).toEqual(outstanding((action) => action.due <= '2022-04-30'));
    expect(ask('which ones fell due in December and are still open?').ids).toEqual(
      outstanding((action) => action.due >= '2021-12-01' && action.due <= '2021-12-31'),
    );
  });
  it('talk before a ":(" is left out, and "for me" at the end of a request is politeness', () => {
    expect(ask("hectic week with inspection prep :( what's blocked?").ids).toEqual(outstanding((action) => action.status === 'blocked'));
    const result = ask('could you list what is overdue for me please');
    expect(result.ids).toEqual(outstanding((action) => action.due < '2022-02-01'));
  });
  it('a resolution by its number; "is it on track" about one thing is how it stands', () => {
    const result = ask('resolution 39.7 - is that on track?');
    expect(result.ids).toEqual(['act-12-1']);
  });
  it('a deadline said with the last meeting is still ahead; "the actions from October 2019" are that meeting\'s', () => {
    expect(ask('which actions from the last committee are due before Easter?').firstLine).toContain('17 April 2022');
    expect(ask('how many of the actions from October 2019 are done?').ids).toEqual(
      view.actions
        .filter((action) => action.status === 'complete' && fromMeeting('cypssc-2019-10-09').includes(action.id))
        .map((action) => action.id)
        .sort(),
    );
  });
  it('words straight after a ruled-out area narrow what is ruled out to those of its actions', () => {
    const result = ask("Daniel's open actions apart from the life story mosaic one");
    expect(result.ids).toEqual(outstanding((action) => action.owner === 'daniel-cross' && action.ref !== '7.2'));
    expect(result.firstLine).toContain('not about "life story mosaic"');
  });
  it('"has X gone live", "status of ...", "update on the ..." ask about one described thing', () => {
    expect(ask('has the workbook for social workers gone live yet?').ids).toEqual(['act-5-2']);
    expect(ask('update on the recruitment campaign with the new imagery?').ids).toEqual(['act-10-2']);
  });
});

describe('ranges of months, weeks and halves, and the finished ones too', () => {
  it('"April through to June" and "Apr-Jun" are one span of whole months; "may and june" alone stays as it was', () => {
    const spring = outstanding((action) => action.due >= '2022-04-01' && action.due <= '2022-06-30');
    expect(ask('due from april through to june?').ids).toEqual(spring);
    expect(ask('anything with an apr-jun deadline').ids).toEqual(spring);
    expect(ask('what is helen doing that falls due between feb and march').ids).toEqual(
      outstanding((action) => action.owner === 'helen-marsh' && action.due >= '2022-02-01' && action.due <= '2022-03-31'),
    );
  });
  it('"w/c" a day is that week; "the latter half of 2022" is July to December', () => {
    expect(ask('anything due w/c 25th july?').ids).toEqual(outstanding((action) => action.due >= '2022-07-25' && action.due <= '2022-07-31'));
    expect(ask('what lands in the latter half of 2022').ids).toEqual(outstanding((action) => action.due >= '2022-07-01' && action.due <= '2022-12-31'));
  });
  it('"since Christmas" is the Christmas gone by, up to yesterday; "from now until Christmas" leaves the overdue out', () => {
    const since = ask('which ones have come due since xmas?');
    expect(since.ids).toEqual(outstanding((action) => action.due >= '2021-12-25' && action.due < '2022-02-01'));
    expect(since.firstLine).toContain('25 December 2021');
    expect(ask("from now until christmas, what's on?").ids).toEqual(outstanding((action) => action.due >= '2022-02-01' && action.due <= '2022-12-25'));
  });
  it('hurried shorthand: "eom", "w/e", "mtg", "incl", "n", "SWs", "b4" and the plan\'s initials read as meant', () => {
    const byMonthEnd = outstanding((action) => action.due <= '2022-02-28');
    expect(ask('what has to be done by eom').ids).toEqual(byMonthEnd);
    expect(ask('by the end of the month?').ids).toEqual(byMonthEnd);
    expect(ask('anything landing w/e 1st april').ids).toEqual(outstanding((action) => action.due >= '2022-03-26' && action.due <= '2022-04-01'));
    expect(ask('due in the week commencing 25 july').ids).toEqual(outstanding((action) => action.due >= '2022-07-25' && action.due <= '2022-07-31'));
    const january = view.meetings.find((meeting) => meeting.date === '2022-01-12');
    expect(ask('actions from the jan mtg incl closed ones').ids).toEqual(
      all((action) => action.source.kind === 'meeting' && action.source.meeting === january?.id),
    );
    expect(ask('how many on the pip in total incl finished').ids).toEqual(all(() => true));
    expect(ask('whats overdue on the cfpip').ids).toEqual(outstanding((action) => action.due < '2022-02-01'));
    expect(ask('SW pay n reward - done?').ids).toEqual(view.actions.filter((action) => /pay and reward/i.test(action.title)).map((action) => action.id));
  });
  it('"anyone but X" rules X out; "I need to" is the asker; "due today" is today, "overdue today" is just overdue', () => {
    expect(ask('what is late for anyone but daniel').ids).toEqual(outstanding((action) => action.owner !== 'daniel-cross' && action.due < '2022-02-01'));
    expect(ask('anything i need to chase', 'helen-marsh').ids).toEqual(outstanding((action) => action.owner === 'helen-marsh'));
    expect(ask('what is due by today').ids).toEqual(outstanding((action) => action.due <= '2022-02-01'));
    const dueToday = ask('oh wait - anything due today?');
    expect(dueToday.intent).toBe('list_actions');
    expect(dueToday.firstLine).toContain('1 February 2022');
    expect(ask("what's overdue today").ids).toEqual(outstanding((action) => action.due < '2022-02-01'));
  });
  it("an area's name by its initials is the area; a slip in a plural still finds the word; two plan words that name one action name it beside a word the plan lacks", () => {
    const lifeStory = outstanding((action) => action.area === 7);
    expect(ask('anything open on LSW').ids).toEqual(lifeStory);
    expect(ask('who heads up lsw?').firstLine).toContain('Ruth Okafor');
    expect(ask('rhis - anything late?').ids).toEqual(outstanding((action) => action.area === 5 && action.due < '2022-02-01'));
    expect(ask('the protocals that are still open').ids).toEqual(outstanding((action) => /protocol/i.test(action.title)));
    const workbooks = view.actions.filter((action) => /workbooks/i.test(action.title)).map((action) => action.id);
    expect(ask('e workbooks rollout - how far along?').ids).toEqual(workbooks);
    expect(ask('anything on school transport?').intent).toBe('unknown');
  });
  it('"either AD" is both assistant directors, in or out; "outside her own areas" rules out the areas of the one person named', () => {
    const ads = ['ruth-okafor', 'tom-brennan'];
    expect(ask("what's open that isn't owned by either AD").ids).toEqual(outstanding((action) => !ads.includes(action.owner)));
    expect(ask('anything late for either assistant director?').ids).toEqual(outstanding((action) => ads.includes(action.owner) && action.due < '2022-02-01'));
    const toms = new Set(view.plan.areas.filter((area) => area.lead === 'tom-brennan').map((area) => area.number));
    expect(ask('what has tom got beyond his own areas').ids).toEqual(outstanding((action) => action.owner === 'tom-brennan' && !toms.has(action.area)));
  });
  it('"the X one" with a fact asked of it is that one action', () => {
    const result = ask('deadline for the foster carer recruitment one?');
    expect(result.intent).toBe('action_detail');
    expect(result.firstLine).toMatch(/^11\.6 is due on 30 Jun 2022/);
  });
  it('where actions came from: "committee actions" are every meeting\'s, "not the committee ones" the plan\'s own', () => {
    const fromMeetings = (action: PlanView['actions'][number]) => action.source.kind === 'meeting';
    const anyCommittee = ask('committee actions that are late');
    expect(anyCommittee.ids).toEqual(outstanding((action) => fromMeetings(action) && action.due < '2022-02-01'));
    expect(anyCommittee.firstLine).toContain('set by a committee');
    expect(new Set(anyCommittee.ids.map((id) => view.actions.find((action) => action.id === id)?.source)).size).toBeGreaterThan(1);
    const planOnly = ask('open ones the committee did not add');
    expect(planOnly.ids).toEqual(outstanding((action) => !fromMeetings(action)));
    expect(planOnly.firstLine).toContain('not set by a committee');
    expect(ask('overdue, excluding committee actions').ids).toEqual(outstanding((action) => !fromMeetings(action) && action.due < '2022-02-01'));
    // A meeting said by its month is still that meeting.
    const november = view.meetings.find((meeting) => meeting.date === '2021-11-10');
    expect(ask('the committee actions from november').ids).toEqual(all((action) => action.source.kind === 'meeting' && action.source.meeting === november?.id));
  });
  it('a meeting told by what it recorded ("the meeting where ...") is the one whose agenda and resolutions share those words', () => {
    const fromMeeting = (date: string) => {
      const meeting = view.meetings.find((one) => one.date === date);
      return (action: PlanView['actions'][number]) => action.source.kind === 'meeting' && action.source.meeting === meeting?.id;
    };
    expect(ask('everything from the meeting where health assessments were made a focus').ids).toEqual(all(fromMeeting('2022-01-12')));
    expect(ask('anything still live from the meeting at which the strategy was previewed?').ids).toEqual(outstanding(fromMeeting('2019-10-09')));
    expect(ask('which actions from the meeting when the commissioner finished are late').ids).toEqual(
      outstanding((action) => fromMeeting('2019-10-09')(action) && action.due < '2022-02-01'),
    );
  });
  it('"is X still due in May?" answers when X is due, whatever date was said; finished and open together are every status', () => {
    const asked = ask('is the permanence tracking panel still due in May?');
    expect(asked.intent).toBe('action_detail');
    expect(asked.firstLine).toMatch(/^6\.3 is due on 31 Dec 2021/);
    expect(ask('is anything due in may?').ids).toEqual(outstanding((action) => action.due >= '2022-05-01' && action.due <= '2022-05-31'));
    expect(ask("what has grace finished, and what's still open?").ids).toEqual(all((action) => action.owner === 'grace-adeyemi'));
  });
  it('whose by relation to the area\'s lead: "someone other than the area lead" and "owned by their area lead"', () => {
    const leadOf = new Map(view.plan.areas.map((area) => [area.number, area.lead]));
    const notLead = ask('in QA, what open work sits with people other than the area lead?');
    expect(notLead.ids).toEqual(outstanding((action) => action.area === 9 && action.owner !== leadOf.get(9)));
    expect(notLead.ids.length).toBeGreaterThan(1);
    expect(notLead.firstLine).toContain("someone other than their area's lead");
    expect(ask('what is overdue and owned by the area lead').ids).toEqual(
      outstanding((action) => action.owner === leadOf.get(action.area) && action.due < '2022-02-01'),
    );
  });
  it('something the plan does not have, asked how it stands ("is the print room open?"), is not a list of open actions', () => {
    const outside = ask('quick q - is the print room open yet?');
    expect(outside.intent).toBe('unknown');
    expect(outside.text).toContain('print room');
    expect(ask('what is open?').ids).toEqual(outstanding(() => true));
    expect(ask('for the board pack, what is open').ids).toEqual(outstanding(() => true));
  });
  it("another form of an area's one-word name is the area, unless the actions use that form themselves", () => {
    expect(ask('how are we getting on with retaining staff').ids).toEqual(outstanding((action) => action.area === 10));
    // "Recruit" is the actions' own word (more foster carers), so it stays a search of their words.
    expect(ask('what about recruiting more foster carers?').ids).toEqual(outstanding((action) => /recruit more in-house foster carers/i.test(action.title)));
  });
  it('"since the new year" and "the new financial year"; "neither X nor Y"; "haven\'t I started"; "dir", "dep", "bd"; inspectors are talk', () => {
    expect(ask('what has slipped since the new year?').ids).toEqual(outstanding((action) => action.due >= '2022-01-01' && action.due < '2022-02-01'));
    expect(ask('anything landing in the new financial year?').ids).toEqual(outstanding((action) => action.due >= '2022-04-01' && action.due <= '2023-03-31'));
    expect(ask('open work that is neither tom nor sam').ids).toEqual(outstanding((action) => !['tom-brennan', 'sam-whitfield'].includes(action.owner)));
    expect(ask("what haven't I started?", 'daniel-cross').ids).toEqual(
      view.actions
        .filter((action) => action.owner === 'daniel-cross' && action.status === 'not_started')
        .map((action) => action.id)
        .sort(),
    );
    expect(ask('whats late for the transformation dir').ids).toEqual(outstanding((action) => action.owner === 'daniel-cross' && action.due < '2022-02-01'));
    expect(ask('whats late for the transformation dir').ids.length).toBeGreaterThan(0);
    expect(ask('what is open for the dep dir').ids).toEqual(outstanding((action) => action.owner === 'priya-shah'));
    expect(ask('the inspectors were positive about permanence - what is open there?').ids).toEqual(outstanding((action) => action.area === 6));
  });
  it('"the area leads" are the people who lead an area, in or out; "the committee before last"; "actions from 10 November" is that meeting', () => {
    const leads = [...new Set(view.plan.areas.map((area) => area.lead))];
    expect(ask('what do the area leads have open').ids).toEqual(outstanding((action) => leads.includes(action.owner)));
    expect(ask('anything late not owned by one of the area leads?').ids).toEqual(
      outstanding((action) => !leads.includes(action.owner) && action.due < '2022-02-01'),
    );
    const november = view.meetings.find((meeting) => meeting.date === '2021-11-10');
    const fromNovember = (action: PlanView['actions'][number]) => action.source.kind === 'meeting' && action.source.meeting === november?.id;
    expect(ask('what did the committee before last ask for?').ids).toEqual(all(fromNovember));
    expect(ask('which actions from 10 november are done?').ids).toEqual(
      view.actions
        .filter((action) => fromNovember(action) && action.status === 'complete')
        .map((action) => action.id)
        .sort(),
    );
    expect(ask('what is due from 10 november').ids).toEqual(outstanding((action) => action.due >= '2022-11-10'));
  });
  it('a yes-or-no question about when my own thing is due answers the date', () => {
    const mine = ask('is my tracking panel review still due in the summer?', 'ruth-okafor');
    expect(mine.intent).toBe('action_detail');
    expect(mine.firstLine).toMatch(/^6\.3 is due on 31 Dec 2021/);
    expect(ask('is anything of mine due in the summer?', 'ruth-okafor').ids).toEqual(
      outstanding((action) => action.owner === 'ruth-okafor' && action.due >= '2022-06-01' && action.due <= '2022-08-31'),
    );
  });
  it("a forwarded note: its lines are clauses, a quoted line's marks are not words, and the quoted request is the question", () => {
    const forwarded = ask('FW: from the chair\n\n> Please send me the blocked actions with their owners.\n\nCould you do this one?');
    expect(forwarded.ids).toEqual(outstanding((action) => action.status === 'blocked'));
    expect(ask("Helen here: I'll be chasing - what is late in QA?", 'morgan-hale').ids).toEqual(
      outstanding((action) => action.area === 9 && action.due < '2022-02-01'),
    );
  });
  it('apologies or an absence with no question get a true, short reply, not a list', () => {
    const away = ask("Apologies for tomorrow's board, I'll be at the inspection all day.");
    expect(away.intent).toBe('unknown');
    expect(away.firstLine).not.toContain('welcome');
    expect(away.ids).toEqual([]);
    expect(ask('sorry - overdue for helen').ids).toEqual(outstanding((action) => action.owner === 'helen-marsh' && action.due < '2022-02-01'));
  });
  it('"by the time of <event> on <day>" is by that day; "what should X have done" is what was due; "10 May" is no verb; "the meeting that noted X"', () => {
    expect(ask('By the time of the board on 10 May, what should Tom have done?').ids).toEqual(
      outstanding((action) => action.owner === 'tom-brennan' && action.due <= '2022-05-10'),
    );
    expect(ask('By 31 May, anything for Priya?').ids).toEqual(outstanding((action) => action.owner === 'priya-shah' && action.due <= '2022-05-31'));
    expect(ask('still open on tracking?').ids).toEqual(outstanding((action) => /tracking|tracked/i.test(`${action.title} ${action.measure}`)));
    const october = view.meetings.find((meeting) => meeting.date === '2019-10-09');
    expect(ask('the committee that noted the strategy work - what did it ask for?').ids).toEqual(
      all((action) => action.source.kind === 'meeting' && action.source.meeting === october?.id),
    );
  });
  it('"Tom and I ... what have we got?" is the asker and the person named beside them', () => {
    expect(ask('Tom and I meet the chair later. What have we got overdue?', 'helen-marsh').ids).toEqual(
      outstanding((action) => ['tom-brennan', 'helen-marsh'].includes(action.owner) && action.due < '2022-02-01'),
    );
  });
  it('"a fortnight on Friday" and "a week on Monday" are a week or two after the coming day', () => {
    // Today is Tuesday 1 February 2022: the coming Friday is the 4th, the coming Monday the 7th.
    expect(ask('what is due by a fortnight on friday?').firstLine).toContain('18 February 2022');
    expect(ask('what is due by a week on monday').ids).toEqual(outstanding((action) => action.due <= '2022-02-14'));
    expect(ask('anything due a week tomorrow').firstLine).toContain('9 February 2022');
    expect(ask('The board moved to a week on Monday. Anything due before then?').ids).toEqual(outstanding((action) => action.due < '2022-02-14'));
  });
  it('a ref with only "due" beside it asks when it is due', () => {
    expect(ask('5.2 due?').firstLine).toMatch(/^5\.2 is due on 30 Apr 2022/);
  });
  it('"outside my areas" and "the areas I don\'t lead" rule out the asker\'s areas; "the areas Tom does not lead" his', () => {
    const priyas = new Set(view.plan.areas.filter((area) => area.lead === 'priya-shah').map((area) => area.number));
    expect(priyas.size).toBeGreaterThan(1);
    expect(ask("what's late outside my areas", 'priya-shah').ids).toEqual(outstanding((action) => !priyas.has(action.area) && action.due < '2022-02-01'));
    expect(ask('which of my own open ones are in areas i dont lead', 'priya-shah').ids).toEqual(
      outstanding((action) => action.owner === 'priya-shah' && !priyas.has(action.area)),
    );
    expect(ask('and the areas I do lead?', 'priya-shah').ids).toEqual(outstanding((action) => priyas.has(action.area)));
    const toms = new Set(view.plan.areas.filter((area) => area.lead === 'tom-brennan').map((area) => area.number));
    expect(ask('anything open in the areas tom does not lead').ids).toEqual(outstanding((action) => !toms.has(action.area)));
  });
  it('"coming up" with no period is whatever falls due from today on; "soon" is the next fortnight; a period said beside either wins', () => {
    const ahead = ask('what has daniel got upcoming');
    expect(ahead.ids).toEqual(outstanding((action) => action.owner === 'daniel-cross' && action.due >= '2022-02-01'));
    expect(ahead.ids.length).toBeGreaterThan(1);
    expect(ask('anything coming up on the workforce side?').ids).toEqual(outstanding((action) => action.area === 10 && action.due >= '2022-02-01'));
    expect(ask('what is due soon').ids).toEqual(outstanding((action) => action.due >= '2022-02-01' && action.due <= '2022-02-15'));
    expect(ask('what is coming up over the next 8 weeks').ids).toEqual(outstanding((action) => action.due >= '2022-02-01' && action.due <= '2022-03-29'));
  });
  it('"finished ones too" is every status, and a comma before it does not part the topics', () => {
    expect(ask('area 8 stuff, finished ones too').ids).toEqual(all((action) => action.area === 8));
    expect(ask('everything daniel has including the completed').ids).toEqual(all((action) => action.owner === 'daniel-cross'));
    expect(ask('area 3, open or finished').ids).toEqual(all((action) => action.area === 3));
  });
  it('"o/d" is overdue, and an American "-ize" is the plan\'s "-ise"', () => {
    expect(ask("what's o/d for grace").ids).toEqual(outstanding((action) => action.owner === 'grace-adeyemi' && action.due < '2022-02-01'));
    expect(ask('anything about scrutinizing').ids).toEqual(ask('anything about scrutinising').ids);
    expect(ask('anything about scrutinizing').ids.length).toBeGreaterThan(0);
  });
});

describe('minutes by number, meetings by month, acronyms with their small words', () => {
  const fromMeeting = (id: string, minute?: string) =>
    view.actions
      .filter(
        (action) =>
          action.source.kind === 'meeting' && action.source.meeting === id && (minute === undefined || (action.source.minute ?? '').startsWith(minute)),
      )
      .map((action) => action.id)
      .sort();
  it('a number no area has but a meeting\'s item does ("39.4") is a minute of that meeting', () => {
    const result = ask('anything come out of 39.4');
    expect(result.ids).toEqual(fromMeeting('cypssc-2019-10-09', '39.4'));
    expect(result.ids.length).toBeGreaterThan(0);
    expect(result.firstLine).toContain('minute 39.4');
  });
  it('"the October 2019 actions" and "the November meeting" name the meeting; "the March actions" are due in March', () => {
    expect(ask('list the october 2019 actions, done or not').ids).toEqual(fromMeeting('cypssc-2019-10-09'));
    expect(ask('writing up notes for the November meeting - what did it agree?').ids).toEqual(fromMeeting('cypssc-2021-11-10'));
    expect(ask('what are the march actions').ids).toEqual(outstanding((action) => action.due >= '2022-03-01' && action.due <= '2022-03-31'));
  });
  it('"that Sam isn\'t doing" rules Sam out; "the two of them" adds nothing to the people named', () => {
    expect(ask('which open actions have been allocated to Tom?').ids).toEqual(outstanding((action) => action.owner === 'tom-brennan'));
    expect(ask('what do I personally own in area 10?', 'sam-whitfield').ids).toEqual(
      outstanding((action) => action.area === 10 && action.owner === 'sam-whitfield'),
    );
    expect(ask("area 10 stuff Sam isn't doing").ids).toEqual(outstanding((action) => action.area === 10 && action.owner !== 'sam-whitfield'));
    expect(ask("what's open for Ruth and Tom, the two of them").ids).toEqual(outstanding((action) => ['ruth-okafor', 'tom-brennan'].includes(action.owner)));
  });
  it('an acronym may hold the plan\'s small words ("CiC") or a digit for one ("F2A")', () => {
    expect(ask('who owns the F2A work?').ids).toEqual(['act-6-1']);
    expect(ask('CiC stuff').ids).toEqual(outstanding((action) => /\bchild(?:ren)? in care\b/i.test(`${action.title} ${action.measure}`)));
  });
});

describe('described things asked about with "they", and what rules a topic out', () => {
  it('"the X - are they done?" asks about the one described thing, not for done ones', () => {
    expect(ask('the monthly permanence tracking reviews - are they happening?').ids).toEqual(['act-6-3']);
  });
  it('"who is down to" do a described thing asks who owns it', () => {
    const result = ask('who is down to run the staff survey?');
    expect(result.ids).toEqual(['act-10-4']);
    expect(result.firstLine).toContain('Sam Whitfield');
  });
  it('a lead\'s areas "that she owns herself" are her own actions there', () => {
    const ledByPriya = view.plan.areas.filter((area) => area.lead === 'priya-shah').map((area) => area.number);
    expect(ask("open actions in Priya's areas that she owns herself").ids).toEqual(
      outstanding((action) => ledByPriya.includes(action.area) && action.owner === 'priya-shah'),
    );
  });
  it('"nothing to do with X", "unrelated to X" and "excluding X" rule X out', () => {
    const notMosaic = outstanding((action) => !/mosaic/i.test(`${action.title} ${action.measure}`));
    expect(ask('open stuff that has nothing to do with mosaic').ids).toEqual(notMosaic);
    expect(ask('open items unrelated to mosaic').ids).toEqual(notMosaic);
    expect(ask('everything open excluding mosaic').ids).toEqual(notMosaic);
  });
});

describe('a week of users in their own voices', () => {
  it('"Ruth here." says who is writing, not whose actions; "my board" is a meeting, not the asker\'s actions', () => {
    expect(ask('Ruth here. what is still open on neglect?', 'ruth-okafor').ids).toEqual(outstanding((action) => action.area === 2));
    expect(ask('which quality assurance actions report to my board?').intent).toBe('list_actions');
  });
  it('"haven\'t got going", "neither finished nor started" are not started; "should have been done by" a month looks back', () => {
    expect(ask("which QA actions haven't got going?").ids).toEqual(all((action) => action.area === 9 && action.status === 'not_started'));
    expect(ask('anything neither started nor finished in area 10').ids).toEqual(all((action) => action.area === 10 && action.status === 'not_started'));
    expect(ask('what should have been done by the end of December?').ids).toEqual(outstanding((action) => action.due <= '2021-12-31'));
  });
  it('"last year" is the calendar year before; "on or before" a day includes it; "closed ones included" is every status', () => {
    expect(ask('what is still open that fell due last year').ids).toEqual(outstanding((action) => action.due >= '2021-01-01' && action.due <= '2021-12-31'));
    expect(ask('due on or before 30 april').ids).toEqual(outstanding((action) => action.due <= '2022-04-30'));
    expect(ask('area 12, closed ones included').ids).toEqual(all((action) => action.area === 12));
  });
  it('"before then" is the day the talk before it named; a clause "of what X has underway" is part of the question', () => {
    expect(ask('The inspection starts on 7 March. What is due before then?').ids).toEqual(outstanding((action) => action.due < '2022-03-07'));
    expect(ask("Of what Helen has underway, what's due by the end of March?").ids).toEqual(
      all((action) => action.owner === 'helen-marsh' && action.status === 'in_progress' && action.due <= '2022-03-31'),
    );
  });
  it('"which director leads" asks who leads; "exec" is executive; "context: list ..." after a colon is the question', () => {
    expect(ask('which director leads on life story work?').firstLine).toContain('Ruth Okafor');
    expect(ask('anything open for the exec director?').intent).toBe('list_actions');
    expect(ask('Getting ready for the November committee: list what it agreed').ids).toEqual(
      all((action) => action.source.kind === 'meeting' && action.source.meeting === 'cypssc-2021-11-10'),
    );
  });
});

describe('who it goes to, what is left out, and words written apart', () => {
  it('"that come to the board" says who it goes to, not what it is about; "leaving X out" rules X out', () => {
    expect(ask('permanence actions that come to the board').ids).toEqual(outstanding((action) => action.area === 6));
    expect(ask('what is due in March, leaving life story out').ids).toEqual(
      outstanding((action) => action.area !== 7 && action.due >= '2022-03-01' && action.due <= '2022-03-31'),
    );
  });
  it('"who had" and "who do I chase for" a described thing ask who owns it', () => {
    expect(ask('who had the neglect practice guidance training roll-out?').firstLine).toContain('Grace Adeyemi');
    expect(ask('who do I chase for the staff survey results?').firstLine).toContain('Sam Whitfield');
  });
  it('two words the plan writes as one are read as it ("case loads"), but not two it writes apart', () => {
    expect(ask('anything open about case loads').ids).toEqual(outstanding((action) => /caseloads/i.test(`${action.title} ${action.measure}`)));
    expect(ask('open actions for 16 and 17 year olds').ids.length).toBeGreaterThan(0);
  });
});

describe('area ranges, pronouns that rule out, financial years by two digits and titles turned round', () => {
  it('"areas 2 to 4" and "areas 2 4 and 5" name each area; "area 9 - late" stays one', () => {
    expect(ask('what is blocked across areas 5 to 7?').ids).toEqual(all((action) => [5, 6, 7].includes(action.area) && action.status === 'blocked'));
    expect(ask('open in areas 2 4 and 5').ids).toEqual(outstanding((action) => [2, 4, 5].includes(action.area)));
    expect(ask('area 10 - not started?').ids).toEqual(all((action) => action.area === 10 && action.status === 'not_started'));
  });
  it('"that is not hers" rules out the one person named; "Ruth\'s three areas" are the areas she leads', () => {
    expect(ask("Helen's on leave - anything open that is not hers?").ids).toEqual(outstanding((action) => action.owner !== 'helen-marsh'));
    const ruths = view.plan.areas.filter((area) => area.lead === 'ruth-okafor').map((area) => area.number);
    expect(ask("in progress in Ruth's three areas").ids).toEqual(all((action) => ruths.includes(action.area) && action.status === 'in_progress'));
  });
  it('"plan actions" are the plan\'s own, also beside "not anything the committee added on"', () => {
    const fromPlan = (action: PlanView['actions'][number]) => action.source.kind === 'plan';
    expect(ask('blocked plan actions').ids).toEqual(all((action) => fromPlan(action) && action.status === 'blocked'));
    expect(ask('only plan actions please, not whatever the committee tacked on - anything not started?').ids).toEqual(
      all((action) => fromPlan(action) && action.status === 'not_started'),
    );
  });
  it("the committee ruled out, or the plan named as the source, is the plan's own actions", () => {
    const fromPlan = (action: PlanView['actions'][number]) => action.source.kind === 'plan';
    const planWith = (status: string) => all((action) => fromPlan(action) && action.status === status);
    expect(ask('blocked ones, excluding the committee').ids).toEqual(planWith('blocked'));
    expect(ask('what is in progress that came from the plan, not the committee?').ids).toEqual(planWith('in_progress'));
    expect(ask('in progress, plan ones only').ids).toEqual(planWith('in_progress'));
    expect(ask("the plan's own not-started actions").ids).toEqual(planWith('not_started'));
    expect(ask('not started, except the ones the committee asked for').ids).toEqual(planWith('not_started'));
    expect(ask('in progress, from the plan rather than the committee').ids).toEqual(planWith('in_progress'));
  });
  it('a quarter asked of in the past tense is this financial year\'s, and "did we hit" is done', () => {
    const q3 = ask('which Q3 deadlines did we hit?');
    expect(q3.ids).toEqual(all((action) => action.status === 'complete' && action.due >= '2021-10-01' && action.due <= '2021-12-31'));
    expect(q3.firstLine).toContain('quarter 3 of 2021/22');
    expect(ask('what is due in Q1?').firstLine).toContain('quarter 1 of 2022/23');
  });
  it('"other than the actions X holds" rules X out; "nothing that isn\'t late" is only the late ones', () => {
    expect(ask('open work other than the actions Grace holds').ids).toEqual(outstanding((action) => action.owner !== 'grace-adeyemi'));
    expect(ask('none that are not blocked, in area 6').ids).toEqual(all((action) => action.area === 6 && action.status === 'blocked'));
    expect(ask('overdue ones in area 3, thanks').ids).toEqual(outstanding((action) => action.area === 3 && action.due < '2022-02-01'));
    expect(ask('great, thanks').text).toContain('welcome');
  });
  it('a role before a colon is who is asking; a "please" alone asks nothing and keeps the sentence after it', () => {
    expect(ask('Youth offending co-ordinator: what is blocked?').ids).toEqual(all((action) => action.status === 'blocked'));
    expect(ask("Head of Service's PA: anything not started in area 9?").ids).toEqual(all((action) => action.area === 9 && action.status === 'not_started'));
    const leads = view.plan.areas.filter((area) => area.lead === 'priya-shah').map((area) => area.number);
    expect(leads.length).toBeGreaterThan(0);
    expect(ask("Blocked, please - only the stuck ones in Priya's areas.").ids).toEqual(
      all((action) => leads.includes(action.area) && action.status === 'blocked'),
    );
  });
  it('several meetings or minutes named together are each of them', () => {
    const from =
      (...ids: string[]) =>
      (action: PlanView['actions'][number]) =>
        action.source.kind === 'meeting' && ids.includes(action.source.meeting);
    const both = ask('what did the October 2019 and January 2022 meetings agree?');
    expect(both.ids).toEqual(all(from('cypssc-2019-10-09', 'cypssc-2022-01-12')));
    expect(both.firstLine).toContain('9 October 2019 or at the committee meeting of 12 January 2022');
    expect(ask('completed actions from the October or November committees').ids).toEqual(
      all((action) => from('cypssc-2019-10-09', 'cypssc-2021-11-10')(action) && action.status === 'complete'),
    );
    expect(ask('anything from the November and January committees due after Easter?').ids).toEqual(
      outstanding((action) => from('cypssc-2021-11-10', 'cypssc-2022-01-12')(action) && action.due > '2022-04-17'),
    );
    const items = ask('items 23 and 42 - what did they set?');
    expect(items.ids).toEqual(
      all(
        (action) =>
          action.source.kind === 'meeting' &&
          ['23', '42'].some((item) => action.source.kind === 'meeting' && (action.source.minute ?? '').split('.')[0] === item),
      ),
    );
    expect(ask('minutes 39.5 and 39.6 please').firstLine).toContain('under minutes 39.5 and 39.6 of');
  });
  it('"the ADs\' actions" is both; "the ADs list" without the apostrophe still asks which', () => {
    const ads = ['ruth-okafor', 'tom-brennan'];
    expect(ask("the assistant directors' actions that are blocked").ids).toEqual(all((action) => ads.includes(action.owner) && action.status === 'blocked'));
    expect(ask('whats on the ADs list').intent).toBe('clarify_person');
  });
  it('"people who don\'t lead an area" is everyone but the area leads; "that I don\'t own myself" rules the asker out', () => {
    const leads = new Set(view.plan.areas.map((area) => area.lead));
    expect(ask('anything blocked or not started for people who do not lead an area?').ids).toEqual(
      all((action) => !leads.has(action.owner) && ['blocked', 'not_started'].includes(action.status)),
    );
    expect(ask('what do those who lead an area have in progress?').ids).toEqual(all((action) => leads.has(action.owner) && action.status === 'in_progress'));
    const mine = view.plan.areas.filter((area) => area.lead === 'ruth-okafor').map((area) => area.number);
    expect(ask("open in my areas that I don't own myself", 'ruth-okafor').ids).toEqual(
      outstanding((action) => mine.includes(action.area) && action.owner !== 'ruth-okafor'),
    );
  });
  it('"is <doing a thing> still due ...?" answers when that thing is due; a greeting from a place is a greeting', () => {
    const due = ask('is recruiting more in-house foster carers still due in March?');
    expect(due.intent).toBe('action_detail');
    expect(due.firstLine).toMatch(/is due on/);
    expect(ask('Afternoon from the Taunton office!').intent).toBe('help');
  });
  it('a group set aside is all of it; both sources together are no source; the last two meetings and two years of meetings are each', () => {
    const ads = ['ruth-okafor', 'tom-brennan'];
    expect(ask('not counting the two assistant directors, what is blocked or not started?').ids).toEqual(
      all((action) => !ads.includes(action.owner) && ['blocked', 'not_started'].includes(action.status)),
    );
    expect(ask('in progress, the plan and the committee alike').ids).toEqual(all((action) => action.status === 'in_progress'));
    const from =
      (...ids: string[]) =>
      (action: PlanView['actions'][number]) =>
        action.source.kind === 'meeting' && ids.includes(action.source.meeting);
    expect(ask('completed ones from the last committee and the one before it').ids).toEqual(
      all((action) => from('cypssc-2021-11-10', 'cypssc-2022-01-12')(action) && action.status === 'complete'),
    );
    expect(ask('what did the 2019 and 2022 meetings ask for?').ids).toEqual(all(from('cypssc-2019-06-19', 'cypssc-2019-10-09', 'cypssc-2022-01-12')));
    expect(ask('of the ones due in the autumn term, which were actually finished?').firstLine).toContain('2021)');
  });
  it('"last Christmas" is the one gone by; "last autumn term" asked in the past tense is the latest, already over', () => {
    expect(ask('what was due last Christmas?').firstLine).toContain('25 December 2021');
    expect(ask('what is due by next Easter?').firstLine).toContain('17 April 2022');
    expect(ask('of the ones due last autumn term, which were completed?').firstLine).toContain('17 December 2021');
    expect(ask('what was due last term?').firstLine).toContain('17 December 2021');
  });
  it('"every quarter" is "quarterly", a tag question asks nothing more, and a count and title before names only describe them', () => {
    const quarterly = ask('Life story work gets audited every quarter, right? What is the due date on it?');
    expect(quarterly.intent).toBe('action_detail');
    expect(quarterly.ids).toEqual(['act-7-3']);
    expect(ask('for the three directors - Morgan, Priya and Daniel - anything in progress?').ids).toEqual(
      all((action) => ['morgan-hale', 'priya-shah', 'daniel-cross'].includes(action.owner) && action.status === 'in_progress'),
    );
  });
  it('a period said of deadlines is when they fall due, never a meeting; "still down for" is still due', () => {
    const fromJanuary = (action: PlanView['actions'][number]) => action.source.kind === 'meeting' && action.source.meeting === 'cypssc-2022-01-12';
    const march = ask('what did the January committee set with March deadlines?');
    expect(march.ids).toEqual(all((action) => fromJanuary(action) && action.due >= '2022-03-01' && action.due <= '2022-03-31'));
    expect(march.firstLine).toContain('March 2022');
    expect(ask('anything the committee asked for that is not started, with year-end deadlines?').firstLine).not.toContain('12 January 2022');
    const down = ask('is the social work recruitment campaign still down for March?');
    expect(down.intent).toBe('action_detail');
    expect(down.firstLine).toContain('is due on 31 Mar 2022');
  });
  it('"X\'s PA:" is who asks, a colon before "did" parts the clause, and "who actually gave ..." asks who did the one thing', () => {
    const pa = ask("Chief Executive's PA: did the standards on what good looks like get published?");
    expect(pa.ids).toEqual(['act-1-2']);
    const gave = ask('Who actually gave the BPG that paper on staff and partner voices?');
    expect(gave.intent).toBe('action_detail');
    expect(gave.firstLine).toContain('owned by Morgan Hale');
  });
  it('a word the plan says otherwise ("cut" for "reduce") finds the action, and is not taken for a slip', () => {
    const owner = ask('who is in charge of cutting agency staff in frontline teams?');
    expect(owner.intent).toBe('action_detail');
    expect(owner.ids).toEqual(['act-10-3']);
    expect(ask('cut agency staff - where are we?').ids).toEqual(['act-10-3']);
  });
  it('"X tell me ..." and "X keep asking" are news, while "tell me ..." and "can you tell me ..." ask', () => {
    expect(ask('Social workers tell me induction is patchy - did the new induction programme get launched?').ids).toEqual(['act-1-3']);
    expect(ask('Are the updated procedures online yet? Team managers keep asking').ids).toEqual(['act-1-4']);
    expect(ask('can you tell me what is blocked').ids).toEqual(all((action) => action.status === 'blocked'));
  });
  it('a minute that set one action names it', () => {
    const single = ask('minute 42.3.3 - where are we?');
    expect(single.intent).toBe('action_detail');
    expect(single.ids).toHaveLength(1);
    expect(ask('minute 39.5 - where are we?').intent).toBe('list_actions');
  });
  it('"fy 22/23" is a financial year; "21-22 February" is two days; listed months are their span', () => {
    expect(ask('what falls in fy 22/23?').firstLine).toContain('2022/23 financial year');
    expect(ask('anything due 21-22 February').firstLine).not.toContain('financial year');
    expect(ask('due in April, May or June?').ids).toEqual(outstanding((action) => action.due >= '2022-04-01' && action.due <= '2022-06-30'));
    expect(ask('anything due between now and half-term').firstLine).toContain('25 Feb 2022');
  });
  it('a title turned round names its holder: "the head of the virtual school"', () => {
    expect(ask('anything open for the head of the virtual school?').ids).toEqual(outstanding((action) => action.owner === 'anita-rao'));
  });
});

describe('who is asking and for what, "anyone", what is still held, and after someone leaves', () => {
  it('"Virtual school governor here -" and "Doing the quarterly return -" say who asks and why, not what about', () => {
    expect(ask('virtual school governor here - anything blocked?').ids).toEqual(all((action) => action.status === 'blocked'));
    expect(ask('Doing the quarterly performance return - what is overdue?').ids).toEqual(outstanding((action) => action.due < '2022-02-01'));
    expect(ask('Bit lost on my first day - where do I even start with this?').intent).toBe('help');
  });
  it('"is anyone X-ing" asks about X', () => {
    expect(ask('is anybody auditing neglect practice?').ids).toEqual(outstanding((action) => action.area === 2 && /audit/i.test(action.title)));
  });
  it('"everything I still own" is what I have outstanding', () => {
    expect(ask('list everything I still own please', 'helen-marsh').ids).toEqual(outstanding((action) => action.owner === 'helen-marsh'));
  });
  it('"after the end of March" is after it, also said as "after she has gone at the end of March"', () => {
    expect(ask('what is due after the end of March').ids).toEqual(outstanding((action) => action.due > '2022-03-31'));
    expect(ask('Helen leaves soon - what of hers is due after she has gone at the end of March?').ids).toEqual(
      outstanding((action) => action.owner === 'helen-marsh' && action.due > '2022-03-31'),
    );
  });
  it('a thing described at length with "for ... and ..." is one thing, whatever its status', () => {
    const campaign = ask('who ran the private fostering awareness campaign for schools and GPs?');
    expect(campaign.intent).toBe('action_detail');
    expect(campaign.firstLine).toContain('Leo Fitzgerald');
  });
  it('a meeting told by what it wanted, in a clause of its own, names that meeting', () => {
    expect(ask('the committee that wanted a further report on workforce development - what is open?').firstLine).toContain('10 November 2021');
  });
});

describe('introductions, set-aside names, ruling out by a clause, and periods back from today', () => {
  it('"I\'m the X." before a question, and "how does this bot work?" after one, are talk about the asker and the bot', () => {
    expect(ask("Hello, I'm the new practice consultant on the audit team. Could you list everything that is still open in neglect?").ids).toEqual(
      outstanding((action) => action.area === 2),
    );
    expect(ask("Hi! I'm the ADCS adviser - how does this bot work?").intent).toBe('help');
    expect(ask('Hello, hope you are well').intent).toBe('help');
  });
  it('a message for others ("please send anything to my deputy") asks the bot nothing; "please send a list of X" does', () => {
    expect(ask("I'm on leave from Monday, so please send anything urgent to my manager.").firstLine).toMatch(/^Noted\./);
    expect(ask('Please send a list of the blocked actions.').ids).toEqual(all((action) => action.status === 'blocked'));
  });
  it('"one more from me, promise: overdue X?" asks about X', () => {
    expect(ask('one more from me, promise: blocked actions in permanence?').ids).toEqual(all((action) => action.area === 6 && action.status === 'blocked'));
  });
  it('"leaving Helen and Grace to one side", "leaving QA aside" rule them out', () => {
    expect(ask('Leaving Sam and Ruth to one side, what is overdue?').ids).toEqual(
      outstanding((action) => action.due < '2022-02-01' && !['sam-whitfield', 'ruth-okafor'].includes(action.owner)),
    );
    expect(ask('leaving life story aside, what is late?').ids).toEqual(outstanding((action) => action.due < '2022-02-01' && action.area !== 7));
  });
  it('"other than the ones that are already late" rules lateness out', () => {
    expect(ask("other than the ones that are already late, what's left for Ruth?").ids).toEqual(
      outstanding((action) => action.owner === 'ruth-okafor' && action.due >= '2022-02-01'),
    );
  });
  it('"the ones still going" are the open ones; "the lead member" is the cabinet member for children', () => {
    expect(ask('life story work: the completed ones and the ones still going').ids).toEqual(all((action) => action.area === 7));
    const cabinet = view.people.find((person) => /cabinet member/i.test(person.jobTitle));
    expect(ask('anything open for the lead member?').ids).toEqual(outstanding((action) => action.owner === cabinet?.id));
  });
  it('"came from the committee rather than the plan" is the committee\'s', () => {
    expect(ask('which overdue actions came from the committee rather than the plan?').ids).toEqual(
      outstanding((action) => action.source.kind !== 'plan' && action.due < '2022-02-01'),
    );
  });
  it('"the last six weeks", "the rest of the spring term", "the last quarter of the financial year", "calendar 2021"', () => {
    expect(ask('what was completed with a deadline in the last six weeks?').ids).toEqual(
      all((action) => action.status === 'complete' && action.due >= '2021-12-21' && action.due <= '2022-01-31'),
    );
    expect(ask('anything due in the rest of the spring term?').ids).toEqual(outstanding((action) => action.due >= '2022-02-01' && action.due <= '2022-04-08'));
    expect(ask('due in the last quarter of the financial year').firstLine).toContain('January to March 2022');
    expect(ask('which actions had a deadline in calendar 2021, whatever their status?').ids).toEqual(all((action) => action.due.startsWith('2021')));
  });
  it('a thing that opens a yes/no question and is not in the plan is not found ("is the lift still closed?")', () => {
    expect(ask('Is the lift in the east wing still closed?').intent).toBe('unknown');
  });
  it('a purpose before the question ("For the audit trail, ...") names nothing', () => {
    expect(ask('For the audit trail, please list every action due in 2021.').ids).toEqual(all((action) => action.due.startsWith('2021')));
  });
});

describe("dates ruled out by their bound, work set aside, questions someone else asked, and several people's areas", () => {
  it('"excluding anything due after X" is by X; "not due by X" is after it; "not due before X" from it', () => {
    expect(ask('what is open, leaving out anything due after the end of April?').ids).toEqual(outstanding((action) => action.due <= '2022-04-30'));
    expect(ask('open ones that are not due by the end of April').ids).toEqual(outstanding((action) => action.due > '2022-04-30'));
    expect(ask('open ones not due before June').ids).toEqual(outstanding((action) => action.due >= '2022-06-01'));
  });
  it('"pulling the annual report together", "chasing people" are what the asker is doing', () => {
    expect(ask('Pulling the annual report together for members - what is open on neglect?').ids).toEqual(outstanding((action) => action.area === 2));
    expect(ask('chasing people this week: what is due next month?').ids).toEqual(outstanding((action) => action.due.startsWith('2022-03')));
  });
  it('"the inspector asked me what is blocked - which are they?" asks what is blocked; "on hold" is no "I hold"', () => {
    expect(ask('The inspector asked me what is on hold - which ones are they?').ids).toEqual(all((action) => action.status === 'blocked'));
  });
  it('"putting my audits to one side" rules out my audits; "in my areas that others own" rules me out', () => {
    expect(ask('putting my audits to one side, what is still open?', 'helen-marsh').ids).toEqual(
      outstanding((action) => action.owner === 'helen-marsh' && !/audit/i.test(action.title)),
    );
    const ruths = view.plan.areas.filter((area) => area.lead === 'ruth-okafor').map((area) => area.number);
    expect(ask('what is open in my areas that others own?', 'ruth-okafor').ids).toEqual(
      outstanding((action) => ruths.includes(action.area) && action.owner !== 'ruth-okafor'),
    );
  });
  it('"Tom\'s and Ruth\'s areas" are the areas each leads', () => {
    const theirs = view.plan.areas.filter((area) => area.lead === 'tom-brennan' || area.lead === 'ruth-okafor').map((area) => area.number);
    expect(ask("blocked in Tom's and Ruth's areas").ids).toEqual(all((action) => theirs.includes(action.area) && action.status === 'blocked'));
    expect(ask("what is open across Tom's and Ruth's areas?").ids).toEqual(outstanding((action) => theirs.includes(action.area)));
  });
});

describe('roles as introductions, the municipal year, "since the summer", and what a committee did', () => {
  it('"Vice-chair.", "Chair here.", "IRO service manager." say who asks', () => {
    expect(ask('Vice-chair. What is blocked?').ids).toEqual(all((action) => action.status === 'blocked'));
    expect(ask('Chair here. Anything overdue in permanence?').ids).toEqual(outstanding((action) => action.area === 6 && action.due < '2022-02-01'));
    expect(ask('IRO service manager. Anything open in neglect?').ids).toEqual(outstanding((action) => action.area === 2));
  });
  it('"bar the ones X has" rules X out; "held by" is owned by', () => {
    expect(ask('what is overdue, bar the ones Ruth has?').ids).toEqual(outstanding((action) => action.due < '2022-02-01' && action.owner !== 'ruth-okafor'));
    expect(ask('which blocked actions are held by Ruth?').ids).toEqual(all((action) => action.status === 'blocked' && action.owner === 'ruth-okafor'));
  });
  it('the municipal year runs May to April; "on the year end" is 31 March; "this month and next"', () => {
    expect(ask('what is due between now and the end of the municipal year?').ids).toEqual(
      outstanding((action) => action.due >= '2022-02-01' && action.due <= '2022-04-30'),
    );
    expect(ask('open and due after the end of this municipal year').ids).toEqual(outstanding((action) => action.due > '2022-04-30'));
    expect(ask('what is due on the year end itself?').ids).toEqual(outstanding((action) => action.due === '2022-03-31'));
    expect(ask('what is due by the end of term?').firstLine).toContain('due by the end of the spring term (4 January to 8 April 2022)');
    expect(ask('anything due this month and next?').ids).toEqual(outstanding((action) => action.due >= '2022-02-01' && action.due <= '2022-03-31'));
  });
  it('"since the summer" runs from the end of the last one', () => {
    expect(ask('what has gone overdue since the summer?').ids).toEqual(outstanding((action) => action.due >= '2021-09-01' && action.due < '2022-02-01'));
  });
  it('"the comittee" is the committee; "anything from the committee that is late" is its actions', () => {
    expect(ask('anything from the comittee that is late?').ids).toEqual(outstanding((action) => action.source.kind !== 'plan' && action.due < '2022-02-01'));
  });
  it('what a minute "produced" and what a meeting "discussed" are not subjects', () => {
    expect(ask('minute 39.5 - which actions did it produce?').firstLine).not.toContain('"produce"');
    expect(ask('which actions did minute 39.4 generate?').firstLine).not.toContain('about');
  });
  it('a greeting with an introduction and no question is a greeting; "scrap that" keeps what follows', () => {
    expect(ask("Good afternoon! I'm the new service manager for fostering - just saying hello.").intent).toBe('help');
    expect(ask('what is due in April - no, scrap that, what is due in May?').ids).toEqual(outstanding((action) => action.due.startsWith('2022-05')));
  });
});

describe("the measure of one thing, the committee's own actions, and a purpose said first", () => {
  it('"what evidence will show X has worked?" and "the measure for X" show that one action with its measure', () => {
    const drift = ask('What evidence will show the training for IROs on drift has worked?');
    expect(drift.intent).toBe('action_detail');
    expect(drift.text).toContain('Measure:');
    expect(ask('what is the measure of success for the neglect audit?').intent).toBe('action_detail');
  });
  it('"the January staff survey" names the survey, not a due date', () => {
    const survey = ask('what is the measure for the January staff survey?');
    expect(survey.intent).toBe('action_detail');
    expect(survey.firstLine).toContain('staff survey');
  });
  it('"the committee\'s own actions" are the committee\'s', () => {
    expect(ask("which of the committee's own actions are blocked?").ids).toEqual(all((action) => action.source.kind !== 'plan' && action.status === 'blocked'));
    expect(ask("which of the committee's own actions are overdue?").firstLine).toContain('set by a committee');
  });
  it('"For the work programme: ..." is what it is for, even where "programme" is in the plan', () => {
    expect(ask('For the work programme: what is blocked?').ids).toEqual(all((action) => action.status === 'blocked'));
  });
});

describe('a role that names someone, laughter, and keeping people posted', () => {
  it('a role said alone that the plan gives someone ("Principal SW -") names them; other roles say who asks', () => {
    expect(ask('principal SW - anything in progress?').ids).toEqual(all((action) => action.owner === 'grace-adeyemi' && action.status === 'in_progress'));
    expect(ask('Committee clerk. Anything in progress?').ids).toEqual(all((action) => action.status === 'in_progress'));
  });
  it('a remark with a laugh and no question is noted, not searched', () => {
    const remark = ask('haha the printer on the third floor has jammed again');
    expect(remark.intent).toBe('unknown');
    expect(remark.firstLine).toMatch(/^Noted\./);
  });
  it('"keeping members posted on X" is the action to keep them updated', () => {
    expect(ask('who is keeping the committee posted on child protection performance?').firstLine).toContain('9.4 is owned by');
  });
});

describe('why a question is asked, and a message sent to the wrong person', () => {
  it('"... so we can X" after a question says why it is asked', () => {
    expect(ask('what is open on neglect so we keep on top of it?').ids).toEqual(outstanding((action) => action.area === 2));
    expect(ask('the board is next week so I need to be ready - what is overdue?').ids).toEqual(outstanding((action) => action.due < '2022-02-01'));
  });
  it('"meant to send that to Sam" is noted, not read as Sam\'s actions', () => {
    expect(ask('oops, meant to send that to Grace').firstLine).toMatch(/^Noted\./);
  });
});

describe('"May" the month after a preposition', () => {
  it('"before May", "by May", "since May" are the month; "May half-term" and "may be" are not', () => {
    expect(ask('what is due before May?').ids).toEqual(outstanding((action) => action.due < '2022-05-01'));
    expect(ask('anything due by May?').ids).toEqual(outstanding((action) => action.due <= '2022-05-31'));
    expect(ask('what is due before May half-term?').firstLine).toContain('May half-term');
    expect(ask('which may be late by June?').firstLine).toContain('June 2022');
  });
});

describe('owners beside "I", corrections, periods from a stated day, and what talk hands on', () => {
  const source = (action: PlanView['actions'][number]): string => action.source?.kind ?? 'plan';
  it('"Sam and I" is both owners, and "mine included" rules no one in or out', () => {
    expect(ask('what have Sam and I got overdue?', 'tom-brennan').ids).toEqual(
      outstanding((action) => action.due < '2022-02-01' && ['sam-whitfield', 'tom-brennan'].includes(action.owner)),
    );
    expect(ask('what is still open in area 3, mine included?', 'tom-brennan').ids).toEqual(outstanding((action) => action.area === 3));
  });
  it('"except what sits with Helen" rules her out; "didn\'t come from a committee" is the plan\'s own', () => {
    expect(ask('anything overdue except what sits with Helen?').ids).toEqual(
      outstanding((action) => action.due < '2022-02-01' && action.owner !== 'helen-marsh'),
    );
    expect(ask("what is overdue that didn't come from a committee?").ids).toEqual(
      outstanding((action) => action.due < '2022-02-01' && source(action) === 'plan'),
    );
  });
  it('a correction ("March - sorry, I meant April") is read in place of what it corrects', () => {
    const corrected = ask('what is due in March - sorry, I meant April?');
    expect(corrected.ids).toEqual(outstanding((action) => action.due >= '2022-04-01' && action.due <= '2022-04-30'));
    expect(corrected.firstLine).toContain('April 2022');
  });
  it('"the first six weeks from 14 February" starts that day; "late or due this month" is open and due by its end', () => {
    expect(ask('what falls due in the first six weeks from 14 February?').ids).toEqual(
      outstanding((action) => action.due >= '2022-02-14' && action.due <= '2022-03-28'),
    );
    expect(ask('what is late or due this month?').ids).toEqual(outstanding((action) => action.due <= '2022-02-28'));
  });
  it('"who owns 5.1 - was it me?" names the owner, and "how will we know it made a difference" is the measure', () => {
    const guessed = ask('who owns 5.1 - was it me?', 'helen-marsh');
    expect(guessed.intent).toBe('action_detail');
    expect(guessed.firstLine).toBe('5.1 is owned by Tom Brennan.');
    const measure = ask('how will we know the life story book work for adopted children has made a difference?');
    expect(measure.intent).toBe('action_detail');
    expect(measure.text).toContain('Measure:');
  });
  it('talk that says what people ask about hands it to a bare question; a role before the question is not its subject', () => {
    expect(ask('Councillors keep asking me about recruitment and retention - is anything not started?').ids).toEqual(
      all((action) => action.area === 10 && action.status === 'not_started'),
    );
    expect(ask('Foster carer here. Did the life story training for foster carers actually happen?').ids).toEqual(['act-7-1']);
  });
  it('"not yet been kicked off" is not started; "need to have finished by Easter" is open and due by then', () => {
    expect(ask('which actions have not yet been kicked off?').ids).toEqual(all((action) => action.status === 'not_started'));
    const easter = ask('what do we need to have finished before schools break up for Easter?');
    expect(easter.firstLine).toContain('Easter holidays');
    expect(easter.ids).toEqual(outstanding((action) => action.due < '2022-04-09'));
  });
  it('a person or a date telling which meeting is not an owner or a deadline; "did the meeting give me" is the asker\'s', () => {
    const fromJanuary = (action: PlanView['actions'][number]): boolean => action.source?.kind === 'meeting' && action.source.meeting === 'cypssc-2022-01-12';
    expect(
      ask('The committee that asked to hear in the summer how initial health assessments are improving - which of its actions are still open?').ids,
    ).toEqual(outstanding(fromJanuary));
    expect(ask('what did the January meeting give me?', 'ruth-okafor').ids).toEqual(all((action) => fromJanuary(action) && action.owner === 'ruth-okafor'));
    expect(ask('the short briefing councillors asked me for on CP statutory visits - how far have I got with it?', 'priya-shah').ids).toEqual(['act-9-6']);
  });
});

describe("an occasion's day, a month gone by, periods after an event, and the one thing asked after", () => {
  const fromMeeting = (id: string) => (action: PlanView['actions'][number]) => action.source?.kind === 'meeting' && action.source.meeting === id;
  it('"for the 2 March agenda ... before then" is before that day, and "open from November" is the November meeting', () => {
    const agenda = ask("For the 2 March agenda, what's still open from November that's due before then?");
    expect(agenda.ids).toEqual(outstanding((action) => fromMeeting('cypssc-2021-11-10')(action) && action.due < '2022-03-02'));
    expect(agenda.firstLine).toContain('10 November 2021');
    expect(ask("what's outstanding from November?").ids).toEqual(outstanding(fromMeeting('cypssc-2021-11-10')));
  });
  it('"the three months after the visit on 7 March" starts the day after; "don\'t fall due by year end" is after it', () => {
    expect(ask('what is due in the three months after the visit on 7 March?').ids).toEqual(
      outstanding((action) => action.due >= '2022-03-08' && action.due <= '2022-06-07'),
    );
    expect(ask("list the open ones that don't fall due by year end").ids).toEqual(outstanding((action) => action.due > '2022-03-31'));
  });
  it('a meeting told by what it said, or by its month and what it focused on, is that meeting', () => {
    expect(ask('From the meeting that said initial health assessments should stay a focus, what is still open?').ids).toEqual(
      outstanding(fromMeeting('cypssc-2022-01-12')),
    );
    expect(ask('The November meeting that focused on the workforce - has anything it set gone overdue?').ids).toEqual(
      outstanding((action) => fromMeeting('cypssc-2021-11-10')(action) && action.due < '2022-02-01'),
    );
  });
  it('"that isn\'t theirs" rules out the people the talk named', () => {
    expect(ask('Apparently most of the plan sits with Helen, Daniel and Priya. What is open that is not theirs?').ids).toEqual(
      outstanding((action) => !['helen-marsh', 'daniel-cross', 'priya-shah'].includes(action.owner)),
    );
  });
  it('"have councillors received the X?", "the X - has the board seen it?", "were members ever invited to X?" ask of one thing', () => {
    expect(ask('Have councillors received the short note on initial conference timeliness?').ids).toEqual(['act-9-6']);
    expect(ask('The 40-case neglect audit - has the board seen it?').ids).toEqual(['act-2-2']);
    expect(ask('Were committee members ever invited to observe the life story training?').ids).toEqual(['act-7-5']);
    expect(ask('Members asked for a workforce report in the summer - is anyone working on it?').ids).toEqual(['act-10-5']);
  });
});

describe('what talk names, corrections of part of a question, purposes, and slips in status words', () => {
  it('talk that names the subject hands it to "there", "those actions", "on that"; "but on X" turns to X', () => {
    expect(ask('Having a quick look at life story work before the board. Anything there not started yet?').ids).toEqual(
      all((action) => action.area === 7 && action.status === 'not_started'),
    );
    expect(ask('Permanence planning is a worry for us - which of those actions are underway?').ids).toEqual(
      all((action) => action.area === 6 && action.status === 'in_progress'),
    );
    expect(ask("Apologies if I should know this, but on neglect, what's still not kicked off?").ids).toEqual(
      all((action) => action.area === 2 && action.status === 'not_started'),
    );
  });
  it('"scratch that - in X" and "make that X" change only the part corrected', () => {
    expect(ask("What's overdue in neglect? Scratch that - in life story work.").ids).toEqual(
      outstanding((action) => action.area === 7 && action.due < '2022-02-01'),
    );
    expect(ask("List my blocked ones - actually, make that Ruth's in-progress ones.", 'tom-brennan').ids).toEqual(
      all((action) => action.owner === 'ruth-okafor' && action.status === 'in_progress'),
    );
  });
  it('"for the minutes:", "for the action log," say what the answer is for; "owe the committee" is the committee\'s', () => {
    expect(ask('For the minutes: which actions are blocked?').ids).toEqual(all((action) => action.status === 'blocked'));
    expect(ask('For the action log, what does Sam still owe the committee?').ids).toEqual(
      all((action) => action.owner === 'sam-whitfield' && action.source?.kind === 'meeting'),
    );
  });
  it('a period the talk named is what "due then" and "that week" mean; a bracketed date is the occasion\'s', () => {
    expect(ask("I'm away over the Easter holidays. Which actions fall due then?").firstLine).toContain('Easter holidays');
    expect(ask('Between the audit (w/c 7 March) and the end of the financial year, what is due?').ids).toEqual(
      outstanding((action) => action.due >= '2022-03-07' && action.due <= '2022-03-31'),
    );
    expect(ask('From today up to Easter, which deadlines are coming?').ids).toEqual(
      outstanding((action) => action.due >= '2022-02-01' && action.due <= '2022-04-17'),
    );
    expect(ask('Which actions fall due in the 2022/23 municipal year?').ids).toEqual(
      outstanding((action) => action.due >= '2022-05-01' && action.due <= '2023-04-30'),
    );
  });
  it('a slip in a status word is read as that word; "16/17 yr olds" are ages; "nothing of Priya\'s" rules her out', () => {
    expect(ask('what has gone overdew?').ids).toEqual(outstanding((action) => action.due < '2022-02-01'));
    expect(ask('homeless 16/17 yr olds - anything not started').ids).toEqual(all((action) => action.area === 3 && action.status === 'not_started'));
    expect(ask("what's open on neglect - and nothing of Priya's").ids).toEqual(outstanding((action) => action.area === 2 && action.owner !== 'priya-shah'));
  });
  it('"which senior officer leads on X?" names the lead; "take out X" rules it out; "my lane" says nothing of whose', () => {
    expect(ask('which senior officer leads on life story work?').firstLine).toContain('Ruth Okafor');
    expect(ask("Everything that's overdue, but take out life story").ids).toEqual(outstanding((action) => action.due < '2022-02-01' && action.area !== 7));
    expect(ask('this is outside my lane, but what is overdue?').intent).toBe('list_actions');
  });
});

describe("a ref's area, people listed after a dash, what the asker already has, and deadlines said with a committee", () => {
  it("\"I've got 4.3, but who's the area's lead?\" names the lead of 4.3's area", () => {
    const lead = ask("Looking at 7.2 here, but who's the area's lead?");
    expect(lead.firstLine).toContain('Ruth Okafor');
    expect(lead.firstLine).toContain('area 7');
  });
  it('"across my direct reports - Priya, Ruth and Tom" is those people\'s actions', () => {
    expect(ask("Before my one-to-ones, what's open across my direct reports - Priya, Ruth and Tom?", 'morgan-hale').ids).toEqual(
      outstanding((action) => ['priya-shah', 'ruth-okafor', 'tom-brennan'].includes(action.owner)),
    );
  });
  it('"- I already know about X" after a request is news; "and have we done it?" asks nothing more', () => {
    expect(ask("Neglect work that's still open, but not the audit one - I already know all about that from the board.").ids).toEqual(
      outstanding((action) => action.area === 2 && !/audit/i.test(action.title)),
    );
    expect(ask('What did resolution 39.8.4 call for, and have we done it?').intent).toBe('action_detail');
  });
  it('a date ending what a meeting recorded ("asked for a report in summer 2022") is part of the telling, not a deadline', () => {
    expect(ask('Of the meeting that asked for a workforce report in summer 2022, what is in progress?').ids).toEqual(
      all((action) => action.status === 'in_progress' && action.source?.kind === 'meeting' && action.source.meeting === 'cypssc-2021-11-10'),
    );
  });
  it('"with someone who isn\'t an area lead" rules the area leads out; "X - how\'s that tracking?" points back to X', () => {
    expect(ask('Which blocked or not-started actions sit with someone who is not an area lead?').ids).toEqual(
      all(
        (action) => ['blocked', 'not_started'].includes(action.status) && !['priya-shah', 'tom-brennan', 'ruth-okafor', 'daniel-cross'].includes(action.owner),
      ),
    );
    expect(ask("Making sure every child with an adoption plan has a life story book before the order - how's that tracking?").ids).toEqual(['act-7-4']);
  });
  it('"between our March board on the 8th and the May one on the 10th" is between those days', () => {
    expect(ask('Between our March board on the 8th and the May one on the 10th, what falls due?').ids).toEqual(
      outstanding((action) => action.due >= '2022-03-08' && action.due <= '2022-05-10'),
    );
  });
  it('"before budget council on Friday 25 February", "after the board (25 Feb)": bounded by the occasion\'s day; "my usual patch" is not whose', () => {
    expect(ask('What is still to do that is due before the away day on Friday 4 March?').ids).toEqual(outstanding((action) => action.due < '2022-03-04'));
    expect(ask('What is in progress that is due after the partnership board (25 Feb)?').ids).toEqual(
      all((action) => action.status === 'in_progress' && action.due > '2022-02-25'),
    );
    expect(ask('Not my usual patch, but is anything in neglect blocked?').intent).toBe('list_actions');
  });
  it('"committee actions ... due in June" is a deadline ahead, and "my committee actions" are the asker\'s', () => {
    expect(ask('which committee actions are in progress and due in June?').ids).toEqual(
      all((action) => action.status === 'in_progress' && action.source?.kind === 'meeting' && action.due >= '2022-06-01' && action.due <= '2022-06-30'),
    );
    expect(ask('my committee actions that are not overdue and are due by the end of June?', 'priya-shah').ids).toEqual(
      outstanding((action) => action.owner === 'priya-shah' && action.source?.kind === 'meeting' && action.due >= '2022-02-01' && action.due <= '2022-06-30'),
    );
  });
});

describe('halves and first months of a year, the year so far, bounds on a week, and occasions the talk dated', () => {
  it('"H1 2022", "the first four months of this calendar year", "since the start of the year"', () => {
    expect(ask('anything still open with a deadline in H1 2022?').ids).toEqual(
      outstanding((action) => action.due >= '2022-01-01' && action.due <= '2022-06-30'),
    );
    expect(ask('what is due in the first four months of this calendar year?').ids).toEqual(
      outstanding((action) => action.due >= '2022-01-01' && action.due <= '2022-04-30'),
    );
    expect(ask('which open actions have fallen due since the start of the year?').ids).toEqual(
      outstanding((action) => action.due >= '2022-01-01' && action.due <= '2022-02-01'),
    );
  });
  it('"before w/c 12 September" is before that week; "the review, w/c 12 September" after a comma is its date', () => {
    expect(ask('what has to be finished before w/c 12 September?').ids).toEqual(outstanding((action) => action.due < '2022-09-12'));
    expect(ask('which committee actions fall due between 20 May and the peer review, w/c 12 September?').ids).toEqual(
      all((action) => action.source?.kind === 'meeting' && action.due >= '2022-05-20' && action.due <= '2022-09-18'),
    );
  });
  it('an occasion the talk gave a day ("Annual council is Friday 20 May") bounds "after annual council" and "that date"', () => {
    expect(ask('Annual council is Friday 20 May this year. What falls due in the four weeks after annual council?').ids).toEqual(
      outstanding((action) => action.due >= '2022-05-21' && action.due <= '2022-06-17'),
    );
    expect(ask('The partnership away day is on Thur 23 June. Which open actions are due on or before that date?').ids).toEqual(
      outstanding((action) => action.due <= '2022-06-23'),
    );
  });
  it('"which are due in July" after "the last two committees" is a deadline, and "For the X session:" is a purpose', () => {
    expect(ask("For the chair's first agenda planning session: of the actions set by the last two committees, which are due in July?").ids).toEqual(
      all(
        (action) =>
          action.source?.kind === 'meeting' &&
          ['cypssc-2022-01-12', 'cypssc-2021-11-10'].includes(action.source.meeting) &&
          action.due >= '2022-07-01' &&
          action.due <= '2022-07-31',
      ),
    );
  });
});

describe('what talk sets aside, counts said of people, requests on behalf, and the original plan', () => {
  it('"I\'m leaving X and Y to one side - what else ...?" keeps both ruled out; "my own three areas", "the four area leads"', () => {
    expect(ask("For the board paper I'm leaving neglect and life story work to one side - what else is in progress?").ids).toEqual(
      all((action) => action.status === 'in_progress' && ![2, 7].includes(action.area)),
    );
    expect(ask('Putting my own three areas aside, what is in progress elsewhere?', 'tom-brennan').ids).toEqual(
      all((action) => action.status === 'in_progress' && ![3, 5, 12].includes(action.area)),
    );
    expect(ask('Leaving the four area leads out of it, what is blocked?').ids).toEqual(
      all((action) => action.status === 'blocked' && !['priya-shah', 'tom-brennan', 'ruth-okafor', 'daniel-cross'].includes(action.owner)),
    );
  });
  it('"Governor again." is who asks; "leave the committee\'s additions out" and "from the original plan" are the plan\'s own; "what number"', () => {
    const result = ask("Governor again. Leave the committee's additions out: what number are in progress?");
    expect(result.ids).toEqual(all((action) => action.status === 'in_progress' && action.source?.kind !== 'meeting'));
    expect(ask("Which of the original plan's corporate parenting actions are in progress?").ids).toEqual(
      all((action) => action.status === 'in_progress' && action.area === 11 && action.source?.kind !== 'meeting'),
    );
    expect(ask("what's still on my list from the original plan?", 'helen-marsh').ids).toEqual(
      outstanding((action) => action.owner === 'helen-marsh' && action.source?.kind !== 'meeting'),
    );
  });
  it('"those three" after names is the people named; "The new chair wants every ..." is a request; "hit send too early" asks nothing', () => {
    expect(ask('Grace, Sam, Leo - what have those three got in progress?').ids).toEqual(
      all((action) => action.status === 'in_progress' && ['grace-adeyemi', 'sam-whitfield', 'leo-fitzgerald'].includes(action.owner)),
    );
    expect(ask('The new chair wants every blocked action.').ids).toEqual(all((action) => action.status === 'blocked'));
    expect(ask('Oops, ignore that - hit send too soon.').intent).toBe('unknown');
  });
});

describe('a ref the talk named, "the action behind it", areas ruled out by "outside", and "somebody other than me"', () => {
  it('"... (resolution 23.3.3). When\'s that update due?" asks of the ref the talk named; "the action behind it" is the one it set', () => {
    const due = ask('Members wanted news on the IT systems work (resolution 23.3.3). When is that update due?');
    expect(due.intent).toBe('action_detail');
    expect(due.ids).toEqual(['act-1-5']);
    expect(due.firstLine).toContain('31 Jul 2022');
    const behind = ask('Resolution 42.3.2 came up at the board - what is the deadline on the action behind it?');
    expect(behind.ids).toEqual(['act-11-4']);
    expect(behind.firstLine).toContain('31 Jul 2022');
  });
  it('"outside the areas I lead" rules them out; "Of my open actions ..., which ..." keeps "my"', () => {
    expect(ask('Of my open actions outside the areas I lead, which are in progress?', 'priya-shah').ids).toEqual(
      all((action) => action.status === 'in_progress' && action.owner === 'priya-shah' && ![1, 2, 4, 8].includes(action.area)),
    );
  });
  it('"that somebody other than me owns" leaves out the asker\'s own', () => {
    expect(ask('Anything open in recruitment and retention that somebody other than me owns?', 'sam-whitfield').ids).toEqual(
      outstanding((action) => action.area === 10 && action.owner !== 'sam-whitfield'),
    );
  });
});

describe('a phrase corrected, "need to have finished", a term that ends, and the plan going overall', () => {
  it('"What\'s blocked in X? Sorry, I meant in Y." asks of Y', () => {
    expect(ask("What's in progress in neglect? Sorry, I meant in life story work.").ids).toEqual(
      all((action) => action.status === 'in_progress' && action.area === 7),
    );
  });
  it('"what do I need to have finished before the spring term ends?" is what is still to do by the end of that term', () => {
    expect(ask('What do I need to have finished before the spring term ends?', 'sam-whitfield').ids).toEqual(
      outstanding((action) => action.owner === 'sam-whitfield' && action.due <= '2022-04-08'),
    );
  });
  it('"how is the improvement plan going overall?" is the summary; "..., and is it finished?" asks nothing more', () => {
    expect(ask('Quick one - how is the improvement plan going overall?').intent).toBe('summary');
    expect(ask('Which action did minute 23.3.4 lead to, and is it finished?').intent).toBe('action_detail');
  });
});

describe("an action's detail says where it came from", () => {
  it('names the committee meeting and minute that set it, or the plan', () => {
    expect(ask('tell me about 11.4').text).toContain('From: the committee meeting of 12 Jan 2022, minute 42.3.2.');
    expect(ask('tell me about 7.2').text).toContain('From: the committee meeting of 9 Oct 2019, minute 39.6.');
    expect(ask('tell me about 1.2').text).toContain('From: the improvement plan.');
  });
});

describe('time the talk gave ("while I\'m away"), a term of a given year, ranges to the holidays, and tasks said first', () => {
  it('"I\'m on leave from early May to the end of June. What falls due while I\'m away?" is that span', () => {
    expect(ask("I'm on leave from early May to the end of June. What falls due while I'm away?").ids).toEqual(
      outstanding((action) => action.due >= '2022-05-01' && action.due <= '2022-06-30'),
    );
    expect(ask('The schools break up on Friday 22 July and go back after 2 September. Is anything due while they are off?').ids).toEqual(
      outstanding((action) => action.due >= '2022-07-22' && action.due <= '2022-09-02'),
    );
  });
  it('"the autumn term 2022" is that year\'s term; "between 23 June and the start of the summer holidays" ends the day before them', () => {
    expect(ask('Thinking about the autumn term 2022 - what is due then?').ids).toEqual(
      outstanding((action) => action.due >= '2022-09-05' && action.due <= '2022-12-16'),
    );
    expect(ask('which actions are due between 1 June and the start of the summer holidays?').ids).toEqual(
      outstanding((action) => action.due >= '2022-06-01' && action.due <= '2022-07-22'),
    );
  });
  it('"Building the tiles for the dashboard - what\'s the red count?" is a task said first, not a topic', () => {
    expect(ask('Building the RAG tiles for the quarterly dashboard - what is the red count?').ids).toEqual(
      all((action) => ['act-3-1', 'act-5-3', 'act-6-3', 'act-7-2', 'act-9-1', 'act-9-3', 'act-9-5'].includes(action.id)),
    );
  });
});

describe('"across the areas I lead" said first, "other people rather than me", and "park X for a sec"', () => {
  it('"Across the areas I lead, what\'s open with other people rather than me?" is the asker\'s areas, less their own', () => {
    expect(ask('Across the areas I lead, what is in progress with other people rather than me?', 'ruth-okafor').ids).toEqual(
      all((action) => action.status === 'in_progress' && [6, 7, 11].includes(action.area) && action.owner !== 'ruth-okafor'),
    );
  });
  it('"Park X for a sec - ..." sets X aside', () => {
    expect(ask('Park the electronic workbooks for a sec - what recording actions are still open?').ids).toEqual(
      outstanding((action) => action.area === 5 && !/workbook/i.test(action.title)),
    );
  });
});

describe('a thing told in one sentence and asked of in the next, the asker as the one asked, and a meeting told by when it met', () => {
  it('"X matters to us. Is that action on track?" and "... whether X is in use. Is it?" ask of the one action the sentence before describes', () => {
    expect(ask('Keeping an up to date education plan for every child in care matters hugely to our governors. Is that action on track?').ids).toEqual([
      'act-11-5',
    ]);
    expect(ask('Health visitors keep asking me whether the protocol for unborn babies is actually being used. Is it?').ids).toEqual(['act-6-2']);
  });
  it('a noun made from a status verb is not that status: "delivery" is not "delivered"', () => {
    expect(ask("Ruth's actions about delivery").firstLine).not.toMatch(/^Completed/);
    expect(ask('delivery plans overdue').firstLine).not.toMatch(/^Completed/);
  });
  it('"the training for chairs and IROs - have they actually had it?" and "X - are teams using them yet?" point back to the thing', () => {
    expect(ask('Have the conference chairs actually had their training on challenging drift?').ids).toEqual(['act-4-2']);
    expect(ask('e-workbooks - are the assessment social workers using them yet').ids).toEqual(['act-5-2']);
  });
  it('"Adopters ask whether X. Has the council got there?" asks of the X in the sentence before', () => {
    expect(ask('Adopters keep asking whether adopted children get a life story book before the order. Has the council got there yet?').ids).toEqual([
      'act-7-4',
    ]);
  });
  it('"X sits under which director?" asks who leads X; "as a whole" says the whole subject, not every status', () => {
    const lead = ask('Permanence planning as a whole falls under which director?');
    expect(lead.firstLine).toMatch(/^Ruth Okafor .*leads area 6/);
    expect(lead.ids).toEqual(outstanding((action) => action.area === 6));
  });
  it('"when the committee met on 12 January - what did it set?" is that meeting, every status', () => {
    expect(ask('I was on leave when the committee met on 12 January - what did it set?').ids).toEqual(
      all((action) => action.source.kind === 'meeting' && action.source.meeting === 'cypssc-2022-01-12'),
    );
  });
  it('"For my placement write-up:" and "Tallying up for a briefing note:" say what the answer is for', () => {
    expect(ask('For my end of placement write-up: what was due in the first half of 2021, whatever its status?').ids).toEqual(
      all((action) => action.due >= '2021-01-01' && action.due <= '2021-06-30'),
    );
    expect(ask('Tallying up for a briefing note: how many actions are not started?').firstLine).toMatch(/\d+ actions?/);
  });
  it('a sign-off after thanks, and a first go with the tracker, ask nothing', () => {
    expect(ask('Thanks, that was really useful - see you at the board!').intent).toBe('unknown');
    expect(ask('Hello - newly elected councillor here and this is my first time using the tracker').intent).toBe('help');
  });
});

describe('periods told first and ended by a month, and areas led by the person named before', () => {
  it('"Between D and the end of March, what ...?" is that span, whatever follows it', () => {
    expect(ask('Between 1 March and the end of April, what is due?').ids).toEqual(
      outstanding((action) => action.due >= '2022-03-01' && action.due <= '2022-04-30'),
    );
  });
  it('"The board meets on D. Between now and then, ...?" and "The visit is w/c D. ... the two months after it?" use the day the talk gave', () => {
    expect(ask('The Improvement Board meets on 28 February. Between now and then, what falls due?').ids).toEqual(
      outstanding((action) => action.due >= '2022-02-01' && action.due <= '2022-02-28'),
    );
    const after = ask('The peer review is w/c 4 April. What is due in the month after it?');
    expect(after.ids).toEqual(outstanding((action) => action.due > '2022-04-04' && action.due <= '2022-05-04'));
  });
  it('"everything open except what sits in the areas X leads" is outside them; "the areas he leads" is the person named before', () => {
    expect(ask('Everything open except what sits in the areas Tom Brennan leads, please').ids).toEqual(
      outstanding((action) => ![3, 5, 12].includes(action.area)),
    );
    expect(ask("Setting aside Ruth Okafor's own actions, what's open in the areas she leads?").ids).toEqual(
      outstanding((action) => [6, 7, 11].includes(action.area) && action.owner !== 'ruth-okafor'),
    );
  });
});

describe('dictated and spoken forms, work-talk occasions, and "since" a day gone by', () => {
  it('numbers said in words: "six point one" is 6.1, "item twenty three" item 23, "area four and area nine" areas 4 and 9', () => {
    expect(ask('tell me about six point one').ids).toEqual(['act-6-1']);
    expect(ask('what came out of item twenty three').ids).toEqual(
      all((action) => action.source.kind === 'meeting' && action.source.minute?.startsWith('23.') === true),
    );
    expect(ask('overdue in area four and area nine').ids).toEqual(outstanding((action) => [4, 9].includes(action.area) && action.due < '2022-02-01'));
  });
  it('dictated punctuation and homophones: "full stop", "comma", "accept for", "the to ADs"', () => {
    expect(ask('hello all full stop').intent).toBe('help');
    expect(ask('what is open in private fostering comma I am on a call in ten minutes').ids).toEqual(outstanding((action) => action.area === 3));
    expect(ask('everything not started accept for the committee ones').ids).toEqual(
      all((action) => action.status === 'not_started' && action.source.kind === 'plan'),
    );
    expect(ask('show me the to ADs overdue actions').ids).toEqual(
      outstanding((action) => ['ruth-okafor', 'tom-brennan'].includes(action.owner) && action.due < '2022-02-01'),
    );
  });
  it('"that aren\'t mine", "nobody\'s begun", "just the figure", "committee-generated"', () => {
    expect(ask("which open actions are overdue that aren't mine?", 'ruth-okafor').ids).toEqual(
      outstanding((action) => action.due < '2022-02-01' && action.owner !== 'ruth-okafor'),
    );
    expect(ask('in life story work, has nobody begun anything?').ids).toEqual(all((action) => action.area === 7 && action.status === 'not_started'));
    expect(ask('committee-generated actions not started - just the figure').firstLine).toMatch(/\b7 actions\b/);
  });
  it('"since 24 January" is a day gone by, to yesterday; "has anything fallen due since" and "what fell due in December" look back', () => {
    expect(ask('has anything fallen due since 20 January that is still open?').ids).toEqual(
      outstanding((action) => action.due >= '2022-01-20' && action.due < '2022-02-01'),
    );
    expect(ask('what fell due in December that is still open?').ids).toEqual(outstanding((action) => action.due.startsWith('2021-12')));
  });
  it('"the next ten working days" is two weeks; "within 20 working days" in a subject is no period', () => {
    expect(ask('anything due in the next fifteen working days?').firstLine).toContain('next 3 weeks');
    expect(ask('health assessments within 20 working days - any progress?').firstLine).not.toMatch(/next|weeks/);
  });
  it('"for Grace - no, hang on, I mean Leo\'s" corrects the person', () => {
    expect(ask('what is in progress for Grace no hang on i mean Leos').ids).toEqual(
      all((action) => action.owner === 'leo-fitzgerald' && action.status === 'in_progress'),
    );
  });
  it("supervision with someone, or a colleague away, is the asker's news, not area 8 or their actions", () => {
    expect(ask('Supervision with Sam tomorrow: what is overdue in corporate parenting?').ids).toEqual(
      outstanding((action) => action.area === 11 && action.due < '2022-02-01'),
    );
    expect(ask('Doing supervision notes - what have Helen Marsh and Tom Brennan got overdue?').ids).toEqual(
      outstanding((action) => ['helen-marsh', 'tom-brennan'].includes(action.owner) && action.due < '2022-02-01'),
    );
    expect(ask("Covering permanence while Ruth's on leave: what's due in March there?").ids).toEqual(
      outstanding((action) => action.area === 6 && action.due.startsWith('2022-03')),
    );
  });
  it('"is this where I ...?" asks about the bot; "where are they up to?" points back to what the talk named', () => {
    expect(ask('First day in post. Is this where I look up the improvement actions, and how does it work?').intent).toBe('help');
    expect(ask('Met Priya this morning: the family safeguarding model she is rolling out - where is it up to?').ids).toEqual(['act-2-3']);
  });
});

describe('time away said in the talk, people the talk named, and a thing asked of in a word', () => {
  it('"I\'ve been off since the start of November. What fell due while I was away?" is since then, to yesterday', () => {
    expect(ask("I've been off sick since the start of November. What deadlines passed while I was away that still aren't done?").ids).toEqual(
      outstanding((action) => action.due >= '2021-11-01' && action.due < '2022-02-01'),
    );
    expect(ask('I joined on Monday 17 January. Anything due since I started that is still open?').ids).toEqual(
      outstanding((action) => action.due >= '2022-01-17' && action.due < '2022-02-01'),
    );
  });
  it('"she doesn\'t need X or Y. What\'s overdue everywhere else?" rules them out', () => {
    expect(ask("Prepping for my manager - she doesn't need neglect or life story work. What's overdue everywhere else?").ids).toEqual(
      outstanding((action) => action.due < '2022-02-01' && ![2, 7].includes(action.area)),
    );
  });
  it('"they" and "their" after people the talk named are those people', () => {
    expect(ask('Seeing Daniel and Sam later - what do they have due in July?').ids).toEqual(
      outstanding((action) => ['daniel-cross', 'sam-whitfield'].includes(action.owner) && action.due.startsWith('2022-07')),
    );
    expect(ask('Meeting the ADs this week. Which of their actions are overdue?').ids).toEqual(
      outstanding((action) => ['ruth-okafor', 'tom-brennan'].includes(action.owner) && action.due < '2022-02-01'),
    );
  });
  it('"X\'s and Y\'s lists" are their actions; "For the action tracker:" is what the answer is for; "the visit coming up" sets no period', () => {
    expect(ask("What's on Priya's and Tom's lists that is overdue?").ids).toEqual(
      outstanding((action) => ['priya-shah', 'tom-brennan'].includes(action.owner) && action.due < '2022-02-01'),
    );
    expect(ask('For the action tracker: which plan actions are blocked?').ids).toEqual(
      all((action) => action.status === 'blocked' && action.source.kind === 'plan'),
    );
    expect(ask('Monitoring visit coming up. What is not started?').ids).toEqual(all((action) => action.status === 'not_started'));
  });
  it('"the X that got revised - closed?" and "they were moving X online. Can staff use it yet?" ask of the one thing', () => {
    expect(ask('the return interview form that was rewritten to pick up intelligence - closed?').ids).toEqual(['act-5-1']);
    expect(ask('Last I heard they were putting the procedures manual online. Can staff use it yet?').ids).toEqual(['act-1-4']);
  });
});

describe('a deadline as a filter, "deadlines from yesterday", and where the asker is typing', () => {
  it('"is anything ... with a deadline after the summer?" lists them, not the deadline of one', () => {
    const later = ask('In the areas I lead, is anything not started with a deadline after the summer?', 'priya-shah');
    expect(later.intent).toBe('list_actions');
    expect(later.firstLine).toMatch(/^Not started actions/);
  });
  it('"Ruth here on my phone - which deadlines from yesterday were missed?" is anyone\'s, due yesterday', () => {
    expect(ask('Ruth here on my phone - which deadlines from yesterday were missed?', 'ruth-okafor').ids).toEqual(
      outstanding((action) => action.due === '2022-01-31'),
    );
  });
});

describe('a day told by what happens on it, and a meeting told by what went to it', () => {
  it('"from when the schools go back on 5 September" is from that day', () => {
    expect(ask('Which actions fall due from when the schools go back on 5 September?').ids).toEqual(outstanding((action) => action.due >= '2022-09-05'));
  });
  it('"When the plan went to committee in October 2019, did that meeting set any actions of its own?" is that meeting', () => {
    expect(ask('When the plan first went to committee in October 2019, did that meeting set any actions of its own?').ids).toEqual(
      all((action) => action.source.kind === 'meeting' && action.source.meeting === 'cypssc-2019-10-09'),
    );
  });
});

describe('where one action came from, and a guess at its owner', () => {
  it('"which committee meeting added it?" of one action shows that action, which says where it came from', () => {
    const source = ask('Colleagues asked me where the private fostering awareness action originated - which committee meeting added it?');
    expect(source.intent).toBe('action_detail');
    expect(source.text).toContain('From:');
  });
  it('"Who owns X - me or Tom?" asks who owns X; the guess names nobody\'s actions', () => {
    const owner = ask('Who owns the return home interview template action - me or Ruth?', 'daniel-cross');
    expect(owner.intent).toBe('action_detail');
    expect(owner.firstLine).toContain('Tom Brennan');
  });
});

describe('search-box shorthand, partners saying who they are, and one-to-ones', () => {
  it('shorthand: "Nov cttee actions", "rec & ret - o/s?", "pvt fostering - not started?", "not started excl. neglect", "un-born"', () => {
    expect(ask('Jan cttee actions').ids).toEqual(all((action) => action.source.kind === 'meeting' && action.source.meeting === 'cypssc-2022-01-12'));
    expect(ask('rec & ret - o/s?').ids).toEqual(outstanding((action) => action.area === 10));
    expect(ask('pvt fostering in prog').ids).toEqual(all((action) => action.area === 3 && action.status === 'in_progress'));
    expect(ask('not started excl. life story').ids).toEqual(all((action) => action.status === 'not_started' && action.area !== 7));
    expect(ask('un-born babies - done?').ids).toEqual(['act-6-2']);
  });
  it('"area 7 lead?" and "ADs overdue" in two words', () => {
    expect(ask('area 7 lead?').firstLine).toMatch(/^Ruth Okafor .*leads area 7/);
    expect(ask('ADs overdue').ids).toEqual(outstanding((action) => ['ruth-okafor', 'tom-brennan'].includes(action.owner) && action.due < '2022-02-01'));
  });
  it("a partner's role said first is news, even when it names a team the plan mentions", () => {
    expect(ask('Police, MASH. Anything overdue in neglect?').ids).toEqual(outstanding((action) => action.area === 2 && action.due < '2022-02-01'));
    expect(ask('Hello, MASH social worker here 👋').intent).toBe('help');
    expect(ask('Signing off now - on duty in the MASH tomorrow.').intent).toBe('unknown');
    expect(ask('Signing off now - on duty in the MASH tomorrow.').text).not.toContain('welcome');
    expect(ask('what should i type?').intent).toBe('help');
  });
  it('"before my one-to-one with Morgan: in my areas ..." is the asker\'s, not Morgan\'s', () => {
    expect(ask('Before my one-to-one with Morgan: in my areas, what is overdue?', 'ruth-okafor').ids).toEqual(
      outstanding((action) => [6, 7, 11].includes(action.area) && action.due < '2022-02-01'),
    );
  });
  it('"Open actions for Leo - no wait, Anita\'s" corrects the person', () => {
    expect(ask("Open actions for Leo please - no wait, Anita's").ids).toEqual(outstanding((action) => action.owner === 'anita-rao'));
  });
});

describe('a line quoted from the digest or a card, "make it red", and a deadline after "due"', () => {
  it("'The digest says \"Overdue (7)\". Which of those aren't in X?' asks of the quoted line, not of the digest", () => {
    expect(ask('The digest says "Overdue (7)". Which of those are not in life story work?').ids).toEqual(
      outstanding((action) => action.due < '2022-02-01' && action.area !== 7),
    );
  });
  it('\'The card flags "Neglect: RED". Which actions make it red?\' is that area\'s red actions; "make it red" corrects nothing', () => {
    expect(ask('The digest flags "Quality assurance: RED". Which actions make it red?').ids).toEqual(
      outstanding((action) => action.area === 9 && action.due < '2022-02-01'),
    );
  });
  it('"committee actions not started, due in 2022" is a deadline, not the one 2022 meeting', () => {
    expect(ask('committee actions not started, due in 2022?').ids).toEqual(
      all((action) => action.source.kind === 'meeting' && action.status === 'not_started' && action.due.startsWith('2022')),
    );
  });
  it('"The committee that thanked staff for X - did it leave anything overdue?" is that meeting\'s overdue ones', () => {
    expect(ask("The committee that passed on thanks for the children's homes rated Outstanding - did it leave anything not started?").ids).toEqual(
      all((action) => action.source.kind === 'meeting' && action.source.meeting === 'cypssc-2022-01-12' && action.status === 'not_started'),
    );
  });
});

describe('"ignoring" rules out, and the evidence for "my" one action', () => {
  it('"overdue, ignoring neglect" and "ignoring committee ones" rule them out', () => {
    expect(ask('overdue actions, ignoring life story work').ids).toEqual(outstanding((action) => action.due < '2022-02-01' && action.area !== 7));
    expect(ask('what is not started, ignoring committee ones?').ids).toEqual(all((action) => action.status === 'not_started' && action.source.kind === 'plan'));
  });
  it('"the evidence for my X action" shows that action', () => {
    expect(ask('What evidence are we looking for on my staff survey action?', 'sam-whitfield').intent).toBe('action_detail');
  });
});

describe('"excluding anything I own", how often said as "every few weeks", and people after a colon', () => {
  it('"in my areas, excluding anything I own myself" is the asker\'s areas, less their own', () => {
    expect(ask('In my areas, excluding anything I own myself, what is overdue?', 'ruth-okafor').ids).toEqual(
      outstanding((action) => [6, 7, 11].includes(action.area) && action.owner !== 'ruth-okafor' && action.due < '2022-02-01'),
    );
  });
  it('"every few weeks" is how often, no period; "where\'s the action on X?" is the one action', () => {
    expect(ask('We lose a social worker every few weeks - where is the action on reducing reliance on agency staff?').ids).toEqual(['act-10-3']);
  });
  it('"Getting ready for my one-to-one: across Helen, Grace and me, what is open?" is those three\'s', () => {
    expect(ask('Getting ready for my one-to-one: across Helen, Sam and me, what is overdue?', 'priya-shah').ids).toEqual(
      outstanding((action) => ['helen-marsh', 'sam-whitfield', 'priya-shah'].includes(action.owner) && action.due < '2022-02-01'),
    );
  });
});

describe('"that same meeting" after the talk says what happened at it', () => {
  it('"The committee noted the end of the Commissioner\'s work. Which actions from that same meeting are done?" is that meeting', () => {
    expect(ask("The committee noted that the Commissioner's work had concluded. Which actions from that same meeting are complete?").ids).toEqual(
      all((action) => action.source.kind === 'meeting' && action.source.meeting === 'cypssc-2019-10-09' && action.status === 'complete'),
    );
  });
});

describe('channel messages: the bot @mentioned, councillors\' formal wrappers, and "people other than X"', () => {
  it('"<at>Improvement Tracker</at> ..." and "@Improvement Tracker ..." ask the question after the mention; a person mentioned keeps their name', () => {
    expect(ask('<at>Improvement Tracker</at> what is overdue in neglect?').ids).toEqual(
      outstanding((action) => action.area === 2 && action.due < '2022-02-01'),
    );
    expect(ask('@Improvement Tracker who holds 9.2?').firstLine).toContain('Helen Marsh');
    expect(ask('what has <at>Grace Adeyemi</at> got overdue?').ids).toEqual(
      outstanding((action) => action.owner === 'grace-adeyemi' && action.due < '2022-02-01'),
    );
    expect(ask('@Improvement Tracker first time using you here - what are you for?').intent).toBe('help');
  });
  it('"I would be grateful to know ...", "Could officers confirm ...", "... and whether they are complete"', () => {
    expect(ask('I would be grateful to know what remains to be done on life story work.').ids).toEqual(outstanding((action) => action.area === 7));
    expect(ask('Could officers confirm which actions Sam Whitfield holds, and whether they are complete?').ids).toEqual(
      outstanding((action) => action.owner === 'sam-whitfield'),
    );
  });
  it('"late actions that belong to people other than Ruth" is everyone else\'s', () => {
    expect(ask('which late actions belong to people other than Helen?').ids).toEqual(
      outstanding((action) => action.due < '2022-02-01' && action.owner !== 'helen-marsh'),
    );
  });
});

describe('Teams formatting, the bot mentioned alone, and sign-offs at night', () => {
  it('"**not** in the original plan" is what a committee added; "<at>Improvement Tracker</at>" alone is a hello', () => {
    expect(ask("What's blocked that is **not** in the original plan?").ids).toEqual(
      all((action) => action.status === 'blocked' && action.source.kind === 'meeting'),
    );
    expect(ask('What is overdue that is not from the plan?').ids).toEqual(
      outstanding((action) => action.due < '2022-02-01' && action.source.kind === 'meeting'),
    );
    expect(ask('<at>Improvement Tracker</at>').intent).toBe('help');
  });
  it('"that\'s me done for tonight - night all" asks nothing; "Chris (clerk) here." is who is asking', () => {
    expect(ask("Right, that's me done for tonight - big meeting tomorrow. Night all", 'chris-dunn').intent).toBe('unknown');
    expect(ask("Chris (clerk) here. For the action log: which committee actions are still open that aren't Ruth Okafor's?", 'chris-dunn').ids).toEqual(
      outstanding((action) => action.source.kind === 'meeting' && action.owner !== 'ruth-okafor'),
    );
  });
});

describe('nothing memorised', () => {
  // Any evaluation question or labelled minutes sentence of more than six words found in src/ would be an answer keyed to a known question.
  const root = join(__dirname, '..', '..');
  const fold = (text: string): string =>
    text
      .toLowerCase()
      .replace(/[\u2018\u2019]/g, "'")
      .replace(/\s+/g, ' ')
      .trim();
  const files = (dir: string): string[] =>
    readdirSync(dir, { withFileTypes: true }).flatMap((entry) => (entry.isDirectory() ? files(join(dir, entry.name)) : [join(dir, entry.name)]));
  const source = files(join(root, 'src'))
    .filter((file) => /\.(ts|json|cjs)$/.test(file))
    .map((file) => fold(readFileSync(file, 'utf8')))
    .join('\n');
  const questions = files(join(root, 'tests', 'ask'))
    .filter((file) => file.endsWith('.jsonl'))
    .flatMap((file) =>
      readFileSync(file, 'utf8')
        .split('\n')
        .filter(Boolean)
        .map((line) => (JSON.parse(line) as { text: string }).text),
    );
  const minutes = files(join(root, 'tests', 'minutes'))
    .filter((file) => file.endsWith('.expected.json'))
    .flatMap((file) => {
      const expected = JSON.parse(readFileSync(file, 'utf8')) as { resolutions: Array<{ text: string }>; actions: Array<{ text: string }> };
      return [...expected.resolutions, ...expected.actions].map((entry) => entry.text);
    });
  it.each([['questions', questions] as const, ['minutes sentences', minutes] as const])('no %s of the evaluation sets in src/', (_kind, texts) => {
    const long = texts.map(fold).filter((text) => text.split(' ').length > 6);
    expect(long.length).toBeGreaterThan(0);
    expect(long.filter((text) => source.includes(text))).toEqual([]);
  });
});

describe('periods between meetings, deadlines since a meeting, and replies under a quoted message', () => {
  const due = (from: string, to: string) => outstanding((action) => action.due >= from && action.due <= to);
  it('"between the previous committee (12 January) and the following one on 16 March", "between now and the next sitting on 20 April"', () => {
    expect(ask("what's due between the previous committee (12 January) and the following one on 16 March?").ids).toEqual(due('2022-01-12', '2022-03-16'));
    expect(ask('anything due between 12 January and 16 March?').ids).toEqual(due('2022-01-12', '2022-03-16'));
    expect(ask("what falls due between now and the panel's next sitting on 20 April?").ids).toEqual(due('2022-02-01', '2022-04-20'));
    expect(ask('what is due after 20 March but before the summer?').ids).toEqual(due('2022-03-21', '2022-05-31'));
  });
  it('"since the November meeting, which deadlines have come and gone?" is due from that day to yesterday', () => {
    const since = outstanding((action) => action.due >= '2021-11-10' && action.due < '2022-02-01');
    expect(ask('Since the November meeting, what deadlines have come and gone?').ids).toEqual(since);
    expect(ask('which deadlines have passed since 12 January?').ids).toEqual(outstanding((action) => action.due >= '2022-01-12' && action.due < '2022-02-01'));
    expect(ask('what came out of the last committee?').firstLine).toContain('12 January 2022');
  });
  it('"slipped past its deadline" of a group is a status; "has no one made a start" is not started; "excluding:" and "skip" rule out', () => {
    const late = ask('has any of the permanence work slipped past its deadline?');
    expect(late.intent).toBe('list_actions');
    expect(late.ids).toEqual(outstanding((action) => action.area === 6 && action.due < '2022-02-01'));
    expect(ask('has no one made a start on anything in quality assurance?').ids).toEqual(all((action) => action.area === 9 && action.status === 'not_started'));
    expect(ask('what is blocked or not started, excluding:\n- quality assurance\n- recruitment and retention').firstLine).toContain('outside areas 9');
    expect(ask('open actions, but skip neglect and life story work').ids).toEqual(outstanding((action) => action.area !== 2 && action.area !== 7));
  });
  it('a reply under "> Writer: ..." asks its own question, narrows the quoted request, or points back to what the quote names', () => {
    expect(ask("> Sam: nothing in recruitment is late\n\nis that right? anything in recruitment and retention or neglect that's overdue?").ids).toEqual(
      outstanding((action) => (action.area === 10 || action.area === 2) && action.due < '2022-02-01'),
    );
    expect(ask("> Chair: can we see Daniel's open actions?\n\nover to you").ids).toEqual(outstanding((action) => action.owner === 'daniel-cross'));
    expect(ask("> Cllr: I'd like the overdue ones please\n\nowned by Helen only").ids).toEqual(
      outstanding((action) => action.owner === 'helen-marsh' && action.due < '2022-02-01'),
    );
    expect(ask('> Tom: the housing protocol with the districts is nearly there\n\nIs that protocol action still open?').ids).toEqual(['act-3-1']);
    const quotedMinute = ask(
      "> 2. Notes that Ofsted has confirmed that the Practice Improvement Plan satisfies the requirement.\n\nwhich of that meeting's actions are complete?",
    );
    expect(quotedMinute.firstLine).toContain('9 October 2019');
  });
});

describe("the sector's shorthand, search-box states of the committee's actions, and work nobody is doing", () => {
  it('"ICPC" is the words a plan writes out; "committee o/d", "Priya committee open" are the committee\'s actions in that state', () => {
    expect(ask('anything open on ICPC timeliness?').ids).toEqual(['act-9-6']);
    expect(ask('committee o/d').ids).toEqual(outstanding((action) => action.source.kind === 'meeting' && action.due < '2022-02-01'));
    expect(ask('Priya committee open').ids).toEqual(outstanding((action) => action.source.kind === 'meeting' && action.owner === 'priya-shah'));
  });
  it('"non-lead owners" are people who lead no area', () => {
    const leads = new Set(view.plan.areas.map((area) => area.lead));
    expect(ask('blocked or overdue, non-lead owners').ids).toEqual(
      outstanding((action) => !leads.has(action.owner) && (action.due < '2022-02-01' || action.status === 'blocked')),
    );
  });
  it('"not actually being worked on", "that nobody is working on" are open but not in progress', () => {
    expect(ask('in permanence, which open actions are not actually being worked on?').ids).toEqual(
      outstanding((action) => action.area === 6 && action.status !== 'in_progress'),
    );
    expect(ask('what in permanence or life story work is nobody working on?').ids).toEqual(
      outstanding((action) => (action.area === 6 || action.area === 7) && action.status !== 'in_progress'),
    );
  });
  it('"are we still waiting on X?" asks after the one thing; "did that go live?" does not describe it', () => {
    expect(ask('are we still waiting for the housing protocol with the districts?').ids).toEqual(['act-3-1']);
    expect(ask('The pay and reward offer for social workers - did that go live?').ids).toEqual(['act-10-1']);
  });
});

describe('what a meeting gave the asker, and "the four of them" after a group the talk named', () => {
  it('"did the January committee give me anything not started?" is the asker\'s own from that meeting', () => {
    expect(ask('Did the January committee give me anything not started?', 'ruth-okafor').ids).toEqual(
      all(
        (action) =>
          action.owner === 'ruth-okafor' &&
          action.status === 'not_started' &&
          action.source.kind === 'meeting' &&
          action.source.meeting === 'cypssc-2022-01-12',
      ),
    );
  });
  it('"Seeing the area leads this week. What have the four of them got overdue?" is the area leads\'', () => {
    const leads = new Set(view.plan.areas.map((area) => area.lead));
    expect(ask('Seeing the area leads this week. What have the four of them got overdue?').ids).toEqual(
      outstanding((action) => leads.has(action.owner) && action.due < '2022-02-01'),
    );
  });
});

describe('the asker signing with their own name, occasions before a visit, and practice words for areas', () => {
  it('"Morgan." or "Chris, democratic services." said first by that person is who is asking, not whose actions', () => {
    expect(ask('Morgan. What is blocked?', 'morgan-hale').ids).toEqual(all((action) => action.status === 'blocked'));
    expect(ask('Chris, democratic services. Anything overdue in neglect?', 'chris-dunn').ids).toEqual(
      outstanding((action) => action.area === 2 && action.due < '2022-02-01'),
    );
    expect(ask('Helen - what have I got open?', 'helen-marsh').ids).toEqual(outstanding((action) => action.owner === 'helen-marsh'));
    expect(ask('Tom Brennan - what is still open?', 'morgan-hale').ids).toEqual(outstanding((action) => action.owner === 'tom-brennan'));
  });
  it('"Inspectors arrive on 15 February. What is due before they arrive?" is due before that day; "for the visit:" is a purpose', () => {
    expect(ask('Inspectors arrive on Tuesday 15 February. What is due before they arrive?').ids).toEqual(outstanding((action) => action.due < '2022-02-15'));
    expect(ask("For my one-to-ones before the visit - which of Ruth's actions are late?").ids).toEqual(
      outstanding((action) => action.owner === 'ruth-okafor' && action.due < '2022-02-01'),
    );
    expect(ask('For my opening remarks, give me the headline position on the entire plan', 'morgan-hale').intent).toBe('summary');
    expect(ask('Before the inspectors come in, could I get a brief picture of how the whole plan is going?').intent).toBe('summary');
    expect(ask('Hi - new improvement adviser here, just been given access.').intent).toBe('help');
  });
  it('"hiring and keeping social workers", "finding children permanent homes", "their own history" name their areas', () => {
    expect(ask('who leads the area on hiring and keeping social workers?').firstLine).toContain('Daniel Cross');
    expect(ask("what's overdue on finding children permanent homes?").ids).toEqual(outstanding((action) => action.area === 6 && action.due < '2022-02-01'));
    expect(ask('what is open on helping children understand their own history?').ids).toEqual(outstanding((action) => action.area === 7));
    expect(ask('who is accountable at director level for permanence?').firstLine).toContain('Ruth Okafor');
  });
  it('"apart from the audit, what have I still got?" is the asker\'s own, less the audit', () => {
    expect(ask('Apart from the audit, what have I still got?', 'helen-marsh').ids).toEqual(
      outstanding((action) => action.owner === 'helen-marsh' && !/audit/i.test(action.title)),
    );
  });
});

describe('occasions with their days in brackets or after "on", bounds joined by "but by", and more that rules out', () => {
  it('"between now and the March Board on Thursday 24 March", "since the January Board on 27 January", "after the Board (24 March) but by the end of June"', () => {
    expect(ask('Between now and the March Board on Thursday 24 March, what falls due?').ids).toEqual(
      outstanding((action) => action.due >= '2022-02-01' && action.due <= '2022-03-24'),
    );
    expect(ask('Since the January Board on Thursday 27 January, which deadlines have passed?').ids).toEqual(
      outstanding((action) => action.due >= '2022-01-27' && action.due < '2022-02-01'),
    );
    expect(ask("what's due after the March Board (24 March) but by the end of June?").ids).toEqual(
      outstanding((action) => action.due > '2022-03-24' && action.due <= '2022-06-30'),
    );
    expect(ask('what has a deadline beyond the financial year end?').ids).toEqual(outstanding((action) => action.due > '2022-03-31'));
  });
  it('"not counting anything Leo or I own", "nobody has kicked off", "except the work for children in care"', () => {
    expect(ask('Not counting anything Ruth or I own, what is open in corporate parenting?', 'leo-fitzgerald').ids).toEqual(
      outstanding((action) => action.area === 11 && action.owner !== 'ruth-okafor' && action.owner !== 'leo-fitzgerald'),
    );
    expect(ask("which of Helen's has nobody kicked off yet?").ids).toEqual(all((action) => action.owner === 'helen-marsh' && action.status === 'not_started'));
    expect(ask('Everything still open, except the work for care leavers').ids).toEqual(outstanding((action) => action.area !== 11));
  });
  it('"Analyst: I need the ... actions" asks; "Off home now - night all" asks nothing', () => {
    expect(ask("Analyst: I need the January committee's actions, whatever their status").ids).toEqual(
      all((action) => action.source.kind === 'meeting' && action.source.meeting === 'cypssc-2022-01-12'),
    );
    expect(ask("Right, that's the evidence pack drafted. Off home now - night all").intent).toBe('unknown');
  });
});

describe('the long forms of what a plan shortens, "who is responsible for" one piece of work, and the people "my" manages', () => {
  it('"CP conference chairs and independent reviewing officers", "first health checks" are what the plan calls them', () => {
    expect(ask('Who is responsible for training CP conference chairs and independent reviewing officers?').firstLine).toContain('Helen Marsh');
    expect(ask('who owns the work on getting first health checks done on time?').firstLine).toContain('Ruth Okafor');
    expect(ask('who is responsible for life story work?').firstLine).toContain('leads area 7');
    expect(ask('what is open with the Deputy Director, Frontline Services?').ids).toEqual(outstanding((action) => action.owner === 'priya-shah'));
  });
  it('"have my IROs had the drift training?" asks of the training, not of the asker\'s actions', () => {
    expect(ask('Have my IROs actually had the drift training yet?').ids).toEqual(['act-4-2']);
  });
  it('"how are we measuring whether X has worked?" asks for its measure', () => {
    const measured = ask('how are we measuring whether the social work recruitment campaign has worked?');
    expect(measured.intent).toBe('action_detail');
    expect(measured.text).toContain('Vacancy rate below 10%');
  });
});

describe('who wants the answer, what the asker will minute, and retention in everyday words', () => {
  it('"Morgan wants areas 3 and 4 on one page" is who wants it; "for the refresh" is what it is for', () => {
    expect(ask('for the refresh Morgan wants areas 3 and 4 on one page, whatever is not finished').ids).toEqual(
      outstanding((action) => action.area === 3 || action.area === 4),
    );
  });
  it('"I need to minute where we are with X" asks where X is, whoever asks', () => {
    expect(ask('I need to minute where we are with the pre-birth protocol. Did it get agreed?').ids).toEqual(['act-6-2']);
  });
  it('"stop social workers leaving and hire more of them" is recruitment and retention', () => {
    expect(ask('what are we doing to stop staff leaving?').ids).toEqual(outstanding((action) => action.area === 10));
  });
});

describe('"how good X are", "cut down", "LSW", and a bare "are we on track?" after the thing it asks of', () => {
  it('"checked how good our X are" is the quality of X; "cut down how often children change social worker" is transfer points', () => {
    expect(ask('Has anyone looked at how good our private fostering assessments are?').ids).toEqual(['act-3-3']);
    expect(ask('Have we settled on a model to cut down how often children change social worker?').ids).toEqual(['act-1-1']);
  });
  it('"LSW training - have residential staff done it?" is the life story training', () => {
    expect(ask('LSW training - have residential staff done it?').ids).toEqual(['act-7-1']);
  });
  it('"The X that is meant to Y - are we on track?" asks of X, not of the bot', () => {
    expect(ask('The thematic audit of neglect practice that is meant to report to the Board - are we on track?').ids).toEqual(['act-2-2']);
  });
});

describe('a past month with no meeting, said of a thing described, and "the quality of children\'s plans"', () => {
  it('"did the committee ever preview the strategy back in December 2019?" is the thing due then; the meeting alone is still not found', () => {
    expect(ask('did the committee ever get to preview the strategy back in December 2019?').ids).toEqual(['act-12-2']);
    expect(ask('what came out of the December 2019 committee?').firstLine).toContain("couldn't find a committee meeting");
  });
  it('"the quality of children\'s plans" is area 4', () => {
    expect(ask("what is in progress on the quality of children's plans?").ids).toEqual(all((action) => action.area === 4 && action.status === 'in_progress'));
  });
});

describe('a signature typed in lower case, with a role between dashes', () => {
  it('"leo - fostering head - whats late for me" is the asker\'s own, not a question of which head', () => {
    expect(ask('leo - fostering head - whats late for me', 'leo-fitzgerald').intent).toBe('list_actions');
    expect(ask('helen - qa head - what have i got open', 'helen-marsh').ids).toEqual(outstanding((action) => action.owner === 'helen-marsh'));
    expect(ask('Grace. Of mine, what is due after March?', 'grace-adeyemi').ids).toEqual(
      outstanding((action) => action.owner === 'grace-adeyemi' && action.due > '2022-03-31'),
    );
    expect(ask("Chris - thanks, that's the log done.", 'chris-dunn').intent).toBe('unknown');
  });
});

describe('words typed without their vowels', () => {
  it('"trng", "rcrtmnt" are the one plan word with those consonants; "mgmt" is management', () => {
    expect(ask('trng still underway?').ids).toEqual(all((action) => action.status === 'in_progress' && /\btrain/i.test(action.title)));
    expect(ask('mgmt oversight - anything open?').firstLine).toContain('area 8');
    expect(ask('rcrtmnt - anything open?').firstLine).toContain('"recruitment"');
  });
});

describe('"using" as a verb of the asker\'s day', () => {
  it('"which room are the visitors using?" finds no action in use', () => {
    const asked = ask('Does anyone know which room the visitors are using?');
    expect(asked.intent).toBe('unknown');
    expect(asked.ids).toEqual([]);
  });
});
