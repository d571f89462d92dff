# Evaluation questions for Improvement Tracker (set p): 150 questions, 15 per kind.
# Labelled by build.py from /work/shared/fixtures/children-first.json ("today" = Tuesday 2022-02-01,
# Europe/London); no action id is typed here. Written without reading the bot's code or running it.
#
# Angle of this set: questions typed in a hurry in the Teams mobile app and on the desktop, and
# questions pasted in from somewhere else. All-lowercase with no punctuation; the typos real people
# make (a transposed or dropped letter, a phonetic spelling; one or two a question at most);
# text-speak and the abbreviations officers use (pls, thx, asap, atm, b4, r/u/n, eom, q1/q4, fy,
# w/e, LAC/CLA, SW, CP, QA, AD, LSW, PIP, SC); text pasted from an email or an agenda ("Fwd:",
# "> quoted line", "Item 4 -", "Sent from my iPhone"); emoji and trailing "??"; very short fragments;
# and a few long rambling ones.
#
# Conventions carried over from sets k, m, n and o (as their headers state them):
# - A list question with no status word lists outstanding actions (not_started, in_progress,
#   blocked). "Open / left / o/s / still to do / not finished / not done / not signed off" =
#   outstanding; "done / finished / completed / closed" = complete; "stuck" = blocked; "late /
#   slipped / past its date" = overdue; "not started / hasn't been started" = not_started.
# - A question that names one piece of work is a deliverable: that one action whatever its status
#   (st="all" with an rx that selects exactly it), even when its name holds an area word. A fact
#   about one named action uses intent action_detail with its ref.
# - "Who leads <area>" = fact lead; its actionIds are that area's outstanding actions. "How many"
#   with no status counts outstanding actions.
# - A meeting question with no status word lists every status; with a status word, that status.
#   An agenda item title ("Workforce", "Children We Care For") or what was said or reported at a
#   meeting names that meeting. Only the October 2019 meeting of 2019 set actions. A minute number
#   below item level is written as the meeting plus an rx that picks exactly its actions.
# - A job title that holds an area word names the person, not the area. Exclusions of people /
#   areas are written as every other person / area. "Weren't from the committee / plan actions" =
#   source is the plan (meeting=None).
# - Periods: "by / before X" with no "from now" keeps overdue actions in; "between now and X",
#   "the next N days/weeks" start today and leave overdue out ("next N weeks" ends today + 7N).
#   Summer = June-August 2022; Easter = Sunday 17 April 2022; this financial year = 1 April 2021 -
#   31 March 2022; "w/c D" = D to D+6; month ranges include both end months.
# - RAG "red" = overdue or blocked; the one blocked action (6.3) is also overdue, so red = overdue.
# - Abbreviations read from the plan and the seeds: CP = child protection, a topic (rx), not an
#   area; LAC / CLA / looked-after children = area 11; QA = area 9; SW = social worker; MASH,
#   IHA (initial health assessment, 11.4), PSW, DCS as in sets n and o.
# - Greeting alone = help; "what can you do / how do I use this" = help; thanks, sign-offs and
#   off-topic remarks alone = unknown; an overview of the whole plan = summary. A question
#   wrapped in small talk is labelled as the question. "as" is set when the asker is a person in
#   the data and says "I / me / my".
#
# New conventions decided for this set:
# - Hurried text: misspellings, dropped apostrophes and text-speak are read as the word meant
#   ("wats", "outstandin", "progres", "brenan", "b4" = before, "r" = are, "n" = and, "w/" = with).
#   "pls", "thx", "asap", "atm", "??" and emoji carry no filter: "asap" and "atm" set no period;
#   the one exception is 🔴, which reads as "red".
# - Pasted text: "Fwd: / FW: / RE:" subject lines, signatures ("Sent from my iPhone") and the
#   forwarder's own "can you answer this" are wrapping; a "> quoted" question is the question. A
#   pasted minute line ("Action: The Assistant Director ... agreed to ...") names the action it
#   created. "Item N" names the committee meeting only when N is one of its agenda items (23 =
#   November 2021, 42 = January 2022); any other item number is the paster's own agenda and sets
#   nothing, and an agenda's own date ("Agenda - CYPSSC 9 March") sets no period.
# - Short period forms: "eom" = end of this month, 28 February 2022; "fy" = the financial year
#   2021/22; bare quarters are financial quarters: "q4" = January-March 2022 (the current one),
#   "q1" = April-June 2022, "q2" = July-September 2022; "w/e D" = week ending D (D-6 to D);
#   "by friday" = by Friday 4 February 2022; "before the summer" = before 1 June 2022, "after the
#   summer" = from 1 September 2022; "the next 90 days" = today to 2 May 2022.
# - More abbreviations: LSW = life story work = area 7; PIP = the Practice Improvement Plan as a
#   whole ("PIP overview" = summary; "on the PIP" adds no filter); SC = the select committee;
#   "the ADs" = the two Assistant Directors (Ruth Okafor, Tom Brennan), not the Deputy Director.
#   "Am I behind" = my overdue actions.
# - A word that is no area keyword is a topic searched in titles and measures in all its forms
#   (plural, verb form, misspelling): training, auditing, surveys, templates, briefings,
#   protocols, placements, adoption, foster carers, co-producing. Updates are not searched.
# - An ordinary word that is also a status word is read in its sense: "3 outstanding children's
#   homes" (the Ofsted rating, 42.3.1) names the January 2022 meeting and sets no status.

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
q(K, "overdue?", st="overdue", expect=7, note="a one-word fragment = the overdue list")
q(K, "wats outstandin on nelgect", areas=[2], expect=2, note="typos for 'what's outstanding on neglect'")
q(K, "Fwd: Children First tracker\n\n> Can someone tell me what's still open on supervision and management "
     "oversight?\n\nany idea? thx", areas=[8], expect=0,
  note="the quoted question is the question; area 8 has no outstanding actions: a real empty list")
q(K, "permanance planning whats open", areas=[6], expect=2)
q(K, "stuck ones??", st="blocked", expect=1, note="stuck = blocked")
q(K, "completed ones in QA?", st="complete", areas=[9], expect=0,
  note="none of area 9's six actions is complete: a real empty list")
q(K, "in progress ones for QA", st="in_progress", areas=[9], expect=3)
q(K, "whats open on partnership working 🤝", areas=[12], expect=1)
q(K, "Item 5 - Ofsted monitoring visit prep: quality of plans\nwhat's open for this one?", areas=[4], expect=2,
  note="Item 5 is the paster's own agenda number, not a committee item or an action ref")
q(K, "practice infrastructure - anything outstanding", areas=[1], expect=2)
q(K, "everything outstanding for corporate parenting asap pls", areas=[11], expect=3,
  note="'asap' sets no period")
q(K, "open actions for recruitment & retention??", areas=[10], expect=4)
q(K, "whats been completed so far across the whole plan", st="complete", expect=20)
q(K, "> What is outstanding on homeless 16/17 year olds?\n\nsee above from a cllr - can u answer pls", areas=[3],
  expect=2, note="the quoted question is the question; homeless 16-17s = area 3")
q(K, "in progress stuff in neglect and life story", st="in_progress", areas=[2, 7], expect=5)

# ---------------------------------------------------------------- negation
K = "negation"
q(K, "whats open thats not helens", owners=all_but("helen-marsh"), expect=23, note="not Helen's = every other owner")
q(K, "anything not in progress n not done", st=["not_started", "blocked"], expect=10,
  note="neither in progress nor complete = not started or blocked")
q(K, "outstanding actions except QA and recruitment", areas=areas_except(9, 10), expect=20,
  note="'recruitment' = area 10 (recruitment and retention)")
q(K, "anything overdue apart from daniels?", st="overdue", owners=all_but("daniel-cross"), expect=5)
q(K, "not counting toms, whats open in private fostering and recording", areas=[3, 5],
  owners=all_but("tom-brennan"), expect=3)
q(K, "life story - anything open thats NOT late", st="not_overdue", areas=[7], expect=3)
q(K, "which recruitment n retention actions havent been started", st="not_started", areas=[10], expect=2)
q(K, "not started ones that didnt come from the committee", st="not_started", meeting=None, expect=2,
  note="not from the committee = source is the plan")
q(K, "anything due in june thats not priyas", dfrom="2022-06-01", dto="2022-06-30", owners=all_but("priya-shah"),
  expect=3)
q(K, "anything open that isnt an audit", rx=r"^(?!.*audit)", expect=26,
  note="outstanding actions whose title/measure does not mention an audit")
q(K, "whats not done in the areas tom doesnt lead", areas=areas_except(3, 5, 12), expect=25,
  note="Tom Brennan leads areas 3, 5, 12; not done = outstanding")
q(K, "FW: board pack\n\n> pls confirm nothing is stuck other than the permanence panel\n\ncan u check",
  st="blocked", rx=r"^(?!.*permanence tracking)", expect=0,
  note="blocked actions other than the permanence tracking panel (6.3): a real empty list")
q(K, "open actions not owned by either AD", owners=all_but("ruth-okafor", "tom-brennan"), expect=24,
  note="the ADs = Ruth Okafor (AD Corporate Parenting) and Tom Brennan (AD Early Help); Priya is Deputy Director")
q(K, "neglect + quality of plans - anything not finished except the audit", areas=[2, 4], rx=r"^(?!.*audit)",
  expect=3, note="areas 2 and 4 without the neglect audit (2.2)")
q(K, "anything ruth owns outside her own areas thats still open", owners=["ruth-okafor"],
  areas=areas_except(6, 7, 11), expect=1, note="Ruth leads 6, 7, 11; her open 9.5 sits in area 9")

# ---------------------------------------------------------------- periods
K = "periods"
q(K, "whats due by eom", dto="2022-02-28", expect=9, note="eom = 28 February 2022; 'by' keeps the 7 overdue in")
q(K, "anything due in q1?", dfrom="2022-04-01", dto="2022-06-30", expect=6,
  note="q1 = the first financial quarter of 2022/23, April-June 2022")
q(K, "q4 deadlines still open", dfrom="2022-01-01", dto="2022-03-31", expect=15,
  note="q4 = the current financial quarter, January-March 2022; the two due 31 January count")
q(K, "due w/e 4th march?", dfrom="2022-02-26", dto="2022-03-04", expect=2,
  note="week ending Friday 4 March = 26 February to 4 March; the two due 28 February")
q(K, "anything due in the next 6 weeks", dfrom=TODAY_, dto="2022-03-15", expect=2,
  note="6 weeks = today to 15 March 2022, overdue left out; the March actions fall on the 31st")
q(K, "what was due last month n still isnt done", dfrom="2022-01-01", dto="2022-01-31", expect=2,
  note="last month = January 2022")
q(K, "anything due by friday?", dto="2022-02-04", expect=7,
  note="by Friday 4 February 2022; 'by' keeps overdue in, and nothing else falls due before then")
q(K, "whats due from easter to end of july", dfrom="2022-04-17", dto="2022-07-31", expect=9)
q(K, "whats due after the summer", dfrom="2022-09-01", expect=1, note="after the summer = from 1 September 2022")
q(K, "whats due before the summer", dbefore="2022-06-01", expect=21,
  note="before 1 June 2022; 'before' keeps overdue in")
q(K, "due 30/6?", dfrom="2022-06-30", dto="2022-06-30", expect=5, note="30/6 = 30 June 2022")
q(K, "feb-mar deadlines", dfrom="2022-02-01", dto="2022-03-31", expect=13, note="February and March 2022")
q(K, "everything with a 2019 deadline done or not", st="all", dfrom="2019-01-01", dto="2019-12-31", expect=6)
q(K, "anything due on 31st july lol its my bday 🎂", dfrom="2022-07-31", dto="2022-07-31", expect=3,
  note="the birthday is small talk; 31 July 2022")
q(K, "whats got a deadline in the next 90 days", dfrom=TODAY_, dto="2022-05-02", expect=14,
  note="today to 2 May 2022, overdue left out")

# ---------------------------------------------------------------- wordforms
K = "wordforms"
q(K, "lsw stuff still outstandin?", areas=[7], expect=4, note="LSW = life story work = area 7")
q(K, "any CP work in progres", st="in_progress", rx=r"child protection", expect=2,
  note="CP = child protection, a topic: 4.2 and 9.4 are in progress")
q(K, "auditing thats not finished yet", rx=r"audit", expect=4, note="auditing = audit (2.2, 3.3, 5.3, 7.3)")
q(K, "trainning - anything still open", rx=r"train", expect=2, note="training: 4.2 (train CP chairs and IROs), 7.1")
q(K, "staff surveys - anything outstnading", rx=r"survey", expect=2,
  note="10.4 (run the survey) and 10.5 (report including survey outcomes)")
q(K, "briefings still owed to members?", rx=r"briefing", expect=1, note="plural of the one briefing (9.6)")
q(K, "protocals not signed off yet", rx=r"protocol", expect=1,
  note="'not signed off' = outstanding; 3.1 is open, the pre-birth protocol (6.2) is complete")
q(K, "all the templates, done or not", st="all", rx=r"template", expect=2, note="4.1 and 5.1, both complete")
q(K, "placments - whats open", rx=r"placement", expect=1, note="6.1 foster-to-adopt placements")
q(K, "coproducing - anything still to do", rx=r"co-produc", expect=1,
  note="co-producing = co-produce: 4.3 is open, 12.1 is complete")
q(K, "looked after kids - whats still open", areas=[11], expect=3, note="looked-after children = area 11")
q(K, "recuitment campain for SWs still running?", st="all", rx=r"recruitment campaign", expect=1,
  note=ONE + " (10.2)")
q(K, "adopton stuff still open", rx=r"adopt", expect=2,
  note="adoption is no area keyword: a topic; 6.1 (foster-to-adopt, regional adoption agency) and 7.4 (adoption plan)")
q(K, "anything open re foster carers", rx=r"foster carer", expect=2, note="7.1 (training) and 11.6 (recruitment)")
q(K, "unalocated cases - anything still open", rx=r"unallocated", expect=0,
  note="8.3 and 8.4 are both complete: a real empty list")

# ---------------------------------------------------------------- deliverables
K = "deliverables"
q(K, "what good looks like standards - did they ever get published?", st="all", rx=r"What Good Looks Like",
  expect=1, note=ONE + " (1.2)")
q(K, "Fwd: RE: Mosaic\n\n> is the new plan template with the contingency section live yet?\n\nanyone know",
  st="all", rx=r"plan template", expect=1, note=ONE + " (4.1)")
q(K, "e workbooks pilot - hows it going", st="all", rx=r"electronic workbooks", expect=1, note=ONE + " (5.2)")
q(K, "pre birth protocol for unborn babies - agreed??", st="all", rx=r"pre-birth", expect=1,
  note=ONE + " (6.2), not area 6 as a whole although 'unborn babies' is its keyword")
q(K, "perm tracking panel still stuck?", st="all", rx=r"permanence tracking panel", expect=1, note=ONE + " (6.3)")
q(K, "lsw training via the online forum - have residential staff done it yet", st="all", rx=r"online forum",
  expect=1, note=ONE + " (7.1)")
q(K, "life story books b4 adoption orders - where r we", st="all", rx=r"life story book", expect=1,
  note=ONE + " (7.4), not area 7 as a whole although 'life story book' is its keyword")
q(K, "> Members asked if they could observe the training.\n\ndid that invite ever go out to members?", st="all",
  rx=r"observe", expect=1, note=ONE + "; pasted from minute 39.6: the invitation (7.5)")
q(K, "stat visits perf info - has ruth circulated it yet", st="all", rx=r"Circulate the latest", expect=1,
  note=ONE + "; circulating the statutory visits information (9.5), not the briefing (9.6)")
q(K, "sw pay n reward offer - implemented?", st="all", rx=r"pay and reward", expect=1, note=ONE + " (10.1)")
q(K, "reducing agency reliance in frontline teams incl MASH - how far along r we", st="all", rx=r"Reduce reliance",
  expect=1, note=ONE + " (10.3)")
q(K, "'you said we did' example - did it go to members", st="all", rx=r"You said", expect=1, note=ONE + " (11.3)")
q(K, "IHAs within 20 working days - any progress?", st="all", rx=r"initial health", expect=1,
  note=ONE + "; IHA = initial health assessment (11.4)")
q(K, "housing protocol w/ the districts signed yet??", st="all", rx=r"housing protocol", expect=1,
  note=ONE + " (3.1)")
q(K, "> Action: The Children First Transformation Director agreed to share a more detailed report with Committee "
     "members on this subject outside of the meeting.\n\nhas this happened yet?", st="all", rx=r"re-referral",
  expect=1, note=ONE + "; the pasted minute 23.2 action line created 9.3 (the re-referral report)")

# ---------------------------------------------------------------- facts
K = "facts"
q(K, "who leads on supervison & mgmt oversight?", areas=[8], fact="lead", expect=0,
  note="area 8's lead is Priya Shah; it has no outstanding actions")
q(K, "partnership working lead pls", areas=[12], fact="lead", expect=1)
q(K, "whos the lead for lsw", areas=[7], fact="lead", expect=4, note="LSW = life story work = area 7")
q(K, "quality of plans - who leads?", areas=[4], fact="lead", expect=2)
q(K, "how many overdue atm", st="overdue", fact="count", expect=7, note="'atm' sets no period")
q(K, "how many open actions has helen got", owners=["helen-marsh"], fact="count", expect=7)
q(K, "how many actions r on the PIP in total incl closed ones", st="all", fact="count", expect=50,
  note="PIP = the whole Practice Improvement Plan; every status")
q(K, "wen is the staff survey due", intent="action_detail", ref="10.4", fact="due",
  note="the staff survey = 10.4 (run the January 2022 survey); 10.5 is a report that includes its outcomes")
q(K, "whos got the e-workbooks", intent="action_detail", ref="5.2", fact="owner")
q(K, "due date on the life story books one?", intent="action_detail", ref="7.4", fact="due")
q(K, "who owns 4.2", intent="action_detail", ref="4.2", fact="owner")
q(K, "7.1 due?", intent="action_detail", ref="7.1", fact="due")
q(K, "who owns the agency staff reduction", intent="action_detail", ref="10.3", fact="owner")
q(K, "how many not started in QA", st="not_started", areas=[9], fact="count", expect=3)
q(K, "when was the you said we did thing due", intent="action_detail", ref="11.3", fact="due")

# ---------------------------------------------------------------- people
K = "people"
q(K, "ruths stuff", owners=["ruth-okafor"], expect=5, note="a fragment naming a person = her outstanding actions")
q(K, "helen n grace open items pls", owners=["helen-marsh", "grace-adeyemi"], expect=10)
q(K, "anything with the head of fostering atm", owners=["leo-fitzgerald"], expect=1,
  note="Head of Fostering = Leo Fitzgerald")
q(K, "my actions pls", owners=["helen-marsh"], expect=7, **{"as": "helen-marsh"})
q(K, "Fwd: can you send me the open actions for all of Ruth's areas, not just the ones she owns",
  leads=["ruth-okafor"], expect=9, note="areas Ruth leads (6, 7, 11), whoever owns the actions")
q(K, "sam n daniel - anything overdue", st="overdue", owners=["sam-whitfield", "daniel-cross"], expect=2)
q(K, "whats tom brenan got", owners=["tom-brennan"], expect=1, note="brenan = Brennan")
q(K, "priyas done ones", st="complete", owners=["priya-shah"], expect=5)
q(K, "everything ever assigned to daniel cross", st="all", owners=["daniel-cross"], expect=6)
q(K, "am i behind on anything", st="overdue", owners=["priya-shah"], expect=0, **{"as": "priya-shah"},
  note="behind = overdue; none of Priya's open actions is overdue: a real empty list")
q(K, "sam leo and anita - whats open between them", owners=["sam-whitfield", "leo-fitzgerald", "anita-rao"],
  expect=4)
q(K, "grace adeyemis open life story actions", owners=["grace-adeyemi"], areas=[7], expect=1)
q(K, "helens in progress ones", st="in_progress", owners=["helen-marsh"], expect=5)
q(K, "ruth okafor n tom brennan - whats on their lists", owners=["ruth-okafor", "tom-brennan"], expect=6)
q(K, "anything i need to do asap", owners=["sam-whitfield"], expect=2, **{"as": "sam-whitfield"},
  note="'asap' sets no period: Sam's outstanding actions")

# ---------------------------------------------------------------- combined
K = "combined"
q(K, "helens in progress stuff due by eom", st="in_progress", owners=["helen-marsh"], dto="2022-02-28", expect=3,
  note="eom = 28 February; 'by' keeps the overdue 5.3 and 9.1 in")
q(K, "not started QA actions - ruth or priyas", st="not_started", areas=[9], owners=["ruth-okafor", "priya-shah"],
  expect=2)
q(K, "in progres life story actions due in q4", st="in_progress", areas=[7], dfrom="2022-01-01",
  dto="2022-03-31", expect=1, note="q4 = January-March 2022; 7.2 was due in December")
q(K, "overdue plan actions (not the committee ones) owned by helen", st="overdue", owners=["helen-marsh"],
  meeting=None, expect=2)
q(K, "Fwd: pre-meet questions\n\n> Q for officers: which recruitment & retention actions are in progress and due "
     "before the summer?\n\ncan you answer this one", st="in_progress", areas=[10], dbefore="2022-06-01", expect=1,
  note="before 1 June 2022; 10.3 is due 30 June")
q(K, "daniels not started ones due in july", st="not_started", owners=["daniel-cross"], dfrom="2022-07-01",
  dto="2022-07-31", expect=2)
q(K, "priyas in progress CP actions", st="in_progress", owners=["priya-shah"], rx=r"child protection", expect=1,
  note="CP = child protection, a topic")
q(K, "in progress LAC actions due in q2", st="in_progress", areas=[11], dfrom="2022-07-01", dto="2022-09-30",
  expect=1, note="q2 = July-September 2022")
q(K, "overdue QA actions owned by daniel", st="overdue", areas=[9], owners=["daniel-cross"], expect=1)
q(K, "not started and due b4 april - anyone but helen", st="not_started", dbefore="2022-04-01",
  owners=all_but("helen-marsh"), expect=4, note="'before' keeps overdue in")
q(K, "graces in progress things due 31 march", st="in_progress", owners=["grace-adeyemi"], dfrom="2022-03-31",
  dto="2022-03-31", expect=2)
q(K, "in progress plan actions (not committee ones) in toms areas", st="in_progress", meeting=None,
  leads=["tom-brennan"], expect=3, note="Tom leads 3, 5, 12; 12.4 came from the November 2021 committee")
q(K, "anything red in recording or partnership 🔴", st="overdue", areas=[5, 12], expect=1,
  note="red = overdue or blocked")
q(K, "ruths in progress ones due june or july", st="in_progress", owners=["ruth-okafor"], dfrom="2022-06-01",
  dto="2022-07-31", expect=2)
q(K, "not started actions in priyas areas", st="not_started", leads=["priya-shah"], expect=2,
  note="Priya leads 1, 2, 4, 8; whoever owns the actions")

# ---------------------------------------------------------------- meetings
K = "meetings"
q(K, "actions from item 23?", st="all", meeting=NOV, expect=7, note="item 23 = the November 2021 committee")
q(K, "Fwd: Agenda - CYPSSC 9 March\n\nItem 4 - Action log: 12 January 2022\n\ncan u pull whats still open from "
     "that one pls", meeting=JAN, expect=4,
  note="Item 4 and 9 March are the forwarded agenda's own; 'still open' = outstanding")
q(K, "10/11/21 mtg - whats in progress", st="in_progress", meeting=NOV, expect=2)
q(K, "the meeting where they thanked everyone for the 3 outstanding childrens homes - what actions came out of it",
  st="all", meeting=JAN, expect=4,
  note="'outstanding' is the homes' Ofsted rating (42.3.1), not a status; January 2022")
q(K, "oct 2019 sc actions that are done", st="complete", meeting=OCT19, expect=6, note="SC = select committee")
q(K, "from the meeting where the commissioner's work was wrapped up, is anything overdue?", st="overdue",
  meeting=OCT19, expect=1, note="the conclusion of the Commissioner's work (39.8.1) = October 2019")
q(K, "anything for priya from the UASC meeting", st="all", meeting=JAN, owners=["priya-shah"], expect=1,
  note="the UASC questions (42.2) = January 2022")
q(K, "anything from the workforce meeting due in the summer?", st="all", meeting=NOV, dfrom="2022-06-01",
  dto="2022-08-31", expect=3)
q(K, "how many of the nov committee's actions r done", st="complete", meeting=NOV, fact="count", expect=1)
q(K, "which jan mtg actions r late", st="overdue", meeting=JAN, expect=1)
q(K, "the meeting where jacquie russell introduced herself as lead member - anything for grace from it?",
  st="all", meeting=OCT19, owners=["grace-adeyemi"], expect=1, note="minute 39.1 = October 2019")
q(K, "2019 committee actions still open and due this fy", meeting=OCT19, dfrom="2021-04-01", dto="2022-03-31",
  expect=3, note="only October 2019 set actions; this fy = 2021/22, so the overdue 7.2 counts")
q(K, "> Action: The Assistant Director Corporate Parenting agreed to circulate the latest performance information "
     "outside of the meeting.\n\nwhens that due?", intent="action_detail", ref="9.5", fact="due",
  note="the pasted action line (minute 42.2) created 9.5")
q(K, "what actions came out of the 23.3 resolutions?", st="all", meeting=NOV,
  rx=r"Summer 2022|child protection performance|simplifying|buildings", expect=4,
  note="resolutions 23.3.1-23.3.4 = 10.5, 9.4, 1.5, 12.4; the labeller has no minute filter: meeting + rx")
q(K, "item 42 - anything in progress", st="in_progress", meeting=JAN, expect=2, note="item 42 = January 2022")

# ---------------------------------------------------------------- chatter
K = "chatter"
q(K, "hiya 🙂", intent="help", whyx="Greeting alone")
q(K, "thx!!", intent="unknown", whyx="Thanks alone")
q(K, "how do i use this thing", intent="help", whyx="Asks how to use the bot")
q(K, "sorry meant to send that to sam 🙈", intent="unknown", whyx="Off-topic remark alone",
  note="naming Sam in a remark is not a question about Sam")
q(K, "morning! hope ur well. quick q - whats overdue for helen??", st="overdue", owners=["helen-marsh"], expect=2)
q(K, "thanks v much, and one more - who leads private fostering", areas=[3], fact="lead", expect=2)
q(K, "is the canteen open today", intent="unknown", whyx="Off-topic question")
q(K, "PIP overview pls - board in 10 mins 😬", intent="summary", whyx="Overview of the whole plan (PIP)")
q(K, "happy friday! oh wait its tuesday 🤦 anything due today?", dfrom=TODAY_, dto=TODAY_, expect=0,
  note="'friday' is small talk, corrected in the same breath; due on 1 February 2022: nothing, a real empty list")
q(K, "whats still open for daniel\n\nSent from my iPhone", owners=["daniel-cross"], expect=5,
  note="the signature is wrapping")
q(K, "ok cheers bye", intent="unknown", whyx="Thanks and sign-off alone")
q(K, "can you book me a meeting room for thurs", intent="unknown", whyx="Off-topic request")
q(K, "sorry to bother u, a cllr wants to know how many r not started - thx", st="not_started", fact="count",
  expect=9)
q(K, "FW: quick one\n\nHi all, see below.\n\n> what's Leo working on at the moment?\n\nThanks, Jess",
  owners=["leo-fitzgerald"], expect=1, note="the quoted question is the question")
q(K, "help pls 🙏", intent="help", whyx="Asks for help")
