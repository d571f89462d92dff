# questions-d: 120 officer questions for Improvement Tracker, labelled from
# data/children-first.json by build.py (no ids typed by hand).
#
# Conventions used for labelling (today = 2022-02-01):
# - List question with no status said -> outstanding (not_started, in_progress,
#   blocked), overdue included. "not yet complete", "aren't finished",
#   "hasn't been done", "nothing that's finished" -> outstanding.
# - Meeting question with no status -> st="all"; a said status is applied.
# - One named deliverable -> st="all" + rx that picks exactly it (expect=1).
# - "Who leads on X" / "who's responsible for area N" -> fact="lead" for that
#   area, list = its outstanding actions. "How many" -> fact="count".
# - Topic words that name an area (title/keyword, incl. misspellings and other
#   word forms) -> areas=[n]; words naming a single subject -> rx on
#   title+measure.
# - Dates: Easter Sunday 2022-04-17 ("before Easter" = due < 2022-04-17,
#   "after Easter" = due >= 2022-04-18; no action falls due near Easter so
#   Good Friday/Easter Monday give the same answer). Christmas = 2022-12-25.
#   Financial year ends 2022-03-31. Quarters are calendar quarters: "this
#   quarter" = the whole of Jan-Mar 2022 (so actions due 31 Jan, now overdue,
#   are in it); "next quarter" = Apr-Jun 2022; "Q3 this year" = Jul-Sep 2022;
#   "Q4 of the financial year" = Jan-Mar 2022. "End of spring" = 31 May
#   (20 June gives the same answer); "summer" = Jun-Aug 2022 (astronomical
#   summer gives the same answer). "Next 6 weeks" = 2022-02-01..2022-03-15,
#   "next 2 months" = 2022-02-01..2022-04-01; "in March"/"this month" are the
#   calendar month (no overdue ones). "By X" includes overdue outstanding ones.
# - "me/my/I" resolve to the "as" person. Job titles resolve to the person who
#   holds them. Greetings, thanks, names of people passing a message on, and
#   dates of future meetings in chatter are not filters.
# - Pure thanks with no question -> intent "unknown".
# - No two people in the fixture share a first name, so there are no
#   clarify_person questions in this set.
# - Empty lists are allowed where the data really has none (e.g. area 8 has no
#   outstanding actions).

P, R, T, D = "priya-shah", "ruth-okafor", "tom-brennan", "daniel-cross"
H, G, S, L = "helen-marsh", "grace-adeyemi", "sam-whitfield", "leo-fitzgerald"
A, M, C, J = "anita-rao", "morgan-hale", "chris-dunn", "jo-pearce"
TODAYX = "2022-02-01"

# ---------------------------------------------------------------- ordinary (24)
q("ordinary", "whats outstanding on life story work?", areas=[7])
q("ordinary", "show me the neglect actions", areas=[2])
q("ordinary", "what's left to do on recording and return home interviews", areas=[5])
q("ordinary", "What are Helen Marsh's actions?", owners=[H])
q("ordinary", "what have I got outstanding", owners=[S], **{"as": S})
q("ordinary", "which actions are blocked", st="blocked")
q("ordinary", "list the overdue actions pls", st="overdue")
q("ordinary", "what's due in March?", dfrom="2022-03-01", dto="2022-03-31")
q("ordinary", "what actions came out of the january select committee?", st="all", meeting=JAN,
  note="meeting question, no status said")
q("ordinary", "tell me about 7.2", intent="action_detail", ref="7.2")
q("ordinary", "how many actions are overdue", st="overdue", fact="count")
q("ordinary", "what can you do?", intent="help")
q("ordinary", "give me an overview of the improvement plan", intent="summary")
q("ordinary", "QA actions", areas=[9])
q("ordinary", "recruitment and retention actions please", areas=[10])
q("ordinary", "actions owned by Ruth Okafor", owners=[R])
q("ordinary", "which actions have been completed?", st="complete")
q("ordinary", "actions from the November committee meeting", st="all", meeting=NOV,
  note="meeting question, no status said")
q("ordinary", "corporate parenting - what's still open?", areas=[11])
q("ordinary", "anything on the staff survey?", rx=r"staff survey")
q("ordinary", "what's due this month", dfrom="2022-02-01", dto="2022-02-28")
q("ordinary", "partnership working actions", areas=[12])
q("ordinary", "my actions", owners=[G], **{"as": G})
q("ordinary", "what's in progress at the moment?", st="in_progress")

# ---------------------------------------------------------------- negation (12)
q("negation", "which actions haven't been started yet?", st="not_started")
q("negation", "life story actions that are not yet complete", areas=[7],
  note="not yet complete = outstanding")
q("negation", "whats outstanding that isnt overdue", st="not_overdue")
q("negation", "open actions that aren't blocked", st="not_blocked")
q("negation", "helen's actions that haven't started", owners=[H], st="not_started")
q("negation", "anything in QA that's not overdue?", areas=[9], st="not_overdue")
q("negation", "which of Ruth's actions aren't finished", owners=[R],
  note="aren't finished = outstanding")
q("negation", "recruitment & retention - nothing thats finished pls", areas=[10],
  note="nothing finished = outstanding")
q("negation", "actions in progress but not overdue", st="in_progress", dfrom=TODAYX,
  note="not overdue = due on/after today")
q("negation", "which overdue actions aren't blocked?", st=["not_started", "in_progress"], dbefore=TODAYX,
  note="overdue minus blocked")
q("negation", "what hasn't been done yet from the november committee", meeting=NOV,
  note="status said: hasn't been done = outstanding")
q("negation", "are there any of mine that aren't overdue", owners=[H], st="not_overdue", **{"as": H})

# ---------------------------------------------------------------- period (12)
q("period", "what's due before easter?", dbefore="2022-04-17",
  note="Easter Sunday 2022-04-17; overdue outstanding included")
q("period", "anything due by the end of the financial year", dto="2022-03-31",
  note="financial year ends 31 March 2022; overdue outstanding included")
q("period", "what's due this quarter", dfrom="2022-01-01", dto="2022-03-31",
  note="calendar Q1 2022")
q("period", "whats due next quarter?", dfrom="2022-04-01", dto="2022-06-30",
  note="calendar Q2 2022")
q("period", "which actions are due in Q3 this year", dfrom="2022-07-01", dto="2022-09-30",
  note="calendar Q3 2022")
q("period", "what's due in the next 6 weeks", dfrom="2022-02-01", dto="2022-03-15")
q("period", "anything due between 1 March and 30 April?", dfrom="2022-03-01", dto="2022-04-30")
q("period", "what needs doing by the end of spring", dto="2022-05-31",
  note="end of spring 31 May (20 June gives the same); overdue outstanding included")
q("period", "what's due over the summer", dfrom="2022-06-01", dto="2022-08-31",
  note="summer Jun-Aug 2022")
q("period", "what do we need to get done by christmas?", dto="2022-12-25",
  note="Christmas 2022; every outstanding action is due before then")
q("period", "whats due in the next two months", dfrom="2022-02-01", dto="2022-04-01")
q("period", "what's due after easter", dfrom="2022-04-18",
  note="after Easter Sunday 2022-04-17")

# ---------------------------------------------------------------- wordform (12)
q("wordform", "whats happening with fostering recruitment", rxAll=[r"recruit", r"foster"],
  note="recruiting foster carers, not staff recruitment area")
q("wordform", "supervison actions - show me everything inc. the completed ones", areas=[8], st="all",
  note="misspelt supervision = area 8; all statuses asked for")
q("wordform", "permenance planning?", areas=[6])
q("wordform", "lifestory work actions", areas=[7])
q("wordform", "what are we doing for neglected children", areas=[2])
q("wordform", "corperate parenting actions", areas=[11])
q("wordform", "quality assurence - whats open", areas=[9])
q("wordform", "whats left on the auditing side?", rx=r"audit")
q("wordform", "private fostering & homelessness for 16/17 yr olds - anything outstanding?", areas=[3])
q("wordform", "anything for the IRO's?", rx=r"\bIROs?\b")
q("wordform", "initial health assesments", rx=r"initial health")
q("wordform", "PEP's - what's outstanding", rx=r"\bPEPs?\b|personal education")

# ---------------------------------------------------------------- deliverable (12)
q("deliverable", "where are we on the joint housing protocol?", st="all", rx=r"housing protocol", expect=1)
q("deliverable", "hows the QA framework coming along", st="all", rx=r"quality assurance framework", expect=1)
q("deliverable", "status of the pre-birth protocol for unborn babies?", st="all", rx=r"pre-birth", expect=1)
q("deliverable", "did the 'you said we did' example ever get shared with members?", st="all",
  rx=r"you said,? we did", expect=1)
q("deliverable", "where are we with the electronic workbooks", st="all", rx=r"electronic workbooks", expect=1)
q("deliverable", "any update on the social worker pay and reward offer", st="all", rx=r"pay and reward", expect=1)
q("deliverable", "the life story book one - where's that at?", st="all", rx=r"life story book", expect=1)
q("deliverable", "what's the status of the re-referrals report for members", st="all", rx=r"re-referral", expect=1)
q("deliverable", "what's happening with the management assessment programme?", st="all",
  rx=r"management assessment", expect=1)
q("deliverable", "was the private fostering awareness campaign done", st="all", rx=r"awareness campaign", expect=1)
q("deliverable", "has the new plan template gone live in Mosaic yet", st="all", rx=r"plan template", expect=1)
q("deliverable", "where are we on rolling out the family safeguarding model", st="all",
  rx=r"family safeguarding", expect=1)

# ---------------------------------------------------------------- fact (12)
q("fact", "who leads on life story work?", areas=[7], fact="lead")
q("fact", "who's the lead for QA", areas=[9], fact="lead")
q("fact", "when is 9.6 due", intent="action_detail", ref="9.6", fact="due")
q("fact", "who owns 5.3?", intent="action_detail", ref="5.3", fact="owner")
q("fact", "how many actions has Priya got open?", owners=[P], fact="count")
q("fact", "how many actions are blocked", st="blocked", fact="count")
q("fact", "who is responsible for area 3", areas=[3], fact="lead",
  note="responsible for an area = its lead")
q("fact", "whats the deadline for 11.4", intent="action_detail", ref="11.4", fact="due")
q("fact", "who's got 10.2", intent="action_detail", ref="10.2", fact="owner")
q("fact", "how many actions came out of the november meeting?", st="all", meeting=NOV, fact="count",
  note="meeting question, no status said")
q("fact", "who's leading on neglect", areas=[2], fact="lead")
q("fact", "how many life story actions are still outstanding", areas=[7], fact="count")

# ---------------------------------------------------------------- people (12)
q("people", "Helen's and Grace's actions", owners=[H, G])
q("people", "what's outstanding in the areas Priya leads?", leads=[P])
q("people", "what have me and Sam got on", owners=[D, S], **{"as": D})
q("people", "actions for Leo and Anita", owners=[L, A])
q("people", "show me Ruth's areas", leads=[R])
q("people", "what do Tom and Daniel have outstanding", owners=[T, D])
q("people", "areas Daniel leads - what's overdue?", leads=[D], st="overdue")
q("people", "what are Priya, Ruth and Tom working on", owners=[P, R, T],
  note="no status said = outstanding")
q("people", "whats on my plate and helens", owners=[G, H], **{"as": G})
q("people", "actions in the areas Tom Brennan leads", leads=[T])
q("people", "what are the head of workforce development and the head of fostering working on", owners=[S, L],
  note="job titles: Sam Whitfield, Leo Fitzgerald")
q("people", "Cllr Pearce's and Morgan's actions", owners=[J, M])

# ---------------------------------------------------------------- combo (12)
q("combo", "helen's overdue QA actions", owners=[H], areas=[9], st="overdue")
q("combo", "anything of Ruth's blocked?", owners=[R], st="blocked")
q("combo", "not started actions in recruitment and retention", areas=[10], st="not_started")
q("combo", "priya's in progress actions due by end of march", owners=[P], st="in_progress", dto="2022-03-31")
q("combo", "overdue actions from the january committee", meeting=JAN, st="overdue")
q("combo", "Daniel's life story actions", owners=[D], areas=[7])
q("combo", "corporate parenting actions in progress and due by the end of june", areas=[11], st="in_progress",
  dto="2022-06-30")
q("combo", "which of Grace's actions are complete", owners=[G], st="complete")
q("combo", "overdue QA actions that Ruth owns", owners=[R], areas=[9], st="overdue")
q("combo", "not started and due in march", st="not_started", dfrom="2022-03-01", dto="2022-03-31")
q("combo", "sam's recruitment actions due before april", owners=[S], areas=[10], dbefore="2022-04-01")
q("combo", "completed actions from the october 2019 committee", meeting=OCT19, st="complete")

# ---------------------------------------------------------------- chatter (12)
q("chatter", "morning! quick one - what's overdue?", st="overdue")
q("chatter", "thanks for yesterday, can you show me the life story actions", areas=[7])
q("chatter", "hi there, hope you're well :) what's Helen got on at the moment?", owners=[H])
q("chatter", "hope your weeks going ok! just checking in - are any actions blocked?", st="blocked")
q("chatter", "Hi, it's Chris from democratic services - prepping for the select committee on 9 March. "
  "what came out of the january meeting?", st="all", meeting=JAN, **{"as": C},
  note="asker name and future meeting date are not filters")
q("chatter", "cheers, thats brilliant thanks!", intent="unknown", whyx="pure thanks, no question")
q("chatter", "sorry to bother you first thing on a tuesday - whats due this quarter for QA?", areas=[9],
  dfrom="2022-01-01", dto="2022-03-31", note="calendar Q1 2022; 'tuesday' is not a filter")
q("chatter", "Ofsted monitoring visit next week so need this fast - where are we with the briefing on initial conference timeliness?",
  st="all", rx=r"initial conference", expect=1,
  note="one named deliverable; 'next week' and 'Ofsted monitoring visit' are not filters")
q("chatter", "hi, Ruth here, back from leave on the 3rd - what's on my list?", owners=[R], **{"as": R},
  note="'the 3rd' is not a filter")
q("chatter", "Good afternoon. On behalf of Cllr Pearce, could you tell me about 11.4? Many thanks, Chris",
  intent="action_detail", ref="11.4", **{"as": C}, note="names in the wrapper are not filters")
q("chatter", "hello! 2022 already eh. who leads on corporate parenting?", areas=[11], fact="lead",
  note="'2022' is not a filter")
q("chatter", "hiya, Grace said to ask you - how many actions haven't been started?", st="not_started",
  fact="count", **{"as": S}, note="'Grace' passes the message on; not an owner filter")
