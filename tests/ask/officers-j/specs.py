# Evaluation questions for Improvement Tracker (set j).
# Labelled by build.py from data/children-first.json; no action id is typed here.
#
# Conventions used for labelling ("today" is 2022-02-01):
# - A list question with no status said means outstanding (not_started, in_progress, blocked),
#   overdue ones included.
# - A question about a meeting's actions with no status said lists every status (st="all").
# - One named or paraphrased deliverable ("where are we on X", "is X done") = that one action,
#   whatever its status: st="all" + an rx that picks exactly it, expect=1.
# - "Who owns / when is X due" about one deliverable or a ref = intent action_detail, fact owner/due.
# - "Who leads on X?" = fact "lead" for that one area, with its outstanding actions as the list.
#   "How many ..." = fact "count".
# - Words that name an area (its title or keywords, or a plain word form of them) are labelled
#   areas=; other topics are an rx over action title+measure.
# - Periods: financial year April-March (2021/22 ends 2022-03-31); "this/next quarter" are
#   calendar quarters (this = Jan-Mar 2022, next = Apr-Jun 2022); Easter Sunday 2022 = 17 April,
#   "after Easter" starts 18 April; "by X" = due on or before X, overdue included; "before X" =
#   due before X (overdue included, no lower bound); "in the next N weeks/months" runs from
#   2022-02-01 and leaves out overdue; "in March" = that month only; "this month" = February 2022,
#   "last month" = January 2022; "w/c" = the Monday-to-Sunday week starting that date;
#   "early March" ends 10 March, "mid-April" = 15 April, "tail end of March" = 21-31 March.
#   (All due dates in the data are month ends, so none of these fuzzy edges changes a label.)
#   No term dates appear in the seed papers, so no half-term questions.
# - Chatter around a question changes nothing. Thanks alone = "unknown"; a greeting alone or
#   "what can you do" = "help"; an overview of the whole plan = "summary".
# - Several people = the union of their actions; a job title = the person who holds it;
#   "the assistant directors / the ADs" = Ruth Okafor and Tom Brennan (the two Assistant
#   Director job titles); "someone's areas" = the areas whose lead they are; "I/me/my" = the
#   asker given by "as".
# - Exclusions build.py cannot express directly are written as owners= every other person or
#   areas= every other area (see the note on each).

def others(*ids):
    return [p for p in PEOPLE if p not in ids]

def areas_except(*ns):
    return [n for n in AREAS if n not in ns]

MAR = dict(dfrom="2022-03-01", dto="2022-03-31")
THISQ = dict(dfrom="2022-01-01", dto="2022-03-31")
NEXTQ = dict(dfrom="2022-04-01", dto="2022-06-30")
FEB = dict(dfrom="2022-02-01", dto="2022-02-28")
JANM = dict(dfrom="2022-01-01", dto="2022-01-31")
ADS = ["ruth-okafor", "tom-brennan"]

# ---------------------------------------------------------------- ordinary (30)
q("ordinary", "What's outstanding on neglect?", areas=[2], expect=2)
q("ordinary", "show me the life story actions", areas=[7], expect=4)
q("ordinary", "Which actions are overdue?", st="overdue", expect=7)
q("ordinary", "anything blocked at the moment?", st="blocked", expect=1)
q("ordinary", "What's Helen got on her plate?", owners=["helen-marsh"], expect=7)
q("ordinary", "list Ruth's actions", owners=["ruth-okafor"], expect=5)
q("ordinary", "What's still open under quality assurance?", areas=[9], expect=6)
q("ordinary", "corporate parenting - what's left to do?", areas=[11], expect=3)
q("ordinary", "Which actions haven't been started yet?", st="not_started", expect=9)
q("ordinary", "How many actions have been completed so far?", st="complete", fact="count", expect=20)
q("ordinary", "Which recruitment and retention actions are in progress?", areas=[10], st="in_progress", expect=2)
q("ordinary", "private fostering actions please", areas=[3], expect=2,
  note="'private fostering' is a keyword of area 3 as a whole, so the homeless 16-17s protocol is included")
q("ordinary", "What's outstanding for partnership working?", areas=[12], expect=1)
q("ordinary", "show me the permanence actions", areas=[6], expect=2)
q("ordinary", "anything still open on supervision?", areas=[8], expect=0,
  note="every area 8 action is complete, so the right answer is an empty list")
q("ordinary", "what does Daniel have outstanding", owners=["daniel-cross"], expect=5)
q("ordinary", "Tell me about 9.1", intent="action_detail", ref="9.1")
q("ordinary", "Who owns 10.2?", intent="action_detail", ref="10.2", fact="owner")
q("ordinary", "When's 6.1 due?", intent="action_detail", ref="6.1", fact="due")
q("ordinary", "Who leads on corporate parenting?", areas=[11], fact="lead", expect=3)
q("ordinary", "what sort of things can I ask you?", intent="help")
q("ordinary", "Can I get an overview of where the plan is at overall?", intent="summary")
q("ordinary", "Quality of plans actions?", areas=[4], expect=2)
q("ordinary", "What's open on recording and return home interviews", areas=[5], expect=2)
q("ordinary", "list the actions that came out of the January committee", meeting=JAN, st="all", expect=4)
q("ordinary", "How many actions are overdue?", st="overdue", fact="count", expect=7)
q("ordinary", "Whats Leo working on", owners=["leo-fitzgerald"], expect=1)
q("ordinary", "Practice infrastructure - what's outstanding?", areas=[1], expect=2)
q("ordinary", "Which actions are due in March?", **MAR, expect=11)
q("ordinary", "What's left on the workforce side?", areas=[10], expect=4,
  note="'workforce' is a keyword of area 10")

# ---------------------------------------------------------------- negation (15)
q("negation", "What's still open that isn't blocked?", st="not_blocked", expect=29)
q("negation", "Which of Helen's actions aren't overdue?", owners=["helen-marsh"], st="not_overdue", expect=5)
q("negation", "anything overdue that's not Helen's?", st="overdue", owners=others("helen-marsh"), expect=5,
  note="exclusion written as every owner except helen-marsh")
q("negation", "Show me the open actions, leaving out quality assurance", areas=areas_except(9), expect=24,
  note="exclusion written as every area except 9")
q("negation", "which outstanding actions are not in progress?", st=["not_started", "blocked"], expect=10)
q("negation", "life story actions other than the Mosaic one", areas=[7], rx=r"^(?!.*mosaic)", expect=3,
  note="the Mosaic one is 7.2; the rx keeps area 7 actions that do not mention Mosaic")
q("negation", "What hasn't Ruth finished?", owners=["ruth-okafor"], expect=5)
q("negation", "anything not owned by the ADs?", owners=others(*ADS), expect=24,
  note="the ADs are the two Assistant Directors, ruth-okafor and tom-brennan; written as every other owner")
q("negation", "Which open actions aren't due until after March?", dfrom="2022-04-01", expect=10)
q("negation", "Which corporate parenting actions are outstanding but not Ruth's?", areas=[11],
  owners=others("ruth-okafor"), expect=2, note="exclusion written as every owner except ruth-okafor")
q("negation", "Priya's areas but leaving out neglect - what's still to do?", areas=[1, 4, 8], expect=4,
  note="Priya leads areas 1, 2, 4 and 8; neglect (2) removed")
q("negation", "What from the November meeting isn't complete yet?", meeting=NOV, expect=6,
  note="'isn't complete' is a status said, so outstanding rather than all")
q("negation", "what audits are still outstanding apart from the life story one?", rx=r"audit",
  areas=areas_except(7), expect=3, note="the life story audit is 7.3; exclusion written as every area except 7")
q("negation", "Of the completed actions, which ones weren't Priya's?", st="complete",
  owners=others("priya-shah"), expect=15, note="exclusion written as every owner except priya-shah")
q("negation", "What's overdue but not blocked?", st=["not_started", "in_progress"], dbefore="2022-02-01", expect=6,
  note="overdue = outstanding and due before today; blocked removed by listing the other two statuses")

# ---------------------------------------------------------------- period (15)
q("period", "What's due by the end of the financial year?", dto="2022-03-31", expect=20,
  note="financial year 2021/22 ends 31 March 2022; 'by' includes overdue")
q("period", "what's landing next quarter?", **NEXTQ, expect=6)
q("period", "Anything due between Easter and the end of June?", dfrom="2022-04-17", dto="2022-06-30", expect=6)
q("period", "What's due in the next six weeks?", dfrom="2022-02-01", dto="2022-03-15", expect=2)
q("period", "What's due w/c 28th Feb?", dfrom="2022-02-28", dto="2022-03-06", expect=2)
q("period", "what's coming up at the tail end of March", dfrom="2022-03-21", dto="2022-03-31", expect=11)
q("period", "Anything that needs to be done by mid-April?", dto="2022-04-15", expect=20)
q("period", "Which actions fall due in the 2022/23 financial year?", dfrom="2022-04-01", dto="2023-03-31", expect=10)
q("period", "What's due this month?", **FEB, expect=2)
q("period", "Which actions were due last month?", **JANM, expect=2,
  note="no status said, so outstanding ones due in January 2022")
q("period", "What's due by early March?", dto="2022-03-10", expect=9)
q("period", "what's due between now and the end of April", dfrom="2022-02-01", dto="2022-04-30", expect=14)
q("period", "Anything due on 30th June?", dfrom="2022-06-30", dto="2022-06-30", expect=5)
q("period", "What's due in the final quarter of this financial year?", **THISQ, expect=15,
  note="Q4 of 2021/22 is January-March 2022; January items still open are in the period")
q("period", "Anything due in July?", dfrom="2022-07-01", dto="2022-07-31", expect=3)

# ---------------------------------------------------------------- wordform (15)
q("wordform", "What's happening with auditing at the moment?", rx=r"audit", expect=4)
q("wordform", "any trainings still outstanding?", rx=r"train", expect=2)
q("wordform", "What's open on recruiting and retaining social workers?", areas=[10], expect=4,
  note="word forms of area 10's title 'Staff recruitment and retention'")
q("wordform", "lifestory work actions?", areas=[7], expect=4)
q("wordform", "anything left on return-home interviewing?", areas=[5], expect=2)
q("wordform", "What's outstanding on fostering to adopt?", areas=[6], expect=2,
  note="'foster to adopt' is a keyword of area 6 as a whole")
q("wordform", "What are we doing about neglected children?", areas=[2], expect=2)
q("wordform", "what's left for us as corporate parent?", areas=[11], expect=3)
q("wordform", "What have we got on homelessness for 16 and 17 year olds?", areas=[3], expect=2,
  note="'homeless 16 and 17 year olds' is a keyword of area 3 as a whole")
q("wordform", "anything about coproduction still open?", rx=r"co-?produc", expect=1)
q("wordform", "any briefings still to do?", rx=r"briefing", expect=1)
q("wordform", "What's outstanding on the staff surveys?", rx=r"survey", expect=2)
q("wordform", "Which audits haven't been started?", rx=r"audit", st="not_started", expect=2)
q("wordform", "any update on rereferrals?", rx=r"re-?referral", expect=1)
q("wordform", "What's outstanding on agency staffing?", rx=r"agency staff", expect=2,
  note="'agency staff' not bare 'agency', which would also catch the regional adoption agency")

# ---------------------------------------------------------------- deliverable (15)
q("deliverable", "where are we with getting all the housing authorities to sign up to the new arrangement for homeless teenagers?",
  st="all", rx=r"joint housing protocol", expect=1)
q("deliverable", "Has the bit about getting life story work onto the case management system moved at all?",
  st="all", rx=r"life story work in Mosaic", expect=1)
q("deliverable", "is the one about every adopted child having their book before the court makes the order done yet?",
  st="all", rx=r"life story book before the adoption order", expect=1)
q("deliverable", "the new salary package for social workers - is that finished?",
  st="all", rx=r"pay and reward", expect=1)
q("deliverable", "Where are we on the digital workbooks that are supposed to cut down the paperwork?",
  st="all", rx=r"electronic workbooks", expect=1)
q("deliverable", "Did the awareness drive with schools and GPs about private fostering ever happen?",
  st="all", rx=r"awareness campaign", expect=1)
q("deliverable", "What's the status of getting IROs and CP chairs trained to push back when plans drift?",
  st="all", rx=r"challenge drift", expect=1)
q("deliverable", "how far along is the update on services in the buildings early help is pulling out of?",
  st="all", rx=r"early help is withdrawing", expect=1)
q("deliverable", "the report we promised members on children coming back into the system after their case was closed - has it gone out?",
  st="all", rx=r"re-referral", expect=1)
q("deliverable", "where's the work on keeping every looked-after child's education plan current?",
  st="all", rx=r"personal education plans", expect=1)
q("deliverable", "placing children with foster carers who are approved to adopt them, where are we with that?",
  st="all", rx=r"foster-to-adopt placements", expect=1)
q("deliverable", "Did the invite for councillors to sit in on the foster carer life story sessions go out?",
  st="all", rx=r"Invite Committee members", expect=1)
q("deliverable", "is the monthly panel that checks every looked-after child has a permanence plan up and running?",
  st="all", rx=r"permanence tracking panel", expect=1)
q("deliverable", "is the neglect deep dive done?",
  st="all", rx=r"thematic audit of practice with children experiencing neglect", expect=1,
  note="'deep dive' = the thematic audit of neglect practice")
q("deliverable", "the assessment of all the team managers - did that finish?",
  st="all", rx=r"management assessment programme", expect=1)

# ---------------------------------------------------------------- fact (15)
q("fact", "Who's doing the audit of private fostering assessments?", intent="action_detail", ref="3.3", fact="owner")
q("fact", "When is the IT simplification update due to come back to committee?", intent="action_detail", ref="1.5", fact="due")
q("fact", "Who's responsible for getting more in-house foster carers signed up?", intent="action_detail", ref="11.6", fact="owner")
q("fact", "When's the briefing on initial conference timeliness due?", intent="action_detail", ref="9.6", fact="due")
q("fact", "Who's taking the summer workforce report to committee?", intent="action_detail", ref="10.5", fact="owner")
q("fact", "Who leads on return home interviews?", areas=[5], fact="lead", expect=2)
q("fact", "who's the lead for the QA area?", areas=[9], fact="lead", expect=6)
q("fact", "How many actions does Ruth have open?", owners=["ruth-okafor"], fact="count", expect=5)
q("fact", "How many life story actions are overdue?", areas=[7], st="overdue", fact="count", expect=1)
q("fact", "When does the cut in agency staff have to be done by?", intent="action_detail", ref="10.3", fact="due")
q("fact", "Who owns the work with health colleagues on initial health assessments?", intent="action_detail", ref="11.4", fact="owner")
q("fact", "When is the audit of neglect cases meant to report?", intent="action_detail", ref="2.2", fact="due")
q("fact", "who's on the hook for getting the procedures manual online?", intent="action_detail", ref="1.4", fact="owner")
q("fact", "Who leads the permanence area?", areas=[6], fact="lead", expect=2)
q("fact", "How many actions came out of the November workforce meeting?", meeting=NOV, st="all", fact="count", expect=7)

# ---------------------------------------------------------------- people (15)
q("people", "What's the Principal Social Worker got outstanding?", owners=["grace-adeyemi"], expect=3)
q("people", "show me the Head of Fostering's actions", owners=["leo-fitzgerald"], expect=1)
q("people", "what does the cabinet member own?", owners=["jo-pearce"], expect=1)
q("people", "Anything sitting with the transformation director?", owners=["daniel-cross"], expect=5)
q("people", "Helen's and Sam's actions please", owners=["helen-marsh", "sam-whitfield"], expect=9)
q("people", "What have I got open?", owners=["grace-adeyemi"], expect=3, **{"as": "grace-adeyemi"})
q("people", "me and Anita - what's outstanding between us?", owners=["leo-fitzgerald", "anita-rao"], expect=2,
  **{"as": "leo-fitzgerald"})
q("people", "Which areas does Tom lead, and what's open in them?", leads=["tom-brennan"], expect=5)
q("people", "What's open in the areas the Deputy Director leads?", leads=["priya-shah"], expect=6)
q("people", "What does the Head of Workforce Development have due?", owners=["sam-whitfield"], expect=2)
q("people", "What's on my list that's overdue?", owners=["ruth-okafor"], st="overdue", expect=2,
  **{"as": "ruth-okafor"})
q("people", "What do the assistant directors have on?", owners=ADS, expect=6)
q("people", "Priya and Daniel's outstanding stuff", owners=["priya-shah", "daniel-cross"], expect=9)
q("people", "Is there anything I need to do?", owners=["jo-pearce"], expect=1, **{"as": "jo-pearce"})
q("people", "actions owned by the virtual school head or the head of fostering",
  owners=["anita-rao", "leo-fitzgerald"], expect=2)

# ---------------------------------------------------------------- combo (15)
q("combo", "What's Helen got due in March?", owners=["helen-marsh"], **MAR, expect=4)
q("combo", "Overdue actions in corporate parenting and permanence?", areas=[6, 11], st="overdue", expect=1)
q("combo", "Which of Ruth's actions are due by the end of June?", owners=["ruth-okafor"], dto="2022-06-30", expect=4)
q("combo", "Daniel's not-started actions due after Easter", owners=["daniel-cross"], st="not_started",
  dfrom="2022-04-18", expect=2)
q("combo", "in-progress QA and recruitment actions due this quarter", areas=[9, 10], st="in_progress", **THISQ, expect=3)
q("combo", "Anything Grace or Helen has due in the next 2 months?", owners=["grace-adeyemi", "helen-marsh"],
  dfrom="2022-02-01", dto="2022-04-01", expect=7)
q("combo", "what's blocked or overdue in Ruth's areas?", leads=["ruth-okafor"], st="overdue", expect=2,
  note="blocked or overdue; the only blocked action (6.3) is also overdue, so st=overdue gives the union")
q("combo", "Which of the January committee actions are still outstanding and owned by Priya?", meeting=JAN,
  owners=["priya-shah"], expect=1)
q("combo", "Overdue items from the autumn 2019 committee", meeting=OCT19, st="overdue", expect=1)
q("combo", "What's due by the end of the financial year in the areas Tom leads?", leads=["tom-brennan"],
  dto="2022-03-31", expect=3)
q("combo", "How many of Helen's are due this quarter?", owners=["helen-marsh"], **THISQ, fact="count", expect=6)
q("combo", "Audits due by the end of March that haven't started yet", rx=r"audit", st="not_started",
  dto="2022-03-31", expect=2)
q("combo", "In-progress actions owned by the ADs that are due next quarter", owners=ADS, st="in_progress",
  **NEXTQ, expect=1)
q("combo", "Life story or corporate parenting actions due before Easter", areas=[7, 11], dbefore="2022-04-17", expect=4)
q("combo", "Overdue actions owned by Helen or Ruth", owners=["helen-marsh", "ruth-okafor"], st="overdue", expect=4)

# ---------------------------------------------------------------- chatter (15)
q("chatter", "Morning! Just back from the Improvement Board with Priya, absolute marathon. Anyway, can you tell me what Sam has outstanding?",
  owners=["sam-whitfield"], expect=2)
q("chatter", "thanks, that's really helpful", intent="unknown")
q("chatter", "Ofsted monitoring visit is on the 15th March so panic stations 😅 what's overdue in quality assurance?",
  areas=[9], st="overdue", expect=3)
q("chatter", "I've got a 1:1 with Ruth on Thursday and she'll want to talk recruitment, but what I actually need right now is the life story actions",
  areas=[7], expect=4)
q("chatter", "Sorry to bother you again, Tom asked me to check before the 28th - who owns 4.2?",
  intent="action_detail", ref="4.2", fact="owner")
q("chatter", "Cllr Pearce was asking about fostering at the last meeting but never mind that, when is 11.5 due?",
  intent="action_detail", ref="11.5", fact="due")
q("chatter", "Sat in the neglect workshop all morning 🙃 off topic but what's due next quarter?", **NEXTQ, expect=6)
q("chatter", "Helen's off until Monday so I'm covering for her - can you list her overdue ones?",
  owners=["helen-marsh"], st="overdue", expect=2)
q("chatter", "Cheers for earlier. Separate thing: what's the status of the quality assurance framework?",
  st="all", rx=r"establish a quality assurance framework", expect=1)
q("chatter", "we've got the Summer 2022 report to worry about eventually but right now I just need what's due this month",
  **FEB, expect=2)
q("chatter", "Daniel's chairing the staff survey debrief in March, not that it matters - who leads on partnership working?",
  areas=[12], fact="lead", expect=1)
q("chatter", "Grace said the practice standards went down really well back in 2020. What's she got open now?",
  owners=["grace-adeyemi"], expect=3)
q("chatter", "Quick one before my 2pm - how many actions are blocked?", st="blocked", fact="count", expect=1)
q("chatter", "Been a mad week with half the team off with covid. Can you give me the headline picture for the whole plan?",
  intent="summary")
q("chatter", "The January meeting went on forever, though great news about the three homes getting outstanding. Anyway - which actions came out of November's committee?",
  meeting=NOV, st="all", expect=7)
