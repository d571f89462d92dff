# Evaluation questions for Improvement Tracker (set r): 150 questions, 15 per kind.
# Labelled by build.py from /work/shared/fixtures/children-first.json ("today" = Tuesday 2022-02-01,
# Europe/London); no action id is typed here. Written without reading the bot's code or running it.
# Split (fixed before labelling): within each kind, positions 3, 6, 9, 12, 15 go to holdout.
#
# Angle of this set: the weeks after the Ofsted monitoring visit (the askers put it on 18-19
# January, with the feedback letter just in). Officers are refreshing the action plan for the
# Improvement Board (the askers put it on 26 April) and trying to land what they can by the end
# of the financial year (31 March); the select committee's action log is being readied for its
# next meeting (the askers say 10 March). Asked by heads of service (Helen Marsh, the Head of QA
# and Performance; Sam Whitfield; Leo Fitzgerald; Anita Rao, the Virtual School Head), the
# Principal Social Worker, the area leads, the democratic services clerk, the Cabinet Member and
# the Executive Director (people in the data, so "as" is set), and by team managers, committee
# councillors, the DfE improvement adviser and the business support officer compiling the refresh
# (not people in the data, so no "as"). It leans on the refresh's own questions: what is not due
# by year end, what falls in next quarter, what the committee added, what has been closed off for
# the "achieved" slide, and which deliverables the feedback letter touched.
#
# Conventions carried over from sets k-q (as their headers state them):
# - A list question with no status word lists outstanding actions (not_started, in_progress,
#   blocked). "Open / left / o/s / still to do / not finished / not done" = outstanding; "done /
#   finished / completed / closed" = complete; "stuck" = blocked; "late / missed / past its date"
#   = overdue; "not started / nobody has started" = not_started.
# - A question that names one piece of work is a deliverable: that one action whatever its status
#   (st="all" with an rx that selects exactly it), even when its name holds an area word. A
#   question about one action named by its ref, or by a resolution that created exactly one
#   action, uses intent action_detail with that ref.
# - "Who leads <area>" = list_actions with fact person (the area's lead); its actionIds are that
#   area's outstanding actions. "How many" = list_actions with fact number; with no status it
#   counts outstanding actions. "Who has / owns X" = fact person; "when's X due" = fact date;
#   "is X still due <when>?" = X's due date as a fact, whether the asker's guess is right or not.
# - A meeting question with no status word lists every status; with a status word, that status.
#   An agenda item (number or title), a resolution or what was said at a meeting names that
#   meeting. A minute number below item level is written as the meeting plus an rx that picks
#   exactly its actions.
# - A job title that holds an area word names the person, not the area. Exclusions of people /
#   areas are written as every other person / area. "Plan actions / not the committee ones" =
#   source is the plan (meeting=None). "The area leads" = Priya, Tom, Ruth, Daniel; "the ADs" =
#   Ruth Okafor and Tom Brennan; DCS / Exec Director = Morgan Hale; Cabinet Member = Cllr Jo
#   Pearce; PSW = Grace Adeyemi.
# - Periods: "by / before X" with no "from now" keeps overdue actions in; "between now and X" and
#   "the next N weeks" start today and leave overdue out. Summer = June-August 2022; "before the
#   summer" = before 1 June 2022; Easter = Sunday 17 April 2022, "after Easter" = from 18 April;
#   "this quarter" = January-March 2022; "w/c D" = D to D+6; "since D" = due on or after D and
#   before today. Dates and events the asker states are taken as given; a date that is only news
#   sets no period.
# - A topic word that is no area keyword is searched in titles and measures in all its forms
#   (plural, verb form, misspelling); updates are not searched.
# - RAG "red" = overdue or blocked; the one blocked action (6.3) is also overdue, so red = overdue.
# - "as" is set when the asker is a person in the data; "I / me / my" then means that person, and
#   a general question from them is not narrowed to their own actions.
# - Greeting alone or "how does this work" = help; thanks, apologies, off-topic remarks and
#   forwarded notes with no question = unknown; an overview of the whole plan = summary. A
#   question wrapped in small talk or a forwarded note is labelled as the question; "never mind /
#   actually" = the corrected question alone.
#
# New conventions decided for this set (decided once, applied throughout):
# - Named periods. "This month" = February 2022, "next month" = March 2022, "last quarter" =
#   October-December 2021, "next quarter" = April-June 2022 (Q1 of 2022/23). "Year end" = the
#   financial year end, 31 March 2022; "not due by year end" = due after 31 March 2022 (the
#   negation of "by", so overdue actions are left out). "Half-term" = the February half-term,
#   21-25 February 2022; "May half-term" = 30 May - 3 June 2022. "Spring" = March-May 2022. "After
#   the summer" = from 1 September 2022 (as set p) and "before Christmas" = before 25 December 2022.
#   "The next N days" = today to today+N. "The two weeks before D" = D-14 to D-1. "The last week of
#   April" = 25-30 April 2022. "The end of June" = 30 June 2022. Every such period used here
#   has its edges where no action falls due, so a neighbouring reading
#   (half-term from 14 February, spring to 20 June, "since the visit" from the 18th or the 20th)
#   gives the same answer.
# - The occasions of this set (the Improvement Board, the refresh, the feedback letter, the
#   10 March committee) are news and set no filter; they set a period only with "by / before /
#   between now and / the two weeks before" and a stated date. "Actions that report to the
#   Board" would be a topic; none is asked here.
# - More status words: "live / on the go" = outstanding; "on hold" = blocked; "underway / being
#   worked on" = in_progress; "not kicked off / nobody's picked up / not even begun" = not_started;
#   "closed off" = complete; "slipped / gone past its date / past due" = overdue.
# - "Whose area is X / who owns (or is accountable for) X as an area" = who leads X (fact person,
#   the area's outstanding actions). "X's areas as a whole, not just X's" = the areas X leads.
# - "Committee actions / committee-set / committee-requested / didn't come from the plan" =
#   source is any committee meeting (meeting=COMMITTEE). "The last two meetings / committees" =
#   10 November 2021 and 12 January 2022.
# - More names: VSH = Virtual School Head = Anita Rao; "lead member" (the seeds' phrase) =
#   the Cabinet Member = Cllr Jo Pearce; "dem services" = the Democratic Services Officer, Chris
#   Dunn, who owns no action; "AD early help / AD EH" = Tom Brennan; "head of QA (& performance)" = Helen
#   Marsh (the bare phrase "QA lead" is not used: it could mean Helen or area 9's lead, Daniel);
#   "heads of service" are named by their titles, never as an unnamed group; "locum" staffing =
#   agency staffing.
# - "Agency workers / agency staff" is the agency staffing topic (10.3, 10.5), never the regional
#   adoption agency.

NOV, JAN, OCT19 = "cypssc-2021-11-10", "cypssc-2022-01-12", "cypssc-2019-10-09"
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
q(K, "Pulling the refresh together for the Improvement Board - what's still live under neglect?", areas=[2],
  expect=2, note="'live' = outstanding; the Board is the occasion, not a topic or a period")
q(K, "The DfE adviser wants the full corporate parenting picture for her notes, done and not done", st="all",
  areas=[11], expect=6, note="'done and not done' = every status")
q(K, "unborn babies / foster to adopt - has anything actually been completed?", st="complete", areas=[6],
  expect=1, note="'unborn babies' and 'foster to adopt' are area 6 keywords: 6.2")
q(K, "Team manager in Horsham here 👋 what's underway on case recording?", st="in_progress", areas=[5],
  expect=2, note="'underway' = in progress; 'case recording' is an area 5 keyword")
q(K, "which of the vacancies and retention actions are being worked on at the moment", st="in_progress",
  areas=[10], expect=2, note="'being worked on' = in progress; 'vacancies' and 'retention' are area 10 keywords")
q(K, "Which life-story actions has nobody picked up yet?", st="not_started", areas=[7], expect=1,
  note="'nobody picked up' = not started")
q(K, "What's still open across transfer points, neglect and partnership working?", areas=[1, 2, 12], expect=5)
q(K, "ok so for the refresh Morgan wants areas 3 4 and 5 on one page whatever isnt finished yet can you do that", areas=[3, 4, 5], expect=6)
q(K, "Completed actions in areas 10 to 12 please, for the 'what we've achieved' slide", st="complete",
  areas=[10, 11, 12], expect=7, note="10 to 12 = areas 10, 11 and 12")
q(K, "DfE adviser asked me what's on hold and why - which ones are they?", st="blocked", expect=1,
  note="'on hold' = blocked")
q(K, "practice infrastructure - anything not kicked off yet?", st="not_started", areas=[1], expect=1,
  note="'not kicked off' = not started")
q(K, "homeless young people - anything underway there?", st="in_progress", areas=[3], expect=1,
  note="'homeless young people' is an area 3 keyword; 'underway' = in progress")
q(K, "Could you list what's still open in the QA area and in the workforce area together please", areas=[9, 10],
  expect=10, note="QA = area 9; 'workforce' is an area 10 keyword")
q(K, "CLA and permanence - what's open going into the board?", areas=[6, 11], expect=5,
  note="CLA = area 11; 'going into the board' is the occasion, not a period")
q(K, "Which partnership actions have we closed off?", st="complete", areas=[12], expect=3,
  note="'closed off' = complete")

# ---------------------------------------------------------------- negation
K = "negation"
q(K, "For the refresh, list the open ones that DON'T fall due by year end - they'll need new-year milestones", dafter="2022-03-31", expect=10,
  note="not due by year end = due after 31 March 2022, so the overdue ones are left out")
q(K, "What's outstanding that didn't come from the plan itself?", meeting=COMMITTEE, expect=15,
  note="not from the plan = set by a committee meeting")
q(K, "Take out Helen's and Ruth's - what else is overdue?", st="overdue", owners=all_but(HELEN, RUTH), expect=3,
  note="every other owner: 3.1, 7.2, 9.3")
q(K, "Setting aside the two areas Daniel leads, which actions has nobody started?", st="not_started", areas=areas_except(9, 10),
  expect=4, note="Daniel leads 9 and 10; every other area, whoever owns the action")
q(K, "January committee actions that aren't Ruth's, whatever state they're in", st="all", meeting=JAN,
  owners=all_but(RUTH), expect=2, note="every status; 9.6 and 11.6")
q(K, "Leaving aside the one that's blocked, what's past its due date?", st=["in_progress", "not_started"],
  dbefore=TODAY_, expect=6, note="overdue but not blocked: every overdue action except 6.3")
q(K, "Leaving my audits aside, what have I still got open?", owners=[HELEN], rx=r"^(?!.*audit)", expect=3,
  **AS(HELEN), note="Helen's outstanding actions without 2.2, 3.3, 5.3 and 7.3")
q(K, "The March deadlines that nobody's working on yet - which are they?", st=["not_started", "blocked"],
  dfrom="2022-03-01", dto="2022-03-31", expect=3,
  note="outstanding but not being worked on = not started or blocked")
q(K, "Not counting Cllr Pearce's, which actions from the last two committees are still open?",
  meeting=[NOV, JAN], owners=all_but(JO), expect=9,
  note="the last two committees = 10 November 2021 and 12 January 2022; 'still open' = outstanding")
q(K, "what's open and due after Easter that isn't Daniel's?", owners=all_but(DANIEL), dfrom="2022-04-18",
  expect=7, note="after Easter = from Monday 18 April 2022")
q(K, "Apart from the statutory visits pieces, what's open in QA?", areas=[9], rx=r"^(?!.*statutory visits)",
  expect=4, note="area 9 without 9.5 and 9.6")
q(K, "Tom's areas - which open ones is he relying on other people for?", leads=[TOM], owners=all_but(TOM),
  expect=4, note="Tom leads 3, 5, 12")
q(K, "Excluding workforce, has anything not been started?", st="not_started", areas=areas_except(10), expect=7,
  note="'workforce' is an area 10 keyword; every other area")
q(K, "Of the original plan actions - not the ones committee added - which are open but not late yet?",
  st="not_overdue", meeting=None, expect=11, note="source is the plan; outstanding and due on or after today")
q(K, "Which late actions sit with someone other than an area lead?", st="overdue", owners=all_but(*LEADS),
  expect=2, note="area leads = Priya, Tom, Ruth, Daniel; Helen's 5.3 and 9.1")

# ---------------------------------------------------------------- periods
K = "periods"
q(K, "What do we need done by half-term?", dto="2022-02-18", expect=7,
  note="February half-term is 21-25 February 2022; 'by' keeps overdue in and nothing else falls due before "
       "28 February")
q(K, "chasing owners early: what have we got landing next month?", dfrom="2022-03-01", dto="2022-03-31", expect=11, note="next month = March 2022")
q(K, "what lands this month? want to get ahead of it", dfrom="2022-02-01", dto="2022-02-28", expect=2, note="this month = February 2022")
q(K, "Over the next 60 days, which deadlines hit?", dfrom=TODAY_, dto="2022-04-02", expect=13,
  note="today to 2 April 2022, overdue left out")
q(K, "Which deadlines land in the spring?", dfrom="2022-03-01", dto="2022-05-31", expect=12,
  note="spring = March-May 2022 (to 20 June gives the same)")
q(K, "Which deadlines fall in the quarter after this one?", dfrom="2022-04-01", dto="2022-06-30", expect=6,
  note="next quarter = April-June 2022")
q(K, "What should be done by the time the Improvement Board meets on 26 April?", dto="2022-04-26", expect=20,
  note="'by the time' keeps overdue in; nothing falls due 1-26 April")
q(K, "Does anything fall due in the two weeks before the board on 26 April?", dfrom="2022-04-12",
  dto="2022-04-25", expect=0, note="12-25 April 2022: nothing, a real empty list")
q(K, "Anything due the week commencing 28 March? I'm on leave that week", dfrom="2022-03-28", dto="2022-04-03", expect=11,
  note="28 March - 3 April 2022: the 31 March deadlines")
q(K, "Since the monitoring visit on 18-19 January, what's fallen due?", dfrom="2022-01-18", dbefore=TODAY_,
  expect=2, note="since = on or after 18 January and before today; 5.3 and 9.5, both still outstanding")
q(K, "which deadlines come before may half-term?", dbefore="2022-05-30", expect=21,
  note="May half-term = 30 May - 3 June 2022; 'before' keeps overdue in; nothing falls due in May")
q(K, "What's got a deadline over the summer months?", dfrom="2022-06-01", dto="2022-08-31", expect=8, note="summer = June-August 2022")
q(K, "Anything due once the summer's over but before Christmas?", dafter="2022-08-31", dbefore="2022-12-25",
  expect=1, note="after the summer = from 1 September; Christmas = 25 December 2022: 4.3")
q(K, "Which of last quarter's deadlines did we miss?", st="overdue", dfrom="2021-10-01", dto="2021-12-31", expect=5,
  note="last quarter = October-December 2021; missed = overdue; 3.2, 10.1 and 11.3 were due then but are complete")
q(K, "last week of April - any deadlines then? the board's that week", dfrom="2022-04-25", dto="2022-04-30", expect=1,
  note="25-30 April 2022: the e-workbooks (5.2) on 30 April; the board is news")

# ---------------------------------------------------------------- wordforms
K = "wordforms"
q(K, "hd of QA & perf - anything past its date?", st="overdue", owners=[HELEN], expect=2,
  note="Head of Quality Assurance and Performance = Helen Marsh, the person, not area 9")
q(K, "does the VSH have anything on the go", owners=[ANITA], expect=1, note="VSH = Virtual School Head = Anita Rao; 'on the go' = outstanding")
q(K, "is there anything with the lead member's name on it thats still live?", owners=[JO], expect=1,
  note="lead member = the Cabinet Member = Cllr Jo Pearce; 'live' = outstanding")
q(K, "anything for dem services to pick up?", owners=[CHRIS], expect=0,
  note="dem services = the Democratic Services Officer, Chris Dunn, who owns no actions: a real empty list")
q(K, "AD EH - anything past due?", st="overdue", owners=[TOM], expect=1,
  note="AD EH = Assistant Director - Early Help = Tom Brennan: 3.1; not the early help buildings action (12.4)")
q(K, "mosiac changes - whats not done yet", rx=r"Mosaic", expect=1,
  note="mosiac = Mosaic: 7.2; the Mosaic plan template (4.1) is complete")
q(K, "case loads - anything open", rx=r"caseload", expect=2, note="case loads = caseloads: 9.2 and 10.5")
q(K, "agency & locum staffing - whats not done", rx=r"agency staff", expect=2,
  note="agency (locum) staffing: 10.3 and 10.5, not the regional adoption agency (6.1)")
q(K, "stat visits stuff still o/s?", rx=r"statutory visits", expect=2,
  note="stat visits = child protection statutory visits: 9.5 and 9.6")
q(K, "campains - any still running?", rx=r"campaign", expect=1,
  note="campains = campaigns: 10.2 is open; the private fostering campaign (3.2) is complete")
q(K, "permenance - anything late?", st="overdue", areas=[6], expect=1, note="permenance = permanence, area 6")
q(K, "any of the auditing not kicked off yet?", st="not_started", rx=r"audit", expect=2,
  note="auditing = audit; not kicked off = not started: 3.3 and 7.3")
q(K, "has the DCS personally owned any actions, even closed ones?", st="all", owners=[MORGAN], expect=1,
  note="DCS = Director of Children's Services = the Executive Director, Morgan Hale")
q(K, "principal SW - not started ones?", st="not_started", owners=[GRACE], expect=1,
  note="Principal Social Worker = Grace Adeyemi")
q(K, "hd of fostering - unfinished stuff?", owners=[LEO], expect=1,
  note="Head of Fostering = Leo Fitzgerald, the person, not private fostering (area 3)")

# ---------------------------------------------------------------- deliverables
K = "deliverables"
q(K, "New SWs tell me induction is patchy - did the new induction programme actually get launched?", st="all", rx=r"staff induction",
  expect=1, note=ONE + " (1.3)")
q(K, "Are the updated procedures up on the online manual yet? Team managers keep asking", st="all",
  rx=r"Publish updated practice guidance", expect=1, note=ONE + " (1.4), not the neglect guidance (2.1)")
q(K, "The IT simplification update members asked for in November - has it been scheduled?", st="all",
  rx=r"simplifying the children's IT", expect=1, note=ONE + " (1.5, resolution 23.3.3)")
q(K, "The letter says neglect practice is still uneven - did the guidance and toolkit training ever reach all the teams?", st="all",
  rx=r"neglect practice guidance and toolkit", expect=1,
  note=ONE + " (2.1), not area 2 as a whole although 'neglect' is its keyword")
q(K, "The 40-case neglect audit - have the auditors finished and reported to the board?", st="all",
  rx=r"Thematic audit of practice with children experiencing neglect", expect=1, **AS(PRIYA),
  note=ONE + " (2.2); the 40-case sample is from its latest update")
q(K, "Is the recruitment and retention hub actually bringing in more of our own foster carers?", st="all",
  rx=r"in-house foster carers", expect=1,
  note=ONE + " (11.6), not area 10 although 'recruitment and retention' are its keywords")
q(K, "Have the CP chairs and IROs had their training on challenging drift?", st="all",
  rx=r"Train child protection chairs", expect=1,
  note=ONE + " (4.2), not area 4 as a whole although 'drift' is its keyword")
q(K, "Are we writing plans with families yet, rather than for them? The adviser picked up on it in the letter",
  st="all", rx=r"Co-produce plans with children", expect=1,
  note=ONE + " (4.3), not the co-produced strategy (12.1)")
q(K, "The quarterly audit of case recording - is it up to date or have we slipped?", st="all",
  rx=r"Quarterly audit of the quality of case recording", expect=1, **AS(TOM),
  note=ONE + " (5.3), whatever its status; not the life story audits (7.3)")
q(K, "Are we getting more early permanence placements through the regional adoption agency this year?",
  st="all", rx=r"foster-to-adopt placements", expect=1, note=ONE + " (6.1)")
q(K, "That note for the Business Planning Group about cases with no allocated worker - did it go?", st="all", rx=r"short report on unallocated",
  expect=1, **AS(CHRIS), note=ONE + "; the report (8.4), not the daily scrutiny (8.3)")
q(K, "Has the members' briefing on how timely our CP visits and first conferences are been done?", st="all",
  rx=r"short briefing", expect=1, note=ONE + "; the briefing (9.6), not circulating the information (9.5)")
q(K, "Did the new year staff survey go out in the end, and have the results gone to members?", st="all", rx=r"January 2022 staff survey", expect=1,
  note=ONE + " (10.4), not the summer report that includes its outcomes (10.5)")
q(K, "Members want a workforce update in the summer (turnover, agency use, survey results) - is anyone working on it?", st="all",
  rx=r"Report to the Committee in Summer 2022", expect=1, note=ONE + " (10.5)")
q(K, "How close are we to every child in care having a current PEP?", st="all", rx=r"personal education plans", expect=1, **AS(ANITA),
  note=ONE + " (11.5); PEP = personal education plan")

# ---------------------------------------------------------------- facts
K = "facts"
q(K, "For the refresh cover sheet - who's the lead for neglect?", areas=[2], fact="lead", expect=2)
q(K, "whose desk does permanence sit on, as an area?", areas=[6], fact="lead", expect=2)
q(K, "Vacancy rate's in the feedback letter - which director owns that area of the plan?", areas=[10], fact="lead", expect=4,
  note="'vacancy rate' is an area 10 keyword; owning an area = leading it")
q(K, "Who is accountable for quality assurance as an area of the plan?", areas=[9], fact="lead", expect=6,
  note="accountable for an area = its lead")
q(K, "when's 4.2 meant to be finished?", intent="action_detail", ref="4.2", fact="due")
q(K, "whose name's on 7.1", intent="action_detail", ref="7.1", fact="owner")
q(K, "Is the family safeguarding roll-out in the assessment teams still down for the end of June?",
  intent="action_detail", ref="2.3", fact="due", note="'is X still due' = X's due date as a fact")
q(K, "Who's got the one about keeping committee posted on child protection performance?",
  intent="action_detail", ref="9.4", fact="owner")
q(K, "Area 9 - how many are now past their due date?", st="overdue", areas=[9], fact="count", expect=3)
q(K, "Sam's got how many open right now?", owners=[SAM], fact="count", expect=2)
q(K, "How many actions came from committee meetings altogether, finished ones included?", st="all",
  meeting=COMMITTEE, fact="count", expect=22, note="every status; source is a committee meeting")
q(K, "When was the quarterly case recording audit supposed to be in by?", intent="action_detail",
  ref="5.3", fact="due")
q(K, "Who actually gave the BPG that options paper on hearing staff and partners' voices?", intent="action_detail",
  ref="12.3", fact="owner")
q(K, "How many things fall due at the end of June?", dfrom="2022-06-30", dto="2022-06-30", fact="count",
  expect=5, note="the end of June = 30 June 2022")
q(K, "the QA framework, 9.1 - who's holding the pen on it?", intent="action_detail", ref="9.1", fact="owner")

# ---------------------------------------------------------------- people
K = "people"
q(K, "What have Grace and Daniel got that's gone past its date?", st="overdue", owners=[GRACE, DANIEL], expect=2,
  note="Daniel's 7.2 and 9.3; nothing of Grace's is overdue")
q(K, "My open actions please, I'm updating the refresh tracker", owners=[GRACE], expect=3, **AS(GRACE))
q(K, "For my appraisal: which of my plan actions have been completed?", st="complete", owners=[SAM], expect=3, **AS(SAM))
q(K, "Everything Tom's ever owned on the plan, finished or not", st="all", owners=[TOM], expect=4)
q(K, "Be honest with me, bot: what have I not even begun?", st="not_started", owners=[DANIEL], expect=3, **AS(DANIEL))
q(K, "Priya, Tom and Anita are presenting together - what's open across the three of them?",
  owners=[PRIYA, TOM, ANITA], expect=6)
q(K, "Priya's areas as a whole, not just hers - what's open?", leads=[PRIYA], expect=6,
  note="Priya leads 1, 2, 4, 8; area 8 has nothing open")
q(K, "What have I got on the plan, including anything closed?", st="all", owners=[JO], expect=1, **AS(JO))
q(K, "Leo and Sam - what's in progress?", st="in_progress", owners=[LEO, SAM], expect=2)
q(K, "Helen and I need to go through the not-started ones between us", st="not_started", owners=[GRACE, HELEN],
  expect=3, **AS(GRACE), note="'I' = Grace")
q(K, "What's open for the heads of QA, workforce development and fostering?", owners=[HELEN, SAM, LEO],
  expect=10, note="Head of QA and Performance = Helen, Head of Workforce Development = Sam, Head of Fostering = Leo")
q(K, "Ruth and Sam - has anything of theirs slipped past its date?", st="overdue", owners=[RUTH, SAM], expect=2,
  note="slipped = overdue: Ruth's 6.3 and 9.5; nothing of Sam's")
q(K, "grace adeyemi's in progress list pls", st="in_progress", owners=[GRACE], expect=2)
q(K, "What's open in my areas that other people own?", leads=[RUTH], owners=all_but(RUTH), expect=5, **AS(RUTH),
  note="Ruth leads 6, 7, 11; their outstanding actions owned by anyone but Ruth")
q(K, "What have Priya and Daniel not yet started?", st="not_started", owners=[PRIYA, DANIEL], expect=4)

# ---------------------------------------------------------------- combined
K = "combined"
q(K, "Which committee-requested pieces has Helen not started yet, with year-end deadlines?", st="not_started",
  owners=[HELEN], meeting=COMMITTEE, dto="2022-03-31", expect=1,
  note="year end = 31 March 2022: 7.3 (minute 39.6); 3.3 is a plan action")
q(K, "Looking at next quarter, what's coming up in the areas Ruth leads?", leads=[RUTH], dfrom="2022-04-01", dto="2022-06-30", expect=2,
  note="Ruth leads 6, 7, 11; next quarter = April-June 2022")
q(K, "Which committee actions have been started but are now past their date?", st="in_progress",
  meeting=COMMITTEE, dbefore=TODAY_, expect=1, note="in progress and overdue, set by a committee: 7.2")
q(K, "In-progress plan actions due next month, outside QA", st="in_progress", meeting=None, dfrom="2022-03-01",
  dto="2022-03-31", areas=areas_except(9), expect=5, note="next month = March 2022; every area but 9")
q(K, "Across Priya's and Tom's areas, what's in progress and due before Easter?", st="in_progress",
  leads=[PRIYA, TOM], dbefore="2022-04-17", expect=5, note="areas 1, 2, 4, 8 and 3, 5, 12; 'before' keeps overdue in")
q(K, "Which open actions from the October 2019 committee have dates after 31 March?", meeting=OCT19,
  dafter="2022-03-31", expect=2, note="after 31 March 2022 (year end): 7.4 and 10.3, both due 30 June")
q(K, "Grace's and Helen's in progress stuff due this month or next", st="in_progress", owners=[GRACE, HELEN],
  dfrom="2022-02-01", dto="2022-03-31", expect=5, note="February and March 2022")
q(K, "Overdue in life story and permanence, not counting Daniel's", st="overdue", areas=[6, 7],
  owners=all_but(DANIEL), expect=1, note="6.3; 7.2 is Daniel's")
q(K, "What's not started, due before the summer, in areas Daniel doesn't lead?", st="not_started",
  dbefore="2022-06-01", areas=areas_except(9, 10), expect=2, note="before 1 June 2022; Daniel leads 9 and 10")
q(K, "Committee-set actions with Priya's name on them that are in progress", st="in_progress",
  meeting=COMMITTEE, owners=[PRIYA], expect=2, note="9.4 and 10.3")
q(K, "Anything red in QA that Helen owns?", st="overdue", areas=[9], owners=[HELEN], expect=1,
  note="red = overdue or blocked: 9.1")
q(K, "Anything in workforce due this month that hasn't even started?", st="not_started", areas=[10], dfrom="2022-02-01",
  dto="2022-02-28", expect=1, note="this month = February 2022: 10.4")
q(K, "In Tom's areas, which plan actions are still open and due by the end of April?", leads=[TOM], meeting=None,
  dto="2022-04-30", expect=4, note="Tom leads 3, 5, 12; 'by' keeps overdue in; 12.4 came from committee")
q(K, "Overdue actions from the 2021 and 2022 committees owned by Ruth or Daniel", st="overdue",
  meeting=[NOV, JAN], owners=[RUTH, DANIEL], expect=2,
  note="9.3 (November 2021) and 9.5 (January 2022); 7.2 came from the 2019 committee")
q(K, "Anything due in the spring for Sam or Leo?", owners=[SAM, LEO], dfrom="2022-03-01", dto="2022-05-31",
  expect=1, note="spring = March-May 2022: 10.2; 11.6 is due 30 June")

# ---------------------------------------------------------------- meetings
K = "meetings"
q(K, "What did the November workforce update leave us with?", st="all", meeting=NOV, expect=7,
  note="the Workforce item = 10 November 2021; no status word: every status")
q(K, "From the meeting that said initial health assessments should stay a focus, what's overdue?", st="overdue",
  meeting=JAN, expect=1, note="resolution 42.3.2 = 12 January 2022: 9.5")
q(K, "Item 39 from autumn 2019 - anything from it still being worked on?", st="in_progress", meeting=OCT19, expect=4,
  note="item 39 = October 2019; 'being worked on' = in progress")
q(K, "The Q&A part of the November workforce item (23.2) - what actions did it produce?", st="all", meeting=NOV,
  rx=r"re-referral|January 2022 staff survey|You said", expect=3,
  note="minute 23.2 set 9.3, 10.4 and 11.3; the labeller has no minute filter: meeting + rx")
q(K, "At the meeting that noted Ofsted had accepted the plan, what was Ruth given?", st="all", meeting=OCT19,
  owners=[RUTH], expect=1, note="resolution 39.8.2 = October 2019: 7.4")
q(K, "Of what January's committee asked for, how many are actually being worked on?", st="in_progress",
  meeting=JAN, fact="count", expect=2, note="'being worked on' = in progress: 11.4 and 11.6")
q(K, "Which of the November committee's actions aren't due until after year end?", st="all", meeting=NOV,
  dafter="2022-03-31", expect=3, note="every status; 1.5, 10.5 and 12.4")
q(K, "Of the actions minute 39.6 set, which are still open?", meeting=OCT19,
  rx=r"Record life story work in Mosaic|Quarterly thematic audits|Invite Committee members", expect=2,
  note="minute 39.6 set 7.2, 7.3 and 7.5 (complete); meeting + rx")
q(K, "At the committee that discussed life story work and unallocated cases, what did Priya get?", st="all",
  meeting=OCT19, owners=[PRIYA], expect=3, note="minutes 39.4-39.6 = October 2019: 8.3, 8.4, 10.3")
q(K, "The Children We Care For item in January - what did Leo and Priya get from it?", st="all", meeting=JAN,
  owners=[LEO, PRIYA], expect=2, note="the agenda item title names the 12 January 2022 meeting, not area 11: 9.6, 11.6")
q(K, "From November's committee, what went to Sam or the Cabinet Member?", st="all", meeting=NOV,
  owners=[SAM, JO], expect=2, note="every status: 10.4 and 12.4")
q(K, "Action log for the 10 March committee: everything from the last two meetings that's still open",
  meeting=[NOV, JAN], expect=10, **AS(CHRIS),
  note="the last two meetings = 10 November 2021 and 12 January 2022; 10 March is news")
q(K, "42.3.3 asked for a briefing - has that moved at all?", intent="action_detail", ref="9.6",
  note="resolution 42.3.3 (the short briefing) created 9.6")
q(K, "39.8.5 - who was meant to bring the strategy back for the preview?", intent="action_detail", ref="12.2",
  fact="owner", note="resolution 39.8.5 (preview at the 4 December 2019 meeting) created 12.2")
q(K, "Are any of the committee-requested actions blocked?", st="blocked", meeting=COMMITTEE, expect=0,
  note="the one blocked action (6.3) is a plan action: a real empty list")

# ---------------------------------------------------------------- chatter
K = "chatter"
q(K, "Morning! First day back after the visit - can I get an overview of where the whole plan's at?",
  intent="summary", whyx="Overview of the whole plan")
q(K, "Brilliant, cheers - exactly what I needed for the pack 👍", intent="unknown", whyx="Thanks alone")
q(K, "Hi, I'm the DfE adviser working with you till the summer - how does this thing work?", intent="help",
  whyx="Greeting and asks how to use the bot")
q(K, "Fwd: Monitoring visit feedback letter\n\n> Leaders should ensure that plans for children are sharper and "
     "more focused on what needs to change.\n\nFYI, no action needed", intent="unknown",
  whyx="Forwarded note with no question")
q(K, "Sorry to be a pain, Chris asked again - how many are overdue now?", st="overdue", fact="count", expect=7)
q(K, "is the Chichester train strike still on tomorrow?", intent="unknown", whyx="Off-topic question")
q(K, "Can you remind me what amber means? Actually never mind - just tell me what Tom's got open", owners=[TOM],
  expect=1, note="the corrected question alone")
q(K, "hi bot 👋", intent="help", whyx="Greeting alone")
q(K, "Writing up the refresh, sorry for the basic q - where's 7.4 at?", intent="action_detail",
  ref="7.4")
q(K, "RE: Improvement Board 26 April\n\n> Can officers confirm which actions remain open in permanence and life "
     "story?\n\nCan you pull this pls", areas=[6, 7], expect=6, note="the quoted question is the question")
q(K, "lol the coffee machine on floor 2 is broken again ☕", intent="unknown", whyx="Off-topic remark alone")
q(K, "Thanks for that! Quick one while I have you - what's Sam got due this month?", owners=[SAM],
  dfrom="2022-02-01", dto="2022-02-28", expect=1, note="this month = February 2022: 10.4")
q(K, "Happy Tuesday 🌞 remind me whose area the children we care for work is?", areas=[11], fact="lead", expect=3)
q(K, "Sorry, wrong chat - that was meant for Anita", intent="unknown", whyx="Off-topic remark alone",
  note="naming Anita in a remark is not a question about her")
q(K, "That's me done for today - oh, one last thing, is anything of mine overdue?", st="overdue", owners=[RUTH],
  expect=2, **AS(RUTH))
