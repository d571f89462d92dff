# questions-f specs: 150 officer questions for the Improvement Tracker bot.
# Run: python3 tests/ask/officers/build.py tests/ask/officers-f/specs.py --all OUT.jsonl
#
# Conventions used for labelling (build.py computes every actionIds list from the fixture):
#  - "Today" is 2022-02-01. A list question with no status said means outstanding
#    (not_started, in_progress, blocked); overdue ones are included.
#  - A question about a meeting's actions with no status said lists every status (st="all").
#  - Naming one specific deliverable means that one action whatever its status
#    (st="all" + an rx that picks exactly it, expect=1).
#  - Who owns / when is X due about one named deliverable or a ref: intent action_detail, ref=, fact owner/due.
#  - "Who leads on X?": fact="lead" for that one area; the list is the area's outstanding actions.
#    "How many ...": fact="count".
#  - A topic that names an area (title, shortTitle or keyword) is labelled by areas=; other topic
#    words are an rx over action title+measure (update notes are not searched).
#  - Periods: financial year April-March; "this/next quarter" are calendar quarters (Jan-Mar 2022 is
#    this quarter, and a question about it includes anything due in it, even if now overdue);
#    Easter Sunday 2022 is 17 April; "by X" = due on or before X and includes overdue; "before X" =
#    due before X (exclusive) and includes overdue; "in the next N weeks/months" and "between now
#    and X" run from 2022-02-01 and leave out overdue; "in <month>" = that month only;
#    "this month" = February 2022, "next month" = March 2022, "last month" = January 2022.
#  - Chatter (greetings, thanks, apologies, who passed the message on, weekdays, news) changes nothing;
#    thanks/small talk alone is intent "unknown"; "what can you do" is "help"; an overview is "summary".
#  - Several people = the union of their actions; job titles mean the person who holds them
#    ("the ADs"/"Assistant Directors" = Ruth Okafor and Tom Brennan; the Deputy Director is not an AD).
#  - Exclusions build.py cannot say directly are written as owners= every other person, areas= every
#    other area, a negative-lookahead rx, a status list, or meeting=None ("not from any meeting").

HELEN, GRACE, SAM, LEO, ANITA = "helen-marsh", "grace-adeyemi", "sam-whitfield", "leo-fitzgerald", "anita-rao"
PRIYA, RUTH, TOM, DANIEL, MORGAN = "priya-shah", "ruth-okafor", "tom-brennan", "daniel-cross", "morgan-hale"
CHRIS, JO = "chris-dunn", "jo-pearce"


def everyone_but(*ids):
    return [p for p in PEOPLE if p not in ids]


def areas_but(*nums):
    return [n for n in AREAS if n not in nums]


MAR = dict(dfrom="2022-03-01", dto="2022-03-31")
FEB = dict(dfrom="2022-02-01", dto="2022-02-28")

# ---------------------------------------------------------------- ordinary (30)
q("ordinary", "private fostering actions?", areas=[3], expect=2)
q("ordinary", "What's still open under recruitment and retension?", areas=[10], expect=4,
  note="misspelt retention; area 10")
q("ordinary", "show me grace's actions", owners=[GRACE], expect=3)
q("ordinary", "my actions pls", owners=[HELEN], expect=7, **{"as": HELEN})
q("ordinary", "What's blocked at the moment?", st="blocked", expect=1)
q("ordinary", "what's slipped?", st="overdue", expect=7, note="slipped = overdue")
q("ordinary", "Anything due in April?", dfrom="2022-04-01", dto="2022-04-30", expect=1)
q("ordinary", "Could you please provide a list of the actions arising from the Select Committee meeting held on 10 November 2021?",
  st="all", meeting=NOV, expect=7)
q("ordinary", "tell me about 6.3", intent="action_detail", ref="6.3")
q("ordinary", "how many actions are still outstanding across the whole plan?", fact="count", expect=30)
q("ordinary", "help", intent="help")
q("ordinary", "Can I get a quick summary of where the improvement plan is overall?", intent="summary")
q("ordinary", "CP statutory visits - anything open?", rx=r"statutory visits", expect=2,
  note="words in action titles, not an area")
q("ordinary", "which actions are in progress", st="in_progress", expect=20)
q("ordinary", "What hasn't been started yet?", st="not_started", expect=9)
q("ordinary", "list the completed actions", st="complete", expect=20)
q("ordinary", "Area 4?", areas=[4], expect=2)
q("ordinary", "Anything left on recording and return home interviews?", areas=[5], expect=2,
  note="area 5 short title")
q("ordinary", "What did the committee ask us to do back in October 2019?", st="all", meeting=OCT19, expect=11)
q("ordinary", "details for 7.1 please", intent="action_detail", ref="7.1")
q("ordinary", "How many actions are in the plan altogether?", st="all", fact="count", expect=50)
q("ordinary", "What's Tom Brennan got outstanding?", owners=[TOM], expect=1)
q("ordinary", "what have I got on", owners=[GRACE], expect=3, **{"as": GRACE})
q("ordinary", "anything on initial health assessments?", rx=r"initial health assessment", expect=1)
q("ordinary", "Actions due in June", dfrom="2022-06-01", dto="2022-06-30", expect=5)
q("ordinary", "corporate parenting", areas=[11], expect=3)
q("ordinary", "who owns 5.3?", intent="action_detail", ref="5.3", fact="owner")
q("ordinary", "What sort of things can I ask you?", intent="help")
q("ordinary", "Supervision and management oversight - anything left open?", areas=[8], expect=0,
  note="every area 8 action is complete, so the list is empty")
q("ordinary", "where are we on quality assurance", areas=[9], expect=6)

# ---------------------------------------------------------------- negation (15)
q("negation", "What's outstanding that isn't Helen's?", owners=everyone_but(HELEN), expect=23,
  note="not owned by helen-marsh, written as every other owner")
q("negation", "open actions outside life story work please", areas=areas_but(7), expect=26,
  note="outside area 7, written as every other area")
q("negation", "overdue but not blocked?", st=["not_started", "in_progress"], dbefore="2022-02-01", expect=6,
  note="overdue minus blocked, written as not_started/in_progress due before today")
q("negation", "Which outstanding actions are not due this financial year?", dfrom="2022-04-01", expect=10,
  note="due after the end of FY 2021/22 (31 March 2022)")
q("negation", "Everything still open that didn't come out of a committee meeting", meeting=None, expect=15,
  note="source.meeting absent")
q("negation", "Which open actions aren't actually in progress?", st=["not_started", "blocked"], expect=10)
q("negation", "Ruth's actions that aren't overdue", owners=[RUTH], st="not_overdue", expect=3)
q("negation", "Leaving aside Priya's areas, what's still open?", areas=areas_but(1, 2, 4, 8), expect=24,
  note="Priya leads areas 1, 2, 4, 8; written as every other area")
q("negation", "which of Daniel's haven't been done yet", owners=[DANIEL], expect=5)
q("negation", "open actions that aren't audits", rx=r"^(?!.*audit)", expect=26,
  note="negative lookahead: title+measure does not mention audit")
q("negation", "anything outstanding not owned by an assistant director?", owners=everyone_but(RUTH, TOM), expect=24,
  note="ADs are ruth-okafor and tom-brennan; written as every other owner")
q("negation", "Apart from quality assurance, what's overdeu?", st="overdue", areas=areas_but(9), expect=4,
  note="misspelt overdue; outside area 9, written as every other area")
q("negation", "Ruth's open ones, excluding anything blocked", owners=[RUTH], st="not_blocked", expect=4)
q("negation", "what's due in March that isn't Helen's", owners=everyone_but(HELEN), expect=7, **MAR)
q("negation", "Recruitment and retention - is there anything not yet signed off?", areas=[10], expect=4,
  note="not signed off = not complete")

# ---------------------------------------------------------------- period (15)
q("period", "what's due this quarter?", dfrom="2022-01-01", dto="2022-03-31", expect=15,
  note="calendar Q1 2022; includes the two due 31 Jan that are now overdue")
q("period", "Anything due next quarter?", dfrom="2022-04-01", dto="2022-06-30", expect=6)
q("period", "What needs to be done by the end of the financial year?", dto="2022-03-31", expect=20,
  note="by = on or before 31 March 2022, overdue included")
q("period", "wot's Sam got 2 do b4 easter", owners=[SAM], dbefore="2022-04-17", expect=2,
  note="before Easter Sunday 17 April 2022")
q("period", "Which actions fall due in the next 6 weeks?", dfrom="2022-02-01", dto="2022-03-15", expect=2)
q("period", "I'm putting the March Improvement Board agenda together and don't want any surprises. Priya's happy with the format. What falls due in March?",
  expect=11, **MAR)
q("period", "What's due in the 2022/23 financial year?", dfrom="2022-04-01", dto="2023-03-31", expect=10)
q("period", "What's due by the end of June?", dto="2022-06-30", expect=26, note="overdue included")
q("period", "What has Helen got due next month?", owners=[HELEN], expect=4, **MAR)
q("period", "What was due last month and still hasn't been done?", dfrom="2022-01-01", dto="2022-01-31", expect=2)
q("period", "in the next three months what's coming up", dfrom="2022-02-01", dto="2022-05-01", expect=14)
q("period", "Which open actions were due in 2021?", dfrom="2021-01-01", dto="2021-12-31", expect=5)
q("period", "What's due between now and Easter?", dfrom="2022-02-01", dto="2022-04-17", expect=13,
  note="from today, so overdue left out")
q("period", "Life story actions due before April?", areas=[7], dbefore="2022-04-01", expect=3)
q("period", "Is anything due in July?", dfrom="2022-07-01", dto="2022-07-31", expect=3)

# ---------------------------------------------------------------- wordform (15)
q("wordform", "anything on auditing?", rx=r"audit", expect=4)
q("wordform", "the neglected children work - what's open", areas=[2], expect=2)
q("wordform", "lifestory actions", areas=[7], expect=4)
q("wordform", "permenancy planning update pls", areas=[6], expect=2, note="misspelt permanence; area 6")
q("wordform", "homelessness among 16 and 17 yr olds, what are we doing", areas=[3], expect=2)
q("wordform", "What trainings are still outstanding?", rx=r"\btrain", expect=2)
q("wordform", "recruiting and retaining social workers - open actions?", areas=[10], expect=4)
q("wordform", "anything about surveying staff", rx=r"survey", expect=2)
q("wordform", "case-recording, what's left", areas=[5], expect=2)
q("wordform", "list every supervising-related action, finished ones included", areas=[8], st="all", expect=4)
q("wordform", "partnerships - what's outstanding?", areas=[12], expect=1)
q("wordform", "anything involving foster-carers still open?", rx=r"foster carer", expect=2)
q("wordform", "quality assuring - what's left to do", areas=[9], expect=6)
q("wordform", "corporate parent's actions", areas=[11], expect=3)
q("wordform", "any briefings still to do?", rx=r"briefing", expect=1)

# ---------------------------------------------------------------- deliverable (15)
q("deliverable", "where are we up to with the joint housing protocol?", st="all", rx=r"joint housing protocol", expect=1)
q("deliverable", "has the QA framework been signed off?", st="all", rx=r"quality assurance framework", expect=1)
q("deliverable", "whats happening with the electornic workbooks", st="all", rx=r"electronic workbooks", expect=1,
  note="misspelt electronic")
q("deliverable", "Did the social worker pay and reward offer actually get implemented?", st="all", rx=r"pay and reward", expect=1)
q("deliverable", "What Good Looks Like standards - status?", st="all", rx=r"What Good Looks Like", expect=1)
q("deliverable", "the Jan 22 staff survey, where's that at", st="all", rx=r"January 2022 staff survey", expect=1)
q("deliverable", "Was the 'You said, we did' example ever shared with members?", st="all", rx=r"You said, we did", expect=1)
q("deliverable", "life story books for children with adoption plans - progress?", st="all", rx=r"life story book before", expect=1)
q("deliverable", "permanence tracking panel - how's it going", st="all", rx=r"permanence tracking panel", expect=1)
q("deliverable", "Re-referral rates report: has it gone to members yet?", st="all", rx=r"re-referral", expect=1)
q("deliverable", "family safeguarding model, how's the roll out going in assessment teams?", st="all", rx=r"family safeguarding", expect=1)
q("deliverable", "Is the Mosaic plan template with the contingency section live yet?", st="all", rx=r"plan template", expect=1)
q("deliverable", "private fostering awareness campaign for schools and GPs - done?", st="all", rx=r"awareness campaign", expect=1)
q("deliverable", "PEPs - where are we?", st="all", rx=r"personal education plans", expect=1)
q("deliverable", "Has the management assessment programme for team managers finished?", st="all",
  rx=r"management assessment programme", expect=1)

# ---------------------------------------------------------------- fact (15)
q("fact", "Who leads on neglect?", areas=[2], fact="lead", expect=2)
q("fact", "who's the lead for QA", areas=[9], fact="lead", expect=6,
  note="area 9 lead, not the Head of Quality Assurance")
q("fact", "Who's running the social work recruitment campaign?", intent="action_detail", ref="10.2", fact="owner")
q("fact", "When's the neglect thematic audit due?", intent="action_detail", ref="2.2", fact="due")
q("fact", "How many actions are overdue?", st="overdue", fact="count", expect=7)
q("fact", "We're pulling the February Improvement Board pack together. Helen's doing the audit section and I'm on workforce. Who owns the action on reducing agency staff in frontline teams?",
  intent="action_detail", ref="10.3", fact="owner")
q("fact", "who's got 9.5?", intent="action_detail", ref="9.5", fact="owner")
q("fact", "when is 11.4 due", intent="action_detail", ref="11.4", fact="due")
q("fact", "How many open actions does Ruth Okafor have?", owners=[RUTH], fact="count", expect=5)
q("fact", "Who is the lead officer for corparate parenting?", areas=[11], fact="lead", expect=3,
  note="misspelt corporate")
q("fact", "Which AD leads on partnership working?", areas=[12], fact="lead", expect=1)
q("fact", "The one about recruiting more in-house foster carers - who has it?", intent="action_detail", ref="11.6", fact="owner")
q("fact", "When are the quarterly life story audits due?", intent="action_detail", ref="7.3", fact="due")
q("fact", "How many actions came out of the November committee?", st="all", meeting=NOV, fact="count", expect=7)
q("fact", "number of blocked actions?", st="blocked", fact="count", expect=1)

# ---------------------------------------------------------------- people (15)
q("people", "Helen's and Grace's actions", owners=[HELEN, GRACE], expect=10)
q("people", "What's the Principal Social Worker got on?", owners=[GRACE], expect=3)
q("people", "Virtual School Head - any open actions?", owners=[ANITA], expect=1)
q("people", "what do me and Sam still have open?", owners=[HELEN, SAM], expect=9, **{"as": HELEN})
q("people", "Head of Fostering and Head of Workforce Development, what have they got between them?", owners=[LEO, SAM], expect=3)
q("people", "What has the Cabinet Member got outstanding?", owners=[JO], expect=1)
q("people", "Transformation Director's open items", owners=[DANIEL], expect=5)
q("people", "Has the Executive Director ever had an action on this plan? List them all, done or not.", owners=[MORGAN], st="all", expect=1)
q("people", "Tom and Ruth's actions", owners=[TOM, RUTH], expect=6)
q("people", "the two ADs - anything overdue?", owners=[TOM, RUTH], st="overdue", expect=3)
q("people", "what's on the Deputy Director's list", owners=[PRIYA], expect=4)
q("people", "Head of QA and Performance - open actions", owners=[HELEN], expect=7)
q("people", "Leo, Anita and Jo: what have they got between them?", owners=[LEO, ANITA, JO], expect=3)
q("people", "dan and priya's stuff", owners=[DANIEL, PRIYA], expect=9)
q("people", "the areas Priya and Tom lead - what's outstanding across them?", leads=[PRIYA, TOM], expect=11)

# ---------------------------------------------------------------- combo (15)
q("combo", "Helen's overdue ones", owners=[HELEN], st="overdue", expect=2)
q("combo", "Daniel - not started - area 9", owners=[DANIEL], st="not_started", areas=[9], expect=1)
q("combo", "In-progress corporate parenting actions that Ruth owns", owners=[RUTH], st="in_progress", areas=[11], expect=1)
q("combo", "not started actions in Tom's areas", leads=[TOM], st="not_started", expect=1)
q("combo", "what's overdue in the areas Ruth leads?", leads=[RUTH], st="overdue", expect=2)
q("combo", "Priya's own actions due in March", owners=[PRIYA], expect=2, **MAR)
q("combo", "Grace's in-progress ones due by end of March", owners=[GRACE], st="in_progress", dto="2022-03-31", expect=2)
q("combo", "Could you please confirm which of the actions requested by the Committee in November 2021 remain outstanding?",
  meeting=NOV, expect=6)
q("combo", "Which of the October 2019 committee actions have been completed?", meeting=OCT19, st="complete", expect=6)
q("combo", "Helen's audits due in March", owners=[HELEN], rx=r"audit", expect=2, **MAR)
q("combo", "what haven't I started?", owners=[SAM], st="not_started", expect=1, **{"as": SAM})
q("combo", "in progress QA actions due by end of March", areas=[9], st="in_progress", dto="2022-03-31", expect=3)
q("combo", "not started actions from the Nov committee", meeting=NOV, st="not_started", expect=4)
q("combo", "overdue in areas 9 and 10", areas=[9, 10], st="overdue", expect=3)
q("combo", "my overdue ones?", owners=[DANIEL], st="overdue", expect=2, **{"as": DANIEL})

# ---------------------------------------------------------------- chatter (15)
q("chatter", "Morning! Hope you had a good weekend. Could you show me what's overdue?", st="overdue", expect=7)
q("chatter", "thanks, that's brilliant", intent="unknown")
q("chatter", "Sorry to bother you again - Chris in Democratic Services asked me to check what came out of the January committee",
  st="all", meeting=JAN, expect=4)
q("chatter", "cheers bot 👍", intent="unknown")
q("chatter", "Happy Friday! what's Sam got open?", owners=[SAM], expect=2)
q("chatter", "it's Tuesday and I'm drowning lol. just need the life story ones", areas=[7], expect=4)
q("chatter", "Apologies if this is a daft question, but what are you actually able to help with?", intent="help")
q("chatter", "Ofsted monitoring visit coming up, eek. Can you give me an overview of the whole plan?", intent="summary")
q("chatter", "lovely, ta very much", intent="unknown")
q("chatter", "Just back from leave and Priya's asked me to pick up the quality of plans work. What's outstanding there?",
  areas=[4], expect=2)
q("chatter", "Did you see the committee thanked everyone for the Outstanding rating at the three children's homes? Great news. Anyway - what's blocked?",
  st="blocked", expect=1)
q("chatter", "hello!", intent="unknown")
q("chatter", "Hiya, Cllr Pearce wants the partnership working actions for her Wednesday catch-up", areas=[12], expect=1)
q("chatter", "Great, thanks. One more thing - who owns 7.2?", intent="action_detail", ref="7.2", fact="owner")
q("chatter", "Monday again 🙄 what's due this month", expect=2, **FEB)
