# Evaluation questions for Improvement Tracker (set u): 150 questions, 15 per kind.
# Labelled by build.py (in this folder) from /work/shared/fixtures/children-first.json ("today" =
# Tuesday 2022-02-01, Europe/London); no action id is typed here: build.py computes every list from the
# filters below and checks it against the spec's expected count. Written without reading the bot's
# code or running it.
# Split (fixed before labelling): within each kind, positions 3, 6, 9, 12, 15 go to holdout.
#
# Angle of this set: the select committee's annual work programme and the council's annual report on
# the improvement plan. Asked by the committee's chair and vice-chair and an opposition councillor on
# it (none of them is a person in the data, and none is Cllr Jo Pearce, the Cabinet Member whom the
# committee scrutinises: no "as"); a communications officer drafting the annual report; an independent
# reviewing officer (IRO) service manager; a foster carer representative; a trainee social worker on
# placement (none of these is in the data either: no "as"); and by people in the data, with "as" set
# to their id: the democratic services clerk Chris Dunn (the action log, the work programme report),
# Morgan, Priya, Ruth, Tom, Daniel, Helen, Grace, Sam, Leo, Anita and Jo. They write as people do in
# Teams: terse or wordy, formal or casual, questions inside longer messages, a reason after the
# question, several conditions at once, every kind of negation, named periods (the municipal year,
# quarters, the financial year, school terms, months, "since the summer", "the next couple of
# months"), deliverables named by what they are, meetings named by date, item, minute, resolution or
# what they decided, and the odd typo (never more than two in a question).
#
# Conventions carried over from set t, exactly as its header states them. First the ones set t
# carried over from set s (which carried over sets k-r):
# - A list question with no status word lists outstanding actions (not_started, in_progress,
#   blocked). "Open / left / o/s / still to do / not finished / not done / live / on the go" =
#   outstanding; "done / finished / completed / closed (off)" = complete; "stuck / on hold" =
#   blocked; "late / missed / past its date / slipped" = overdue; "not started / nobody has
#   started / not kicked off" = not_started; "underway / being worked on" = in_progress.
# - A question that names one piece of work is a deliverable: that one action whatever its status
#   (st="all" with an rx that selects exactly it), even when its name holds an area word. A
#   question about one action named by its ref, or by a resolution that created exactly one
#   action, uses intent action_detail with that ref.
# - "Who leads <area>" / "whose area is X" = list_actions with fact person (the area's lead); its
#   actionIds are that area's outstanding actions. "How many" = list_actions with fact number;
#   with no status it counts outstanding actions. "Who has / owns X" = fact person; "when's X due"
#   = fact date; "is X still due <when>?" = X's due date as a fact.
# - A meeting question with no status word lists every status; with a status word, that status.
#   An agenda item (number or title), a resolution or what was said at a meeting names that
#   meeting. Only the October 2019 meeting of 2019 set actions; the 19 June 2019 meeting set none
#   (a real empty list). A minute number below item level is written as the meeting plus an rx
#   that picks exactly its actions.
# - A job title that holds an area word names the person, not the area. Exclusions of people /
#   areas are written as every other person / area. "Plan actions / not the committee ones" =
#   source is the plan (meeting=None); "committee actions / what the committee added" = source is
#   any committee meeting. "The area leads" = Priya, Tom, Ruth, Daniel; "the ADs" = Ruth Okafor
#   and Tom Brennan; DCS / Exec Director = Morgan Hale; Cabinet Member / lead member = Cllr Jo
#   Pearce; PSW = Grace Adeyemi; VSH = Anita Rao; dem services = Chris Dunn, who owns no action.
#   "The last committee" = 12 January 2022; "the committee before last" = 10 November 2021.
# - Periods: "by / before X" with no "from now" keeps overdue actions in; "between now and X" and
#   "the next N days / weeks / months" start today and leave overdue out ("next N weeks" ends
#   today + 7N; "the next six months" ends 1 August 2022). Summer = June-August 2022; Easter =
#   Sunday 17 April 2022; "this financial year" = 1 April 2021 - 31 March 2022; year end = 31 March
#   2022; next quarter = April-June 2022; half-term = 21-25 February 2022; "w/c D" = D to D+6;
#   "the fortnight after D" = D+1 to D+14; "since D" = on or after D and before today. Dates and
#   events the asker states are taken as given; a date that is only news sets no period.
# - A topic word that is no area keyword is searched in action titles in all its forms (plural,
#   verb form, misspelling); updates are not searched.
# - RAG "red" = overdue or blocked; the one blocked action (6.3) is also overdue, so red = overdue.
# - "as" is set when the asker is a person in the data; "I / me / my" then means that person, and
#   a general question from them is not narrowed to their own actions. "Am I behind" = my overdue.
# - Greeting alone, "how does this work / what can you do / where do I start" = help; thanks,
#   apologies, sign-offs, off-topic remarks and forwarded notes with no question = unknown; an
#   overview of the whole plan = summary. A question wrapped in small talk or a forwarded note is
#   labelled as the question; "actually / scrap that" = the corrected question alone.
# - School calendar (set s): the spring term ends Friday 8 April 2022; the summer term is 25 April
#   - 22 July 2022; the summer holidays run to Friday 2 September 2022. "Next month" = March 2022;
#   "next financial year / 22/23" = 1 April 2022 - 31 March 2023.
#
# Then the conventions set t decided for itself:
# - The occasions (the stocktake, the Corporate Parenting Board, the audit, a board pack, an
#   appraisal) and the asker's own role ("internal audit here", "finance BP") are news and set no
#   filter. The stocktake's date sets a period only with "by / before / between now and" and a
#   stated date ("between now and the next stocktake on 2 August"). The fixture holds no cost or
#   budget data, so the finance partner's interest in spend is news: their questions name the work.
# - More status words: "not yet complete / isn't finished / hasn't been completed / not yet done"
#   = outstanding; "signed off / delivered / closed" = complete; "not yet started / not begun" =
#   not_started; "still going / running" = in_progress when asked of a list.
# - "Not due this financial year / not due by X" = due after X (the negation of "by"), so overdue
#   actions are left out. "Excluding anything due after X" = due on or before X, overdue kept in.
# - Quarters are financial-year quarters. "This quarter / the last quarter of the financial year /
#   Q4" = 1 January - 31 March 2022; "last quarter" = 1 October - 31 December 2021; "Q1 of 22/23 /
#   the first quarter of next year" = 1 April - 30 June 2022.
# - "This month" = February 2022; "last month" = January 2022; a named month is that month of
#   2022 (May = 1-31 May 2022). "In calendar 2020" = due 1 January - 31 December 2020.
# - "The last N weeks" = due on or after today - 7N and before today (as "since D"): "the last six
#   weeks" = 21 December 2021 - 31 January 2022; "the last eight weeks" = 7 December 2021 -
#   31 January 2022. No action falls due between 11 and 30 December 2021, so a start a few days
#   either way gives the same answer. "From the start of this financial year to now" = 1 April
#   2021 to 31 January 2022 (before today).
# - "Before the summer" = due before 1 June 2022 (keeps overdue in). "After the summer holidays" =
#   due after 2 September 2022. "The rest of the spring term" = today to 8 April 2022, overdue left
#   out. Nothing falls due in May, between 1 and 29 June, 1 and 29 April, or 1 August and 29
#   September 2022, so a neighbouring reading of these edges gives the same answer.
# - "What evidence / how will we know / what's the measure for X" about one action = action_detail
#   of X with no fact field (the line format has no fact for a measure); the detail shows it.
# - "X's areas / the areas X leads" for a person who leads no area (Helen Marsh: area 9's lead is
#   Daniel Cross) = a real empty list, not X's own actions and not area 9.
# - "People who don't lead an area" = everyone but the area leads. "The last two committees" =
#   10 November 2021 and 12 January 2022. More job titles, each the person: "Head of QA" = Helen
#   Marsh (not area 9); "AD Early Help" = Tom Brennan; "AD (for) Corporate Parenting" = Ruth Okafor
#   (not area 11); "Head of Fostering" = Leo Fitzgerald (not area 3); "head of workforce
#   development" = Sam Whitfield (not area 10).
# - "Sorry, I meant / I mean" = the corrected question alone (as "actually").
# - A question about "the committee" in general (source = any committee meeting) always carries a
#   status word here ("open", "completed", "not yet started"), so the meeting rule (no status word =
#   every status) and the list rule (no status word = outstanding) never disagree. A councillor on the
#   Corporate Parenting Board who is not named is not Cllr Jo Pearce and gets no "as".
#
# New conventions decided for this set (decided once, applied throughout; none contradicts set t):
# - The occasions here (the work programme and its planning session, the annual report and its
#   pages, the committee's annual meeting, full council, the fostering forum or a carers' AGM, a
#   practice educator's advice, a presentation someone is giving) and the asker's own role ("chair
#   here", "comms", "IRO service manager", "foster carer rep", "trainee on placement") are news and
#   set no filter. Someone not in the data who says "I / my / our team" sets no owner.
# - The municipal year runs May to April. "This municipal year" = 1 May 2021 - 30 April 2022; "the
#   end of the municipal year" = 30 April 2022; "the next / new / 2022/23 municipal year" = 1 May 2022
#   - 30 April 2023 ("22/23" alone stays the financial year, as in set s). "Between now and the end of
#   the municipal year / the rest of this municipal year" = today - 30 April 2022, overdue left out;
#   "before the new municipal year (starts in May)" = due before 1 May 2022, overdue kept in; "not due
#   by the end of the municipal year" = due after 30 April 2022. The one April deadline is 5.2 on 30
#   April, so the edge is inclusive and this matters.
# - "Delivered / completed / met / done in <period>", and "which of the <period> deadlines were
#   completed", = status complete and due in that period: the fixture records no completion date.
# - "Since the summer" = due on or after 1 September 2021 and before today (no action falls due in
#   August 2021). The autumn term = 6 September - 17 December 2021 (used only of completed actions;
#   none falls due 1-5 September or 18-31 December 2021, so either edge read a few days wider gives
#   the same answer). The spring term starts Tuesday 4 January 2022 (nothing falls due 1-3 January);
#   "since the start of the spring term" = 4 January 2022 to before today.
# - "The next couple of months" = the next two months = today to 1 April 2022, overdue left out;
#   "the next three months" = today to 1 May 2022. "This month and next" = 1 February - 31 March 2022.
#   "Q2 of next financial year" = 1 July - 30 September 2022. "Due on the financial year end
#   itself" = due on 31 March 2022. "October to December 2021" (stated) = as given. "In 2021 (calendar
#   year)" = due 1 January - 31 December 2021. "This financial year" stays 1 April 2021 - 31 March 2022.
# - More status words: "incomplete" = outstanding; "still live" = outstanding (as "live"); "still
#   being run" = in_progress (as "running"); "gone overdue / slipped / missed / past their deadline" =
#   overdue; "stuck or late / blocked or overdue" = overdue (6.3, the one blocked action, is overdue).
# - "The 2019 committee" = the October 2019 meeting (the June 2019 one set none, so either reading
#   gives the same list). "The meeting where the committee thanked officers for the Outstanding
#   ratings at three children's homes" = resolution 42.3.1 = 12 January 2022 (a resolution that set
#   no action names its meeting). "The meeting that asked to keep hearing about child protection
#   performance in each improvement update" = resolution 23.3.2 = 10 November 2021: asked of the
#   meeting's actions it is the meeting (as set t read 23.3.1), not the one action 23.3.2 created.
#   "Item 23" = 10 November 2021; "item 39" = October 2019; "item 42" = 12 January 2022.
# - People: a surname, with or without Ms / Mr / a possessive ("Brennan's", "Ms Okafor's",
#   "Whitfield") names that person; "the Exec Director" = Morgan Hale; "Principal Social Worker" =
#   Grace Adeyemi; "Head of Workforce Development" = Sam Whitfield; "Virtual School Head" = Anita Rao.
#   "Who's on the hook for / who holds / who's responsible for X" = X's owner (fact person). "Between
#   them" = owned by any of the people named. "Which of the area leads have ..." lists the actions
#   those four own. "Which director is in charge of X as an area" / "who's down as the lead for X" =
#   the area's lead.
# - "How many actions does the tracker hold altogether" = every status, plan and committee. "Completed
#   altogether, the committee's and the plan's" = every complete action, whatever its source.
# - A topic that is an area keyword names the area even when an action title elsewhere holds the
#   same word ("recruitment" is area 10 though 11.6 recruits foster carers; "care plans" is area 4).
# - "What evidence will tell us X has worked / what's the measure of success for X" stays the detail
#   of X with no fact field (set t); a "what evidence" question about a whole area is not asked (the
#   line format has no field for an area's evidence).

NOV, JAN, OCT19, JUN19 = "cypssc-2021-11-10", "cypssc-2022-01-12", "cypssc-2019-10-09", "cypssc-2019-06-19"
TODAY_ = TODAY  # "2022-02-01", from the fixture
MY_END = "2022-04-30"  # end of this municipal year


def all_but(*ids):
    """Every person except the ones named."""
    return [p for p in PEOPLE if p not in ids]


def areas_except(*nums):
    """Every area number except the ones named."""
    return [n for n in sorted(AREAS) if n not in nums]


ONE = "one named deliverable, whatever its status"
LEADS = ["priya-shah", "tom-brennan", "ruth-okafor", "daniel-cross"]
AS = lambda p: {"as_": p}
HELEN, GRACE, SAM, LEO, ANITA = "helen-marsh", "grace-adeyemi", "sam-whitfield", "leo-fitzgerald", "anita-rao"
PRIYA, RUTH, TOM, DANIEL = "priya-shah", "ruth-okafor", "tom-brennan", "daniel-cross"
MORGAN, CHRIS, JO = "morgan-hale", "chris-dunn", "jo-pearce"

# ---------------------------------------------------------------- ordinary
K = "ordinary"
q(K, "Chair of the select committee here. We're drafting next year's work programme and I'd like to know what "
     "is still outstanding on private fostering and homeless 16 and 17 year olds.", areas=[3], expect=2,
  note="'private fostering' and 'homeless 16 and 17 year olds' are area 3 keywords; the work programme and the "
       "asker's role are news: 3.1 and 3.3")
q(K, "Hi, I'm in the corporate comms team pulling together the annual report on the improvement plan. What's "
     "been completed under supervision and management oversight? I'd like to give it a paragraph of its own.",
  st="complete", areas=[8], expect=4, note="area 8: 8.1-8.4, all complete; the annual report is news")
q(K, "IRO service manager here. What is still open on the quality of plans? My team keep raising drift at "
     "reviews.", areas=[4], expect=2, note="'quality of plans' (and 'drift') are area 4 keywords: 4.2 and 4.3")
q(K, "Hello, I'm one of the foster carer reps on the fostering forum. Is anything in permanence planning stuck "
     "at the moment? Carers have been asking.", st="blocked", areas=[6], expect=1,
  note="'stuck' = blocked: 6.3; the forum is news")
q(K, "student social worker on placement with an assessment team - what's currently underway on return home "
     "interviews?", st="in_progress", areas=[5], expect=2,
  note="'return home interviews' is an area 5 keyword; 'underway' = in progress: 5.2 and 5.3")
q(K, "Vice-chair here. In partnership working, has anything not been started yet?", st="not_started",
  areas=[12], expect=0, note="area 12's one open action (12.4) is in progress")
q(K, "As the opposition spokesperson for children's services I want the full picture on children looked "
     "after: every action, finished or not, please.", st="all", areas=[11], expect=6,
  note="'children looked after' is an area 11 keyword; 'finished or not' = every status: 11.1-11.6")
q(K, "I'm briefing the Chair ahead of the work programme meeting. Which quality assurance actions have "
     "slipped?", st="overdue", areas=[9], expect=3, **AS(MORGAN),
  note="'slipped' = overdue; a general question from Morgan is not narrowed to Morgan's own: 9.1, 9.3, 9.5")
q(K, "what's left to do on life story work? it's for the 'next steps' bit of the annual report", areas=[7],
  expect=4, note="'left' = outstanding: 7.1-7.4")
q(K, "Morning. IRO service manager again. On care plans, is there anything nobody has started?",
  st="not_started", areas=[4], expect=1, note="'care plans' is an area 4 keyword: 4.3")
q(K, "Could you list what's still open on permanence? The foster carers' association has asked me for an "
     "update before their AGM.", areas=[6], expect=2, note="'permanence' is an area 6 keyword; the AGM is news: "
                                                           "6.1 and 6.3")
q(K, "For the work programme report I'm drafting: which partnership working actions are done?", st="complete",
  areas=[12], expect=3, **AS(CHRIS), note="12.1, 12.2, 12.3")
q(K, "I'm a trainee on placement, trying to get my head round what's changed since the inspection. Which "
     "practice infrastructure actions are complete?", st="complete", areas=[1], expect=3,
  note="'practice infrastructure' is an area 1 keyword: 1.1, 1.2, 1.3")
q(K, "Could you show me everything open on neglect please? I've got the thematic audit on my desk and want the "
     "wider picture first.", areas=[2], expect=2, **AS(HELEN),
  note="a question about the area, not the audit; a general question from Helen is not narrowed to her own: "
       "2.2 and 2.3")
q(K, "Opposition councillor here - for the children we care for, what work is underway right now?",
  st="in_progress", areas=[11], expect=3,
  note="'children we care for' is an area 11 keyword: 11.4, 11.5, 11.6")

# ---------------------------------------------------------------- negation
K = "negation"
q(K, "Chair here. Which actions are overdue, bar the ones Tom has? He's giving the committee a separate update "
     "on the housing protocol.", st="overdue", owners=all_but(TOM), expect=6,
  note="'bar' = except; every owner but Tom, whose 3.1 is left out; the update is news")
q(K, "For the annual report: what's outstanding across the plan, not counting QA? Quality assurance is getting "
     "its own section.", areas=areas_except(9), expect=24, note="every area but 9: 30 outstanding less 9.1-9.6")
q(K, "Nothing that's finished, please - just the live actions from the November select committee that aren't "
     "Daniel's.", meeting=NOV, owners=all_but(DANIEL), expect=3,
  note="'nothing that's finished / live' = outstanding: 9.4, 10.4, 12.4; Daniel's 1.5, 9.3, 10.5 left out")
q(K, "Which of the committee's own actions haven't been completed, leaving out anything on life story work?",
  meeting=COMMITTEE, areas=areas_except(7), expect=11,
  note="15 outstanding committee actions less 7.1-7.4")
q(K, "IRO service manager. Outside the quality of plans, is anything of Helen Marsh's not yet started?",
  st="not_started", owners=[HELEN], areas=areas_except(4), expect=2, note="3.3 and 7.3")
q(K, "Which of my open actions didn't come from the plan itself?", owners=[GRACE], meeting=COMMITTEE, expect=1,
  **AS(GRACE), note="not from the plan = set by a committee meeting: the life story training (7.1)")
q(K, "Foster carer rep here. What's in progress that isn't in corporate parenting or permanence? I want to see "
     "what else is moving.", st="in_progress", areas=areas_except(6, 11), expect=16,
  note="20 in progress less 6.1, 11.4, 11.5, 11.6")
q(K, "Not counting anything the Cabinet Member holds, which committee actions are still open?",
  meeting=COMMITTEE, owners=all_but(JO), expect=14, **AS(CHRIS),
  note="Cabinet Member = Cllr Jo Pearce: 15 open committee actions less 12.4")
q(K, "Which plan actions aren't finished, excluding Helen's and Grace's?", meeting=None,
  owners=all_but(HELEN, GRACE), expect=7, note="2.3, 3.1, 5.2, 6.1, 6.3, 10.2, 11.5")
q(K, "In quality assurance, what's still open but not overdue yet?", st="not_overdue", areas=[9], expect=3,
  note="9.2, 9.4, 9.6; 9.1, 9.3 and 9.5 are overdue")
q(K, "Trainee SW - my practice educator says most of the plan sits with Helen, Daniel and Priya. What's "
     "outstanding that isn't theirs?", owners=all_but(HELEN, DANIEL, PRIYA), expect=14,
  note="30 outstanding less Helen's seven, Daniel's five and Priya's four")
q(K, "Which open actions are NOT due by the end of the municipal year? Those are the ones I'll flag for next "
     "year's programme.", dafter=MY_END, expect=9,
  note="not due by 30 April 2022 = due after it, so overdue ones are left out; 5.2 (30 April) is due by it")
q(K, "Vice-chair. Leaving the two ADs out of it, what's late?", st="overdue", owners=all_but(RUTH, TOM),
  expect=4, note="the ADs = Ruth Okafor and Tom Brennan: 5.3, 7.2, 9.1, 9.3")
q(K, "Which of my open ones aren't committee actions?", owners=[DANIEL], meeting=None, expect=1, **AS(DANIEL),
  note="not committee actions = the plan: the electronic workbooks (5.2)")
q(K, "Which not-started actions aren't due until after Easter?", st="not_started", dafter="2022-04-17",
  expect=3, note="after Sunday 17 April 2022: 1.5, 4.3, 10.5")

# ---------------------------------------------------------------- periods
K = "periods"
q(K, "For the work programme: what falls due between now and the end of this municipal year that isn't done "
     "yet?", dfrom=TODAY_, dto=MY_END, expect=14,
  note="today to 30 April 2022, overdue left out: 2.2, 10.4, the 31 March deadlines and 5.2")
q(K, "For the annual report I need everything that was delivered in the 2020/21 financial year.",
  st="complete", dfrom="2020-04-01", dto="2021-03-31", expect=4,
  note="complete and due 1 April 2020 - 31 March 2021: 1.3, 6.2, 8.2, 11.2")
q(K, "whats coming up over the next couple of months?", dfrom=TODAY_, dto="2022-04-01", expect=13,
  note="the next two months = today to 1 April 2022, overdue left out")
q(K, "Opposition councillor. What have we missed since the summer?", st="overdue", dfrom="2021-09-01",
  dto="2022-01-31", expect=7, note="since the summer = 1 September 2021 to before today: every overdue action")
q(K, "Comms again - what was completed in 2021? Calendar year, not financial.", st="complete",
  dfrom="2021-01-01", dto="2021-12-31", expect=9,
  note="complete and due in 2021: 2.1, 3.2, 4.1, 5.1, 6.2, 8.1, 8.2, 10.1, 11.3")
q(K, "Vice-chair: which actions are due in Q2 of next financial year?", dfrom="2022-07-01", dto="2022-09-30",
  expect=4, note="July-September 2022: 1.5, 4.3, 10.5, 11.4")
q(K, "IRO manager - anything due during the summer term?", dfrom="2022-04-25", dto="2022-07-22", expect=6,
  note="25 April - 22 July 2022: the electronic workbooks (5.2, 30 April) and the 30 June deadlines")
q(K, "Foster carer rep: of the actions due in the autumn term, which were actually delivered?", st="complete",
  dfrom="2021-09-06", dto="2021-12-17", expect=5,
  note="autumn term 2021 = 6 September - 17 December: 2.1, 3.2, 8.1, 10.1, 11.3")
q(K, "Which open actions fall due in the 2022/23 municipal year?", dfrom="2022-05-01", dto="2023-04-30",
  expect=9, **AS(CHRIS), note="1 May 2022 - 30 April 2023")
q(K, "What needs to be finished before the new municipal year starts in May?", dbefore="2022-05-01", expect=21,
  note="before 1 May 2022, overdue kept in")
q(K, "trainee here - what's due this month and next?", dfrom="2022-02-01", dto="2022-03-31", expect=13,
  note="February and March 2022: 2.2, 10.4 and the 31 March deadlines")
q(K, "Comms: which of the actions with October to December 2021 deadlines have been completed?",
  st="complete", dfrom="2021-10-01", dto="2021-12-31", expect=3, note="3.2, 10.1, 11.3")
q(K, "Which actions fall due on the financial year end itself and aren't finished?", dfrom="2022-03-31",
  dto="2022-03-31", expect=11, note="due on 31 March 2022")
q(K, "Over the next three months, what have I got due?", owners=[SAM], dfrom=TODAY_, dto="2022-05-01",
  expect=2, **AS(SAM), note="today to 1 May 2022: the staff survey (10.4) and the recruitment campaign (10.2)")
q(K, "Since the start of the spring term, which deadlines have been missed?", st="overdue", dfrom="2022-01-04",
  dto="2022-01-31", expect=2, note="4 January 2022 to before today: 5.3 and 9.5")

# ---------------------------------------------------------------- wordforms
K = "wordforms"
q(K, "any outstnading actions on recuitment?", areas=[10], expect=4,
  note="outstnading = outstanding, recuitment = recruitment, an area 10 keyword: 10.2-10.5 (11.6 is area 11)")
q(K, "Chair here - anything from the comittee that's gone overdue?", st="overdue", meeting=COMMITTEE, expect=3,
  note="comittee = committee: 7.2, 9.3, 9.5")
q(K, "lifestory work - what's o/s?", areas=[7], expect=4, note="lifestory = life story, area 7; o/s = outstanding")
q(K, "Which audits are still running?", st="in_progress", rx=r"audit", expect=2,
  note="audits = audit; 'still running' = in progress: 2.2 and 5.3 (3.3 and 7.3 are not started)")
q(K, "Whitfield - anything incomplete?", owners=[SAM], expect=2,
  note="Whitfield = Sam Whitfield; incomplete = outstanding: 10.2 and 10.4")
q(K, "Anything to do with caseload that's still open?", rx=r"caseload", expect=2,
  note="caseload = caseloads: 9.2 and 10.5")
q(K, "Has the Exec Director got anything on the go?", owners=[MORGAN], expect=0,
  note="Exec Director = Morgan Hale, whose one action (12.3) is complete")
q(K, "supervison and managment oversight - what got finished?", st="complete", areas=[8], expect=4,
  note="supervison = supervision, managment = management: area 8, 8.1-8.4")
q(K, "Trainee social worker here - which of the training actions are still being run?", st="in_progress",
  rx=r"train", expect=2, note="training / train: 4.2 and 7.1; 'still being run' = in progress")
q(K, "anything involving MOSAIC, finished or not?", st="all", rx=r"Mosaic", expect=2,
  note="MOSAIC = Mosaic: 4.1 and 7.2")
q(K, "Brennan's - what's outstanding?", owners=[TOM], expect=1, note="Brennan = Tom Brennan: 3.1")
q(K, "Ms Okafor's not-started ones?", st="not_started", owners=[RUTH], expect=1,
  note="Ms Okafor = Ruth Okafor: 9.5")
q(K, "are any of the protocols still being worked on?", st="in_progress", rx=r"protocol", expect=1,
  note="protocols = protocol: the housing protocol (3.1); the pre-birth protocol (6.2) is complete")
q(K, "re-referals - anything not started?", st="not_started", rx=r"re-referral", expect=1,
  note="re-referals = re-referrals: 9.3")
q(K, "negelct - whats in progress", st="in_progress", areas=[2], expect=2,
  note="negelct = neglect, area 2: 2.2 and 2.3")

# ---------------------------------------------------------------- deliverables
K = "deliverables"
q(K, "For the achievements page of the annual report: did the pay and reward offer for social workers go "
     "through?", st="all", rx=r"pay and reward", expect=1, note=ONE + " (10.1)")
q(K, "Where are we with the summer 2022 workforce report that the committee asked for?", st="all",
  rx=r"Summer 2022 on workforce", expect=1, note=ONE + " (10.5), not area 10 as a whole")
q(K, "Has the plan template with timescales and a contingency section gone live in Mosaic?", st="all",
  rx=r"plan template", expect=1, note=ONE + " (4.1), not area 4 as a whole")
q(K, "Were committee members ever invited to come and watch the foster carer life story training?", st="all",
  rx=r"observe", expect=1, note=ONE + " (7.5), not area 7 as a whole")
q(K, "Is the 'What Good Looks Like' practice standards work finished? My practice educator mentioned it.",
  st="all", rx=r"What Good Looks Like", expect=1, note=ONE + " (1.2)")
q(K, "What's happening with the updates on early help withdrawing from buildings that partners use?",
  st="all", rx=r"early help is withdrawing", expect=1, note=ONE + " (12.4), not area 12 as a whole")
q(K, "The re-referral rates report for members - where's that up to? It's been on the action log since "
     "November.", st="all", rx=r"re-referral", expect=1, **AS(CHRIS), note=ONE + " (9.3)")
q(K, "Did the return home interview template ever get revised?", st="all",
  rx=r"return home interview template", expect=1, note=ONE + " (5.1), not area 5 as a whole")
q(K, "The joint housing protocol with the districts and boroughs - has it been signed off yet?", st="all",
  rx=r"housing protocol", expect=1, note=ONE + " (3.1), not area 3 as a whole")
q(K, "Did we ever agree a pre-birth protocol for unborn babies?", st="all", rx=r"pre-birth", expect=1,
  note=ONE + " (6.2), not area 6 as a whole though 'unborn babies' is an area 6 keyword")
q(K, "Where's the IT simplification update to committee at? I know it's one of mine but I've lost track.",
  st="all", rx=r"simplifying the children's IT", expect=1, **AS(DANIEL), note=ONE + " (1.5)")
q(K, "The management assessment programme for team managers - is that finished?", st="all",
  rx=r"management assessment programme", expect=1, note=ONE + " (8.1), not area 8 as a whole")
q(K, "How is the monthly permanence tracking panel getting on?", st="all", rx=r"permanence tracking panel",
  expect=1, note=ONE + " (6.3), not area 6 as a whole")
q(K, "What's the latest on making sure every child being adopted has a life story book before the order?",
  st="all", rx=r"life story book", expect=1,
  note=ONE + " (7.4), not area 7 as a whole though 'life story book' is an area 7 keyword")
q(K, "Did the private fostering awareness campaign for schools and GPs go ahead?", st="all",
  rx=r"awareness campaign", expect=1, note=ONE + " (3.2), not area 3 as a whole")

# ---------------------------------------------------------------- facts
K = "facts"
q(K, "Whose area is return home interviews?", areas=[5], fact="lead", expect=2, note="5.2 and 5.3 outstanding")
q(K, "How many actions have been completed altogether, the committee's and the plan's?", st="complete",
  fact="count", expect=20)
q(K, "When are the electronic workbooks meant to be ready? Our team is piloting them.", intent="action_detail",
  ref="5.2", fact="due", note="the pilot is news")
q(K, "Who's on the hook for sharing the staff survey results with the committee?", intent="action_detail",
  ref="10.4", fact="owner")
q(K, "What evidence will tell us the drift training for chairs and IROs has worked?", intent="action_detail",
  ref="4.2", note="'what evidence' about one action = its detail (the measure)")
q(K, "How many actions did the committee set at its November meeting?", st="all", meeting=NOV, fact="count",
  expect=7, **AS(CHRIS), note="a meeting question with no status word counts every status")
q(K, "When is the in-house foster carer recruitment meant to be finished by?", intent="action_detail",
  ref="11.6", fact="due")
q(K, "How many of Helen's actions are past their deadline?", st="overdue", owners=[HELEN], fact="count",
  expect=2, note="5.3 and 9.1")
q(K, "Which director is in charge of corporate parenting as an area?", areas=[11], fact="lead", expect=3)
q(K, "Who holds the action on PEPs for children in care?", intent="action_detail", ref="11.5", fact="owner",
  note="PEP = personal education plan")
q(K, "How many not-started actions came from the committee?", st="not_started", meeting=COMMITTEE,
  fact="count", expect=7, note="1.5, 7.3, 9.3, 9.5, 9.6, 10.4, 10.5")
q(K, "What's the measure of success for the supervision policy?", intent="action_detail", ref="8.2",
  note="'what's the measure' = its detail")
q(K, "When's my case recording audit due? I think it was the end of January.", intent="action_detail",
  ref="5.3", fact="due", **AS(HELEN), note="the quarterly audit of case recording, Helen's")
q(K, "How many actions does the tracker hold altogether - plan and committee, any status?", st="all",
  fact="count", expect=50)
q(K, "Quick check - who's down as the lead for partnership working? I assumed it was me but Morgan thinks "
     "otherwise.", areas=[12], fact="lead", expect=1, **AS(TOM), note="12.4 outstanding")

# ---------------------------------------------------------------- people
K = "people"
q(K, "What's still open for the Principal Social Worker and the Head of Workforce Development?",
  owners=[GRACE, SAM], expect=5, note="PSW = Grace Adeyemi (1.4, 4.3, 7.1), Head of WFD = Sam Whitfield "
                                      "(10.2, 10.4)")
q(K, "What have I still got open? The committee will want an update from me.", owners=[JO], expect=1,
  **AS(JO), note="12.4")
q(K, "What has Morgan Hale delivered? I'd like a quote from the Executive Director to go with it.",
  st="complete", owners=[MORGAN], expect=1, note="12.3")
q(K, "Everything in Priya Shah's areas, done or not - she's presenting at the next meeting.", st="all",
  leads=[PRIYA], expect=15, note="Priya leads 1, 2, 4, 8")
q(K, "Which of mine are finished? The fostering forum would like to know.", st="complete", owners=[LEO],
  expect=2, **AS(LEO), note="3.2 and 7.5")
q(K, "What's open across the areas Daniel and Tom lead?", leads=[DANIEL, TOM], expect=15,
  note="Daniel leads 9, 10; Tom leads 3, 5, 12")
q(K, "Does the Virtual School Head or the Head of Fostering have anything overdue?", st="overdue",
  owners=[ANITA, LEO], expect=0, note="VSH = Anita Rao (11.5, due 31 March), Head of Fostering = Leo "
                                       "Fitzgerald (11.6, due 30 June)")
q(K, "Can you list everything I own, finished or not?", st="all", owners=[ANITA], expect=1, **AS(ANITA),
  note="11.5")
q(K, "What's outstanding in my areas that other people hold?", leads=[RUTH], owners=all_but(RUTH), expect=5,
  **AS(RUTH), note="Ruth leads 6, 7, 11: 7.1, 7.2, 7.3, 11.5, 11.6")
q(K, "Which of Helen Marsh's actions are in progress?", st="in_progress", owners=[HELEN], expect=5,
  note="2.2, 4.2, 5.3, 9.1, 9.2")
q(K, "What do Leo and Ruth have between them that's still live?", owners=[LEO, RUTH], expect=6,
  note="11.6; 6.1, 6.3, 7.4, 9.5, 11.4")
q(K, "Do I own any actions at all, open or closed? I'm only the clerk.", st="all", owners=[CHRIS], expect=0,
  **AS(CHRIS), note="Chris Dunn owns no action")
q(K, "Which not-started actions are held by the area leads?", st="not_started", owners=LEADS, expect=5,
  note="the area leads = Priya, Tom, Ruth, Daniel: 1.5, 9.3, 9.5, 9.6, 10.5")
q(K, "Anything in Daniel's areas that's mine and still open?", leads=[DANIEL], owners=[SAM], expect=2,
  **AS(SAM), note="10.2 and 10.4")
q(K, "Has the DCS or the Cabinet Member got anything outstanding?", owners=[MORGAN, JO], expect=1,
  note="DCS = Morgan Hale (nothing open), Cabinet Member = Cllr Jo Pearce: 12.4")

# ---------------------------------------------------------------- combined
K = "combined"
q(K, "For the work programme - which committee actions owned by Daniel are not yet started and fall due after "
     "the end of the municipal year?", st="not_started", meeting=COMMITTEE, owners=[DANIEL], dafter=MY_END,
  expect=2, note="after 30 April 2022: 1.5 and 10.5")
q(K, "Completed plan actions in Priya's areas with deadlines in this financial year, please - they're going in "
     "the 'achievements' box.", st="complete", meeting=None, leads=[PRIYA], dfrom="2021-04-01",
  dto="2022-03-31", expect=3, note="Priya leads 1, 2, 4, 8: 2.1, 4.1, 8.1")
q(K, "Overdue actions in Ruth's areas that came from the 2019 committee?", st="overdue", leads=[RUTH],
  meeting=OCT19, expect=1, note="the 2019 committee = October 2019: 7.2")
q(K, "In-progress plan actions of Helen's in quality of plans or QA that are due by the end of March?",
  st="in_progress", meeting=None, owners=[HELEN], areas=[4, 9], dto="2022-03-31", expect=3,
  note="'by' keeps overdue in: 4.2, 9.1, 9.2")
q(K, "Open committee actions in corporate parenting due over the summer, not counting anything of Ruth's",
  meeting=COMMITTEE, areas=[11], owners=all_but(RUTH), dfrom="2022-06-01", dto="2022-08-31", expect=1,
  note="summer = June-August 2022: the foster carer recruitment (11.6); Ruth's 11.4 left out")
q(K, "not-started plan actions due this quater?", st="not_started", meeting=None, dfrom="2022-01-01",
  dto="2022-03-31", expect=1, note="quater = quarter; this quarter = January-March 2022: 3.3")
q(K, "For the action log: which of the November committee's actions are still open, owned by Daniel and due "
     "in the summer?", meeting=NOV, owners=[DANIEL], dfrom="2022-06-01", dto="2022-08-31", expect=2,
  **AS(CHRIS), note="1.5 and 10.5 (31 July)")
q(K, "Overdue plan actions outside Tom's areas?", st="overdue", meeting=None, areas=areas_except(3, 5, 12),
  expect=2, note="Tom leads 3, 5, 12: 6.3 and 9.1")
q(K, "In-progress committee actions due in Q1 of 2022/23, excluding the Cabinet Member's", st="in_progress",
  meeting=COMMITTEE, owners=all_but(JO), dfrom="2022-04-01", dto="2022-06-30", expect=3,
  note="April-June 2022: 7.4, 10.3, 11.6; Jo's 12.4 left out")
q(K, "Which of Grace's and Sam's open plan actions are due before Easter?", owners=[GRACE, SAM], meeting=None,
  dbefore="2022-04-17", expect=2, note="1.4 and 10.2")
q(K, "Of my audits, which are not started and due this month or next?", st="not_started", owners=[HELEN],
  rx=r"audit", dfrom="2022-02-01", dto="2022-03-31", expect=2, **AS(HELEN), note="3.3 and 7.3")
q(K, "Not-started committee actions in QA or recruitment and retention due between now and the end of the "
     "municipal year", st="not_started", meeting=COMMITTEE, areas=[9, 10], dfrom=TODAY_, dto=MY_END, expect=2,
  note="today to 30 April 2022, overdue left out: 9.6 and 10.4")
q(K, "What's in progress in my areas, owned by someone other than me, due on or before 31 March?",
  st="in_progress", leads=[PRIYA], owners=all_but(PRIYA), dto="2022-03-31", expect=3, **AS(PRIYA),
  note="Priya leads 1, 2, 4, 8: 1.4, 2.2, 4.2")
q(K, "Completed life story actions from the October 2019 committee that Leo owned?", st="complete",
  meeting=OCT19, areas=[7], owners=[LEO], expect=1, note="7.5")
q(K, "Plan actions not yet finished in neglect, recording or permanence, due by the end of June",
  meeting=None, areas=[2, 5, 6], dto="2022-06-30", expect=6, note="2.2, 2.3, 5.2, 5.3, 6.1, 6.3")

# ---------------------------------------------------------------- meetings
K = "meetings"
q(K, "What did the committee ask for on 12 January 2022? Every action please, whatever state it's in.",
  st="all", meeting=JAN, expect=4)
q(K, "Which actions from item 23 are complete?", st="complete", meeting=NOV, expect=1, **AS(CHRIS),
  note="item 23 = 10 November 2021: 11.3")
q(K, "At the meeting where we thanked officers for the three Outstanding children's homes, which of the "
     "actions we set haven't been started?", st="not_started", meeting=JAN, expect=2,
  note="resolution 42.3.1 = 12 January 2022: 9.5 and 9.6")
q(K, "Minute 39.6 - which actions did it produce?", st="all", meeting=OCT19, rx=r"Mosaic|thematic audits|observe",
  minute="39.6", expect=3, note="minute 39.6 set 7.2, 7.3 and 7.5; meeting + rx")
q(K, "What actions came out of the June 2019 select committee?", meeting=JUN19, st="all", expect=0,
  note="the 19 June 2019 meeting set none")
q(K, "Resolution 23.3.4 - where are we with it?", intent="action_detail", ref="12.4",
  note="resolution 23.3.4 created 12.4")
q(K, "The November meeting that focused on the workforce - has anything it set slipped?", st="overdue",
  meeting=NOV, expect=1, note="9.3")
q(K, "For the action log: actions from the committee before last that are still open.", meeting=NOV,
  expect=6, **AS(CHRIS), note="the committee before last = 10 November 2021; all but 11.3")
q(K, "From minute 42.2, which actions are in progress?", st="in_progress", meeting=JAN,
  rx=r"foster carers|statutory visits performance", minute="42.2", expect=1,
  note="minute 42.2 set 9.5 and 11.6; meeting + rx: 11.6")
q(K, "Who is responsible for the action from resolution 23.3.1?", intent="action_detail", ref="10.5",
  fact="owner", note="resolution 23.3.1 created 10.5")
q(K, "How many actions from the October 2019 committee are still outstanding?", meeting=OCT19, fact="count",
  expect=5, note="7.1, 7.2, 7.3, 7.4, 10.3")
q(K, "From the meeting that asked to keep hearing about child protection performance in each improvement "
     "update, what hasn't been started?", st="not_started", meeting=NOV, expect=4,
  note="resolution 23.3.2 = 10 November 2021: 1.5, 9.3, 10.4, 10.5")
q(K, "Did the action from resolution 39.8.4 ever get done?", intent="action_detail", ref="12.3",
  note="resolution 39.8.4 created 12.3")
q(K, "The last committee and the one before it - which of their actions sit with Ruth, any status?",
  st="all", meeting=[NOV, JAN], owners=[RUTH], expect=3, note="11.3; 9.5 and 11.4")
q(K, "Item 39 - is anything from it still being worked on?", st="in_progress", meeting=OCT19, expect=4,
  note="item 39 = October 2019: 7.1, 7.2, 7.4, 10.3")

# ---------------------------------------------------------------- chatter
K = "chatter"
q(K, "Good morning! I'm the new vice-chair of the select committee - just saying hello.", intent="help",
  whyx="Greeting and introduction alone")
q(K, "Thanks, that's really helpful for the annual report draft.", intent="unknown", whyx="Thanks alone")
q(K, "Could you give me an overall picture of where the whole improvement plan stands? It's for the foreword "
     "of the annual report.", intent="summary", whyx="Overview of the whole plan")
q(K, "Hi all - just a reminder that the work programme planning session is in Committee Room 2 at 10.30 on "
     "Thursday.", intent="unknown", whyx="A note with no question")
q(K, "Morning, hope the weekend was good. Could you tell me which actions from the January committee are "
     "overdue? Need them for the action log. Ta, Chris", st="overdue", meeting=JAN, expect=1, **AS(CHRIS),
  note="the question inside the message: 9.5")
q(K, "what can this bot actually do? I'm a trainee on placement and my practice educator said to try it",
  intent="help", whyx="Asks what the bot can do")
q(K, "Which actions are due in March - actually, scrap that, which are due in February?", dfrom="2022-02-01",
  dto="2022-02-28", expect=2, note="'actually, scrap that' = the corrected question alone: 2.2 and 10.4")
q(K, "Has anyone seen my lanyard? I think I left it in the Members' Room.", intent="unknown",
  whyx="Off-topic question")
q(K, "Sorry to bother you again, I know you're busy! What's 7.1 about?", intent="action_detail", ref="7.1")
q(K, "Cheers for that, have a good afternoon", intent="unknown", whyx="Thanks and sign-off alone")
q(K, "Fwd: from the Chair\n\n> Can officers confirm how many actions are overdue across the plan before the "
     "work programme meeting?\n\nCan you answer this one for me?", st="overdue", fact="count", expect=7,
  note="the quoted question is the question")
q(K, "Hello 👋", intent="help", whyx="Greeting alone")
q(K, "Apologies - I sent that to the wrong chat.", intent="unknown", whyx="Apology alone")
q(K, "Lovely to see everyone at full council last week. Quick question though: who's the lead for life story "
     "work?", areas=[7], fact="lead", expect=4, note="full council is news")
q(K, "Is the canteen at County Hall open over half-term?", intent="unknown", whyx="Off-topic question")
