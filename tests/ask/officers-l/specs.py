# Question specs for evaluation set l (150 questions, 15 per kind).
# Read by build.py, which computes every actionIds list from the plan data.
#
# Conventions decided here, beyond CONVENTIONS.txt ("today" is 2022-02-01):
# - "Christmas" with no year, asked in February 2022, is Christmas 2021; "over Christmas" /
#   "the Christmas break" = due 24 Dec 2021 to 2 Jan 2022.
# - "first/second half of <month>" = 1st-15th / 16th-end of that month.
# - "between May and July" = due 1 May to 31 July 2022, both months whole.
# - "in April", "in March" = that calendar month only (no overdue unless due in it).
# - "this FY" / "this financial year" = due 1 Apr 2021 - 31 Mar 2022 (the overdue ones fall in it).
# - "late", "gone past its deadline", "overdue" = st overdue; "stuck" = blocked;
#   "in progress" (any spelling) = status in_progress; "not started" / "nobody has started" =
#   status not_started; "not finished", "not done", "non-complete", "still open" = outstanding.
# - "ever owned" / "has X been done" / "did X happen" = every status.
# - "the last committee" = the most recent meeting before today (12 January 2022);
#   "item 42" / "minute 42.x" = that meeting; "item 23" / "the workforce item" = 10 November 2021;
#   "item 39" / "the 2019 improvement update" = 9 October 2019.
# - A count about a meeting's actions with no status said counts every status (as for lists).
# - "the Deputy Director" = Priya Shah; "the Transformation Director" = Daniel Cross;
#   "the Cabinet Member" = Cllr Jo Pearce; "Head of QA" = Helen Marsh.
# - A greeting alone = help; thanks alone, a sign-off alone or off-topic small talk = unknown.
# - An area word inside a "who owns / when is X due" question about one deliverable does not
#   turn it into an area list: it stays action_detail for that action.
# - Abbreviations and shortenings of an area name (perm planning, RHI, CLA, QA, mgmt oversight)
#   name that area, so they are labelled areas=.

ALL_PEOPLE = [p["id"] for p in DATA["people"]]
ALL_AREAS = list(range(1, 13))


def others(*ids):
    return [p for p in ALL_PEOPLE if p not in ids]


def areas_except(*ns):
    return [n for n in ALL_AREAS if n not in ns]


Q1_22 = dict(dfrom="2022-01-01", dto="2022-03-31")      # this quarter
Q2_22 = dict(dfrom="2022-04-01", dto="2022-06-30")      # next quarter
FY21 = dict(dfrom="2021-04-01", dto="2022-03-31")       # 2021/22

# ---------------------------------------------------------------- ordinary
q("ordinary", "whats still open on life story work?", areas=[7], expect=4)
q("ordinary", "Can you list Helen Marsh's actions please", owners=["helen-marsh"], expect=7)
q("ordinary", "What's overdue?", st="overdue", expect=7)
q("ordinary", "what's due this month", dfrom="2022-02-01", dto="2022-02-28", expect=2)
q("ordinary", "Give me a quick summary of where the improvement plan is at", intent="summary",
  whyx="Overview of the whole plan")
q("ordinary", "Which actions haven't been started yet?", st="not_started", expect=9)
q("ordinary", "What is Sam Whitfield working on at the moment?", owners=["sam-whitfield"], expect=2)
q("ordinary", "Are any actions blocked?", st="blocked", expect=1)
q("ordinary", "open actions for corporate parenting pls", areas=[11], expect=3)
q("ordinary", "Anything due over the next 4 weeks?", dfrom="2022-02-01", dto="2022-03-01", expect=2)
q("ordinary", "what's outstanding on quality of plans", areas=[4], expect=2)
q("ordinary", "List everything open in area 3", areas=[3], expect=2)
q("ordinary", "How are we doing on neglect?", areas=[2], expect=2)
q("ordinary", "What does Priya have on?", owners=["priya-shah"], expect=4)
q("ordinary", "Which actions have we completed so far?", st="complete", expect=20)

# ---------------------------------------------------------------- negation
q("negation", "Which open actions aren't overdue yet?", st="not_overdue", expect=23)
q("negation", "Everything open that isn't blocked please", st="not_blocked", expect=29)
q("negation", "Show me the open actions excluding Helen's", owners=others("helen-marsh"), expect=23,
  note="excluding Helen Marsh = every other owner")
q("negation", "open actions apart from the corporate parenting ones", areas=areas_except(11), expect=27,
  note="apart from area 11 = every other area")
q("negation", "Which of Ruth's actions haven't been started?", owners=["ruth-okafor"], st="not_started",
  expect=1)
q("negation", "Anything overdue that isn't owned by Helen or Daniel?", st="overdue",
  owners=others("helen-marsh", "daniel-cross"), expect=3,
  note="not Helen Marsh or Daniel Cross = every other owner")
q("negation", "anything in QA nobody's started on?", areas=[9], st="not_started", expect=3)
q("negation", "which in progress actions aren't due till after March?", st="in_progress",
  dfrom="2022-04-01", expect=7)
q("negation", "Show me the non-complete actions in area 12", areas=[12], expect=1)
q("negation", "What hasn't been done yet on case recording?", areas=[5], expect=2)
q("negation", "Is anything overdue that's not in the QA area?", st="overdue", areas=areas_except(9),
  expect=4, note="not area 9 = every other area")
q("negation", "show me everything Tom owns that isn't finished", owners=["tom-brennan"], expect=1)
q("negation", "Open actions not owned by Priya or Helen", owners=others("priya-shah", "helen-marsh"),
  expect=19, note="not Priya Shah or Helen Marsh = every other owner")
q("negation", "open recruitment & retention actions other than Sam's", areas=[10],
  owners=others("sam-whitfield"), expect=2, note="other than Sam Whitfield = every other owner")
q("negation", "Which of the Nov committee actions are not complete?", meeting=NOV, st="outstanding",
  expect=6, note="status said (not complete = outstanding)")

# ---------------------------------------------------------------- periods
q("periods", "What's due this financial year?", **FY21, expect=20)
q("periods", "what have we got due next quarter", **Q2_22, expect=6)
q("periods", "Anything due this quarter?", **Q1_22, expect=15,
  note="this quarter = Jan-Mar 2022, the two January ones included")
q("periods", "What needs doing before Easter?", dbefore="2022-04-17", expect=20)
q("periods", "whats due after easter", dfrom="2022-04-18", expect=10)
q("periods", "What's due in the next 10 weeks?", dfrom="2022-02-01", dto="2022-04-12", expect=13)
q("periods", "Which actions fall due between May and July?", dfrom="2022-05-01", dto="2022-07-31",
  expect=8)
q("periods", "What's due in April?", dfrom="2022-04-01", dto="2022-04-30", expect=1)
q("periods", "anything due in the tail end of March?", dfrom="2022-03-21", dto="2022-03-31", expect=11)
q("periods", "What was due last month?", dfrom="2022-01-01", dto="2022-01-31", expect=2)
q("periods", "Which actions were due over Christmas and still aren't done?", dfrom="2021-12-24",
  dto="2022-01-02", expect=5, note="over Christmas = 24 Dec 2021 to 2 Jan 2022")
q("periods", "whats due in the second half of June", dfrom="2022-06-16", dto="2022-06-30", expect=5)
q("periods", "Anything due between mid-April and the end of May?", dfrom="2022-04-15",
  dto="2022-05-31", expect=1)
q("periods", "Which of the December deadlines did we actually complete?", st="complete",
  dfrom="2021-12-01", dto="2021-12-31", expect=1, note="December = December 2021, the one just gone")
q("periods", "w/c 28 Feb - anything due that week?", dfrom="2022-02-28", dto="2022-03-06", expect=2)

# ---------------------------------------------------------------- wordforms
q("wordforms", "wots overdue m8", st="overdue", expect=7)
q("wordforms", "lifestory stuff outstandng?", areas=[7], expect=4)
q("wordforms", "any QA bits still open", areas=[9], expect=6)
q("wordforms", "recruitmnt & retention - open items?", areas=[10], expect=4)
q("wordforms", "actions for Prya Shah", owners=["priya-shah"], expect=4)
q("wordforms", "perm planning – whats left?", areas=[6], expect=2)
q("wordforms", "CLA actions still live?", areas=[11], expect=3)
q("wordforms", "RHI actions outstanding", areas=[5], expect=2)
q("wordforms", "Which life-story actions have gone past their deadline?", areas=[7], st="overdue",
  expect=1)
q("wordforms", "is anything stuck?", st="blocked", expect=1)
q("wordforms", "anythin due b4 end of feb??", dto="2022-02-28", expect=9,
  note="by end of Feb = due on or before 28 Feb, overdue included")
q("wordforms", "partnership wrk - anything open", areas=[12], expect=1)
q("wordforms", "hmless 16/17 yr olds – what's open", areas=[3], expect=2)
q("wordforms", "mgmt oversight open actions", areas=[8], expect=0)
q("wordforms", "Which of Helen's are in progess?", owners=["helen-marsh"], st="in_progress", expect=5)

# ---------------------------------------------------------------- deliverables
q("deliverables", "Where are we with the re-referrals report for members?", st="all",
  rx=r"re-referral", expect=1)
q("deliverables", "Has the January staff survey happened yet?", st="all",
  rx=r"January 2022 staff survey", expect=1)
q("deliverables", "how's the electronic workbook project going", st="all", rx=r"workbook", expect=1)
q("deliverables", "did the new pay offer for social workers go through?", st="all",
  rx=r"pay and reward", expect=1)
q("deliverables", "any update on the housing protocol with the districts and boroughs?", st="all",
  rx=r"housing protocol", expect=1)
q("deliverables", "what's the status on keeping PEPs up to date?", st="all",
  rx=r"personal education plans", expect=1)
q("deliverables", "Is the new starters induction programme done?", st="all", rx=r"induction",
  expect=1)
q("deliverables", "the IHA timeliness work with health - how's it going?", st="all",
  rx=r"initial health assessments", expect=1)
q("deliverables", "did members ever get sent that 'you said, we did' example?", st="all",
  rx=r"You said", expect=1)
q("deliverables", "how are we getting on with making sure kids with an adoption plan have their book before the order is made?",
  st="all", rx=r"adoption order", expect=1)
q("deliverables", "Has the work to cut agency reliance in the MASH moved on at all?", st="all",
  rx=r"reliance on agency", expect=1)
q("deliverables", "where are we on rolling out family safeguarding in the assessment teams?",
  st="all", rx=r"family safeguarding", expect=1)
q("deliverables", "is the Mosaic plan template live yet", st="all", rx=r"template in Mosaic",
  expect=1)
q("deliverables", "Did the awareness campaign aimed at schools and GPs ever go out?", st="all",
  rx=r"awareness campaign", expect=1)
q("deliverables", "the procedures manual going online - where's that at?", st="all",
  rx=r"procedures", expect=1)

# ---------------------------------------------------------------- facts
q("facts", "Who owns 9.3?", intent="action_detail", ref="9.3", fact="owner")
q("facts", "when's the neglect audit due?", intent="action_detail", ref="2.2", fact="due")
q("facts", "who leads on permanence?", areas=[6], fact="lead", expect=2)
q("facts", "How many actions are overdue?", st="overdue", fact="count", expect=7)
q("facts", "who's the lead for QA", areas=[9], fact="lead", expect=6)
q("facts", "How many actions has Helen got open?", owners=["helen-marsh"], fact="count", expect=7)
q("facts", "Who's responsible for the electronic workbooks?", intent="action_detail", ref="5.2",
  fact="owner")
q("facts", "When does the initial health assessments piece need to be done by?",
  intent="action_detail", ref="11.4", fact="due")
q("facts", "how many actions are complete in total", st="complete", fact="count", expect=20)
q("facts", "due date for action 4.3?", intent="action_detail", ref="4.3", fact="due")
q("facts", "Who is leading area 12", areas=[12], fact="lead", expect=1)
q("facts", "How many life story actions are still outstanding?", areas=[7], fact="count", expect=4)
q("facts", "who's got the PEP action?", intent="action_detail", ref="11.5", fact="owner")
q("facts", "When's the summer workforce report to committee due?", intent="action_detail",
  ref="10.5", fact="due")
q("facts", "how many actions does the plan have altogether?", st="all", fact="count", expect=50)

# ---------------------------------------------------------------- people
q("people", "What have Grace and Sam got between them?", owners=["grace-adeyemi", "sam-whitfield"],
  expect=5)
q("people", "What's on the Principal Social Worker's list?", owners=["grace-adeyemi"], expect=3)
q("people", "what's on my plate?", owners=["helen-marsh"], expect=7, **{"as": "helen-marsh"})
q("people", "Open actions in Priya's areas", leads=["priya-shah"], expect=6)
q("people", "what do the ADs own that's still open", owners=["ruth-okafor", "tom-brennan"], expect=6)
q("people", "anything sitting with the Cabinet Member?", owners=["jo-pearce"], expect=1)
q("people", "which of mine are overdue", owners=["daniel-cross"], st="overdue", expect=2,
  **{"as": "daniel-cross"})
q("people", "what's open across the areas Tom leads", leads=["tom-brennan"], expect=5)
q("people", "Virtual School Head - what are they on the hook for?", owners=["anita-rao"], expect=1)
q("people", "show me everything outstanding in the areas I lead", leads=["ruth-okafor"], expect=9,
  **{"as": "ruth-okafor"})
q("people", "what's the head of fostering got outstanding", owners=["leo-fitzgerald"], expect=1)
q("people", "Helen, Grace and Anita's actions pls", owners=["helen-marsh", "grace-adeyemi", "anita-rao"],
  expect=11)
q("people", "does the democratic services officer own anything open?", owners=["chris-dunn"], expect=0)
q("people", "What has Morgan Hale ever owned on the plan?", owners=["morgan-hale"], st="all", expect=1)
q("people", "Transformation Director's open actions?", owners=["daniel-cross"], expect=5)

# ---------------------------------------------------------------- combined
q("combined", "overdue actions for Helen in QA", owners=["helen-marsh"], areas=[9], st="overdue",
  expect=1)
q("combined", "Ruth's life story actions that are in progress", owners=["ruth-okafor"], areas=[7],
  st="in_progress", expect=1)
q("combined", "what's Priya got due before Easter that isn't done", owners=["priya-shah"],
  dbefore="2022-04-17", expect=2)
q("combined", "not started actions due by the end of March", st="not_started", dto="2022-03-31",
  expect=6)
q("combined", "In progress workforce actions due next quarter?", areas=[10], st="in_progress", **Q2_22,
  expect=1)
q("combined", "Are any of Helen's audits overdue?", owners=["helen-marsh"], rx=r"audit", st="overdue",
  expect=1)
q("combined", "Is Daniel late with any report he owes committee members?", owners=["daniel-cross"],
  rx=r"report", st="overdue", expect=1)
q("combined", "Which of Grace's are due in March and still open?", owners=["grace-adeyemi"],
  dfrom="2022-03-01", dto="2022-03-31", expect=2)
q("combined", "overdue stuff in Ruth's areas", leads=["ruth-okafor"], st="overdue", expect=2)
q("combined", "helen's not started ones due this quarter", owners=["helen-marsh"], st="not_started",
  **Q1_22, expect=2)
q("combined", "In-progress actions in the Deputy Director's areas due after Easter",
  leads=["priya-shah"], st="in_progress", dfrom="2022-04-18", expect=1)
q("combined", "Open actions involving the Improvement Board that are due this FY",
  rx=r"Improvement Board", **FY21, expect=4)
q("combined", "Anything of Sam's in recruitment due in Feb?", owners=["sam-whitfield"], areas=[10],
  dfrom="2022-02-01", dto="2022-02-28", expect=1)
q("combined", "overdue QA or recording actions", areas=[5, 9], st="overdue", expect=4)
q("combined", "what's in progress for Daniel due by end of April", owners=["daniel-cross"],
  st="in_progress", dto="2022-04-30", expect=2)

# ---------------------------------------------------------------- chatter
q("chatter", "Morning! Hope you had a good weekend. Could you pull up what's overdue for Tom?",
  owners=["tom-brennan"], st="overdue", expect=1)
q("chatter", "Thanks so much, that's really helpful 😊", intent="unknown", whyx="Thanks alone")
q("chatter", "hiya 👋", intent="help", whyx="Greeting alone")
q("chatter", "sorry, me again – which of the permanence actions are still outstanding?", areas=[6],
  expect=2)
q("chatter", "Asking on behalf of Cllr Pearce: she'd like to know what's still open from the January committee",
  meeting=JAN, st="outstanding", expect=4, note="status said (still open)")
q("chatter", "Just back from leave, mad week. Has anything of mine gone overdue?",
  owners=["helen-marsh"], st="overdue", expect=2, **{"as": "helen-marsh"})
q("chatter", "Great news, the monitoring visit went really well! Can you give me an overview of the whole plan for the debrief?",
  intent="summary", whyx="Overview of the whole plan")
q("chatter", "Hello again :) quick one - what's due in March?", dfrom="2022-03-01", dto="2022-03-31",
  expect=11)
q("chatter", "Right, I'm off. Have a good weekend all", intent="unknown", whyx="Sign-off alone")
q("chatter", "Priya asked me to check what she has due this quarter", owners=["priya-shah"], **Q1_22,
  expect=2)
q("chatter", "Cheers for earlier. One more - who owns the BPG report on unallocated cases?",
  intent="action_detail", ref="8.4", fact="owner")
q("chatter", "Apologies for the late ask, Grace's team want to know when the online procedures manual is due",
  intent="action_detail", ref="1.4", fact="due")
q("chatter", "is it me or is Teams really slow today?", intent="unknown", whyx="Off-topic small talk")
q("chatter", "Morning all, Ruth's off sick so I'm covering - what's she got overdue?",
  owners=["ruth-okafor"], st="overdue", expect=2)
q("chatter", "Brilliant, thank you! Also did the management assessment programme ever get finished?",
  st="all", rx=r"management assessment", expect=1)

# ---------------------------------------------------------------- meetings
q("meetings", "What actions came out of the November select committee?", meeting=NOV, st="all", expect=7)
q("meetings", "Of the actions from the last committee, which are overdue?", meeting=JAN, st="overdue",
  expect=1, note="last committee = 12 January 2022")
q("meetings", "Can you list the actions arising from item 42?", meeting=JAN, st="all", expect=4)
q("meetings", "what did the October 2019 meeting ask us to do", meeting=OCT19, st="all", expect=11)
q("meetings", "Were any actions set at the June 2019 committee?", meeting="cypssc-2019-06-19",
  st="all", expect=0)
q("meetings", "How many of the workforce item actions have been completed?", meeting=NOV,
  st="complete", fact="count", expect=1, note="workforce item = item 23, 10 November 2021")
q("meetings", "Clerk query: the action at 42.2 to send round the latest statutory visits figures - has that happened?",
  meeting=JAN, st="all", rx=r"performance information", expect=1)
q("meetings", "who's the owner of the CP statutory visits briefing members asked for in January?",
  intent="action_detail", ref="9.6", fact="owner")
q("meetings", "when is the IT simplification update due back to committee?", intent="action_detail",
  ref="1.5", fact="due")
q("meetings", "What did we promise the committee from the life story discussion in 2019?",
  meeting=OCT19, areas=[7], st="all", expect=5)
q("meetings", "members want to know which of the Jan meeting actions are in progress", meeting=JAN,
  st="in_progress", expect=2)
q("meetings", "Has resolution 39.8.4 (options for the BPG on hearing staff and partner voices) been dealt with?",
  meeting=OCT19, st="all", rx=r"voices", expect=1)
q("meetings", "What's still outstanding from the October 2019 meeting?", meeting=OCT19,
  st="outstanding", expect=5, note="status said (still outstanding)")
q("meetings", "List the November committee actions that Daniel owns", meeting=NOV,
  owners=["daniel-cross"], st="all", expect=3)
q("meetings", "minute 23.3.4 - keeping members posted on partners in buildings early help is leaving. who's got that one?",
  intent="action_detail", ref="12.4", fact="owner")
