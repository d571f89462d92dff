# Evaluation questions for Improvement Tracker (set k): 150 questions, 15 per kind.
# Labelled by build.py from /work/shared/fixtures/children-first.json ("today" is 2022-02-01);
# no action id is typed here. Conventions are those in CONVENTIONS.txt, plus these decisions:
#
# - A question that names one specific piece of work is a deliverable (that one action, any
#   status) even when its name contains an area word ("the neglect audit", "the QA framework");
#   area labels are used only when the question asks about an area's actions in general.
# - "The last committee" = the most recent meeting before today (12 January 2022). "The autumn
#   2019 committee" = 9 October 2019 (the only one). Minute/item numbers map to their meeting:
#   item 23 = 10 November 2021 (workforce), item 42 = 12 January 2022 (Children We Care For).
#   The June 2019 meeting set no actions, so a question about its actions is a real empty list.
# - A meeting question that gives a date limit but no status ("had deadlines on or before the
#   end of March") keeps st="all" and applies the date limit.
# - Financial-year quarters: Q2 of 2022/23 = July-September 2022 (the question also says so).
# - "Between now and X" starts 2022-02-01 and leaves out overdue actions, like "the next N weeks".
#   "The next three months" runs to 2022-05-01. "Tomorrow" = 2022-02-02.
# - "What was due before Christmas" in the past tense = due before 25 December 2021.
# - "Completed ... that were due in 2019" uses the due date (completion dates are not recorded).
# - Word forms: "slipped / late / past its deadline / o/d" = overdue; "stuck / on hold" =
#   blocked; "finished / closed off / done" = complete; "in prog" = in_progress; "o/s / open /
#   got on / on the hook / on my list / on her plate / still to do" = outstanding;
#   "hasn't started / not kicked off" = not_started.
# - Job titles and abbreviations: PSW = Principal Social Worker (Grace Adeyemi); Head of QA and
#   Performance = Helen Marsh; Transformation Director = Daniel Cross; Deputy Director = Priya
#   Shah; Cabinet Member = Cllr Jo Pearce; Virtual School Head = Anita Rao; Head of Fostering =
#   Leo Fitzgerald; the ADs = Ruth Okafor and Tom Brennan.
# - "Actions with nobody assigned" is a real empty list (every action has an owner).
# - Pure small talk that is neither a greeting nor a request for help (thanks, sign-offs,
#   off-topic questions) = "unknown".
# - Exclusions of people or areas are written as owners= every other person / areas= every
#   other area (helpers below); each carries a note.

JUN19 = "cypssc-2019-06-19"


def others(*ids):
    """Every person except the ones named."""
    return [p for p in PEOPLE if p not in ids]


def other_areas(*nums):
    """Every area number except the ones named."""
    return [n for n in AREAS if n not in nums]


ADS = ["ruth-okafor", "tom-brennan"]
FY_END = "2022-03-31"
DELIV = "one named deliverable, whatever its status"

# ---------------------------------------------------------------- ordinary
K = "ordinary"
q(K, "What's outstanding on life story work?", areas=[7], expect=4)
q(K, "Can you show me Helen Marsh's actions?", owners=["helen-marsh"], expect=7)
q(K, "What's overdue?", st="overdue", expect=7)
q(K, "Anything due this month?", dfrom="2022-02-01", dto="2022-02-28", expect=2)
q(K, "What actions came out of the October 2019 committee?", st="all", meeting=OCT19, expect=11)
q(K, "Can I get a summary of where we are with the improvement plan?", intent="summary",
  whyx="Overview of the whole plan")
q(K, "What's left to do on recruitment and retention?", areas=[10], expect=4)
q(K, "What's on Daniel Cross's list?", owners=["daniel-cross"], expect=5)
q(K, "Show me the quality of plans actions", areas=[4], expect=2)
q(K, "What's coming up in March?", dfrom="2022-03-01", dto="2022-03-31", expect=11)
q(K, "what's still open for neglect", areas=[2], expect=2)
q(K, "Corporate parenting actions please", areas=[11], expect=3)
q(K, "What has Priya Shah got outstanding?", owners=["priya-shah"], expect=4)
q(K, "Is anything blocked?", st="blocked", expect=1)
q(K, "Any overdue actions in quality assurance?", st="overdue", areas=[9], expect=3)

# ---------------------------------------------------------------- negation
K = "negation"
q(K, "What's outstanding that isn't Helen's?", owners=others("helen-marsh"), expect=23,
  note="not Helen = every other owner")
q(K, "Show me the open actions excluding quality assurance", areas=other_areas(9), expect=24,
  note="excluding area 9 = every other area")
q(K, "Which of Ruth's actions aren't overdue?", st="not_overdue", owners=["ruth-okafor"], expect=3)
q(K, "What hasn't been started yet?", st="not_started", expect=9)
q(K, "Which open actions aren't blocked?", st="not_blocked", expect=29)
q(K, "Life story actions that aren't with Helen", areas=[7], owners=others("helen-marsh"), expect=3,
  note="not Helen = every other owner")
q(K, "Are there any actions with nobody assigned to them?", owners=[], expect=0,
  note="every action has an owner, so the list is really empty")
q(K, "Apart from Daniel's, what's overdue?", st="overdue", owners=others("daniel-cross"), expect=5,
  note="apart from Daniel = every other owner")
q(K, "Which actions have been completed, leaving out the ones that were due back in 2019?",
  st="complete", dfrom="2020-01-01", expect=14, note="leaving out 2019 = due on/after 2020-01-01")
q(K, "What's overdue but not blocked?", st=["not_started", "in_progress"], dbefore="2022-02-01",
  expect=6, note="overdue minus blocked = not started or in progress and due before today")
q(K, "Which of Priya's actions sit outside the areas she leads?", owners=["priya-shah"],
  areas=other_areas(1, 2, 4, 8), expect=3, note="Priya leads areas 1, 2, 4, 8; outside = every other area")
q(K, "Outstanding audits please, not counting private fostering", rx=r"audit",
  areas=other_areas(3), expect=3, note="not private fostering = every area but 3")
q(K, "Which open actions aren't due until April or later?", dfrom="2022-04-01", expect=10)
q(K, "Which of the ADs' outstanding actions aren't in progress?", owners=ADS,
  st=["not_started", "blocked"], expect=2, note="outstanding but not in progress = not started or blocked")
q(K, "What's due in March other than Priya's and Helen's?", dfrom="2022-03-01", dto="2022-03-31",
  owners=others("priya-shah", "helen-marsh"), expect=5, note="other than Priya and Helen = every other owner")

# ---------------------------------------------------------------- periods
K = "periods"
q(K, "What needs doing by the end of the financial year?", dto=FY_END, expect=20,
  note="by 31 March 2022, overdue included")
q(K, "What's due next quarter?", dfrom="2022-04-01", dto="2022-06-30", expect=6)
q(K, "What's due between now and Easter?", dfrom="2022-02-01", dto="2022-04-17", expect=13,
  note="from today, overdue left out")
q(K, "Anything due in the next six weeks?", dfrom="2022-02-01", dto="2022-03-15", expect=2)
q(K, "What falls due between April and July?", dfrom="2022-04-01", dto="2022-07-31", expect=9)
q(K, "What do we need to get done by the end of the month?", dto="2022-02-28", expect=9,
  note="by 28 February, overdue included")
q(K, "anything landing at the tail end of March?", dfrom="2022-03-21", dto="2022-03-31", expect=11)
q(K, "What was due back in December that's still open?", dfrom="2021-12-01", dto="2021-12-31", expect=5)
q(K, "What was due last month?", dfrom="2022-01-01", dto="2022-01-31", expect=2)
q(K, "What's due in July?", dfrom="2022-07-01", dto="2022-07-31", expect=3)
q(K, "anything due w/c 25th April?", dfrom="2022-04-25", dto="2022-05-01", expect=1)
q(K, "Which actions are due in the next financial year?", dfrom="2022-04-01", dto="2023-03-31", expect=10)
q(K, "What's due over the next three months?", dfrom="2022-02-01", dto="2022-05-01", expect=14)
q(K, "What was due before Christmas and still isn't done?", dbefore="2021-12-25", expect=0,
  note="before 25 December 2021; the December actions were due on the 31st, so really empty")
q(K, "What's due in Q2 of 22/23 (Jul-Sep)?", dfrom="2022-07-01", dto="2022-09-30", expect=4)

# ---------------------------------------------------------------- wordforms
K = "wordforms"
q(K, "wots o/s on QA", areas=[9], expect=6)
q(K, "any recuitment actions still open?", areas=[10], expect=4)
q(K, "what's slipped past its deadline?", st="overdue", expect=7)
q(K, "permanance plannng - whats open", areas=[6], expect=2)
q(K, "partnership wrk - anything outstanding?", areas=[12], expect=1)
q(K, "anything stuck or on hold?", st="blocked", expect=1)
q(K, "pls list everything thats been finished", st="complete", expect=20)
q(K, "practice infra – anything o/s?", areas=[1], expect=2)
q(K, "What's the PSW got on?", owners=["grace-adeyemi"], expect=3, note="PSW = Principal Social Worker")
q(K, "mgmt oversight & supervison – anythng open?", areas=[8], expect=0,
  note="area 8 has no outstanding actions")
q(K, "anything late on priv fostering?", st="overdue", areas=[3], expect=1)
q(K, "which ones r in prog?", st="in_progress", expect=20)
q(K, "case recordng actions pls", areas=[5], expect=2)
q(K, "hw many r o/d atm", st="overdue", fact="count", expect=7)
q(K, "wat's due tmrw?", dfrom="2022-02-02", dto="2022-02-02", expect=0)

# ---------------------------------------------------------------- deliverables
K = "deliverables"
q(K, "where are we with the new starters induction programme? did it ever launch?", st="all",
  rx=r"induction", expect=1, note=DELIV)
q(K, "Is the What Good Looks Like work finished or still going?", st="all",
  rx=r"What Good Looks Like", expect=1, note=DELIV)
q(K, "Has the e-workbook pilot got anywhere yet", st="all", rx=r"workbooks", expect=1, note=DELIV)
q(K, "what's happening with family safeguarding in the assessment teams", st="all",
  rx=r"family safeguarding", expect=1, note=DELIV)
q(K, "has the housing protocol been signed by all the districts yet?", st="all",
  rx=r"housing protocol", expect=1, note=DELIV)
q(K, "PF awareness drive with schools and GPs - did that happen?", st="all",
  rx=r"awareness campaign", expect=1, note=DELIV)
q(K, "is the new plan template with the contingency bit live in Mosaic yet?", st="all",
  rx=r"contingency", expect=1, note=DELIV)
q(K, "pre-birth protocol – did we get that agreed?", st="all", rx=r"pre-birth", expect=1, note=DELIV)
q(K, "Did members ever get invited to sit in on the foster carer training?", st="all",
  rx=r"observe", expect=1, note=DELIV)
q(K, "what's the latest on the team manager assessments?", st="all",
  rx=r"management assessment", expect=1, note=DELIV)
q(K, "has the re-referrals report gone out to councillors yet?", st="all", rx=r"re-referral", expect=1, note=DELIV)
q(K, "Where did we get to with the SW pay and reward offer?", st="all", rx=r"pay and reward", expect=1, note=DELIV)
q(K, "the January staff survey - did it actually run?", st="all",
  rx=r"January 2022 staff survey", expect=1, note=DELIV)
q(K, "Where's the action on cutting agency use in frontline teams at?", st="all",
  rx=r"reliance on agency", expect=1, note=DELIV)
q(K, "any progress on the early help buildings issue? are partners still working out of them?",
  st="all", rx=r"buildings", expect=1, note=DELIV)

# ---------------------------------------------------------------- facts
K = "facts"
q(K, "Who's responsible for the electronic workbooks?", intent="action_detail", ref="5.2", fact="owner")
q(K, "When's the procedures manual supposed to be live?", intent="action_detail", ref="1.4", fact="due")
q(K, "Who leads on QA?", areas=[9], fact="lead", expect=6)
q(K, "how many actions are blocked right now?", st="blocked", fact="count", expect=1)
q(K, "Who's got 10.4?", intent="action_detail", ref="10.4", fact="owner")
q(K, "who is the lead for life story work", areas=[7], fact="lead", expect=4)
q(K, "How many actions are there in the plan altogether?", st="all", fact="count", expect=50)
q(K, "What's the due date on 6.3?", intent="action_detail", ref="6.3", fact="due")
q(K, "Who's the lead officer for partnership working?", areas=[12], fact="lead", expect=1)
q(K, "How many open actions has Ruth got?", owners=["ruth-okafor"], fact="count", expect=5)
q(K, "When was that 'you said, we did' example meant to go to members?", intent="action_detail",
  ref="11.3", fact="due")
q(K, "Who's on the hook for sorting out initial health assessments?", intent="action_detail",
  ref="11.4", fact="owner")
q(K, "How many actions have we completed so far?", st="complete", fact="count", expect=20)
q(K, "how many things are due in March?", dfrom="2022-03-01", dto="2022-03-31", fact="count", expect=11)
q(K, "Who's leading on supervision and management oversight?", areas=[8], fact="lead", expect=0,
  note="area 8 has no outstanding actions")

# ---------------------------------------------------------------- people
K = "people"
q(K, "What have Helen and Grace got between them?", owners=["helen-marsh", "grace-adeyemi"], expect=10)
q(K, "What's the Virtual School Head got on the plan?", owners=["anita-rao"], expect=1)
q(K, "Any actions for the Head of Fostering?", owners=["leo-fitzgerald"], expect=1)
q(K, "What are the ADs on the hook for?", owners=ADS, expect=6)
q(K, "what's on my list?", owners=["sam-whitfield"], expect=2, **{"as": "sam-whitfield"})
q(K, "What's outstanding across Ruth's areas?", leads=["ruth-okafor"], expect=9)
q(K, "Does the Cabinet Member have anything open?", owners=["jo-pearce"], expect=1)
q(K, "What's overdue for the Head of QA and Performance?", st="overdue", owners=["helen-marsh"], expect=2)
q(K, "Show me Daniel's and Sam's actions", owners=["daniel-cross", "sam-whitfield"], expect=7)
q(K, "What have I got due in March?", owners=["helen-marsh"], dfrom="2022-03-01", dto="2022-03-31",
  expect=4, **{"as": "helen-marsh"})
q(K, "Anything assigned to me?", owners=["chris-dunn"], expect=0,
  note="the clerk owns no actions", **{"as": "chris-dunn"})
q(K, "What's the Transformation Director got on at the moment?", owners=["daniel-cross"], expect=5)
q(K, "What's outstanding in the Deputy Director's areas?", leads=["priya-shah"], expect=6)
q(K, "What's still open in the areas Tom leads?", leads=["tom-brennan"], expect=5)
q(K, "show me my overdue actions", st="overdue", owners=["daniel-cross"], expect=2,
  **{"as": "daniel-cross"})

# ---------------------------------------------------------------- combined
K = "combined"
q(K, "Helen's overdue QA actions?", st="overdue", owners=["helen-marsh"], areas=[9], expect=1)
q(K, "Which of Ruth's permanence and life story actions are due by end of March?",
  owners=["ruth-okafor"], areas=[6, 7], dto=FY_END, expect=2)
q(K, "Daniel's actions that haven't started and are due in July", st="not_started",
  owners=["daniel-cross"], dfrom="2022-07-01", dto="2022-07-31", expect=2)
q(K, "Helen's not-started audits", st="not_started", owners=["helen-marsh"], rx=r"audit", expect=2)
q(K, "Grace's in-progress actions due this quarter", st="in_progress", owners=["grace-adeyemi"],
  dfrom="2022-01-01", dto="2022-03-31", expect=2)
q(K, "Has Priya got any child protection actions not started yet?", st="not_started",
  owners=["priya-shah"], rx=r"child protection", expect=1)
q(K, "Overdue actions in Tom's areas", st="overdue", leads=["tom-brennan"], expect=2)
q(K, "In-progress recruitment and retention actions due by end of June", st="in_progress",
  areas=[10], dto="2022-06-30", expect=2)
q(K, "Daniel's overdue life story actions", st="overdue", owners=["daniel-cross"], areas=[7], expect=1)
q(K, "Helen's in-progress ones due in March", st="in_progress", owners=["helen-marsh"],
  dfrom="2022-03-01", dto="2022-03-31", expect=2)
q(K, "Not started QA actions due this quarter", st="not_started", areas=[9],
  dfrom="2022-01-01", dto="2022-03-31", expect=2)
q(K, "Ruth and Priya's overdue actions", st="overdue", owners=["ruth-okafor", "priya-shah"], expect=2)
q(K, "What have we completed under supervision and management oversight?", st="complete",
  areas=[8], expect=4)
q(K, "Anything of Grace's due after Easter?", owners=["grace-adeyemi"], dfrom="2022-04-18", expect=1)
q(K, "in-progress corporate parenting actions due by the end of the financial year",
  st="in_progress", areas=[11], dto=FY_END, expect=1)

# ---------------------------------------------------------------- chatter
K = "chatter"
q(K, "Morning! Hope you're well. Quick one – what's overdue at the moment?", st="overdue", expect=7)
q(K, "Thanks for that. Could you also pull up Sam Whitfield's actions?", owners=["sam-whitfield"], expect=2)
q(K, "Sorry to bother you again – Cllr Pearce has asked me to find out where we are with recruiting "
     "more of our own foster carers", st="all", rx=r"in-house foster", expect=1, note=DELIV)
q(K, "Great news, three of our children's homes got Outstanding from Ofsted!! Anyway, what's left on "
     "corporate parenting?", areas=[11], expect=3)
q(K, "Hi, I'm covering for Helen while she's on leave – what has she got due this month?",
  owners=["helen-marsh"], dfrom="2022-02-01", dto="2022-02-28", expect=1)
q(K, "thanks so much 😊", intent="unknown", whyx="Thanks alone")
q(K, "Hiya", intent="help", whyx="Greeting alone")
q(K, "Cheers, that's brilliant, have a good evening", intent="unknown", whyx="Thanks and sign-off alone")
q(K, "Does anyone know if the canteen's open today?", intent="unknown", whyx="Off-topic small talk")
q(K, "Apologies for the slow reply, back-to-back meetings all morning. Who owns the neglect audit?",
  intent="action_detail", ref="2.2", fact="owner")
q(K, "I've got the Improvement Board tomorrow and want to be prepared – how many actions are overdue?",
  st="overdue", fact="count", expect=7)
q(K, "Just back from the DfE meeting, lots to digest! Before I forget, when are the PEPs meant to be "
     "up to date by?", intent="action_detail", ref="11.5", fact="due")
q(K, "Hi there, the Chair has asked me to check what came out of the January committee, thanks in advance",
  st="all", meeting=JAN, expect=4)
q(K, "Happy Tuesday! give me a quick overview of the whole plan pls", intent="summary",
  whyx="Overview of the whole plan")
q(K, "Sorry if this is a silly question, but what is Daniel doing on quality assurance?",
  owners=["daniel-cross"], areas=[9], expect=1)

# ---------------------------------------------------------------- meetings
K = "meetings"
q(K, "What actions did the committee set on 12 January?", st="all", meeting=JAN, expect=4)
q(K, "What's still outstanding from the November committee?", meeting=NOV, expect=6)
q(K, "Were any actions recorded at the June 2019 meeting where the plan was first presented?",
  st="all", meeting=JUN19, expect=0, note="the June 2019 meeting set no actions")
q(K, "How many actions did members set at the October 2019 meeting?", st="all", meeting=OCT19,
  fact="count", expect=11)
q(K, "Anything from the autumn 2019 committee that we still haven't closed?", meeting=OCT19, expect=5)
q(K, "Who's got the action from minute 23.3.3?", intent="action_detail", ref="1.5", fact="owner")
q(K, "Can you list the actions from item 23, the workforce update?", st="all", meeting=NOV, expect=7)
q(K, "Which actions from the November meeting had deadlines on or before the end of March?",
  st="all", meeting=NOV, dto=FY_END, expect=4, note="meeting question with no status: every status")
q(K, "Is anything from the last committee overdue?", st="overdue", meeting=JAN, expect=1)
q(K, "Of the actions from the Children We Care For item, which haven't been started?",
  st="not_started", meeting=JAN, expect=2)
q(K, "What did we promise the committee we'd report back on in the summer?", st="all",
  rx=r"summer", expect=2)
q(K, "What's been completed from the October 2019 committee?", st="complete", meeting=OCT19, expect=6)
q(K, "Did the Children First Strategy come to committee for its preview?", st="all",
  rx=r"for preview", expect=1, note=DELIV)
q(K, "Has anything from the November committee been closed off yet?", st="complete", meeting=NOV, expect=1)
q(K, "Who's doing the short briefing members asked for on CP visits and the timeliness of initial conferences?",
  intent="action_detail", ref="9.6", fact="owner")
