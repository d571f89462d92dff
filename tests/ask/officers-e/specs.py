# Question set E for Improvement Tracker: 120 officer-style Teams questions.
# Build (labels are worked out from data/children-first.json, no ids typed by hand):
#   python3 tests/ask/officers/build.py tests/ask/officers-e/specs.py --all OUT.jsonl
#
# Labelling conventions ("today" is Tuesday 2022-02-01):
# - A list question with no status means outstanding (not_started, in_progress, blocked); overdue ones count.
# - "overdue" = outstanding and due before 2022-02-01. "done/finished/completed" = status complete.
#   "open", "not finished", "not done", "still to do", "left" = outstanding.
# - A meeting's actions with no status said = every status (st="all").
# - Naming one specific deliverable = that one action whatever its status (st="all", rx that picks it, expect=1).
# - Who owns / when is X due, for one named deliverable or a ref = action_detail with fact owner/due.
#   "Tell me about 6.3" = action_detail with no fact.
# - "Who leads on X" = fact lead for that one area, listing that area's outstanding actions. "How many" = fact count.
# - Topic words that name an area (its title, shortTitle or a keyword, incl. other word forms of them)
#   -> areas=; other words -> rx over title+measure.
# - Periods: financial year April-March (this FY = 2021-04-01..2022-03-31); calendar quarters
#   (this quarter = Jan-Mar 2022, next = Apr-Jun 2022); Easter Sunday 2022 = 17 April;
#   "by X" = due on/before X, overdue included; "before X" = due before X (overdue included);
#   "in the next N weeks/months" = from 2022-02-01 to 2022-02-01 + N, overdue left out;
#   "in March" / "this month" (= February 2022) / "in April" = that calendar month only.
#   "in 2021" = due in calendar 2021.
# - Chatter (greetings, thanks, news, who asked, weekdays, "I'm covering for X") changes nothing;
#   pure small talk = unknown; "what can you do" = help; overview of the plan = summary.
# - Several people = union of their actions; job titles = the holder (PSW = Grace Adeyemi,
#   "the ADs"/"either AD" = the two Assistant Directors, Ruth Okafor and Tom Brennan;
#   the Deputy Director is Priya Shah). "my"/"me"/"mine" = the asker given in "as".
# - "X's actions in areas Y leads" = leads=; "actions owned by X" = owners=.

NOV, JAN, OCT19 = "cypssc-2021-11-10", "cypssc-2022-01-12", "cypssc-2019-10-09"
EVERYONE = [p for p in PEOPLE]

# ---------------------------------------------------------------- ordinary (24)
q("ordinary", "whats outstanding on neglect?", areas=[2], expect=2)
q("ordinary", "life stroy work actions pls", areas=[7])
q("ordinary", "anything on mosaic still open", rx=r"mosaic", expect=1,
  note="Mosaic is action text, not an area keyword; 4.1 is complete")
q("ordinary", "what has tom brennan got on", owners=["tom-brennan"], expect=1)
q("ordinary", "my actions", owners=["helen-marsh"], **{"as": "helen-marsh"})
q("ordinary", "whats overdue", st="overdue", expect=7)
q("ordinary", "anything blocked?", st="blocked", expect=1)
q("ordinary", "what's due in april", dfrom="2022-04-01", dto="2022-04-30", expect=1)
q("ordinary", "actions from the nov select committee", meeting=NOV, st="all")
q("ordinary", "tell me about 6.3", intent="action_detail", ref="6.3")
q("ordinary", "when is 9.6 due", intent="action_detail", ref="9.6", fact="due")
q("ordinary", "who owns 12.4?", intent="action_detail", ref="12.4", fact="owner")
q("ordinary", "how many actions are in progress", st="in_progress", fact="count")
q("ordinary", "what can you do?", intent="help")
q("ordinary", "give me a quick overview of the improvement plan", intent="summary")
q("ordinary", "what's been completed so far", st="complete")
q("ordinary", "what did the children we care for committee ask us to do", meeting=JAN, st="all", expect=4,
  note="item 42 'Children We Care For' is the 12 Jan 2022 meeting; a meeting's actions list every status")
q("ordinary", "show me the actions from the oct 2019 committee", meeting=OCT19, st="all")
q("ordinary", "recruitment and retention - whats left to do?", areas=[10], expect=4)
q("ordinary", "what have i got outstanding", owners=["sam-whitfield"], expect=2, **{"as": "sam-whitfield"})
q("ordinary", "show me area 5", areas=[5], expect=2)
q("ordinary", "foster carers - anything outstanding?", rx=r"foster carer", expect=2,
  note="foster carers is action text (7.1, 11.6), not an area keyword")
q("ordinary", "how many not started actions are there", st="not_started", fact="count")
q("ordinary", "partnership working actions", areas=[12], expect=1)

# ---------------------------------------------------------------- negation (12)
q("negation", "whats outstanding that isnt blocked", st="not_blocked")
q("negation", "which open actions arent overdue yet", st="not_overdue")
q("negation", "outstanding actions not owned by priya",
  owners=[p for p in EVERYONE if p != "priya-shah"])
q("negation", "everything outstanding outside of quality assurance", areas=[n for n in AREAS if n != 9])
q("negation", "which of graces actions arent finished", owners=["grace-adeyemi"], expect=3)
q("negation", "what hasnt been started yet on recruitment and retention", areas=[10], st="not_started", expect=2)
q("negation", "life story actions that aren't complete", areas=[7], expect=4)
q("negation", "overdue stuff excluding anything blocked", st=["not_started", "in_progress"],
  dbefore="2022-02-01", expect=6, note="overdue minus blocked")
q("negation", "which of mine arent blocked?", owners=["ruth-okafor"], st="not_blocked", expect=4,
  **{"as": "ruth-okafor"})
q("negation", "whats open that isnt due until after march", dfrom="2022-04-01",
  note="due after 31 March 2022")
q("negation", "in progress actions that arent overdue", st="in_progress", dfrom="2022-02-01")
q("negation", "apart from permanence and life story, what has ruth got outstanding",
  owners=["ruth-okafor"], areas=[n for n in AREAS if n not in (6, 7)], expect=2)

# ---------------------------------------------------------------- period (12)
q("period", "whats due this quarter", dfrom="2022-01-01", dto="2022-03-31",
  note="calendar quarter Jan-Mar 2022; January items that are now overdue fall inside it")
q("period", "what's due next quarter?", dfrom="2022-04-01", dto="2022-06-30")
q("period", "what needs doing by the end of the financial year", dto="2022-03-31",
  note="by X includes overdue")
q("period", "anything due before easter?", dbefore="2022-04-17")
q("period", "whats due in the next three months", dfrom="2022-02-01", dto="2022-05-01",
  note="next N months excludes overdue")
q("period", "anything falling due in march", dfrom="2022-03-01", dto="2022-03-31")
q("period", "what has to be done by the end of april", dto="2022-04-30")
q("period", "what was due in 2021 and still isnt done", dfrom="2021-01-01", dto="2021-12-31", expect=5)
q("period", "what's coming up in the next 4 weeks", dfrom="2022-02-01", dto="2022-03-01", expect=2)
q("period", "whats due in may or june", dfrom="2022-05-01", dto="2022-06-30")
q("period", "what's due next financial year", dfrom="2022-04-01", dto="2023-03-31")
q("period", "outstanding actions due this FY", dfrom="2021-04-01", dto="2022-03-31",
  note="financial year 2021/22, April to March; overdue items due in it count")

# ---------------------------------------------------------------- wordform (12)
q("wordform", "whats happening with the auditing", rx=r"audit", expect=4)
q("wordform", "anything on neglected children", areas=[2])
q("wordform", "show me all the supervising and management oversight actions, done or not", areas=[8], st="all",
  expect=4)
q("wordform", "anything outstanding for looked-after kids", areas=[11], expect=3,
  note="looked-after -> area 11 keyword children looked after")
q("wordform", "what are we doing about retaining social workers", areas=[10])
q("wordform", "whats open on how cases are recorded", areas=[5], expect=2,
  note="recorded -> area 5 recording")
q("wordform", "any briefings still to do", rx=r"briefing", expect=1)
q("wordform", "permanency planning?", areas=[6], expect=2)
q("wordform", "any partnerships stuff outstanding", areas=[12], expect=1)
q("wordform", "the surveys, anything outstanding", rx=r"survey", expect=2)
q("wordform", "which protocols are still open", rx=r"protocol", expect=1)
q("wordform", "whats left on quality assuring", areas=[9], expect=6)

# ---------------------------------------------------------------- deliverable (12)
q("deliverable", "wheres the joint housing protocol with the districts at", st="all",
  rx=r"joint housing protocol", expect=1)
q("deliverable", "hows the private fostering awareness campaign going", st="all",
  rx=r"private fostering awareness campaign", expect=1)
q("deliverable", "status of the mosaic plan template?", st="all", rx=r"plan template in Mosaic", expect=1)
q("deliverable", "did the you said we did example ever get shared with members", st="all",
  rx=r"You said, we did", expect=1)
q("deliverable", "update on the re-referral rates report pls", st="all", rx=r"re-referral", expect=1)
q("deliverable", "family safeguarding model - is it embedded yet?", st="all", rx=r"family safeguarding", expect=1)
q("deliverable", "is the sw pay and reward offer done", st="all", rx=r"pay and reward", expect=1)
q("deliverable", "management assessment programme for team managers, status?", st="all",
  rx=r"management assessment programme", expect=1)
q("deliverable", "what's happening with the monthly permanence tracking panel", st="all",
  rx=r"permanence tracking panel", expect=1)
q("deliverable", "what good looks like standards - did they get published", st="all",
  rx=r"What Good Looks Like", expect=1)
q("deliverable", "new staff induction programme, where did that get to?", st="all",
  rx=r"staff induction programme", expect=1)
q("deliverable", "PEPs for children in care - are we on track", st="all", rx=r"personal education plans",
  expect=1)

# ---------------------------------------------------------------- fact (12)
q("fact", "who owns the pre-birth protocol", intent="action_detail", ref="6.2", fact="owner")
q("fact", "when's the QA framework due?", intent="action_detail", ref="9.1", fact="due")
q("fact", "who leads on permanence?", areas=[6], fact="lead")
q("fact", "whos the lead for corp parenting", areas=[11], fact="lead")
q("fact", "how many overdue actions have we got", st="overdue", fact="count")
q("fact", "how many does helen have outstanding", owners=["helen-marsh"], fact="count", expect=7)
q("fact", "whos running the jan staff survey", intent="action_detail", ref="10.4", fact="owner")
q("fact", "when is the online forum life story training meant to be done by", intent="action_detail",
  ref="7.1", fact="due")
q("fact", "who's responsible for the electronic workbooks", intent="action_detail", ref="5.2", fact="owner")
q("fact", "who heads up quality assurance?", areas=[9], fact="lead")
q("fact", "how many actions are in the plan altogether", st="all", fact="count", expect=50)
q("fact", "when's the initial health assessments action due", intent="action_detail", ref="11.4", fact="due")

# ---------------------------------------------------------------- people (12)
q("people", "what has the PSW got on her list", owners=["grace-adeyemi"])
q("people", "virtual school heads actions", owners=["anita-rao"], expect=1)
q("people", "helens and sams outstanding actions", owners=["helen-marsh", "sam-whitfield"])
q("people", "whats the head of fostering working on", owners=["leo-fitzgerald"], expect=1)
q("people", "transformation directer's actions?", owners=["daniel-cross"])
q("people", "what is the cabinet member responsible for on the plan", owners=["jo-pearce"], expect=1)
q("people", "me and leo - what have we got outstanding", owners=["anita-rao", "leo-fitzgerald"], expect=2,
  **{"as": "anita-rao"})
q("people", "what have the two ADs got outstanding between them", owners=["ruth-okafor", "tom-brennan"])
q("people", "whats on the deputy director's list", owners=["priya-shah"])
q("people", "what actions sit under the areas ruth leads", leads=["ruth-okafor"])
q("people", "helen, grace and leo, what have they got outstanding",
  owners=["helen-marsh", "grace-adeyemi", "leo-fitzgerald"])
q("people", "anything for the head of workforce dev", owners=["sam-whitfield"])

# ---------------------------------------------------------------- combo (12)
q("combo", "helens overdue actions", owners=["helen-marsh"], st="overdue", expect=2)
q("combo", "anything blocked in permanance", areas=[6], st="blocked", expect=1)
q("combo", "whats daniel got that hasnt started", owners=["daniel-cross"], st="not_started", expect=3)
q("combo", "priyas in progress QA actions", owners=["priya-shah"], areas=[9], st="in_progress", expect=1)
q("combo", "anything of ruth's overdue", owners=["ruth-okafor"], st="overdue", expect=2)
q("combo", "daniel's overdue actions in area 9", owners=["daniel-cross"], areas=[9], st="overdue", expect=1)
q("combo", "completed corporate parenting actions", areas=[11], st="complete", expect=3)
q("combo", "sams in progress recruitment actions", owners=["sam-whitfield"], areas=[10], st="in_progress",
  expect=1)
q("combo", "overdue actions in the areas tom leads", leads=["tom-brennan"], st="overdue", expect=2)
q("combo", "helens audits due by end of feb", owners=["helen-marsh"], rx=r"audit", dto="2022-02-28", expect=2,
  note="by X includes overdue")
q("combo", "in progress actions due in march for priya or grace", owners=["priya-shah", "grace-adeyemi"],
  st="in_progress", dfrom="2022-03-01", dto="2022-03-31", expect=3)
q("combo", "not started QA actions due this quarter", areas=[9], st="not_started",
  dfrom="2022-01-01", dto="2022-03-31", expect=2)

# ---------------------------------------------------------------- chatter (12)
q("chatter", "morning all, hope everyone had a good weekend. chris from democratic services asked me to check "
  "which actions came out of the select committee on 12 jan - he needs it for the minutes tracker. thanks so much",
  meeting=JAN, st="all", expect=4)
q("chatter", "Hi, I'm covering for Helen Marsh this week while she's on leave - could you let me know what she's "
  "got due this month? Sorry if this is a silly question, I'm new to the bot", owners=["helen-marsh"],
  dfrom="2022-02-01", dto="2022-02-28", expect=1, note="this month = February 2022 only")
q("chatter", "thanks for the last answer, really helpful. one more - whats still outstanding on private fostering "
  "and the homeless 16-17s? the ofsted monitoring visit is next week so want to be prepared", areas=[3], expect=2)
q("chatter", "sorry to bother you again!! my AD asked me on the way out of the board on tuesday whether the action "
  "about every adopted child having a life story book before the adoption order is on track - where are we on it?",
  st="all", rx=r"life story book before the adoption order", expect=1)
q("chatter", "Good afternoon, just back from the team meeting where we were all celebrating the outstanding ofsted "
  "ratings for the three residential homes (great news!). quick q - how many actions have we completed? many thanks",
  st="complete", fact="count")
q("chatter", "hi there, priya asked me to pull her list together for her 1:1 with morgan on thursday. can you show "
  "me everything she's got outstanding? cheers", owners=["priya-shah"])
q("chatter", "happy friday! im writing a briefing note for cllr pearce and need to know who leads on recording and "
  "return home interviews, then im off for the weekend lol", areas=[5], fact="lead")
q("chatter", "Apologies for the delay getting back to everyone, it's been a hectic week with the staff survey "
  "launch and half the team off with covid. Can you tell me when 10.4 is due? Thanks, Sam",
  intent="action_detail", ref="10.4", fact="due", **{"as": "sam-whitfield"})
q("chatter", "hi bot, just wanted to say thanks for all your help this week, youve saved me loads of time. have a "
  "good one!", intent="unknown")
q("chatter", "Not sure if this is the right place to ask, but the chair wants an update before wednesday's "
  "committee - what's the status of the short briefing on CP statutory visits and initial conference timeliness? ta",
  st="all", rx=r"short briefing on child protection statutory visits", expect=1)
q("chatter", "hi, bit of context: the committee back in november asked for loads of stuff and i'm trying to keep "
  "track for the workforce report. what did we agree at that meeting that hasnt been started yet? thanks in advance",
  meeting=NOV, st="not_started", expect=4)
q("chatter", "hiya, ive just been added to this channel by my manager and no one has explained anything, so "
  "apologies for the basic question - what can you actually do? thanks", intent="help")
