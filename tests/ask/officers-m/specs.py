# Evaluation questions for Improvement Tracker (set m): 150 questions, 15 per kind.
# Labelled by build.py against /work/shared/fixtures/children-first.json ("today" = 2022-02-01).
#
# Conventions decided here, in addition to CONVENTIONS.txt:
# - "open", "still to do", "left", "outstanding", "not finished", "not done" = outstanding.
#   "done", "finished", "completed" = status complete; "stuck" = blocked; "in flight" /
#   "in progress" / "underway" = in_progress; "slipped", "late", "overdue", "past its date" =
#   overdue; "not started", "hasn't kicked off" = not_started.
# - "Open actions that aren't in progress" = outstanding minus in_progress (not_started + blocked).
# - A topic excluded inside a person or an area ("Helen's apart from the audits") is a
#   negative-lookahead rx over title+measure, e.g. ^(?!.*audit).
# - "Child protection" / "CP" on its own is a topic (rx "child protection"), not area 4: the
#   area-4 keyword is "child protection plans". "Fostering" on its own is not an area word
#   (area 3 is "private fostering"); it only appears here inside job titles or one deliverable.
# - A job title that contains an area word ("Head of QA", "Head of Workforce Development",
#   "Head of Fostering") names the person, not the area.
# - Meetings: "the November committee" / "item 23" / "the workforce item" / resolution 23.3.x =
#   cypssc-2021-11-10; "the January committee" / "item 42" / 42.x = cypssc-2022-01-12;
#   "October 2019" / "autumn 2019" / "item 39" / 39.x = cypssc-2019-10-09. "The last / latest
#   committee" = the most recent meeting before today (12 January 2022). A meeting's item name
#   names the meeting, not an area.
# - A meeting question with a status word ("still open", "finished", "overdue") uses that status;
#   with a period but no status it still lists every status.
# - "How many ..." with no status counts outstanding actions; "done or not" / "altogether" = all.
# - "Between X and Y" with months = from the 1st of X to the last day of Y, both inclusive.
#   "Next financial year" / "22/23" = 2022-04-01 to 2023-03-31. "Christmas 2019" = 25 Dec 2019.
# - "By the end of the month" = due on or before 28 Feb 2022, overdue included.
# - A greeting alone = help; thanks or a sign-off alone (with no question) = unknown.
# - Someone asking about another person's actions ("covering for Helen") is labelled for the
#   person named, not the asker.

def everyone_but(*ids):
    return [p for p in PEOPLE if p not in ids]


def areas_but(*ns):
    return [n for n in sorted(AREAS) if n not in ns]


# ---------------------------------------------------------------- ordinary
q("ordinary", "what's open on neglect?", areas=[2], expect=2)
q("ordinary", "Can you show me Helen Marsh's actions", owners=["helen-marsh"], expect=7)
q("ordinary", "whats overdue", st="overdue", expect=7)
q("ordinary", "Anything coming up in the next four weeks?", st="not_overdue", dfrom="2022-02-01", dto="2022-03-01", expect=2)
q("ordinary", "give me a quick summary of where the improvement plan is at", intent="summary",
  whyx="Overview of the whole plan")
q("ordinary", "open actions for life story work pls", areas=[7], expect=4)
q("ordinary", "What's Sam Whitfield working on at the moment?", owners=["sam-whitfield"], expect=2)
q("ordinary", "List the quality assurance actions", areas=[9], expect=6)
q("ordinary", "What's on Ruth's list?", owners=["ruth-okafor"], expect=5)
q("ordinary", "is anything blocked at the moment", st="blocked", expect=1)
q("ordinary", "Show me everything still open on the plan", expect=30)
q("ordinary", "What's coming up for corporate parenting?", areas=[11], expect=3,
  note="none of area 11's open actions is overdue, so 'coming up' changes nothing")
q("ordinary", "what's due this month?", dfrom="2022-02-01", dto="2022-02-28", expect=2)
q("ordinary", "Tom Brennan - open actions?", owners=["tom-brennan"], expect=1)
q("ordinary", "What's still to do on permanence", areas=[6], expect=2)

# ---------------------------------------------------------------- negation
q("negation", "what's outstanding that isn't overdue yet", st="not_overdue", expect=23)
q("negation", "Open actions excluding anything on life story work", areas=areas_but(7), expect=26,
  note="every area except 7")
q("negation", "which actions on private fostering and homeless 16-17s haven't been completed?", areas=[3], expect=2)
q("negation", "overdue items apart from the QA ones", st="overdue", areas=areas_but(9), expect=4,
  note="every area except 9")
q("negation", "what does Helen have on that isn't an audit", owners=["helen-marsh"], rx=r"^(?!.*audit)", expect=3,
  note="Helen's open actions whose text does not mention an audit")
q("negation", "Which of Ruth's actions aren't late?", owners=["ruth-okafor"], st="not_overdue", expect=3)
q("negation", "everything open other than the blocked one", st="not_blocked", expect=29)
q("negation", "what's left on corporate parenting apart from the PEPs", areas=[11],
  rx=r"^(?!.*(\bPEPs?\b|personal education))", expect=2, note="area 11 without the personal education plans action")
q("negation", "open actions not owned by Priya", owners=everyone_but("priya-shah"), expect=26,
  note="every owner except priya-shah")
q("negation", "Is there anything on supervision and oversight that nobody has finished yet?", areas=[8], expect=0,
  note="area 8 has no outstanding actions")
q("negation", "Overdue stuff that isn't Helen's or Daniel's?", st="overdue",
  owners=everyone_but("helen-marsh", "daniel-cross"), expect=3, note="every owner except helen-marsh and daniel-cross")
q("negation", "what hasn't Daniel Cross finished", owners=["daniel-cross"], expect=5)
q("negation", "which open actions aren't in progress", st=["not_started", "blocked"], expect=10)
q("negation", "outstanding actions outside Priya's areas", areas=areas_but(1, 2, 4, 8), expect=24,
  note="every area except 1, 2, 4 and 8 (the areas priya-shah leads)")
q("negation", "Grace's open stuff except the life story training", owners=["grace-adeyemi"],
  rx=r"^(?!.*life story)", expect=2, note="Grace's open actions other than the life story one")

# ---------------------------------------------------------------- periods
q("periods", "What's due by the end of the financial year?", dto="2022-03-31", expect=20)
q("periods", "anything due next quarter?", dfrom="2022-04-01", dto="2022-06-30", expect=6)
q("periods", "what needs doing before Easter", dbefore="2022-04-17", expect=20)
q("periods", "Which actions are due after Easter?", dfrom="2022-04-18", expect=10)
q("periods", "what's due in the next 6 weeks", st="not_overdue", dfrom="2022-02-01", dto="2022-03-15", expect=2)
q("periods", "What's due between March and June", dfrom="2022-03-01", dto="2022-06-30", expect=17)
q("periods", "What's due at the end of March?", dfrom="2022-03-01", dto="2022-03-31", expect=11)
q("periods", "anything due early march", dfrom="2022-03-01", dto="2022-03-10", expect=0)
q("periods", "what was due last month and still isn't done", dfrom="2022-01-01", dto="2022-01-31", expect=2)
q("periods", "What fell due in December that's still open?", dfrom="2021-12-01", dto="2021-12-31", expect=5)
q("periods", "which actions are due in 22/23", dfrom="2022-04-01", dto="2023-03-31", expect=10)
q("periods", "what's due this quarter", dfrom="2022-01-01", dto="2022-03-31", expect=15)
q("periods", "anything due w/c 28th Feb?", dfrom="2022-02-28", dto="2022-03-06", expect=2)
q("periods", "Which completed actions were due between Christmas 2019 and the end of March 2020?", st="complete",
  dfrom="2019-12-25", dto="2020-03-31", expect=6)
q("periods", "Anything due between mid-April and the end of June?", dfrom="2022-04-15", dto="2022-06-30", expect=6)

# ---------------------------------------------------------------- wordforms
q("wordforms", "wots overdue 4 helen", st="overdue", owners=["helen-marsh"], expect=2)
q("wordforms", "any QA stuff still outstandin?", areas=[9], expect=6)
q("wordforms", "RHI actions?", areas=[5], expect=2, note="RHI = return home interviews (area 5)")
q("wordforms", "corp parenting - whats open", areas=[11], expect=3)
q("wordforms", "lifestory work actions plz", areas=[7], expect=4)
q("wordforms", "recruitmnt and retention open items", areas=[10], expect=4)
q("wordforms", "has anything slipped?", st="overdue", expect=7)
q("wordforms", "which ones are stuck", st="blocked", expect=1)
q("wordforms", "what hasnt kicked off yet", st="not_started", expect=9)
q("wordforms", "Priya's outstanding bits n pieces", owners=["priya-shah"], expect=4)
q("wordforms", "perm planning - where r we", areas=[6], expect=2)
q("wordforms", "neglct actions", areas=[2], expect=2)
q("wordforms", "what's done already on supervison", st="complete", areas=[8], expect=4)
q("wordforms", "pvt fostering n homeless 16/17s", areas=[3], expect=2)
q("wordforms", "anything in flight on quality of plans", st="in_progress", areas=[4], expect=1)

# ---------------------------------------------------------------- deliverables
q("deliverables", "where are we on the pay offer for social workers?", st="all", rx=r"pay and reward", expect=1)
q("deliverables", "is the WGLL practice standards work finished?", st="all", rx=r"What Good Looks Like", expect=1)
q("deliverables", "how's the housing protocol with the districts for homeless teenagers coming along", st="all",
  rx=r"housing protocol", expect=1)
q("deliverables", "status of making sure every adopted child has their own life story book by the time the order's made?", st="all",
  rx=r"life story book", expect=1)
q("deliverables", "did we ever invite members to come and watch the foster carer training on life story?", st="all",
  rx=r"observe", expect=1)
q("deliverables", "update on the e-workbooks to cut down recording bureaucracy?", st="all", rx=r"workbook", expect=1)
q("deliverables", "did the Mosaic template for plans with the contingency bit ever go live", st="all",
  rx=r"contingency", expect=1)
q("deliverables", "where's the unborn baby pre-birth protocol got to", st="all", rx=r"pre-birth", expect=1)
q("deliverables", "that 'you said, we did' example we promised councillors - has it gone out?", st="all",
  rx=r"You said", expect=1)
q("deliverables", "has family safeguarding gone live across the assessment teams yet?", st="all",
  rx=r"family safeguarding", expect=1)
q("deliverables", "how are we getting on with cutting agency use in frontline, incl the MASH?", st="all",
  rx=r"\bMASH\b", expect=1)
q("deliverables", "the work with health on IHA timeliness - how's that going", st="all", rx=r"initial health", expect=1,
  note="IHA = initial health assessment")
q("deliverables", "is the monthly permanence panel thing still stuck?", st="all", rx=r"tracking panel", expect=1)
q("deliverables", "status of the life story training being run through the online forum?", st="all",
  rx=r"online forum", expect=1)
q("deliverables", "the procedures manual going online - done yet?", st="all", rx=r"procedures", expect=1)

# ---------------------------------------------------------------- facts
q("facts", "who owns the re-referral rates report?", intent="action_detail", ref="9.3", fact="owner")
q("facts", "when's the neglect thematic audit due", intent="action_detail", ref="2.2", fact="due")
q("facts", "Who leads on life story work?", areas=[7], fact="lead", expect=4)
q("facts", "how many actions are overdue?", st="overdue", fact="count", expect=7)
q("facts", "who's got the staff survey one - the January survey?", intent="action_detail", ref="10.4", fact="owner")
q("facts", "When is the summer workforce report to committee due?", intent="action_detail", ref="10.5", fact="due")
q("facts", "who is the lead for quality assurance", areas=[9], fact="lead", expect=6)
q("facts", "How many open actions has Helen got?", owners=["helen-marsh"], fact="count", expect=7)
q("facts", "when's the foster-to-adopt one due?", intent="action_detail", ref="6.1", fact="due")
q("facts", "Who leads partnership working?", areas=[12], fact="lead", expect=1)
q("facts", "How many actions have been completed?", st="complete", fact="count", expect=20)
q("facts", "who's responsible for keeping PEPs up to date?", intent="action_detail", ref="11.5", fact="owner")
q("facts", "how many actions are on the plan altogether, done or not?", st="all", fact="count", expect=50)
q("facts", "who owns action 4.3", intent="action_detail", ref="4.3", fact="owner")
q("facts", "what's the deadline on 7.3?", intent="action_detail", ref="7.3", fact="due")

# ---------------------------------------------------------------- people
q("people", "what have Helen and Grace got between them", owners=["helen-marsh", "grace-adeyemi"], expect=10)
q("people", "What's the Principal Social Worker got on?", owners=["grace-adeyemi"], expect=3)
q("people", "open actions for the assistant directors", owners=["ruth-okafor", "tom-brennan"], expect=6)
q("people", "what's on my plate", **{"as": "helen-marsh"}, owners=["helen-marsh"], expect=7)
q("people", "is anything of mine overdue?", **{"as": "grace-adeyemi"}, st="overdue", owners=["grace-adeyemi"], expect=0)
q("people", "what's open across Ruth Okafor's areas?", leads=["ruth-okafor"], expect=9)
q("people", "actions for the Head of Workforce Development", owners=["sam-whitfield"], expect=2)
q("people", "what's the virtual school head responsible for", owners=["anita-rao"], expect=1)
q("people", "anything overdue in the areas I lead?", **{"as": "daniel-cross"}, st="overdue", leads=["daniel-cross"], expect=3)
q("people", "Show me Priya's and Tom's open actions", owners=["priya-shah", "tom-brennan"], expect=5)
q("people", "what actions am I down for?", **{"as": "jo-pearce"}, owners=["jo-pearce"], expect=1)
q("people", "what has the head of fostering got outstanding", owners=["leo-fitzgerald"], expect=1)
q("people", "have I got any actions?", **{"as": "chris-dunn"}, owners=["chris-dunn"], expect=0)
q("people", "what's outstanding in Tom Brennan's areas", leads=["tom-brennan"], expect=5)
q("people", "What does the Deputy Director for frontline services own?", owners=["priya-shah"], expect=4)

# ---------------------------------------------------------------- combined
q("combined", "overdue QA actions owned by Helen", st="overdue", owners=["helen-marsh"], areas=[9], expect=1)
q("combined", "Daniel's stuff that's due before Easter", owners=["daniel-cross"], dbefore="2022-04-17", expect=2)
q("combined", "in-progress life story actions that Grace owns", st="in_progress", owners=["grace-adeyemi"], areas=[7], expect=1)
q("combined", "Helen's audits due by end of March", owners=["helen-marsh"], rx=r"audit", dto="2022-03-31", expect=4)
q("combined", "what's overdue on recording and return home interviews?", st="overdue", areas=[5], expect=1)
q("combined", "not-started actions for Sam due this quarter", st="not_started", owners=["sam-whitfield"],
  dfrom="2022-01-01", dto="2022-03-31", expect=1)
q("combined", "Ruth's corporate parenting actions that are in progress", st="in_progress", owners=["ruth-okafor"],
  areas=[11], expect=1)
q("combined", "Priya's open actions due after Easter", owners=["priya-shah"], dfrom="2022-04-18", expect=2)
q("combined", "which child protection actions are overdue", st="overdue", rx=r"child protection", expect=1)
q("combined", "Helen's actions that haven't started yet, due by the end of March", st="not_started",
  owners=["helen-marsh"], dto="2022-03-31", expect=2)
q("combined", "in-progress actions in Tom's areas due in the next 6 months", st="in_progress", leads=["tom-brennan"],
  dfrom="2022-02-01", dto="2022-08-01", expect=2, note="next 6 months runs 2022-02-01 to 2022-08-01, overdue left out")
q("combined", "anything Helen owes the Improvement Board that's due in March", owners=["helen-marsh"],
  rx=r"Improvement Board", dfrom="2022-03-01", dto="2022-03-31", expect=2)
q("combined", "open training actions due before Easter", rx=r"train", dbefore="2022-04-17", expect=2)
q("combined", "outstanding QA actions due this month or already overdue", areas=[9], dto="2022-02-28", expect=3)
q("combined", "what's Sam got in progress on recruitment and retention", st="in_progress", owners=["sam-whitfield"],
  areas=[10], expect=1)

# ---------------------------------------------------------------- chatter
q("chatter", "Morning! Hope you had a good weekend. Could you pull up what's overdue for me?", st="overdue", expect=7)
q("chatter", "Thanks for that. One more - what has Leo got outstanding?", owners=["leo-fitzgerald"], expect=1)
q("chatter", "sorry to bother you again, when's the private fostering audit due?", intent="action_detail", ref="3.3",
  fact="due")
q("chatter", "Just back from the Improvement Board, went well I think. Can you list the QA actions still open?",
  areas=[9], expect=6)
q("chatter", "Asking on behalf of Cllr Pearce, she wants to know what's still open from the November committee",
  meeting=NOV, expect=6)
q("chatter", "Great news on the three homes getting Outstanding!! anyway, what's left on corporate parenting?",
  areas=[11], expect=3)
q("chatter", "thanks!", intent="unknown", whyx="Thanks alone")
q("chatter", "hi", intent="help", whyx="Greeting alone")
q("chatter", "Apologies for the slow reply, been in panel all day. Who owns the adoption life story book action?",
  intent="action_detail", ref="7.4", fact="owner")
q("chatter", "Priya asked me to check - is anything in her name overdue?", st="overdue", owners=["priya-shah"], expect=0)
q("chatter", "Cheers, that's all for now. Have a good evening", intent="unknown", whyx="Thanks and sign-off alone")
q("chatter", "Hope everyone's well. Quick one - how many actions have we completed so far?", st="complete",
  fact="count", expect=20)
q("chatter", "Bit of a hectic week with the monitoring visit prep :( what's due by the end of the month?",
  dto="2022-02-28", expect=9)
q("chatter", "Morning, Grace here covering for Helen while she's off - can you show me Helen's open actions?",
  **{"as": "grace-adeyemi"}, owners=["helen-marsh"], expect=7)
q("chatter", "what can you actually do?", intent="help", whyx="Asks what the bot can do")

# ---------------------------------------------------------------- meetings
q("meetings", "what actions came out of the November select committee?", st="all", meeting=NOV, expect=7)
q("meetings", "Which of the actions from the Jan 2022 committee are still open?", meeting=JAN, expect=4)
q("meetings", "list everything agreed at the October 2019 meeting", st="all", meeting=OCT19, expect=11)
q("meetings", "how many actions did item 23 (the workforce one) generate?", st="all", meeting=NOV, fact="count", expect=7)
q("meetings", "anything from item 42 overdue?", st="overdue", meeting=JAN, expect=1)
q("meetings", "Members wanted a briefing on CP visits and ICPC timeliness - who's picking that up?",
  intent="action_detail", ref="9.6", fact="owner")
q("meetings", "what's still outstanding from the autumn 2019 committee", meeting=OCT19, expect=5)
q("meetings", "Clerk here - which committee actions from the 10 Nov meeting have been completed?", st="complete",
  meeting=NOV, expect=1)
q("meetings", "When is the summer update on initial health assessments due back at committee?",
  intent="action_detail", ref="11.4", fact="due")
q("meetings", "resolution 23.3.3 - is the IT update on track?", st="all", meeting=NOV, rx=r"\bIT\b", expect=1)
q("meetings", "What did the committee ask the Cabinet Member to do in November?", st="all", meeting=NOV,
  owners=["jo-pearce"], expect=1)
q("meetings", "Has the latest CP statutory visits info been sent round to members like Ruth promised in January?",
  st="all", meeting=JAN, rx=r"statutory visits performance", expect=1)
q("meetings", "Which actions from the last committee meeting are due before Easter?", st="all", meeting=JAN,
  dbefore="2022-04-17", expect=2, note="the last meeting before today is 12 January 2022")
q("meetings", "What's Daniel got from the November meeting?", st="all", meeting=NOV, owners=["daniel-cross"], expect=3)
q("meetings", "Chair wants to know how many of the actions from October 2019 are finished", st="complete",
  meeting=OCT19, fact="count", expect=6)
