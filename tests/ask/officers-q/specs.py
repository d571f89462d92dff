# Evaluation questions for Improvement Tracker (set q): 150 questions, 15 per kind.
# Labelled by build.py from /work/shared/fixtures/children-first.json ("today" = Tuesday 2022-02-01,
# Europe/London); no action id is typed here. Written without reading the bot's code or running it.
#
# Angle of this set: the week of an Ofsted monitoring visit (inspectors on site on Wednesday 2 and
# Thursday 3 February, as the askers say) and the select committee meeting that follows it (the
# askers put it on 16 March), asked by the people in the data (the Executive Director, the area
# leads, the heads of service, the Cabinet Member, the democratic services clerk) and by committee
# councillors and an inspector's forwarded request (not people in the data, so no "as"). It leans
# on what is hard but fair for a careful reader: exclusions of every form, periods said in many
# ways, one-line facts, several people at once, meetings named by what they recorded, deliverables
# in the asker's own words, and the chatter of a busy week.
#
# Conventions carried over from sets k, m, n, o and p (as their headers state them):
# - A list question with no status word lists outstanding actions (not_started, in_progress,
#   blocked). "Open / left / o/s / still to do / not finished / not done" = outstanding; "done /
#   finished / completed / closed" = complete; "stuck" = blocked; "late / missed / past its date"
#   = overdue; "not started / nobody has started / hasn't been started" = not_started.
# - A question that names one piece of work is a deliverable: that one action whatever its status
#   (st="all" with an rx that selects exactly it), even when its name holds an area word. A fact
#   about one named action uses intent action_detail with its ref.
# - "Who leads <area>" = fact lead; its actionIds are that area's outstanding actions. "How many"
#   with no status counts outstanding actions. "Who has / who owns / who's got X" = fact owner;
#   "when's X due" = fact due.
# - A meeting question with no status word lists every status; with a status word, that status.
#   An agenda item (number or title), a resolution or what was said at a meeting names that
#   meeting. Only the October 2019 meeting of 2019 set actions; the 19 June 2019 meeting set none
#   (a real empty list). A minute number below item level is written as the meeting plus an rx
#   that picks exactly its actions.
# - A job title that holds an area word names the person, not the area. Exclusions of people /
#   areas are written as every other person / area. "Not the committee ones / plan actions" =
#   source is the plan (meeting=None). "The area leads" = Priya, Tom, Ruth, Daniel; "the ADs" =
#   Ruth Okafor and Tom Brennan; "Exec Director" = Morgan Hale; "Cabinet Member" = Cllr Jo Pearce.
# - Periods: "by / before X" with no "from now" keeps overdue actions in; "between now and X" and
#   "the next N weeks" start today and leave overdue out ("next N weeks" ends today + 7N). Summer =
#   June-August 2022; "before the summer" = before 1 June 2022; Easter = Sunday 17 April 2022;
#   bare quarters ("Q4") are financial quarters, Q4 = January-March 2022; "this quarter" =
#   January-March 2022. Dates and events the asker states ("the committee on 16 March", "the visit
#   finishes on Thursday") are taken as given; a date that is only news sets no period.
# - RAG "red" = overdue or blocked; the one blocked action (6.3) is also overdue, so red = overdue.
# - "as" is set when the asker is a person in the data; "I / me / my / we each" then means that
#   person, and a general question from them is not narrowed to their own actions.
# - Greeting alone or "where do I start" = help; thanks, sign-offs and off-topic remarks alone =
#   unknown; an overview / summary of the whole plan = summary. A question wrapped in small talk,
#   news or a forwarded note ("Fwd:", "> quoted") is labelled as the question.
#
# New conventions decided for this set:
# - More period words: "Friday" = Friday 4 February 2022 and "a fortnight on Friday" = Friday
#   18 February 2022; "Thursday" (the visit's last day) = 3 February 2022; "the fortnight after D"
#   = D+1 to D+14; "six months after D" = D to the same date six months on. "Since X" / "fallen
#   due since X" = due on or after X and before today. "Q3 of this financial year" = October-
#   December 2021; "the second quarter of next financial year" = July-September 2022; "the new
#   financial year" = 1 April 2022 - 31 March 2023; "end of the financial year" = 31 March 2022;
#   autumn = September-November 2022. "By the time of E" = by E's stated date (keeps overdue in).
# - "Held up" = blocked. "Neither overdue nor blocked" = not_overdue (6.3 is both).
# - "Is X still due <when>?" is a fact question about X's due date (action_detail, fact due),
#   whether or not the date the asker guessed is right.
# - A check question ("I'm told none of X are open - is that right?") is labelled as the list it
#   checks. "Ignore my last - I meant ..." is labelled as the corrected question alone.
# - An apology, a good-luck message or a forwarded note with no question in it = unknown, even
#   when it names people or plan words (a visit timetable naming the Executive Director).
# - "The last committee" = the most recent meeting (12 January 2022); "the committee before last"
#   = 10 November 2021.
# - An area keyword in another word form names the area: "RHIs" = return home interviews (area
#   5), "homelessness" = homeless young people (area 3), "care leavers" = area 11.

NOV, JAN, OCT19, JUN19 = "cypssc-2021-11-10", "cypssc-2022-01-12", "cypssc-2019-10-09", "cypssc-2019-06-19"
TODAY_ = "2022-02-01"


def all_but(*ids):
    """Every person except the ones named."""
    return [p for p in PEOPLE if p not in ids]


def areas_except(*nums):
    """Every area number except the ones named."""
    return [n for n in sorted(AREAS) if n not in nums]


ONE = "one named deliverable, whatever its status"
LEADS = ["priya-shah", "tom-brennan", "ruth-okafor", "daniel-cross"]
AS = lambda p: {"as": p}

# ---------------------------------------------------------------- ordinary
K = "ordinary"
q(K, "Inspectors want to meet some of our care leavers on Thursday - what's still open in that part of the plan?",
  areas=[11], expect=3, **AS("ruth-okafor"),
  note="'care leavers' is an area 11 keyword; 'Thursday' is news, not a period; not narrowed to Ruth's own")
q(K, "What's open on care plans?", areas=[4], expect=2, note="'care plans' is an area 4 keyword")
q(K, "What's outstanding on transfer points for children?", areas=[1], expect=2,
  note="'transfer points' is an area 1 keyword")
q(K, "Before the inspectors arrive tomorrow, is anything held up?", st="blocked", expect=1,
  note="held up = blocked; 'tomorrow' is news, not a period")
q(K, "The lead inspector asked about our vacancy rate - what's open on that?", areas=[10], expect=4,
  note="'vacancy rate' is an area 10 keyword")
q(K, "What have we still got to do with partner agencies?", areas=[12], expect=1,
  note="'partner agencies' is an area 12 keyword")
q(K, "Which corporate parenting actions are in progress right now?", st="in_progress", areas=[11], expect=3)
q(K, "What's been completed on private fostering and homeless 16-17s?", st="complete", areas=[3], expect=1)
q(K, "What's been completed under supervision and management oversight?", st="complete", areas=[8], expect=4)
q(K, "What's outstanding on later life letters?", areas=[7], expect=4, note="'later life letters' is an area 7 keyword")
q(K, "For the visit folder I need every permanence planning action, finished or not", st="all", areas=[6],
  expect=3, **AS("morgan-hale"))
q(K, "What's outstanding on neglect and on quality of plans?", areas=[2, 4], expect=4)
q(K, "What's open across practice infrastructure, recording and supervision?", areas=[1, 5, 8], expect=4,
  note="area 8 has nothing open, so this is areas 1 and 5")
q(K, "Areas 9 and 12: what's outstanding?", areas=[9, 12], expect=7)
q(K, "Morgan here: the lead inspector wants every action that's not yet finished, across all twelve areas.",
  expect=30, **AS("morgan-hale"))

# ---------------------------------------------------------------- negation
K = "negation"
q(K, "Other than the QA ones, what's overdue?", st="overdue", areas=areas_except(9), expect=4,
  note="not QA = every area but 9")
q(K, "Outside the areas Tom Brennan leads, what's late?", st="overdue", areas=areas_except(3, 5, 12), expect=5,
  note="Tom leads 3, 5, 12; outside them = every other area")
q(K, "Is anything open that isn't owned by one of the area leads?", owners=all_but(*LEADS), expect=15,
  note="area leads = Priya, Tom, Ruth, Daniel; every other owner")
q(K, "Which in-progress actions belong to neither Ruth nor Daniel?", st="in_progress",
  owners=all_but("ruth-okafor", "daniel-cross"), expect=15)
q(K, "Which open actions aren't late and aren't stuck either?", st="not_overdue", expect=23,
  note="outstanding, not overdue, not blocked; the one blocked action (6.3) is also overdue")
q(K, "From the November committee, which actions aren't Daniel's?", st="all", meeting=NOV,
  owners=all_but("daniel-cross"), expect=4, note="meeting question with no status word: every status")
q(K, "Which life story actions are neither Helen's nor Grace's?", areas=[7],
  owners=all_but("helen-marsh", "grace-adeyemi"), expect=2)
q(K, "What's outstanding outside corporate parenting, permanence and life story?", areas=areas_except(6, 7, 11),
  expect=21)
q(K, "Anything due by the end of March that isn't in progress already?", st=["not_started", "blocked"],
  dto="2022-03-31", expect=7,
  note="outstanding but not in progress = not started or blocked; 'by' keeps the overdue ones in")
q(K, "Of what's open in Helen's name, which are plan actions and not the committee ones?",
  owners=["helen-marsh"], meeting=None, expect=6, note="not the committee ones = source is the plan; not 7.3")
q(K, "In Ruth's areas, which actions has no one started?", st="not_started", leads=["ruth-okafor"], expect=1,
  note="Ruth leads 6, 7, 11; her not-started 9.5 is in area 9 and does not count")
q(K, "Apart from Helen, Daniel and Ruth, does anyone have an overdue action?", st="overdue",
  owners=all_but("helen-marsh", "daniel-cross", "ruth-okafor"), expect=1)
q(K, "Apart from the life story training, what has Grace got open?", owners=["grace-adeyemi"],
  rx=r"^(?!.*life story)", expect=2, note="Grace's open actions without 7.1")
q(K, "I've been told none of the partnership working actions are still open - is that right?", areas=[12],
  expect=1, note="a check question is labelled as the list it checks: 12.4 is still open")
q(K, "Outside corporate parenting, which actions does Ruth own?", owners=["ruth-okafor"], areas=areas_except(11),
  expect=4, note="no status word = outstanding; every area but 11")

# ---------------------------------------------------------------- periods
K = "periods"
q(K, "Ofsted's feedback letter is due a fortnight on Friday. What should we have done by then?",
  dto="2022-02-18", expect=7, **AS("morgan-hale"),
  note="a fortnight on Friday = Friday 18 February 2022; 'by' keeps overdue in, and nothing else falls due")
q(K, "Between the end of the visit on Thursday and the select committee on 16 March, what falls due?",
  dfrom="2022-02-03", dto="2022-03-16", expect=2, **AS("chris-dunn"),
  note="Thursday 3 February to 16 March 2022: the two due 28 February")
q(K, "Since the new year, which deadlines have we missed?", st="overdue", dfrom="2022-01-01", expect=2,
  note="missed = overdue; due on or after 1 January 2022")
q(K, "What's fallen due since Christmas and still isn't done?", dfrom="2021-12-25", dbefore=TODAY_, expect=7,
  note="since 25 December 2021: the five due 31 December count")
q(K, "What falls due in the second quarter of next financial year?", dfrom="2022-07-01", dto="2022-09-30",
  expect=4, note="Q2 of 2022/23 = July-September 2022")
q(K, "What was due in Q3 of this financial year, finished or not?", st="all", dfrom="2021-10-01",
  dto="2021-12-31", expect=8, note="Q3 of 2021/22 = October-December 2021")
q(K, "What's due in the new financial year?", dfrom="2022-04-01", dto="2023-03-31", expect=10,
  note="2022/23 = 1 April 2022 to 31 March 2023")
q(K, "The next monitoring visit is pencilled in for 10 May. What falls due between now and then?",
  dfrom=TODAY_, dto="2022-05-10", expect=14, note="between now and 10 May: overdue left out")
q(K, "Anything due in the autumn?", dfrom="2022-09-01", dto="2022-11-30", expect=1,
  note="autumn = September-November 2022")
q(K, "What's due from March through to June?", dfrom="2022-03-01", dto="2022-06-30", expect=17)
q(K, "What still needs finishing by the time we go to committee on 16 March?", dto="2022-03-16", expect=9,
  **AS("chris-dunn"), note="'by the time of' keeps overdue in: 7 overdue + 2 due 28 February")
q(K, "What comes due over the next eight weeks?", dfrom=TODAY_, dto="2022-03-29", expect=2,
  note="today to 29 March 2022: the 31 March deadlines fall just outside")
q(K, "In the six months after the committee on 16 March, what's due?", dfrom="2022-03-16", dto="2022-09-16",
  expect=20, note="16 March to 16 September 2022; 4.3 (30 September) falls outside")
q(K, "Since the November committee, what's fallen due, done or not?", st="all", dfrom="2021-11-10",
  dbefore=TODAY_, expect=8, note="10 November 2021 up to today, every status (11.3 is complete)")
q(K, "Does anything fall due in the fortnight after the visit finishes on Thursday?", dfrom="2022-02-04",
  dto="2022-02-17", expect=0, note="4 to 17 February 2022: nothing, a real empty list")

# ---------------------------------------------------------------- wordforms
K = "wordforms"
q(K, "PSW - anything still outstanding?", owners=["grace-adeyemi"], expect=3,
  note="PSW = Principal Social Worker = Grace Adeyemi")
q(K, "whats the cabinet member got open", owners=["jo-pearce"], expect=1,
  note="Cabinet Member for Children and Young People = Cllr Jo Pearce")
q(K, "any open actions for IROs?", rx=r"\bIROs?\b", expect=1, note="IRO = independent reviewing officer (4.2)")
q(K, "helen marshs late ones", st="overdue", owners=["helen-marsh"], expect=2)
q(K, "everything that went to the BPG, done or not", st="all", rx=r"\bBPG\b|Business Planning Group", expect=2,
  note="BPG = the committee's Business Planning Group: 8.4 and 12.3, both complete")
q(K, "anything late for the transformation dir?", st="overdue", owners=["daniel-cross"], expect=2,
  note="Children First Transformation Director = Daniel Cross")
q(K, "dep dir frontline - whats in progress", st="in_progress", owners=["priya-shah"], expect=3,
  note="Deputy Director - Frontline Services = Priya Shah")
q(K, "AD corp parenting's not-started ones", st="not_started", owners=["ruth-okafor"], expect=1,
  note="Assistant Director - Corporate Parenting = Ruth Okafor, the person, not area 11")
q(K, "hd of workforce dev - anything late?", st="overdue", owners=["sam-whitfield"], expect=0,
  note="Head of Workforce Development = Sam Whitfield (the person, not area 10); nothing of Sam's is overdue")
q(K, "whats o/s thats going to the improvement bd?", rx=r"Improvement Board", expect=4,
  note="bd = Board; 2.2, 3.3, 9.1, 9.2 report to the Improvement Board")
q(K, "the multi-agency safeguarding hub - anything open?", rx=r"\bMASH\b", expect=1,
  note="the MASH, named in 10.3")
q(K, "RHIs - anything still open?", areas=[5], expect=2, note="RHI = return home interview, an area 5 keyword")
q(K, "anything still open on tracking?", rx=r"track", expect=2,
  note="a topic in all its forms: 6.3 (tracking panel) and 7.2 (can be tracked)")
q(K, "homelessness - anything still open?", areas=[3], expect=2,
  note="homelessness = homeless young people, an area 3 keyword")
q(K, "anything in progess for the ADs?", st="in_progress", owners=["ruth-okafor", "tom-brennan"], expect=4,
  note="progess = progress; the ADs = Ruth Okafor and Tom Brennan")

# ---------------------------------------------------------------- deliverables
K = "deliverables"
q(K, "Have all the team managers been through the management assessment program?", st="all",
  rx=r"Management assessment programme", expect=1, note=ONE + " (8.1); US 'program' = programme")
q(K, "Where are we on getting the family safeguarding way of working into the assessment teams?", st="all",
  rx=r"family safeguarding", expect=1, note=ONE + " (2.3)")
q(K, "Has anyone actually checked how good our private fostering assessments are?", st="all",
  rx=r"private fostering assessments", expect=1, note=ONE + "; the audit (3.3), not the awareness campaign (3.2)")
q(K, "Was the Children First Strategy really written with partners and young people, or just for them?",
  st="all", rx=r"Co-produce the Children First Strategy", expect=1,
  note=ONE + "; co-producing the strategy (12.1), not its preview at committee (12.2)")
q(K, "Did the return home interview form get changed so it picks up intelligence and analysis?", st="all",
  rx=r"return home interview template", expect=1,
  note=ONE + " (5.1), not area 5 as a whole although 'return home interviews' is its keyword")
q(K, "The quarterly check on life story quality that members were promised - has it got going?", st="all",
  rx=r"Quarterly thematic audits", expect=1, **AS("chris-dunn"), note=ONE + " (7.3, minute 39.6)")
q(K, "Can social workers record life story work on the system yet so we can see how it's going?", st="all",
  rx=r"Record life story work in Mosaic", expect=1, **AS("grace-adeyemi"), note=ONE + " (7.2)")
q(K, "Have we got the supervision policy and its monthly compliance reporting in place?", st="all",
  rx=r"Supervision policy", expect=1, note=ONE + " (8.2)")
q(K, "Do managers still go through the list of unallocated cases every day?", st="all", rx=r"daily lists",
  expect=1, note=ONE + "; the daily scrutiny (8.3), not the BPG report (8.4)")
q(K, "Has the QA framework been signed off by the board yet? The inspectors will ask.", st="all",
  rx=r"Establish a quality assurance framework", expect=1, **AS("morgan-hale"), note=ONE + " (9.1)")
q(K, "Are members still getting child protection performance in every update report, like they asked in November?",
  st="all", rx=r"child protection performance", expect=1,
  note=ONE + " (9.4), not the statutory visits information (9.5) or briefing (9.6)")
q(K, "Did every corporate parent get the dedicated training?", st="all", rx=r"training for all corporate parents",
  expect=1, note=ONE + " (11.1)")
q(K, "Have we got young people sitting on the Corporate Parenting Board now?", st="all",
  rx=r"Corporate Parenting Board", expect=1, note=ONE + " (11.2)")
q(K, "Did that options paper on making sure staff and partners are heard ever reach the BPG?", st="all",
  rx=r"voices of staff", expect=1, **AS("chris-dunn"), note=ONE + " (12.3)")
q(K, "Did we ever settle on a model to cut down how often children change social worker?", st="all",
  rx=r"delivery model", expect=1, note=ONE + " (1.1)")

# ---------------------------------------------------------------- facts
K = "facts"
q(K, "Who has the initial health assessments work with health colleagues?", intent="action_detail", ref="11.4",
  fact="owner", **AS("morgan-hale"))
q(K, "When's the short briefing on statutory visits and initial conferences due?", intent="action_detail",
  ref="9.6", fact="due", **AS("chris-dunn"))
q(K, "Is the social work recruitment campaign still due to finish at the end of March?", intent="action_detail",
  ref="10.2", fact="due", note="'is X still due' = X's due date as a fact")
q(K, "Is the life story training for foster carers and residential staff still due in March?",
  intent="action_detail", ref="7.1", fact="due", note="'is X still due' = X's due date as a fact")
q(K, "How many actions has the Virtual School Head been given in total?", st="all", owners=["anita-rao"],
  fact="count", expect=1, note="Virtual School Head = Anita Rao; 'in total' = every status")
q(K, "How many outstanding actions fall due on 31 March?", dfrom="2022-03-31", dto="2022-03-31", fact="count",
  expect=11)
q(K, "How many actions have we closed altogether?", st="complete", fact="count", expect=20,
  note="closed = complete")
q(K, "Who leads on return home interviews?", areas=[5], fact="lead", expect=2)
q(K, "Who's the lead for the infrastructure area?", areas=[1], fact="lead", expect=2,
  note="'infrastructure' is an area 1 keyword")
q(K, "Who has the push for more in-house foster carers?", intent="action_detail", ref="11.6", fact="owner")
q(K, "What's the due date on the monthly caseload reports to the Improvement Board?", intent="action_detail",
  ref="9.2", fact="due")
q(K, "How many open actions has Grace got?", owners=["grace-adeyemi"], fact="count", expect=3)
q(K, "Who owns 7.3?", intent="action_detail", ref="7.3", fact="owner")
q(K, "How many actions are there in the life story area, including finished ones?", st="all", areas=[7],
  fact="count", expect=5)
q(K, "When was the QA framework meant to be done by?", intent="action_detail", ref="9.1", fact="due")

# ---------------------------------------------------------------- people
K = "people"
q(K, "What have Helen, Grace and Sam got open between them?",
  owners=["helen-marsh", "grace-adeyemi", "sam-whitfield"], expect=12)
q(K, "Ruth and I should go through our overdue actions before the inspectors arrive - can you list them?",
  st="overdue", owners=["ruth-okafor", "daniel-cross"], expect=4, **AS("daniel-cross"))
q(K, "Is anything open for Leo, Anita or Cllr Pearce?", owners=["leo-fitzgerald", "anita-rao", "jo-pearce"],
  expect=3)
q(K, "What have Priya and Tom completed between them?", st="complete", owners=["priya-shah", "tom-brennan"],
  expect=8)
q(K, "What's on my plate at the moment?", owners=["anita-rao"], expect=1, **AS("anita-rao"))
q(K, "For the three directors - Morgan, Priya and Daniel - what's still open against their names?",
  owners=["morgan-hale", "priya-shah", "daniel-cross"], expect=9, note="Morgan has nothing open")
q(K, "Show me everything Ruth's ever been given on the plan, closed ones included", st="all",
  owners=["ruth-okafor"], expect=8)
q(K, "What have I got in progress?", st="in_progress", owners=["leo-fitzgerald"], expect=1,
  **AS("leo-fitzgerald"))
q(K, "What haven't I started yet?", st="not_started", owners=["helen-marsh"], expect=2, **AS("helen-marsh"))
q(K, "What's overdue for the area leads themselves?", st="overdue", owners=LEADS, expect=5,
  note="the four area leads' own overdue actions, in any area")
q(K, "What's outstanding in the areas Ruth and Tom lead, whoever owns it?", leads=["ruth-okafor", "tom-brennan"],
  expect=14, note="Ruth leads 6, 7, 11 and Tom 3, 5, 12")
q(K, "Grace and I are seeing the inspectors together tomorrow - what have we each got open?",
  owners=["grace-adeyemi", "sam-whitfield"], expect=5, **AS("sam-whitfield"),
  note="'I' = Sam; 'tomorrow' is news, not a period")
q(K, "Does the Exec Director or the Cabinet Member have anything outstanding?", owners=["morgan-hale", "jo-pearce"],
  expect=1, note="Morgan Hale has nothing open; Cllr Jo Pearce has 12.4")
q(K, "What did Leo and Sam get finished?", st="complete", owners=["leo-fitzgerald", "sam-whitfield"], expect=5)
q(K, "My actions and Ruth's, please - we're prepping for the visit together", owners=["priya-shah", "ruth-okafor"],
  expect=9, **AS("priya-shah"))

# ---------------------------------------------------------------- combined
K = "combined"
q(K, "Which of Helen's QA and life story actions fall due by the end of March?", owners=["helen-marsh"],
  areas=[7, 9], dto="2022-03-31", expect=3, note="'by' keeps the overdue 9.1 in")
q(K, "In Priya's areas, what's in progress and due by the end of the financial year?", st="in_progress",
  leads=["priya-shah"], dto="2022-03-31", expect=3, note="Priya leads 1, 2, 4, 8; whoever owns the actions")
q(K, "Overdue actions in Daniel's areas that are owned by someone else?", st="overdue", leads=["daniel-cross"],
  owners=all_but("daniel-cross"), expect=2, note="Daniel leads 9 and 10")
q(K, "Which of Ruth's in-progress actions aren't due until the new financial year?", st="in_progress",
  owners=["ruth-okafor"], dfrom="2022-04-01", expect=2)
q(K, "What's still open in corporate parenting and life story with a Q4 deadline?", areas=[7, 11],
  dfrom="2022-01-01", dto="2022-03-31", expect=3, note="Q4 = January-March 2022")
q(K, "Anything Sam or Grace hasn't started that's due before the summer?", st="not_started",
  owners=["sam-whitfield", "grace-adeyemi"], dbefore="2022-06-01", expect=1)
q(K, "From the October 2019 committee, what's still open that isn't Daniel's?", meeting=OCT19,
  owners=all_but("daniel-cross"), expect=4, note="'still open' is a status word: outstanding")
q(K, "Plan actions, not committee ones, that are in progress and due by 31 March - leaving QA out",
  st="in_progress", meeting=None, dto="2022-03-31", areas=areas_except(9), expect=8)
q(K, "Anything red in the areas Tom and Ruth lead?", st="overdue", leads=["tom-brennan", "ruth-okafor"], expect=4,
  note="red = overdue or blocked; 5.3 (Helen's, area 5) counts because Tom leads area 5")
q(K, "Helen's in-progress plan actions due this quarter", st="in_progress", owners=["helen-marsh"], meeting=None,
  dfrom="2022-01-01", dto="2022-03-31", expect=4, note="this quarter = January-March 2022; 9.1 was due in December")
q(K, "Which overdue actions do the two ADs own in their own areas?", st="overdue",
  owners=["ruth-okafor", "tom-brennan"], leads=["ruth-okafor", "tom-brennan"], expect=2,
  note="Ruth's 6.3 and Tom's 3.1; Ruth's overdue 9.5 is in area 9. Neither owns anything in the other's areas")
q(K, "Grace's in-progress ones due by the end of March, leaving out the life story training", st="in_progress",
  owners=["grace-adeyemi"], dto="2022-03-31", rx=r"^(?!.*life story)", expect=1)
q(K, "Not-started actions due in July, apart from Daniel's?", st="not_started", dfrom="2022-07-01",
  dto="2022-07-31", owners=all_but("daniel-cross"), expect=0,
  note="both July not-started actions (1.5, 10.5) are Daniel's: a real empty list")
q(K, "What's due between the visit on 2-3 February and the 16 March committee that Helen or Sam own?",
  owners=["helen-marsh", "sam-whitfield"], dfrom="2022-02-02", dto="2022-03-16", expect=2)
q(K, "In the areas Priya leads, what's due in the new financial year?", leads=["priya-shah"],
  dfrom="2022-04-01", dto="2023-03-31", expect=3)

# ---------------------------------------------------------------- meetings
K = "meetings"
q(K, "The meeting that noted the leadership and workforce improvement narrative: what from it is in progress "
     "and due by the end of March?", st="in_progress", meeting=OCT19, dto="2022-03-31", expect=2,
  note="resolution 39.8.3 = October 2019; 'by' keeps the overdue 7.2 in")
q(K, "From the meeting that welcomed the excellent work on workforce development, which actions hasn't anyone "
     "started?", st="not_started", meeting=NOV, expect=4, note="resolution 23.3.1 = November 2021")
q(K, "Minute 42.2 - which actions did it set, and where are they now?", st="all", meeting=JAN,
  rx=r"statutory visits performance information|in-house foster carers", expect=2,
  note="minute 42.2 set 9.5 and 11.6; the labeller has no minute filter: meeting + rx")
q(K, "What came out of minute 39.4 of the October 2019 committee?", st="all", meeting=OCT19,
  rx=r"unallocated|agency staff", expect=3,
  note="minute 39.4 set 8.3, 8.4 and 10.3; the labeller has no minute filter: meeting + rx")
q(K, "January 2022 committee: which of its actions are Ruth's?", st="all", meeting=JAN, owners=["ruth-okafor"],
  expect=2)
q(K, "How many actions from 10 November are still open?", meeting=NOV, fact="count", expect=6,
  note="'still open' = outstanding")
q(K, "By the time of the next monitoring visit on 10 May, which of the January committee's actions should be done?",
  st="all", meeting=JAN, dto="2022-05-10", expect=2, note="every status; 9.5 and 9.6")
q(K, "The meeting that asked for a short briefing on statutory visits and initial conference timeliness - what "
     "else did it set, apart from the briefing itself?", st="all", meeting=JAN, rx=r"^(?!.*short briefing)",
  expect=3, note="resolution 42.3.3 = January 2022; its actions without 9.6")
q(K, "What did the committee set at the meeting where it asked officers to give the BPG options for hearing "
     "staff and partners?", st="all", meeting=OCT19, expect=11, note="resolution 39.8.4 = October 2019")
q(K, "Which of the November committee's actions were due before the 16 March meeting?", st="all", meeting=NOV,
  dbefore="2022-03-16", expect=3, note="every status: 9.3, 10.4 and the complete 11.3")
q(K, "What did the committee ask the Cabinet Member to do in November?", st="all", meeting=NOV,
  owners=["jo-pearce"], expect=1, **AS("chris-dunn"), note="resolution 23.3.4 (12.4)")
q(K, "Resolution 23.3.2 - where's that up to?", intent="action_detail", ref="9.4",
  note="resolution 23.3.2 (child protection performance updates) created 9.4")
q(K, "Did item 6 at the June 2019 committee leave us with any open actions?", meeting=JUN19, expect=0,
  note="the 19 June 2019 meeting set no actions: a real empty list")
q(K, "From the last committee, which actions haven't been done yet?", meeting=JAN, expect=4,
  note="the last committee = the most recent, 12 January 2022; all four of its actions are outstanding")
q(K, "Anything for Sam from the committee before last?", st="all", meeting=NOV, owners=["sam-whitfield"], expect=1,
  note="the committee before last = 10 November 2021")

# ---------------------------------------------------------------- chatter
K = "chatter"
q(K, "Sorry to chase - who's got the re-referrals report for members?", intent="action_detail", ref="9.3",
  fact="owner")
q(K, "Ignore my last - I meant the areas Tom leads, not just his own actions. What's open there?",
  leads=["tom-brennan"], expect=5, note="the corrected question alone: areas 3, 5, 12, whoever owns the actions")
q(K, "Apologies for Thursday's meeting, I'll be with the inspectors all day.", intent="unknown",
  whyx="Apology alone")
q(K, "Fwd: request from the lead inspector\n\n> Please send a list of the actions in your plan that are past "
     "their due date, with owners.\n\nCan you pull this together for me?", st="overdue", expect=7,
  **AS("morgan-hale"), note="the quoted request is the question")
q(K, "ignore that, wrong window 🙈", intent="unknown", whyx="Off-topic remark alone")
q(K, "Thanks for the list earlier. One more - how many actions are due by 31 March?", dto="2022-03-31",
  fact="count", expect=20, note="'by' keeps the 7 overdue in")
q(K, "Good luck everyone for the visit tomorrow! 🍀", intent="unknown", whyx="Good-luck message alone")
q(K, "Hello - Chris said I should use this before committee. Where do I start?", intent="help",
  whyx="Greeting and asks how to start")
q(K, "Sorry, ignore my last message. What I actually need is the QA actions nobody has started.",
  st="not_started", areas=[9], expect=3)
q(K, "FYI the inspectors were really positive about life story work 🎉 What's still open on it so we keep it "
     "that way?", areas=[7], expect=4)
q(K, "Morning, sorry for the slow reply. Could I have a one-page summary of where the plan stands for the "
     "members' pre-meet?", intent="summary", whyx="Summary of the whole plan")
q(K, "Forwarding from a councillor ahead of 16 March:\n\n> Which actions came out of our November meeting?\n\n"
     "Can you answer this one?", st="all", meeting=NOV, expect=7, **AS("chris-dunn"),
  note="the quoted question is the question; meeting question with no status word: every status")
q(K, "Jo Pearce here, sorry to chase - is my update on the early help buildings still due before the summer?",
  intent="action_detail", ref="12.4", fact="due", **AS("jo-pearce"),
  note="'is X still due' = the due date as a fact (30 June 2022, which is not before the summer)")
q(K, "Fwd: Monitoring visit timetable\n\nWednesday 9:30 - meeting with the Executive Director\nThursday 14:00 - "
     "focus group with care leavers\n\nJust for info, no action needed.", intent="unknown",
  whyx="Forwarded note with no question")
q(K, "Apologies if this has been asked already - is the e-workbooks pilot still due to finish at the end of April?",
  intent="action_detail", ref="5.2", fact="due", note="'is X still due' = X's due date as a fact")
