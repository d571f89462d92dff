# Evaluation questions for Improvement Tracker (set y): 150 questions, 15 per kind, in the order
# ordinary, negation, periods, wordforms, deliverables, facts, people, combined, meetings, chatter.
# Labelled by tests/ask/officers/build.py from data/children-first.json (the same file as
# /work/shared/fixtures/children-first.json; "today" = Tuesday 2022-02-01, Europe/London); no action id is
# typed here: each spec is a set of filters (status st, areas, owners, leads = the areas a person leads,
# meeting = the source, due-date bounds dfrom / dto / dbefore / dafter, a title regex rx or nrx, minute,
# fact, ref for action_detail, as_ = the asker's person id), and build.py computes every list from them and
# checks it against the spec's expected count. Title regexes match case-insensitively. Written without
# reading the bot's code or running it (nothing under src/ or scripts/ was read, and neither the bot nor
# its evaluation was run); every question is new, and each was compared against every earlier set's
# questions (tests/ask/*.jsonl) and reworded where it came near one.
# Split (fixed before labelling): within each kind, positions 3, 6, 9, 12, 15 (1-based) go to holdout
# (officers-y-holdout.jsonl, 50 lines); the rest go to officers-y-dev.jsonl (100 lines).
#
# How this file is labelled (the same machinery as set x). build.py exec()s this file in its own namespace
# and labels every spec with its own label(); that label() knows st, areas, owners, leads, rx, dfrom / dto /
# dbefore, meeting (compared with ==), fact, ref, as, note and whyx. The ask() in tests/ask/officers/spec_words.py (exec()d after the
# conventions)
# turns set x's spec words into those and nothing else: as_ -> as; why -> note (whyx for help / unknown /
# summary); dafter D -> dfrom D + 1 day; meeting=None (the plan itself), meeting=COMMITTEE (any committee
# meeting) or a list of meetings -> a small object that == matches exactly those sources; nrx -> a negative
# look-ahead joined to rx. ask() refuses (assert) a spec whose nrx removes nothing, whose minute rx does not
# pick exactly that minute's actions, or whose rx / nrx picks a different list on titles alone than on
# title + measure (build.py searches both, the conventions search titles). build.py's --split sends the 2nd,
# 5th, 8th ... spec of each kind (index % 3 == 1) to holdout; so that positions 3, 6, 9, 12, 15 go there
# instead, ask() only collects the specs, and the hand_over() called at the end of this file hands each kind to build.py
# three at a time as the 1st, 3rd, 2nd, which keeps both files in the written order. Run from the
# repository root:
#   python3 tests/ask/officers/build.py tests/ask/officers-y/specs.py --split \
#       tests/ask/officers-y-dev.jsonl tests/ask/officers-y-holdout.jsonl
#
# Angle of this set: the quarter after Ofsted's monitoring visit (which the askers put, as set x's did, in the
# week commencing Monday 7 March 2022): the council's budget-setting meeting in late February (budget
# council, which the askers put on Friday 25 February 2022), the select committee's spring meeting (which
# they put on Wednesday 16 March 2022; it is not a meeting in the data), staff wellbeing and caseload
# worries, and a councillor's casework. Asked by a newly elected councillor (in at a by-election), a finance
# officer writing the budget book, a staff wellbeing lead, a team manager in a child protection team, an
# early help practitioner, a caseworker at the virtual school (not its head), the safeguarding partnership's
# business manager, a student on placement in the policy team, a communications officer drafting a press
# line, and the chair of the foster carers' association (none of them is a person in the data, so no "as");
# and by every person in the data at least once, with "as" set to their id: Morgan Hale, Priya Shah, Ruth
# Okafor, Tom Brennan, Daniel Cross, Helen Marsh, Grace Adeyemi, Sam Whitfield, Leo Fitzgerald, Anita Rao,
# the Cabinet Member Cllr Jo Pearce and the clerk Chris Dunn. They write as people do in Teams: terse or
# long-winded, context first and the reason after, lower case and text-speak, several conditions at once,
# every kind of negation ("except what sits in", "not any of X's", "ignoring", "isn't already late",
# "leaving aside", "outside of", "none of the ... please", "neither ... nor", "skip", "other than", "apart
# from", "not counting", "aren't mine", "minus", "ignore ... my other areas"), named periods (before budget
# council, the 2022/23 budget year, April and May, a secondment from mid-April to the end of September, the
# three months after the visit, the Easter holidays, a partnership board date, the first half of 2021, a 2020
# deadline, the foster carers' AGM, the next fortnight, the end of the spring term, from August onwards),
# deliverables named in the asker's own words, facts (who heads up, who owns, when due, how many, is it done,
# what's the evidence), several people at once (names, surnames, job titles, "X and I"), meetings named by
# date, item, minute, resolution or what was decided, and chatter (greetings, thanks, apologies, corrections,
# forwarded notes, off-topic remarks, a question inside small talk). Never more than two typos in a question.
# No question holds any child's personal data (no child is named or described; casework is a resident's
# concern about a service).
#
# All of set x's conventions are carried over exactly as its header states them. Its text follows verbatim
# (in it, "this set" means set x, "set w / v / u / t / s" are the sets it names, and "build.py (in this
# folder)" is the labeller; what set x calls its own conventions are the last block before this set's):
#
# All of set w's conventions are carried over exactly as its header states them. Its text follows verbatim
# (in it, "this set" means set w, "set v / u / t / s" are the sets it names, and "build.py (in this folder)"
# is the labeller; what set w calls its own conventions are the last block before this set's):
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
#
# Conventions set x decided for itself (decided once, applied throughout; none contradicts sets s-w; each
# edge below was checked against the fixture so that a neighbouring reading gives the same list):
# - The occasions here (Ofsted's monitoring visit when no date is given with a period word, the
#   self-assessment for it and its paragraphs or foreword, the committee's 2022/23 work programme and a chat
#   with the chair about it, the notes / minutes someone takes and "ticking off" in them, an internal audit
#   review, its scoping or its sample, the improvement board someone takes notes for, a cabinet or portfolio
#   briefing, one-to-ones, a distribution list, a contract's length, a week's leave, a fostering information
#   evening, visitor badges, a PEP meeting someone is off to) are news and set no filter. The asker's own role
#   is news even when it holds an area keyword or a title word: "fostering recruitment officer / I work in
#   fostering recruitment" sets no area 10; "agency team manager / agency TM" sets no "agency staff" topic
#   (10.3); "senior practitioner in the MASH" sets no MASH topic (10.3); "the Barnardo's partner on a couple
#   of the partnership groups" sets no area 12; "internal audit" sets no audit topic; "clinical psychologist
#   in the LAC / looked after children team" sets no area 11; "co-opted parent governor rep" sets nothing.
#   "Our carers / our staff / the young people we work with" set no owner (set u).
# - The visit. The askers put Ofsted's monitoring visit in the week commencing Monday 7 March 2022 (7 - 13
#   March, set v's w/c rule). As set v's re-inspection, it sets a period only when the question itself states
#   the date: "before the visit (w/c 7 March)" = due before 7 March 2022, overdue kept in (the seven overdue,
#   2.2 and 10.4); "the week of the visit (w/c 7th March)" = due 7 - 13 March 2022, a real empty list;
#   "between the visit (w/c 7 March) and the end of the financial year" = due 7 - 31 March 2022. Nothing falls
#   due 1 - 30 March 2022, so reading the visit as any day of that week gives the same lists. "Ahead of the
#   visit" with no date is news.
# - More periods: "since Christmas" = due on or after 25 December 2021 and before today (set s's "since D");
#   nothing falls due 11 - 30 December 2021, so starting at the Christmas holidays (18 December) gives the
#   same: the five 31 December and the two 31 January deadlines; "deadlines that have come and gone since
#   Christmas with the work still not done" = those still outstanding (all seven are). "The next 8 weeks" =
#   today to 29 March 2022 (today + 56, the carried-over rule; nothing falls due 1 - 30 March). "A Q4
#   deadline" = due 1 January - 31 March 2022 (this quarter, set t), the overdue 31 January deadlines inside
#   it kept, as any range. "The 2020/21 financial year" = 1 April 2020 - 31 March 2021 (as set w's 2019/20).
#   "A deadline in calendar year 2021 ... did we get done" = complete and due 1 January - 31 December 2021
#   (set u). "By the end of this month" = due on or before 28 February 2022, overdue kept in (as set w's "by
#   the end of February"). "The summer term" = due 25 April - 22 July 2022 (set s's term; nothing falls due 1
#   - 29 April or 1 - 30 July, so either edge read a few days wider gives the same). "Over the school summer
#   holidays" = 23 July - 2 September 2022 (set w). "Last term" asked in February 2022 = the autumn term 2021,
#   and "which autumn term deadlines did we meet" = complete and due 6 September - 17 December 2021 (set u).
#   "Between now and when the municipal year ends in April" = today to 30 April 2022, overdue left out (set
#   u); "from today up to Easter" = between now and Easter = today to 17 April 2022, overdue left out. "The
#   summer term, when schools go back after Easter" = the summer term. "By the end of the financial year" = on
#   or before 31 March 2022, overdue kept in; "not due until after the financial year end" = due after 31
#   March 2022 (set t's "not due by X"). "In 22/23" = 1 April 2022 - 31 March 2023 (set s); "the 2022/23
#   municipal year" = 1 May 2022 - 30 April 2023 (set u). "Due in June" = 1 - 30 June 2022.
# - Statuses: "in progress but not late" = in progress and due on or after today (set w's "not late" applied
#   to one status). "Anything that has to be done by X, whoever owns it" = outstanding and due by X, not
#   narrowed to the asker. "Have I let anything of mine go overdue" = my overdue. "Neither blocked nor
#   finished" = outstanding and not blocked. "Gone past their deadline / past their due date" = overdue.
#   "Still being worked on" = in progress (as "being worked on"). "Closed" of a list = complete (set t). "What
#   do X and Y each have on the go" = their outstanding actions in one list. "What do X and Y still owe the
#   committee" = their outstanding committee actions. Of one named piece of work, "is it up and running / is
#   it embedded yet / did they all get through it / is that still a live action or has it been closed off /
#   did anything come of that / did it go out / has the board approved it / is it actually running / how's
#   that tracking / have we landed it / are those closed / where is that / has that gone out yet / is that one
#   still in progress / finished?" = the deliverable (st="all" with an rx, set w), never a status filter.
# - Negation: "leave out anything on QA or workforce" = every area but 9 and 10 ("workforce" is an area 10
#   keyword); "take out corporate parenting and life story - I've had those" = every area but 7 and 11;
#   "nothing of Priya's" = every owner but Priya; "setting aside Daniel's and Helen's" = every owner but those
#   two; "someone who isn't an area lead" = everyone but the area leads (set t's "people who don't lead an
#   area"); "did not come out of a committee meeting" = the plan (set w); "excluding anything that came from
#   the plan itself" = any committee meeting; "not the training one" in life story work leaves out 7.1 by its
#   title (nrx "training"; 7.5 is complete anyway); "other than the Mosaic work" of Daniel's open actions
#   leaves out 7.2 (nrx "Mosaic"; 4.1, his other Mosaic title, is complete). "Nothing that's complete please"
#   = outstanding. "Slipped past its date" = overdue; "Ruth Okafor leads three areas - anything in them" = the
#   areas she leads.
# - People: "the Deputy Director for Frontline Services" = Priya Shah; "the Principle Social Worker"
#   (misspelt) = Grace Adeyemi; "the Transformation Director" = Daniel Cross and "the two assistant directors"
#   = Ruth Okafor and Tom Brennan (set w); "my direct reports - Priya, Ruth, Tom and Daniel" = those four as
#   named (the reporting line is news); "Shah, Okafor and Marsh" = those three (set u's surnames); "Grace and
#   I / Helen and me / Sam and I" = the named person and the asker. "Which senior officer leads on X overall /
#   the accountable lead for X as an area / the area's lead director" = the area's lead (fact person).
# - Facts: "which person holds X" = X's owner; "what's the deadline on X / the due date on my X action / when
#   are they due" (X one action) = X's due date; "what evidence are you looking for from X" = X's detail with
#   no fact field (set t); "how many actions do I own altogether, done or not" = count of every status;
#   "counting the finished ones too, how many actions are in my name" = the same count; "how many committee
#   actions are still open" = outstanding actions of any committee meeting.
# - Meetings: "item 23, the workforce update - every action it produced" = 10 November 2021, every status;
#   "when the plan first went to committee in June 2019, did that meeting set any actions" = 19 June 2019,
#   every status, a real empty list; "the meeting that praised the service's workforce development work" =
#   resolution 23.3.1 = 10 November 2021 and "the committee that asked the Cabinet Member to keep it posted on
#   partners in buildings early help is leaving" = resolution 23.3.4 = 10 November 2021: asked of "its actions
#   / what that meeting set" each is the meeting (as set u read 23.3.2), not the one action the resolution
#   created; "the Children We Care For meeting / item" = 12 January 2022 (set v); "minute 42.2" = 12 January
#   2022 plus an rx that picks exactly 9.5 and 11.6; "minute 39.5" = October 2019 plus an rx that picks
#   exactly 7.1 and 7.4; "resolution 42.3.3 - who has the action from it" = 9.6's owner; "what did resolution
#   39.8.4 ask for, and did we deliver it" = 12.3's detail (one action); "the meeting before last" = 10
#   November 2021 (as "the committee before last"); "back in autumn 2019 the committee noted the end of the
#   Commissioner's work" = 39.8.1 = October 2019 (set v); "the 2019 committee" = October 2019 (set u). Three
#   meeting questions have an owner and no status word (what the meeting before last asked Sam to do; the 2019
#   committee's life story actions that are Grace's; how many actions the Children We Care For item left with
#   Ruth); in each every matching action is outstanding (10.4; 7.1; 9.5 and 11.4), so the meeting rule (every
#   status) and the list / count rule (outstanding) give the same answer, labelled every status.
# - Topic words searched in titles (set s's rule): "audits / audts" = "audit" (2.2, 3.3, 5.3, 7.3; 5.1's
#   measure also says audit, but it is not in the title and 5.1 is complete, so no list differs); "training /
#   trainng" = "train"; "agency staffing / agncy staffing" = "agency staff" (10.3, 10.5; set w); "Mosaic /
#   Mosiac" = "Mosaic" in titles (4.1, 7.2; 6.3's Mosaic is only in an update, which is not searched). Area
#   keywords in other forms: "negelct" = neglect (2); "permanance" = permanence (6); "corprate parenting" =
#   corporate parenting (11); "homeless 16/17 yr olds" = homeless 16 and 17 year olds (3); "partner agencys" =
#   partner agencies (12); "drift" (4), "transfer points" (1), "children we care for" (11), "case recording"
#   (5), "homeless young people" (3), "management oversight" (8), "workforce" (10) as the fixture lists them.
#   "Fitzgeralds" = Leo Fitzgerald's; "Okafor o/d" = Ruth Okafor's overdue actions.
# - Deliverables named in the askers' words: "the refreshed manual social workers look things up in online" =
#   1.4; "an assessment all the team managers had to go through" = 8.1 (not area 8); "the new whole-family
#   safeguarding approach for the teams doing assessments" = 2.3; "the big push to grow our own pool of carers
#   through the hub" = 11.6 (not 10.3, though "rather than relying on agencies" is said); "the protocol for
#   planning before a baby is born" = 6.2 (not area 6, though unborn babies is its keyword); "checking every
#   day for cases nobody's been allocated or that managers are sitting on" = 8.3 (not 8.4's report); "an
#   options paper on how front-line staff and partner agencies get a say" = 12.3 (named as work, not as its
#   resolution; not area 12, though "partner agencies" is its keyword); "sharing an example of the 'you said,
#   we did' plan with members" = 11.3; "the overarching framework for how we quality-assure practice" = 9.1
#   (not area 9); "the monthly panel tracking where every child in care is heading long-term" = 6.3; "every
#   child being adopted has their book about their own story before the order" = 7.4; "the recruitment drive
#   with the new photos and the social media push" = 10.2; "those standards that spell out what good social
#   work looks like here, which staff helped write" = 1.2; "the update on making the children's IT systems
#   simpler" = 1.5 (named as work); "the report for members on how often families get referred back to us" =
#   9.3; "the inducton programme for new starters" = 1.3; "PEP's / PEPs" = 11.5's personal education plans
#   (the abbreviation is in its measure, not its title); "the case recording audit that's meant to happen
#   every quarter" = 5.3; "bringing agency numbers down in the frontline teams" = 10.3; "the neglect thematic
#   audit" = 2.2; "those quarterly audits of life story work" = 7.3; "my housing protocol action" (Tom) = 3.1;
#   "the hub work to grow our in-house carers" = 11.6.
# - Chatter: "Scratch that - in <area>" = the corrected question alone (as "scrap that"), the correction
#   replacing only the area; "actually, make that Priya's in-progress ones" replaces the person and the status
#   (set w's "make that"); a forwarded note with a quoted question and "Over to you, bot." asks the quoted
#   question (set w); "Not sure what this thing does - is it only for the improvement plan, or can I ask it
#   other stuff?" = help; a greeting with an introduction alone = help (set w); "Off to a PEP meeting now,
#   speak later!" = a sign-off, unknown.
#
# Conventions decided for this set (decided once, applied throughout; none contradicts sets s-x; each edge
# below was checked against the fixture so that a neighbouring reading gives the same list):
# - The occasions here are news and set no filter: budget council / the budget-setting meeting, the budget
#   book and its narrative or paragraph, a budget paper, budget-setting, a salary forecast, agency "spend"
#   (the fixture holds no cost data, as set t said of the finance partner), the committee's spring meeting
#   and its papers when no period word ties a date to it, the by-election, an induction, a briefing note, a
#   one-to-one, drop-ins, wellbeing sessions and check-ins, a councillor's casework and the resident behind it,
#   a reporter's questions, a press line / press release / press office / its embargo / a "what we've
#   achieved" box, a placement write-up, the foster carers' association and its AGM notice, the safeguarding
#   partnership's annual report, school visits, a team meeting, practice week, someone's secondment, the
#   County Hall canteen. The askers' roles are news even when they hold an area keyword or a title word:
#   "TM in one of the CP teams" sets no area 4 (child protection plans) and no child protection topic;
#   "business manager for the safeguarding partnership" sets no area 12 and no family safeguarding topic
#   (2.3); "early help practitioner" sets no Tom Brennan (AD Early Help) and no 12.4; "caseworker at the
#   virtual school" is not Anita Rao (the Virtual School Head) and gets no "as"; "chair of the foster carers'
#   association" sets no foster carer topic; "staff wellbeing lead", "finance", "comms", "student on
#   placement with the policy team" and a newly elected councillor (not Cllr Jo Pearce, set t) set nothing.
#   "Our members / my team / while I'm away" from someone not in the data set no owner (set u). "Wellbeing"
#   is never asked as a topic (no action title holds it; area 1's evidence text is not searched), so no
#   question depends on it.
# - Dates the askers state (as set x's visit): budget council = Friday 25 February 2022; the committee's
#   spring meeting = Wednesday 16 March 2022 (not a meeting in the data: no question asks what it set); the
#   partnership board = 22 March 2022; the foster carers' AGM = Saturday 2 July 2022. Each sets a period only
#   with a period word in the question. "Due before budget council on Friday 25 February" = due before 25
#   February 2022, overdue kept in (nothing falls due 1 - 27 February, so on or before gives the same seven);
#   "due after budget council (25 Feb)" = due after 25 February 2022 (2.2 and 10.4 on 28 February inside);
#   "between budget council on 25 February and the end of March" = 25 February - 31 March 2022; "before the
#   spring committee on Wednesday 16 March / due before it" = due before 16 March 2022, overdue kept in
#   (nothing falls due 1 - 30 March, so any March date gives the same); "our partnership board meets on 22
#   March. Between now and then" = today to 22 March 2022, overdue left out; "our AGM is on Saturday 2 July
#   ... finished by then" = due on or before 2 July 2022, overdue kept in (nothing falls due 1 - 30 July).
#   "I'm bound to be asked at budget council" and "budget council's on the 25th" are news.
# - More periods: "the three months after the monitoring visit (w/c 7 March)" = 7 March - 6 June 2022,
#   overdue left out; nothing falls due 1 - 30 March, 1 - 29 April or 1 May - 29 June, so a start anywhere in
#   March and an end anywhere from 30 April to 29 June give the same twelve (the eleven 31 March and 5.2).
#   "The 2022/23 budget year" = the 2022/23 financial year, 1 April 2022 - 31 March 2023 (as set s's 22/23).
#   "April and May" = 1 April - 31 May 2022. "From mid-April to the end of September" = 15 April - 30
#   September 2022, the end inclusive (4.3 on 30 September inside; nothing falls due 1 - 29 April, so any
#   mid-April start gives the same). "The Easter holidays" = Saturday 9 - Sunday 24 April 2022 (between the
#   spring term's end on 8 April and the summer term's start on 25 April, set s): a real empty list, and any
#   reading inside April gives the same. "The first half of 2021" = 1 January - 30 June 2021, the end
#   inclusive (5.1 on 30 June 2021 inside). "Due during 2020 / a 2020 deadline" = calendar 2020; "had 2019
#   deadlines" = calendar 2019. "The next / coming fortnight" = the next two weeks = today to 15 February 2022
#   (set t's "next N weeks"). "Before the spring term ends" = due on or before Friday 8 April 2022, overdue
#   kept in (nothing falls due 1 - 29 April, so before 8 April gives the same). "In August or later / from
#   August onwards" = due on or after 1 August 2022. "Due in the summer" = June - August 2022 (carried
#   over); "before the summer" = before 1 June 2022 (set t). "A deadline later than June" = due after 30 June
#   2022. "By 31 March" = on or before 31 March 2022, overdue kept in. "22/23" stays the financial year.
# - Statuses: "anything still left to do" = outstanding (carried "left"); "has anything not yet begun" = not
#   started (set t's "not begun"); "on hold (at all)" = blocked; "what's been done already / what has been
#   delivered / delivered so far / closed off / been finshed" = complete; "underway" and "being worked on at
#   the minute" = in progress; "still live / open / on my plate / on our plates / what do I have on / what's
#   left with me / still open" = outstanding; "isn't already late / not overdue" of a list = outstanding and
#   due on or after today (set w); "not kicked off / nobody has started / has anything it set still not been
#   started" = not started; "slipped / slip past its date / gone overdue / late" = overdue; "blocked or
#   overdue" = overdue (6.3, the one blocked action, is overdue). "Every deadline that lands in <period>" and
#   "which deadlines fall / do X and Y have to hit / have I got any deadlines" with no status word list
#   outstanding actions; where every action in the period is outstanding the note says so, so every status
#   gives the same list. "Whatever the status / any status / everything, any status / whatever its status /
#   done or not" = every status.
# - Negation: "except what sits in the areas X leads" = every area but those X leads (Ruth Okafor: 6, 7,
#   11); "not any of X's or Y's" = every owner but those two; "ignoring anything to do with the staff survey"
#   leaves out titles holding "staff survey" (10.4, 10.5; nrx); "with X and Y put to one side" = every area
#   but those; "none of the committee-generated stuff" = the plan (set w); "neither X nor Y owns" = every
#   owner but those two; "skip <area>" = every area but that one; "park the life story training" in foster
#   carer titles leaves out 7.1 by its title (nrx "training"); "excluding the audits and the QA framework"
#   (Helen's) leaves out her titles holding "audit" and 9.1's "quality assurance framework" (nrx); "what's
#   open with other people rather than me" in the areas I lead = every owner but me in those areas; "minus
#   the QA ones" = every area but 9; "ignore partnership working ... my other areas" (Tom) = the areas Tom
#   leads but 12 (3 and 5); "leaving aside X's own actions, in the areas X leads" = every owner but X in
#   those areas; "ignoring committee ones / the original plan's actions" = the plan.
# - People: "Tom Brennan, Helen Marsh: open actions for each of them" = the two in one list (set x's "each");
#   "Okafor and Cross" = Ruth Okafor and Daniel Cross (surnames, set u); "Cross's" = Daniel Cross's;
#   "whitfields" = Sam Whitfield's; "Cllr Pearce" = Cllr Jo Pearce; "the AD Early Help and the Head of QA" =
#   Tom Brennan and Helen Marsh; "the two ADs" = Ruth Okafor and Tom Brennan (set w); "Grace, Sam and myself"
#   (from Anita) = Grace Adeyemi, Sam Whitfield and Anita Rao; "Between Daniel Cross and me" (from Tom) = the
#   two; "Helen and I ... between the two of us" (from Priya) = Helen Marsh and Priya Shah. "Sam's workforce
#   actions" = Sam Whitfield's actions in area 10.
# - Facts: "who heads up X as an area" and "X as a whole sits under which director" = the area's lead (fact
#   person, its outstanding actions as the list); "X - whose area is that" = the area's lead (set s);
#   "which person is in charge of <one action> / which officer owns <one piece of work> / whose name goes
#   against <ref>" = that action's owner; "is X still due at the end of June" = X's due date (set s); "when's
#   that due" of one named briefing = its due date; "how will we know X has bedded in? What's the measure" and
#   "what's the evidence we're looking for on X" = X's detail with no fact field (set t); "where are we with
#   <ref>" = that ref's detail with no fact field; "how many open actions sit with X" = count of X's
#   outstanding actions; "the number of improvement actions we've now closed off" = count of every complete
#   action, plan and committee; "what's the total number of actions <meeting> generated, whatever their
#   status" = count of that meeting's actions, every status; "of my open actions, what number originated at
#   committee" = count of my outstanding actions of any committee meeting.
# - Meetings: "the 10 November 2021 meeting", "the 10/11/21 committee", "the November committee" = 10
#   November 2021; "the committee on 12 January / the 12 January committee / the January committee / item
#   42" = 12 January 2022; "the 9 October 2019 committee" (the fixture's date for it), "the October 2019
#   meeting", "the 2019 committee" = October 2019. "The January committee that looked at the children we care
#   for" names the meeting by its item (set x's "Children We Care For item"), not area 11. "The meeting that
#   noted the leadership and workforce improvement narrative" = resolution 39.8.3 = October 2019 (a resolution
#   that set no action names its meeting; "workforce" in it sets no area 10). "When Ofsted confirmed the plan
#   dealt with everything it had raised, the committee noted it. ... that meeting" = resolution 39.8.2 =
#   October 2019 (set w). "Minute 23.2 of the workforce item" = 10 November 2021 plus an rx that picks exactly
#   9.3, 10.4 and 11.3; "minute 39.6" = October 2019 plus an rx that picks exactly 7.2, 7.3 and 7.5; with no
#   status word beside "what's still outstanding / leave outstanding" they are outstanding. "Resolution 23.3.2
#   asks for child protection performance to keep coming back - whose job is that" = the owner of 9.4, the
#   one action 23.3.2 created (asked of that action, not of the meeting's actions as set u read 23.3.2);
#   "which action did resolution 23.3.4 create, and is it finished" = 12.4's detail. "What did it ask for"
#   of the 12 January committee has no status word, so every status (set t's meeting rule). Three meeting
#   questions have an owner and no status word (what I signed up to at the November committee, Jo; anything
#   with my name on it from the 9 October 2019 committee, Ruth; did the 12 January committee land anything on
#   my desk, Daniel): each is labelled every status, and every matching action is outstanding (12.4; 7.4) or
#   there is none (Daniel: a real empty list), so the list rule (outstanding) gives the same (as set x).
# - Topic words searched in titles (set s's rule): "caseloads / caseload figures" = "caseload" (9.2, 10.5;
#   area 1's evidence and area 10's outcomes mention caseloads but area text is not searched, and caseloads
#   is no area keyword); "child protection statutory visits" = "statutory visits" (9.5, 9.6); "foster carer
#   (stuff) / forster carer / foster carers" = "foster carer" (7.1, 7.5, 11.6, set w); "campains" =
#   "campaign" (3.2, 10.2); "unallocatd cases" = "unallocated" (8.3, 8.4); "audits" = "audit" (set v);
#   "the staff survey" = "staff survey" (10.4, 10.5). Area keywords in other forms: "life-story" (7),
#   "superviison" = supervision (8), "quality assurnace" = quality assurance (9), "infrastucture" =
#   infrastructure (1), "privte fostering" = private fostering (3), "corp parenting" = corporate parenting
#   (11), "RHIs" = return home interviews (5, as earlier sets read it), "corporate parents", "care leavers"
#   and "children looked after" (11), "later life letters" (7), "transfer points" (1), "vacancy rate" and
#   "retention" (10; "vacancy rate" is also 10.2's measure, but an area keyword names the area, set v),
#   "homeless young people" (3), "recording" (5).
# - Deliverables named in the askers' words (each one action, st="all", whatever the question's status-like
#   verb: "did that ever happen / has that been fully implemented / did it ever go out / did that go live /
#   what's happening with / is it moving / ever actually run / do young people actually sit on ... now / did
#   members ever get / did that invitation go out / are we on track / where's X got to / is that still
#   showing as live / did we close that one / is it in use now / finished? / where r we"): "proper training
#   on being corporate parents" for councillors = 11.1 (not area 11); "the pay uplift we brought in to hang
#   on to social workers" = 10.1; "the all-staff questionnaire pencilled in for the start of the year" =
#   10.4 (not 10.5); "the plan template with timescales and a what-if section, built into our case system" =
#   4.1 (the what-if section is its contingency section; Mosaic is the case system); "the partners still
#   based in the buildings we're pulling out of" (an early help practitioner) = 12.4 (not area 12); "the push
#   with health colleagues to get the first health checks done on time when children come into care" = 11.4;
#   "the publicity aimed at schools and GP surgeries about private fostering" = 3.2 (not area 3); "young
#   people sitting on the Corporate Parenting Board" = 11.2; "a sneak preview of the Children First Strategy
#   for members" = 12.2 (not 12.1); "councillors invited to sit in on the life story training for carers" =
#   7.5 (not 7.1); "the online forms to cut down social workers' paperwork" = 5.2; "the work with the regional
#   adoption agency on early permanence placements" = 6.1 (not area 6); "the caseload figures I report to
#   the board every month" (Helen) = 9.2 (not 10.5); "the short note for the BPG on cases without a worker" =
#   8.4 (not 8.3); "the redesigned form for the chats with young people after they've been missing" = 5.1
#   (the return home interview template, not area 5); "rereferrals report" = 9.3; "IRO trainng" = 4.2 (the
#   only title naming IROs); "getting more carers recruited in-house" = 11.6 (not area 10); "the work to cut
#   our agency spend in the frontline teams" = 10.3; "the briefing members are owed on whether CP visits and
#   initial case conferences happen on time" = 9.6 (not 9.5's circulated information); "my online procedures
#   action" (Grace) = 1.4; "the family safeguarding model" = 2.3; "the January 2022 staff survey action" =
#   10.4.
# - Chatter: "Sorry, I meant in <area>" replaces only the area (set v); "actually, make it everything I've
#   finished" replaces the status (set w's "make that"); a forwarded note whose quoted text asks a question is
#   that question, even with a trailing "thanks" (set w); "Apologies, that was meant for my team channel -
#   please ignore" = unknown; "Lovely, ta - that's the budget book paragraph sorted" = thanks, unknown;
#   "Thanks ... see you at practice week!" = thanks and sign-off, unknown; "Brilliant, thank you. Random one
#   ... is the canteen open" = thanks and an off-topic question, unknown; "Hiya Improvement Tracker" = a
#   greeting alone, help; a greeting with an introduction and "what kinds of question are you able to
#   answer" = help; "For the partnership's annual report I need a short paragraph - how is the improvement
#   plan going overall?" = summary.

import datetime as _dt

NOV, JAN, OCT19, JUN19 = "cypssc-2021-11-10", "cypssc-2022-01-12", "cypssc-2019-10-09", "cypssc-2019-06-19"
HELEN, GRACE, SAM, LEO, ANITA = "helen-marsh", "grace-adeyemi", "sam-whitfield", "leo-fitzgerald", "anita-rao"
PRIYA, RUTH, TOM, DANIEL = "priya-shah", "ruth-okafor", "tom-brennan", "daniel-cross"
MORGAN, CHRIS, JO = "morgan-hale", "chris-dunn", "jo-pearce"
LEADS = [PRIYA, TOM, RUTH, DANIEL]  # "the area leads"
FY_START, FY_END = "2021-04-01", "2022-03-31"  # this financial year
FY2223 = {"dfrom": "2022-04-01", "dto": "2023-03-31"}  # 22/23, the 2022/23 budget year
EASTER = "2022-04-17"
BUDGET = "2022-02-25"  # budget council, Friday 25 February 2022, only where the asker states it
SPRING_CTTEE = "2022-03-16"  # the committee's spring meeting, Wednesday 16 March 2022, only where stated
VISIT = "2022-03-07"  # Monday of the monitoring visit week, only where the asker states it (w/c 7 March)
SUMMER = {"dfrom": "2022-06-01", "dto": "2022-08-31"}  # summer = June - August 2022
Q4 = {"dfrom": "2022-01-01", "dto": "2022-03-31"}  # this quarter / Q4 of 2021/22
ONE = "one named deliverable, whatever its status"
KINDS = ["ordinary", "negation", "periods", "wordforms", "deliverables", "facts", "people", "combined",
         "meetings", "chatter"]


# _Sources, COMMITTEE, everyone_but, areas_but, ask() and hand_over(): shared with set x / y.
exec(open(os.path.join(HERE, "spec_words.py")).read())



# ======================================================================== ordinary
K = "ordinary"
ask(K, "Only got in at the by-election a fortnight ago, so bear with me. On supervision, is there anything still "
       "left to do?", areas=[8], expect=0,
    why="the by-election is news; 'left to do' = outstanding; area 8's four actions are all complete: a real empty list")
ask(K, "Finance here - I'm writing the children's narrative for the budget book. Under recruitment and retention, "
       "what's been completed?", st="complete", areas=[10], expect=1,
    why="the budget book and the role are news: 10.1")
ask(K, "I'm the staff wellbeing lead and recording keeps coming up in my drop-ins as the thing that eats people's "
       "evenings. What's still open under recording?", areas=[5], expect=2,
    why="'recording' is an area 5 keyword; the wellbeing role and the drop-ins are news: 5.2, 5.3")
ask(K, "TM in one of the CP teams. On the quality of plans side, has anything not yet begun?", st="not_started",
    areas=[4], expect=1, why="'not begun' = not started; the CP team is the asker's role (news): 4.3")
ask(K, "Early help practitioner, so not my usual patch - is any of the private fostering work on hold?", st="blocked", areas=[3], expect=0,
    why="'on hold' = blocked; the role sets no owner: 3.1 is in progress, 3.3 not started: a real empty list")
ask(K, "Caseworker at the virtual school. For care leavers, what's been done already?", st="complete", areas=[11],
    expect=3, why="'care leavers' is an area 11 keyword; the asker is not the Virtual School Head: 11.1, 11.2, 11.3")
ask(K, "Business manager for the safeguarding partnership, pulling our anual report together. Which neglect "
       "actions are underway?", st="in_progress", areas=[2], expect=2,
    why="the role is news (sets no area 12, no family safeguarding topic); the annual report is news: 2.2, 2.3")
ask(K, "I'm a student on placement with the policy team and I've been given permanence planning to read up on. "
       "What has already been delivered there?", st="complete", areas=[6], expect=1,
    why="'delivered' = complete; the placement is news: 6.2")
ask(K, "Comms. A reporter is sniffing around our vacancy rate, so before I draft anything: is any of that work "
       "overdue?", st="overdue", areas=[10], expect=0,
    why="'vacancy rate' is an area 10 keyword; the reporter is news; 10.2-10.5 are not yet due: a real empty list")
ask(K, "Chair of the foster carers' association here. Our members often ask me about later life letters - what's "
       "outstanding on that?", areas=[7], expect=4,
    why="'later life letters' is an area 7 keyword; the role and 'our members' set nothing: 7.1, 7.2, 7.3, 7.4")
ask(K, "Pulling together the spring committee papers. Partnership working: which actions are in progress?",
    st="in_progress", areas=[12], expect=1, as_=CHRIS, why="the papers are news: 12.4")
ask(K, "I've had some casework from a resident worried about homeless young people in her division. What's still "
       "open on that front?", areas=[3], expect=2, as_=JO,
    why="'homeless young people' is an area 3 keyword; the casework is news; not narrowed to Jo's own: 3.1, 3.3")
ask(K, "Is anything under transfer points blocked or not started?", st=["blocked", "not_started"], areas=[1],
    expect=1, as_=MORGAN, why="'transfer points' is an area 1 keyword: 1.5")
ask(K, "Quick one between school visits - corporate parents stuff, what's being worked on at the minute?",
    st="in_progress", areas=[11], expect=3, as_=ANITA,
    why="'corporate parents' is an area 11 keyword; not narrowed to Anita's own: 11.4, 11.5, 11.6")
ask(K, "Retention is the thing everyone raises at the wellbeing check-ins. What's still live under retention?",
    areas=[10], expect=4, as_=SAM,
    why="'retention' is an area 10 keyword; 'still live' = outstanding; the check-ins are news: 10.2, 10.3, 10.4, 10.5")

# ======================================================================== negation
K = "negation"
ask(K, "As a new member I'm trying to get a feel for the whole thing. Can I see everything that's outstanding "
       "except what sits in the areas Ruth Okafor leads?", areas=areas_but(6, 7, 11), expect=21,
    why="Ruth leads 6, 7, 11: 30 outstanding less 6.1, 6.3, 7.1-7.4, 11.4-11.6")
ask(K, "For the budget paper I need the overdue ones, but not any of Daniel Cross's or Ruth Okafor's.",
    st="overdue", owners=everyone_but(DANIEL, RUTH), expect=3,
    why="Daniel's 7.2, 9.3 and Ruth's 6.3, 9.5 left out: 3.1, 5.3, 9.1")
ask(K, "Which actions haven't been started yet, ignoring anything to do with the staff survey?", st="not_started",
    nrx=r"staff survey", expect=7, why="1.5, 3.3, 4.3, 7.3, 9.3, 9.5, 9.6")
ask(K, "Child protection statutory visits - anything there that isn't already late?", rx=r"statutory visits",
    st="not_overdue", expect=1, why="'statutory visits' in titles (9.5, 9.6); 9.5 (31 January) is late: 9.6")
ask(K, "Leaving aside Tom Brennan's own actions, what's still to do in the areas he leads?", leads=[TOM],
    owners=everyone_but(TOM), expect=4, why="Tom leads 3, 5, 12; his 3.1 left out: 3.3, 5.2, 5.3, 12.4")
ask(K, "With corporate parenting and permanence put to one side, what's in progress?", st="in_progress",
    areas=areas_but(6, 11), expect=16, why="20 in progress less 6.1, 11.4, 11.5, 11.6")
ask(K, "None of the committee-generated stuff please. Which plan actions haven't been started?", st="not_started",
    meeting=None, expect=2, why="source is the plan: 3.3, 4.3")
ask(K, "In quality of plans and neglect, what's open that neither Helen Marsh nor Grace Adeyemi owns?",
    areas=[2, 4], owners=everyone_but(HELEN, GRACE), expect=1,
    why="Helen's 2.2, 4.2 and Grace's 4.3 left out: 2.3 (Priya's)")
ask(K, "Good-news story wanted for the press office: completed actions only, and skip supervision and management "
       "oversight because we've already run a piece on that.", st="complete", areas=areas_but(8), expect=16,
    why="20 complete less area 8's four")
ask(K, "Park the life story training for a sec - what foster carer actions are still not done?", rx=r"foster carer",
    nrx=r"training", expect=1, why="'foster carer' in titles (7.1, 7.5, 11.6; 7.5 is complete): 11.6")
ask(K, "I've got too much on. Excluding the audits and the QA framework, what's left with me?", owners=[HELEN],
    nrx=r"audit|quality assurance framework", expect=2, as_=HELEN,
    why="Helen's open less her audit titles and 9.1's framework: 4.2, 9.2")
ask(K, "Not counting anything that's already overdue, what do I have on?", owners=[GRACE], st="not_overdue",
    expect=3, as_=GRACE, why="outstanding and due on or after today: 1.4, 4.3, 7.1 (Grace has nothing overdue)")
ask(K, "Across the areas I lead, what's open with other people rather than me?", leads=[DANIEL], owners=everyone_but(DANIEL), expect=8,
    as_=DANIEL, why="Daniel leads 9 and 10; his 9.3 and 10.5 left out: 9.1, 9.2, 9.4, 9.5, 9.6, 10.2, 10.3, 10.4")
ask(K, "Everything that's late, minus the QA ones.", st="overdue", areas=areas_but(9), expect=4, as_=LEO,
    why="area 9's 9.1, 9.3, 9.5 left out: 3.1, 5.3, 6.3, 7.2")
ask(K, "Ignore partnership working, I know that inside out - what's outstanding in my other areas?", leads=[TOM],
    areas=areas_but(12), expect=4, as_=TOM, why="Tom leads 3, 5, 12; area 12 left out: 3.1, 3.3, 5.2, 5.3")

# ======================================================================== periods
K = "periods"
ask(K, "What's still to do that's due before budget council on Friday 25 February?", dbefore=BUDGET, expect=7,
    why="the stated date sets the period: before 25 February 2022, overdue kept in: 3.1, 5.3, 6.3, 7.2, 9.1, 9.3, 9.5")
ask(K, "Finance. For budget-setting I need every deadline that lands in the 2022/23 budget year.", **FY2223, expect=10,
    why="1 April 2022 - 31 March 2023: 5.2, the five 30 June, the three 31 July, 4.3; all are outstanding, so "
        "'every deadline' read as every status gives the same list; budget-setting is news")
ask(K, "Our wellbeing sessions run through April and May. Is anything due in those two months?",
    dfrom="2022-04-01", dto="2022-05-31", expect=1, why="1 April - 31 May 2022: 5.2; the sessions are news")
ask(K, "I'm on secondment from mid-April to the end of September. What falls due while I'm away?",
    dfrom="2022-04-15", dto="2022-09-30", expect=10,
    why="15 April - 30 September 2022 (nothing falls due 1 - 29 April): 5.2, the five 30 June, the three 31 July, "
        "4.3; the asker is not in the data, so no owner")
ask(K, "The monitoring visit is w/c 7 March. What's due in the three months after it?", dfrom=VISIT,
    dto="2022-06-06", expect=12,
    why="7 March - 6 June 2022, overdue left out: the eleven 31 March and 5.2 (30 April)")
ask(K, "Does anything fall due over the Easter holidays?", dfrom="2022-04-09", dto="2022-04-24", expect=0,
    why="9 - 24 April 2022 (spring term ends 8 April, summer term starts 25 April): a real empty list")
ask(K, "Our partnership board meets on 22 March. Between now and then, whats due?", dfrom=TODAY,
    dto="2022-03-22", expect=2, why="today to 22 March 2022, overdue left out: 2.2, 10.4 (28 February)")
ask(K, "For my placement write-up: what was due in the first half of 2021, whatever its status?", st="all",
    dfrom="2021-01-01", dto="2021-06-30", expect=3, why="1 January - 30 June 2021: 6.2, 8.2 (31 March), 5.1 (30 June)")
ask(K, "Comms again - for the 'what we've achieved' box: which actions that were due during 2020 got completed?", st="complete", dfrom="2020-01-01",
    dto="2020-12-31", expect=5, why="complete and due in calendar 2020: 12.3, 1.2, 11.1, 1.3, 11.2")
ask(K, "Our AGM is on Saturday 2 July. What's outstanding that should be finished by then?", dto="2022-07-02",
    expect=26, why="'by' keeps overdue in: 30 outstanding less 1.5, 10.5, 11.4 (31 July) and 4.3 (30 September)")
ask(K, "Between budget council on 25 February and the end of March, what have I got falling due?", owners=[RUTH],
    dfrom=BUDGET, dto=FY_END, expect=1, as_=RUTH, why="25 February - 31 March 2022: 6.1")
ask(K, "The committee's spring meeting is Wednesday 16 March. Which committee actions are still open and due "
       "before it?", meeting=COMMITTEE, dbefore=SPRING_CTTEE, expect=4, as_=CHRIS,
    why="before 16 March 2022, overdue kept in: 7.2, 9.3 (31 December), 9.5 (31 January), 10.4 (28 February)")
ask(K, "Over the coming fortnight, have I got any deadlines?", owners=[HELEN], dfrom=TODAY, dto="2022-02-15", expect=0,
    as_=HELEN, why="today to 15 February 2022 (two weeks): 2.2 is due 28 February: a real empty list")
ask(K, "What do I need to have finished before the spring term ends?", owners=[SAM], dto="2022-04-08", expect=2,
    as_=SAM, why="before the spring term ends (Friday 8 April 2022; nothing falls due 1 - 29 April), overdue kept in: 10.4 (28 February), 10.2 (31 March)")
ask(K, "Looking further out, is anything due in August or later?", dfrom="2022-08-01", expect=1, as_=MORGAN,
    why="due on or after 1 August 2022: 4.3 (30 September)")

# ======================================================================== wordforms
K = "wordforms"
ask(K, "life-story stuff thats still outstandng pls", areas=[7], expect=4, why="life-story = area 7 keyword: 7.1-7.4")
ask(K, "superviison - anythin not finished?", areas=[8], expect=0,
    why="superviison = supervision, area 8; all four complete: a real empty list")
ask(K, "quality assurnace: what's in progrss", st="in_progress", areas=[9], expect=3,
    why="assurence = assurance, area 9; progrss = progress: 9.1, 9.2, 9.4")
ask(K, "forster carer stuff still open?", rx=r"foster carer", expect=2,
    why="forster = foster; 'foster carer' in titles (7.5 is complete): 7.1, 11.6")
ask(K, "campains, whatever the status", st="all", rx=r"campaign", expect=2,
    why="campains = 'campaign' in titles: 3.2, 10.2")
ask(K, "rereferrals report - where r we", st="all", rx=r"re-referral", expect=1,
    why=ONE + " (9.3); rereferrals = re-referrals")
ask(K, "Cross's actions - not startd", st="not_started", owners=[DANIEL], expect=3,
    why="Cross's = Daniel Cross's: 1.5, 9.3, 10.5")
ask(K, "whitfields actions in progres", st="in_progress", owners=[SAM], expect=1,
    why="whitfields = Sam Whitfield's; progres = progress: 10.2")
ask(K, "IRO trainng - finished?", st="all", rx=r"IROs", expect=1, why=ONE + " (4.2); trainng = training")
ask(K, "unallocatd cases - everything, any status", st="all", rx=r"unallocated", expect=2,
    why="unallocatd = 'unallocated' in titles: 8.3, 8.4")
ask(K, "corp parenting - anything on hold at all?", st="blocked", areas=[11], expect=0, as_=ANITA,
    why="corp parenting = corporate parenting, area 11; 'stuck' = blocked: a real empty list")
ask(K, "RHIs - wot's been done", st="complete", areas=[5], expect=1, as_=TOM,
    why="RHIs = return home interviews, area 5; wot's = what's: 5.1")
ask(K, "infrastucture - what's in progess", st="in_progress", areas=[1], expect=1, as_=GRACE,
    why="infrastucture = infrastructure, area 1; progess = progress: 1.4")
ask(K, "is there anythng with my name against it that's gone overdue", st="overdue", owners=[JO], expect=0, as_=JO,
    why="anythng = anything; Jo's 12.4 is due 30 June: a real empty list")
ask(K, "privte fostering: has any of it been finshed?", st="complete", areas=[3], expect=1, as_=LEO,
    why="privte = private, area 3: 3.2")

# ======================================================================== deliverables
K = "deliverables"
ask(K, "At my induction someone said councillors were meant to get proper training on being corporate parents. "
       "Did that ever happen?", st="all", rx=r"dedicated training for all corporate parents", expect=1,
    why=ONE + " (11.1), not area 11 as a whole")
ask(K, "The pay uplift we brought in to hang on to social workers - has that been fully implemented? It feeds "
       "into the salary forecast.", st="all", rx=r"pay and reward", expect=1, why=ONE + " (10.1); the forecast is news")
ask(K, "The all-staff questionnaire that was pencilled in for the start of the year - did it ever go out?",
    st="all", rx=r"January 2022 staff survey", expect=1, why=ONE + " (10.4), not 10.5's report on its outcomes")
ask(K, "The plan template with timescales and a what-if section, built into our case system - did that go live?",
    st="all", rx=r"plan template in Mosaic", expect=1, why=ONE + " (4.1); the what-if section = its contingency section")
ask(K, "What's happening with the partners still based in the buildings we're pulling out of?", st="all",
    rx=r"buildings where early help", expect=1, why=ONE + " (12.4), not area 12 though 'partners' is its keyword")
ask(K, "The push with health colleagues to get the first health checks done on time when children come into care "
       "- is it moving?", st="all", rx=r"initial health assessments", expect=1,
    why=ONE + " (11.4), not area 11 as a whole")
ask(K, "Was the publicity aimed at schools and GP surgeries about private fostering ever actually run?", st="all",
    rx=r"private fostering awareness", expect=1, why=ONE + " (3.2), not area 3 as a whole")
ask(K, "Do young people actually sit on the Corporate Parenting Board now? I read somewhere that was one of the "
       "actions.", st="all", rx=r"Involve young people", expect=1, why=ONE + " (11.2), not area 11 as a whole")
ask(K, "Did members ever get a sneak preview of the Children First Strategy before it launched?", st="all",
    rx=r"for preview", expect=1, why=ONE + " (12.2), not 12.1's co-production")
ask(K, "Councillors were going to be invited to sit in on the life story training for carers - did that "
       "invitation go out?", st="all", rx=r"Invite Committee members", expect=1,
    why=ONE + " (7.5), not 7.1's training itself")
ask(K, "The online forms that are supposed to cut down social workers' paperwork - are we on track?", st="all",
    rx=r"electronic workbooks", expect=1, as_=DANIEL, why=ONE + " (5.2), not area 5 as a whole")
ask(K, "Where's the work with the regional adoption agency on early permanence placements got to?", st="all",
    rx=r"foster-to-adopt placements", expect=1, as_=RUTH, why=ONE + " (6.1), not area 6 as a whole")
ask(K, "The caseload figures I report to the board every month - is that still showing as live?", st="all",
    rx=r"caseloads and performance monthly", expect=1, as_=HELEN, why=ONE + " (9.2), not 10.5")
ask(K, "The short note for the BPG on cases without a worker - did we close that one?", st="all",
    rx=r"short report on unallocated", expect=1, as_=PRIYA, why=ONE + " (8.4), not 8.3's daily lists")
ask(K, "The redesigned form for the chats with young people after they've been missing - is it in use now?",
    st="all", rx=r"return home interview template", expect=1, as_=TOM, why=ONE + " (5.1), not area 5 as a whole")

# ======================================================================== facts
K = "facts"
ask(K, "Who heads up private fostering as an area?", areas=[3], fact="lead", expect=2,
    why="area 3's lead (Tom Brennan); 3.1, 3.3 outstanding")
ask(K, "Is the work to cut our agency spend in the frontline teams still due at the end of June?",
    intent="action_detail", ref="10.3", fact="due", why="'is X still due <when>' = X's due date; spend is news")
ask(K, "Wellbeing lead here - which person is in charge of the January 2022 staff survey action? I'd like to offer "
       "help with the questions.", intent="action_detail", ref="10.4", fact="owner",
    why="'which person is in charge of X' = X's owner")
ask(K, "I've been told members are owed a briefing on whether CP visits and initial case conferences happen on "
       "time. When's that due?", intent="action_detail",
    ref="9.6", fact="due", why="the briefing on statutory visits and initial conference timeliness = 9.6")
ask(K, "How will we know the family safeguarding model has properly bedded in? What's the measure?",
    intent="action_detail", ref="2.3", why="'what's the measure for X' = X's detail, no fact field")
ask(K, "How many open actions sit with the Virtual School Head?", owners=[ANITA], fact="count", expect=1,
    why="Virtual School Head = Anita Rao: 11.5")
ask(K, "Neglect - whose area is that?", areas=[2], fact="lead", expect=2, why="area 2's lead (Priya Shah); 2.2, 2.3 outstanding")
ask(K, "Counting things up for a briefing note: what's the total number of actions the 10 November 2021 meeting "
       "generated, whatever their status?", st="all", meeting=NOV, fact="count", expect=7,
    why="a meeting question with no status word counts every status: 1.5, 9.3, 9.4, 10.4, 10.5, 11.3, 12.4")
ask(K, "Drafting a press line - what's the number of improvement actions we've now closed off?", st="complete", fact="count",
    expect=20, why="every complete action, plan and committee")
ask(K, "Which officer owns getting more carers recruited in-house?", intent="action_detail", ref="11.6",
    fact="owner", why="the one piece of work (11.6), not area 10")
ask(K, "For the tracker column, whose name goes against 1.5?", intent="action_detail", ref="1.5", fact="owner",
    as_=CHRIS, why="'whose name is against X' = X's owner")
ask(K, "Where are we with 12.4? I'm bound to be asked at budget council.", intent="action_detail", ref="12.4",
    as_=JO, why="one action by its ref; budget council is news")
ask(K, "Recruitment and retention as a whole sits under which director?", areas=[10], fact="lead", expect=4, as_=LEO,
    why="area 10's lead (Daniel Cross); 10.2-10.5 outstanding")
ask(K, "What's the evidence we're looking for on my online procedures action?", intent="action_detail",
    ref="1.4", as_=GRACE, why="Grace's online procedures action = 1.4; evidence = its detail, no fact field")
ask(K, "Quick count for my one-to-one: of my open actions, what number originated at committee?", owners=[RUTH], meeting=COMMITTEE, fact="count",
    expect=3, as_=RUTH, why="7.4, 9.5, 11.4")

# ======================================================================== people
K = "people"
ask(K, "Tom Brennan, Helen Marsh: open actions for each of them please.", owners=[TOM, HELEN], expect=8,
    why="Tom 3.1; Helen 2.2, 3.3, 4.2, 5.3, 7.3, 9.1, 9.2")
ask(K, "Between the Head of Workforce Development and the Transformation Director, what's due in 22/23?",
    owners=[SAM, DANIEL], **FY2223, expect=3, why="1 April 2022 - 31 March 2023: Daniel 1.5, 5.2, 10.5; Sam none")
ask(K, "Which actions have Helen Marsh and Grace Adeyemi not yet started?", st="not_started",
    owners=[HELEN, GRACE], expect=3, why="Helen 3.3, 7.3; Grace 4.3")
ask(K, "In progress right now for Priya Shah and Ruth Okafor?", st="in_progress", owners=[PRIYA, RUTH],
    expect=6, why="Priya 2.3, 9.4, 10.3; Ruth 6.1, 7.4, 11.4")
ask(K, "The AD Early Help and the Head of QA - anything late for either?", st="overdue", owners=[TOM, HELEN], expect=3,
    why="Tom Brennan 3.1; Helen Marsh 5.3, 9.1")
ask(K, "What's in progress for Anita Rao, Grace Adeyemi and Leo Fitzgerald?", st="in_progress",
    owners=[ANITA, GRACE, LEO], expect=4, why="Anita 11.5; Grace 1.4, 7.1; Leo 11.6")
ask(K, "Which actions owned by Morgan Hale or Cllr Pearce are closed?", st="complete", owners=[MORGAN, JO],
    expect=1, why="'closed' = complete: Morgan 12.3; Jo none")
ask(K, "List every action for Okafor and Cross, any status.", st="all", owners=[RUTH, DANIEL], expect=14,
    why="Ruth 6.1, 6.3, 7.4, 9.5, 11.1-11.4; Daniel 1.5, 4.1, 5.2, 7.2, 9.3, 10.5")
ask(K, "What have Sam Whitfield and Leo Fitzgerald delivered so far?", st="complete", owners=[SAM, LEO],
    expect=5, why="Sam 1.3, 8.1, 10.1; Leo 3.2, 7.5")
ask(K, "Before the summer, which deadlines do Ruth Okafor and Leo Fitzgerald have to hit?", owners=[RUTH, LEO], dbefore="2022-06-01",
    expect=3, why="before 1 June 2022, overdue kept in: Ruth 6.1, 6.3, 9.5 (7.4, 11.4 and Leo's 11.6 are later)")
ask(K, "Helen and I are doing a joint update - between the two of us, what's due by 31 March?", owners=[PRIYA, HELEN], dto=FY_END, expect=9,
    as_=PRIYA, why="'by' keeps overdue in: Priya 9.4, 9.6; Helen's seven")
ask(K, "Grace, Sam and myself: what's still on our plates?", owners=[GRACE, SAM, ANITA], expect=6, as_=ANITA,
    why="Grace 1.4, 4.3, 7.1; Sam 10.2, 10.4; Anita 11.5")
ask(K, "Between the two ADs, has anything slipped?", st="overdue", owners=[RUTH, TOM], expect=3, as_=MORGAN,
    why="the ADs = Ruth Okafor and Tom Brennan: 6.3, 9.5, 3.1")
ask(K, "Between Daniel Cross and me, which actions haven't been kicked off?", st="not_started", owners=[DANIEL, TOM], expect=3,
    as_=TOM, why="Daniel 1.5, 9.3, 10.5; Tom none")
ask(K, "What do the area leads have that's blocked or overdue?", st="overdue", owners=LEADS, expect=5, as_=HELEN,
    why="blocked or overdue = overdue (6.3 is both): Tom 3.1; Ruth 6.3, 9.5; Daniel 7.2, 9.3; Priya none")

# ======================================================================== combined
K = "combined"
ask(K, "Which not-started actions in QA or workforce are due before the spring committee on Wednesday 16 March?",
    st="not_started", areas=[9, 10], dbefore=SPRING_CTTEE, expect=3,
    why="before 16 March 2022, overdue kept in: 9.3, 9.5, 10.4 (9.6 is 31 March)")
ask(K, "Sam's workforce actions that are in progress and due this financial year?", st="in_progress",
    owners=[SAM], areas=[10], dfrom=FY_START, dto=FY_END, expect=1, why="10.2")
ask(K, "Anything about caseloads that the committee asked for and nobody has started?", rx=r"caseload",
    st="not_started", meeting=COMMITTEE, expect=1,
    why="'caseload' in titles (9.2, 10.5); 9.2 is a plan action in progress: 10.5")
ask(K, "In quality of plans or neglect, what has Helen got in progress that's due after budget council (25 Feb)?",
    st="in_progress", areas=[2, 4], owners=[HELEN], dafter=BUDGET, expect=2, why="2.2 (28 February), 4.2 (31 March)")
ask(K, "Which of the original plan's actions in Tom's areas have slipped, ignoring committee ones?", st="overdue", leads=[TOM],
    meeting=None, expect=2, why="Tom leads 3, 5, 12: 3.1, 5.3")
ask(K, "Children looked after: anything the committee asked for that's underway with a deadline later than June?",
    st="in_progress", areas=[11], meeting=COMMITTEE, dafter="2022-06-30", expect=1, why="11.4 (11.6 is due 30 June)")
ask(K, "Which of Priya's committee actions are in progress and due before the summer?", st="in_progress",
    owners=[PRIYA], meeting=COMMITTEE, dbefore="2022-06-01", expect=1, why="9.4 (10.3 is due 30 June)")
ask(K, "Which not-started actions held by people who aren't area leads are due by the end of the financial year?",
    st="not_started", owners=everyone_but(*LEADS), dto=FY_END, expect=3,
    why="Helen 3.3, 7.3; Sam 10.4 (Grace's 4.3 is due 30 September)")
ask(K, "Which of the 2019 committee's actions had 2019 deadlines and were completed?", st="complete", meeting=OCT19,
    dfrom="2019-01-01", dto="2019-12-31", expect=5, why="7.5, 8.3, 8.4, 12.1, 12.2 (12.3 was due January 2020)")
ask(K, "Anything on foster carers that's in progress, isn't Grace's and is due by the end of June?",
    rx=r"foster carer", st="in_progress", owners=everyone_but(GRACE), dto="2022-06-30", expect=1,
    why="'foster carer' in titles; Grace's 7.1 left out: 11.6")
ask(K, "Of my committee actions, which haven't started and are due in the summer?", st="not_started",
    owners=[DANIEL], meeting=COMMITTEE, **SUMMER, expect=2, as_=DANIEL, why="June - August 2022: 1.5, 10.5")
ask(K, "Which in-progress plan actions in recruitment and retention or practice infrastructure are due by Easter?",
    st="in_progress", areas=[1, 10], meeting=None, dto=EASTER, expect=2, as_=SAM,
    why="on or before 17 April 2022: 1.4, 10.2 (10.3 came from the committee)")
ask(K, "Life story and quality of plans: which of my actions are in progress and not overdue?", st="in_progress",
    owners=[GRACE], areas=[4, 7], dfrom=TODAY, expect=1, as_=GRACE, why="7.1 (4.3 is not started)")
ask(K, "Anything overdue from the November or January committees that isn't in QA?", st="overdue",
    meeting=[NOV, JAN], areas=areas_but(9), expect=0, as_=JO,
    why="their overdue actions are 9.3 and 9.5, both in area 9: a real empty list")
ask(K, "Which of my not-started audits come from the plan itself and are due this quarter?", st="not_started",
    owners=[HELEN], rx=r"audit", meeting=None, **Q4, expect=1, as_=HELEN,
    why="1 January - 31 March 2022: 3.3 (7.3 came from the committee)")

# ======================================================================== meetings
K = "meetings"
ask(K, "I wasn't elected yet when the committee met on 12 January - what did it ask for?", st="all", meeting=JAN,
    expect=4, why="12 January 2022, every status: 9.5, 9.6, 11.4, 11.6")
ask(K, "Anything from the 10/11/21 committee that's been completed?", st="complete", meeting=NOV, expect=1,
    why="10 November 2021: 11.3")
ask(K, "Minute 23.2 of the workforce item: what's still outstanding from it?", meeting=NOV, minute="23.2",
    rx=r"re-referral|January 2022 staff survey|You said", expect=2, why="9.3, 10.4 (11.3 is complete)")
ask(K, "Resolution 23.3.2 asks for child protection performance to keep coming back to committee - whose job is "
       "that?", intent="action_detail", ref="9.4", fact="owner", why="resolution 23.3.2 created 9.4")
ask(K, "Which action did resolution 23.3.4 create, and is it finished?", intent="action_detail", ref="12.4",
    why="resolution 23.3.4 created 12.4")
ask(K, "Virtual school caseworker. The January committee that looked at the children we care for - has anything it "
       "set still not been started?", st="not_started", meeting=JAN, expect=2,
    why="the Children We Care For item names the 12 January 2022 meeting (not area 11); the role is news: 9.5, 9.6")
ask(K, "At the October 2019 meeting, which actions were set on partnership working?", st="all", meeting=OCT19,
    areas=[12], expect=3, why="12.1, 12.2, 12.3")
ask(K, "The meeting that noted the leadership and workforce improvement narrative - which of its actions has "
       "nobody started?", st="not_started", meeting=OCT19, expect=1,
    why="resolution 39.8.3 names the October 2019 meeting: 7.3")
ask(K, "For the press release: when Ofsted confirmed the plan dealt with everything it had raised, the committee "
       "noted it. How many actions did that meeting hand out?", st="all", meeting=OCT19, fact="count", expect=11,
    why="resolution 39.8.2 names the October 2019 meeting: 7.1-7.5, 8.3, 8.4, 10.3, 12.1, 12.2, 12.3")
ask(K, "What did minute 39.6 leave outstanding?", meeting=OCT19, minute="39.6",
    rx=r"Record life story work in Mosaic|Quarterly thematic audits|Invite Committee members", expect=2,
    why="7.2, 7.3 (7.5 is complete)")
ask(K, "For the action tracker: which of item 42's actions are overdue?", st="overdue", meeting=JAN, expect=1,
    as_=CHRIS, why="item 42 = 12 January 2022: 9.5")
ask(K, "What did I sign up to at the November committee?", st="all", meeting=NOV, owners=[JO], expect=1, as_=JO,
    why="10 November 2021: 12.4")
ask(K, "Anything with my name on it from the 9 October 2019 committee?", st="all", meeting=OCT19, owners=[RUTH], expect=1,
    as_=RUTH,
    why="no status word, so every status (7.4 is outstanding, so the list rule gives the same): 7.4")
ask(K, "Of what the 2019 committee set us, which bits have actually been delivered?", st="complete", meeting=OCT19, expect=6,
    as_=MORGAN, why="7.5, 8.3, 8.4, 12.1, 12.2, 12.3")
ask(K, "Did the 12 January committee land anything on my desk?", st="all", meeting=JAN, owners=[DANIEL], expect=0,
    as_=DANIEL, why="12 January 2022 set 9.5, 9.6, 11.4, 11.6, none of them Daniel's: a real empty list")

# ======================================================================== chatter
K = "chatter"
ask(K, "Hiya - just been elected in the by-election and this is my first go with the tracker 🙂", intent="help",
    why="Greeting and introduction alone")
ask(K, "Lovely, ta - that's the budget book paragraph sorted.", intent="unknown", why="Thanks alone")
ask(K, "Hi there 👋 wellbeing lead here. Before I start, what kinds of question are you able to answer?", intent="help", why="Greeting and asks what the bot can do")
ask(K, "Fwd: caseload figures\n\n> Can someone check which actions mention caseloads and are still open? Need it "
       "for Thursday's team meeting.\n\nthanks", rx=r"caseload", expect=2,
    why="the quoted question is the question: 9.2, 10.5")
ask(K, "Apologies, that was meant for my team channel - please ignore.", intent="unknown", why="Apology alone")
ask(K, "Afternoon! Lovely to finally see some sun. While I remember - when is 11.5 due?", intent="action_detail",
    ref="11.5", fact="due", why="the question inside the small talk")
ask(K, "For the partnership's annual report I need a short paragraph - how is the improvement plan going overall?", intent="summary", why="Overview of the whole plan; the annual report is news")
ask(K, "What's overdue in neglect? Sorry, I meant in recording.", st="overdue", areas=[5], expect=1,
    why="'sorry, I meant' = the corrected question alone, the area replaced: 5.3")
ask(K, "Does anyone know what time the embargo lifts on tomorrow's press release?", intent="unknown",
    why="Off-topic question")
ask(K, "Fwd: AGM notice\n\n> The association's AGM is on Saturday 2 July at the community centre, all carers "
       "welcome. Please share.", intent="unknown", why="A forwarded note with no question")
ask(K, "Morning! Kettle's on. Can you list what's not started from the November meeting?", st="not_started",
    meeting=NOV, expect=4, as_=CHRIS, why="the question inside the small talk: 1.5, 9.3, 10.4, 10.5")
ask(K, "Show me my overdue actions - actually, make it everything I've finished.", st="complete",
    owners=[DANIEL], expect=1, as_=DANIEL, why="'actually, make it' = the corrected question alone: 4.1")
ask(K, "Thanks, that's really helpful - see you at practice week!", intent="unknown", as_=GRACE,
    why="Thanks and sign-off alone")
ask(K, "Hiya Improvement Tracker", intent="help", as_=HELEN, why="Greeting alone")
ask(K, "Brilliant, thank you. Random one while I'm here - is the canteen at County Hall open on Fridays now?",
    intent="unknown", as_=PRIYA, why="Thanks and an off-topic question")

# ======================================================================== hand the specs to build.py
hand_over()
