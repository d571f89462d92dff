# Evaluation questions for Improvement Tracker (set o): 150 questions, 15 per kind.
# Labelled by build.py from /work/shared/fixtures/children-first.json ("today" = Tuesday 2022-02-01,
# Europe/London); no action id is typed here. Written without reading the bot's code or running it.
#
# Angle of this set: the people who use the bot in a week, each in their own voice: the Director
# (Morgan Hale) preparing for an Ofsted monitoring visit, a select committee councillor who does
# not know the plan's jargon, the democratic services clerk (Chris Dunn), team managers, a new
# social worker, the business support officer who keeps the tracker (not a person in the data, so
# no "as"), and the improvement board chair (not in the data either).
#
# Conventions carried over from sets k, m and n (as their headers state them):
# - A list question with no status word lists outstanding actions (not_started, in_progress,
#   blocked). "Open / left / still open / not finished / on the go / o/s" = outstanding;
#   "done / finished / completed / closed" = complete; "stuck" = blocked; "late / slipped / past
#   its date" = overdue; "not started / nobody has picked up / hasn't got going" = not_started.
# - A question that names one piece of work is a deliverable: that one action whatever its status
#   (st="all" with an rx that selects exactly it). A fact about one named action uses
#   intent action_detail with its ref.
# - "Who leads <area>" = fact lead; its actionIds are that area's outstanding actions. "How many"
#   with no status counts outstanding actions.
# - A meeting question with no status word lists every status; with a status word, that status.
#   A meeting's item title ("Children We Care For", "the workforce meeting") names the meeting.
# - A job title that holds an area word ("Head of QA & Performance", "AD Early Help") names the
#   person, not the area. Exclusions of people / areas are written as every other person / area.
# - "Before X" with no "from now" keeps overdue actions in; "between now and X", "the next N ...",
#   "coming up" start today and leave overdue out. Easter = Sunday 17 April 2022.
# - RAG "red" = overdue or blocked; the one blocked action (6.3) is also overdue, so red = overdue.
# - Greeting alone = help; "what can you tell me" = help; thanks, sign-offs and off-topic remarks
#   alone = unknown; "an overview of the whole plan" = summary. A question wrapped in news, thanks
#   or small talk is labelled as the question.
# - Someone asking on behalf of another person is labelled for the person named.
#
# New conventions decided for this set:
# - "as": a question is asked "as" the persona who writes it when that persona is a person in the
#   data (Morgan, Chris, Ruth, ...), even when the question is not about the asker: "me / my / I"
#   then means that person, and a general question from them is NOT narrowed to their own actions.
# - Dates and events that the asker states in the question ("the monitoring visit starts on
#   14 March", "the next committee on 9 March", "our board on the 15th") are taken as given.
#   A date word that is only news ("Ofsted are in next week", "half-term plans sorted?") sets
#   no period.
# - Periods: "summer" = June-August 2022. "Yesterday"
#   = Monday 31 January 2022. "The next fortnight / two weeks" = today to 15 February. "The next three
#   months" = today to 30 April (1 May gives the same list). "Quarter-end" = 31 March 2022 (the
#   end of both the calendar and the financial quarter). "Last year" = calendar 2021. "From July
#   onwards" = due on or after 1 July 2022. "W/c D" = D to D+6.
# - Ofsted's wording names an area: "Ofsted cat 7" (the June 2019 report's "Ofsted Category"
#   numbering) or a quotation of an area's Ofsted title names that area. An area described in the
#   asker's own words ("stop social workers leaving and hire more") names that area.
# - Committee wording read as the plan's: "lead member" (minutes 39.1) = the Cabinet Member = Cllr
#   Jo Pearce; "initial conference" / ICPC timeliness = 9.6; "early help buildings / centres" =
#   12.4; "RAA" = regional adoption agency (6.1); "VSH" = Virtual School Head = Anita Rao; "Exec
#   Director" = Morgan Hale; "hd of QA" = Helen Marsh; "IHA" = initial health assessment (11.4);
#   "MASH" = the Multi-Agency Safeguarding Hub, named in 10.3.
# - A meeting may be named by what was said or reported at it: the 98% take-up of the social
#   worker offer and minute 23.2 = 10 November 2021; dentists / health assessments = 12 January
#   2022; "Ofsted confirmed the plan" (39.8.2) and the life story discussion (39.5-39.6) =
#   October 2019. The 19 June 2019 meeting exists but set no actions: a real empty list.
# - "The area leads" = the four people named as an area's lead (Priya, Tom, Ruth, Daniel).
# - "Who do I chase for X" / "whose job is X" = fact owner.
# - A topic that no action's title or measure touches (dental access, which the minutes mention
#   only as another committee's business) = unknown, not a widened search.
# - "Recruitment" on its own is area 10's keyword, even though 11.6 (foster carer recruitment)
#   holds the word; the one question that relies on this carries a note.

NOV, JAN, OCT19, JUN19 = "cypssc-2021-11-10", "cypssc-2022-01-12", "cypssc-2019-10-09", "cypssc-2019-06-19"
TODAY_ = "2022-02-01"


def all_but(*ids):
    """Every person except the ones named."""
    return [p for p in PEOPLE if p not in ids]


def areas_except(*nums):
    """Every area number except the ones named."""
    return [n for n in sorted(AREAS) if n not in nums]


ONE = "one named deliverable, whatever its status"
LEADS = ["priya-shah", "tom-brennan", "ruth-okafor", "daniel-cross"]

# ---------------------------------------------------------------- ordinary
K = "ordinary"
q(K, "Morgan here. Before Ofsted come back, what have we still got open on corporate parenting?",
  areas=[11], expect=3, **{"as": "morgan-hale"},
  note="asked as Morgan, but not about Morgan's own actions; 'before Ofsted come back' sets no period")
q(K, "What is still outstanding on the work with children who are neglected?", areas=[2], expect=2,
  note="councillor's words for area 2, Neglect")
q(K, "management oversight: what's left?", areas=[8], expect=0, note="area 8 has no outstanding actions")
q(K, "I'm reconciling the tracker spreadsheet - can you list every action that's marked in progress at the moment?",
  st="in_progress", expect=20)
q(K, "is there anything outstanding on case recording?", areas=[5], expect=2,
  note="'case recording' is an area 5 keyword; both open area 5 actions are about recording")
q(K, "For the board pack I need every action that's now past its due date and not closed",
  st="overdue", expect=7)
q(K, "I'm new to the team - which life story actions haven't been finished yet?", areas=[7], expect=4)
q(K, "What's open against 'the active engagement of all relevant partners'?", areas=[12], expect=1,
  note="quotes area 12's Ofsted wording")
q(K, "Which actions are still sitting at not started?", st="not_started", expect=9)
q(K, "Give me the open actions on permanence and life story, please", areas=[6, 7], expect=6)
q(K, "which action is marked as blocked on the tracker?", st="blocked", expect=1)
q(K, "What are we doing to stop social workers leaving and to hire more of them?", areas=[10], expect=4,
  note="retention and recruitment in the asker's own words = area 10")
q(K, "What's open under 'the effectiveness of quality assurance arrangements'?", areas=[9], expect=6,
  note="quotes area 9's Ofsted wording")
q(K, "Can I have the overall picture of where the plan is for tonight's board?", intent="summary",
  whyx="Overview of the whole plan")
q(K, "show me all the open actions, whoever owns them", expect=30)

# ---------------------------------------------------------------- negation
K = "negation"
q(K, "Corporate parenting: which open actions are owned by someone other than the area lead?", areas=[11],
  owners=all_but("ruth-okafor"), expect=2, note="area 11's lead is Ruth Okafor; not hers = every other owner")
q(K, "Leaving aside anything the select committee added, what's overdue?", st="overdue", meeting=None, expect=4,
  note="not added by the committee = source is the plan itself")
q(K, "which in-progress actions aren't due this financial year?", st="in_progress", dfrom="2022-04-01",
  expect=7, note="no in-progress action was due before April 2021, so this = due from 1 April 2022")
q(K, "which life story actions haven't got going yet?", st="not_started", areas=[7], expect=1)
q(K, "Leaving out anything a councillor owns, what's still open?", owners=all_but("jo-pearce"), expect=29,
  note="the only councillor in the data is Cllr Jo Pearce")
q(K, "In the AD Early Help's areas, what's open that someone else owns?", leads=["tom-brennan"],
  owners=all_but("tom-brennan"), expect=4, note="AD Early Help = Tom Brennan, lead of areas 3, 5, 12")
q(K, "which of the late ones aren't actually stuck?", st=["not_started", "in_progress"], dbefore=TODAY_,
  expect=6, note="overdue minus the blocked one (6.3)")
q(K, "what's due in March that isn't QA?", dfrom="2022-03-01", dto="2022-03-31", areas=areas_except(9),
  expect=8, note="not QA = every area but 9")
q(K, "On the QA side, which open actions has nobody started work on, or are stuck?", st=["not_started", "blocked"], areas=[9], expect=3)
q(K, "what's open that isn't due until after March?", dfrom="2022-04-01", expect=10)
q(K, "Which of the Transformation Director's open actions aren't about reporting back to the committee?",
  owners=["daniel-cross"], rx=r"^(?!.*(committee|members))", expect=2,
  note="Daniel Cross; 1.5, 9.3 and 10.5 are updates/reports to the Committee or its members")
q(K, "which actions are neither finished nor started?", st="not_started", expect=9,
  note="the blocked action 6.3 has a status of its own and is not 'not started'")
q(K, "Outside Ruth's three areas, is anything blocked?", st="blocked", areas=areas_except(6, 7, 11), expect=0,
  note="the only blocked action (6.3) is in area 6, which Ruth leads")
q(K, "which in-progress actions aren't mine?", st="in_progress", owners=all_but("helen-marsh"), expect=15,
  **{"as": "helen-marsh"})
q(K, "quality of plans: what isn't finished?", areas=[4], expect=2)

# ---------------------------------------------------------------- periods
K = "periods"
q(K, "The monitoring visit starts on 14 March. What's due before then?", dbefore="2022-03-14", expect=9,
  **{"as": "morgan-hale"}, note="'before' keeps overdue in: 7 overdue + 2 due 28 February")
q(K, "what falls due between now and the next committee on 9 March?", dfrom=TODAY_, dto="2022-03-09",
  expect=2, **{"as": "chris-dunn"}, note="between now and 9 March, overdue left out")
q(K, "anything that was due yesterday?", dfrom="2022-01-31", dto="2022-01-31", expect=2,
  note="yesterday = Monday 31 January 2022")
q(K, "what's due over the summer?", dfrom="2022-06-01", dto="2022-08-31", expect=8,
  note="summer = June to August 2022")
q(K, "Over the next two weeks, does anything fall due?", dfrom=TODAY_, dto="2022-02-15", expect=0,
  note="today to 15 February: nothing falls due, a real empty list")
q(K, "What's due in April?", dfrom="2022-04-01", dto="2022-04-30", expect=1)
q(K, "Which of last year's deadlines have we still not closed?", dfrom="2021-01-01", dto="2021-12-31",
  expect=5, note="last year = calendar 2021")
q(K, "what needs to be done by quarter-end?", dto="2022-03-31", expect=20,
  note="quarter-end = 31 March 2022; 'by' keeps overdue in")
q(K, "anything due on the last day of February?", dfrom="2022-02-28", dto="2022-02-28", expect=2)
q(K, "Over the next three months, what has a deadline?", dfrom=TODAY_, dto="2022-04-30", expect=14,
  note="today to 30 April (1 May gives the same list), overdue left out")
q(K, "what's due w/c 28 March?", dfrom="2022-03-28", dto="2022-04-03", expect=11)
q(K, "Between our February board on the 15th and the April one on the 19th, what falls due?",
  dfrom="2022-02-15", dto="2022-04-19", expect=13, note="improvement board chair; 15 February to 19 April 2022")
q(K, "What should have been finished by the end of January but isn't?", dto="2022-01-31", expect=7,
  note="outstanding and due on or before 31 January = the overdue list")
q(K, "show me everything that was due in 2020, whatever state it's in", st="all", dfrom="2020-01-01",
  dto="2020-12-31", expect=5)
q(K, "what's due from July onwards?", dfrom="2022-07-01", expect=4)

# ---------------------------------------------------------------- wordforms
K = "wordforms"
q(K, "any open actions on IHAs?", rx=r"initial health", expect=1, note="IHA = initial health assessment (11.4)")
q(K, "VSH's actions pls", owners=["anita-rao"], expect=1, note="VSH = Virtual School Head = Anita Rao")
q(K, "anything open for the exec director?", owners=["morgan-hale"], expect=0,
  note="Exec Director = Morgan Hale, whose one action (12.3) is complete")
q(K, "re-referal rates report - gone to members yet?", st="all", rx=r"re-referral", expect=1, note=ONE)
q(K, "wots o/s for hd of QA & performance", owners=["helen-marsh"], expect=7,
  note="o/s = outstanding; Head of Quality Assurance and Performance = Helen Marsh (the person, not area 9)")
q(K, "any CLA actions late?", st="overdue", areas=[11], expect=0,
  note="CLA = children looked after = area 11; none of its open actions is overdue")
q(K, "MASH stuff - anythin still open?", rx=r"\bMASH\b", expect=1)
q(K, "ofsted cat 7 - whats outstanding", areas=[7], expect=4,
  note="'Ofsted Category 7' in the June 2019 report = area 7, life story work")
q(K, "qual of plans n drift - wots open", areas=[4], expect=2)
q(K, "anything open 4 the PSW n head of fostering", owners=["grace-adeyemi", "leo-fitzgerald"], expect=4)
q(K, "wots outstandin for the AD early help", owners=["tom-brennan"], expect=1)
q(K, "anything outstanding re case loads?", rx=r"caseload", expect=2, note="case loads = caseloads (9.2, 10.5)")
q(K, "whats red-rated for tom n ruth", st="overdue", owners=["tom-brennan", "ruth-okafor"], expect=3,
  note="red = overdue or blocked; Ruth's blocked 6.3 is also overdue")
q(K, "any open actions on agency staff?", rx=r"agency staff", expect=2,
  note="10.3 (reduce agency staff) and 10.5 (report covering agency staffing); not the regional adoption agency")
q(K, "has the jan staff survey been analyzed n shared w/ committee?", st="all", rx=r"January 2022 staff survey",
  expect=1, note=ONE + "; 10.4, not the summer report that will include survey outcomes (10.5)")

# ---------------------------------------------------------------- deliverables
K = "deliverables"
q(K, "Did the induction for new starters ever get redesigned?", st="all", rx=r"induction", expect=1, note=ONE)
q(K, "That awareness campaign aimed at schools and GPs - did it actually run?", st="all",
  rx=r"awareness campaign", expect=1, note=ONE + " (3.2, private fostering)")
q(K, "Where's the neglect audit at? I need it for the visit.", st="all", rx=r"Thematic audit of practice",
  expect=1, **{"as": "morgan-hale"}, note=ONE + "; the audit (2.2), not the neglect toolkit training (2.1)")
q(K, "is the quarterly audit of case recording actually happening? haven't seen anything from it", st="all",
  rx=r"quality of case recording", expect=1, note=ONE)
q(K, "Are we getting more babies placed early with adopters through the RAA?", st="all",
  rx=r"foster-to-adopt", expect=1, note=ONE + "; RAA = regional adoption agency; early placement = foster-to-adopt (6.1)")
q(K, "Is the monthly caseload and performance report still coming to my board every month?", st="all",
  rx=r"Report caseloads", expect=1, note=ONE + "; asked by the improvement board chair")
q(K, "Have members had the short note on how quickly initial child protection conferences are happening?",
  st="all", rx=r"initial conference", expect=1, note=ONE + " (9.6)")
q(K, "Where are we with finding more foster carers of our own?", st="all", rx=r"in-house foster carers",
  expect=1, note=ONE + " (11.6)")
q(K, "Did the strategy come to committee for members to look at before it was signed off?", st="all",
  rx=r"for preview", expect=1, note=ONE + "; the preview (12.2), not the co-production (12.1)")
q(K, "The update Cllr Pearce promised us on the early help centres closing - any news?", st="all",
  rx=r"buildings", expect=1, note=ONE + "; early help withdrawing from buildings (12.4)")
q(K, "Is the advertising push for social workers on social media still going?", st="all", rx=r"social media",
  expect=1, note=ONE + "; the recruitment campaign (10.2)")
q(K, "The report back in the summer on staff turnover and agency numbers - is that still on the cards?",
  st="all", rx=r"Summer 2022", expect=1, note=ONE + "; 10.5, not the summer health assessment update (11.4)")
q(K, "Have we got every looked-after child's education plan up to date?", st="all", rx=r"personal education",
  expect=1, note=ONE + " (11.5)")
q(K, "Has the committee had its update yet on making the children's IT simpler?", st="all", rx=r"simplifying",
  expect=1, note=ONE + " (1.5)")
q(K, "Heard the neglect and CLA chapters were signed off last month - is the online practice guidance "
     "finished now?", st="all", rx=r"guidance and procedures", expect=1,
  note=ONE + "; 1.4 (its update mentions those chapters), not area 2 or 11")

# ---------------------------------------------------------------- facts
K = "facts"
q(K, "who do I chase for the summer 2022 workforce report?", intent="action_detail", ref="10.5", fact="owner",
  **{"as": "chris-dunn"})
q(K, "When will we get the update on simplifying the IT systems?", intent="action_detail", ref="1.5", fact="due")
q(K, "remind me who leads on recruitment and retention?", areas=[10], fact="lead", expect=4,
  **{"as": "morgan-hale"})
q(K, "how many actions are blocked right now?", st="blocked", fact="count", expect=1)
q(K, "How many actions were in the original plan, as opposed to ones the committee added later? Count finished ones too.",
  st="all", meeting=None, fact="count", expect=28, note="original plan = source is the plan, every status")
q(K, "Who had the private fostering awareness campaign for schools and GPs?", intent="action_detail", ref="3.2",
  fact="owner")
q(K, "Life story work gets audited every quarter, right? What's the due date on that one?", intent="action_detail", ref="7.3", fact="due")
q(K, "Whose job is it to get the district councils to sign the housing protocol?", intent="action_detail",
  ref="3.1", fact="owner")
q(K, "Which director is responsible for the permanence area?", areas=[6], fact="lead", expect=2,
  note="area 6's lead, Ruth Okafor (an Assistant Director); 'director' asks for a person")
q(K, "Of the quality assurance actions, how many have gone past their deadline?", st="overdue", areas=[9], fact="count", expect=3)
q(K, "deadline for cutting agency staff in frontline teams?", intent="action_detail", ref="10.3", fact="due")
q(K, "Who's accountable for the case recording audit?", intent="action_detail", ref="5.3", fact="owner")
q(K, "How many actions has the Head of Workforce Development completed?", st="complete", owners=["sam-whitfield"],
  fact="count", expect=3)
q(K, "When is the work on co-producing plans with children and families meant to be done?",
  intent="action_detail", ref="4.3", fact="due")
q(K, "When is 9.5 due?", intent="action_detail", ref="9.5", fact="due")

# ---------------------------------------------------------------- people
K = "people"
q(K, "Anything on my own list still open?", owners=["morgan-hale"], expect=0, **{"as": "morgan-hale"},
  note="Morgan's one action (12.3) is complete: a real empty list")
q(K, "What does the lead member for children and young people have on the go?", owners=["jo-pearce"], expect=1,
  note="lead member (minutes 39.1) = Cabinet Member = Cllr Jo Pearce")
q(K, "What do I personally own across corporate parenting, permanence and life story?", owners=["ruth-okafor"],
  areas=[6, 7, 11], expect=4, **{"as": "ruth-okafor"}, note="Ruth's open actions in her own areas; not 9.5 (area 9)")
q(K, "what's outstanding against my name?", owners=["daniel-cross"], expect=5, **{"as": "daniel-cross"})
q(K, "Anita Rao and Leo Fitzgerald - anything still with either of them?", owners=["anita-rao", "leo-fitzgerald"], expect=2)
q(K, "list what Sam Whitfield has completed", st="complete", owners=["sam-whitfield"], expect=3)
q(K, "The Deputy Director's areas - what still needs doing there, whoever it's with?", leads=["priya-shah"], expect=6,
  note="Deputy Director - Frontline Services = Priya Shah, lead of areas 1, 2, 4, 8; whoever owns the actions")
q(K, "Has the Head of Fostering completed anything on the plan?", st="complete", owners=["leo-fitzgerald"], expect=2)
q(K, "Tom Brennan - give me his full list, closed ones as well", st="all", owners=["tom-brennan"], expect=4)
q(K, "what have I actually got done so far?", st="complete", owners=["grace-adeyemi"], expect=2,
  **{"as": "grace-adeyemi"})
q(K, "Does the democratic services officer have any actions?", owners=["chris-dunn"], expect=0,
  note="Chris Dunn owns no actions: a real empty list")
q(K, "which of my open actions sit in areas I don't lead?", owners=["priya-shah"], areas=areas_except(1, 2, 4, 8),
  expect=3, **{"as": "priya-shah"}, note="Priya leads 1, 2, 4, 8; her open 9.4, 9.6, 10.3 sit elsewhere")
q(K, "Has Helen got any finished actions, or is it all still open? Show me all of hers.", st="all",
  owners=["helen-marsh"], expect=7, note="every status; none of Helen's seven is complete")
q(K, "Which open actions are owned by the area leads personally, wherever they sit?", owners=LEADS, expect=15,
  note="area leads = Priya, Tom, Ruth, Daniel; their own open actions in any area")
q(K, "What have I got coming up?", owners=["sam-whitfield"], expect=2, **{"as": "sam-whitfield"},
  note="neither of Sam's open actions is overdue, so 'coming up' changes nothing")

# ---------------------------------------------------------------- combined
K = "combined"
q(K, "Ahead of the monitoring visit: corporate parenting and permanence actions due by the end of March?",
  areas=[6, 11], dto="2022-03-31", expect=3, **{"as": "morgan-hale"}, note="'by' keeps the overdue 6.3 in")
q(K, "Helen's audits that haven't started", st="not_started", owners=["helen-marsh"], rx=r"audit", expect=2)
q(K, "Priya's June deadlines for work that's already underway?", st="in_progress", owners=["priya-shah"],
  dfrom="2022-06-01", dto="2022-06-30", expect=2)
q(K, "Sam's and Daniel's recruitment and retention actions that are not started", st="not_started",
  owners=["sam-whitfield", "daniel-cross"], areas=[10], expect=2)
q(K, "Tom's areas: what's in progress but already overdue?", st="in_progress", leads=["tom-brennan"],
  dbefore=TODAY_, expect=2, note="Tom leads 3, 5, 12; whoever owns the actions")
q(K, "QA actions that come to my board, due by the end of March", areas=[9], rx=r"Improvement Board",
  dto="2022-03-31", expect=2, note="asked by the improvement board chair: area 9 actions that name the Improvement Board")
q(K, "life story work that's in progress and due before Easter", st="in_progress", areas=[7],
  dbefore="2022-04-17", expect=2, note="'before Easter' keeps the overdue 7.2 in")
q(K, "Anything overdue from the original plan in Priya's areas?", st="overdue", meeting=None,
  leads=["priya-shah"], expect=0, note="nothing in areas 1, 2, 4, 8 is overdue")
q(K, "Which of Helen's overdue actions are for the Improvement Board?", st="overdue", owners=["helen-marsh"],
  rx=r"Improvement Board", expect=1, note="9.1 (framework approved by the Improvement Board); 5.3 reports quarterly")
q(K, "Not-started actions due in March, leaving QA out", st="not_started", dfrom="2022-03-01",
  dto="2022-03-31", areas=areas_except(9), expect=2)
q(K, "Anything Ruth owns from a committee meeting that she hasn't started?", st="not_started",
  owners=["ruth-okafor"], expect=1,
  note="Ruth's only not-started action (9.5) came from the January 2022 committee")
q(K, "Anything flagged red in the areas Ruth Okafor leads?", st="overdue", leads=["ruth-okafor"], expect=2,
  note="red = overdue or blocked; 6.3 (blocked and overdue) and 7.2")
q(K, "Of what Daniel has underway, what's due on or before 30 April?", st="in_progress", owners=["daniel-cross"],
  dto="2022-04-30", expect=2, note="'by' keeps the overdue 7.2 in")
q(K, "From the November committee, which of the Transformation Director's actions fall due in July?", st="all", meeting=NOV,
  owners=["daniel-cross"], dfrom="2022-07-01", dto="2022-07-31", expect=2)
q(K, "not-started actions in Daniel's areas due this month", st="not_started", leads=["daniel-cross"],
  dfrom="2022-02-01", dto="2022-02-28", expect=1)

# ---------------------------------------------------------------- meetings
K = "meetings"
q(K, "Pulling together the action log for the January 2022 select committee: list every action it agreed, "
     "closed ones included.", st="all", meeting=JAN, expect=4, **{"as": "chris-dunn"})
q(K, "Children We Care For session: which of its actions hasn't anyone picked up yet?", st="not_started",
  meeting=JAN, expect=2)
q(K, "Which of the 2019 committee's actions were given to Priya?", st="all", meeting=OCT19, owners=["priya-shah"],
  expect=3, note="the October 2019 meeting is the only 2019 meeting that set actions")
q(K, "What's still live from the meeting where Ofsted confirmed the plan was good enough?", meeting=OCT19,
  expect=5, note="resolution 39.8.2 = October 2019; 'still live' = outstanding")
q(K, "From the session where members talked about dentists and health assessments, what's due in the summer?",
  st="all", meeting=JAN, dfrom="2022-06-01", dto="2022-08-31", expect=2,
  note="January 2022 meeting (item 42); summer = June to August 2022")
q(K, "What actions came out of the meeting where the 98% take-up of the social worker offer was reported?",
  st="all", meeting=NOV, expect=7, note="minute 23.1 = November 2021; the meeting's actions, not 10.1 itself")
q(K, "23.3.1 from the workforce meeting: who's responsible?", intent="action_detail", ref="10.5", fact="owner",
  note="resolution 23.3.1 (summer 2022 workforce report) = 10.5")
q(K, "Minute 23.2 - which of its actions are still outstanding?", meeting=NOV,
  rx=r"re-referral|January 2022 staff survey", expect=2,
  note="minute 23.2 set 9.3, 10.4 and 11.3; 11.3 is complete. The labeller has no minute filter: meeting + rx")
q(K, "How many actions came out of the life story discussion at the October 2019 committee?", st="all",
  meeting=OCT19, rx=r"life story", fact="count", expect=5, note="minutes 39.5-39.6 = 7.1-7.5")
q(K, "For the 9 March agenda, what's outstanding from November that's due before then?", meeting=NOV,
  dbefore="2022-03-09", expect=2, **{"as": "chris-dunn"}, note="'before' keeps the overdue 9.3 in")
q(K, "What did the 2019 committee ask the Transformation Director to do?", st="all", meeting=OCT19,
  owners=["daniel-cross"], expect=1)
q(K, "Which committee actions ended up with the Assistant Director for Early Help?", st="all", meeting=OCT19,
  owners=["tom-brennan"], expect=2, note="Tom's committee actions all come from October 2019 (12.1, 12.2)")
q(K, "The update on early help buildings we asked the cabinet member for: was that November or January?",
  intent="action_detail", ref="12.4", note="resolution 23.3.4; the action's detail shows its source meeting")
q(K, "Are any of January's committee actions already done?", st="complete", meeting=JAN, expect=0,
  note="none of the four January 2022 actions is complete")
q(K, "What came out of the 19 June 2019 meeting?", st="all", meeting=JUN19, expect=0,
  note="the June 2019 meeting previewed the plan and set no actions: a real empty list")

# ---------------------------------------------------------------- chatter
K = "chatter"
q(K, "Morning! Morgan here. Ofsted are in next week and I'm going through everything with a fine-tooth comb - "
     "what's slipped past its date?", st="overdue", expect=7, **{"as": "morgan-hale"},
  note="'next week' is news, not a period")
q(K, "Thanks so much for the card yesterday, the board loved it 🙌", intent="unknown", whyx="Thanks alone")
q(K, "hello, I'm a councillor on the select committee and new to all this. What can this thing tell me?",
  intent="help", whyx="Greeting and asks what the bot can do")
q(K, "Quick one between visits - who's got the permanence tracking panel?", intent="action_detail", ref="6.3",
  fact="owner")
q(K, "Did you see we got Social Worker of the Year?! Brilliant for us. Anyway, what's still open on recruitment?",
  areas=[10], expect=4, note="'recruitment' is area 10's keyword; 11.6 (foster carers) is area 11")
q(K, "Hi, Jess from business support, updating the tracker before the board - how many actions are still "
     "outstanding altogether?", fact="count", expect=30)
q(K, "sorry, wrong chat!", intent="unknown", whyx="Off-topic remark alone")
q(K, "Lovely to meet you at the improvement board. As chair I'd like a one-screen overview of the whole plan "
     "for Thursday please", intent="summary", whyx="Overview of the whole plan")
q(K, "cheers, and what about Anita's?", owners=["anita-rao"], expect=1)
q(K, "Can't make the 10am, sorry all. Before I forget - is the neglect audit still due at the end of Feb?",
  intent="action_detail", ref="2.2", fact="due")
q(K, "Someone mentioned dental access at the health scrutiny committee - is that on our plan anywhere?",
  intent="unknown", whyx="Topic (dental access) in no action; another committee's business")
q(K, "Morning all, half-term plans sorted? 😄 What's left for the Head of Workforce Development?",
  owners=["sam-whitfield"], expect=2, note="'half-term' is small talk, not a period")
q(K, "thank you, that's everything I need for the minutes", intent="unknown", whyx="Thanks and sign-off alone",
  **{"as": "chris-dunn"})
q(K, "Hiya, Chris here covering the committee inbox. A councillor wants to know which of the November actions "
     "are overdue - can you check?", st="overdue", meeting=NOV, expect=1, **{"as": "chris-dunn"})
q(K, "Morning 👋", intent="help", whyx="Greeting alone")
