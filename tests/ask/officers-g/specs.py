# Question set G for Improvement Tracker (Children First Practice Improvement Plan).
# Labelled by build.py from data/children-first.json; no action ids are typed by hand.
#
# Conventions used for labelling ("today" is 2022-02-01):
#  * A list question with no status said means outstanding (not_started, in_progress, blocked);
#    overdue actions are included.
#  * A question about a meeting's actions with no status said lists every status (st="all").
#  * Naming one specific deliverable means that one action whatever its status
#    (st="all" + an rx that picks exactly it, expect=1).
#  * "Who owns / who's doing / when is X due" about one named deliverable or ref is action_detail
#    with ref= and fact owner/due; "tell me about 9.1" / "what's 6.3?" is action_detail with no fact.
#  * "Who leads on / who's the lead for / who's in charge of <area>" is fact="lead" for that area, with
#    the area's outstanding actions as the list. "How many ..." is fact="count".
#  * A topic is an area when the words are its title, short title or one of its keywords
#    (the fixture says keywords name the area as a whole), otherwise words in action titles/measures.
#    "kids in care" and "care leavers" are read as area 11 (children looked after / corporate parenting).
#  * Periods: financial year April-March; "this/next quarter" are calendar quarters (Jan-Mar 2022 is this
#    quarter); Easter Sunday 2022 is 17 April; "by X" = due on or before X, overdue included; "before X" =
#    due before X (overdue included); "in the next N weeks/months" and "over the next fortnight" run from
#    2022-02-01 (N weeks = N*7 days, N months = same day N months on) and leave out overdue; a named month
#    or year means that month/year only; "this month" is February 2022, "last month" January 2022.
#  * Chatter (greetings, thanks, apologies, who passed the message on, weekdays, news) changes nothing;
#    thanks alone -> unknown; a greeting alone or "what is this for" -> help; "summary of the plan" -> summary.
#  * Several people means the union of their actions; a job title means the person holding it;
#    "me"/"my"/"mine" is the asker given by "as"; "my areas" / "the areas I lead" -> leads=[asker].
#  * "Assistant Director" alone matches two people (Ruth Okafor, Tom Brennan) -> clarify_person.
#  * "stuck" means blocked; "finished"/"done" means complete.
#  * Exclusions ("not X's", "outside X's areas") are written as owners= every other person or
#    areas= every other area; noted on each such question.

ALL_PEOPLE = [p["id"] for p in DATA["people"]]
ALL_AREAS = sorted(AREAS)


def others(*ids):
    return [p for p in ALL_PEOPLE if p not in ids]


def areas_except(*nums):
    return [n for n in ALL_AREAS if n not in nums]


TODAY_ = "2022-02-01"

# ---------------------------------------------------------------- ordinary (30)
q("ordinary", "Which actions are overdue at the moment?", st="overdue", expect=7)
q("ordinary", "show me anything that's blocked", st="blocked", expect=1)
q("ordinary", "What's outstanding under quality assurance?", areas=[9])
q("ordinary", "I sit on the select committee - can I see the open actions for corporate parenting?", areas=[11])
q("ordinary", "List every action from the November 2021 select committee", **{"as": "chris-dunn"},
  meeting=NOV, st="all", expect=7)
q("ordinary", "What's in progress for recruitment and retention?", areas=[10], st="in_progress")
q("ordinary", "what have I got outstanding?", **{"as": "helen-marsh"}, owners=["helen-marsh"])
q("ordinary", "Can you tell me about action 9.1", intent="action_detail", ref="9.1")
q("ordinary", "Can I get a summary of where the whole improvement plan stands?", intent="summary",
  whyx="Asks for an overview of the whole plan")
q("ordinary", "how do I use this thing?", intent="help", whyx="Asks how to use the bot")
q("ordinary", "open actions on neglect", areas=[2])
q("ordinary", "Which life story work actions have been completed?", areas=[7], st="complete")
q("ordinary", "What's left to do on permanence planning?", areas=[6])
q("ordinary", "What actions came out of the January 2022 select committee?", meeting=JAN, st="all", expect=4)
q("ordinary", "List every action under area 4, finished or not", areas=[4], st="all")
q("ordinary", "whats open on private fostering and homeless 16 and 17 year olds", areas=[3])
q("ordinary", "Any actions on partnership working still open?", areas=[12])
q("ordinary", "What actions does Daniel Cross own?", owners=["daniel-cross"])
q("ordinary", "Which actions are currently in progress?", st="in_progress", expect=20)
q("ordinary", "What's outstanding on supervision and management oversight?", areas=[8], expect=0,
  note="every area 8 action is complete, so the list is empty")
q("ordinary", "what's on the list for practice infrastructure?", areas=[1])
q("ordinary", "Which actions have been completed?", st="complete", expect=20)
q("ordinary", "area 11 actions in progress", areas=[11], st="in_progress")
q("ordinary", "I'm pulling together the action log - what's still outstanding from the October 2019 meeting?",
  **{"as": "chris-dunn"}, meeting=OCT19, st="outstanding")
q("ordinary", "Show me Ruth Okafor's actions", owners=["ruth-okafor"])
q("ordinary", "What's outstanding on life story work?", areas=[7])
q("ordinary", "What's overdue in area 9?", **{"as": "morgan-hale"}, areas=[9], st="overdue")
q("ordinary", "What's 6.3?", intent="action_detail", ref="6.3")
q("ordinary", "What's outstanding for recording and return home interviews?", areas=[5])
q("ordinary", "What's still outstanding across the plan?", expect=30)

# ---------------------------------------------------------------- negation (15)
q("negation", "Which actions haven't been started yet?", st="not_started", expect=9)
q("negation", "What isn't finished yet in life story work?", areas=[7])
q("negation", "Which open actions aren't overdue?", st="not_overdue")
q("negation", "Show me outstanding actions that aren't blocked", st="not_blocked")
q("negation", "Which QA actions aren't Helen's?", areas=[9], owners=others("helen-marsh"),
  note="'not Helen's' written as owners = every other person")
q("negation", "What's outstanding outside Ruth Okafor's areas?", areas=areas_except(6, 7, 11),
  note="Ruth leads 6, 7 and 11; 'outside' written as areas = every other area")
q("negation", "is there anything not yet done for corporate parenting", areas=[11])
q("negation", "Which of Daniel's actions haven't started?", owners=["daniel-cross"], st="not_started")
q("negation", "Which of my actions aren't blocked?", **{"as": "ruth-okafor"}, owners=["ruth-okafor"],
  st="not_blocked")
q("negation", "Anything not started that isn't overdue yet?", st="not_started", dfrom=TODAY_,
  note="not started and due on or after today")
q("negation", "outstanding actions not owned by Priya Shah", owners=others("priya-shah"),
  note="'not owned by Priya' written as owners = every other person")
q("negation", "Speaking as a committee member, what hasn't been completed on recruitment and retention?", areas=[10])
q("negation", "Which of mine aren't overdue?", **{"as": "helen-marsh"}, owners=["helen-marsh"], st="not_overdue")
q("negation", "Which in-progress actions are not in Priya's areas?", st="in_progress",
  areas=areas_except(1, 2, 4, 8),
  note="Priya leads 1, 2, 4 and 8; written as areas = every other area")
q("negation", "Which overdue actions haven't even been started?", st="not_started", dbefore=TODAY_,
  note="not started and due before today (overdue)")

# ---------------------------------------------------------------- period (15)
q("period", "What's due in March?", dfrom="2022-03-01", dto="2022-03-31")
q("period", "What's due this quarter?", dfrom="2022-01-01", dto="2022-03-31",
  note="calendar quarter Jan-Mar 2022; actions due in January still open are in it")
q("period", "what's coming up next quarter", dfrom="2022-04-01", dto="2022-06-30")
q("period", "What needs to be done by Easter?", dto="2022-04-17", note="by = on or before, overdue included")
q("period", "Anything due in the next four weeks?", dfrom=TODAY_, dto="2022-03-01")
q("period", "What's due by the end of the financial year?", dto="2022-03-31",
  note="financial year ends 31 March 2022; overdue included")
q("period", "What's due next financial year?", dfrom="2022-04-01", dto="2023-03-31")
q("period", "What falls due this month?", dfrom="2022-02-01", dto="2022-02-28")
q("period", "What was due in January that's still open?", dfrom="2022-01-01", dto="2022-01-31")
q("period", "what's due before June", dbefore="2022-06-01", note="before = due before 1 June; overdue included")
q("period", "anything due in the next 3 months", dfrom=TODAY_, dto="2022-05-01")
q("period", "What should be finished by the end of June?", dto="2022-06-30")
q("period", "Anything due after July?", dfrom="2022-08-01")
q("period", "What's still open that was due in 2021?", dfrom="2021-01-01", dto="2021-12-31")
q("period", "What's due over the next fortnight?", dfrom=TODAY_, dto="2022-02-15", expect=0,
  note="nothing falls due 1-15 February 2022")

# ---------------------------------------------------------------- wordform (15)
q("wordform", "Anything on auditing still open?", rx=r"audit")
q("wordform", "What training is still to be delivered?", rx=r"train")
q("wordform", "What are we still doing for kids in care?", areas=[11],
  note="'kids in care' = children looked after, area 11")
q("wordform", "Outstanding actions on permanency", areas=[6])
q("wordform", "lifestory work - what's open?", areas=[7])
q("wordform", "What's being done for neglected children?", areas=[2])
q("wordform", "What's left to do on supervising staff?", areas=[8], expect=0,
  note="supervising = supervision, area 8, all complete")
q("wordform", "staff surveys - anything outstanding?", rx=r"survey")
q("wordform", "What are we doing about agency workers?", rx=r"agency staff",
  note="agency workers = agency staff/staffing in action text (not the regional adoption agency)")
q("wordform", "What's still to do on recruiting and retaining staff?", areas=[10])
q("wordform", "What's open on partnerships?", areas=[12])
q("wordform", "Is anything stuck?", st="blocked")
q("wordform", "What's been finished on recruitment?", areas=[10], st="complete")
q("wordform", "What's happening on case records?", areas=[5])
q("wordform", "Anything about adoptions still open?", rx=r"adopt")

# ---------------------------------------------------------------- deliverable (15)
q("deliverable", "Where are we on the joint housing protocol?", st="all", rx=r"joint housing protocol", expect=1)
q("deliverable", "Has the QA framework been signed off yet?", st="all", rx=r"quality assurance framework", expect=1)
q("deliverable", "How are the electronic workbooks coming along?", st="all", rx=r"electronic workbooks", expect=1)
q("deliverable", "We were promised a detailed report on re-referral rates at committee - has it been shared yet?", st="all", rx=r"re-referral", expect=1)
q("deliverable", "Did the 'you said, we did' example ever go out to members?", st="all", rx=r"you said", expect=1)
q("deliverable", "is the social worker pay offer done and dusted", st="all", rx=r"pay and reward", expect=1)
q("deliverable", "What's happening with the family safeguarding model?", st="all", rx=r"family safeguarding", expect=1)
q("deliverable", "Where are we with the neglect audit?", st="all", rx=r"audit of practice with children experiencing neglect",
  expect=1)
q("deliverable", "Is the pre-birth protocol in place?", st="all", rx=r"pre-birth", expect=1)
q("deliverable", "status of the permanence tracking panel?", st="all", rx=r"permanence tracking panel", expect=1)
q("deliverable", "How are we doing on PEPs?", st="all", rx=r"personal education plans", expect=1)
q("deliverable", "Where's the IRO challenge training at?", st="all", rx=r"IROs", expect=1)
q("deliverable", "Has the return interview template been revised?", st="all", rx=r"return home interview template",
  expect=1)
q("deliverable", "Are we on track to have a life story book for every adopted child before the order is made?",
  st="all", rx=r"life story book before the adoption order", expect=1)
q("deliverable", "How are we getting on with cutting agency staff in the MASH?", st="all", rx=r"MASH", expect=1)

# ---------------------------------------------------------------- fact (15)
q("fact", "Who leads on permanence?", areas=[6], fact="lead")
q("fact", "Who's the lead for quality assurance?", areas=[9], fact="lead")
q("fact", "who heads up the partnership working area", areas=[12], fact="lead")
q("fact", "Before Ofsted come in, how many actions are overdue?", **{"as": "morgan-hale"}, st="overdue", fact="count", expect=7)
q("fact", "How many actions are in the plan altogether?", st="all", fact="count", expect=50)
q("fact", "How many actions does Helen Marsh have?", owners=["helen-marsh"], fact="count", expect=7)
q("fact", "When's 9.6 due?", intent="action_detail", ref="9.6", fact="due")
q("fact", "Who owns 11.5?", intent="action_detail", ref="11.5", fact="owner")
q("fact", "Who's doing the neglect audit?", intent="action_detail", ref="2.2", fact="owner")
q("fact", "When is the summer workforce report due to go to committee?", intent="action_detail", ref="10.5",
  fact="due")
q("fact", "How many are blocked?", st="blocked", fact="count", expect=1)
q("fact", "How many life story actions are still open?", areas=[7], fact="count", expect=4)
q("fact", "Who's in charge of recruitment and retention?", areas=[10], fact="lead")
q("fact", "how many actions have I got?", **{"as": "ruth-okafor"}, owners=["ruth-okafor"], fact="count")
q("fact", "How many actions came out of the November committee?", meeting=NOV, st="all", fact="count", expect=7)

# ---------------------------------------------------------------- people (15)
q("people", "What's the Principal Social Worker got outstanding?", owners=["grace-adeyemi"])
q("people", "Show me the Virtual School Head's actions", owners=["anita-rao"])
q("people", "What's the Head of Fostering working on?", owners=["leo-fitzgerald"])
q("people", "Helen's and Sam's actions please", owners=["helen-marsh", "sam-whitfield"])
q("people", "what have me and Helen got between us?", **{"as": "grace-adeyemi"},
  owners=["grace-adeyemi", "helen-marsh"])
q("people", "What's outstanding in the areas I lead?", **{"as": "priya-shah"}, leads=["priya-shah"])
q("people", "What has the Cabinet Member for Children and Young People got on the plan?", owners=["jo-pearce"])
q("people", "What's on the Head of Workforce Development's list?", owners=["sam-whitfield"])
q("people", "Actions for the Assistant Director - Early Help", owners=["tom-brennan"])
q("people", "What's the assistant director got outstanding?", intent="clarify_person",
  whyx="Two people are Assistant Directors (Ruth Okafor - Corporate Parenting, Tom Brennan - Early Help); ask which")
q("people", "What's open in Ruth Okafor's areas?", leads=["ruth-okafor"])
q("people", "Has Chris Dunn got any actions?", owners=["chris-dunn"], expect=0,
  note="the Democratic Services Officer owns no actions")
q("people", "the Transformation Director's outstanding stuff", owners=["daniel-cross"])
q("people", "what's mine?", **{"as": "sam-whitfield"}, owners=["sam-whitfield"])
q("people", "Has the Executive Director got any actions, done or not?", owners=["morgan-hale"], st="all", expect=1)

# ---------------------------------------------------------------- combo (15)
q("combo", "Helen's overdue actions", owners=["helen-marsh"], st="overdue")
q("combo", "Ruth's actions from the January committee that haven't started", owners=["ruth-okafor"],
  meeting=JAN, st="not_started")
q("combo", "Overdue actions in Tom Brennan's areas", leads=["tom-brennan"], st="overdue")
q("combo", "What have I got due in March?", **{"as": "grace-adeyemi"}, owners=["grace-adeyemi"],
  dfrom="2022-03-01", dto="2022-03-31")
q("combo", "Updating the tracker for members - which actions from the November committee are still outstanding?", **{"as": "chris-dunn"}, meeting=NOV, st="outstanding")
q("combo", "For the action log: which of the October 2019 committee actions are now complete?", **{"as": "chris-dunn"}, meeting=OCT19, st="complete")
q("combo", "Priya and Ruth's actions due next quarter", owners=["priya-shah", "ruth-okafor"],
  dfrom="2022-04-01", dto="2022-06-30")
q("combo", "In-progress QA actions due by the end of March", areas=[9], st="in_progress", dto="2022-03-31")
q("combo", "Not started recruitment and retention actions due by the end of July", areas=[10],
  st="not_started", dto="2022-07-31")
q("combo", "Daniel's actions due in the next 6 months", owners=["daniel-cross"], dfrom=TODAY_, dto="2022-08-01")
q("combo", "life story actions due this quarter", areas=[7], dfrom="2022-01-01", dto="2022-03-31")
q("combo", "Anything overdue from the November committee?", meeting=NOV, st="overdue")
q("combo", "Which of my audits are due by Easter?", **{"as": "helen-marsh"}, owners=["helen-marsh"],
  rx=r"audit", dto="2022-04-17")
q("combo", "blocked actions in corporate parenting or permanence", areas=[6, 11], st="blocked")
q("combo", "anything overdue in my areas?", **{"as": "ruth-okafor"}, leads=["ruth-okafor"], st="overdue")

# ---------------------------------------------------------------- chatter (15)
q("chatter", "Morning!", intent="help", whyx="A greeting alone")
q("chatter", "thanks, that's really helpful", intent="unknown", whyx="Thanks alone")
q("chatter", "Hi there, Chris in democratic services pointed me here - could you list the actions from the "
  "January select committee?", meeting=JAN, st="all", expect=4)
q("chatter", "Sorry to bother you, but what's overdue in life story work?", areas=[7], st="overdue")
q("chatter", "Happy Friday! What's Anita got outstanding?", owners=["anita-rao"])
q("chatter", "Ofsted are in for the monitoring visit next week so I need to get on top of this - what's blocked?",
  **{"as": "morgan-hale"}, st="blocked")
q("chatter", "Cheers for earlier. Quick one: who leads on neglect?", areas=[2], fact="lead")
q("chatter", "Apologies if I've asked this already - when's 10.4 due?", intent="action_detail", ref="10.4",
  fact="due")
q("chatter", "Morning all, hope you had a good weekend. What's outstanding for quality of plans?", areas=[4])
q("chatter", "Just back from leave and catching up - what have I got that's overdue?", **{"as": "daniel-cross"},
  owners=["daniel-cross"], st="overdue")
q("chatter", "The Chair asked me to check before Monday: where are we on recruiting foster carers through the hub?",
  st="all", rx=r"recruitment and retention hub", expect=1)
q("chatter", "ta very much", intent="unknown", whyx="Thanks alone")
q("chatter", "Hello, I'm new to the team and not sure what this bot is for", intent="help",
  whyx="Greeting plus asking what the bot does")
q("chatter", "Great news about the three outstanding children's homes! Anyway, what's still open under "
  "corporate parenting?", areas=[11], note="'outstanding children's homes' is news, not a status")
q("chatter", "Good afternoon. On Wednesday's call someone mentioned the electronic workbooks - who owns that one?",
  intent="action_detail", ref="5.2", fact="owner")
