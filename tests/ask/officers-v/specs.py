# Evaluation questions for Improvement Tracker (set v): 150 questions, 15 per kind, in the order
# ordinary, negation, periods, wordforms, deliverables, facts, people, combined, meetings, chatter.
# Labelled by build.py (in this folder) from /work/shared/fixtures/children-first.json ("today" =
# Tuesday 2022-02-01, Europe/London); no action id is typed here: each spec is a set of filters (status
# st, areas, owners, leads = the areas a person leads, meeting = the source, due-date bounds dfrom / dto
# / dbefore / dafter, a title regex rx or nrx, minute, fact, ref for action_detail, as_ = the asker's
# person id), and build.py computes every list from them and checks it against the spec's expected
# count. Written without reading the bot's code or running it.
# Split (fixed before labelling): within each kind, positions 3, 6, 9, 12, 15 go to holdout
# (officers-v-holdout.jsonl, 50 lines); the rest go to officers-v-dev.jsonl (100 lines).
#
# Angle of this set: the run-up to the full ILACS re-inspection and the quarterly performance clinic.
# Asked by a performance and data analyst building the clinic pack, a locality team manager, a practice
# educator, the LADO, an early help coordinator, an HR workforce adviser, the Director's PA collating a
# leadership briefing, the new independent chair of the Improvement Board and a ward councillor doing
# casework (none of them is a person in the data, so no "as"); and by people in the data, with "as" set to
# their id: Morgan, Priya, Ruth, Tom, Daniel, Helen, Grace, Sam, Leo, Anita, Jo and the clerk Chris Dunn.
# They write as people do in Teams: terse or wordy, questions inside longer messages with the context
# first, a reason after the question, several conditions at once, every kind of negation ("not yet",
# "nothing that isn't", "other than", "apart from", "except", "without"), named periods (quarters, the
# financial year, school terms, months, "the next few weeks", "before the re-inspection" with a stated
# date, "by Easter"), deliverables named by what they are in the asker's own words, facts (who leads, who
# owns, when due, how many, is it done), several people at once, meetings named by date, item, minute,
# resolution or what they decided, and chatter (greetings, thanks, off-topic remarks, corrections,
# forwarded notes). Never more than two typos in a question.
#
# Conventions carried over from set u, exactly as its header states them. First the ones set u carried
# over from set t, which set t carried over from set s (which carried over sets k-r), then set t's own:
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
# Then the conventions set u decided for itself (its header's "New conventions decided for this set"):
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
#
# New conventions decided for this set (decided once, applied throughout; none contradicts sets t or u):
# - The occasions here (the ILACS re-inspection and the inspectors' sampling or data request, the
#   quarterly performance clinic and its pack or slides, the Improvement Board, a leadership briefing,
#   a councillor's casework and the family behind it, a team meeting, a practice week, a training
#   session someone runs, the forward look) and the asker's own role ("analyst", "locality team
#   manager", "practice educator", "LADO", "early help coordinator", "HR workforce adviser", "the
#   Director's PA", "independent chair", "ward councillor") are news and set no filter; so is a
#   locality ("the north locality"). A councillor who is not named is not Cllr Jo Pearce (as set t)
#   and gets no "as"; someone not in the data who says "my workers / our team" sets no owner (set u).
# - The re-inspection's date sets a period only when the asker states it: "before the re-inspection /
#   before then" with "it starts 7 March" = due before 7 March 2022, overdue kept in (as "before X").
#   "Before the re-inspection" with no date is news.
# - "Q3" (of this financial year) = 1 October - 31 December 2021 (financial-year quarters; the same as
#   "last quarter"). "The 2019/20 financial year" = 1 April 2019 - 31 March 2020. A month given with its
#   year ("December 2021") is that month; a named month without a year stays that month of 2022, so
#   "a January deadline" = due in January 2022.
# - "The next few weeks" = the next four weeks = today to 1 March 2022, overdue left out. It is asked
#   once, of Leo Fitzgerald's actions, whose only open one (11.6) is due 30 June 2022, so every reading
#   of "few" up to the end of June gives the same empty list.
# - "Before (February) half-term" = due before Monday 21 February 2022, overdue kept in. "The end of the
#   summer term" = Friday 22 July 2022 ("by" it keeps overdue in). "The summer holidays" = 23 July - 2
#   September 2022; nothing falls due between 1 and 30 July 2022, so a start anywhere in July gives the
#   same answer. "Over the next ten weeks" = today to 12 April 2022 (today + 70, as "next N weeks").
# - Negation: "nothing that isn't overdue" = overdue only; "open but not late (yet) / that isn't already
#   overdue" = outstanding and due on or after today (not_overdue), so "due by X that isn't already
#   overdue" = today to X. "Without a committee behind them / straight from the plan / except the ones the
#   committee added" = source is the plan. "Not counting <one named deliverable>" leaves that one action
#   out by its title (nrx); "leave out anything already done" = outstanding.
# - "Is <ref> done / finished (yet)?" = action_detail of that ref with no fact field (the line format has
#   no status fact); a question whether a named piece of work is done stays a deliverable (st="all" with
#   an rx), and "is X still due <when>" stays X's due date.
# - "Which director is responsible for <area>" = the area's lead (as "which director is in charge of X as
#   an area"). The lead of an area with nothing outstanding (area 8) is a fact person with a real empty
#   list. "I know Helen is Head of QA, but who's the area lead for quality assurance" = area 9's lead,
#   Daniel Cross.
# - More job titles, each the person: "Deputy Director (for) Frontline Services" = Priya Shah; "the
#   Transformation Director" = Daniel Cross. "The Director" alone is never used as a filter (it could be
#   Morgan Hale, Daniel Cross or Priya Shah); "the Director's PA" is the asker's role, which is news.
# - "Not-started or blocked" = both statuses (a list of statuses).
# - An agenda item named by its title names its meeting even when the title holds an area keyword: "item
#   23, the workforce update" = 10 November 2021 (not area 10); "the Children We Care For item" = 12
#   January 2022 (not area 11). "The meeting that noted the conclusion of the Commissioner's work" =
#   resolution 39.8.1 = October 2019 (a resolution that set no action names its meeting, as set u read
#   42.3.1). "Minutes 39.5 and 39.6" = the October 2019 meeting plus an rx that picks exactly the actions
#   of both minutes (7.1-7.5). "12/01/2022" = 12 January 2022. "Item 6 of 19 June 2019" set no action.
# - "Scrap my last message - I meant ..." and "..., actually, make that <X>" = the corrected question
#   alone (as "actually / scrap that"); "make that June" replaces the period and keeps the rest.
# - Topic words searched in titles (set s's rule): "surveys" = titles holding "survey" (10.4, and 10.5,
#   whose title names staff survey outcomes); "agency staffing" = "agency staff" (10.3, 10.5), not 6.1's
#   regional adoption agency; "reports" = "report / reporting"; "training" = "train / training";
#   "inductions" = 1.3's induction programme (a topic, though area 1's Ofsted wording mentions induction,
#   since it is no area keyword).

NOV, JAN, OCT19, JUN19 = "cypssc-2021-11-10", "cypssc-2022-01-12", "cypssc-2019-10-09", "cypssc-2019-06-19"
HELEN, GRACE, SAM, LEO, ANITA = "helen-marsh", "grace-adeyemi", "sam-whitfield", "leo-fitzgerald", "anita-rao"
PRIYA, RUTH, TOM, DANIEL = "priya-shah", "ruth-okafor", "tom-brennan", "daniel-cross"
MORGAN, CHRIS, JO = "morgan-hale", "chris-dunn", "jo-pearce"
LEADS = [PRIYA, TOM, RUTH, DANIEL]  # "the area leads"
FY_START, FY_END = "2021-04-01", "2022-03-31"  # this financial year
EASTER = "2022-04-17"
SUMMER = {"dfrom": "2022-06-01", "dto": "2022-08-31"}  # June-August 2022
Q4 = {"dfrom": "2022-01-01", "dto": "2022-03-31"}  # this quarter
Q1_2223 = {"dfrom": "2022-04-01", "dto": "2022-06-30"}
REINSPECTION = "2022-03-07"  # only where the asker states it
ONE = "one named deliverable, whatever its status"


def everyone_but(*ids):
    """Every person in the data except those named (how exclusions of people are written)."""
    return [p for p in PEOPLE if p not in ids]


def areas_but(*nums):
    """Every area except those named (how exclusions of areas are written)."""
    return [n for n in sorted(AREAS) if n not in nums]


def AS(person):
    return {"as_": person}


# ======================================================================== ordinary
K = "ordinary"
ask(K, "Performance analyst here, building the pack for Thursday's performance clinic. Which quality assurance "
       "actions are in progress at the moment?", st="in_progress", areas=[9], expect=3,
    why="the clinic and the asker's role are news: 9.1, 9.2, 9.4 (9.3, 9.5, 9.6 are not started)")
ask(K, "I manage one of the locality assessment teams and my workers keep asking me about this. What's still "
       "outstanding on case recording?", areas=[5], expect=2,
    why="'case recording' is an area 5 keyword; 'my workers' sets no owner for someone not in the data: 5.2, 5.3")
ask(K, "Practice educator - I'm running a reflective supervision session for our ASYEs. Is anything on "
       "supervision and management oversight still live?", areas=[8], expect=0,
    why="'live' = outstanding; area 8's four actions are all complete; the session is news")
ask(K, "LADO here, quick one before my team meeting: what is open on child protection plans?", areas=[4],
    expect=2, why="'child protection plans' is an area 4 keyword: 4.2, 4.3")
ask(K, "Early help coordinator for the north locality. In partnership working, what's currently being worked on?",
    st="in_progress", areas=[12], expect=1, why="'being worked on' = in progress; the locality is news: 12.4")
ask(K, "HR workforce adviser here. What's underway on vacancies? It's a standing item at the performance clinic.",
    st="in_progress", areas=[10], expect=2, why="'vacancies' is an area 10 keyword; 'underway' = in progress: "
                                                 "10.2, 10.3")
ask(K, "I'm the PA collating this week's leadership briefing. Could you list what has been completed on "
       "corporate parenting?", st="complete", areas=[11], expect=3,
    why="the briefing and the asker's role are news: 11.1, 11.2, 11.3")
ask(K, "I've just started as the independent chair of the Improvement Board and I'm reading myself in. On "
       "permanence planning, has anything gone overdue?", st="overdue", areas=[6], expect=1,
    why="the Board and the role are news: 6.3 (blocked and past its date)")
ask(K, "Ward councillor, doing some casework for a family whose 17 year old is sofa surfing. What's open on "
       "homeless young people?", areas=[3], expect=2,
    why="'homeless young people' is an area 3 keyword; the casework is news; no 'as': 3.1, 3.3")
ask(K, "Getting ready for the clinic. On the quality of plans, which actions has nobody started yet?",
    st="not_started", areas=[4], expect=1, **AS(PRIYA),
    why="'nobody has started' = not started; a general question from Priya is not narrowed to her own: 4.3")
ask(K, "What's still outstanding on later life letters and life story work generally? The inspectors are bound "
       "to sample it.", areas=[7], expect=4, **AS(HELEN),
    why="'later life letters' and 'life story' are area 7 keywords; not narrowed to Helen's own 7.3: 7.1-7.4")
ask(K, "Which return home interview actions are done?", st="complete", areas=[5], expect=1, **AS(TOM),
    why="'return home interviews' is an area 5 keyword: 5.1")
ask(K, "Quick one - which workforce actions are finished?", st="complete", areas=[10], expect=1, **AS(SAM),
    why="'workforce' is an area 10 keyword: 10.1")
ask(K, "Analyst again, sorry! Transfer points: anything still open?", areas=[1], expect=2,
    why="'transfer points' is an area 1 keyword: 1.4, 1.5")
ask(K, "what's left to do on neglect? planning a practice week around it", areas=[2], expect=2, **AS(GRACE),
    why="'left' = outstanding; the practice week is news: 2.2, 2.3")

# ======================================================================== negation
K = "negation"
ask(K, "For the clinic pack: which overdue actions aren't in quality assurance? QA has its own slide.",
    st="overdue", areas=areas_but(9), expect=4, why="every area but 9: 3.1, 5.3, 6.3, 7.2")
ask(K, "Independent chair again. What's outstanding other than the actions Helen Marsh holds?",
    owners=everyone_but(HELEN), expect=23, why="'other than' = every owner but Helen: 30 outstanding less her 7")
ask(K, "Apart from corporate parenting and life story work, what has Ruth got open?", owners=[RUTH],
    areas=areas_but(7, 11), expect=3, why="Ruth's open 7.4 and 11.4 left out: 6.1, 6.3, 9.5")
ask(K, "Which not-started actions are there, except the ones the committee added?", st="not_started",
    meeting=None, expect=2, why="except the committee's = the plan's own: 3.3, 4.3")
ask(K, "Nothing that isn't overdue, please - just the late ones in Tom's areas.", st="overdue", leads=[TOM],
    expect=2, why="'nothing that isn't overdue' = overdue only; Tom leads 3, 5, 12: 3.1, 5.3")
ask(K, "Which open actions are there without a committee behind them, i.e. straight from the plan?",
    meeting=None, expect=15, why="'without a committee behind them' = source is the plan")
ask(K, "HR adviser: in recruitment and retention, what's open that isn't Sam Whitfield's?", areas=[10],
    owners=everyone_but(SAM), expect=2, why="10.3 (Priya) and 10.5 (Daniel); Sam's 10.2 and 10.4 left out")
ask(K, "Which of mine are open but not late yet?", st="not_overdue", owners=[DANIEL], expect=3, **AS(DANIEL),
    why="'open but not late yet' = outstanding and due on or after today: 1.5, 5.2, 10.5 (7.2, 9.3 overdue)")
ask(K, "Which in-progress actions are owned by people who don't lead an area?", st="in_progress",
    owners=everyone_but(*LEADS), expect=11,
    why="everyone but Priya, Tom, Ruth, Daniel: 1.4, 2.2, 4.2, 5.3, 7.1, 9.1, 9.2, 10.2, 11.5, 11.6, 12.4")
ask(K, "LADO again - what's not finished, excluding quality assurance and recruitment and retention?",
    areas=areas_but(9, 10), expect=20, why="30 outstanding less area 9's six and area 10's four")
ask(K, "Councillor here. Other than anything the Cabinet Member holds, which of the November committee's "
       "actions are still open?", meeting=NOV, owners=everyone_but(JO), expect=5,
    why="an unnamed councillor is not Jo Pearce (no 'as'); Jo's 12.4 left out: 1.5, 9.3, 9.4, 10.4, 10.5")
ask(K, "Leave out anything already done and anything on life story work: what's left from the October 2019 "
       "committee?", meeting=OCT19, areas=areas_but(7), expect=1,
    why="outstanding October 2019 actions outside area 7: 10.3")
ask(K, "Which of my actions aren't done yet, not counting the life story training?", owners=[GRACE],
    nrx=r"life story work training", expect=2, **AS(GRACE),
    why="Grace's open 7.1 (the life story training) left out: 1.4, 4.3")
ask(K, "What's due by the end of March that isn't already overdue?", st="not_overdue", dto=FY_END, expect=13,
    why="'by' would keep overdue in, 'isn't already overdue' takes it out: today to 31 March, 2.2, 10.4 and the "
        "eleven 31 March deadlines")
ask(K, "Which actions aren't due this financial year, other than Daniel's?", dafter=FY_END,
    owners=everyone_but(DANIEL), expect=7,
    why="not due this financial year = due after 31 March 2022: 2.3, 4.3, 7.4, 10.3, 11.4, 11.6, 12.4 "
        "(Daniel's 1.5, 5.2, 10.5 left out)")

# ======================================================================== periods
K = "periods"
ask(K, "What falls due this quarter that's still open? It's for the clinic.", **Q4, expect=15,
    why="this quarter = 1 January - 31 March 2022, no 'from now', so 5.3 and 9.5 (31 January) stay in")
ask(K, "Which Q3 deadlines did we meet?", st="complete", dfrom="2021-10-01", dto="2021-12-31", expect=3,
    why="Q3 = 1 October - 31 December 2021; 'met' = complete and due then: 3.2, 10.1, 11.3")
ask(K, "What needs doing by Easter?", dto=EASTER, expect=20,
    why="by Sunday 17 April 2022, overdue kept in: the seven overdue, 2.2, 10.4 and the 31 March deadlines")
ask(K, "The re-inspection starts on 7 March. What do we still need to get done before then?",
    dbefore=REINSPECTION, expect=9, why="the stated date sets the period: before 7 March 2022, overdue kept in: "
                                        "the seven overdue, 2.2 and 10.4")
ask(K, "anything of mine due in the next few weeks?", dfrom=TODAY, dto="2022-03-01", owners=[LEO], expect=0,
    **AS(LEO), why="the next few weeks = today to 1 March 2022; Leo's one open action (11.6) is due 30 June")
ask(K, "What's falling due in March? I want to flag it at the clinic.", dfrom="2022-03-01", dto="2022-03-31", expect=11,
    why="March 2022: the eleven 31 March deadlines")
ask(K, "Locality manager - what's due before February half-term?", dbefore="2022-02-21", expect=7,
    why="before 21 February 2022, overdue kept in: only the seven overdue actions")
ask(K, "For the briefing: which actions with deadlines in the 2019/20 financial year were completed?",
    st="complete", dfrom="2019-04-01", dto="2020-03-31", expect=9,
    why="1 April 2019 - 31 March 2020: 1.1, 1.2, 7.5, 8.3, 8.4, 11.1, 12.1, 12.2, 12.3")
ask(K, "Which deadlines in December 2021 did we miss?", st="overdue", dfrom="2021-12-01", dto="2021-12-31",
    expect=5, why="'miss' = overdue; December 2021 as stated: 3.1, 6.3, 7.2, 9.1, 9.3")
ask(K, "What's due over the summer holidays?", dfrom="2022-07-23", dto="2022-09-02", expect=3,
    why="23 July - 2 September 2022: 1.5, 10.5, 11.4 (31 July)")
ask(K, "What has to be finished by the end of the summer term?", dto="2022-07-22", expect=26,
    why="by 22 July 2022, overdue kept in; the 31 July and 30 September deadlines are left out")
ask(K, "Over the next ten weeks, what falls due?", dfrom=TODAY, dto="2022-04-12", expect=13,
    why="today to today + 70 = 12 April 2022, overdue left out: 2.2, 10.4 and the 31 March deadlines")
ask(K, "Anything with a January deadline that actually got done?", st="complete", dfrom="2022-01-01",
    dto="2022-01-31", expect=0, why="January 2022: only 5.3 and 9.5 fall due then, both still open")
ask(K, "Which actions due in Q1 of 2022/23 are in progress?", st="in_progress", **Q1_2223, expect=6,
    why="1 April - 30 June 2022: 2.3, 5.2, 7.4, 10.3, 11.6, 12.4")
ask(K, "HR adviser: what's due next financial year?", dfrom="2022-04-01", dto="2023-03-31", expect=10,
    why="1 April 2022 - 31 March 2023")

# ======================================================================== wordforms
K = "wordforms"
ask(K, "whats overdeu in QA?", st="overdue", areas=[9], expect=3, why="overdeu = overdue; QA = area 9: 9.1, 9.3, 9.5")
ask(K, "permenance - anything stuck?", st="blocked", areas=[6], expect=1,
    why="permenance = permanence, area 6; 'stuck' = blocked: 6.3")
ask(K, "any workbook stuff still on the go?", rx=r"workbook", expect=1,
    why="workbook = the electronic workbooks; 'on the go' = outstanding: 5.2")
ask(K, "Surveys - what's not started?", st="not_started", rx=r"survey", expect=2,
    why="surveys = survey in titles: 10.4 (the staff survey) and 10.5 (its outcomes in the summer report)")
ask(K, "briefings still outstanding?", rx=r"briefing", expect=1, why="briefings = briefing: 9.6")
ask(K, "Fitzgerlad's open actions?", owners=[LEO], expect=1, why="Fitzgerlad = Leo Fitzgerald: 11.6")
ask(K, "Adeyemi - anything not kicked off yet?", st="not_started", owners=[GRACE], expect=1,
    why="Adeyemi = Grace Adeyemi; 'not kicked off' = not started: 4.3")
ask(K, "corprate parenting whats done", st="complete", areas=[11], expect=3,
    why="corprate = corporate, area 11: 11.1, 11.2, 11.3")
ask(K, "agency staffing - still being worked on?", st="in_progress", rx=r"agency staff", expect=1,
    why="agency staffing = agency staff (not 6.1's adoption agency); 10.3 is in progress, 10.5 not started")
ask(K, "reccruitment & retention, anything not started", st="not_started", areas=[10], expect=2,
    why="reccruitment = recruitment, area 10: 10.4, 10.5")
ask(K, "any inductions left to do?", rx=r"induction", expect=0,
    why="inductions = the induction programme (1.3), which is complete")
ask(K, "Mr Cross - whats not started", st="not_started", owners=[DANIEL], expect=3,
    why="Mr Cross = Daniel Cross: 1.5, 9.3, 10.5")
ask(K, "Has Okafor got anything blocked?", st="blocked", owners=[RUTH], expect=1,
    why="Okafor = Ruth Okafor: 6.3")
ask(K, "which reports are still outstanding?", rx=r"report", expect=3,
    why="reports = report / reporting in titles: 9.2, 9.3, 10.5 (8.2 and 8.4 are complete)")
ask(K, "trainning - what's been completed?", st="complete", rx=r"train", expect=3,
    why="trainning = training: 2.1, 7.5, 11.1 (4.2 and 7.1 are in progress)")

# ======================================================================== deliverables
K = "deliverables"
ask(K, "Analyst here. Is the monthly caseloads and performance report to the Improvement Board actually "
       "happening?", st="all", rx=r"caseloads and performance monthly", expect=1, why=ONE + " (9.2)")
ask(K, "LADO - did the latest child protection statutory visits figures ever get circulated to members?",
    st="all", rx=r"^Circulate the latest", expect=1, why=ONE + " (9.5), not the briefing 9.6")
ask(K, "Practice educator. Did the neglect guidance and toolkit training reach all the frontline teams in the "
       "end?", st="all", rx=r"neglect practice guidance and toolkit", expect=1,
    why=ONE + " (2.1), not area 2 as a whole")
ask(K, "Early help coordinator: how's embedding the family safeguarding model in the assessment teams going?",
    st="all", rx=r"family safeguarding", expect=1, why=ONE + " (2.3)")
ask(K, "HR workforce adviser. Where's the recruitment campaign with the refreshed imagery and social media up "
       "to?", st="all", rx=r"recruitment campaign", expect=1, why=ONE + " (10.2), not area 10 as a whole")
ask(K, "What's happening with cutting our reliance on agency staff in the frontline teams and the MASH? HR "
       "want to know.", st="all", rx=r"agency staff in frontline", expect=1, why=ONE + " (10.3)")
ask(K, "Director's PA: did the options paper for the BPG on hearing staff and partners' voices ever go?",
    st="all", rx=r"voices of staff", expect=1, why=ONE + " (12.3); the asker's role is news")
ask(K, "Independent chair. Has the quality assurance framework been approved yet?", st="all",
    rx=r"quality assurance framework", expect=1, why=ONE + " (9.1), not area 9 as a whole")
ask(K, "Councillor doing casework - a foster carer says children wait ages for health checks when they come "
       "into care. What's happening with the initial health assessments work?", st="all",
    rx=r"initial health assessments", expect=1, why=ONE + " (11.4); the casework is news")
ask(K, "How's the PEPs action looking? I need to say something at the clinic.", st="all",
    rx=r"personal education plans", expect=1, **AS(ANITA), why=ONE + " (11.5); PEP = personal education plan")
ask(K, "Where are we with getting the updated practice guidance and procedures online?", st="all",
    rx=r"practice guidance and procedures", expect=1, **AS(GRACE), why=ONE + " (1.4)")
ask(K, "Did the 'You said, we did' example ever get shared with members? I'd like to close it off on the "
       "action log.", st="all", rx=r"You said", expect=1, **AS(CHRIS), why=ONE + " (11.3)")
ask(K, "Remind me - was the delivery model to reduce transfer points ever finished?", st="all",
    rx=r"delivery model", expect=1, **AS(MORGAN),
    why=ONE + " (1.1), not area 1 as a whole though 'transfer points' is an area 1 keyword")
ask(K, "Locality team manager. Is the daily scrutiny of unallocated and manager-held cases done?", st="all",
    rx=r"daily lists", expect=1, why=ONE + " (8.3), not the report on unallocated cases (8.4)")
ask(K, "Did we get young people onto the Corporate Parenting Board?", st="all",
    rx=r"young people on the Corporate Parenting Board", expect=1, **AS(RUTH),
    why=ONE + " (11.2), not area 11 as a whole")

# ======================================================================== facts
K = "facts"
ask(K, "Which director is responsible for private fostering and homeless 16 and 17 year olds?", areas=[3],
    fact="lead", expect=2, why="3.1 and 3.3 outstanding")
ask(K, "Who owns the thematic audit of neglect practice?", intent="action_detail", ref="2.2", fact="owner")
ask(K, "When is the January 2022 staff survey action due?", intent="action_detail", ref="10.4", fact="due")
ask(K, "For the clinic: how many actions are blocked or overdue?", st="overdue", fact="count", expect=7,
    why="'blocked or overdue' = overdue, as the one blocked action (6.3) is overdue")
ask(K, "How many quality assurance actions haven't been started?", st="not_started", areas=[9], fact="count",
    expect=3, why="9.3, 9.5, 9.6")
ask(K, "Is 7.2 finished yet?", intent="action_detail", ref="7.2",
    why="'is <ref> finished' = that action's detail, no fact field")
ask(K, "Who has the action to recruit more in-house foster carers?", intent="action_detail", ref="11.6",
    fact="owner")
ask(K, "Is increasing foster-to-adopt placements with the regional adoption agency still due at the end of "
       "March?", intent="action_detail", ref="6.1", fact="due",
    why="names the one piece of work (6.1), not area 6; 'is X still due <when>' = X's due date")
ask(K, "How many actions does Priya own altogether, open or closed?", st="all", owners=[PRIYA], fact="count",
    expect=9)
ask(K, "How many of the plan's own actions are still outstanding, leaving the committee's aside?",
    meeting=None, fact="count", expect=15)
ask(K, "I know Helen is Head of QA, but who's the area lead for quality assurance?", areas=[9], fact="lead",
    expect=6, why="area 9's lead is Daniel Cross; all six of its actions are outstanding")
ask(K, "When's the audit of private fostering assessments due? It sits in my area.", intent="action_detail",
    ref="3.3", fact="due", **AS(TOM))
ask(K, "How many committee actions have been completed?", st="complete", meeting=COMMITTEE, fact="count",
    expect=7, why="7.5, 8.3, 8.4, 11.3, 12.1, 12.2, 12.3")
ask(K, "Who's responsible for the monthly permanence tracking panel?", intent="action_detail", ref="6.3",
    fact="owner", why="'who's responsible for X' = X's owner")
ask(K, "Who leads supervision and management oversight?", areas=[8], fact="lead", expect=0,
    why="area 8's lead is Priya Shah; nothing in it is outstanding")

# ======================================================================== people
K = "people"
ask(K, "What do Helen and Daniel have open between them?", owners=[HELEN, DANIEL], expect=12,
    why="Helen's seven and Daniel's five")
ask(K, "What's open for Priya, Ruth, Tom and Daniel? I want to go through it with them before the "
       "re-inspection.", owners=LEADS, expect=15, **AS(MORGAN),
    why="the re-inspection with no date is news: Priya 4, Ruth 5, Tom 1, Daniel 5")
ask(K, "Anything overdue for the Head of QA or the Principal Social Worker?", st="overdue", owners=[HELEN, GRACE],
    expect=2, why="Head of QA = Helen Marsh (not area 9), PSW = Grace Adeyemi: 5.3, 9.1")
ask(K, "What have I actually delivered so far?", st="complete", owners=[JO], expect=0, **AS(JO),
    why="Jo Pearce's one action (12.4) is in progress")
ask(K, "Which of the ADs' actions haven't been started?", st="not_started", owners=[RUTH, TOM], expect=1,
    why="the ADs = Ruth Okafor and Tom Brennan: 9.5")
ask(K, "Everything in Ruth's and Tom's areas, finished or not.", st="all", leads=[RUTH, TOM], expect=24,
    why="Ruth leads 6, 7, 11 (14 actions); Tom leads 3, 5, 12 (10)")
ask(K, "Am I behind on anything before the clinic?", st="overdue", owners=[ANITA], expect=0, **AS(ANITA),
    why="'am I behind' = my overdue; the clinic is news; Anita's 11.5 is due 31 March")
ask(K, "What have Leo and Anita got open between them?", owners=[LEO, ANITA], expect=2, why="11.6 and 11.5")
ask(K, "What's open in my areas that Helen or Grace own?", leads=[PRIYA], owners=[HELEN, GRACE], expect=4,
    **AS(PRIYA), why="Priya leads 1, 2, 4, 8: 1.4, 2.2, 4.2, 4.3")
ask(K, "Which completed actions belong to people who don't lead an area?", st="complete",
    owners=everyone_but(*LEADS), expect=8, why="1.2, 1.3, 2.1, 3.2, 7.5, 8.1, 10.1, 12.3")
ask(K, "What's still open in my areas that I don't own myself?", leads=[DANIEL], owners=everyone_but(DANIEL),
    expect=8, **AS(DANIEL), why="Daniel leads 9, 10; his own 9.3 and 10.5 left out")
ask(K, "Virtual School Head, Head of Fostering and Head of Workforce Development: anything in progress?",
    st="in_progress", owners=[ANITA, LEO, SAM], expect=3, why="11.5, 11.6, 10.2 (Sam's 10.4 is not started)")
ask(K, "What has the Deputy Director for Frontline Services not started yet?", st="not_started", owners=[PRIYA],
    expect=1, why="Deputy Director - Frontline Services = Priya Shah: 9.6")
ask(K, "Is the Transformation Director late on anything?", st="overdue", owners=[DANIEL], expect=2,
    why="Children First Transformation Director = Daniel Cross: 7.2, 9.3")
ask(K, "What do Grace and I have open that's due by the end of March?", owners=[GRACE, SAM], dto=FY_END,
    expect=4, **AS(SAM), why="'by' keeps overdue in (none here): 1.4, 7.1, 10.2, 10.4")

# ======================================================================== combined
K = "combined"
ask(K, "For the clinic: overdue actions in Ruth's areas that came from the plan, not the committee.",
    st="overdue", leads=[RUTH], meeting=None, expect=1, why="Ruth leads 6, 7, 11: 6.3 (7.2 is a committee action)")
ask(K, "Which in-progress committee actions owned by Priya or Grace are due by the end of March?",
    st="in_progress", meeting=COMMITTEE, owners=[PRIYA, GRACE], dto=FY_END, expect=2, why="7.1, 9.4")
ask(K, "Not-started QA actions due before the re-inspection - it starts 7 March.", st="not_started", areas=[9],
    dbefore=REINSPECTION, expect=2, why="before 7 March 2022, overdue kept in: 9.3, 9.5")
ask(K, "Helen's open plan actions in recording or QA that fall due this quarter", owners=[HELEN], meeting=None,
    areas=[5, 9], **Q4, expect=2, why="1 January - 31 March 2022: 5.3, 9.2 (9.1 was due in December)")
ask(K, "Which actions from the November or January committees are not yet started and fall due after Easter?",
    st="not_started", meeting=[NOV, JAN], dafter=EASTER, expect=2, why="after 17 April 2022: 1.5, 10.5")
ask(K, "For the forward look: in-progress actions due in Q1 of 22/23, outside corporate parenting.",
    st="in_progress", **Q1_2223, areas=areas_but(11), expect=5, why="2.3, 5.2, 7.4, 10.3, 12.4; 11.6 left out")
ask(K, "Of my open actions, which are committee ones due in the summer?", owners=[RUTH], meeting=COMMITTEE,
    **SUMMER, expect=2, **AS(RUTH), why="June-August 2022: 7.4, 11.4")
ask(K, "HR adviser: recruitment and retention actions that aren't finished, due before the summer, plan ones "
       "only.", areas=[10], meeting=None, dbefore="2022-06-01", expect=1, why="before 1 June 2022: 10.2")
ask(K, "Completed actions in Tom's areas that came from the 2019 committee?", st="complete", leads=[TOM],
    meeting=OCT19, expect=3, why="Tom leads 3, 5, 12: 12.1, 12.2 and Morgan's 12.3")
ask(K, "Which of my audits are not started, from the plan rather than the committee, and due by Easter?",
    st="not_started", owners=[HELEN], rx=r"audit", meeting=None, dto=EASTER, expect=1, **AS(HELEN),
    why="3.3; the life story audits (7.3) came from the October 2019 committee")
ask(K, "Early help coordinator: open actions on partnership working or private fostering, owned by Tom or Jo "
       "Pearce, due by the end of June?", areas=[12, 3], owners=[TOM, JO], dto="2022-06-30", expect=2,
    why="3.1 (overdue, kept in by 'by') and 12.4")
ask(K, "Councillor again: overdue committee actions outside quality assurance?", st="overdue", meeting=COMMITTEE,
    areas=areas_but(9), expect=1, why="7.2; 9.3 and 9.5 are in area 9")
ask(K, "Not-started or blocked plan actions due this financial year?", st=["not_started", "blocked"],
    meeting=None, dfrom=FY_START, dto=FY_END, expect=2, why="3.3, 6.3 (4.3 is due in September)")
ask(K, "In my areas, what from the November meeting is not started and due in the summer?", st="not_started",
    leads=[DANIEL], meeting=NOV, **SUMMER, expect=1, **AS(DANIEL), why="10.5 (31 July); 1.5 is in area 1")
ask(K, "Completed plan actions in supervision or recruitment and retention, owned by Sam, with 2021 deadlines?",
    st="complete", meeting=None, areas=[8, 10], owners=[SAM], dfrom="2021-01-01", dto="2021-12-31", expect=2,
    why="8.1, 10.1")

# ======================================================================== meetings
K = "meetings"
ask(K, "Which actions did the 9 October 2019 select committee set? All of them, whatever their status.",
    st="all", meeting=OCT19, expect=11)
ask(K, "Item 23, the workforce update: what's in progress from it?", st="in_progress", meeting=NOV, expect=2,
    why="item 23 = 10 November 2021, not area 10: 9.4, 12.4")
ask(K, "Which of the actions from the Children We Care For item have slipped?", st="overdue", meeting=JAN,
    expect=1, why="the item title names the 12 January 2022 meeting, not area 11: 9.5")
ask(K, "Minute 39.4 - where are those actions up to?", st="all", meeting=OCT19, minute="39.4",
    rx=r"unallocated|agency staff", expect=3, why="no status word, so every status: 8.3, 8.4, 10.3")
ask(K, "Resolution 42.3.2 - what's the latest?", intent="action_detail", ref="11.4",
    why="resolution 42.3.2 created 11.4")
ask(K, "Who owns the action from resolution 23.3.3?", intent="action_detail", ref="1.5", fact="owner",
    why="resolution 23.3.3 created 1.5")
ask(K, "Of the actions recorded under minute 23.2, which have been completed?", st="complete", meeting=NOV,
    minute="23.2", rx=r"re-referral|January 2022 staff survey|You said", expect=1,
    why="minute 23.2 set 9.3, 10.4, 11.3: 11.3")
ask(K, "The meeting that noted the conclusion of the Commissioner's work - which of its actions are still open?",
    meeting=OCT19, expect=5, why="resolution 39.8.1 = October 2019: 7.1, 7.2, 7.3, 7.4, 10.3")
ask(K, "How many actions are still open from the last two committees?", meeting=[NOV, JAN], fact="count",
    expect=10, why="10 November 2021 (six open) and 12 January 2022 (four)")
ask(K, "From minutes 39.5 and 39.6, what's still outstanding?", meeting=OCT19, minute=["39.5", "39.6"],
    rx=r"life story", expect=4, why="the two minutes set 7.1-7.5; 7.5 is complete")
ask(K, "For the action log: which actions agreed on 12 January have an owner other than Ruth?", st="all",
    meeting=JAN, owners=everyone_but(RUTH), expect=2, **AS(CHRIS), why="9.6 (Priya), 11.6 (Leo)")
ask(K, "Did resolution 39.8.5 get delivered?", intent="action_detail", ref="12.2",
    why="resolution 39.8.5 created 12.2")
ask(K, "Actions from the October 2019 and November 2021 meetings that Daniel owns, any status", st="all",
    meeting=[OCT19, NOV], owners=[DANIEL], expect=4, why="7.2; 1.5, 9.3, 10.5")
ask(K, "Which of the actions set on 12/01/2022 fall due in the summer?", st="all", meeting=JAN, **SUMMER,
    expect=2, why="no status word, so every status; June-August 2022: 11.4, 11.6")
ask(K, "Did the 19 June 2019 committee's item on the improvement plan set any actions?", st="all",
    meeting=JUN19, expect=0, why="the 19 June 2019 meeting set none")

# ======================================================================== chatter
K = "chatter"
ask(K, "Morning from County Hall! 👋", intent="help", why="Greeting alone")
ask(K, "Thanks so much, that's the clinic pack sorted.", intent="unknown", why="Thanks alone")
ask(K, "Could you give me the big picture on the whole plan? I'm briefing the new independent chair before the "
       "re-inspection.", intent="summary", why="Overview of the whole plan; the briefing is news")
ask(K, "FYI the performance clinic has moved to Thursday at 2pm in the Rowan Room.", intent="unknown",
    why="A note with no question")
ask(K, "Hi, I'm the new independent chair of the Improvement Board - how does this work?", intent="help",
    why="Greeting and asks how the bot works")
ask(K, "What's due in April - actually, make that June.", dfrom="2022-06-01", dto="2022-06-30", expect=5,
    why="'actually, make that' = the corrected question alone: June 2022, 2.3, 7.4, 10.3, 11.6, 12.4")
ask(K, "Fwd: inspection data request\n\n> Please list all actions relating to private fostering that remain "
       "open.\n\nCan you pull this one for me?", areas=[3], expect=2,
    why="the quoted request is the question: area 3, 3.1 and 3.3")
ask(K, "Is the Wi-Fi down for everyone or just me?", intent="unknown", why="Off-topic question")
ask(K, "Oops, sorry - that was meant for the LADO team chat!", intent="unknown", why="Apology alone")
ask(K, "Hope everyone's surviving inspection prep! Quick one: who owns 9.4?", intent="action_detail", ref="9.4",
    fact="owner", why="the question inside the small talk")
ask(K, "Cheers, have a good evening 🙂", intent="unknown", why="Thanks and sign-off alone")
ask(K, "Where do I start with this? The LADO said it might save me some time.", intent="help",
    why="Asks where to start")
ask(K, "Before the clinic, can you give me an overview of progress across all twelve areas?", intent="summary",
    why="Overview of the whole plan")
ask(K, "Morning all. Ahead of the agenda going out, how many of the November committee's actions are complete? "
       "Thanks, Chris", st="complete", meeting=NOV, fact="count", expect=1, **AS(CHRIS),
    why="the question inside the message: 11.3")
ask(K, "Scrap my last message - I meant to ask what Helen has that's not started.", st="not_started",
    owners=[HELEN], expect=2, why="'scrap my last message - I meant' = the corrected question alone: 3.3, 7.3")
