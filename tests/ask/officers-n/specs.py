# Evaluation questions for Improvement Tracker (set n): 150 questions, 15 per kind.
# Labelled by build.py from /work/shared/fixtures/children-first.json ("today" = Tuesday 2022-02-01,
# Europe/London); no action id is typed here. Written without reading the bot's code or running it.
#
# Conventions carried over from sets k and m (as their headers state them):
# - A list question with no status word lists outstanding actions (not_started, in_progress,
#   blocked). "Open / left / still to do / not yet complete / on my plate" = outstanding;
#   "done / finished / completed" = complete; "on hold / stuck" = blocked; "late / slipped /
#   o/d / past its date" = overdue; "not started / nobody has made a start" = not_started.
# - A question that names one piece of work is a deliverable: that one action whatever its
#   status (st="all" with an rx that selects exactly it), even when its name holds an area word.
# - "Who leads on <area>" = fact lead; its actionIds are that area's outstanding actions.
#   "How many ..." with no status counts outstanding actions.
# - A meeting question with no status word lists every status; with a status word, that status.
#   A meeting's item title ("Children We Care For", "Workforce") names the meeting, not an area.
# - "CP" / "child protection" on its own is a topic (rx), not area 4. A job title that holds an
#   area word ("AD Corporate Parenting", "Head of QA") names the person, not the area.
# - Exclusions of people / areas are written as every other person / area (helpers below).
# - Greeting alone = help; "what can you do" = help; thanks, sign-offs and off-topic small talk
#   alone = unknown. A question wrapped in small talk is labelled as the question.
# - Someone asking on behalf of another person is labelled for the person named.
#
# New conventions decided for this set:
# - Periods. "By / before X" with no "from now" keeps overdue actions in; "between now and X",
#   "the rest of X", "the next N days/weeks/months" start today and leave overdue out.
#   "The next N weeks" ends today + 7N days (8 weeks -> 2022-03-29); "the next 30 days" ends
#   2022-03-03. "This financial year" = 2021-04-01..2022-03-31; "the first quarter of the new
#   financial year" = April-June 2022. "Spring term" = West Sussex school spring term 2022,
#   4 January-8 April; "February half term" starts Monday 21 February 2022. "Easter" = Sunday
#   17 April 2022 (not used for a boundary here). "Christmas" = 25 December (2022 for future
#   questions, 2021 for "since Christmas"). "Since Christmas ... fallen due" = due 2021-12-25 up
#   to yesterday. "The autumn" = September-November 2022. "Second half of 2022" = July-December
#   2022. "The last three months of 2021" = October-December 2021. "Next week" = Monday 7 to
#   Sunday 13 February 2022. "w/c D" = D to D+6. Month ranges include both end months.
# - RAG "red" = overdue or blocked (DESIGN.md); the one blocked action is also overdue, so red
#   = the overdue list.
# - Abbreviations read from the plan's own text: LAC = looked-after children = area 11 (whose
#   keywords hold "children looked after" and "CLA"); CiC = children in care; PEP = personal
#   education plan (11.5); IRO = independent reviewing officer (4.2); SW = social worker;
#   TM = team manager; F2A = foster-to-adopt (6.1); BPG = Business Planning Group; RHI = return
#   home interview; DCS / Exec Director = Morgan Hale (Executive Director of Children, Young People
#   and Learning, the seeds' Director of Children's Services); PSW = Grace Adeyemi; "permanency" =
#   permanence; American spellings ("program", "scrutinizing") read as their British forms.
# - "Weren't set by the committee" / "came from the plan itself" = actions whose source is the
#   plan, written meeting=None.
# - A minute number below item level (39.4, 39.6, 42.3.2, 23.3.4) selects the actions whose
#   source minute is that number; the labeller has no minute filter, so these use the meeting
#   plus an rx that picks exactly those actions (each carries a note).
# - "Areas 9 and 10" / "area 1": a bare number after "area" is the area number, never an action ref.

NOV, JAN, OCT19 = "cypssc-2021-11-10", "cypssc-2022-01-12", "cypssc-2019-10-09"
TODAY_ = "2022-02-01"


def all_but(*ids):
    """Every person except the ones named."""
    return [p for p in PEOPLE if p not in ids]


def areas_except(*nums):
    """Every area number except the ones named."""
    return [n for n in sorted(AREAS) if n not in nums]


ONE = "one named deliverable, whatever its status"

# ---------------------------------------------------------------- ordinary
K = "ordinary"
q(K, "return home interviews - anything left to do?", areas=[5], expect=2)
q(K, "list ruth okafor's open items", owners=["ruth-okafor"], expect=5)
q(K, "anything in progress?", st="in_progress", expect=20)
q(K, "anything falling due in june?", dfrom="2022-06-01", dto="2022-06-30", expect=5)
q(K, "what's still to do for homeless 16 and 17 year olds", areas=[3], expect=2)
q(K, "what's left under area 1?", areas=[1], expect=2, note="area 1 = Practice infrastructure")
q(K, "neglect actions - all of them, finished ones too", st="all", areas=[2], expect=3)
q(K, "what's overdue in life story?", st="overdue", areas=[7], expect=1)
q(K, "has grace got anything on?", owners=["grace-adeyemi"], expect=3)
q(K, "which corporate parenting actions are complete?", st="complete", areas=[11], expect=3)
q(K, "next month's deadlines?", dfrom="2022-03-01", dto="2022-03-31", expect=11,
  note="next month = March 2022")
q(K, "what's outstanding across neglect, private fostering and quality of plans", areas=[2, 3, 4], expect=6)
q(K, "open actions for areas 9 and 10", areas=[9, 10], expect=10)
q(K, "which actions are red on the RAG?", st="overdue", expect=7,
  note="red = overdue or blocked; the blocked action (6.3) is also overdue")
q(K, "is there anything still with Tom Brennan?", owners=["tom-brennan"], expect=1)

# ---------------------------------------------------------------- negation
K = "negation"
q(K, "what's not yet complete in corporate parenting?", areas=[11], expect=3)
q(K, "which ones has nobody made a start on?", st="not_started", expect=9)
q(K, "anything on permanence that isn't blocked?", st="not_blocked", areas=[6], expect=1)
q(K, "QA actions that aren't overdue", st="not_overdue", areas=[9], expect=3)
q(K, "in Ruth's areas, what's open that isn't hers?", leads=["ruth-okafor"], owners=all_but("ruth-okafor"),
  expect=5, note="Ruth leads areas 6, 7, 11; not hers = every other owner")
q(K, "which open actions weren't set by the committee?", meeting=None, expect=15,
  note="not set by the committee = source is the plan itself (no meeting)")
q(K, "what's not started and not overdue yet?", st="not_started", dfrom=TODAY_, expect=7,
  note="not overdue = due today or later")
q(K, "which of Daniel's open actions aren't in quality assurance?", owners=["daniel-cross"],
  areas=areas_except(9), expect=4, note="not QA = every area but 9")
q(K, "what's still open that has nothing to do with child protection?", rx=r"^(?!.*child protection)",
  expect=26, note="outstanding actions whose title/measure does not mention child protection")
q(K, "not counting the cabinet member's, what's left from the november committee?", meeting=NOV,
  owners=all_but("jo-pearce"), expect=5, note="not the Cabinet Member = every other owner")
q(K, "anything on life story that isn't in progress?", st=["not_started", "blocked"], areas=[7], expect=1,
  note="outstanding but not in progress = not started or blocked")
q(K, "which completed actions weren't Priya's?", st="complete", owners=all_but("priya-shah"), expect=15,
  note="not Priya = every other owner")
q(K, "recruitment and retention actions that Sam isn't doing", areas=[10], owners=all_but("sam-whitfield"),
  expect=2, note="not Sam = every other owner")
q(K, "show me everything except what's been completed", expect=30,
  note="no action is cancelled, so everything but complete = outstanding")
q(K, "is there anything Helen hasn't started on yet?", st="not_started", owners=["helen-marsh"], expect=2)

# ---------------------------------------------------------------- periods
K = "periods"
q(K, "everything that was due this financial year, done or not", st="all", dfrom="2021-04-01",
  dto="2022-03-31", expect=27, note="this financial year = 1 April 2021 to 31 March 2022, every status")
q(K, "what's due before feb half term?", dbefore="2022-02-21", expect=7,
  note="half term starts 21 Feb 2022; 'before' keeps overdue in, and nothing else falls before it")
q(K, "what's due from march through to may", dfrom="2022-03-01", dto="2022-05-31", expect=12)
q(K, "anything with a deadline in the next 30 days?", dfrom=TODAY_, dto="2022-03-03", expect=2,
  note="today to 3 March 2022, overdue left out")
q(K, "what has to be finished by end of june?", dto="2022-06-30", expect=26,
  note="by 30 June 2022, overdue included")
q(K, "what have we got due w/c 27th june", dfrom="2022-06-27", dto="2022-07-03", expect=5)
q(K, "what's fallen due since christmas and isn't done?", dfrom="2021-12-25", dbefore=TODAY_, expect=7,
  note="since Christmas 2021 up to yesterday; the 31 December actions count")
q(K, "what's left for the rest of the spring term?", dfrom=TODAY_, dto="2022-04-08", expect=13,
  note="spring term ends 8 April 2022; 'the rest of' starts today, overdue left out")
q(K, "anything due in the autumn?", dfrom="2022-09-01", dto="2022-11-30", expect=1,
  note="autumn 2022 = September to November")
q(K, "what's due in the second half of 2022?", dfrom="2022-07-01", dto="2022-12-31", expect=4)
q(K, "which actions had deadlines in the last three months of 2021, whatever their status?", st="all",
  dfrom="2021-10-01", dto="2021-12-31", expect=8)
q(K, "what comes due in the coming eight weeks?", dfrom=TODAY_, dto="2022-03-29", expect=2,
  note="8 weeks = to 29 March 2022; the March actions fall on the 31st, just outside")
q(K, "what's due on 31/03/2022?", dfrom="2022-03-31", dto="2022-03-31", expect=11)
q(K, "anything due in the first quarter of the new financial year?", dfrom="2022-04-01", dto="2022-06-30",
  expect=6, note="Q1 of 2022/23 = April to June 2022")
q(K, "from today until christmas, what's due?", dfrom=TODAY_, dto="2022-12-25", expect=23,
  note="today to 25 December 2022, overdue left out")

# ---------------------------------------------------------------- wordforms
K = "wordforms"
q(K, "any CP actions outstanding?", rx=r"child protection", expect=4, note="CP = child protection, a topic")
q(K, "IRO training - where's it at?", st="all", rx=r"\bIROs\b", expect=1,
  note=ONE + "; IRO = independent reviewing officer")
q(K, "LAC and care leavers - anything still open?", areas=[11], expect=3,
  note="LAC = looked-after children; with care leavers = area 11 (keywords 'children looked after', 'CLA', 'care leavers')")
q(K, "PEPs for CiC - is that on track", st="all", rx=r"personal education", expect=1,
  note=ONE + "; PEP = personal education plan, CiC = children in care")
q(K, "recruiting and retaining SWs - whats open", areas=[10], expect=4)
q(K, "safegaurding model in assesment teams - live yet?", st="all", rx=r"family safeguarding", expect=1,
  note=ONE)
q(K, "neglect n private fostering, wots left", areas=[2, 3], expect=4)
q(K, "mgmt assessment program for TMs - finished?", st="all", rx=r"management assessment", expect=1,
  note=ONE + "; program = programme, TMs = team managers")
q(K, "scrutinizing the unallocated case lists - is that done", st="all", rx=r"daily lists", expect=1,
  note=ONE + "; the daily-lists action (8.3), not the report on unallocated cases (8.4)")
q(K, "anything outstanding on permanency?", areas=[6], expect=2, note="permanency = permanence")
q(K, "whats in progess for the PSW", st="in_progress", owners=["grace-adeyemi"], expect=2)
q(K, "return home interveiws - whats open", areas=[5], expect=2)
q(K, "which audits are still outstanding", rx=r"audit", expect=4)
q(K, "anything open on mosiac?", rx=r"Mosaic", expect=1, note="mosiac = Mosaic, the case recording system")
q(K, "whats o/d for the AD corporate parenting", st="overdue", owners=["ruth-okafor"], expect=2,
  note="AD Corporate Parenting = Ruth Okafor (the person, not area 11)")

# ---------------------------------------------------------------- deliverables
K = "deliverables"
q(K, "did the delivery model work to cut transfer points ever get finished?", st="all",
  rx=r"delivery model", expect=1, note=ONE)
q(K, "neglect toolkit roll-out - did every frontline team get trained?", st="all", rx=r"toolkit",
  expect=1, note=ONE)
q(K, "where's the audit of private fostering assessments up to?", st="all",
  rx=r"private fostering assessments", expect=1, note=ONE)
q(K, "how's the co-production of plans with children and families going", st="all",
  rx=r"Co-produce plans", expect=1, note=ONE)
q(K, "was the return home interview template ever revised?", st="all",
  rx=r"return home interview template", expect=1, note=ONE)
q(K, "is life story work being recorded in mosaic yet?", st="all", rx=r"Record life story", expect=1,
  note=ONE)
q(K, "the quarterly life story audits - have they started?", st="all",
  rx=r"audits of the quality and timeliness of life story", expect=1, note=ONE)
q(K, "where did we land with the supervision policy and the monthly compliance reports?", st="all",
  rx=r"Supervision policy", expect=1, note=ONE)
q(K, "did the BPG ever get that short report on unallocated cases?", st="all",
  rx=r"short report on unallocated", expect=1, note=ONE + "; the report (8.4), not the daily lists (8.3)")
q(K, "has the QA framework been approved by the improvement board yet", st="all",
  rx=r"quality assurance framework", expect=1, note=ONE)
q(K, "are we including CP performance in every improvement update like members asked?", st="all",
  rx=r"child protection performance in each", expect=1,
  note=ONE + "; the standing update (9.4), not the statutory visits items (9.5, 9.6)")
q(K, "did all the corporate parents get their training?", st="all", rx=r"training for all corporate parents",
  expect=1, note=ONE)
q(K, "have young people got seats on the corporate parenting board now?", st="all",
  rx=r"Corporate Parenting Board", expect=1, note=ONE)
q(K, "options for hearing staff and partner voices - did that go to the BPG?", st="all",
  rx=r"voices of staff", expect=1, note=ONE)
q(K, "the strategy co-production with partners and youth groups - was the strategic intent launched?",
  st="all", rx=r"Co-produce the Children First Strategy", expect=1,
  note=ONE + "; the co-production (12.1), not the committee preview (12.2)")

# ---------------------------------------------------------------- facts
K = "facts"
q(K, "who's down to update members on simplifying IT?", intent="action_detail", ref="1.5", fact="owner")
q(K, "when's the SW recruitment campaign meant to finish?", intent="action_detail", ref="10.2", fact="due")
q(K, "who's the area lead for neglect?", areas=[2], fact="lead", expect=2)
q(K, "who's the lead for recording and RHIs?", areas=[5], fact="lead", expect=2, note="RHI = return home interview")
q(K, "what's the number of not-started actions?", st="not_started", fact="count", expect=9)
q(K, "how many actions does Priya own in total, including finished ones?", st="all", owners=["priya-shah"],
  fact="count", expect=9)
q(K, "12.4 - whose is it?", intent="action_detail", ref="12.4", fact="owner")
q(K, "due date for 10.3?", intent="action_detail", ref="10.3", fact="due")
q(K, "when was 3.1 supposed to be done by?", intent="action_detail", ref="3.1", fact="due")
q(K, "who's accountable for area 9?", areas=[9], fact="lead", expect=6, note="area 9 = Quality assurance")
q(K, "how many open actions are there on life story work?", areas=[7], fact="count", expect=4)
q(K, "number of deadlines in june?", dfrom="2022-06-01", dto="2022-06-30", fact="count", expect=5)
q(K, "who owns the monthly caseload report to the improvement board", intent="action_detail", ref="9.2",
  fact="owner")
q(K, "which AD leads corporate parenting?", areas=[11], fact="lead", expect=3,
  note="'AD' asks for a person; it does not filter")
q(K, "who's responsible for the F2A placements?", intent="action_detail", ref="6.1", fact="owner",
  note="F2A = foster-to-adopt")

# ---------------------------------------------------------------- people
K = "people"
q(K, "what's on leo's list, finished or not?", st="all", owners=["leo-fitzgerald"], expect=3)
q(K, "anything on Anita Rao's plate?", owners=["anita-rao"], expect=1)
q(K, "anything still sat with me?", owners=["priya-shah"], expect=4, **{"as": "priya-shah"})
q(K, "anything of mine due in feb?", owners=["sam-whitfield"], dfrom="2022-02-01", dto="2022-02-28",
  expect=1, **{"as": "sam-whitfield"})
q(K, "Tom and Leo - what are they each working on?", owners=["tom-brennan", "leo-fitzgerald"], expect=2)
q(K, "what's open across the areas i'm lead for?", leads=["tom-brennan"], expect=5, **{"as": "tom-brennan"})
q(K, "everything Grace owns, including the done ones", st="all", owners=["grace-adeyemi"], expect=5)
q(K, "show me Cllr Pearce's actions", owners=["jo-pearce"], expect=1)
q(K, "actions owned by Priya or Daniel", owners=["priya-shah", "daniel-cross"], expect=9)
q(K, "Helen, Grace and Sam - what's open for the three of them?",
  owners=["helen-marsh", "grace-adeyemi", "sam-whitfield"], expect=12)
q(K, "which of Helen's actions are in areas Priya leads?", owners=["helen-marsh"], leads=["priya-shah"],
  expect=2, note="Priya leads areas 1, 2, 4, 8")
q(K, "what am I responsible for?", owners=["anita-rao"], expect=1, **{"as": "anita-rao"})
q(K, "what's in the transformation director's areas?", leads=["daniel-cross"], expect=10,
  note="the areas Daniel Cross leads (9, 10), whoever owns the actions")
q(K, "have I let anything slip past its due date?", st="overdue", owners=["ruth-okafor"], expect=2, **{"as": "ruth-okafor"})
q(K, "what's the DCS got on the plan, done or not?", st="all", owners=["morgan-hale"], expect=1,
  note="DCS = Morgan Hale, Executive Director of Children, Young People and Learning")

# ---------------------------------------------------------------- combined
K = "combined"
q(K, "Priya's not-started QA actions due in March", st="not_started", owners=["priya-shah"], areas=[9],
  dfrom="2022-03-01", dto="2022-03-31", expect=1)
q(K, "helen's in-progress audits due by the end of feb", st="in_progress", owners=["helen-marsh"],
  rx=r"audit", dto="2022-02-28", expect=2, note="by 28 February, overdue included")
q(K, "Daniel's not started ones from the november committee", st="not_started", owners=["daniel-cross"],
  meeting=NOV, expect=3)
q(K, "in-progress actions in Priya's areas due by end of June", st="in_progress", leads=["priya-shah"],
  dto="2022-06-30", expect=4, note="Priya leads areas 1, 2, 4, 8; whoever owns the actions")
q(K, "overdue actions that nobody's started", st="not_started", dbefore=TODAY_, expect=2)
q(K, "Grace's life story or practice infrastructure actions due in March", owners=["grace-adeyemi"],
  areas=[1, 7], dfrom="2022-03-01", dto="2022-03-31", expect=2)
q(K, "Sam's recruitment and retention actions due in Feb", owners=["sam-whitfield"], areas=[10],
  dfrom="2022-02-01", dto="2022-02-28", expect=1)
q(K, "Ruth's in-progress ones due after the end of the financial year", st="in_progress",
  owners=["ruth-okafor"], dfrom="2022-04-01", expect=2)
q(K, "not-started ones for Helen with a jan-mar deadline", st="not_started", owners=["helen-marsh"],
  dfrom="2022-01-01", dto="2022-03-31", expect=2, note="jan-mar = January to March 2022")
q(K, "blocked permanence actions owned by Ruth", st="blocked", owners=["ruth-okafor"], areas=[6], expect=1)
q(K, "corporate parenting work that's underway and due in june", st="in_progress", areas=[11],
  dfrom="2022-06-01", dto="2022-06-30", expect=1)
q(K, "completed actions owned by Leo in life story or corporate parenting", st="complete",
  owners=["leo-fitzgerald"], areas=[7, 11], expect=1)
q(K, "which of Daniel's in-progress actions are overdue", st="in_progress", owners=["daniel-cross"],
  dbefore=TODAY_, expect=1)
q(K, "in progress QA and recruitment actions due in march", st="in_progress", areas=[9, 10],
  dfrom="2022-03-01", dto="2022-03-31", expect=3)
q(K, "overdue actions in Ruth's areas that she owns herself", st="overdue", owners=["ruth-okafor"],
  leads=["ruth-okafor"], expect=1, note="Ruth's 9.5 is overdue but sits in area 9, which Daniel leads")

# ---------------------------------------------------------------- meetings
K = "meetings"
q(K, "what came out of minute 39?", st="all", meeting=OCT19, expect=11, note="item 39 = October 2019 committee")
q(K, "whose name is against 42.3.2?", intent="action_detail", ref="11.4", fact="owner",
  note="resolution 42.3.2 (initial health assessments) = 11.4")
q(K, "when's the 23.3.1 report due?", intent="action_detail", ref="10.5", fact="due",
  note="resolution 23.3.1 (summer 2022 workforce report) = 10.5")
q(K, "which november actions has Sam got?", st="all", meeting=NOV, owners=["sam-whitfield"], expect=1)
q(K, "anything from the children we care for meeting due in march?", st="all", meeting=JAN,
  dfrom="2022-03-01", dto="2022-03-31", expect=1,
  note="'Children We Care For' is item 42's title, so the January 2022 meeting, not area 11")
q(K, "the BPG actions from 2019", st="all", meeting=OCT19, rx=r"BPG|Business Planning Group", expect=2,
  note="only the October 2019 meeting set actions in 2019")
q(K, "how many actions did the jan committee set?", st="all", meeting=JAN, fact="count", expect=4)
q(K, "what's happening on resolution 23.3.4?", st="all", meeting=NOV, rx=r"buildings", expect=1,
  note="23.3.4 = partners in buildings early help is withdrawing from (12.4)")
q(K, "what came out of 39.6?", st="all", meeting=OCT19, rx=r"Mosaic|thematic audits|observe", expect=3,
  note="minute 39.6 = 7.2, 7.3, 7.5")
q(K, "what did the committee ask for under 39.4?", st="all", meeting=OCT19, rx=r"unallocated|agency",
  expect=3, note="minute 39.4 = 8.3, 8.4, 10.3")
q(K, "what did the select committee ask Ruth to do in january?", st="all", meeting=JAN,
  owners=["ruth-okafor"], expect=2)
q(K, "anything from the 12/01/22 meeting that leo's doing?", st="all", meeting=JAN,
  owners=["leo-fitzgerald"], expect=1)
q(K, "action lines from the workforce minutes that haven't started", st="not_started", meeting=NOV, expect=4)
q(K, "from the oct 19 committee, what's in progress?", st="in_progress", meeting=OCT19, expect=4,
  note="oct 19 = October 2019, the only October meeting")
q(K, "how many of the october 2019 actions are still open?", meeting=OCT19, fact="count", expect=5)

# ---------------------------------------------------------------- chatter
K = "chatter"
q(K, "good afternoon", intent="help", whyx="Greeting alone")
q(K, "ta very much", intent="unknown", whyx="Thanks alone")
q(K, "hello! what sort of things can I ask you?", intent="help", whyx="Greeting and asks what the bot can do")
q(K, "afternoon all, hope the monitoring visit went ok - what's outstanding for tom?",
  owners=["tom-brennan"], expect=1)
q(K, "lovely sunny one today ☀️ who's got 9.2?", intent="action_detail", ref="9.2", fact="owner")
q(K, "thanks - and what about permanence?", areas=[6], expect=2)
q(K, "Morning, Chris from democratic services here, drafting the action log for the November meeting - "
     "can you list everything it agreed?", st="all", meeting=NOV, expect=7, **{"as": "chris-dunn"})
q(K, "ugh mosaic is down again 🙄 anyway is the life story recording in mosaic still overdue?", st="all",
  rx=r"Record life story", expect=1, note=ONE)
q(K, "lovely to see everyone at the away day! how many actions have we got in progress?",
  st="in_progress", fact="count", expect=20)
q(K, "is the car park at county hall still shut?", intent="unknown", whyx="Off-topic small talk")
q(K, "sorry to be a pain, Cllr Pearce wants to know what she's down for", owners=["jo-pearce"], expect=1)
q(K, "thanks! one more: anything due next week?", dfrom="2022-02-07", dto="2022-02-13", expect=0,
  note="next week = 7-13 February 2022; nothing falls due, a real empty list")
q(K, "hiya, just started as PSW - what am I down for?", owners=["grace-adeyemi"], expect=3,
  **{"as": "grace-adeyemi"})
q(K, "right, that's me done for the day, bye", intent="unknown", whyx="Sign-off alone")
q(K, "cheers for the help earlier. quick one: when's the fostering hub recruitment due?",
  intent="action_detail", ref="11.6", fact="due")
