# Evaluation set C: 80 new officer questions, labelled by build.py's rules from
# data/children-first.json (as of 2022-02-01).
# Conventions used: a list question with no status said = outstanding
# (not_started, in_progress, blocked); a meeting question with no status said = all statuses;
# a named deliverable ("where are we on X") = that one action whatever its status (st="all");
# "who leads" = fact lead on the area, with the area's outstanding actions as ids.
# Kinds: ordinary (10), negation, period, wordform, deliverable, fact, people, combo, chatter.

PRIYA, RUTH, TOM, DANIEL = "priya-shah", "ruth-okafor", "tom-brennan", "daniel-cross"
HELEN, GRACE, SAM, LEO, ANITA = "helen-marsh", "grace-adeyemi", "sam-whitfield", "leo-fitzgerald", "anita-rao"
MORGAN, CHRIS, JO = "morgan-hale", "chris-dunn", "jo-pearce"
NOV19 = "cypssc-2019-10-09"

# ---- ordinary kinds (10: one of each) ----
q("ordinary", "whats outstanding on partnership working?", areas=[12],
  note="topic by area: 'partnership working' is an area 12 keyword")
q("ordinary", "anything still open that involves mosaic", rx=r"mosaic",
  note="topic by words in titles: Mosaic named in 4.1 (complete) and 7.2 (open)")
q("ordinary", "what has leo fitzgerald got on at the moment", owners=[LEO],
  note="a person; 3.2 and 7.5 are complete so only 11.6 is open")
q("ordinary", "what have i got outstanding?", owners=[GRACE], **{"as": GRACE},
  note="my actions, asked by the PSW")
q("ordinary", "show me everything that's in progress", st="in_progress",
  note="a status")
q("ordinary", "which actions are due in july", dfrom="2022-07-01", dto="2022-07-31",
  note="a month: July 2022")
q("ordinary", "list the actions from the select committee on 10 nov 2021", meeting=NOV, st="all",
  note="a meeting: meeting questions list every status")
q("ordinary", "tell me about 10.3", intent="action_detail", ref="10.3",
  note="one action's detail by ref")
q("ordinary", "how many actions have we completed so far", st="complete", fact="count",
  note="a count of complete actions")
q("ordinary", "what can i ask you?", intent="help", whyx="Help: what the bot can answer",
  note="help")

# ---- negation (9) ----
q("negation", "what's not yet complete in life story work", areas=[7],
  note="'not yet complete' = outstanding")
q("negation", "ruth's outstanding actions that aren't blocked", owners=[RUTH], st="not_blocked",
  note="6.3 is blocked and left out")
q("negation", "which actions haven't been started yet", st="not_started",
  note="'haven't been started' = status not_started")
q("negation", "helens open ones that arent overdue yet", owners=[HELEN], st="not_overdue",
  note="5.3 and 9.1 are overdue and left out")
q("negation", "what from the november committee still hasn't been done?", meeting=NOV,
  note="a status is said ('hasn't been done') so outstanding only; 11.3 complete is left out")
q("negation", "grace's actions that are not complete", owners=[GRACE],
  note="'not complete' = outstanding (no cancelled actions in the data)")
q("negation", "open QA actions which are not overdue", areas=[9], st="not_overdue",
  note="area 9; 9.1, 9.3 and 9.5 are overdue and left out")
q("negation", "which of the life story actions haven't even started", areas=[7], st="not_started",
  note="only 7.3 is not started")
q("negation", "anything in permanence planning that isn't blocked and isn't finished?", areas=[6], st="not_blocked",
  note="outstanding and not blocked in area 6")

# ---- named periods (9) ----
q("period", "what's due before easter 2022?", dbefore="2022-04-17",
  note="Easter Sunday 2022 is 17 April; no status said so outstanding, overdue ones included; nothing falls due 1-16 April")
q("period", "what do we still need to finish by the end of the financial year", dto="2022-03-31",
  note="financial year ends 31 March 2022; outstanding, overdue included")
q("period", "whats due this quarter", dfrom="2022-01-01", dto="2022-03-31",
  note="this quarter = Jan-Mar 2022 (calendar Q1, also financial Q4); includes the two outstanding actions due 31 Jan")
q("period", "actions due between 1st march and the end of june", dfrom="2022-03-01", dto="2022-06-30",
  note="a range of two dates, outstanding")
q("period", "what's coming up in the next six weeks?", dfrom="2022-02-01", dto="2022-03-15",
  note="1 Feb to 15 Mar 2022; nothing is due 1-30 March before the 31st so the boundary is safe")
q("period", "what was due last month and still isnt done", dfrom="2022-01-01", dto="2022-01-31",
  note="last month = January 2022, outstanding")
q("period", "anything due next financial year", dfrom="2022-04-01", dto="2023-03-31",
  note="financial year 2022/23, outstanding")
q("period", "which open actions were meant to be done by the end of 2021", dto="2021-12-31",
  note="outstanding, due on or before 31 Dec 2021")
q("period", "due in march?", dfrom="2022-03-01", dto="2022-03-31",
  note="March 2022, outstanding")

# ---- word forms and typos (9) ----
q("wordform", "hows the fosterer recruiting going?", rxAll=[r"foster", r"recruit"],
  note="'fosterer' ~ foster carers, 'recruiting' ~ recruit: 11.6")
q("wordform", "progress on the family safegaurding model?", rx=r"family safeguarding",
  note="typo 'safegaurding'; 2.3")
q("wordform", "outstanding lifestory actions", areas=[7],
  note="'lifestory' run together = area 7 life story work")
q("wordform", "permenance planning - what's open", areas=[6],
  note="typo 'permenance' = area 6")
q("wordform", "corperate parenting actions pls", areas=[11],
  note="typo 'corperate' = area 11")
q("wordform", "what auditing is still to be done", rx=r"audit",
  note="'auditing' ~ audit in titles/measures; outstanding")
q("wordform", "any trainng still outstanding?", rx=r"train",
  note="typo 'trainng' ~ train/training; 4.2 and 7.1")
q("wordform", "initial health assesments - anything open", rx=r"health assessment",
  note="typo 'assesments'; 11.4")
q("wordform", "child protectoin actions", rx=r"child protection",
  note="typo 'protectoin'; titles naming child protection, outstanding")

# ---- named deliverable, whatever its status (9) ----
q("deliverable", "where are we on the quality assurance framework", rx=r"quality assurance framework", st="all", expect=1,
  note="9.1")
q("deliverable", "whats happening with the joint housing protocol for homeless 16/17 year olds", rx=r"housing protocol", st="all", expect=1,
  note="3.1")
q("deliverable", "did the pre-birth protocol ever get agreed?", rx=r"pre-birth", st="all", expect=1,
  note="6.2, complete")
q("deliverable", "status of the what good looks like practice standards?", rx=r"what good looks like", st="all", expect=1,
  note="1.2, complete")
q("deliverable", "where did we get to with the new staff induction programme", rx=r"induction programme", st="all", expect=1,
  note="1.3, complete")
q("deliverable", "is the social worker pay and reward offer in place yet", rx=r"pay and reward", st="all", expect=1,
  note="10.1, complete")
q("deliverable", "the you said we did action plan - has that gone to members?", rx=r"you said, we did", st="all", expect=1,
  note="11.3, complete")
q("deliverable", "update on the supervision policy pls", rx=r"supervision policy", st="all", expect=1,
  note="8.2, complete")
q("deliverable", "how's the return home interview template going", rx=r"return home interview template", st="all", expect=1,
  note="5.1, complete")

# ---- fact questions (9) ----
q("fact", "who leads on corporate parenting?", areas=[11], fact="lead",
  note="area 11 lead")
q("fact", "who's the lead for QA", areas=[9], fact="lead",
  note="area 9 lead")
q("fact", "who heads up the recording and return home interviews area", areas=[5], fact="lead",
  note="area 5 lead")
q("fact", "when's 9.6 due", intent="action_detail", ref="9.6", fact="due",
  note="due date of 9.6")
q("fact", "due date for 11.4?", intent="action_detail", ref="11.4", fact="due",
  note="due date of 11.4")
q("fact", "who owns 4.2", intent="action_detail", ref="4.2", fact="owner",
  note="owner of 4.2")
q("fact", "who is responsible for action 10.4", intent="action_detail", ref="10.4", fact="owner",
  note="owner of 10.4")
q("fact", "who owns the quarterly case recording audit?", intent="action_detail", ref="5.3", fact="owner",
  note="the only case recording audit is 5.3")
q("fact", "when is the re-referral rates report supposed to go to members", intent="action_detail", ref="9.3", fact="due",
  note="the re-referral report is 9.3")

# ---- several people (8) ----
q("people", "sam's and grace's actions", owners=[SAM, GRACE],
  note="two owners, outstanding")
q("people", "what's outstanding for me and sam", owners=[HELEN, SAM], **{"as": HELEN},
  note="'me' is the asker (Head of QA) plus Sam Whitfield")
q("people", "ruth and leo - what are they both working on?", owners=[RUTH, LEO],
  note="two owners, outstanding")
q("people", "anything overdue for daniel or helen", owners=[DANIEL, HELEN], st="overdue",
  note="two owners, overdue")
q("people", "can i see tom brennan and cllr pearce's actions", owners=[TOM, JO],
  note="an AD and the cabinet member, outstanding")
q("people", "what have the PSW and the head of QA got due in march", owners=[GRACE, HELEN], dfrom="2022-03-01", dto="2022-03-31",
  note="job titles: Principal Social Worker (Grace Adeyemi), Head of Quality Assurance (Helen Marsh)")
q("people", "mine and leo's please", owners=[ANITA, LEO], **{"as": ANITA},
  note="asker (Virtual School Head) plus Leo Fitzgerald, outstanding")
q("people", "priya's and morgan's actions that haven't started", owners=[PRIYA, MORGAN], st="not_started",
  note="Morgan has only a complete action; Priya has 9.6 not started")

# ---- status + owner + area together (9) ----
q("combo", "helen's in progress QA actions", owners=[HELEN], areas=[9], st="in_progress",
  note="in_progress, Helen, area 9")
q("combo", "is anything of daniel's overdue on life story work", owners=[DANIEL], areas=[7], st="overdue",
  note="overdue, Daniel, area 7: 7.2")
q("combo", "ruth's blocked actions in permanence", owners=[RUTH], areas=[6], st="blocked",
  note="blocked, Ruth, area 6: 6.3")
q("combo", "which of grace's actions on quality of plans haven't started", owners=[GRACE], areas=[4], st="not_started",
  note="not_started, Grace, area 4: 4.3")
q("combo", "not started QA actions for priya", owners=[PRIYA], areas=[9], st="not_started",
  note="not_started, Priya, area 9: 9.6")
q("combo", "what has ruth completed under corporate parenting", owners=[RUTH], areas=[11], st="complete",
  note="complete, Ruth, area 11")
q("combo", "sam's finished recruitment and retention actions", owners=[SAM], areas=[10], st="complete",
  note="complete, Sam, area 10: 10.1")
q("combo", "overdue recording actions owned by helen marsh", owners=[HELEN], areas=[5], st="overdue",
  note="overdue, Helen, area 5: 5.3")
q("combo", "tom's done partnership actions", owners=[TOM], areas=[12], st="complete",
  note="complete, Tom, area 12")

# ---- chatter around a question (8) ----
q("chatter", "morning! quick one - what's overdue for me?", owners=[DANIEL], st="overdue", **{"as": DANIEL},
  note="greeting around 'my overdue actions', asked by the Transformation Director")
q("chatter", "thanks for yesterday, can you pull up everything agreed at the 12 jan committee", meeting=JAN, st="all",
  note="thanks around a meeting question: all statuses")
q("chatter", "hiya sorry to bother you, who's got 2.2?", intent="action_detail", ref="2.2", fact="owner",
  note="apology around an owner question")
q("chatter", "afternoon - prepping for BPG, what's still open on neglect pls", areas=[2],
  note="context around an area question; BPG is not a topic")
q("chatter", "hi 👋 what's the latest on 6.1", intent="action_detail", ref="6.1",
  note="greeting and emoji around a detail question")
q("chatter", "cheers for that. how many are blocked at the moment?", st="blocked", fact="count",
  note="thanks around a count")
q("chatter", "hope you had a good weekend! anything due this month i should know about", dfrom="2022-02-01", dto="2022-02-28",
  note="today is 1 Feb 2022 so this month = February 2022; outstanding")
q("chatter", "morning, before the weekly catch up - anything overdue in my areas?", leads=[RUTH], st="overdue", **{"as": RUTH},
  note="'my areas' from an AD = areas she leads (6, 7, 11), not actions she owns")
