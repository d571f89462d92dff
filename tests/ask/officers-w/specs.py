# Evaluation questions for Improvement Tracker (set w): 150 questions, 15 per kind, in the order
# ordinary, negation, periods, wordforms, deliverables, facts, people, combined, meetings, chatter.
# Labelled by build.py (in this folder) from /work/shared/fixtures/children-first.json ("today" =
# Tuesday 2022-02-01, Europe/London); no action id is typed here: each spec is a set of filters (status
# st, areas, owners, leads = the areas a person leads, meeting = the source, due-date bounds dfrom / dto
# / dbefore / dafter, a title regex rx or nrx, minute, fact, ref for action_detail, as_ = the asker's
# person id), and build.py computes every list from them and checks it against the spec's expected
# count (and refuses a spec whose nrx removes nothing, or whose rx does not pick exactly a minute's
# actions). Title regexes match case-insensitively. Written without reading the bot's code or running it.
# Split (fixed before labelling): within each kind, positions 3, 6, 9, 12, 15 (1-based) go to holdout
# (officers-w-holdout.jsonl, 50 lines); the rest go to officers-w-dev.jsonl (100 lines).
#
# Angle of this set: the annual self-evaluation (the SEF) for Ofsted's annual engagement meeting, and
# the handover to an interim Director of Children's Services who has just been appointed. Asked by the
# interim DCS's business manager writing the handover pack, a designated nurse for looked after
# children, a police partner on the safeguarding partnership, a school governor who sits on the
# committee's task and finish group, a newly qualified social worker in their ASYE year, a residential
# children's home manager, the data protection officer, an IRO, a Healthwatch representative and a
# trade union rep (none of them is a person in the data, so no "as"); and by people in the data, with
# "as" set to their id: Morgan (who is handing over), Priya, Ruth, Tom, Daniel, Helen, Grace, Sam, Leo,
# Anita, Jo and the clerk Chris Dunn. They write as people do in Teams, on a phone or at a desk: terse
# or long-winded, context first and the question after, the reason after the question, several
# conditions at once, every kind of negation ("bar", "apart from", "leave X out", "isn't ... and
# isn't ...", "nothing closed", "other than", "not counting"), named periods (financial-year quarters,
# the municipal year, school terms and holidays, half-terms, months, a week commencing, "the next 30
# days", "the last twelve months", "before the annual engagement meeting on 12 May", "the interim's
# first six weeks"), deliverables named in the asker's own words, facts (who leads / owns, when due,
# how many, is it done, what's the evidence), several people at once (by name, surname, possessive,
# job title, in lists), meetings named by date, item, minute, resolution or what was said or decided,
# and chatter (greetings, thanks, off-topic, corrections, forwarded notes, a question inside small
# talk). Never more than two typos in a question.
#
# All of set v's conventions are carried over exactly as its header states them. Its text follows
# verbatim (in it, "this set" means set v, and "set u / t / s" are the sets it names):
#
# Conventions carried over from set u, exactly as its header states them. First the ones set u carried
# over from set t, which set t carried over from set s (which carried over sets k-r), then set t's own:
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
# - School calendar (set s): the spring term ends Friday 8 April 2022; the summer term is 25 April
#   - 22 July 2022; the summer holidays run to Friday 2 September 2022. "Next month" = March 2022;
#   "next financial year / 22/23" = 1 April 2022 - 31 March 2023.
#
# Then the conventions set t decided for itself:
# - The occasions (the stocktake, the Corporate Parenting Board, the audit, a board pack, an
#   appraisal) and the asker's own role ("internal audit here", "finance BP") are news and set no
#   filter. The stocktake's date sets a period only with "by / before / between now and" and a
#   stated date ("between now and the next stocktake on 2 August"). The fixture holds no cost or
#   budget data, so the finance partner's interest in spend is news: their questions name the work.
# - More status words: "not yet complete / isn't finished / hasn't been completed / not yet done"
#   = outstanding; "signed off / delivered / closed" = complete; "not yet started / not begun" =
#   not_started; "still going / running" = in_progress when asked of a list.
# - "Not due this financial year / not due by X" = due after X (the negation of "by"), so overdue
#   actions are left out. "Excluding anything due after X" = due on or before X, overdue kept in.
# - Quarters are financial-year quarters. "This quarter / the last quarter of the financial year /
#   Q4" = 1 January - 31 March 2022; "last quarter" = 1 October - 31 December 2021; "Q1 of 22/23 /
#   the first quarter of next year" = 1 April - 30 June 2022.
# - "This month" = February 2022; "last month" = January 2022; a named month is that month of
#   2022 (May = 1-31 May 2022). "In calendar 2020" = due 1 January - 31 December 2020.
# - "The last N weeks" = due on or after today - 7N and before today (as "since D"): "the last six
#   weeks" = 21 December 2021 - 31 January 2022; "the last eight weeks" = 7 December 2021 -
#   31 January 2022. No action falls due between 11 and 30 December 2021, so a start a few days
#   either way gives the same answer. "From the start of this financial year to now" = 1 April
#   2021 to 31 January 2022 (before today).
# - "Before the summer" = due before 1 June 2022 (keeps overdue in). "After the summer holidays" =
#   due after 2 September 2022. "The rest of the spring term" = today to 8 April 2022, overdue left
#   out. Nothing falls due in May, between 1 and 29 June, 1 and 29 April, or 1 August and 29
#   September 2022, so a neighbouring reading of these edges gives the same answer.
# - "What evidence / how will we know / what's the measure for X" about one action = action_detail
#   of X with no fact field (the line format has no fact for a measure); the detail shows it.
# - "X's areas / the areas X leads" for a person who leads no area (Helen Marsh: area 9's lead is
#   Daniel Cross) = a real empty list, not X's own actions and not area 9.
# - "People who don't lead an area" = everyone but the area leads. "The last two committees" =
#   10 November 2021 and 12 January 2022. More job titles, each the person: "Head of QA" = Helen
#   Marsh (not area 9); "AD Early Help" = Tom Brennan; "AD (for) Corporate Parenting" = Ruth Okafor
#   (not area 11); "Head of Fostering" = Leo Fitzgerald (not area 3); "head of workforce
#   development" = Sam Whitfield (not area 10).
# - "Sorry, I meant / I mean" = the corrected question alone (as "actually").
# - A question about "the committee" in general (source = any committee meeting) always carries a
#   status word here ("open", "completed", "not yet started"), so the meeting rule (no status word =
#   every status) and the list rule (no status word = outstanding) never disagree. A councillor on the
#   Corporate Parenting Board who is not named is not Cllr Jo Pearce and gets no "as".
#
# Then the conventions set u decided for itself (its header's "New conventions decided for this set"):
# - The occasions here (the work programme and its planning session, the annual report and its
#   pages, the committee's annual meeting, full council, the fostering forum or a carers' AGM, a
#   practice educator's advice, a presentation someone is giving) and the asker's own role ("chair
#   here", "comms", "IRO service manager", "foster carer rep", "trainee on placement") are news and
#   set no filter. Someone not in the data who says "I / my / our team" sets no owner.
# - The municipal year runs May to April. "This municipal year" = 1 May 2021 - 30 April 2022; "the
#   end of the municipal year" = 30 April 2022; "the next / new / 2022/23 municipal year" = 1 May 2022
#   - 30 April 2023 ("22/23" alone stays the financial year, as in set s). "Between now and the end of
#   the municipal year / the rest of this municipal year" = today - 30 April 2022, overdue left out;
#   "before the new municipal year (starts in May)" = due before 1 May 2022, overdue kept in; "not due
#   by the end of the municipal year" = due after 30 April 2022. The one April deadline is 5.2 on 30
#   April, so the edge is inclusive and this matters.
# - "Delivered / completed / met / done in <period>", and "which of the <period> deadlines were
#   completed", = status complete and due in that period: the fixture records no completion date.
# - "Since the summer" = due on or after 1 September 2021 and before today (no action falls due in
#   August 2021). The autumn term = 6 September - 17 December 2021 (used only of completed actions;
#   none falls due 1-5 September or 18-31 December 2021, so either edge read a few days wider gives
#   the same answer). The spring term starts Tuesday 4 January 2022 (nothing falls due 1-3 January);
#   "since the start of the spring term" = 4 January 2022 to before today.
# - "The next couple of months" = the next two months = today to 1 April 2022, overdue left out;
#   "the next three months" = today to 1 May 2022. "This month and next" = 1 February - 31 March 2022.
#   "Q2 of next financial year" = 1 July - 30 September 2022. "Due on the financial year end
#   itself" = due on 31 March 2022. "October to December 2021" (stated) = as given. "In 2021 (calendar
#   year)" = due 1 January - 31 December 2021. "This financial year" stays 1 April 2021 - 31 March 2022.
# - More status words: "incomplete" = outstanding; "still live" = outstanding (as "live"); "still
#   being run" = in_progress (as "running"); "gone overdue / slipped / missed / past their deadline" =
#   overdue; "stuck or late / blocked or overdue" = overdue (6.3, the one blocked action, is overdue).
# - "The 2019 committee" = the October 2019 meeting (the June 2019 one set none, so either reading
#   gives the same list). "The meeting where the committee thanked officers for the Outstanding
#   ratings at three children's homes" = resolution 42.3.1 = 12 January 2022 (a resolution that set
#   no action names its meeting). "The meeting that asked to keep hearing about child protection
#   performance in each improvement update" = resolution 23.3.2 = 10 November 2021: asked of the
#   meeting's actions it is the meeting (as set t read 23.3.1), not the one action 23.3.2 created.
#   "Item 23" = 10 November 2021; "item 39" = October 2019; "item 42" = 12 January 2022.
# - People: a surname, with or without Ms / Mr / a possessive ("Brennan's", "Ms Okafor's",
#   "Whitfield") names that person; "the Exec Director" = Morgan Hale; "Principal Social Worker" =
#   Grace Adeyemi; "Head of Workforce Development" = Sam Whitfield; "Virtual School Head" = Anita Rao.
#   "Who's on the hook for / who holds / who's responsible for X" = X's owner (fact person). "Between
#   them" = owned by any of the people named. "Which of the area leads have ..." lists the actions
#   those four own. "Which director is in charge of X as an area" / "who's down as the lead for X" =
#   the area's lead.
# - "How many actions does the tracker hold altogether" = every status, plan and committee. "Completed
#   altogether, the committee's and the plan's" = every complete action, whatever its source.
# - A topic that is an area keyword names the area even when an action title elsewhere holds the
#   same word ("recruitment" is area 10 though 11.6 recruits foster carers; "care plans" is area 4).
# - "What evidence will tell us X has worked / what's the measure of success for X" stays the detail
#   of X with no fact field (set t); a "what evidence" question about a whole area is not asked (the
#   line format has no field for an area's evidence).
#
# New conventions decided for this set (decided once, applied throughout; none contradicts sets t or u):
# - The occasions here (the ILACS re-inspection and the inspectors' sampling or data request, the
#   quarterly performance clinic and its pack or slides, the Improvement Board, a leadership briefing,
#   a councillor's casework and the family behind it, a team meeting, a practice week, a training
#   session someone runs, the forward look) and the asker's own role ("analyst", "locality team
#   manager", "practice educator", "LADO", "early help coordinator", "HR workforce adviser", "the
#   Director's PA", "independent chair", "ward councillor") are news and set no filter; so is a
#   locality ("the north locality"). A councillor who is not named is not Cllr Jo Pearce (as set t)
#   and gets no "as"; someone not in the data who says "my workers / our team" sets no owner (set u).
# - The re-inspection's date sets a period only when the asker states it: "before the re-inspection /
#   before then" with "it starts 7 March" = due before 7 March 2022, overdue kept in (as "before X").
#   "Before the re-inspection" with no date is news.
# - "Q3" (of this financial year) = 1 October - 31 December 2021 (financial-year quarters; the same as
#   "last quarter"). "The 2019/20 financial year" = 1 April 2019 - 31 March 2020. A month given with its
#   year ("December 2021") is that month; a named month without a year stays that month of 2022, so
#   "a January deadline" = due in January 2022.
# - "The next few weeks" = the next four weeks = today to 1 March 2022, overdue left out. It is asked
#   once, of Leo Fitzgerald's actions, whose only open one (11.6) is due 30 June 2022, so every reading
#   of "few" up to the end of June gives the same empty list.
# - "Before (February) half-term" = due before Monday 21 February 2022, overdue kept in. "The end of the
#   summer term" = Friday 22 July 2022 ("by" it keeps overdue in). "The summer holidays" = 23 July - 2
#   September 2022; nothing falls due between 1 and 30 July 2022, so a start anywhere in July gives the
#   same answer. "Over the next ten weeks" = today to 12 April 2022 (today + 70, as "next N weeks").
# - Negation: "nothing that isn't overdue" = overdue only; "open but not late (yet) / that isn't already
#   overdue" = outstanding and due on or after today (not_overdue), so "due by X that isn't already
#   overdue" = today to X. "Without a committee behind them / straight from the plan / except the ones the
#   committee added" = source is the plan. "Not counting <one named deliverable>" leaves that one action
#   out by its title (nrx); "leave out anything already done" = outstanding.
# - "Is <ref> done / finished (yet)?" = action_detail of that ref with no fact field (the line format has
#   no status fact); a question whether a named piece of work is done stays a deliverable (st="all" with
#   an rx), and "is X still due <when>" stays X's due date.
# - "Which director is responsible for <area>" = the area's lead (as "which director is in charge of X as
#   an area"). The lead of an area with nothing outstanding (area 8) is a fact person with a real empty
#   list. "I know Helen is Head of QA, but who's the area lead for quality assurance" = area 9's lead,
#   Daniel Cross.
# - More job titles, each the person: "Deputy Director (for) Frontline Services" = Priya Shah; "the
#   Transformation Director" = Daniel Cross. "The Director" alone is never used as a filter (it could be
#   Morgan Hale, Daniel Cross or Priya Shah); "the Director's PA" is the asker's role, which is news.
# - "Not-started or blocked" = both statuses (a list of statuses).
# - An agenda item named by its title names its meeting even when the title holds an area keyword: "item
#   23, the workforce update" = 10 November 2021 (not area 10); "the Children We Care For item" = 12
#   January 2022 (not area 11). "The meeting that noted the conclusion of the Commissioner's work" =
#   resolution 39.8.1 = October 2019 (a resolution that set no action names its meeting, as set u read
#   42.3.1). "Minutes 39.5 and 39.6" = the October 2019 meeting plus an rx that picks exactly the actions
#   of both minutes (7.1-7.5). "12/01/2022" = 12 January 2022. "Item 6 of 19 June 2019" set no action.
# - "Scrap my last message - I meant ..." and "..., actually, make that <X>" = the corrected question
#   alone (as "actually / scrap that"); "make that June" replaces the period and keeps the rest.
# - Topic words searched in titles (set s's rule): "surveys" = titles holding "survey" (10.4, and 10.5,
#   whose title names staff survey outcomes); "agency staffing" = "agency staff" (10.3, 10.5), not 6.1's
#   regional adoption agency; "reports" = "report / reporting"; "training" = "train / training";
#   "inductions" = 1.3's induction programme (a topic, though area 1's Ofsted wording mentions induction,
#   since it is no area keyword).
#
# Conventions set w decided for itself (decided once, applied throughout; none contradicts sets s-v;
# each edge below was checked against the fixture so that a neighbouring reading gives the same list):
# - The occasions here (the SEF / self-evaluation and its sections or appendix, Ofsted's annual engagement
#   meeting / annual conversation when no date is given, the handover pack, note or meeting, the interim
#   DCS's arrival and welcome pack, the task and finish group, the ASYE year, a DPIA or information
#   sharing review, a Healthwatch write-up, a union branch meeting, someone's last week in post) and the
#   asker's own role are news and set no filter. A role that holds an area keyword is still news: "police
#   rep on the safeguarding partnership" sets no area 12, "designated nurse for children looked after"
#   sets no area 11. Someone not in the data who says "my staff / our members" sets no owner (set u).
# - The interim DCS ("the interim", "the new Director", "her") is not a person in the data: she owns
#   and leads nothing, is never an owner or lead filter, and is never "as". Morgan Hale stays the
#   Executive Director; Morgan's "what am I handing over that's still open" = Morgan's outstanding
#   actions (a real empty list: 12.3 is complete). "The DCS" is not used as a filter in this set, since
#   with an interim arriving it could mean either; "the Executive Director" is used instead.
# - Dates the asker states set periods only with a period word: "before the annual engagement meeting
#   on Thursday 12 May" = due before 12 May 2022, overdue kept in (as "before X"); 5.2 (30 April) is
#   inside and nothing falls due 1 May - 29 June, so "on or before" gives the same. "The interim starts
#   on Monday 14 February ... her first six weeks" = 14 February - 27 March 2022 (D to D + 7N - 1);
#   nothing falls due 1 - 30 March, so D + 7N gives the same, and overdue is out since it starts later.
#   "Between the interim starting on 14 February and the end of the municipal year" = 14 February - 30
#   April 2022 (5.2 inside, as set u's inclusive end). A date given only as news (the handover meeting
#   on 11 February) sets nothing.
# - "The next N days" = today to today + N, overdue left out: "the next 30 days" = 1 February - 3 March
#   2022 (nothing falls due 1 - 30 March). "The last twelve months" = due on or after 1 February 2021 and
#   before today (as set t's "last N weeks"); "what did we deliver in the last twelve months" = complete
#   and due then (set u); nothing falls due 1 July 2020 - 30 March 2021, so a start anywhere in that
#   span gives the same.
# - School holidays (with set s's and set u's terms): the Christmas holidays / break just gone = 18 December 2021
#   - 3 January 2022 (the autumn term ended Friday 17 December, the spring term started Tuesday 4
#   January); the only deadlines in them are 31 December 2021, and nothing falls due 11 - 30 December
#   2021 or 1 - 30 January 2022. "Before schools break up for Easter" = before the Easter holidays = due
#   before Monday 11 April 2022 (the spring term ends Friday 8 April), overdue kept in; nothing falls due 1 - 29 April, so "before
#   Easter" (17 April) gives the same. May half-term = 30 May - 3 June 2022; "between Easter and May
#   half-term" = due after Sunday 17 April and before 30 May 2022, overdue left out: only 5.2 (30 April);
#   reading the start as the end of the Easter holidays (22 April) gives the same. "Spring term
#   deadlines" = due 4 January - 8 April 2022.
# - More periods: "the week beginning Monday 28 February" = w/c 28 February = 28 February - 6 March 2022
#   (set v's w/c rule). "The second half of 2022 / July to December this year" = 1 July - 31 December
#   2022. "Between April and the end of September" (asked in February 2022) = 1 April - 30 September 2022.
#   "Q2 2021/22" = 1 July - 30 September 2021 (a financial-year quarter, set t). "June or July" = 1 June -
#   31 July 2022. "By the end of February" = due on or before 28 February 2022, overdue kept in; "before
#   the end of February" is not asked, since 2.2 and 10.4 fall due on 28 February and the edge would
#   matter. "Late or due this month" = outstanding and due on or before 28 February 2022 (the overdue and
#   February's together). "By the end of July" = on or before 31 July 2022 ("by the summer holidays" is
#   not asked, since three actions fall due on 31 July, inside the holidays).
# - Statuses: "isn't in progress and isn't done either" = not started or blocked (no action is
#   cancelled, so leaving cancelled in or out gives the same); "stuck or not started" = blocked and not
#   started; "nothing closed" = outstanding; "on the go" = outstanding (carried over); "what are X
#   holding" = X's outstanding actions; "running late" = overdue; "nobody's started" = not started (the
#   carried-over "nobody has started"); "on my plate" = my outstanding actions.
# - People: "the two assistant directors" = the ADs (Ruth Okafor and Tom Brennan); "the Head of QA and the
#   Head of Fostering" = Helen Marsh and Leo Fitzgerald; "the clerk" = Chris Dunn (who owns nothing);
#   "Okafor's areas plus Brennan's" = the areas each leads (3, 5, 6, 7, 11, 12). "Sam and I" (from Daniel)
#   = Sam Whitfield and Daniel Cross. "Whose name is against X" = X's owner (fact person).
# - Meetings: "the committee that asked to hear in the summer how initial health assessment performance
#   is improving" = resolution 42.3.2 = 12 January 2022, and asked of the actions "it set" it is the
#   meeting (as set u read 23.3.2), not the one action 42.3.2 created; "the committee that congratulated
#   us on three homes getting Outstanding" = 42.3.1 = 12 January 2022; "the meeting where the Cabinet
#   Member reported 98% take-up of the new social worker offer" = minute 23.1 = 10 November 2021 (what was
#   said names the meeting; 10.1's update note also says 98%, but updates are not searched); "the
#   meeting that noted Ofsted's confirmation that the plan addressed all its concerns" = 39.8.2 =
#   October 2019. "Resolution 23.3.3's action" = 1.5 and "resolution 23.3.1 ... bring up its action" = 10.5
#   (resolutions that created one action each, so that action's detail or a fact about it). "The item 42
#   actions" = 12 January 2022. "Minutes 39.4 and 39.7" = 8.3, 8.4, 10.3 and 12.1. "The 12/01/22 meeting" = 12
#   January 2022. "The last two committees, whatever their status" = every action set on 10 November
#   2021 and 12 January 2022.
# - Topic words searched in titles (set s's rule): "templates" = "template" (4.1 and 5.1); "foster carers"
#   = "foster carer" (7.1, 7.5, 11.6), which is no area keyword; "thematic audits" = "thematic audit"
#   (2.2, 7.3); "strategy" = titles holding "strateg" (12.1, 12.2); "audits" = "audit" (set v);
#   "training actions" = "train / training" (set v). "Apart from the audits / not counting the recruitment
#   campaign / other than the pay offer / outside Leo's foster carer recruitment" leave those actions out
#   by title (nrx), as set v's "not counting <one named deliverable>".
# - Deliverables named here: "writing plans with children and families rather than for them" = 4.3; "the
#   Children First Strategy written with young people and partners ... produced" = 12.1 (the
#   co-production), not 12.2 (the committee's preview), which is named as "preview the strategy back in
#   December 2019"; "the staff survey that was meant to run in January" = 10.4, not 10.5's report on its
#   outcomes; "e-workbooks" = 5.2's electronic workbooks (not area 5, though "recording" is its keyword);
#   "the protocol for homeless 16 and 17 year olds ... signed" = 3.1 (not area 3); "the supervision policy
#   with monthly compliance reporting" = 8.2 (not area 8). "Whose area does foster to adopt come under"
#   = area 6's lead (an area keyword, set u). "How will we know X has made a difference" = X's detail
#   with no fact field (set t). "How many actions across the whole tracker are stuck" counts blocked
#   actions of every source (the one, 6.3, is a plan action, so "the plan's" would give the same).
#   "How many actions have been completed in total, plan and committee together" = every complete action.
# - "Actually no, what X has" and "sorry, I meant April" = the corrected question alone (set v), the
#   correction replacing only the person or the period. A greeting with an introduction alone = help.

NOV, JAN, OCT19, JUN19 = "cypssc-2021-11-10", "cypssc-2022-01-12", "cypssc-2019-10-09", "cypssc-2019-06-19"
HELEN, GRACE, SAM, LEO, ANITA = "helen-marsh", "grace-adeyemi", "sam-whitfield", "leo-fitzgerald", "anita-rao"
PRIYA, RUTH, TOM, DANIEL = "priya-shah", "ruth-okafor", "tom-brennan", "daniel-cross"
MORGAN, CHRIS, JO = "morgan-hale", "chris-dunn", "jo-pearce"
LEADS = [PRIYA, TOM, RUTH, DANIEL]  # "the area leads"
FY_START, FY_END = "2021-04-01", "2022-03-31"  # this financial year
EASTER = "2022-04-17"
SUMMER = {"dfrom": "2022-06-01", "dto": "2022-08-31"}  # June-August 2022
AEM = "2022-05-12"  # the annual engagement meeting, only where the asker states it (Thursday 12 May)
INTERIM_START = "2022-02-14"  # the interim DCS's start, only where the asker states it (Monday 14 February)
H2_2022 = {"dfrom": "2022-07-01", "dto": "2022-12-31"}  # the second half of 2022
ONE = "one named deliverable, whatever its status"


def everyone_but(*ids):
    """Every person in the data except those named (how exclusions of people are written)."""
    return [p for p in PEOPLE if p not in ids]


def areas_but(*nums):
    """Every area except those named (how exclusions of areas are written)."""
    return [n for n in sorted(AREAS) if n not in nums]


def AS(person):
    return {"as_": person}


# ======================================================================== ordinary
K = "ordinary"
ask(K, "I'm the interim DCS's business manager, pulling the handover pack together this week. What's still "
       "open under permanence planning?", areas=[6], expect=2,
    why="the handover pack and the asker's role are news: 6.1, 6.3")
ask(K, "Designated nurse for LAC here 🙂 anything on corporate parenting that's currently in progress?",
    st="in_progress", areas=[11], expect=3, why="the role is news: 11.4, 11.5, 11.6")
ask(K, "Police rep on the safeguarding partnership here. Which neglect actions have been finished?",
    st="complete", areas=[2], expect=1,
    why="'on the safeguarding partnership' is the asker's role (news), not area 12: 2.1")
ask(K, "I sit on the committee's task and finish group as the co-opted governor. On private fostering, is there "
       "anything that hasn't been started?", st="not_started", areas=[3], expect=1,
    why="the task and finish group and the role are news: 3.3")
ask(K, "ASYE social worker (first year qualified!). On return home interviews and recording, what's underway "
       "right now?", st="in_progress", areas=[5], expect=2,
    why="both are area 5 keywords; 'underway' = in progress: 5.2, 5.3")
ask(K, "Registered manager of one of our children's homes. Is anything on life story work late?",
    st="overdue", areas=[7], expect=1, why="'late' = overdue: 7.2")
ask(K, "Data protection officer here - I'm reviewing our information sharing agreements and want to know "
       "what's outstanding on QA.", areas=[9], expect=6,
    why="QA is an area 9 keyword; the review is news: 9.1-9.6")
ask(K, "IRO for the southern patch. On the quality of plans, what has been completed?", st="complete",
    areas=[4], expect=1, why="4.1")
ask(K, "Healthwatch rep - we're writing up what young people told us about services this year. What's still "
       "to do on partnership working?", areas=[12], expect=1,
    why="'still to do' = outstanding; the write-up is news: 12.4")
ask(K, "UNISON branch sec. Members keep asking me about vacancies and retention - is anything not started?",
    st="not_started", areas=[10], expect=2,
    why="'vacancies' and 'retention' are area 10 keywords; 'members' sets no owner: 10.4, 10.5")
ask(K, "Putting my bit of the SEF together. What's still open on homeless 16 and 17 year olds?", areas=[3],
    expect=2, **AS(TOM), why="not narrowed to Tom's own 3.1; the SEF is news: 3.1, 3.3 (Helen's)")
ask(K, "For the children in care section of the self-evaluation - what's been done on children looked after "
       "so far?", st="complete", areas=[11], expect=3, **AS(ANITA),
    why="'children looked after' is an area 11 keyword; 'done' = complete: 11.1, 11.2, 11.3")
ask(K, "Neglect: which actions haven't been kicked off yet?", st="not_started", areas=[2], expect=0,
    **AS(GRACE), why="'not kicked off' = not started; 2.2 and 2.3 are both in progress")
ask(K, "care plans - anything stuck or not started?", st=["blocked", "not_started"], areas=[4], expect=1,
    **AS(HELEN), why="'care plans' is an area 4 keyword; 'stuck or not started' = blocked or not started: 4.3")
ask(K, "Just back from leave and catching up. Anything on foster to adopt that's in progress?",
    st="in_progress", areas=[6], expect=1, **AS(LEO),
    why="'foster to adopt' is an area 6 keyword; the area's in-progress action is 6.1 (6.3 is blocked)")

# ======================================================================== negation
K = "negation"
ask(K, "For the handover pack I need everything that's overdue bar what sits with Daniel Cross - he's "
       "briefing the interim on his own.", st="overdue", owners=everyone_but(DANIEL), expect=5,
    why="'bar' = every owner but Daniel; his 7.2 and 9.3 left out: 3.1, 5.3, 6.3, 9.1, 9.5")
ask(K, "Nothing closed please, just what isn't done yet in corporate parenting, outside of Leo's foster "
       "carer recruitment.", areas=[11], nrx=r"foster carers", expect=2,
    why="'nothing closed' = outstanding; 11.6 (Leo's recruitment of foster carers) left out: 11.4, 11.5")
ask(K, "Which actions are still open and held by someone other than Priya, Tom, Ruth or Daniel?",
    owners=everyone_but(*LEADS), expect=15,
    why="every owner but the four area leads: Helen 7, Grace 3, Sam 2, Leo, Anita, Jo 1 each")
ask(K, "Our group is looking at everything except QA, which has its own workstream. Which actions haven't "
       "been started?", st="not_started", areas=areas_but(9), expect=6,
    why="every area but 9: 1.5, 3.3, 4.3, 7.3, 10.4, 10.5 (9.3, 9.5, 9.6 left out)")
ask(K, "In recruitment and retention, what isn't finished yet, other than the recruitment campaign?",
    areas=[10], nrx=r"recruitment campaign", expect=3,
    why="the campaign (10.2) left out by its title: 10.3, 10.4, 10.5")
ask(K, "What's open in Ruth's areas apart from life story work?", leads=[RUTH], areas=areas_but(7), expect=5,
    why="Ruth leads 6, 7, 11; area 7 left out: 6.1, 6.3, 11.4, 11.5, 11.6")
ask(K, "DPO again. Which overdue actions didn't come from a committee?", st="overdue", meeting=None, expect=4,
    why="didn't come from a committee = the plan's own: 3.1, 5.3, 6.3, 9.1 (7.2, 9.3, 9.5 are committee ones)")
ask(K, "Which of Helen's actions are open but not yet overdue, apart from the audits?", owners=[HELEN],
    st="not_overdue", nrx=r"audit", expect=2,
    why="her not-overdue 2.2, 3.3, 7.3 are audits and 5.3, 9.1 are overdue: 4.2, 9.2")
ask(K, "Which committee actions are still outstanding, excluding anything the Cabinet Member or the "
       "Executive Director holds?", meeting=COMMITTEE, owners=everyone_but(JO, MORGAN), expect=14,
    why="15 open committee actions less Jo Pearce's 12.4; Morgan Hale holds none open")
ask(K, "Other than the pay offer, has anything on workforce actually been delivered?", st="complete",
    areas=[10], nrx=r"pay and reward", expect=0,
    why="'workforce' is an area 10 keyword; its one complete action is the pay and reward offer (10.1)")
ask(K, "What's on my list that isn't in progress and isn't done either?", owners=[PRIYA],
    st=["not_started", "blocked"], expect=1, **AS(PRIYA),
    why="neither in progress nor complete = not started or blocked: 9.6 (2.3, 9.4, 10.3 are in progress)")
ask(K, "Anything not started in my areas that isn't mine?", st="not_started", leads=[RUTH],
    owners=everyone_but(RUTH), expect=1, **AS(RUTH), why="Ruth leads 6, 7, 11: 7.3 (Helen's)")
ask(K, "Leave QA out of it - is anything late in my other area?", st="overdue", leads=[DANIEL],
    areas=areas_but(9), expect=0, **AS(DANIEL),
    why="Daniel leads 9 and 10; nothing in area 10 is overdue")
ask(K, "Not counting anything from the committee, what haven't I finished?", owners=[SAM], meeting=None,
    expect=1, **AS(SAM), why="Sam's plan actions still open: 10.2 (10.4 came from the November committee)")
ask(K, "Which of the October 2019 actions are still to do, not counting Daniel's?", meeting=OCT19,
    owners=everyone_but(DANIEL), expect=4, **AS(CHRIS),
    why="'still to do' = outstanding; Daniel's 7.2 left out: 7.1, 7.3, 7.4, 10.3")

# ======================================================================== periods
K = "periods"
ask(K, "Our annual engagement meeting with Ofsted is on Thursday 12 May. What do we still need to deliver "
       "before it?", dbefore=AEM, expect=21,
    why="the stated date sets the period: before 12 May 2022, overdue kept in: the seven overdue, 2.2, 10.4, "
        "the eleven 31 March deadlines and 5.2 (30 April)")
ask(K, "The interim starts on Monday 14 Feb. What falls due in her first six weeks?", dfrom=INTERIM_START,
    dto="2022-03-27", expect=2, why="14 February - 27 March 2022: 2.2, 10.4 (28 February)")
ask(K, "Over the next 30 days, what comes due?", dfrom=TODAY, dto="2022-03-03", expect=2,
    why="today to 3 March 2022, overdue left out: 2.2, 10.4")
ask(K, "Which spring term deadlines have we already missed?", st="overdue", dfrom="2022-01-04",
    dto="2022-04-08", expect=2, why="4 January - 8 April 2022, overdue: 5.3, 9.5 (31 January)")
ask(K, "Anything that fell due over the Christmas break that we still haven't closed?", dfrom="2021-12-18", dto="2022-01-03",
    expect=5, why="the Christmas break = the Christmas holidays, 18 December 2021 - 3 January 2022; 'haven't closed' = outstanding: the 31 December deadlines 3.1, 6.3, 7.2, 9.1, 9.3")
ask(K, "For the SEF: what did we actually deliver in the last twelve months?", st="complete",
    dfrom="2021-02-01", dbefore=TODAY, expect=9,
    why="complete and due 1 February 2021 - 31 January 2022: 2.1, 3.2, 4.1, 5.1, 6.2, 8.1, 8.2, 10.1, 11.3")
ask(K, "What deadlines land in the week beginning Monday 28 February?", dfrom="2022-02-28", dto="2022-03-06", expect=2,
    why="28 February - 6 March 2022: 2.2, 10.4")
ask(K, "What's due between Easter and May half-term?", dafter=EASTER, dbefore="2022-05-30", expect=1,
    why="after 17 April and before 30 May 2022: 5.2 (30 April)")
ask(K, "From July to December this year, which deadlines do we have?", **H2_2022, expect=4,
    why="1 July - 31 December 2022: 1.5, 10.5, 11.4 (31 July) and 4.3 (30 September)")
ask(K, "What's not started and due by the end of February?", st="not_started", dto="2022-02-28", expect=3,
    why="'by' keeps overdue in: 9.3, 9.5 (overdue) and 10.4 (28 February)")
ask(K, "What falls due between the interim starting on 14 February and the end of the municipal year?",
    dfrom=INTERIM_START, dto="2022-04-30", expect=14, **AS(MORGAN),
    why="14 February - 30 April 2022: 2.2, 10.4, the eleven 31 March deadlines and 5.2")
ask(K, "For my portfolio briefing's forward look: what falls due between April and the end of September?", dfrom="2022-04-01", dto="2022-09-30",
    expect=10, **AS(JO), why="1 April - 30 September 2022: 5.2, the five 30 June, the three 31 July, 4.3")
ask(K, "Which of the Q2 2021/22 deadlines were met?", st="complete", dfrom="2021-07-01", dto="2021-09-30",
    expect=3, **AS(HELEN), why="1 July - 30 September 2021, 'met' = complete: 2.1, 4.1, 8.1")
ask(K, "Before schools break up for Easter, what do we need to have finished?", dbefore="2022-04-11", expect=20, **AS(TOM),
    why="breaking up for Easter = the Easter holidays, from 11 April: before 11 April 2022, overdue kept in: the seven overdue, 2.2, 10.4 and the eleven 31 March deadlines")
ask(K, "Planning the summer agendas - which deadlines sit in June or July?", dfrom="2022-06-01", dto="2022-07-31", expect=8, **AS(CHRIS),
    why="1 June - 31 July 2022: 2.3, 7.4, 10.3, 11.6, 12.4 (30 June) and 1.5, 10.5, 11.4 (31 July)")

# ======================================================================== wordforms
K = "wordforms"
ask(K, "anything overdue on partnrship working?", st="overdue", areas=[12], expect=0,
    why="partnrship = partnership, area 12; 12.4 is due 30 June")
ask(K, "privat fostering - what's in progess?", st="in_progress", areas=[3], expect=1,
    why="privat fostering = private fostering, area 3; progess = progress: 3.1")
ask(K, "Okafors stuff that's finshed?", st="complete", owners=[RUTH], expect=3,
    why="Okafors = Ruth Okafor's; finshed = finished: 11.1, 11.2, 11.3")
ask(K, "thematc audits: any not begun?", st="not_started", rx=r"thematic audit", expect=1,
    why="thematc audits = thematic audit in titles (2.2, 7.3); 'not begun' = not started: 7.3 (2.2 is in progress)")
ask(K, "Whitfeild - what's on the go?", owners=[SAM], expect=2,
    why="Whitfeild = Sam Whitfield; 'on the go' = outstanding: 10.2, 10.4")
ask(K, "oversite - what's been signed off?", st="complete", areas=[8], expect=4,
    why="oversite = oversight, an area 8 keyword; 'signed off' = complete: 8.1-8.4")
ask(K, "anythign on CLA that nobody's started?", st="not_started", areas=[11], expect=0,
    why="CLA is an area 11 keyword; 'nobody's started' = not started; 11.4, 11.5, 11.6 are all in progress")
ask(K, "templates - done or not?", st="all", rx=r"template", expect=2,
    why="templates = template in titles; 'done or not' = every status: 4.1, 5.1")
ask(K, "which fostr carer actions are still live?", rx=r"foster carer", expect=2,
    why="fostr carer = foster carer in titles; 'live' = outstanding: 7.1, 11.6 (7.5 is complete)")
ask(K, "Has Brenan closed anything off?", st="complete", owners=[TOM], expect=3,
    why="Brenan = Tom Brennan; 'closed off' = complete: 5.1, 12.1, 12.2")
ask(K, "vacency rate stuff on the go?", areas=[10], expect=4,
    why="vacency rate = vacancy rate, an area 10 keyword: 10.2, 10.3, 10.4, 10.5")
ask(K, "the VSH - anythng finished?", st="complete", owners=[ANITA], expect=0,
    why="VSH = Anita Rao; her one action (11.5) is in progress")
ask(K, "stratergy stuff - finished?", st="complete", rx=r"strateg", expect=2,
    why="stratergy = strategy in titles: 12.1, 12.2")
ask(K, "recrding: is anything running late?", st="overdue", areas=[5], expect=1,
    why="recrding = recording, an area 5 keyword; 'running late' = overdue: 5.3")
ask(K, "my stuff thats not startd yet", st="not_started", owners=[GRACE], expect=1, **AS(GRACE),
    why="startd = started; 'my' = Grace Adeyemi: 4.3")

# ======================================================================== deliverables
K = "deliverables"
ask(K, "For the handover pack - the shift to writing plans with children and families rather than for "
       "them: has that got going yet?", st="all", rx=r"Co-produce plans", expect=1, why=ONE + " (4.3)")
ask(K, "Designated nurse for children looked after. Health colleagues were asked to help speed up the first "
       "health assessments when a child comes into care, and I gather the committee wants to hear about it in "
       "the summer. How's that piece of work going?", st="all", rx=r"initial health assessments", expect=1,
    why=ONE + " (11.4); the role is news, not area 11")
ask(K, "Police rep on the safeguarding partnership. Have all the housing authorities signed the new protocol "
       "for 16 and 17 year olds who are homeless?", st="all", rx=r"joint housing protocol", expect=1,
    why=ONE + " (3.1), not area 3 as a whole")
ask(K, "Governor on the task and finish group - did the private fostering awareness push to schools and GP "
       "surgeries actually go out?", st="all", rx=r"private fostering awareness", expect=1,
    why=ONE + " (3.2), not area 3 as a whole")
ask(K, "ASYE here. Where are the e-workbooks up to? Everyone says they'll cut down how much recording we do.",
    st="all", rx=r"electronic workbooks", expect=1, why=ONE + " (5.2), not area 5 as a whole")
ask(K, "I manage one of the children's homes. My staff were told they'd get life story training through an "
       "online forum - is that actually happening?", st="all", rx=r"Life story work training", expect=1,
    why=ONE + " (7.1), not area 7 as a whole")
ask(K, "DPO here. There's a piece of work to get life story work recorded in Mosaic so it can be tracked - "
       "where is that?", st="all", rx=r"Record life story work in Mosaic", expect=1, why=ONE + " (7.2)")
ask(K, "IRO. The training for us and the CP chairs on challenging drift - how far along is it?", st="all",
    rx=r"challenge drift", expect=1, why=ONE + " (4.2), not area 4 as a whole")
ask(K, "Healthwatch rep. Was the Children First Strategy that was written with young people and partners "
       "ever actually produced?", st="all", rx=r"Co-produce the Children First Strategy", expect=1,
    why=ONE + " (12.1), not the committee's preview (12.2)")
ask(K, "Union rep. Did the staff survey that was meant to run in January actually happen? Members say they "
       "never saw it.", st="all", rx=r"January 2022 staff survey", expect=1,
    why=ONE + " (10.4), not the summer report on its outcomes (10.5)")
ask(K, "the short briefing members asked me for on CP statutory visits and initial conference timeliness - "
       "where have I got to with it?", st="all", rx=r"short briefing", expect=1, **AS(PRIYA),
    why=ONE + " (9.6), not 9.5's circulation of the visits figures")
ask(K, "Foster-to-adopt placements through the regional adoption agency: are we actually getting more of "
       "them?", st="all", rx=r"foster-to-adopt placements", expect=1, **AS(RUTH),
    why=ONE + " (6.1), not area 6 as a whole")
ask(K, "That supervision policy where compliance gets reported every month - did it ever land?", st="all",
    rx=r"Supervision policy", expect=1, **AS(DANIEL), why=ONE + " (8.2, Priya's), not area 8 as a whole")
ask(K, "For my handover note: did the committee ever get to preview the strategy back in December 2019?",
    st="all", rx=r"for preview", expect=1, **AS(MORGAN), why=ONE + " (12.2)")
ask(K, "I'm supposed to be keeping the committee posted on services affected by early help leaving its "
       "buildings - how is that action showing?", st="all", rx=r"early help is withdrawing", expect=1,
    **AS(JO), why=ONE + " (12.4)")

# ======================================================================== facts
K = "facts"
ask(K, "Which director owns practice infrastructure as an area? I need the names for the handover pack.",
    areas=[1], fact="lead", expect=2, why="area 1's lead; 1.4 and 1.5 outstanding")
ask(K, "How will we know the initial health assessments work has actually made a difference?",
    intent="action_detail", ref="11.4", why="'how will we know X has made a difference' = X's detail, no fact field")
ask(K, "How many actions across the whole tracker are stuck right now?", st="blocked", fact="count", expect=1,
    why="'stuck' = blocked: 6.3")
ask(K, "The private fostering assessments audit - whose name is against it?", intent="action_detail", ref="3.3",
    fact="owner", why="'whose name is against X' = X's owner")
ask(K, "ASYE again, I'm curious about training. Out of the training actions, how many are finished?", st="complete", rx=r"train", fact="count", expect=3,
    why="'training' = train / training in titles: 2.1, 7.5, 11.1 (4.2, 7.1 are in progress)")
ask(K, "Is the life story training for residential workers still due by the end of March?",
    intent="action_detail", ref="7.1", fact="due", why="'is X still due <when>' = X's due date")
ask(K, "Who is responsible for getting life story work recorded in Mosaic?", intent="action_detail", ref="7.2",
    fact="owner")
ask(K, "How many actions sit under quality of plans, done or not?", st="all", areas=[4], fact="count", expect=3,
    why="4.1, 4.2, 4.3")
ask(K, "How many actions did the last two committees set between them, whatever their status?", st="all",
    meeting=[NOV, JAN], fact="count", expect=11, why="10 November 2021 (seven) and 12 January 2022 (four)")
ask(K, "Union rep - the report to committee in summer 2022 on workforce development, turnover and so on: what's its deadline?", intent="action_detail", ref="10.5",
    fact="due", why="names the one piece of work (10.5), not area 10")
ask(K, "How many corporate parenting actions are still open, mine included?", areas=[11], fact="count",
    expect=3, **AS(ANITA), why="11.4, 11.5 (Anita's), 11.6")
ask(K, "Of the things on my plate, how many did the committee hand me rather than the plan?", meeting=COMMITTEE, owners=[HELEN],
    fact="count", expect=1, **AS(HELEN), why="7.3 (October 2019); her other six are plan actions")
ask(K, "Who owns the return home interview template work - was it me?", intent="action_detail", ref="5.1",
    fact="owner", **AS(TOM), why="names the one piece of work (5.1), not area 5")
ask(K, "Whose area does foster to adopt come under? I want to send them a note.", areas=[6], fact="lead",
    expect=2, **AS(LEO), why="'foster to adopt' is an area 6 keyword; 6.1 and 6.3 outstanding")
ask(K, "When was the re-referral rates report for members due? It's still on my action log.",
    intent="action_detail", ref="9.3", fact="due", **AS(CHRIS))

# ======================================================================== people
K = "people"
ask(K, "What have Priya Shah, Ruth Okafor and Tom Brennan got outstanding between them? They're the first "
       "ones briefing the interim.", owners=[PRIYA, RUTH, TOM], expect=10,
    why="Priya 4, Ruth 5, Tom 1; the briefing is news")
ask(K, "What have the Head of QA and the Head of Fostering got that's not started?", st="not_started",
    owners=[HELEN, LEO], expect=2, why="Helen Marsh and Leo Fitzgerald: 3.3, 7.3 (Leo's 11.6 is in progress)")
ask(K, "Is there anything still open for the Cabinet Member, the Executive Director or the clerk?",
    owners=[JO, MORGAN, CHRIS], expect=1,
    why="Jo Pearce's 12.4; Morgan Hale's 12.3 is complete and Chris Dunn owns nothing")
ask(K, "Everything Anita Rao and Leo Fitzgerald have ever owned, done or not", st="all", owners=[ANITA, LEO],
    expect=4, why="11.5; 3.2, 7.5, 11.6")
ask(K, "What's in progress for Grace, Helen and Sam?", st="in_progress", owners=[GRACE, HELEN, SAM], expect=8,
    why="Grace 1.4, 7.1; Helen 2.2, 4.2, 5.3, 9.1, 9.2; Sam 10.2")
ask(K, "Okafor's areas plus Brennan's - what's open across the lot?", leads=[RUTH, TOM], expect=14,
    why="Ruth leads 6, 7, 11 (nine open), Tom leads 3, 5, 12 (five open)")
ask(K, "Which of Daniel Cross's and Helen Marsh's actions are complete?", st="complete", owners=[DANIEL, HELEN],
    expect=1, why="4.1 (Daniel's); Helen has none complete")
ask(K, "What's in Priya's areas that's held by Helen?", leads=[PRIYA], owners=[HELEN], expect=2,
    why="Priya leads 1, 2, 4, 8: 2.2, 4.2")
ask(K, "Between the two assistant directors, what's still open?", owners=[RUTH, TOM], expect=6,
    why="the ADs = Ruth Okafor and Tom Brennan: 6.1, 6.3, 7.4, 9.5, 11.4, 3.1")
ask(K, "Which of the area leads have anything overdue?", st="overdue", owners=LEADS, expect=5,
    why="the actions the four leads own that are overdue: 3.1 (Tom), 6.3, 9.5 (Ruth), 7.2, 9.3 (Daniel)")
ask(K, "What am I handing over to the interim that's still open?", owners=[MORGAN], expect=0, **AS(MORGAN),
    why="'I' = Morgan Hale, whose one action (12.3) is complete")
ask(K, "What are Grace and Sam holding at the moment?", owners=[GRACE, SAM], expect=5, **AS(PRIYA),
    why="'holding' = their outstanding actions: 1.4, 4.3, 7.1; 10.2, 10.4")
ask(K, "Which actions do Sam and I have that haven't started?", st="not_started", owners=[SAM, DANIEL],
    expect=4, **AS(DANIEL), why="10.4; 1.5, 9.3, 10.5")
ask(K, "What have Leo and I got due over the summer?", owners=[LEO, RUTH], **SUMMER, expect=3, **AS(RUTH),
    why="June-August 2022: 11.6, 7.4 (30 June), 11.4 (31 July)")
ask(K, "What's open for Tom and for me?", owners=[TOM, JO], expect=2, **AS(JO), why="3.1, 12.4")

# ======================================================================== combined
K = "combined"
ask(K, "For the handover: overdue committee actions in Daniel's areas, please.", st="overdue", leads=[DANIEL],
    meeting=COMMITTEE, expect=2, why="Daniel leads 9, 10: 9.3, 9.5 (9.1 is a plan action)")
ask(K, "In-progress corporate parenting actions from the January committee that are due by the end of July?",
    st="in_progress", areas=[11], meeting=JAN, dto="2022-07-31", expect=2, why="11.4 (31 July), 11.6 (30 June)")
ask(K, "Not-started plan actions owned by Helen that are due this financial year", st="not_started",
    owners=[HELEN], meeting=None, dfrom=FY_START, dto=FY_END, expect=1,
    why="3.3; her not-started 7.3 came from the October 2019 committee")
ask(K, "Completed committee actions in corporate parenting or life story work?", st="complete",
    meeting=COMMITTEE, areas=[7, 11], expect=2, why="7.5, 11.3")
ask(K, "Which in-progress actions in Priya's areas are due by Easter and aren't Helen's?", st="in_progress",
    leads=[PRIYA], dto=EASTER, owners=everyone_but(HELEN), expect=1,
    why="1.4; Helen's 2.2 and 4.2 left out, 2.3 is due in June")
ask(K, "Open actions from the October 2019 committee owned by Ruth or Grace that are due before the summer",
    meeting=OCT19, owners=[RUTH, GRACE], dbefore="2022-06-01", expect=1,
    why="before 1 June 2022: 7.1 (7.4 is due 30 June)")
ask(K, "Not-started committee actions due in the second half of 2022", st="not_started", meeting=COMMITTEE,
    **H2_2022, expect=2, why="1.5, 10.5 (4.3 is a plan action)")
ask(K, "Overdue plan actions in quality assurance owned by Helen", st="overdue", meeting=None, areas=[9],
    owners=[HELEN], expect=1, why="9.1 (9.3 and 9.5 are committee actions, and not hers)")
ask(K, "Which committee actions due by the end of June aren't finished, outside corporate parenting and QA?",
    meeting=COMMITTEE, dto="2022-06-30", areas=areas_but(9, 11), expect=7,
    why="'by' keeps overdue 7.2 in: 7.1, 7.2, 7.3, 7.4, 10.3, 10.4, 12.4 (1.5, 10.5 are due in July)")
ask(K, "Not-started recruitment and retention actions from the November meeting owned by Sam or Daniel",
    st="not_started", areas=[10], meeting=NOV, owners=[SAM, DANIEL], expect=2, why="10.4, 10.5")
ask(K, "My not-started committee actions due before the annual engagement meeting on 12 May", st="not_started",
    owners=[HELEN], meeting=COMMITTEE, dbefore=AEM, expect=1, **AS(HELEN), why="7.3")
ask(K, "Anything in progress that I own in the areas Priya leads, due by the end of March?", st="in_progress",
    owners=[GRACE], leads=[PRIYA], dto=FY_END, expect=1, **AS(GRACE),
    why="1.4 (4.3 is not started, 7.1 is in area 7)")
ask(K, "In my areas, which plan actions are late or due this month?", leads=[TOM], meeting=None,
    dto="2022-02-28", expect=2, **AS(TOM),
    why="late or due this month = due on or before 28 February 2022: 3.1, 5.3")
ask(K, "Of the actions the committee gave me, which are in progress and due after Easter?", st="in_progress",
    owners=[RUTH], meeting=COMMITTEE, dafter=EASTER, expect=2, **AS(RUTH),
    why="7.4 (30 June), 11.4 (31 July); 9.5 is not started")
ask(K, "In-progress or not-started plan actions in recruitment and retention, due by the end of March",
    st=["in_progress", "not_started"], meeting=None, areas=[10], dto=FY_END, expect=1, **AS(SAM),
    why="10.2 (10.3 and 10.4 came from committees)")

# ======================================================================== meetings
K = "meetings"
ask(K, "The interim wants the full list of what the select committee asked for on 10 November 2021, "
       "whatever stage each is at.", st="all", meeting=NOV, expect=7,
    why="1.5, 9.3, 9.4, 10.4, 10.5, 11.3, 12.4")
ask(K, "The committee that asked to hear in the summer how initial health assessment performance is "
       "improving - which of the actions it set are still open?", meeting=JAN, expect=4,
    why="resolution 42.3.2 names the 12 January 2022 meeting: 9.5, 9.6, 11.4, 11.6")
ask(K, "Under minute 23.2, what's still to do?", meeting=NOV, minute="23.2",
    rx=r"re-referral|January 2022 staff survey|You said", expect=2,
    why="minute 23.2 set 9.3, 10.4, 11.3; 11.3 is complete: 9.3, 10.4")
ask(K, "Of the item 42 actions, which has nobody started?", st="not_started", meeting=JAN, expect=2,
    why="item 42 = 12 January 2022; 'nobody has started' = not started: 9.5, 9.6")
ask(K, "What did the October 2019 committee ask for that has since been finished?", st="complete",
    meeting=OCT19, expect=6, why="7.5, 8.3, 8.4, 12.1, 12.2, 12.3")
ask(K, "The committee that congratulated us on three homes getting Outstanding - everything it asked for, done "
       "or not, please.", st="all", meeting=JAN, expect=4,
    why="resolution 42.3.1 names the 12 January 2022 meeting: 9.5, 9.6, 11.4, 11.6")
ask(K, "When is resolution 23.3.3's action due?", intent="action_detail", ref="1.5", fact="due",
    why="resolution 23.3.3 created 1.5")
ask(K, "Count for me please: how many of the committee-before-last's actions remain open?", meeting=NOV, fact="count",
    expect=6, why="10 November 2021: 1.5, 9.3, 9.4, 10.4, 10.5, 12.4 (11.3 is complete)")
ask(K, "Where has resolution 42.3.3 got to?", intent="action_detail", ref="9.6",
    why="resolution 42.3.3 created 9.6")
ask(K, "From the meeting where the Cabinet Member reported 98% take-up of the new social worker offer, which "
       "actions are in progress?", st="in_progress", meeting=NOV, expect=2,
    why="minute 23.1 names the 10 November 2021 meeting: 9.4, 12.4")
ask(K, "For the action log - what's outstanding from the last committee that sits with Priya?", meeting=JAN,
    owners=[PRIYA], expect=1, **AS(CHRIS), why="the last committee = 12 January 2022: 9.6")
ask(K, "Minutes 39.4 and 39.7 - everything they set, any status, for my handover note.", st="all",
    meeting=OCT19, minute=["39.4", "39.7"], rx=r"unallocated|agency staff|Co-produce the Children First",
    expect=4, **AS(MORGAN), why="39.4 set 8.3, 8.4, 10.3; 39.7 set 12.1")
ask(K, "What did the 12/01/22 meeting give me? Any status.", st="all", meeting=JAN, owners=[RUTH], expect=2,
    **AS(RUTH), why="9.5, 11.4")
ask(K, "Resolution 23.3.1 is mine I think - can you bring up its action?", intent="action_detail", ref="10.5", **AS(DANIEL),
    why="resolution 23.3.1 created 10.5; its action = that action's detail")
ask(K, "How many actions came out of the meeting that noted Ofsted's confirmation that the plan addressed all "
       "its concerns, in total?", st="all", meeting=OCT19, fact="count", expect=11, **AS(JO),
    why="resolution 39.8.2 names the October 2019 meeting; 'in total' = every status")

# ======================================================================== chatter
K = "chatter"
ask(K, "Hiya 👋 first day covering as the interim DCS's business manager.", intent="help",
    why="Greeting and introduction alone")
ask(K, "Brilliant, thank you - that's the SEF appendix sorted.", intent="unknown", why="Thanks alone")
ask(K, "Could I get a one-page picture of where the whole plan stands? It's for the opening of the SEF.",
    intent="summary", why="Overview of the whole plan; the SEF is news")
ask(K, "Fwd: diary update\n\n> The handover meeting between the Executive Director and the interim has moved "
       "to Friday 11 February, 9.30, County Hall.", intent="unknown", why="A forwarded note with no question")
ask(K, "Healthwatch rep, just joined this channel. What kinds of things can I ask you?", intent="help",
    why="Asks what the bot can do")
ask(K, "Show me what Sam has that's not started - actually no, what Daniel has.", st="not_started",
    owners=[DANIEL], expect=3, why="'actually no' = the corrected question alone: 1.5, 9.3, 10.5")
ask(K, "Fwd: SEF drafting group\n\n> Can someone confirm how many actions have been completed in total, plan "
       "and committee together?\n\nCould you answer this one for me? Ta", st="complete", fact="count",
    expect=20, why="the quoted question is the question: every complete action, whatever its source")
ask(K, "Does anyone know if the interim prefers tea or coffee? I'm sorting her welcome pack.", intent="unknown",
    why="Off-topic question")
ask(K, "Apologies, wrong chat - please ignore!", intent="unknown", why="Apology alone")
ask(K, "Lovely bit of sunshine in Chichester today. While I think of it, who owns 10.2?",
    intent="action_detail", ref="10.2", fact="owner", why="the question inside the small talk")
ask(K, "That's me finished for today, thanks all and see you tomorrow", intent="unknown",
    why="Thanks and sign-off alone")
ask(K, "I've never used this before. Where do I begin?", intent="help", why="Asks where to start")
ask(K, "What's due in March - sorry, I meant April.", dfrom="2022-04-01", dto="2022-04-30", expect=1,
    why="'sorry, I meant' = the corrected question alone: April 2022, 5.2")
ask(K, "Morning! Hope everyone's surviving SEF season. Quick one for the action log: is 9.3 done yet?",
    intent="action_detail", ref="9.3", **AS(CHRIS), why="'is <ref> done' = its detail; the question inside the small talk")
ask(K, "My last week in post, so thank you all for the support. One more for the road: has Tom got anything "
       "overdue?", st="overdue", owners=[TOM], expect=1, **AS(MORGAN),
    why="the question inside the farewell: 3.1")
