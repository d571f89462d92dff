# Question set H for the Improvement Tracker bot (Children First Practice Improvement Plan).
# Exec'd by build.py, which computes every actionIds list from data/children-first.json.
# No action ids are typed by hand. "Today" is 2022-02-01.
#
# Conventions used for labelling:
#  - A list question with no status said means outstanding (not_started, in_progress, blocked); overdue included.
#  - A question about a meeting's actions with no status said lists every status (st="all").
#  - Naming one specific deliverable ("where are we on X", "is X done") = that one action whatever its status:
#    st="all" plus an rx that picks exactly it, expect=1.
#  - "Who owns / when is X due" about one named deliverable, or about a ref ("when is 7.2 due") = intent
#    action_detail with ref= and fact owner/due. "Tell me about 7.2" = action_detail without a fact.
#  - "Who leads on X" = fact "lead" for that one area, list = the area's outstanding actions.
#    "How many ..." = fact "count" over the list the question describes.
#  - A topic that names an area (its title, short title or a keyword) is labelled areas=[n], even if action
#    text elsewhere uses the same word; otherwise rx over action title+measure.
#  - Periods: financial year April-March; this quarter = Jan-Mar 2022, next quarter = Apr-Jun 2022;
#    Easter Sunday 2022 = 17 April. "by X" = due on/before X, overdue included. "before X" = due before X
#    (overdue included, X itself excluded). "in the next N weeks/months" and "between now and X" run from
#    2022-02-01 and leave out overdue. "in March" = that month only. "this month" = February 2022.
#  - Chatter (greetings, thanks, apologies, who passed the message on, weekdays said in passing, news) changes
#    nothing. Thanks alone = intent "unknown"; a greeting alone = "help"; "what can you do" = "help";
#    an overview of the whole plan = "summary".
#  - Several people = union of their actions; job titles = the person who holds them. "My actions" = owners=[as];
#    "my areas" = leads=[as].
#  - Exclusions ("not X's", "outside area N") are written as owners= every other person / areas= every other area.
#  - "Last committee" / "last month's committee" = cypssc-2022-01-12 (the latest meeting before today).

ALL_PEOPLE = [p["id"] for p in DATA["people"]]
ALL_AREAS = sorted(AREAS)


def others(*ids):
    return [p for p in ALL_PEOPLE if p not in ids]


def areas_except(*ns):
    return [n for n in ALL_AREAS if n not in ns]


JUN19 = "cypssc-2019-06-19"
Q1 = dict(dfrom="2022-01-01", dto="2022-03-31")
Q2 = dict(dfrom="2022-04-01", dto="2022-06-30")

# ---------------------------------------------------------------- ordinary (30)
q("ordinary", "What's outstanding?", expect=30)
q("ordinary", "overdue actions", st="overdue", expect=7)
q("ordinary", "Life story work", areas=[7])
q("ordinary", "What's still to do on recruitment and retention?", areas=[10])
q("ordinary", "QA", areas=[9], note="QA is an area 9 keyword")
q("ordinary", "Is anything blocked at the moment?", st="blocked", expect=1)
q("ordinary", "Show me the actions under area 11 please", areas=[11])
q("ordinary", "I sit on the Children and Young People's Services Select Committee. At our November meeting we asked "
  "for a number of things, including a report on re-referrals and an update on the IT systems. Could you list "
  "everything that came out of that meeting, please?", meeting=NOV, st="all", expect=7)
q("ordinary", "Can I get a summary of where the improvement plan is at", intent="summary")
q("ordinary", "help", intent="help")
q("ordinary", "Which actions have been completed so far?", st="complete", expect=20)
q("ordinary", "partnership working", areas=[12])
q("ordinary", "what's left on return home interviews and case recording", areas=[5])
q("ordinary", "Which actions are currently in progress?", st="in_progress")
q("ordinary", "practice infrastructure actions", areas=[1])
q("ordinary", "What are my actions?", owners=["priya-shah"], **{"as": "priya-shah"})
q("ordinary", "Supervision and management oversight: what is left to do?", areas=[8], expect=0,
  note="every area 8 action is complete, so nothing is outstanding")
q("ordinary", "Permanence planning - open actions", areas=[6])
q("ordinary", "List the actions agreed at the October 2019 select committee", meeting=OCT19, st="all", expect=11)
q("ordinary", "private fostering", areas=[3])
q("ordinary", "What remains outstanding under the quality of plans?", areas=[4])
q("ordinary", "What is Daniel Cross working on at the moment?", owners=["daniel-cross"])
q("ordinary", "overview", intent="summary")
q("ordinary", "what sort of things can I ask you?", intent="help")
q("ordinary", "neglect", areas=[2])
q("ordinary", "What actions came out of the last committee meeting?", meeting=JAN, st="all", expect=4,
  note="the last meeting before 2022-02-01 is 12 January 2022")
q("ordinary", "Anything on the plan for homeless 16 and 17 year olds?", areas=[3],
  note="'homeless 16 and 17 year olds' is an area 3 keyword, so the whole area")
q("ordinary", "children we care for - what's open", areas=[11], note="'children we care for' is an area 11 keyword")
q("ordinary", "I've just started as a team manager and everyone keeps mentioning the practice improvement plan. "
  "What is it and how is it going overall?", intent="summary")
q("ordinary", "What's the status of action 9.1?", intent="action_detail", ref="9.1")

# ---------------------------------------------------------------- negation (15)
q("negation", "Which actions aren't overdue yet?", st="not_overdue", expect=23)
q("negation", "what's open but not blocked", st="not_blocked", expect=29)
q("negation", "Show me the outstanding actions that don't belong to Helen", owners=others("helen-marsh"),
  note="not owned by helen-marsh, written as every other owner")
q("negation", "overdue actions outside life story work", st="overdue", areas=areas_except(7),
  note="outside area 7, written as every other area")
q("negation", "Which actions haven't been started yet?", st="not_started", expect=9)
q("negation", "Which of Ruth's actions aren't blocked?", st="not_blocked", owners=["ruth-okafor"])
q("negation", "What's overdue that isn't Daniel's?", st="overdue", owners=others("daniel-cross"),
  note="not owned by daniel-cross, written as every other owner")
q("negation", "what in corporate parenting isn't finished yet", areas=[11])
q("negation", "area 9 actions nobody has started on", areas=[9], st="not_started")
q("negation", "Overdue but not blocked - which ones?", st=["not_started", "in_progress"], dbefore=TODAY,
  note="overdue (outstanding, due before today) minus the blocked ones")
q("negation", "Which open actions didn't come from a committee meeting?", meeting=None,
  note="outstanding actions with no source meeting")
q("negation", "Everything outstanding except Daniel's and Priya's actions", owners=others("daniel-cross", "priya-shah"),
  note="not owned by daniel-cross or priya-shah, written as every other owner")
q("negation", "What's outstanding other than the audits?", rx=r"^(?!.*audit)",
  note="outstanding actions whose title/measure does not mention an audit")
q("negation", "which of mine haven't I started", st="not_started", owners=["sam-whitfield"], **{"as": "sam-whitfield"})
q("negation", "Excluding recruitment and retention, what hasn't been started?", st="not_started",
  areas=areas_except(10), note="outside area 10, written as every other area")

# ---------------------------------------------------------------- period (15)
q("period", "What's due this quarter?", **Q1, expect=15)
q("period", "anything due next quarter", **Q2, expect=6)
q("period", "What has to be done by the end of the financial year?", dto="2022-03-31", expect=20,
  note="by 31 March 2022, overdue included")
q("period", "What needs finishing before Easter?", dbefore="2022-04-17", note="Easter Sunday 2022 is 17 April")
q("period", "due in March", dfrom="2022-03-01", dto="2022-03-31")
q("period", "What's coming up in the next six weeks?", dfrom=TODAY, dto="2022-03-15",
  note="six weeks from 2022-02-01, overdue left out")
q("period", "what's due this month", dfrom="2022-02-01", dto="2022-02-28", expect=2)
q("period", "Which actions should be done by the end of June?", dto="2022-06-30")
q("period", "What's scheduled for next financial year?", dfrom="2022-04-01", dto="2023-03-31",
  note="financial year 2022/23")
q("period", "Anything due in the next couple of months?", dfrom=TODAY, dto="2022-04-01",
  note="two months from 2022-02-01, overdue left out")
q("period", "anything due before May?", dbefore="2022-05-01", note="overdue included")
q("period", "What from December is still outstanding?", dfrom="2021-12-01", dto="2021-12-31", expect=5)
q("period", "what's due between now and the end of March", dfrom=TODAY, dto="2022-03-31",
  note="'between now and' starts today, so overdue left out")
q("period", "Is anything due by the end of next week?", dto="2022-02-13",
  note="next week is 7-13 Feb 2022; 'by' includes overdue (nothing falls due 1-13 Feb)")
q("period", "what falls due in the next 3 months", dfrom=TODAY, dto="2022-05-01",
  note="three months from 2022-02-01, overdue left out")

# ---------------------------------------------------------------- wordform (15)
q("wordform", "anything on auditing?", rx="audit", expect=4)
q("wordform", "lifestory", areas=[7], note="spelling variant of life story (area 7)")
q("wordform", "recuitment", areas=[10], note="misspelling of recruitment (area 10 keyword)")
q("wordform", "what trainings are still to happen", rx="train", expect=2)
q("wordform", "adoptions", rx="adopt", expect=2)
q("wordform", "supervising staff - anything left?", areas=[8], expect=0,
  note="supervision is area 8; nothing outstanding there")
q("wordform", "neglected children", areas=[2])
q("wordform", "partnerships", areas=[12])
q("wordform", "What's happening for foster carers?", rx="foster carer", expect=2)
q("wordform", "permanance", areas=[6], note="misspelling of permanence (area 6)")
q("wordform", "CP statutory visits", rx="statutory visits", expect=2, note="CP = child protection")
q("wordform", "surveys", rx="survey", expect=2)
q("wordform", "re-referals", rx="re-?referral", expect=1, note="misspelling of re-referrals")
q("wordform", "case-recording", areas=[5])
q("wordform", "looked after children", areas=[11], note="word order variant of the area 11 keyword 'children looked after'")

# ---------------------------------------------------------------- deliverable (15)
q("deliverable", "Where are we on the joint housing protocol with the districts?", st="all", rx="housing protocol", expect=1)
q("deliverable", "Has the social worker pay and reward offer been implemented?", st="all", rx="pay and reward", expect=1)
q("deliverable", "is the QA framework approved yet", st="all", rx="quality assurance framework", expect=1)
q("deliverable", "electronic workbooks - any update?", st="all", rx="workbook", expect=1)
q("deliverable", "what's the status of the January staff survey", st="all", rx="January 2022 staff survey", expect=1)
q("deliverable", "Did we ever send members the 'you said, we did' example?", st="all", rx="you said, we did", expect=1)
q("deliverable", "How's the neglect audit going?", st="all", rx="audit.*neglect", expect=1)
q("deliverable", "Has the re-referral rates report gone out to members yet?", st="all", rx="re-referral", expect=1)
q("deliverable", "Is the What Good Looks Like practice standards work finished?", st="all", rx="What Good Looks Like", expect=1)
q("deliverable", "the new staff induction programme - done?", st="all", rx="induction", expect=1)
q("deliverable", "Did the private fostering awareness campaign for schools and GPs actually happen?", st="all",
  rx="awareness campaign", expect=1)
q("deliverable", "Where are we with embedding the family safeguarding model?", st="all", rx="family safeguarding", expect=1)
q("deliverable", "Has the committee had its briefing on statutory visits and initial conference timeliness?", st="all",
  rx="briefing", expect=1)
q("deliverable", "online procedures manual — is it live?", st="all", rx="procedures manual", expect=1)
q("deliverable", "pre-birth protocol for unborn babies, was that ever agreed?", st="all", rx="pre-birth", expect=1)

# ---------------------------------------------------------------- fact (15)
q("fact", "Who leads on neglect?", areas=[2], fact="lead")
q("fact", "who is the lead for area 9", areas=[9], fact="lead")
q("fact", "How many actions are overdue?", st="overdue", fact="count", expect=7)
q("fact", "who's got 4.2?", intent="action_detail", ref="4.2", fact="owner")
q("fact", "what's the deadline on 10.4", intent="action_detail", ref="10.4", fact="due")
q("fact", "Who is doing the quarterly life story audits?", intent="action_detail", ref="7.3", fact="owner")
q("fact", "When is the foster carer recruitment action due?", intent="action_detail", ref="11.6", fact="due")
q("fact", "How many open actions does Helen have?", owners=["helen-marsh"], fact="count", expect=7)
q("fact", "Who's accountable for corporate parenting?", areas=[11], fact="lead")
q("fact", "Who owns the update to committee on simplifying the IT systems?", intent="action_detail", ref="1.5", fact="owner")
q("fact", "tell me more about 6.3", intent="action_detail", ref="6.3")
q("fact", "How many actions came out of the January committee?", meeting=JAN, st="all", fact="count", expect=4)
q("fact", "When is the summer workforce report to committee due?", intent="action_detail", ref="10.5", fact="due")
q("fact", "who heads up recruitment and retention", areas=[10], fact="lead")
q("fact", "how many actions have we completed", st="complete", fact="count", expect=20)

# ---------------------------------------------------------------- people (15)
q("people", "What has the Principal Social Worker got on?", owners=["grace-adeyemi"])
q("people", "Leo and Anita's actions", owners=["leo-fitzgerald", "anita-rao"], expect=2)
q("people", "Head of Workforce Development - open actions", owners=["sam-whitfield"])
q("people", "what's on Ruth Okafor's list", owners=["ruth-okafor"])
q("people", "What is the Cabinet Member responsible for in the plan?", owners=["jo-pearce"], expect=1)
q("people", "anything for the virtual school head?", owners=["anita-rao"])
q("people", "Has Morgan Hale got any open actions?", owners=["morgan-hale"], expect=0)
q("people", "What's open in the areas Priya leads?", leads=["priya-shah"])
q("people", "Transformation Director's actions please", owners=["daniel-cross"])
q("people", "anything for me?", owners=["leo-fitzgerald"], **{"as": "leo-fitzgerald"})
q("people", "what's on Sam's plate and mine", owners=["grace-adeyemi", "sam-whitfield"], **{"as": "grace-adeyemi"})
q("people", "Head of QA and Performance actions", owners=["helen-marsh"])
q("people", "Deputy Director for Frontline Services — what is she carrying?", owners=["priya-shah"])
q("people", "what's outstanding across my areas?", leads=["tom-brennan"], **{"as": "tom-brennan"})
q("people", "What are the AD Corporate Parenting and the AD Early Help carrying between them?",
  owners=["ruth-okafor", "tom-brennan"])

# ---------------------------------------------------------------- combo (15)
q("combo", "Helen's overdue actions", st="overdue", owners=["helen-marsh"], expect=2)
q("combo", "life story actions due in March", areas=[7], dfrom="2022-03-01", dto="2022-03-31")
q("combo", "What does Ruth have due before Easter?", owners=["ruth-okafor"], dbefore="2022-04-17")
q("combo", "anything from the November committee that's now overdue?", meeting=NOV, st="overdue", expect=1)
q("combo", "What's outstanding in neglect and quality of plans, leaving out Helen's?", areas=[2, 4],
  owners=others("helen-marsh"), note="not owned by helen-marsh, written as every other owner")
q("combo", "which of mine are due by the end of April?", owners=["daniel-cross"], dto="2022-04-30",
  **{"as": "daniel-cross"}, note="'by' includes overdue")
q("combo", "Overdue actions in Tom Brennan's areas", leads=["tom-brennan"], st="overdue")
q("combo", "QA actions due this quarter", areas=[9], **Q1)
q("combo", "in-progress actions owned by Grace or Helen", st="in_progress", owners=["grace-adeyemi", "helen-marsh"])
q("combo", "corporate parenting actions from January's committee that are still open", areas=[11], meeting=JAN)
q("combo", "Helen's audits due in March", owners=["helen-marsh"], rx="audit", dfrom="2022-03-01", dto="2022-03-31")
q("combo", "areas 4 and 5 - what's due by the end of March?", areas=[4, 5], dto="2022-03-31")
q("combo", "not started and due in the next two months", st="not_started", dfrom=TODAY, dto="2022-04-01")
q("combo", "my overdue ones", st="overdue", owners=["ruth-okafor"], **{"as": "ruth-okafor"})
q("combo", "Anything on Mosaic or in the recording area?", union=[{"rx": "mosaic"}, {"areas": [5]}])

# ---------------------------------------------------------------- chatter (15)
q("chatter", "thanks!", intent="unknown")
q("chatter", "Good morning", intent="help", note="greeting alone")
q("chatter", "cheers, that's really helpful", intent="unknown")
q("chatter", "Hi, sorry to bother you. Ruth asked me to find out what's overdue across the whole plan before the "
  "board on Thursday. Many thanks", st="overdue")
q("chatter", "Back from leave today, hope everyone's well. What's on my list?", owners=["sam-whitfield"],
  **{"as": "sam-whitfield"})
q("chatter", "morning all, could you give me a quick rundown of the plan as a whole please", intent="summary")
q("chatter", "hello! what are you able to help with?", intent="help")
q("chatter", "Apologies if this is the wrong channel - what's still outstanding on neglect?", areas=[2])
q("chatter", "Chris from Democratic Services here. For the minutes action log, what came out of the January select "
  "committee? Thanks in advance", meeting=JAN, st="all", **{"as": "chris-dunn"})
q("chatter", "Great news about the three Outstanding homes by the way! Quick one: who leads on life story work?",
  areas=[7], fact="lead")
q("chatter", "ta", intent="unknown")
q("chatter", "Hiya, Priya forwarded this to me — what's due this month?", dfrom="2022-02-01", dto="2022-02-28")
q("chatter", "Thanks so much for that. One more thing, which actions are blocked?", st="blocked")
q("chatter", "It's Monday and I'm already drowning lol. what's overdue for me", st="overdue", owners=["helen-marsh"],
  **{"as": "helen-marsh"})
q("chatter", "Hi all. Ahead of my catch-up with the Commissioner tomorrow I want to make sure I'm not caught out. "
  "Can you show me everything overdue in quality assurance? Thanks, Morgan", areas=[9], st="overdue",
  **{"as": "morgan-hale"})
