# Improvement Tracker evaluation set "questions-i" - 150 questions, labelled by build.py from
# data/children-first.json ("today" = 2022-02-01). No action id is typed by hand.
#
# Conventions used for labelling (every question below follows them):
#  * A list question with no status said means outstanding (not_started, in_progress, blocked);
#    overdue actions are included.
#  * A question about a meeting's actions with no status said lists every status (st="all").
#  * Naming one specific deliverable ("where are we on X", "is X done yet?") means that one action
#    whatever its status: st="all" plus an rx that picks exactly it, expect=1.
#  * "Who owns / who's doing / when is X due" about one described deliverable is action_detail with
#    ref= its ref and fact owner/due. "Tell me about 7.2" etc. are action_detail.
#  * "Who leads on X?" is fact="lead" for that one area, listing the area's outstanding actions.
#    "How many ..." is fact="count".
#  * A topic that names an area (its title, short title or one of its keywords, including inflected,
#    hyphenated or abbreviated forms of them: "lifestory", "supervising", "looked-after children",
#    "permanency", "RHIs", "QA") is labelled areas=[that area]. Words that only name a
#    single action's subject (audits, Mosaic, PEPs, IHAs, caseloads, statutory visits, agency staff /
#    locums, re-referrals) are matched with rx over title+measure.
#  * Periods: financial year April-March; "this/next quarter" are calendar quarters (this quarter =
#    Jan-Mar 2022, next = Apr-Jun 2022); Easter Sunday 2022 = 17 April; "by X" = due on or before X and
#    includes overdue; "before X" = due strictly before X (overdue included, as they fall before X);
#    "in the next N weeks/months" runs from 2022-02-01 and leaves overdue out; "in March" = that month
#    only; "last month" = January 2022; "this month" = February 2022; "week commencing 28 Feb" =
#    Mon 28 Feb - Sun 6 Mar. A whole calendar period that began before today ("this quarter", "last
#    month", "December 2021") keeps its outstanding actions even though they are now overdue; with no
#    status said, completed ones are left out. "Before the end of Feb" = due on or before 28 Feb,
#    overdue included.
#  * Chatter changes nothing; thanks alone is "unknown"; a greeting alone or "what can you help me
#    with" is "help"; "overview/summary of the plan" is "summary".
#  * Several people = the union of their actions; a job title = the person who holds it; "me/I/my"
#    = the asker given by "as".
#  * Exclusions build.py cannot express directly are written as owners= every other person or
#    areas= every other area (helpers BUT_PEOPLE / BUT_AREAS below), with a note; one exclusion of a
#    subject word uses a negative-lookahead rx, with a note.

PEOPLE_IDS = ["morgan-hale", "priya-shah", "ruth-okafor", "tom-brennan", "daniel-cross", "helen-marsh",
              "grace-adeyemi", "sam-whitfield", "leo-fitzgerald", "anita-rao", "chris-dunn", "jo-pearce"]
assert sorted(PEOPLE_IDS) == sorted(p["id"] for p in DATA["people"])  # DATA is build.py's plan data


def BUT_PEOPLE(*ids):
    for i in ids:
        assert i in PEOPLE_IDS, i
    return [p for p in PEOPLE_IDS if p not in ids]


def BUT_AREAS(*nums):
    return [n for n in range(1, 13) if n not in nums]


NOV, JAN, OCT19 = "cypssc-2021-11-10", "cypssc-2022-01-12", "cypssc-2019-10-09"

# ---------------------------------------------------------------- ordinary (30)
q("ordinary", "What actions does Grace Adeyemi have?", owners=["grace-adeyemi"])
q("ordinary", "Show me everything that's overdue", st="overdue")
q("ordinary", "What's outstanding on neglect?", areas=[2])
q("ordinary", "List the blocked actions", st="blocked")
q("ordinary", "Tell me about 6.3", intent="action_detail", ref="6.3")
q("ordinary", "Who owns 11.5?", intent="action_detail", ref="11.5", fact="owner")
q("ordinary", "When is 4.3 due?", intent="action_detail", ref="4.3", fact="due")
q("ordinary", "What's left to do on permanence planning?", areas=[6])
q("ordinary", "Which actions have been completed?", st="complete")
q("ordinary", "How do I use this bot?", intent="help")
q("ordinary", "Can I get a summary of progress on the plan?", intent="summary")
q("ordinary", "How many actions are in progress?", st="in_progress", fact="count")
q("ordinary", "Who leads on life story work?", areas=[7], fact="lead")
q("ordinary", "What actions came out of the January committee?", meeting=JAN, st="all",
  note="meeting question with no status: every status")
q("ordinary", "Show Daniel Cross's open actions", owners=["daniel-cross"])
q("ordinary", "What's due in April?", dfrom="2022-04-01", dto="2022-04-30")
q("ordinary", "What's outstanding for private fostering and homeless 16-17s?", areas=[3])
q("ordinary", "Details on action 10.3 please", intent="action_detail", ref="10.3")
q("ordinary", "What's in progress on corporate parenting?", areas=[11], st="in_progress")
q("ordinary", "Which actions are assigned to Leo Fitzgerald?", owners=["leo-fitzgerald"])
q("ordinary", "What's Tom Brennan working on?", owners=["tom-brennan"])
q("ordinary", "Hi there", intent="help", note="greeting alone")
q("ordinary", "Cheers", intent="unknown", note="thanks alone")
q("ordinary", "What's still open under recruitment and retention?", areas=[10])
q("ordinary", "What's outstanding in area 12?", areas=[12])
q("ordinary", "How many actions are there in the plan altogether?", st="all", fact="count", expect=50)
q("ordinary", "Who is the lead for partnership working?", areas=[12], fact="lead")
q("ordinary", "What did the committee ask for at the November 2021 meeting?", meeting=NOV, st="all",
  note="meeting question with no status: every status")
q("ordinary", "What's the status of 9.1?", intent="action_detail", ref="9.1")
q("ordinary", "What's outstanding on practice infrastructure?", areas=[1])

# ---------------------------------------------------------------- negation (15)
q("negation", "Which actions aren't finished yet?", st="outstanding")
q("negation", "What's outstanding that isn't owned by Helen Marsh?", owners=BUT_PEOPLE("helen-marsh"),
  note="exclusion of Helen written as every other owner")
q("negation", "Show me open actions outside corporate parenting", areas=BUT_AREAS(11),
  note="exclusion of area 11 written as every other area")
q("negation", "Which of Ruth's open actions aren't blocked?", owners=["ruth-okafor"], st="not_blocked")
q("negation", "What hasn't been started yet?", st="not_started")
q("negation", "Anything in quality assurance that's not overdue?", areas=[9], st="not_overdue")
q("negation", "Open actions apart from the ones in areas 9 and 10", areas=BUT_AREAS(9, 10),
  note="exclusion of areas 9 and 10 written as every other area")
q("negation", "List everything outstanding except Priya's and Daniel's",
  owners=BUT_PEOPLE("priya-shah", "daniel-cross"), note="exclusion written as every other owner")
q("negation", "Which life story actions are not yet complete?", areas=[7])
q("negation", "Is there anything in corporate parenting that nobody's started on?", areas=[11],
  st="not_started", expect=0, note="every area 11 action is in progress or complete")
q("negation", "What's outstanding other than the audits?", rx=r"^(?!.*audit)",
  note="outstanding actions whose title/measure does not mention an audit (negative lookahead)")
q("negation", "Not counting Sam's, what's due in March?", owners=BUT_PEOPLE("sam-whitfield"),
  dfrom="2022-03-01", dto="2022-03-31", note="exclusion of Sam written as every other owner")
q("negation", "Helen's outstanding actions that aren't overdue yet", owners=["helen-marsh"], st="not_overdue")
q("negation", "Which outstanding actions are not owned by either assistant director?",
  owners=BUT_PEOPLE("ruth-okafor", "tom-brennan"),
  note="the two Assistant Directors are Ruth Okafor (Corporate Parenting) and Tom Brennan (Early Help); "
       "exclusion written as every other owner")
q("negation", "Which November committee actions are not done yet?", meeting=NOV, st="outstanding",
  note="status said ('not done'), so outstanding only")

# ---------------------------------------------------------------- period (15)
q("period", "What's due before Easter?", dbefore="2022-04-17",
  note="Easter Sunday 2022 is 17 April; due before it, overdue included")
q("period", "What's due next quarter?", dfrom="2022-04-01", dto="2022-06-30")
q("period", "Anything due this month?", dfrom="2022-02-01", dto="2022-02-28")
q("period", "What needs doing in the next three months?", dfrom="2022-02-01", dto="2022-05-01",
  note="next N months runs from today (to 1 May) and leaves overdue out")
q("period", "What's due by 31/3/22?", dto="2022-03-31", note="'by' includes overdue")
q("period", "What falls due in the next financial year?", dfrom="2022-04-01", dto="2023-03-31")
q("period", "Which actions are due between May and July?", dfrom="2022-05-01", dto="2022-07-31")
q("period", "Anything due in Sept?", dfrom="2022-09-01", dto="2022-09-30")
q("period", "What was due in December 2021?", dfrom="2021-12-01", dto="2021-12-31",
  note="no status said, so outstanding only (11.3, complete, is left out)")
q("period", "What's due within the next 2 months?", dfrom="2022-02-01", dto="2022-04-01")
q("period", "What's got a deadline in the next four weeks?", dfrom="2022-02-01", dto="2022-03-01")
q("period", "Which actions are due this quarter?", dfrom="2022-01-01", dto="2022-03-31",
  note="this quarter = Jan-Mar 2022; outstanding actions due in January (now overdue) fall inside it")
q("period", "What's due from August onwards?", dfrom="2022-08-01")
q("period", "What's due in the week commencing 28th Feb?", dfrom="2022-02-28", dto="2022-03-06")
q("period", "What was due last month?", dfrom="2022-01-01", dto="2022-01-31",
  note="last month = January 2022; outstanding only")

# ---------------------------------------------------------------- wordform (15)
q("wordform", "Anything outstanding for looked-after children?", areas=[11],
  note="'children looked after' is an area 11 keyword")
q("wordform", "outstanding QA actions pls", areas=[9])
q("wordform", "What are we doing about PEPs?", rx=r"personal education plan|\bPEPs?\b", expect=1,
  note="PEP = personal education plan")
q("wordform", "Any open actions on IHAs?", rx=r"initial health assessment", expect=1,
  note="IHA = initial health assessment")
q("wordform", "What's being done to cut down on locums in frontline teams?", rx=r"reliance on agency",
  expect=1, note="locums = agency staff; paraphrase of 10.3")
q("wordform", "Which open actions involve auditing?", rx=r"audit")
q("wordform", "What's outstanding on caseloads?", rx=r"caseload")
q("wordform", "Anything still open on supervising staff?", areas=[8], expect=0,
  note="supervision is area 8, all of whose actions are complete")
q("wordform", "What's left on lifestory work?", areas=[7])
q("wordform", "Any open actions on social work vacancies?", areas=[10],
  note="'vacancies' is an area 10 keyword")
q("wordform", "anything open about CP statutory visits?", rx=r"statutory visits", expect=2,
  note="CP = child protection")
q("wordform", "Anything open on permanency?", areas=[6],
  note="permanency = permanence, area 6")
q("wordform", "Any actions on re-referrals?", rx=r"re-referral", expect=1)
q("wordform", "What's outstanding on the Mosaic side?", rx=r"Mosaic", expect=1)
q("wordform", "What's still open on case notes and recording?", areas=[5],
  note="'recording' / 'case recording' are area 5 keywords")

# ---------------------------------------------------------------- deliverable (15)
q("deliverable", "Where are we on the joint housing protocol?", st="all", rx=r"joint housing protocol", expect=1)
q("deliverable", "Is the pre-birth protocol done yet?", st="all", rx=r"pre-birth", expect=1)
q("deliverable", "Has the What Good Looks Like standards work been finished?", st="all",
  rx=r"What Good Looks Like", expect=1)
q("deliverable", "what's the latest on the QA framework?", st="all", rx=r"quality assurance framework", expect=1)
q("deliverable", "Has the January staff survey been run yet?", st="all", rx=r"January 2022 staff survey", expect=1)
q("deliverable", "Is the Mosaic plan template live yet?", st="all", rx=r"plan template in Mosaic", expect=1)
q("deliverable", "What's the status of the re-referrals report for members?", st="all", rx=r"re-referral", expect=1)
q("deliverable", "Did the 'you said, we did' example ever get shared?", st="all", rx=r"You said, we did", expect=1)
q("deliverable", "How's the push to recruit more in-house foster carers going?", st="all",
  rx=r"in-house foster carers", expect=1)
q("deliverable", "Where have we got to with the electronic workbooks?", st="all", rx=r"electronic workbooks", expect=1)
q("deliverable", "Did the private fostering awareness campaign go ahead?", st="all", rx=r"awareness campaign", expect=1)
q("deliverable", "Is the social worker pay and reward offer in place?", st="all", rx=r"pay and reward", expect=1)
q("deliverable", "Has the update on simplifying the IT systems gone to committee yet?", st="all",
  rx=r"simplifying the children's IT systems", expect=1)
q("deliverable", "Where are we with embedding family safeguarding?", st="all", rx=r"family safeguarding", expect=1)
q("deliverable", "Any news on the short briefing about CP visits and initial conference timeliness?", st="all",
  rx=r"initial conference", expect=1)

# ---------------------------------------------------------------- fact (15)
q("fact", "Who's responsible for the neglect thematic audit?", intent="action_detail", ref="2.2", fact="owner")
q("fact", "When's the summer workforce report to committee due?", intent="action_detail", ref="10.5", fact="due")
q("fact", "Who is doing the drift training for IROs and CP chairs?", intent="action_detail", ref="4.2", fact="owner")
q("fact", "What's the deadline for getting the procedures manual online?", intent="action_detail", ref="1.4",
  fact="due")
q("fact", "Who leads on recruitment and retention?", areas=[10], fact="lead")
q("fact", "How many overdue actions does Ruth have?", owners=["ruth-okafor"], st="overdue", fact="count", expect=2)
q("fact", "Who heads up the QA area?", areas=[9], fact="lead")
q("fact", "Who owns the PEP action?", intent="action_detail", ref="11.5", fact="owner")
q("fact", "When are we meant to have initial health assessments sorted?", intent="action_detail", ref="11.4",
  fact="due")
q("fact", "How many actions came out of the October 2019 committee?", meeting=OCT19, st="all", fact="count",
  note="meeting question with no status: every status")
q("fact", "Who's meant to be circulating the latest statutory visits figures?", intent="action_detail",
  ref="9.5", fact="owner")
q("fact", "Who's the lead for the return home interviews area?", areas=[5], fact="lead")
q("fact", "When's the audit of private fostering assessments due?", intent="action_detail", ref="3.3", fact="due")
q("fact", "How many of Helen's actions are still open?", owners=["helen-marsh"], fact="count")
q("fact", "Who's got the action about partners in the buildings early help is pulling out of?",
  intent="action_detail", ref="12.4", fact="owner")

# ---------------------------------------------------------------- people (15)
q("people", "What's the Virtual School Head got on?", owners=["anita-rao"])
q("people", "Show me the Head of Fostering's open actions", owners=["leo-fitzgerald"])
q("people", "What does the Principal Social Worker still need to deliver?", owners=["grace-adeyemi"])
q("people", "Actions for the Transformation Director?", owners=["daniel-cross"],
  note="Children First Transformation Director = Daniel Cross")
q("people", "What's on my list?", owners=["helen-marsh"], **{"as": "helen-marsh"})
q("people", "What have I got overdue?", owners=["daniel-cross"], st="overdue", **{"as": "daniel-cross"})
q("people", "Helen's and Sam's actions please", owners=["helen-marsh", "sam-whitfield"])
q("people", "What do me and Grace have outstanding?", owners=["sam-whitfield", "grace-adeyemi"],
  **{"as": "sam-whitfield"})
q("people", "What actions is the Cabinet Member for Children and Young People responsible for?", owners=["jo-pearce"])
q("people", "What's outstanding in the areas Priya leads?", leads=["priya-shah"])
q("people", "Show open actions across the areas the AD for Early Help leads", leads=["tom-brennan"],
  note="Assistant Director - Early Help = Tom Brennan")
q("people", "What's the Deputy Director for Frontline Services got open?", owners=["priya-shah"])
q("people", "Does the Executive Director own any open actions?", owners=["morgan-hale"], expect=0,
  note="Morgan Hale's only action (12.3) is complete")
q("people", "What's the Head of Workforce Development working on?", owners=["sam-whitfield"])
q("people", "What am I on the hook for?", owners=["ruth-okafor"], **{"as": "ruth-okafor"})

# ---------------------------------------------------------------- combo (15)
q("combo", "Which of Helen's actions are due by the end of March?", owners=["helen-marsh"], dto="2022-03-31",
  note="'by' includes overdue")
q("combo", "What has Daniel got that's not started and due in July?", owners=["daniel-cross"],
  st="not_started", dfrom="2022-07-01", dto="2022-07-31")
q("combo", "Overdue actions from the November committee", meeting=NOV, st="overdue")
q("combo", "In-progress corporate parenting actions due by the end of June", areas=[11], st="in_progress",
  dto="2022-06-30")
q("combo", "Which life story actions from the October 2019 meeting are still in progress?", areas=[7],
  meeting=OCT19, st="in_progress")
q("combo", "Priya's actions due next quarter", owners=["priya-shah"], dfrom="2022-04-01", dto="2022-06-30")
q("combo", "Not-started recruitment and retention actions due by the end of February", areas=[10],
  st="not_started", dto="2022-02-28")
q("combo", "What from the January committee is still outstanding and sitting with Ruth?", meeting=JAN,
  owners=["ruth-okafor"], st="outstanding")
q("combo", "Which of Tom's and Ruth's actions are overdue?", owners=["tom-brennan", "ruth-okafor"], st="overdue")
q("combo", "Show me overdue actions in the areas Daniel Cross leads", leads=["daniel-cross"], st="overdue")
q("combo", "Helen's in-progress audits", owners=["helen-marsh"], st="in_progress", rx=r"audit")
q("combo", "Outstanding actions in Ruth's areas that someone else owns", leads=["ruth-okafor"],
  owners=BUT_PEOPLE("ruth-okafor"), note="areas led by Ruth (6, 7, 11), owner anyone but Ruth")
q("combo", "Not-started actions due before Easter that aren't already overdue", st="not_started",
  dfrom="2022-02-01", dbefore="2022-04-17")
q("combo", "What's open on recording and RHIs, excluding anything overdue?", areas=[5], st="not_overdue")
q("combo", "Excluding the blocked one, what's outstanding on permanence?", areas=[6], st="not_blocked")

# ---------------------------------------------------------------- chatter (15)
q("chatter", "Morning! Morgan was asking about this before Thursday's Improvement Board - what's overdue for Helen?",
  owners=["helen-marsh"], st="overdue")
q("chatter", "Sorry to bother you, just back from leave and Chris says committee's on 9 March - what has Sam still got open?",
  owners=["sam-whitfield"])
q("chatter", "Hiya, quick one before my 2pm with Tom: who leads on neglect?", areas=[2], fact="lead")
q("chatter", "Ofsted monitoring visit is in March and I'm panicking a bit lol - what's due before the end of Feb?",
  dto="2022-02-28", note="due before the end of February, overdue included")
q("chatter", "Tell me about 9.4 - Priya mentioned it in the corridor yesterday", intent="action_detail", ref="9.4")
q("chatter", "Ruth's off until the 14th so I'm covering her stuff - when's 6.1 due?", intent="action_detail",
  ref="6.1", fact="due")
q("chatter", "I know Leo's bits are mostly done and the fostering campaign went well, but what's outstanding on quality of plans?",
  areas=[4])
q("chatter", "Hi! Just started as a team manager in Crawley last week. What can you help me with?", intent="help")
q("chatter", "Grace and I were chatting about the staff survey over lunch. Anyway - what's the Principal Social Worker got overdue?",
  owners=["grace-adeyemi"], st="overdue", expect=0, note="none of Grace's outstanding actions is past due")
q("chatter", "Great, cheers for that, have a good weekend", intent="unknown", note="thanks alone")
q("chatter", "For Daniel's July report, no rush at all - could you give me an overview of the whole plan?",
  intent="summary")
q("chatter", "Just out of the Corporate Parenting Panel. Different subject - who owns 8.2?", intent="action_detail",
  ref="8.2", fact="owner")
q("chatter", "The 2019 Ofsted report was brutal about life story work but we've moved on. What's Anita working on?",
  owners=["anita-rao"])
q("chatter", "Totally separate from the January committee, but how many actions are overdue across the whole plan?",
  st="overdue", fact="count", expect=7)
q("chatter", "Sorry, Teams keeps dropping out on me - what have I got due in March?", owners=["grace-adeyemi"],
  dfrom="2022-03-01", dto="2022-03-31", **{"as": "grace-adeyemi"})
