# Evaluation questions for Improvement Tracker (set t): 150 questions, 15 per kind.
# Labelled by build.py from /work/shared/fixtures/children-first.json ("today" = Tuesday 2022-02-01,
# Europe/London); no action id is typed here: build.py computes every list from the filters below and
# checks it against the spec's expected count. Written without reading the bot's code or running it.
# Split (fixed before labelling): within each kind, positions 3, 6, 9, 12, 15 go to holdout.
#
# Angle of this set: the six-monthly stocktake with the Department for Education's improvement
# adviser, and the Corporate Parenting Board meeting the same week (the askers put the Board on
# Thursday and the stocktake "on the 10th"). Asked by the DfE improvement adviser; members of the
# Corporate Parenting Board (councillors, and the participation officer for care-experienced young
# people); the internal auditor doing a follow-up audit of the plan's governance; a finance business
# partner mapping which actions carry spend (none of these is a person in the data, so they get no
# "as"); and by people in the data (the Principal Social Worker Grace Adeyemi, Helen, Ruth, Daniel,
# Sam, Jo, Chris, Priya, Tom), with "as" set to their id. They write as people do in Teams: polite
# openers and sign-offs, questions inside longer messages, several conditions at once, named
# periods (quarters, the financial year, school terms, months, "before the summer", "the last six
# weeks"), deliverables named by what they are rather than by ref, and the odd typo.
#
# Conventions carried over from set s (as its header states them, which carried over sets k-r):
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
# New conventions decided for this set (decided once, applied throughout):
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

NOV, JAN, OCT19, JUN19 = "cypssc-2021-11-10", "cypssc-2022-01-12", "cypssc-2019-10-09", "cypssc-2019-06-19"
TODAY_ = TODAY  # "2022-02-01", from the fixture


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
q(K, "Hello, I'm the DfE improvement adviser working with you on the six-monthly stocktake. Could you show me "
     "everything that is still open under quality assurance, please?", areas=[9], expect=6,
  note="QA is area 9 (all six of its actions are outstanding); the stocktake and the asker's role are news")
q(K, "Ahead of the Corporate Parenting Board on Thursday - what's still outstanding for care leavers?", areas=[11],
  expect=3, note="'care leavers' is an area 11 keyword; the Board is news")
q(K, "Internal audit here, following up on the governance of the plan. In recruitment and retention, which actions "
     "have not yet been started?", st="not_started", areas=[10], expect=2, note="10.4 and 10.5")
q(K, "could you list what's being worked on under permanence planning at the moment", st="in_progress", areas=[6],
  expect=1, note="'being worked on' = in progress: 6.1; 6.3 is blocked")
q(K, "Hi 👋 I'm the participation officer for our care-experienced young people. What's actually been completed on "
     "life-story work so far?", st="complete", areas=[7], expect=1,
  note="'life-story' is an area 7 keyword: only 7.5 is complete")
q(K, "For the stocktake pack I need anything that's currently on hold across the whole plan.", st="blocked",
  expect=1, note="'on hold' = blocked: 6.3")
q(K, "Neglect - could I see all of it please, both the finished ones and the ones still going?", st="all",
  areas=[2], expect=3, note="'finished and still going' = every status")
q(K, "Finance business partner here - I'm mapping which actions carry spend. Could you list everything still "
     "open in recruitment and retention?", areas=[10], expect=4,
  note="interest in spend is news; area 10's outstanding actions")
q(K, "Good afternoon. For the DfE stocktake, which actions on the quality of plans are not yet complete?",
  areas=[4], expect=2, note="'quality of plans' is an area 4 keyword; 'not yet complete' = outstanding")
q(K, "private fostering and the homeless 16/17s - is anything late?", st="overdue", areas=[3], expect=1,
  note="area 3: the housing protocol (3.1)")
q(K, "Case recording: is there anything that nobody has started yet?", st="not_started", areas=[5], expect=0,
  note="'case recording' is an area 5 keyword; both open area 5 actions are in progress")
q(K, "The adviser is keen on transfer points. What's still to do on practice infrastructure?", areas=[1],
  expect=2, note="'transfer points' and 'practice infrastructure' are area 1 keywords: 1.4 and 1.5")
q(K, "I'm putting the workforce slide together for the stocktake - which workforce actions are underway?",
  st="in_progress", areas=[10], expect=2, **AS(SAM),
  note="'workforce' is an area 10 keyword; a general question from Sam is not narrowed to his own: 10.2 and 10.3")
q(K, "Supervision and management oversight - which of those have been closed off?", st="complete", areas=[8],
  expect=4, note="area 8: 8.1-8.4, all complete")
q(K, "Quick one for the Board: are any of the later life letters / life story actions overdue?", st="overdue",
  areas=[7], expect=1, note="'later life letters' is an area 7 keyword: 7.2")

# ---------------------------------------------------------------- negation
K = "negation"
q(K, "Other than Helen's, which actions are overdue? I already have hers from our one-to-one.", st="overdue",
  owners=all_but(HELEN), expect=5, note="every other owner; Helen's 5.3 and 9.1 left out")
q(K, "For the CPB - anything in corporate parenting that isn't finished and isn't Ruth's?", areas=[11],
  owners=all_but(RUTH), expect=2, note="area 11 outstanding, owned by anyone but Ruth: 11.5 and 11.6")
q(K, "What hasn't been started yet outside Ruth's three areas?", st="not_started", areas=areas_except(6, 7, 11),
  expect=8, note="Ruth leads 6, 7, 11; every other area, whoever owns the action (her 9.5 is in area 9)")
q(K, "Which plan actions - not the ones the select committee added on - are still not begun?", st="not_started",
  meeting=None, expect=2, note="source is the plan: 3.3 and 4.3")
q(K, "Leaving Helen and Grace to one side, which open actions does everyone else hold?",
  owners=all_but(HELEN, GRACE), expect=20, note="30 outstanding less Helen's seven and Grace's three")
q(K, "In corporate parenting, what is still open other than the foster carer recruitment?", areas=[11],
  rx=r"^(?!.*foster carers)", expect=2, note="area 11 without 11.6: 11.4 and 11.5")
q(K, "Which actions have not been completed, excluding anything due after the end of March?", dto="2022-03-31",
  expect=20, note="'excluding anything due after X' = due on or before 31 March 2022, overdue kept in")
q(K, "anything not finished that isn't in QA or recruitment & retention, and isn't overdue either?",
  st="not_overdue", areas=areas_except(9, 10), expect=16,
  note="outstanding, due on or after today, in every area but 9 and 10")
q(K, "Apart from Daniel and Priya, who has open committee-set actions? Please list them.", meeting=COMMITTEE,
  owners=all_but(DANIEL, PRIYA), expect=8, note="7.1, 7.3, 7.4, 9.5, 10.4, 11.4, 11.6, 12.4")
q(K, "Which of Helen's actions are open but not in progress?", st=["not_started", "blocked"], owners=[HELEN],
  expect=2, note="outstanding but not in progress = not started or blocked: 3.3 and 7.3")
q(K, "other than the ones that are already late, what's left on my list?", st="not_overdue", owners=[RUTH],
  expect=3, **AS(RUTH), note="Ruth's outstanding actions due on or after today: 6.1, 7.4, 11.4")
q(K, "Internal audit: which completed actions came from the committee rather than the plan, leaving out "
     "Priya's?", st="complete", meeting=COMMITTEE, owners=all_but(PRIYA), expect=5,
  note="7.5, 11.3, 12.1, 12.2, 12.3; Priya's 8.3 and 8.4 left out")
q(K, "What's not been started that isn't Daniel's? He's assured me his are in hand.", st="not_started",
  owners=all_but(DANIEL), expect=6, note="Daniel's 1.5, 9.3 and 10.5 left out")
q(K, "Which open actions are not due this financial year?", dafter="2022-03-31", expect=10,
  note="not due this financial year = due after 31 March 2022, so overdue ones are left out")
q(K, "Does the AD for Corporate Parenting own anything open outside corporate parenting, life story and "
     "permanence?", owners=[RUTH], areas=areas_except(6, 7, 11), expect=1,
  note="AD Corporate Parenting = Ruth Okafor, the person; her 9.5 is in area 9")

# ---------------------------------------------------------------- periods
K = "periods"
q(K, "What falls due this quarter that isn't done yet?", dfrom="2022-01-01", dto="2022-03-31", expect=15,
  note="this quarter = 1 January - 31 March 2022; 5.3 and 9.5 (31 January) are in it though overdue")
q(K, "For the stocktake: of the actions due in the last eight weeks, which were completed?", st="complete",
  dfrom="2021-12-07", dto="2022-01-31", expect=1,
  note="the last eight weeks = 7 December 2021 - 31 January 2022: the 'You said, we did' example (11.3)")
q(K, "Anything due in the first quarter of 22/23?", dfrom="2022-04-01", dto="2022-06-30", expect=6,
  note="Q1 of 2022/23 = April-June 2022: 5.2 and the 30 June deadlines")
q(K, "Hi, internal audit again. What was due last quarter and still isn't finished?", dfrom="2021-10-01", dto="2021-12-31", expect=5,
  note="last quarter = October-December 2021: the 31 December deadlines")
q(K, "before the summer, what's due? It's for the adviser, thanks in advance",
  dbefore="2022-06-01", expect=21, note="before the summer = before 1 June 2022, overdue kept in")
q(K, "In the last six weeks, which deadlines did we miss?", st="overdue", dfrom="2021-12-21", dto="2022-01-31",
  expect=7, note="the last six weeks = 21 December 2021 - 31 January 2022; every overdue action falls in it")
q(K, "Is anything due in May or June?", dfrom="2022-05-01", dto="2022-06-30", expect=5,
  note="nothing falls due in May; the 30 June deadlines")
q(K, "What's due over the rest of the spring term?", dfrom=TODAY_, dto="2022-04-08", expect=13,
  note="today to 8 April 2022, overdue left out: 2.2, 10.4 and the 31 March deadlines")
q(K, "What do we expect to close between now and the next stocktake on 2 August?", dfrom=TODAY_, dto="2022-08-02",
  expect=22, note="today to 2 August 2022 (the stated date), overdue left out")
q(K, "For the audit trail, please list every action that had a deadline in calendar 2020, whatever its status.",
  st="all", dfrom="2020-01-01", dto="2020-12-31", expect=5, note="1.2, 1.3, 11.1, 11.2, 12.3")
q(K, "what's coming due in the next four weeks?", dfrom=TODAY_, dto="2022-03-01", expect=2,
  note="today to 1 March 2022 (today + 28): 2.2 and 10.4")
q(K, "Which of the March deadlines haven't been started yet? Cheers, I owe you one", st="not_started", dfrom="2022-03-01",
  dto="2022-03-31", expect=3, note="3.3, 7.3 and 9.6")
q(K, "Is there anything with a deadline after the summer holidays?", dafter="2022-09-02", expect=1,
  note="after 2 September 2022: co-produced plans (4.3)")
q(K, "What was due last month that still hasn't been done?", dfrom="2022-01-01", dto="2022-01-31", expect=2,
  note="last month = January 2022: 5.3 and 9.5")
q(K, "From the start of this financial year to now, which actions fell due and were completed?", st="complete",
  dfrom="2021-04-01", dto="2022-01-31", expect=7,
  note="1 April 2021 to before today: 2.1, 3.2, 4.1, 5.1, 8.1, 10.1, 11.3")

# ---------------------------------------------------------------- wordforms
K = "wordforms"
q(K, "Anything for the Head of QA that's gone overdue?", st="overdue", owners=[HELEN], expect=2,
  note="Head of QA (Quality Assurance and Performance) = Helen Marsh, the person, not area 9: 5.3 and 9.1")
q(K, "anything on safegaurding still open?", rx=r"safeguarding", expect=1,
  note="safegaurding = safeguarding: the family safeguarding model (2.3)")
q(K, "any auditing work not started yet", st="not_started", rx=r"audit", expect=2,
  note="auditing = audit: 3.3 and 7.3")
q(K, "the AD for early help - what's on his list?", owners=[TOM], expect=1,
  note="Assistant Director - Early Help = Tom Brennan, the person: 3.1")
q(K, "Has the Head of Fostering got anything that isn't complete?", owners=[LEO], expect=1,
  note="Head of Fostering = Leo Fitzgerald, the person, not area 3: 11.6")
q(K, "permenance - anything not started?", st="not_started", areas=[6], expect=0,
  note="permenance = permanence, area 6; 6.1 is in progress and 6.3 blocked")
q(K, "corprate parenting - what's in progress?", st="in_progress", areas=[11], expect=3,
  note="corprate parenting = corporate parenting, area 11")
q(K, "any reprots still outstanding?", rx=r"report", expect=3, note="reprots = reports: 9.2, 9.3 and 10.5")
q(K, "Mosiac - what's still to do?", rx=r"Mosaic", expect=1,
  note="Mosiac = Mosaic: 7.2; the plan template (4.1) is complete")
q(K, "statutry visits - anything not started?", st="not_started", rx=r"statutory visits", expect=2,
  note="statutry = statutory: 9.5 and 9.6")
q(K, "Finance BP: agency staffing - what's open?", rx=r"agency staff", expect=2,
  note="staffing / staff: 10.3 and 10.5; the regional adoption agency (6.1) is not agency staff")
q(K, "co-producing with children and families - anything not yet started?", st="not_started", rx=r"co-produc",
  expect=1, note="co-producing = co-produce: 4.3; the co-produced strategy (12.1) is complete")
q(K, "what has the lead member got outstanding?", owners=[JO], expect=1,
  note="lead member = Cllr Jo Pearce: 12.4")
q(K, "trainning for foster carers - what's there, done or not?", st="all",
  rx=r"foster carer.*train|train.*foster carer", expect=2, note="trainning = training: 7.1 and 7.5")
q(K, "AD corporate parenting - which of hers are finished?", st="complete", owners=[RUTH], expect=3,
  note="AD Corporate Parenting = Ruth Okafor, the person: 11.1, 11.2, 11.3")

# ---------------------------------------------------------------- deliverables
K = "deliverables"
q(K, "The DfE adviser asked me about the QA framework - has it been approved yet?", st="all",
  rx=r"quality assurance framework", expect=1, note=ONE + " (9.1), not area 9 as a whole")
q(K, "Where have we got to with keeping PEPs up to date for all our children in care? The Board will ask.",
  st="all", rx=r"personal education plans", expect=1, note=ONE + " (11.5); PEP = personal education plan")
q(K, "The drive to recruit more of our own foster carers through the hub - how's that going?", st="all",
  rx=r"in-house foster carers", expect=1, note=ONE + " (11.6)")
q(K, "Has the online procedures manual gone live yet?", st="all", rx=r"practice guidance and procedures online",
  expect=1, note=ONE + " (1.4)")
q(K, "Did members ever get the example of the 'you said, we did' plan?", st="all", rx=r"You said, we did",
  expect=1, note=ONE + " (11.3)")
q(K, "Is the training for CP chairs and IROs on challenging drift done?", st="all", rx=r"chairs and IROs",
  expect=1, note=ONE + " (4.2), not area 4 as a whole")
q(K, "Before the Board on Thursday - where is the foster-to-adopt work with the regional adoption agency up to?",
  st="all", rx=r"foster-to-adopt placements", expect=1, note=ONE + " (6.1), not area 6 as a whole")
q(K, "Did the new induction programme for staff ever launch?", st="all", rx=r"induction programme", expect=1,
  note=ONE + " (1.3)")
q(K, "What's happening with the thematic neglect audit? Internal audit would like to see the report.", st="all",
  rx=r"children experiencing neglect", expect=1, note=ONE + " (2.2), not area 2 as a whole")
q(K, "The quarterly case recording audit - where is it at?", st="all", rx=r"quality of case recording", expect=1,
  note=ONE + " (5.3), not area 5 as a whole")
q(K, "Was the dedicated training for corporate parents (councillors included) ever delivered?", st="all",
  rx=r"training for all corporate parents", expect=1, note=ONE + " (11.1), not area 11 as a whole")
q(K, "finance BP here - the social work recruitment campaign with the new imagery, is it still running?",
  st="all", rx=r"recruitment campaign", expect=1, note=ONE + " (10.2)")
q(K, "The daily check on unallocated and manager-held cases - was that ever put in place?", st="all",
  rx=r"manager-held cases", expect=1, note=ONE + " (8.3)")
q(K, "The neglect toolkit training for frontline teams - finished?", st="all", rx=r"toolkit training", expect=1,
  note=ONE + " (2.1), not area 2 as a whole")
q(K, "Did the BPG ever get that options paper on hearing staff and partners' voices?", st="all",
  rx=r"voices of staff and partners", expect=1, note=ONE + " (12.3)")

# ---------------------------------------------------------------- facts
K = "facts"
q(K, "Who is the lead for permanence planning as an area?", areas=[6], fact="lead", expect=2,
  note="6.1 and 6.3 outstanding")
q(K, "Who owns the electronic workbooks action, please?", intent="action_detail", ref="5.2", fact="owner")
q(K, "When is the life story audit due?", intent="action_detail", ref="7.3", fact="due",
  note="the quarterly thematic audits of life story work")
q(K, "How many actions are overdue at the moment?", st="overdue", fact="count", expect=7)
q(K, "What evidence will show the foster-to-adopt work has made a difference?", intent="action_detail",
  ref="6.1", note="'what evidence' about one action = its detail (the measure)")
q(K, "Internal audit: how many actions has the select committee added over the life of the plan, open or "
     "closed?", st="all", meeting=COMMITTEE, fact="count", expect=22)
q(K, "Who's the area lead for recruitment and retention?", areas=[10], fact="lead", expect=4)
q(K, "Finance business partner - who owns the work to cut agency staff in the frontline teams?",
  intent="action_detail", ref="10.3", fact="owner")
q(K, "When is the family safeguarding model meant to be embedded by?", intent="action_detail", ref="2.3",
  fact="due")
q(K, "How many of Ruth's are still open?", owners=[RUTH], fact="count", expect=5)
q(K, "Councillor on the Corporate Parenting Board here. How many of the corporate parenting actions are finished?", st="complete", areas=[11],
  fact="count", expect=3)
q(K, "Which director leads on the quality of plans?", areas=[4], fact="lead", expect=2)
q(K, "What's the measure of success for the January staff survey?", intent="action_detail", ref="10.4",
  note="'what's the measure' = its detail")
q(K, "Who's doing the short briefing for members on CP visits and how quickly initial conferences happen?",
  intent="action_detail", ref="9.6", fact="owner")
q(K, "How many not-started actions does Daniel have?", st="not_started", owners=[DANIEL], fact="count", expect=3)

# ---------------------------------------------------------------- people
K = "people"
q(K, "As PSW I'd like to see my open actions before the stocktake please", owners=[GRACE], expect=3, **AS(GRACE),
  note="1.4, 4.3, 7.1")
q(K, "What's open in the areas Tom leads?", leads=[TOM], expect=5, note="Tom leads 3, 5, 12")
q(K, "Helen and Sam - anything in progress between them?", st="in_progress", owners=[HELEN, SAM], expect=6)
q(K, "What have I got that's overdue? I'd like to get ahead of the adviser.", st="overdue", owners=[RUTH],
  expect=2, **AS(RUTH), note="6.3 and 9.5")
q(K, "Could you pull together what Leo, Anita and the lead member still have open? It's for the Corporate "
     "Parenting Board on Thursday.", owners=[LEO, ANITA, JO], expect=3, note="lead member = Cllr Jo Pearce")
q(K, "What's open across the areas Helen leads?", leads=[HELEN], expect=0,
  note="Helen Marsh leads no area (area 9's lead is Daniel Cross)")
q(K, "Everything Priya has ever owned on the plan, done or not", st="all", owners=[PRIYA], expect=9)
q(K, "I'm chairing the CPB on Thursday - is anything of mine still open?", owners=[JO], expect=1, **AS(JO),
  note="12.4; chairing the Board is news")
q(K, "What's outstanding in Ruth's and Daniel's areas, whoever holds the actions?", leads=[RUTH, DANIEL],
  expect=19, note="Ruth leads 6, 7, 11; Daniel leads 9, 10")
q(K, "Which of mine have been completed? Need it for my appraisal.", st="complete", owners=[SAM], expect=3,
  **AS(SAM), note="1.3, 8.1, 10.1; the appraisal is news")
q(K, "What do the Head of Fostering and the VSH have, done or not?", st="all", owners=[LEO, ANITA], expect=4,
  note="Head of Fostering = Leo Fitzgerald, VSH = Anita Rao")
q(K, "In Tom's areas, what's held by people other than Tom?", leads=[TOM], owners=all_but(TOM), expect=4,
  note="Tom leads 3, 5, 12: 3.3, 5.2, 5.3, 12.4")
q(K, "Grace, Helen and Ruth - which of theirs haven't been started?", st="not_started",
  owners=[GRACE, HELEN, RUTH], expect=4, note="4.3, 3.3, 7.3, 9.5")
q(K, "Which of my open actions came from the committee rather than the plan?", owners=[DANIEL], meeting=COMMITTEE,
  expect=4, **AS(DANIEL), note="'open' = outstanding: 1.5, 7.2, 9.3, 10.5")
q(K, "Is there anything outstanding for Chris or Morgan?", owners=[CHRIS, MORGAN], expect=0,
  note="Chris Dunn owns no action; Morgan Hale's one action (12.3) is complete")

# ---------------------------------------------------------------- combined
K = "combined"
q(K, "For the stocktake: Helen's in-progress QA actions due by the end of March", st="in_progress",
  owners=[HELEN], areas=[9], dto="2022-03-31", expect=2, note="'by' keeps overdue in: 9.1 and 9.2")
q(K, "Not-started committee actions in Daniel's areas that fall due this quarter?", st="not_started",
  meeting=COMMITTEE, leads=[DANIEL], dfrom="2022-01-01", dto="2022-03-31", expect=3,
  note="Daniel leads 9 and 10; this quarter = January-March 2022: 9.5, 9.6, 10.4")
q(K, "Internal audit: overdue plan actions owned by people who don't lead an area", st="overdue", meeting=None,
  owners=all_but(*LEADS), expect=2, note="everyone but Priya, Tom, Ruth, Daniel: 5.3 and 9.1")
q(K, "In corporate parenting or permanence, what's in progress and due before the summer?", st="in_progress",
  areas=[6, 11], dbefore="2022-06-01", expect=2, note="before 1 June 2022: 6.1 and 11.5")
q(K, "Committee actions owned by Ruth or Priya that are not yet started and due by year end", st="not_started",
  meeting=COMMITTEE, owners=[RUTH, PRIYA], dto="2022-03-31", expect=2, note="9.5 and 9.6")
q(K, "For the CPB: which of Ruth's actions from the January committee are still open and due over the summer?",
  owners=[RUTH], meeting=JAN, dfrom="2022-06-01", dto="2022-08-31", expect=1,
  note="summer = June-August 2022: initial health assessments (11.4)")
q(K, "Grace's or Helen's plan actions that aren't finished and fall due after Easter", owners=[GRACE, HELEN],
  meeting=None, dafter="2022-04-17", expect=1, note="co-produced plans (4.3)")
q(K, "In-progress life story actions from the 2019 committee due in the last quarter of the financial year",
  st="in_progress", areas=[7], meeting=OCT19, dfrom="2022-01-01", dto="2022-03-31", expect=1,
  note="January-March 2022: the life story training (7.1)")
q(K, "What's open in Priya's areas, due between now and the end of June, that isn't hers?", leads=[PRIYA],
  owners=all_but(PRIYA), dfrom=TODAY_, dto="2022-06-30", expect=3, note="Priya leads 1, 2, 4, 8: 1.4, 2.2, 4.2")
q(K, "Last one from me before the stocktake, promise: overdue committee actions in QA?", st="overdue", meeting=COMMITTEE, areas=[9], expect=2,
  note="9.3 and 9.5; 9.1 is a plan action")
q(K, "Sam's and Daniel's not-started workforce actions due before the summer - sorry for all the questions today!", st="not_started",
  owners=[SAM, DANIEL], areas=[10], dbefore="2022-06-01", expect=1, note="the staff survey (10.4)")
q(K, "Plan actions in QA or recruitment and retention that are in progress and due in March", st="in_progress",
  meeting=None, areas=[9, 10], dfrom="2022-03-01", dto="2022-03-31", expect=2, note="9.2 and 10.2")
q(K, "Completed plan actions in Ruth's areas, please - it's for the 'achieved' slide at the Board",
  st="complete", meeting=None, leads=[RUTH], expect=3, note="Ruth leads 6, 7, 11: 6.2, 11.1, 11.2")
q(K, "Which of Helen's audits are in progress and due this quarter?", st="in_progress", owners=[HELEN],
  rx=r"audit", dfrom="2022-01-01", dto="2022-03-31", expect=2, note="2.2 and 5.3")
q(K, "Open committee actions due in the next six months for anyone other than Daniel", meeting=COMMITTEE,
  owners=all_but(DANIEL), dfrom=TODAY_, dto="2022-08-01", expect=10,
  note="today to 1 August 2022, overdue left out (9.5)")

# ---------------------------------------------------------------- meetings
K = "meetings"
q(K, "What did the November committee ask for? Full list please, any status.", st="all", meeting=NOV, expect=7)
q(K, "From the January select committee, what's still open?", meeting=JAN, expect=4,
  note="'still open' = outstanding: all four are")
q(K, "The meeting where Ofsted's confirmation that the plan met the requirements was noted - is anything from it "
     "still not done?", meeting=OCT19, expect=5,
  note="resolution 39.8.2 = October 2019: 7.1, 7.2, 7.3, 7.4, 10.3")
q(K, "Item 42 - which of its actions are underway?", st="in_progress", meeting=JAN, expect=2,
  note="item 42 = 12 January 2022: 11.4 and 11.6")
q(K, "What came out of minute 39.4, done or not?", st="all", meeting=OCT19, rx=r"unallocated|agency staff",
  expect=3, note="minute 39.4 set 8.3, 8.4 and 10.3; meeting + rx")
q(K, "Which of the actions the October 2019 committee set have slipped?", st="overdue", meeting=OCT19, expect=1,
  note="7.2")
q(K, "resolution 23.3.3 - what's the latest?", intent="action_detail", ref="1.5",
  note="resolution 23.3.3 created 1.5")
q(K, "From the meeting where members asked about age assessments for UASC, has anything been completed?",
  st="complete", meeting=JAN, expect=0, note="minute 42.2 = 12 January 2022; none of its actions is complete")
q(K, "Minute 23.2 - which actions did it produce?", st="all", meeting=NOV,
  rx=r"re-referral|January 2022 staff survey|You said", expect=3,
  note="minute 23.2 set 9.3, 10.4 and 11.3; meeting + rx")
q(K, "Who owns the action from resolution 42.3.2?", intent="action_detail", ref="11.4", fact="owner",
  note="resolution 42.3.2 created 11.4")
q(K, "How many actions came out of the October 2019 select committee altogether?", st="all", meeting=OCT19,
  fact="count", expect=11)
q(K, "What's still open from the last two committees for Priya?", meeting=[NOV, JAN], owners=[PRIYA], expect=2,
  note="the last two committees = 10 November 2021 and 12 January 2022: 9.4 and 9.6")
q(K, "From the committee that welcomed the excellent workforce development work, is anything overdue?",
  st="overdue", meeting=NOV, expect=1, note="resolution 23.3.1 = 10 November 2021: 9.3")
q(K, "for the action log: which of the committee-before-last's actions are complete?", st="complete",
  meeting=NOV, expect=1, **AS(CHRIS), note="the committee before last = 10 November 2021: 11.3")
q(K, "When is the action from resolution 42.3.3 due?", intent="action_detail", ref="9.6", fact="due",
  note="resolution 42.3.3 created 9.6")

# ---------------------------------------------------------------- chatter
K = "chatter"
q(K, "Hi there! I'm the DfE adviser for the stocktake - how does this bot work?", intent="help",
  whyx="Greeting and asks how the bot works")
q(K, "Many thanks, that's exactly what I needed for the Board pack.", intent="unknown", whyx="Thanks alone")
q(K, "Morning all, hope you had a good weekend. Before the Corporate Parenting Board on Thursday, could you tell "
     "me what's still outstanding on life story work? Many thanks, Sarah", areas=[7], expect=4,
  note="the question inside the message: area 7's outstanding actions")
q(K, "Before the stocktake on the 10th, could you give me a high-level picture of how the whole plan is doing?",
  intent="summary", whyx="Overview of the whole plan")
q(K, "Apologies for the slow reply - it's been a busy week with the audit.", intent="unknown",
  whyx="Apology alone")
q(K, "RE: six-monthly stocktake\n\n> Adviser asked: how many actions are not yet started across the whole plan?"
     "\n\ncould you answer that for me pls", st="not_started", fact="count", expect=9,
  note="the quoted question is the question")
q(K, "Is the car park at County Hall North still closed?", intent="unknown", whyx="Off-topic question")
q(K, "Hi, hope you're well 😊", intent="help", whyx="Greeting alone")
q(K, "Could you show me what's overdue for Tom - sorry, I meant for Ruth", st="overdue", owners=[RUTH], expect=2,
  note="'sorry, I meant' = the corrected question alone: 6.3 and 9.5")
q(K, "Lovely to meet you at the pre-meet yesterday. Quick one: when's 6.1 due?", intent="action_detail",
  ref="6.1", fact="due")
q(K, "What can you help me with? I've just been added to the channel for the Corporate Parenting Board.",
  intent="help", whyx="Asks what the bot can do")
q(K, "Thanks ever so much - speak next week!", intent="unknown", whyx="Thanks and sign-off alone")
q(K, "Happy Tuesday! Grim weather in Chichester. Anyway - who is the lead for neglect?", areas=[2], fact="lead",
  expect=2)
q(K, "FYI I'm on leave from Friday, so please send anything urgent for the stocktake to my deputy.",
  intent="unknown", whyx="A note with no question")
q(K, "Hope the stocktake prep is going well! 🙂 For my notes, what's 9.1 about?", intent="action_detail",
  ref="9.1")
