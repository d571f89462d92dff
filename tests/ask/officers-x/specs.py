# Evaluation questions for Improvement Tracker (set x): 150 questions, 15 per kind, in the order
# ordinary, negation, periods, wordforms, deliverables, facts, people, combined, meetings, chatter.
# Labelled by tests/ask/officers/build.py from data/children-first.json (the same file as
# /work/shared/fixtures/children-first.json; "today" = Tuesday 2022-02-01, Europe/London); no action id is
# typed here: each spec is a set of filters (status st, areas, owners, leads = the areas a person leads,
# meeting = the source, due-date bounds dfrom / dto / dbefore / dafter, a title regex rx or nrx, minute,
# fact, ref for action_detail, as_ = the asker's person id), and build.py computes every list from them and
# checks it against the spec's expected count. Title regexes match case-insensitively. Written without
# reading the bot's code or running it (nothing under src/ or scripts/ was read, and neither the bot nor
# its evaluation was run).
# Split (fixed before labelling): within each kind, positions 3, 6, 9, 12, 15 (1-based) go to holdout
# (officers-x-holdout.jsonl, 50 lines); the rest go to officers-x-dev.jsonl (100 lines).
#
# How this file is labelled. build.py exec()s this file in its own namespace and labels every spec with its
# own label(); that label() knows st, areas, owners, leads, rx, dfrom / dto / dbefore, meeting (compared with
# ==), fact, ref, as, note and whyx. The ask() in tests/ask/officers/spec_words.py (exec()d after the
# conventions) turns set w's spec words into
# those and nothing else: as_ -> as; why -> note (whyx for help / unknown / summary); dafter D -> dfrom D + 1
# day; meeting=None (the plan itself), meeting=COMMITTEE (any committee meeting) or a list of meetings -> a
# small object that == matches exactly those sources; nrx -> a negative look-ahead joined to rx. ask() refuses
# (assert) a spec whose nrx removes nothing, whose minute rx does not pick exactly that minute's actions, or
# whose rx / nrx picks a different list on titles alone than on title + measure (build.py searches both, the
# conventions search titles). build.py's --split sends the 2nd, 5th, 8th ... spec of each kind (index % 3 ==
# 1) to holdout; so that positions 3, 6, 9, 12, 15 go there instead, ask() only collects the specs, and the
# hand_over() called at the end of this file hands each kind to build.py three at a time as the 1st, 3rd, 2nd, which keeps
# both files in the written order. Run from the repository root:
#   python3 tests/ask/officers/build.py tests/ask/officers-x/specs.py --split \
#       tests/ask/officers-x-dev.jsonl tests/ask/officers-x-holdout.jsonl
#
# Angle of this set: getting ready for Ofsted's next monitoring visit (announced, as the askers say, for the
# week commencing Monday 7 March 2022) and for the scrutiny committee's 2022/23 work programme. Asked by a
# newly co-opted member of the committee (a parent governor representative), an agency team manager in their
# first week, the council's policy and performance officer writing the self-assessment for the visit, a
# fostering recruitment officer, a youth offending service (YOS) manager, a senior practitioner in the MASH, a
# Barnardo's partner, a business support officer who takes the notes, an internal auditor and a clinical
# psychologist in the looked after children team (none of them is a person in the data, so no "as"); and by
# every person in the data at least once, with "as" set to their id: Morgan, Priya, Ruth, Tom, Daniel, Helen,
# Grace, Sam, Leo, Anita, the Cabinet Member Jo Pearce and the clerk Chris Dunn. They write as people do in
# Teams, on a phone or at a desk: terse or long-winded, context first and the question after, the reason
# after the question, lower case and text-speak, several conditions at once, every kind of negation
# ("leave out", "other than", "nothing of X's", "setting aside", "neither ... nor", "excluding", "isn't
# due this financial year", "not the training one"), named periods (the visit week, "before the visit",
# "between the visit and the year end", the financial year and its quarters, the 2020/21 financial year,
# calendar 2021, school terms and holidays, the municipal year and the 2022/23 one, "the next 8 weeks",
# "since Christmas", "by the end of this month"), deliverables named in the asker's own words, facts (who
# leads, who owns, when due, how many, is it done, what's the evidence), several people at once (names,
# surnames, job titles, "X and I"), meetings named by date, item, minute, resolution or what was decided, and
# chatter (greetings, thanks, corrections, forwarded notes, off-topic remarks, a question inside small talk).
# Never more than two typos in a question. No question holds any child's personal data.
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

import datetime as _dt

NOV, JAN, OCT19, JUN19 = "cypssc-2021-11-10", "cypssc-2022-01-12", "cypssc-2019-10-09", "cypssc-2019-06-19"
HELEN, GRACE, SAM, LEO, ANITA = "helen-marsh", "grace-adeyemi", "sam-whitfield", "leo-fitzgerald", "anita-rao"
PRIYA, RUTH, TOM, DANIEL = "priya-shah", "ruth-okafor", "tom-brennan", "daniel-cross"
MORGAN, CHRIS, JO = "morgan-hale", "chris-dunn", "jo-pearce"
LEADS = [PRIYA, TOM, RUTH, DANIEL]  # "the area leads"
FY_START, FY_END = "2021-04-01", "2022-03-31"  # this financial year
EASTER = "2022-04-17"
VISIT = "2022-03-07"  # Monday of the monitoring visit week, only where the asker states it (w/c 7 March)
VISIT_WEEK = {"dfrom": "2022-03-07", "dto": "2022-03-13"}
Q4 = {"dfrom": "2022-01-01", "dto": "2022-03-31"}  # this quarter / Q4 of 2021/22
ONE = "one named deliverable, whatever its status"
KINDS = ["ordinary", "negation", "periods", "wordforms", "deliverables", "facts", "people", "combined",
         "meetings", "chatter"]


# _Sources, COMMITTEE, everyone_but, areas_but, ask() and hand_over(): shared with set x / y.
exec(open(os.path.join(HERE, "spec_words.py")).read())


# ======================================================================== ordinary
K = "ordinary"
ask(K, "Hi all - I've just been co-opted onto the scrutiny committee as one of the parent governor reps, so "
       "apologies for the basic question. What's still outstanding on neglect?", areas=[2], expect=2,
    why="the co-option and the role are news: 2.2, 2.3")
ask(K, "Agency TM, week one in the assessment service. On management oversight, what's actually been completed "
       "so far?", st="complete", areas=[8], expect=4,
    why="'management oversight' is an area 8 keyword; the agency role is news (not 10.3's agency staff): 8.1-8.4")
ask(K, "I'm drafting the self-assessment for Ofsted's monitoring visit and need to be upfront about anything "
       "stuck. Is anything on permanence planning on hold at the moment?", st="blocked", areas=[6], expect=1,
    why="'stuck / on hold' = blocked; the self-assessment and the visit are news: 6.3")
ask(K, "i work in fostering recruitment so this is a bit outside my lane, but for children we care for what "
       "isn't finished yet", areas=[11], expect=3,
    why="'children we care for' is an area 11 keyword; the role sets no area 10: 11.4, 11.5, 11.6")
ask(K, "Return home interviews really matter for the young people we work with in the YOS, especially the ones "
       "who go missing a lot. What's still open on that?", areas=[5], expect=2,
    why="'return home interviews' is an area 5 keyword; 'the young people we work with' sets no owner: 5.2, 5.3")
ask(K, "Senior prac in the MASH here. Under practice infrastructure, which actions have been finished?",
    st="complete", areas=[1], expect=3, why="the MASH is the asker's team (news), not 10.3: 1.1, 1.2, 1.3")
ask(K, "We're the Barnardo's partner on a couple of the partnership groups. Has anything on partnership working "
       "not been started yet?", st="not_started", areas=[12], expect=0,
    why="the role is news; area 12's one open action (12.4) is in progress: a real empty list")
ask(K, "I take the notes for the improvement board. Private fostering and homeless 16-17s: which actions are "
       "being worked on right now?", st="in_progress", areas=[3], expect=1,
    why="'being worked on' = in progress; the board is news: 3.1 (3.3 is not started)")
ask(K, "Internal audit. We're scoping a review of the council's QA arrangements - which quality assurance "
       "actions have gone past their deadline?", st="overdue", areas=[9], expect=3,
    why="'gone past their deadline' = overdue; the review is news: 9.1, 9.3, 9.5")
ask(K, "Clinical psychologist with the looked after children team. Life story work is close to my heart - "
       "which of those actions are underway?", st="in_progress", areas=[7], expect=3,
    why="the team is the asker's role (news), not area 11: 7.1, 7.2, 7.4")
ask(K, "Sorry if this is obvious, but on recruitment and retention, what's still not kicked off?",
    st="not_started", areas=[10], expect=2, as_=LEO,
    why="'not kicked off' = not started; Leo's 11.6 recruits foster carers but sits in area 11: 10.4, 10.5")
ask(K, "As VSH I keep hearing that our children have too many transfer points. What's live on that?",
    areas=[1], expect=2, as_=ANITA, why="'transfer points' is an area 1 keyword; 'live' = outstanding: 1.4, 1.5")
ask(K, "Where are we on drift? Just the in-progress ones please.", st="in_progress", areas=[4], expect=1,
    as_=GRACE, why="'drift' is an area 4 keyword: 4.2 (4.3, Grace's own, is not started)")
ask(K, "Doing a quick sweep of homeless young people ahead of the visit. Anything there not started yet?",
    st="not_started", areas=[3], expect=1, as_=TOM,
    why="'ahead of the visit' with no date is news; not narrowed to Tom's own: 3.3 (Helen's)")
ask(K, "case recording - what's gone overdue?", st="overdue", areas=[5], expect=1, as_=HELEN,
    why="'case recording' is an area 5 keyword: 5.3")

# ======================================================================== negation
K = "negation"
ask(K, "For the work programme I'd like a view of everything that's still outstanding, but leave out anything "
       "on QA or workforce, since those get their own slots.", areas=areas_but(9, 10), expect=20,
    why="every area but 9 and 10: 30 outstanding less area 9's six and area 10's four")
ask(K, "New agency TM. Of everything that's overdue, what isn't sitting with Helen Marsh?", st="overdue",
    owners=everyone_but(HELEN), expect=5, why="her 5.3 and 9.1 left out: 3.1, 6.3, 7.2, 9.3, 9.5")
ask(K, "What's open that did not come out of a committee meeting, excluding the ones Helen has?", meeting=None,
    owners=everyone_but(HELEN), expect=9,
    why="15 open plan actions less Helen's six (2.2, 3.3, 4.2, 5.3, 9.1, 9.2): 1.4, 2.3, 3.1, 4.3, 5.2, 6.1, 6.3, "
        "10.2, 11.5")
ask(K, "Life story stuff that's still open, but not the training one - I already know all about that from our "
       "carers.", areas=[7], nrx=r"training", expect=3, why="'our carers' sets no owner: 7.2, 7.3, 7.4")
ask(K, "Nothing that's complete please, just where things stand on neglect and partnership working - and "
       "nothing of Priya's.", areas=[2, 12], owners=everyone_but(PRIYA), expect=2,
    why="outstanding in areas 2 and 12, Priya's 2.3 left out: 2.2, 12.4")
ask(K, "Senior prac, MASH. In recruitment and retention, what's open that isn't due this financial year?",
    areas=[10], dafter=FY_END, expect=2,
    why="'not due this financial year' = due after 31 March 2022; the MASH is news: 10.3, 10.5")
ask(K, "Which of the committee's actions haven't been finished, other than the ones Ruth Okafor or Priya Shah "
       "hold?", meeting=COMMITTEE, owners=everyone_but(RUTH, PRIYA), expect=9,
    why="15 open committee actions less Ruth's 7.4, 9.5, 11.4 and Priya's 9.4, 9.6, 10.3")
ask(K, "For the minutes: which actions are in progress but not late, excluding corporate parenting?",
    st="in_progress", dfrom=TODAY, areas=areas_but(11), expect=13,
    why="in progress and due on or after today (3.1, 5.3, 7.2, 9.1 are late), area 11 left out")
ask(K, "Excluding anything that came from the plan itself, which actions have been closed?", st="complete",
    meeting=COMMITTEE, expect=7, why="complete committee actions: 7.5, 8.3, 8.4, 11.3, 12.1, 12.2, 12.3")
ask(K, "I'm a clinical psychologist in the LAC team and still learning who's who. Which not-started actions sit "
       "with someone who isn't an area lead?", st="not_started", owners=everyone_but(*LEADS), expect=4,
    why="every owner but Priya, Tom, Ruth and Daniel: 3.3, 7.3 (Helen), 4.3 (Grace), 10.4 (Sam)")
ask(K, "Setting aside Daniel's and Helen's, who else has overdue actions? Give me the actions, not just names.",
    st="overdue", owners=everyone_but(DANIEL, HELEN), expect=3, as_=MORGAN,
    why="Daniel's 7.2, 9.3 and Helen's 5.3, 9.1 left out: 3.1 (Tom), 6.3, 9.5 (Ruth)")
ask(K, "Which of mine are neither blocked nor finished?", st="not_blocked", owners=[RUTH], expect=4, as_=RUTH,
    why="outstanding and not blocked: 6.1, 7.4, 9.5, 11.4 (6.3 is blocked)")
ask(K, "For the action log: which of the November 2021 committee's actions aren't done, leaving out Daniel's?",
    meeting=NOV, owners=everyone_but(DANIEL), expect=3, as_=CHRIS,
    why="'aren't done' = outstanding; Daniel's 1.5, 9.3, 10.5 left out: 9.4, 10.4, 12.4")
ask(K, "Cabinet briefing tomorrow. Everything that's slipped, but take out corporate parenting and life story - "
       "I've had those already.", st="overdue", areas=areas_but(7, 11), expect=6, as_=JO,
    why="'slipped' = overdue; area 7's 7.2 left out (area 11 has none): 3.1, 5.3, 6.3, 9.1, 9.3, 9.5")
ask(K, "Other than the Mosaic work, what's open with me?", owners=[DANIEL], nrx=r"Mosaic", expect=4, as_=DANIEL,
    why="1.5, 5.2, 9.3, 10.5")

# ======================================================================== periods
K = "periods"
ask(K, "The committee is putting its 2022/23 work programme together. Which actions fall due in the 2022/23 "
       "municipal year?", dfrom="2022-05-01", dto="2023-04-30", expect=9,
    why="1 May 2022 - 30 April 2023: the five 30 June, the three 31 July and 4.3 (30 September); the work "
        "programme is news")
ask(K, "I'm on an 8 week contract to start with (!) - what's due in the next 8 weeks?", dfrom=TODAY,
    dto="2022-03-29", expect=2, why="today to 29 March 2022, overdue left out: 2.2, 10.4 (28 February)")
ask(K, "Ofsted's monitoring visit is the week commencing 7 March. What has to be finished before the visit?",
    dbefore=VISIT, expect=9,
    why="the stated date sets the period: before 7 March 2022, overdue kept in: the seven overdue, 2.2, 10.4")
ask(K, "since christmas, which deadlines have come and gone with the work still not done?", dfrom="2021-12-25", dbefore=TODAY, expect=7,
    why="25 December 2021 to before today: 3.1, 6.3, 7.2, 9.1, 9.3 (31 December), 5.3, 9.5 (31 January)")
ask(K, "YOS manager - I'm on leave the week of the visit (w/c 7th March). Is anything due that week?",
    **VISIT_WEEK, expect=0, why="7 - 13 March 2022: nothing falls due in March before the 31st; the leave is news")
ask(K, "MASH senior practitioner. What's still to do with a Q4 deadline?", **Q4, expect=15,
    why="1 January - 31 March 2022: 5.3, 9.5 (31 January), 2.2, 10.4 (28 February) and the eleven 31 March")
ask(K, "Lots of our staff are off over the school summer holidays. Which actions fall due then?",
    dfrom="2022-07-23", dto="2022-09-02", expect=3, why="23 July - 2 September 2022: 1.5, 10.5, 11.4 (31 July)")
ask(K, "Which autumn term deadlines did we actually meet? I'm writing up last term for the notes.",
    st="complete", dfrom="2021-09-06", dto="2021-12-17", expect=5,
    why="complete and due 6 September - 17 December 2021: 2.1, 8.1, 3.2, 10.1, 11.3")
ask(K, "For our sample I need everything that was due in the 2020/21 financial year, whatever its status.",
    st="all", dfrom="2020-04-01", dto="2021-03-31", expect=4,
    why="1 April 2020 - 31 March 2021: 1.3, 11.2 (30 June 2020), 6.2, 8.2 (31 March 2021)")
ask(K, "From today up to Easter, which deadlines are coming our way? Trying to plan my team's capacity.", dfrom=TODAY, dto=EASTER, expect=13,
    why="'from today up to X' = between now and X: today to 17 April 2022, overdue left out: 2.2, 10.4 and the eleven "
        "31 March; 'my team' sets no owner")
ask(K, "Between the visit (w/c 7 March) and the end of the financial year, what have I got due?",
    owners=[PRIYA], dfrom=VISIT, dto=FY_END, expect=2, as_=PRIYA, why="7 - 31 March 2022: 9.4, 9.6")
ask(K, "Quick one from me: anything that has to be done by the end of this month, whoever owns it?", dto="2022-02-28", expect=9, as_=SAM,
    why="on or before 28 February 2022, overdue kept in: the seven overdue, 2.2, 10.4; not narrowed to Sam's")
ask(K, "Which deadlines land in the summer term, when schools go back after Easter?", dfrom="2022-04-25", dto="2022-07-22", expect=6, as_=LEO,
    why="25 April - 22 July 2022: 5.2 (30 April) and the five 30 June")
ask(K, "Drafting the committee's end-of-year report. Between now and when the municipal year ends in April, "
       "which deadlines are still ahead of us?", dfrom=TODAY, dto="2022-04-30", expect=14, as_=CHRIS,
    why="today to 30 April 2022, overdue left out: 2.2, 10.4, the eleven 31 March and 5.2")
ask(K, "For my foreword to the self-assessment: which actions with a deadline in calendar year 2021 did we get "
       "done?", st="complete", dfrom="2021-01-01", dto="2021-12-31", expect=9, as_=MORGAN,
    why="complete and due in 2021: 6.2, 8.2, 5.1, 4.1, 2.1, 8.1, 3.2, 10.1, 11.3")

# ======================================================================== wordforms
K = "wordforms"
ask(K, "anythng on negelct that's overdue?", st="overdue", areas=[2], expect=0,
    why="negelct = neglect, area 2; 2.2 and 2.3 are not yet due")
ask(K, "what's in progres on permanance?", st="in_progress", areas=[6], expect=1,
    why="permanance = permanence, area 6: 6.1 (6.3 is blocked)")
ask(K, "has the Principle Social Worker finsihed anything?", st="complete", owners=[GRACE], expect=2,
    why="Principle = Principal Social Worker = Grace Adeyemi; finsihed = finished: 1.2, 2.1")
ask(K, "corprate parenting: anything actually signed off yet?", st="complete", areas=[11], expect=3,
    why="corprate = corporate, area 11; 'signed off' = complete: 11.1, 11.2, 11.3")
ask(K, "Fitzgeralds actions - done or not", st="all", owners=[LEO], expect=3,
    why="Fitzgeralds = Leo Fitzgerald's; 'done or not' = every status: 3.2, 7.5, 11.6")
ask(K, "the inducton programme for new starters - finished?", st="all", rx=r"induction", expect=1,
    why=ONE + " (1.3); inducton = induction")
ask(K, "audts: anything overdue?", st="overdue", rx=r"audit", expect=1,
    why="audts = audits = 'audit' in titles (2.2, 3.3, 5.3, 7.3): 5.3")
ask(K, "which of the trainng actions are still runnin?", st="in_progress", rx=r"train", expect=2,
    why="trainng = training = 'train' in titles; 'running' = in progress: 4.2, 7.1")
ask(K, "Okafor o/d?", st="overdue", owners=[RUTH], expect=2, why="Okafor = Ruth Okafor; o/d = overdue: 6.3, 9.5")
ask(K, "homeless 16/17 yr olds - anything not started", st="not_started", areas=[3], expect=1,
    why="16/17 yr olds = the area 3 keyword homeless 16 and 17 year olds: 3.3")
ask(K, "hav I let anything of mine go overdew?", st="overdue", owners=[HELEN], expect=2, as_=HELEN,
    why="hav = have, overdew = overdue; 'mine' = Helen Marsh's: 5.3, 9.1")
ask(K, "agncy staffing stuff, whats still to do", rx=r"agency staff", expect=2, as_=PRIYA,
    why="agncy staffing = agency staff in titles (not 6.1's adoption agency): 10.3, 10.5")
ask(K, "partner agencys: whats been completed", st="complete", areas=[12], expect=3, as_=TOM,
    why="partner agencys = the area 12 keyword partner agencies: 12.1, 12.2, 12.3")
ask(K, "Mosiac actions that are still live?", rx=r"Mosaic", expect=1, as_=DANIEL,
    why="Mosiac = Mosaic in titles (4.1 complete); 'still live' = outstanding: 7.2")
ask(K, "PEP's - is that one still in progess?", st="all", rx=r"personal education plans", expect=1, as_=ANITA,
    why=ONE + " (11.5); PEP's = personal education plans; progess = progress")

# ======================================================================== deliverables
K = "deliverables"
ask(K, "As a parent governor I'd love to know about the refreshed manual social workers look things up in "
       "online - is it up and running yet?", st="all", rx=r"practice guidance and procedures", expect=1,
    why=ONE + " (1.4)")
ask(K, "First week here and someone mentioned an assessment all the team managers had to go through. Did they "
       "all get through it?", st="all", rx=r"Management assessment programme", expect=1,
    why=ONE + " (8.1), not area 8 as a whole")
ask(K, "For the self-assessment - the new whole-family safeguarding approach for the teams doing assessments. "
       "Is it embedded yet?", st="all", rx=r"family safeguarding model", expect=1, why=ONE + " (2.3)")
ask(K, "The big push to grow our own pool of carers through the hub, rather than relying on agencies - how's "
       "that going?", st="all", rx=r"in-house foster carers", expect=1,
    why=ONE + " (11.6), not 10.3's agency staff")
ask(K, "I used to work alongside midwives, so I'm curious: was the protocol for planning before a baby is born "
       "ever agreed?", st="all", rx=r"pre-birth", expect=1, why=ONE + " (6.2), not area 6 as a whole")
ask(K, "Checking every day for cases nobody's been allocated or that managers are sitting on - is that still a "
       "live action or has it been closed off?", st="all", rx=r"daily lists", expect=1, why=ONE + " (8.3), not 8.4's short report")
ask(K, "Barnardo's here. Was there ever an options paper on how front-line staff and partner agencies get a say? "
       "We'd have liked to see it.", st="all", rx=r"voices of staff and partners", expect=1,
    why=ONE + " (12.3), not area 12, though partner agencies is its keyword")
ask(K, "I need to minute where we are with sharing an example of the 'you said, we did' plan with members. Did "
       "it go out?", st="all", rx=r"You said", expect=1, why=ONE + " (11.3)")
ask(K, "The overarching framework for how we quality-assure practice - has the board approved it yet?",
    st="all", rx=r"quality assurance framework", expect=1, why=ONE + " (9.1), not area 9 as a whole")
ask(K, "The monthly panel tracking where every child in care is heading long-term - is it actually running?",
    st="all", rx=r"permanence tracking panel", expect=1, why=ONE + " (6.3), not area 6 as a whole")
ask(K, "Making sure every child being adopted has their book about their own story before the order's made - "
       "how's that tracking?", st="all", rx=r"life story book", expect=1, as_=RUTH,
    why=ONE + " (7.4), not area 7 as a whole")
ask(K, "The recruitment drive with the new photos and the social media push - have we landed it?", st="all",
    rx=r"recruitment campaign", expect=1, as_=SAM, why=ONE + " (10.2), not area 10 as a whole")
ask(K, "Those standards that spell out what good social work looks like here, which staff helped write - are "
       "they done?", st="all",
    rx=r"What Good Looks Like", expect=1, as_=GRACE, why=ONE + " (1.2)")
ask(K, "Members keep asking me about the update on making the children's IT systems simpler - where is that?",
    st="all", rx=r"simplifying the children's IT", expect=1, as_=JO, why=ONE + " (1.5, Daniel's)")
ask(K, "The report for members on how often families get referred back to us - has that gone out yet?",
    st="all", rx=r"re-referral", expect=1, as_=DANIEL, why=ONE + " (9.3)")

# ======================================================================== facts
K = "facts"
ask(K, "Newbie question from the parent governor rep: which senior officer leads on life story work overall?",
    areas=[7], fact="lead", expect=4, why="area 7's lead; 7.1, 7.2, 7.3, 7.4 outstanding")
ask(K, "The case recording audit that's meant to happen every quarter - which person holds that one?", intent="action_detail", ref="5.3", fact="owner",
    why="'which person holds X' = X's owner")
ask(K, "For the opening paragraph of the self-assessment I need a number: how many actions are past their due "
       "date right now?", st="overdue", fact="count", expect=7, why="3.1, 5.3, 6.3, 7.2, 9.1, 9.3, 9.5")
ask(K, "What's the deadline on the hub work to grow our in-house carers?", intent="action_detail", ref="11.6",
    fact="due")
ask(K, "How many actions are there under partnership working in total, including the finished ones?", st="all",
    areas=[12], fact="count", expect=4, why="12.1, 12.2, 12.3, 12.4")
ask(K, "Who's on the hook for bringing agency numbers down in the frontline teams?", intent="action_detail",
    ref="10.3", fact="owner", why="names the one piece of work (10.3), not area 10")
ask(K, "What evidence are you looking for from the neglect thematic audit?", intent="action_detail", ref="2.2",
    why="'what evidence ... from X' = X's detail, no fact field")
ask(K, "Is 8.4 done? I need to tick it off in the notes.", intent="action_detail", ref="8.4",
    why="'is <ref> done' = its detail; the notes are news")
ask(K, "Who's the accountable lead for supervision and management oversight as an area?", areas=[8],
    fact="lead", expect=0, why="area 8's lead; nothing outstanding in area 8: a real empty list")
ask(K, "Those quarterly audits of life story work - when are they due?", intent="action_detail", ref="7.3",
    fact="due")
ask(K, "For the work programme chat with the chair: how many committee actions are still open?",
    meeting=COMMITTEE, fact="count", expect=15, as_=JO,
    why="outstanding actions of any committee meeting: October 2019 five, 10 November 2021 six, 12 January 2022 four")
ask(K, "Counting the finished ones too, how many actions are in my name?", st="all", owners=[HELEN], fact="count", expect=7,
    as_=HELEN, why="2.2, 3.3, 4.2, 5.3, 7.3, 9.1, 9.2")
ask(K, "I've got 4.3 under quality of plans, but who's the area's lead director?", areas=[4], fact="lead",
    expect=2, as_=GRACE, why="area 4's lead (Priya Shah); 4.2, 4.3 outstanding")
ask(K, "What's the due date on my housing protocol action? I think we've missed it.", intent="action_detail",
    ref="3.1", fact="due", as_=TOM, why="Tom's housing protocol action = 3.1")
ask(K, "how many of mine haven't been kicked off yet?", st="not_started", owners=[PRIYA], fact="count", expect=1,
    as_=PRIYA, why="9.6")

# ======================================================================== people
K = "people"
ask(K, "What do the Virtual School Head and the Head of Fostering each have on the go?", owners=[ANITA, LEO],
    expect=2, why="Anita Rao's 11.5, Leo Fitzgerald's 11.6")
ask(K, "New here - what have Grace Adeyemi and Sam Whitfield already got done?", st="complete",
    owners=[GRACE, SAM], expect=5, why="Grace 1.2, 2.1; Sam 1.3, 8.1, 10.1")
ask(K, "What's overdue across Helen Marsh, Daniel Cross and Tom Brennan?", st="overdue",
    owners=[HELEN, DANIEL, TOM], expect=5, why="Helen 5.3, 9.1; Daniel 7.2, 9.3; Tom 3.1")
ask(K, "Leo and Ruth - what have they got in progress at the moment?", st="in_progress", owners=[LEO, RUTH],
    expect=4, why="Leo 11.6; Ruth 6.1, 7.4, 11.4")
ask(K, "What's still open in the areas Tom Brennan and Daniel Cross lead?", leads=[TOM, DANIEL], expect=15,
    why="Tom leads 3, 5, 12 (five open), Daniel leads 9, 10 (ten open)")
ask(K, "What do the Deputy Director for Frontline Services and the Principal Social Worker have that isn't "
       "started?", st="not_started", owners=[PRIYA, GRACE], expect=2, why="Priya Shah 9.6; Grace Adeyemi 4.3")
ask(K, "Between Shah, Okafor and Marsh, what's due by the end of March?", owners=[PRIYA, RUTH, HELEN],
    dto=FY_END, expect=12,
    why="'by' keeps overdue in: Priya 9.4, 9.6; Ruth 6.1, 6.3, 9.5; Helen's seven")
ask(K, "Updating the distribution list. Which actions sit with Morgan Hale, Sam Whitfield or Tom Brennan, any "
       "status?", st="all", owners=[MORGAN, SAM, TOM], expect=10,
    why="Morgan 12.3; Sam 1.3, 8.1, 10.1, 10.2, 10.4; Tom 3.1, 5.1, 12.1, 12.2")
ask(K, "Across the two assistant directors and the Transformation Director, which actions are blocked or not "
       "started?", st=["blocked", "not_started"], owners=[RUTH, TOM, DANIEL], expect=5,
    why="Ruth 6.3 (blocked), 9.5; Tom none; Daniel 1.5, 9.3, 10.5")
ask(K, "What do Ruth and Anita have outstanding between them on corporate parenting?", owners=[RUTH, ANITA],
    areas=[11], expect=2, why="11.4 (Ruth), 11.5 (Anita)")
ask(K, "Ahead of my one-to-ones, what's open across my direct reports - Priya, Ruth, Tom and Daniel?",
    owners=LEADS, expect=15, as_=MORGAN, why="the four as named: Priya 4, Ruth 5, Tom 1, Daniel 5")
ask(K, "What have Sam and I got that's still in progress?", st="in_progress", owners=[SAM, LEO], expect=2,
    as_=LEO, why="10.2 (Sam), 11.6 (Leo)")
ask(K, "Grace and I - anything overdue between us?", st="overdue", owners=[GRACE, ANITA], expect=0, as_=ANITA,
    why="Grace's 1.4, 4.3, 7.1 and Anita's 11.5 are not yet due: a real empty list")
ask(K, "For the action log, what do Daniel and Sam still owe the committee?", owners=[DANIEL, SAM],
    meeting=COMMITTEE, expect=5, as_=CHRIS, why="Daniel 1.5, 7.2, 9.3, 10.5; Sam 10.4 (10.2 is a plan action)")
ask(K, "Helen and me - which of our actions are due this quarter?", owners=[HELEN, DANIEL], **Q4, expect=6,
    as_=DANIEL, why="1 January - 31 March 2022: Helen 2.2, 3.3, 4.2, 5.3, 7.3, 9.2; none of Daniel's")

# ======================================================================== combined
K = "combined"
ask(K, "Which committee actions on life story work are still open and due before the summer?", meeting=COMMITTEE,
    areas=[7], dbefore="2022-06-01", expect=3, why="before 1 June 2022, overdue kept in: 7.1, 7.2, 7.3 (7.4 is 30 June)")
ask(K, "Only the in-progress ones please: neglect and quality of plans, Helen's, straight from the plan rather "
       "than anything the committee asked for.", st="in_progress", areas=[2, 4], owners=[HELEN], meeting=None,
    expect=2, why="2.2, 4.2")
ask(K, "Self-assessment again. Ruth Okafor leads three areas - has anything in them that the committee asked "
       "for slipped past its date?",
    st="overdue", leads=[RUTH], meeting=COMMITTEE, expect=1, why="Ruth leads 6, 7, 11: 7.2 (6.3 is a plan action)")
ask(K, "Which in-progress actions due by the end of June belong to Leo or Ruth?", st="in_progress",
    owners=[LEO, RUTH], dto="2022-06-30", expect=3, why="6.1, 7.4, 11.6 (11.4 is due 31 July)")
ask(K, "What in Tom Brennan's areas hasn't started yet and is due by the end of the financial year?",
    st="not_started", leads=[TOM], dto=FY_END, expect=1, why="Tom leads 3, 5, 12: 3.3")
ask(K, "Of the overdue actions, which are owned by Priya Shah or Daniel Cross and sit in one of the areas they "
       "lead?", st="overdue", owners=[PRIYA, DANIEL], leads=[PRIYA, DANIEL], expect=1,
    why="areas 1, 2, 4, 8, 9, 10: 9.3 (Daniel's 7.2 is in area 7); read per person it is the same")
ask(K, "Partnership working and corporate parenting: which committee actions are in progress and due in June?",
    st="in_progress", areas=[11, 12], meeting=COMMITTEE, dfrom="2022-06-01", dto="2022-06-30", expect=2,
    why="11.6, 12.4")
ask(K, "Of the plan's own actions (not the committee's), which haven't started and aren't due until after the "
       "financial year end?", st="not_started", meeting=None, dafter=FY_END, expect=1,
    why="4.3 (3.3 is due 31 March; 1.5 and 10.5 came from the committee)")
ask(K, "Audit actions owned by Helen that are still open and due in Q4?", rx=r"audit", owners=[HELEN], **Q4,
    expect=4, why="'audit' in titles, 1 January - 31 March 2022: 2.2, 3.3, 5.3, 7.3")
ask(K, "Among the corporate parenting and permanence actions, which in-progress ones aren't Ruth's and are due "
       "this financial year?", st="in_progress", areas=[6, 11], owners=everyone_but(RUTH), dfrom=FY_START,
    dto=FY_END, expect=1, why="11.5 (Anita's); 11.6 is due 30 June")
ask(K, "My committee actions that aren't overdue and are due by the end of June?", st="not_overdue",
    owners=[PRIYA], meeting=COMMITTEE, dto="2022-06-30", expect=3, as_=PRIYA, why="9.4, 9.6, 10.3")
ask(K, "In my areas, what's open from the plan rather than the committee?", leads=[TOM], meeting=None, expect=4,
    as_=TOM, why="Tom leads 3, 5, 12: 3.1, 3.3, 5.2, 5.3 (12.4 came from the committee)")
ask(K, "In corporate parenting, what's open that other people own and is due before the summer?", areas=[11],
    owners=everyone_but(RUTH), dbefore="2022-06-01", expect=1, as_=RUTH, why="11.5 (11.6 is due 30 June)")
ask(K, "Workforce actions the committee added that haven't started and are due in 22/23?", st="not_started",
    areas=[10], meeting=COMMITTEE, dfrom="2022-04-01", dto="2023-03-31", expect=1, as_=SAM,
    why="1 April 2022 - 31 March 2023: 10.5 (10.4 is due 28 February)")
ask(K, "Which of my plan actions are in progress and due before the visit? It's the week of 7 March.",
    st="in_progress", owners=[HELEN], meeting=None, dbefore=VISIT, expect=3, as_=HELEN,
    why="before 7 March 2022, overdue kept in: 2.2, 5.3, 9.1")

# ======================================================================== meetings
K = "meetings"
ask(K, "Reading back through the papers: item 23, the workforce update - list every action it produced please.",
    st="all", meeting=NOV, expect=7, why="item 23 = 10 November 2021: 1.5, 9.3, 9.4, 10.4, 10.5, 11.3, 12.4")
ask(K, "When the plan first went to committee in June 2019, did that meeting set any actions of its own?", st="all",
    meeting=JUN19, expect=0, why="19 June 2019 set no action: a real empty list")
ask(K, "The meeting that praised the service's workforce development work - which of its actions are still "
       "open?", meeting=NOV, expect=6,
    why="resolution 23.3.1 names the 10 November 2021 meeting: 1.5, 9.3, 9.4, 10.4, 10.5, 12.4")
ask(K, "At the Children We Care For meeting members asked about fostering campaigns. Which of that meeting's "
       "actions are in progress?", st="in_progress", meeting=JAN, expect=2, why="12 January 2022: 11.4, 11.6")
ask(K, "Looking at minute 42.2 in the January minutes: list whatever it generated, any status.", st="all", meeting=JAN, minute="42.2",
    rx=r"statutory visits performance information|in-house foster carers", expect=2, why="9.5, 11.6")
ask(K, "Resolution 42.3.3 - who has the action from it?", intent="action_detail", ref="9.6", fact="owner",
    why="resolution 42.3.3 created 9.6")
ask(K, "The committee that asked the Cabinet Member to keep it posted on partners in buildings early help is "
       "leaving: of what that meeting set, what has nobody started?", st="not_started", meeting=NOV, expect=4,
    why="resolution 23.3.4 names the 10 November 2021 meeting: 1.5, 9.3, 10.4, 10.5")
ask(K, "For the notes: of the item 39 actions, which are still being worked on?", st="in_progress",
    meeting=OCT19, expect=4, why="item 39 = October 2019: 7.1, 7.2, 7.4, 10.3")
ask(K, "Has anything the 12 January 2022 committee asked for already gone overdue?", st="overdue", meeting=JAN,
    expect=1, why="9.5 (due 31 January)")
ask(K, "Minute 39.5 on life story work - everything it set, done or not.", st="all", meeting=OCT19,
    minute="39.5", rx=r"Life story work training|life story book", expect=2, why="7.1, 7.4")
ask(K, "For the log: what did the meeting before last ask Sam to do?", st="all", meeting=NOV, owners=[SAM],
    expect=1, as_=CHRIS, why="the meeting before last = 10 November 2021: 10.4")
ask(K, "Back in autumn 2019 the committee noted the end of the Commissioner's work. Of the actions that meeting "
       "set, which still aren't finished?", meeting=OCT19, expect=5, as_=JO,
    why="resolution 39.8.1 names the October 2019 meeting: 7.1, 7.2, 7.3, 7.4, 10.3")
ask(K, "What did resolution 39.8.4 ask for, and did we deliver it?", intent="action_detail", ref="12.3",
    as_=MORGAN, why="resolution 39.8.4 created 12.3 (Morgan's)")
ask(K, "Which of the 2019 committee's life story actions are mine?", st="all", meeting=OCT19, areas=[7],
    owners=[GRACE], expect=1, as_=GRACE, why="7.1")
ask(K, "How many actions did the Children We Care For item leave with me?", st="all", meeting=JAN,
    owners=[RUTH], fact="count", expect=2, as_=RUTH, why="12 January 2022: 9.5, 11.4 (both outstanding)")

# ======================================================================== chatter
K = "chatter"
ask(K, "Hello! I'm the new parent governor rep on the scrutiny committee 👋", intent="help",
    why="Greeting and introduction alone")
ask(K, "Ah brilliant, cheers - that saves me digging through the action log.", intent="unknown", why="Thanks alone")
ask(K, "In a nutshell, how is the Children First plan doing overall? I need a paragraph for the "
       "self-assessment.", intent="summary", why="Overview of the whole plan; the self-assessment is news")
ask(K, "Fwd: fostering fortnight\n\n> Reminder that the fostering information evening is on Thursday 24 February "
       "at 6pm at County Hall North.", intent="unknown", why="A forwarded note with no question")
ask(K, "Not sure what this thing does - is it only for the improvement plan, or can I ask it other stuff?",
    intent="help", why="Asks what the bot can do")
ask(K, "Morning all, chaos in the MASH today 😅 Quick q while I've got a sec: when is 9.2 due?",
    intent="action_detail", ref="9.2", fact="due", why="the question inside the small talk")
ask(K, "What's not started in private fostering? Scratch that - in recruitment and retention.",
    st="not_started", areas=[10], expect=2, why="'scratch that' = the corrected question alone: 10.4, 10.5")
ask(K, "Does anyone know where the visitor badges for the Ofsted inspectors are kept?", intent="unknown",
    why="Off-topic question")
ask(K, "Fwd: audit planning\n\n> Could you let me know which QA actions haven't been started yet?\n\nOver to you, "
       "bot.", st="not_started", areas=[9], expect=3, why="the quoted question is the question: 9.3, 9.5, 9.6")
ask(K, "Thanks so much - I'll pass that on to the team.", intent="unknown", why="Thanks alone")
ask(K, "Thank you, that's exactly what I needed for cabinet on Thursday.", intent="unknown", as_=JO,
    why="Thanks alone")
ask(K, "Hi, Chris from democratic services here. Where do I start with this?", intent="help", as_=CHRIS,
    why="Greeting and asks where to start")
ask(K, "Hope everyone had a good weekend. Something I've been meaning to ask: how many actions have I closed?",
    st="complete", owners=[TOM], fact="count", expect=3, as_=TOM,
    why="the question inside the small talk; 'closed' = complete: 5.1, 12.1, 12.2")
ask(K, "List my not-started ones - actually, make that Priya's in-progress ones.", st="in_progress",
    owners=[PRIYA], expect=3, as_=DANIEL, why="'actually, make that' = the corrected question alone: 2.3, 9.4, 10.3")
ask(K, "Off to a PEP meeting now, speak later!", intent="unknown", as_=ANITA, why="Sign-off alone")

# ======================================================================== hand the specs to build.py
hand_over()
