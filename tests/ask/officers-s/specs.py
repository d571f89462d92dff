# Evaluation questions for Improvement Tracker (set s): 150 questions, 15 per kind.
# Labelled by build.py from /work/shared/fixtures/children-first.json ("today" = Tuesday 2022-02-01,
# Europe/London); no action id is typed here: build.py computes every list from the filters below and
# checks it against the spec's expected count. Written without reading the bot's code or running it.
# Split (fixed before labelling): within each kind, positions 3, 6, 9, 12, 15 go to holdout.
#
# Angle of this set: handover month. The askers say the Children First Transformation Director,
# Daniel Cross, leaves at the end of February and is handing his actions over; a new interim
# Director of Practice and two agency team managers are in their first fortnight; the business
# support officer is doing the monthly (February) RAG return; a select committee councillor is
# preparing scrutiny questions; and the school improvement partner working with the virtual school
# asks about children in care. None of these newcomers is a person in the data, so they get no "as";
# Daniel, Helen, Grace, Anita, Chris, Jo and Morgan also ask (with "as"). Many type on their phones
# in Teams (lower case, typos, abbreviations, run-ons); some paste from emails ("Fwd:", "RE:",
# "> quoted"). Periods lean on the school calendar and the handover date.
#
# Conventions carried over from sets k-r (as their headers state them; where they differ, set r):
# - A list question with no status word lists outstanding actions (not_started, in_progress,
#   blocked). "Open / left / o/s / still to do / not finished / not done / live / on the go" =
#   outstanding; "done / finished / completed / closed (off)" = complete; "stuck / on hold" =
#   blocked; "late / missed / past its date / slipped" = overdue; "not started / nobody has
#   started / not kicked off" = not_started; "underway / being worked on" = in_progress.
# - A question that names one piece of work is a deliverable: that one action whatever its status
#   (st="all" with an rx that selects exactly it), even when its name holds an area word. A
#   question about one action named by its ref, or by a resolution that created exactly one
#   action, uses intent action_detail with that ref.
# - "Who leads <area>" / "whose area is X" = list_actions with fact person (the area's lead); its
#   actionIds are that area's outstanding actions. "How many" = list_actions with fact number;
#   with no status it counts outstanding actions. "Who has / owns X" = fact person; "when's X due"
#   = fact date; "is X still due <when>?" = X's due date as a fact.
# - A meeting question with no status word lists every status; with a status word, that status.
#   An agenda item (number or title), a resolution or what was said at a meeting names that
#   meeting. Only the October 2019 meeting of 2019 set actions; the 19 June 2019 meeting set none
#   (a real empty list). A minute number below item level is written as the meeting plus an rx
#   that picks exactly its actions.
# - A job title that holds an area word names the person, not the area. Exclusions of people /
#   areas are written as every other person / area. "Plan actions / not the committee ones" =
#   source is the plan (meeting=None); "committee actions / what the committee added" = source is
#   any committee meeting. "The area leads" = Priya, Tom, Ruth, Daniel; "the ADs" = Ruth Okafor
#   and Tom Brennan; DCS / Exec Director = Morgan Hale; Cabinet Member / lead member = Cllr Jo
#   Pearce; PSW = Grace Adeyemi; VSH = Anita Rao; dem services = Chris Dunn, who owns no action.
#   "The last committee" = 12 January 2022; "the committee before last" = 10 November 2021.
# - Periods: "by / before X" with no "from now" keeps overdue actions in; "between now and X" and
#   "the next N days / weeks / months" start today and leave overdue out ("next N weeks" ends
#   today + 7N; "the next six months" ends 1 August 2022). Summer = June-August 2022; Easter =
#   Sunday 17 April 2022; "this financial year" = 1 April 2021 - 31 March 2022; year end = 31 March
#   2022; next quarter = April-June 2022; half-term = 21-25 February 2022; "w/c D" = D to D+6;
#   "the fortnight after D" = D+1 to D+14; "since D" = on or after D and before today. Dates and
#   events the asker states are taken as given; a date that is only news sets no period.
# - A topic word that is no area keyword is searched in action titles in all its forms (plural,
#   verb form, misspelling); updates are not searched.
# - RAG "red" = overdue or blocked; the one blocked action (6.3) is also overdue, so red = overdue.
# - "as" is set when the asker is a person in the data; "I / me / my" then means that person, and
#   a general question from them is not narrowed to their own actions. "Am I behind" = my overdue.
# - Greeting alone, "how does this work / what can you do / where do I start" = help; thanks,
#   apologies, sign-offs, off-topic remarks and forwarded notes with no question = unknown; an
#   overview of the whole plan = summary. A question wrapped in small talk or a forwarded note is
#   labelled as the question; "actually / scrap that" = the corrected question alone.
#
# New conventions decided for this set (decided once, applied throughout):
# - The handover. Daniel leaving "at the end of February" is news and sets no filter by itself;
#   "his handover / what he needs to hand over" = Daniel's outstanding actions; "after he's gone /
#   once he's left" = due after 28 February 2022 (the stated date), so overdue ones are left out.
#   The RAG return, the interim Director's induction and the scrutiny prep are occasions: news.
#   A deadline the asker is set for their own reply ("confirm by Friday") sets no period.
# - School calendar (West Sussex 2021/22, as the askers use it): the spring term ends Friday 8
#   April 2022; the summer term is 25 April - 22 July 2022; the summer holidays run to Friday 2
#   September 2022. No action falls due between 1 and 29 April, between 1 August and 29
#   September, or between 1 and 29 July, so a neighbouring reading of any of these edges gives the
#   same answer.
# - "By the end of the month / by month end" = by 28 February 2022 (keeps overdue in). "The
#   month after next" = April 2022. "Next financial year / 22/23" = 1 April 2022 - 31 March 2023.
#   "A 2021 deadline" = due in calendar year 2021.
# - More names: "the directors" = everyone whose job title holds "Director" (Morgan, Priya, Ruth,
#   Tom, Daniel); "DD (frontline)" = the Deputy Director - Frontline Services, Priya Shah (the
#   person, though "frontline teams" appear in titles); "Transformation Director" = Daniel Cross;
#   "head of WFD" = the Head of Workforce Development, Sam Whitfield (the person, not area 10);
#   "head of the virtual school" = the Virtual School Head, Anita Rao.
# - The asker's own role ("agency TM here", "I'm the SIP") is news and sets no owner.

NOV, JAN, OCT19, JUN19 = "cypssc-2021-11-10", "cypssc-2022-01-12", "cypssc-2019-10-09", "cypssc-2019-06-19"
TODAY_ = TODAY  # "2022-02-01", from the fixture


def all_but(*ids):
    """Every person except the ones named."""
    return [p for p in PEOPLE if p not in ids]


def areas_except(*nums):
    """Every area number except the ones named."""
    return [n for n in sorted(AREAS) if n not in nums]


ONE = "one named deliverable, whatever its status"
LEADS = ["priya-shah", "tom-brennan", "ruth-okafor", "daniel-cross"]
AS = lambda p: {"as_": p}
HELEN, GRACE, SAM, LEO, ANITA = "helen-marsh", "grace-adeyemi", "sam-whitfield", "leo-fitzgerald", "anita-rao"
PRIYA, RUTH, TOM, DANIEL = "priya-shah", "ruth-okafor", "tom-brennan", "daniel-cross"
MORGAN, CHRIS, JO = "morgan-hale", "chris-dunn", "jo-pearce"
DIRECTORS = [MORGAN, PRIYA, RUTH, TOM, DANIEL]

# ---------------------------------------------------------------- ordinary
K = "ordinary"
q(K, "new here (interim, week 2) - whats open on private fostering?", areas=[3], expect=2,
  note="'private fostering' is an area 3 keyword; the asker's role is news")
q(K, "agency TM, first fortnight in - what's outstanding for return home interviews pls", areas=[5], expect=2,
  note="'return home interviews' is an area 5 keyword")
q(K, "Are there any supervision or management oversight actions still open?", areas=[8], expect=0,
  note="area 8 has every action complete")
q(K, "later life letters - anything in progress?", st="in_progress", areas=[7], expect=3,
  note="'later life letters' is an area 7 keyword")
q(K, "Doing the Feb RAG return - anything currently stuck?", st="blocked", expect=1,
  note="'stuck' = blocked; the return is the occasion")
q(K, "drift in care plans, what hasn't been started", st="not_started", areas=[4], expect=1,
  note="'drift' and 'care plans' are area 4 keywords")
q(K, "What have we actually finished on permanence and corporate parenting?", st="complete", areas=[6, 11], expect=4)
q(K, "can I see everything under recording, open or closed", st="all", areas=[5], expect=3,
  note="'open or closed' = every status")
q(K, "qa - what's in progress right now", st="in_progress", areas=[9], expect=3, note="QA = area 9")
q(K, "School improvement partner here - what's still to do for children looked after?", areas=[11], expect=3,
  note="'children looked after' is an area 11 keyword; the asker's role is news")
q(K, "areas 6 through 8 whats open", areas=[6, 7, 8], expect=6, note="6 through 8 = areas 6, 7 and 8")
q(K, "anything not started yet on recruitment or the partnership side?", st="not_started", areas=[10, 12],
  expect=2, note="'recruitment' is an area 10 keyword, 'partnership' an area 12 keyword")
q(K, "What's open under homeless 16 and 17 year olds and under neglect?", areas=[2, 3], expect=4)
q(K, "Completed actions on infrastructure please", st="complete", areas=[1], expect=3,
  note="'infrastructure' is an area 1 keyword")
q(K, "partner agencies - what's outstanding there", areas=[12], expect=1,
  note="'partner agencies' is an area 12 keyword")

# ---------------------------------------------------------------- negation
K = "negation"
q(K, "Everything still open except the QA and workforce areas", areas=areas_except(9, 10), expect=20,
  note="every area but 9 and 10")
q(K, "Daniel's handing over - what's overdue that ISN'T his?", st="overdue", owners=all_but(DANIEL), expect=5,
  note="every other owner; Daniel's 7.2 and 9.3 left out")
q(K, "which open actions are not in progress", st=["not_started", "blocked"], expect=10,
  note="outstanding but not in progress = not started or blocked")
q(K, "what isn't due until after Easter, leaving out Ruth's?", dafter="2022-04-17", owners=all_but(RUTH), expect=8,
  note="due after Easter Sunday 17 April 2022; every owner but Ruth")
q(K, "plan actions only, not anything the committee bolted on: what's in progress?", st="in_progress",
  meeting=None, expect=12, note="source is the plan")
q(K, "Which open actions are owned by someone who isn't one of the directors?", owners=all_but(*DIRECTORS),
  expect=15, note="the directors = Morgan, Priya, Ruth, Tom, Daniel (Director in their job title)")
q(K, "Outside of Ruth's three areas, what's stuck or late?", st="overdue", areas=areas_except(6, 7, 11), expect=5,
  note="Ruth leads 6, 7, 11; stuck or late = red = overdue (the one blocked action, 6.3, is in area 6)")
q(K, "anything open for Grace that isnt training?", owners=[GRACE], rx=r"^(?!.*train)", expect=2,
  note="Grace's outstanding actions without the life story training (7.1): 1.4 and 4.3")
q(K, "Not counting the ones already past their date, what does Daniel need to hand over?", st="not_overdue",
  owners=[DANIEL], expect=3, note="Daniel's outstanding actions due on or after today")
q(K, "which of the completed ones belong to someone other than Priya?", st="complete", owners=all_but(PRIYA), expect=15)
q(K, "Open committee actions, leaving out the old 2019 ones", meeting=[NOV, JAN], expect=10,
  note="only the October 2019 meeting of 2019 set actions; the rest came from 10 November 2021 and 12 January 2022")
q(K, "Apart from Priya's four areas, what hasn't been started?", st="not_started", areas=areas_except(1, 2, 4, 8),
  expect=7, note="Priya leads 1, 2, 4, 8; every other area, whoever owns the action")
q(K, "not Helen, not Daniel - who else has overdue stuff and what is it?", st="overdue",
  owners=all_but(HELEN, DANIEL), expect=3, note="3.1, 6.3 and 9.5")
q(K, "What's open in life story work apart from the Mosaic piece?", areas=[7], rx=r"^(?!.*Mosaic)", expect=3,
  note="area 7 without 7.2")
q(K, "Committee-set actions not yet complete that don't belong to any of the area leads", meeting=COMMITTEE,
  owners=all_but(*LEADS), expect=5, note="area leads = Priya, Tom, Ruth, Daniel: 7.1, 7.3, 10.4, 11.6, 12.4")

# ---------------------------------------------------------------- periods
K = "periods"
q(K, "next six weeks, what deadlines have we got coming at us?", dfrom=TODAY_, dto="2022-03-15", expect=2,
  note="today to 15 March 2022, overdue left out: 2.2 and 10.4")
q(K, "by the end of the spring term what should be finished?", dto="2022-04-08", expect=20,
  note="spring term ends 8 April 2022; 'by' keeps overdue in; nothing falls due 1-29 April")
q(K, "Which deadlines fall in the summer term?", dfrom="2022-04-25", dto="2022-07-22", expect=6,
  note="summer term = 25 April - 22 July 2022: 5.2 and the 30 June deadlines")
q(K, "what's open with a deadline in 22/23?", dfrom="2022-04-01", dto="2023-03-31", expect=10,
  note="next financial year = 1 April 2022 - 31 March 2023")
q(K, "between now and half term is anything due", dfrom=TODAY_, dto="2022-02-20", expect=0,
  note="half-term starts 21 February 2022; nothing falls due 1-20 February (2.2 and 10.4 are due the 28th)")
q(K, "by the end of the month what do I need to chase?", dto="2022-02-28", expect=9,
  note="by month end = by 28 February 2022, overdue kept in")
q(K, "w/c 28 feb anything due?", dfrom="2022-02-28", dto="2022-03-06", expect=2, note="28 February - 6 March 2022")
q(K, "Anything falling due in July, August or September?", dfrom="2022-07-01", dto="2022-09-30", expect=4)
q(K, "Anything with a 2021 deadline still not done?", dfrom="2021-01-01", dto="2021-12-31", expect=5,
  note="due in calendar year 2021 and outstanding")
q(K, "next ten weeks - what's coming up?", dfrom=TODAY_, dto="2022-04-12", expect=13,
  note="today to 12 April 2022 (today + 70), overdue left out")
q(K, "What deadlines do we have over the next six months?", dfrom=TODAY_, dto="2022-08-01", expect=22,
  note="today to 1 August 2022, overdue left out")
q(K, "what's due the month after next?", dfrom="2022-04-01", dto="2022-04-30", expect=1,
  note="the month after next = April 2022: the e-workbooks (5.2)")
q(K, "Which actions due this financial year haven't even been started?", st="not_started", dfrom="2021-04-01",
  dto="2022-03-31", expect=6, note="this financial year = 1 April 2021 - 31 March 2022")
q(K, "What should be done by the end of the summer holidays?", dto="2022-09-02", expect=29,
  note="summer holidays end 2 September 2022; 'by' keeps overdue in; only 4.3 (30 September) is later")
q(K, "whats due in the fortnight after half term", dfrom="2022-02-26", dto="2022-03-11", expect=2,
  note="half-term ends 25 February; the fortnight after = 26 February - 11 March 2022")

# ---------------------------------------------------------------- wordforms
K = "wordforms"
q(K, "transformation director - what's outstanding?", owners=[DANIEL], expect=5,
  note="Children First Transformation Director = Daniel Cross")
q(K, "DD frontline - anything overdue?", st="overdue", owners=[PRIYA], expect=0,
  note="Deputy Director - Frontline Services = Priya Shah, the person; none of hers is overdue")
q(K, "head of WFD whats not started", st="not_started", owners=[SAM], expect=1,
  note="Head of Workforce Development = Sam Whitfield, the person, not area 10: 10.4")
q(K, "trainng - anything still going?", rx=r"train", expect=2,
  note="trainng = training: 4.2 and 7.1; the other training actions are complete")
q(K, "survays - whats outstanding", rx=r"survey", expect=2, note="survays = surveys: 10.4 and 10.5")
q(K, "protocals still open?", rx=r"protocol", expect=1,
  note="protocals = protocols: the housing protocol (3.1); the pre-birth protocol (6.2) is complete")
q(K, "any briefings not done", rx=r"briefing", expect=1, note="briefings = briefing: 9.6")
q(K, "re-referals - anything?", rx=r"re-referral", expect=1, note="re-referals = re-referral rates: 9.3")
q(K, "anything on health assesments still open?", rx=r"health assessment", expect=1,
  note="assesments = assessments: initial health assessments (11.4)")
q(K, "permanancy - stuck?", st="blocked", areas=[6], expect=1, note="permanancy = permanence, area 6: 6.3")
q(K, "lifestory - not started?", st="not_started", areas=[7], expect=1, note="lifestory = life story, area 7: 7.3")
q(K, "corp parenting whats complete", st="complete", areas=[11], expect=3,
  note="corp parenting = corporate parenting, area 11")
q(K, "Anything still open for the head of the virtual school?", owners=[ANITA], expect=1,
  note="the Virtual School Head = Anita Rao: 11.5")
q(K, "auditting thats late", st="overdue", rx=r"audit", expect=1,
  note="auditting = audit: 5.3; the other audits are due on or after today")
q(K, "anything open with the exec director's name on it?", owners=[MORGAN], expect=0,
  note="Executive Director = Morgan Hale, whose one action (12.3) is complete")

# ---------------------------------------------------------------- deliverables
K = "deliverables"
q(K, "Did the 'what good looks like' standards ever get published?", st="all", rx=r"What Good Looks Like",
  expect=1, note=ONE + " (1.2)")
q(K, "the delivery model to cut down how often kids change social worker - was that ever agreed?", st="all",
  rx=r"delivery model", expect=1, note=ONE + " (1.1), not area 1 as a whole")
q(K, "How far along is family safeguarding in the assessment teams?", st="all", rx=r"family safeguarding",
  expect=1, note=ONE + " (2.3)")
q(K, "Has the joint housing protocol for 16/17 yr olds been signed by all the districts yet?", st="all",
  rx=r"joint housing protocol", expect=1, note=ONE + " (3.1), not area 3 as a whole")
q(K, "Is anyone auditing our private fostering assessments?", st="all", rx=r"private fostering assessments",
  expect=1, note=ONE + " (3.3), not area 3 as a whole")
q(K, "that plan template in Mosaic with the contingency section - is it live?", st="all",
  rx=r"plan template in Mosaic", expect=1, note=ONE + " (4.1)")
q(K, "the return home interview template revamp - done?", st="all", rx=r"return home interview template",
  expect=1, note=ONE + " (5.1), not area 5 as a whole")
q(K, "our e-workbooks for SWs - where are they up to? I'm new and drowning in recording", st="all",
  rx=r"electronic workbooks", expect=1, note=ONE + " (5.2); e-workbooks = electronic workbooks")
q(K, "Why is the monthly permanence panel stuck?", st="all", rx=r"permanence tracking panel", expect=1,
  note=ONE + " (6.3)")
q(K, "Is the pre-birth protocol actually in use now?", st="all", rx=r"pre-birth", expect=1, note=ONE + " (6.2)")
q(K, "every adopted child having a life story book before the order - how are we doing on that?", st="all",
  rx=r"life story book", expect=1, note=ONE + " (7.4), not area 7 as a whole")
q(K, "Did all the team managers go through the management assessment programme? I'm agency, wasn't here for it",
  st="all", rx=r"Management assessment programme", expect=1, note=ONE + " (8.1)")
q(K, "monthly supervision compliance reporting - was the policy for that ever signed off?", st="all",
  rx=r"Supervision policy", expect=1, note=ONE + " (8.2), not area 8 as a whole")
q(K, "SW pay and reward offer - did that get implemented?", st="all", rx=r"pay and reward", expect=1,
  note=ONE + " (10.1)")
q(K, "did we ever get young people onto the corp parenting board like we said we would?", st="all",
  rx=r"Corporate Parenting Board", expect=1, note=ONE + " (11.2), not area 11 as a whole")

# ---------------------------------------------------------------- facts
K = "facts"
q(K, "who leads on supervision & management oversight?", areas=[8], fact="lead", expect=0,
  note="area 8 has nothing outstanding")
q(K, "which director is responsible for life story work as an area", areas=[7], fact="lead", expect=4)
q(K, "whose area is recording and RHIs", areas=[5], fact="lead", expect=2,
  note="RHIs = return home interviews (set q)")
q(K, "practice infrastructure - who's the area lead?", areas=[1], fact="lead", expect=2)
q(K, "when is 11.6 due", intent="action_detail", ref="11.6", fact="due")
q(K, "owner of 3.3?", intent="action_detail", ref="3.3", fact="owner")
q(K, "When's the re-referral report due to members?", intent="action_detail", ref="9.3", fact="due")
q(K, "Who ran the private fostering awareness campaign for schools and GPs?", intent="action_detail", ref="3.2",
  fact="owner")
q(K, "Is the agency staffing reduction in the MASH still due end of June?", intent="action_detail", ref="10.3",
  fact="due", note="'is X still due' = X's due date as a fact")
q(K, "How many of Helen's have gone overdue?", st="overdue", owners=[HELEN], fact="count", expect=2)
q(K, "how many actions are on the plan in total, closed ones included?", st="all", fact="count", expect=50)
q(K, "How many have we completed so far?", st="complete", fact="count", expect=20)
q(K, "number of not started actions across the plan?", st="not_started", fact="count", expect=9)
q(K, "What date is the PEP action due?", intent="action_detail", ref="11.5", fact="due",
  note="PEP = personal education plan")
q(K, "Who's on the hook for updating committee on the early help buildings?", intent="action_detail", ref="12.4",
  fact="owner")

# ---------------------------------------------------------------- people
K = "people"
q(K, "I'm off at the end of Feb - list everything I still own so I can hand it over", owners=[DANIEL], expect=5,
  **AS(DANIEL), note="leaving date is news; his outstanding actions")
q(K, "what have Anita and Leo got open?", owners=[ANITA, LEO], expect=2)
q(K, "helens in progress list", st="in_progress", owners=[HELEN], expect=5)
q(K, "Morning - am I behind on anything?", st="overdue", owners=[HELEN], expect=2, **AS(HELEN),
  note="'am I behind' = my overdue actions")
q(K, "what do the cabinet member and the exec director still have open?", owners=[JO, MORGAN], expect=1,
  note="Cabinet Member = Jo Pearce, Exec Director = Morgan Hale (nothing open)")
q(K, "Tom and Ruth - which of theirs are completed?", st="complete", owners=[TOM, RUTH], expect=6)
q(K, "What have the ADs got open between them?", owners=[RUTH, TOM], expect=6,
  note="the ADs = Ruth Okafor and Tom Brennan")
q(K, "sorry, still finding my feet with this - what's on my list at the mo?", owners=[ANITA], expect=1, **AS(ANITA))
q(K, "Grace, Sam and Helen - anything not started?", st="not_started", owners=[GRACE, SAM, HELEN], expect=4)
q(K, "Daniel's areas - everything that's open, whoever owns it", leads=[DANIEL], expect=10,
  note="Daniel leads 9 and 10")
q(K, "ruth's in progress ones pls", st="in_progress", owners=[RUTH], expect=3)
q(K, "Which of my actions have been completed?", st="complete", owners=[MORGAN], expect=1, **AS(MORGAN))
q(K, "Overdue items for Helen, Daniel or Ruth", st="overdue", owners=[HELEN, DANIEL, RUTH], expect=6)
q(K, "Everything Leo has ever had on the plan, finished or not", st="all", owners=[LEO], expect=3)
q(K, "In Priya's areas, what's open that other people own?", leads=[PRIYA], owners=all_but(PRIYA), expect=5,
  note="Priya leads 1, 2, 4, 8; their outstanding actions owned by anyone but Priya")

# ---------------------------------------------------------------- combined
K = "combined"
q(K, "Daniel's handover: which of his committee actions are still open and due after he's gone at the end of February?",
  owners=[DANIEL], meeting=COMMITTEE, dafter="2022-02-28", expect=2,
  note="after he's gone = due after 28 February 2022: 1.5 and 10.5")
q(K, "helen's not-started audits due by year end", st="not_started", owners=[HELEN], rx=r"audit",
  dto="2022-03-31", expect=2, note="3.3 and 7.3")
q(K, "For the RAG return - red actions in Tom's areas?", st="overdue", leads=[TOM], expect=2,
  note="red = overdue or blocked; Tom leads 3, 5, 12: 3.1 and 5.3")
q(K, "In progress, due in March, owned by Grace or Helen", st="in_progress", owners=[GRACE, HELEN],
  dfrom="2022-03-01", dto="2022-03-31", expect=4)
q(K, "Plan actions due next quarter that are being worked on", st="in_progress", meeting=None,
  dfrom="2022-04-01", dto="2022-06-30", expect=2, note="next quarter = April-June 2022: 2.3 and 5.2")
q(K, "not started committee actions due before easter", st="not_started", meeting=COMMITTEE,
  dbefore="2022-04-17", expect=5, note="'before' keeps overdue in")
q(K, "open in areas 9 and 10 not owned by Daniel, due by end of March", areas=[9, 10], owners=all_but(DANIEL),
  dto="2022-03-31", expect=7)
q(K, "Ruth's overdue committee actions?", st="overdue", owners=[RUTH], meeting=COMMITTEE, expect=1,
  note="9.5; 6.3 is a plan action")
q(K, "anything in life story or corporate parenting due over the summer that's still open", areas=[7, 11],
  dfrom="2022-06-01", dto="2022-08-31", expect=3, note="summer = June-August 2022")
q(K, "Plan actions with 2021 deadlines that we did complete", st="complete", meeting=None, dfrom="2021-01-01",
  dto="2021-12-31", expect=8)
q(K, "priya's in progress stuff that isn't due till the summer or later", st="in_progress", owners=[PRIYA],
  dfrom="2022-06-01", expect=2, note="from 1 June 2022: 2.3 and 10.3")
q(K, "Not-started actions in Priya's areas due next financial year", st="not_started", leads=[PRIYA],
  dfrom="2022-04-01", dto="2023-03-31", expect=2, note="Priya leads 1, 2, 4, 8: 1.5 and 4.3")
q(K, "overdue plan actions in QA", st="overdue", areas=[9], meeting=None, expect=1,
  note="9.1; 9.3 and 9.5 came from committee")
q(K, "Sam, Leo or Anita: open and due by end of March", owners=[SAM, LEO, ANITA], dto="2022-03-31", expect=3)
q(K, "In-progress committee actions due by the end of June for Ruth or Priya", st="in_progress",
  meeting=COMMITTEE, owners=[RUTH, PRIYA], dto="2022-06-30", expect=3, note="7.4, 9.4 and 10.3")

# ---------------------------------------------------------------- meetings
K = "meetings"
q(K, "What did the January select committee ask us to do? all of it please", st="all", meeting=JAN, expect=4)
q(K, "Item 23 - anything from it still not started?", st="not_started", meeting=NOV, expect=4,
  note="item 23 = 10 November 2021")
q(K, "The meeting that thanked everyone for the three outstanding children's homes - anything from it overdue?",
  st="overdue", meeting=JAN, expect=1,
  note="resolution 42.3.1 = 12 January 2022; 'outstanding' there is the Ofsted rating: 9.5")
q(K, "What did the committee that noted the end of the Commissioner's work ask for?", st="all", meeting=OCT19,
  expect=11, note="resolution 39.8.1 = October 2019; every status")
q(K, "which of the autumn 2019 committee's actions are complete?", st="complete", meeting=OCT19, expect=6)
q(K, "the June 2019 select committee when the plan first came in - did it set us any actions at all?", st="all", meeting=JUN19, expect=0,
  note="the 19 June 2019 meeting set no actions")
q(K, "minute 39.5 - what did it set?", st="all", meeting=OCT19, rx=r"online forum|adoption order", expect=2,
  note="minute 39.5 set 7.1 and 7.4; meeting + rx")
q(K, "resolution 23.3.4 - where's that at?", intent="action_detail", ref="12.4",
  note="resolution 23.3.4 created 12.4")
q(K, "the child protection one from November, 23.3.2 - whose is it?", intent="action_detail", ref="9.4",
  fact="owner", note="resolution 23.3.2 created 9.4")
q(K, "From the meeting that wanted a further workforce report in summer 2022, what's in progress?",
  st="in_progress", meeting=NOV, expect=2, note="resolution 23.3.1 = 10 November 2021: 9.4 and 12.4")
q(K, "Which actions came out of the 10 Nov committee for Daniel?", st="all", meeting=NOV, owners=[DANIEL],
  expect=3, note="no status word: every status")
q(K, "From the committee where they talked about the staff survey and 'you said, we did', has anything been completed?",
  st="complete", meeting=NOV, expect=1, note="minute 23.2 = 10 November 2021: 11.3")
q(K, "42.2 - what actions came from that minute?", st="all", meeting=JAN,
  rx=r"statutory visits performance information|in-house foster carers", expect=2,
  note="minute 42.2 set 9.5 and 11.6; meeting + rx")
q(K, "the co-produced strategy from minute 39.7 - finished?", intent="action_detail", ref="12.1",
  note="minute 39.7 created 12.1")
q(K, "for the action log: what's still open from the committee before last?", meeting=NOV, expect=6,
  **AS(CHRIS), note="the committee before last = 10 November 2021")

# ---------------------------------------------------------------- chatter
K = "chatter"
q(K, "hiya, I'm the new interim director - what can this bot do?", intent="help",
  whyx="Greeting and asks what the bot can do")
q(K, "Thanks, that's saved me an hour on the return 🙏", intent="unknown", whyx="Thanks alone")
q(K, "Quick q before my 10 o'clock - big picture, how's the improvement plan looking overall?", intent="summary",
  whyx="Overview of the whole plan")
q(K, "Fwd: RAG return - February\n\n> Please can all owners confirm which of their actions are overdue by Friday.\n\n"
     "bot can you do this for the whole plan?", st="overdue", expect=7,
  note="the forwarded request is the question; 'by Friday' is the reply deadline, not a period")
q(K, "is the canteen doing jacket potatoes today?", intent="unknown", whyx="Off-topic question")
q(K, "ugh sorry, sent that to the wrong person", intent="unknown", whyx="Apology alone")
q(K, "hello there 🙂", intent="help", whyx="Greeting alone")
q(K, "Sorry to bother you - what's 10.2 about again?", intent="action_detail", ref="10.2")
q(K, "Can you show me Leo's open ones - actually scrap that, just the ones he's done", st="complete", owners=[LEO],
  expect=2, note="the corrected question alone: 3.2 and 7.5")
q(K, "RE: scrutiny prep\n\n> Cllr asked: how many actions has the committee added that are still open?\n\n"
     "can you answer this one", meeting=COMMITTEE, fact="count", expect=15,
  note="the quoted question is the question")
q(K, "Good morning from a very wet Worthing! who is the lead for partnership working?", areas=[12], fact="lead",
  expect=1)
q(K, "cheers bot, have a good one", intent="unknown", whyx="Sign-off alone")
q(K, "FYI the Improvement Board papers go out on the 14th, no need to reply", intent="unknown",
  whyx="A note with no question")
q(K, "I'm new and a bit lost - where do I even start with this?", intent="help", whyx="Asks where to start")
q(K, "Hi! Long week already 😅 anything of mine due next month?", owners=[GRACE], dfrom="2022-03-01",
  dto="2022-03-31", expect=2, **AS(GRACE), note="next month = March 2022: 1.4 and 7.1")
