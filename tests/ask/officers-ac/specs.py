# Evaluation questions for Improvement Tracker (set ac): 150 questions, 15 per kind, in the order
# ordinary, negation, periods, wordforms, deliverables, facts, people, combined, meetings, chatter.
# Labelled by tests/ask/officers/build.py from data/children-first.json (the same file as
# /work/shared/fixtures/children-first.json; "today" = Tuesday 2022-02-01, Europe/London); no action id is
# typed here: each spec is a set of filters (status st, areas, owners, leads = the areas a person leads,
# meeting = the source, due-date bounds dfrom / dto / dbefore / dafter, a title regex rx or nrx, minute,
# fact, ref for action_detail, as_ = the asker's person id), and build.py computes every list from them and
# checks it against the spec's expected count. Title regexes match case-insensitively. Written without
# reading the bot's code or running it (nothing under src/ or scripts/ was read, and neither the bot nor
# its evaluation was run); every question is new, and each was compared against every earlier set's
# questions (tests/ask/*.jsonl, officers-aa-* and officers-ab-* included) and reworded where it came near one.
# Split (fixed before labelling): within each kind, positions 3, 6, 9, 12, 15 (1-based) go to holdout
# (officers-ac-holdout.jsonl, 50 lines); the rest go to officers-ac-dev.jsonl (100 lines).
#
# How this file is labelled (the same machinery as sets x, y, z, aa and ab). build.py exec()s this file in its
# own namespace and labels every spec with its own label(); that label() knows st, areas, owners, leads, rx,
# dfrom / dto / dbefore, meeting (compared with ==), fact, ref, as, note and whyx. The ask() in
# tests/ask/officers/spec_words.py (exec()d after the conventions) turns set x's spec words into those and
# nothing else: as_ -> as; why -> note (whyx for help / unknown / summary); dafter D -> dfrom D + 1 day;
# meeting=None (the plan itself), meeting=COMMITTEE (any committee meeting) or a list of meetings -> a small
# object that == matches exactly those sources; nrx -> a negative look-ahead joined to rx. ask() refuses
# (assert) a spec whose nrx removes nothing, whose minute rx does not pick exactly that minute's actions, or
# whose rx / nrx picks a different list on titles alone than on title + measure (build.py searches both, the
# conventions search titles). build.py's --split sends the 2nd, 5th, 8th ... spec of each kind (index % 3 ==
# 1) to holdout; so that positions 3, 6, 9, 12, 15 go there instead, ask() only collects the specs, and the
# hand_over() called at the end of this file hands each kind to build.py three at a time as the 1st, 3rd,
# 2nd, which keeps both files in the written order. Run from the repository root:
#   python3 tests/ask/officers/build.py tests/ask/officers-ac/specs.py --split \
#       tests/ask/officers-ac-dev.jsonl tests/ask/officers-ac-holdout.jsonl
#
# Angle of this set: the evening before and the morning after a committee meeting, and how people really type in
# Teams channels. Every question is asked today (Tuesday 1 February 2022), either on the evening before the select
# committee's pre-meeting (the chair's briefing that settles the agenda and goes through the action log for the
# spring meeting on 16 March) or on the morning after last night's Corporate Parenting Panel. Five registers: (1)
# channel messages that @mention the bot, written as Teams delivers them in the text ("<at>Improvement
# Tracker</at> ..." at the start, in the middle or at the end, on its own line or not) or typed as "@Improvement
# Tracker ..." without the mention resolving; the mention always names the bot, never a person or a filter; 32 of
# the 150 (about a fifth), spread over every kind; (2) replies that quote someone else's earlier message, or a line
# of the minutes, with "> " lines and then ask about it; each is answerable on its own, because the quoted text
# names the area, person, work, resolution or meeting asked about; (3) Teams formatting: bold (**...**), bullets
# ("- " and "• "), line breaks, a question on the second line after a greeting line, a notice with a bold
# "Reminder:"; (4) councillors - the chair, the vice-chair, the opposition spokesperson and opposition members, none
# of them a person in the data, so none has an "as" - asking in a formal or political register ("Could officers
# confirm ...", "I would be grateful to know ...", "Can officers set out ...", "Can the Cabinet Member assure the
# committee ...", "Could Mr Cross confirm ..."); (5) the clerk, Chris Dunn (as_ his id), preparing the action log
# and the March agenda. Every person in the data asks at least once with "as" set to their id: Morgan Hale, Priya
# Shah, Ruth Okafor, Tom Brennan, Daniel Cross, Helen Marsh, Grace Adeyemi, Sam Whitfield, Leo Fitzgerald, Anita
# Rao, the Cabinet Member Cllr Jo Pearce and the clerk Chris Dunn; the councillors, a business support officer and
# several unnamed channel members ask with no "as". Typing varies: formal, terse, lower case, abbreviations,
# search-box fragments. Never more than two typos in a question. No question holds any child's personal data (no
# child is named or described; children appear only as groups the plan serves, such as children looked after).
#
# All of set ab's conventions are carried over exactly as its header states them. Its text follows verbatim
# (in it, "this set" means set ab, "set aa / z / y / x / w / v / u / t / s" are the sets it names, and "build.py
# (in this folder)" is the labeller; what set ab calls its own conventions ("Conventions decided for set ab") are
# the last block before this set's):
#
# All of set aa's conventions are carried over exactly as its header states them. Its text follows verbatim
# (in it, "this set" means set aa, "set z / y / x / w / v / u / t / s" are the sets it names, and "build.py (in
# this folder)" is the labeller; what set aa calls its own conventions ("Conventions decided for set aa") are
# the last block before this set's):
#
# All of set z's conventions are carried over exactly as its header states them. Its text follows verbatim
# (in it, "this set" means set z, "set y / x / w / v / u / t / s" are the sets it names, and "build.py (in this
# folder)" is the labeller; what set z calls its own conventions ("Conventions decided for set z") are the
# last block before this set's):
#
# All of set y's conventions are carried over exactly as its header states them. Its text follows verbatim
# (in it, "this set" means set y, "set x / w / v / u / t / s" are the sets it names, and "build.py (in this
# folder)" is the labeller; what set y calls its own conventions ("Conventions decided for this set") are the
# last block before this set's):
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
#
# Conventions decided for set z (decided once, applied throughout; none contradicts sets s-y; each edge below
# was checked against the fixture so that a neighbouring reading gives the same list):
# - When the askers write. Every question is asked on today's date (Tuesday 1 February 2022) about summer and
#   autumn 2022 ahead of time: "overdue / late / behind / past their date / slipped" stay relative to today,
#   and no question is written as if from inside the summer.
# - The occasions here are news and set no filter: annual council and the new municipal year as context, the
#   new / incoming committee chair (not a person in the data: never an owner, a lead or "as"; "the chair" is
#   never a filter), the plan's annual review and refresh and its workshop or dashboard and RAG tiles, Ofsted's
#   annual engagement meeting and the LGA peer challenge when no date is given with a period word, "the front
#   door" (sets no MASH topic), the corporate parenting annual report (sets no area 11, though "corporate
#   parenting" is its keyword; a question that wants area 11 names it apart), the IRO service's annual report,
#   the interim Director's handover notes (set w's interim, who owns and leads nothing; Morgan Hale stays the
#   Executive Director), an internal audit review, its scoping, sample, audit plan or audit trail (no audit
#   topic), the workforce plan and the workforce board and slide, EHCP reviews, a newsletter to parents, the
#   forum and its newsletter, a practice forum, an exceptions report, a restructure, a quarterly dashboard,
#   admissions appeals, the annual council report, a coffee with the chair, a decent break, the weather, the
#   SENDIASS drop-ins. The askers' roles are news even when they hold an area keyword or a title word:
#   "internal audit" sets no audit topic; "HR business partner" sets no area 12 ("partner") and no owner;
#   "IRO service manager" sets no IRO topic (4.2); "SEND casework officer" sets nothing; "designated nurse for
#   looked-after children (health side) / health here" sets no area 11 and no health assessment topic (11.4);
#   "police partner in / police side of the MASH" sets no MASH topic (10.3); "school governor" sets nothing;
#   "I manage one of the residential children's homes" sets no residential topic (7.1's title names
#   residential workers); "parent carer forum rep" sets no foster carer or carer topic; "analyst in the
#   performance team / performance analyst" sets no performance topic (9.2, 9.4, 9.5 titles hold
#   "performance") and is not Helen Marsh (Head of Quality Assurance and Performance). "My staff / my team /
#   my IROs / our homes / parents in our forum" from someone not in the data set no owner (set u).
# - Dates the askers state (as set x's visit and set y's budget council, each setting a period only with a
#   period word in the question): annual council = Friday 20 May 2022; Ofsted's annual engagement meeting =
#   Thursday 23 June 2022; the LGA peer challenge = the week commencing Monday 12 September 2022 (12 - 18
#   September, set v's w/c rule). Nothing falls due 1 May - 29 June, 1 - 30 July or 1 August - 29 September
#   2022, and nothing after 30 September 2022, so: "the six weeks after annual council (Friday 20 May)" = 21 May
#   - 1 July 2022 (D + 1 to D + 42, as "the fortnight after D"), the five 30 June deadlines, the same for any
#   start in May and any end from 30 June to 30 July; "due on or before the engagement meeting (23 June)" and
#   "excluding anything due after the annual engagement meeting on Thursday 23 June" = due on or before 23 June
#   2022, overdue kept in (before 23 June gives the same); "after Ofsted's annual engagement meeting on 23 June"
#   = due after 23 June 2022; "between the Ofsted engagement meeting on 23 June and the start of the summer
#   holidays" = 24 June - 22 July 2022; "the peer challenge (w/c 12 September) ... that week itself" = 12 - 18
#   September 2022, a real empty list; "before the peer challenge (w/c 12 September)" = due before 12
#   September 2022, overdue kept in (any day of that week gives the same); "between annual council on 20 May
#   and the peer challenge, w/c 12 September" = 20 May - 11 September 2022; "due before annual council (Fri 20
#   May)" = due before 20 May 2022, overdue kept in; "from annual council on Friday 20 May to the end of July" =
#   20 May - 31 July 2022, the end inclusive (the three 31 July deadlines inside). "The plan's annual review
#   workshop is early September" states no date and sets nothing.
# - More periods: "the school summer holidays" stay set w's 23 July - 2 September 2022 ("schools break up on
#   Friday 22 July and go back after 2 September ... while they're off" is that span; "before the summer
#   holidays (start on 23 July)" = due before 23 July 2022, overdue kept in, and before 1 July gives the same).
#   "The autumn term 2022" = Monday 5 September - Friday 16 December 2022 (the summer holidays end Friday 2
#   September, set s); only 4.3 (30 September) falls in it, so any start in August or September up to 30
#   September and any end from 30 September gives the same. The bare "autumn term" keeps set u's 2021 meaning
#   and is not asked here. "Q2 of 2022/23 / the July-September return" = 1 July - 30 September 2022 (set u's
#   "Q2 of next financial year"), the end inclusive (4.3 inside). "H1 2022 / the first six months of this
#   calendar year" = 1 January - 30 June 2022, the end inclusive (the five 30 June deadlines inside), the two
#   overdue 31 January deadlines kept as any range keeps them. "Since the start of the year" = since 1 January
#   2022 (the calendar year, not the financial year), before today: the two 31 January deadlines. "By the end
#   of the calendar year" = due on or before 31 December 2022, overdue kept in: every outstanding action. "By
#   the end of Q1 2022/23" = due on or before 30 June 2022, overdue kept in (set t's "Q1 of 22/23" ends 30
#   June). "July or August" = 1 July - 31 August 2022. "Over the summer / in the summer" = June - August 2022,
#   "due in June / in July" = that month of 2022, "before the new municipal year" = due before 1 May 2022
#   (all carried). A season or month inside the name of a piece of work or a resolution ("the summer workforce
#   report", "a summer update on IHA performance") sets no period.
# - Statuses: "still need doing / still to do / still open / open / on the go / still on the go / o/s / still
#   o/s / what's left on my list / needs finishing / should be finished / still not done" of a list =
#   outstanding, and "what lands / what falls due / anything due" with no status word = outstanding (carried);
#   "closed off / been closed off / signed off / done / already done / finished / been finished / actually been
#   completed / already delivered / the completed ones" = complete; "being worked on right now / underway / in
#   progress right now" = in progress; "stuck" = blocked; "nobody's started / never started / have yet to be
#   started / hasn't been picked up at all / not kicked off / not been started / hasn't started" = not started;
#   "whatever state it's in / any status is fine / done or not" = every status; "slipped / running late /
#   already late / overdue / behind" = overdue; "red" = overdue
#   (carried); "neither late nor stuck" = outstanding and due on or after today (the one blocked action, 6.3,
#   is overdue); "was anything put on X" of a minute = every status (a meeting question). Where a question
#   with no status word asks about committee actions or a meeting's actions (Ruth's committee ones less 11.4;
#   the committee actions due between annual council and the peer challenge), every matching action is
#   outstanding, so the meeting rule (every status) and the list rule (outstanding) give the same list.
# - Negation: "leaving life story work and QA to one side - what else is overdue" = overdue in every area but
#   7 and 9; "open with anyone other than Helen Marsh" = every owner but Helen; "only what the committee added
#   - nothing from the original plan, and nothing that's complete" = outstanding actions of any committee
#   meeting; "leaving the four area leads out of it" = everyone but the area leads; "isn't a training action"
#   leaves out titles holding "train" (nrx; 4.2, 7.1); "not bothered about anything X owns - what else" and
#   "set aside X's and Y's - what else" = every owner but those named; "everything open in X's areas, bar the
#   quality of plans ones" = the areas X leads but 4; "strip out anything committee-generated ... from the
#   original plan" = the plan; "setting my own three areas aside, what's running late elsewhere" (Tom) = every
#   area but 3, 5 and 12; "anything open that isn't in <area>" = every area but that one ("pulled into other
#   areas" is news); "just my committee ones ... drop the initial health assessments action" = my actions of
#   any committee meeting less 11.4 by its title (nrx "health assessments"); "excluding anything due after X" =
#   due on or before X (set t); "I don't need the ones I've already got going - what of mine hasn't been picked
#   up at all" = my not-started actions.
# - People: "the four area leads / my four area leads" (Morgan) = Priya, Tom, Ruth, Daniel; "Marsh, Okafor or
#   Cross" and "Brennan, Whitfield or Rao / Brennan or Marsh" = those people (set u's surnames); "Cllr Pearce" =
#   Cllr Jo Pearce; "the Principal Social Worker and the Virtual School Head", "the Virtual School Head ... and
#   Cllr Pearce", "the Deputy Director for Frontline Services and the AD Early Help" = the people their job
#   titles name (carried); "Between Helen and me" (Daniel), "Is either Sam or me" (Grace), "Okafor, Cross and
#   me" (Priya) = the named people and the asker; "Anita, Leo, Jo - those three" = Anita Rao, Leo Fitzgerald,
#   Cllr Jo Pearce. "X and Y own between them, done or not / any status" = every status. "Do X or Y have
#   anything open? ... accountable at the top" = their outstanding actions (a real empty list: Morgan's 12.3
#   is complete and Chris owns none). "Priya and I agreed it was done" inside a deliverable names no owner.
# - Facts: "our audit plan needs a named director against each area. Who's it for X?", "which director does X
#   come under, as an area", "is Ruth still the lead for X as an area", "am I still down as the lead for X as an
#   area" = the area's lead (fact person, its outstanding actions as the list); "the count of open actions in
#   X's name" and "count of my actions that nobody has started" = counts of those lists; "of the actions that
#   were in the original plan (leave the committee's additions out), what number are complete" = count of
#   complete plan actions; "what's the red count" = count of overdue actions; "who's on the hook for PEPs being
#   kept up to date" = 11.5's owner; "who owns X - me or Tom?" = X's owner; "when is the action on writing plans
#   with children and families, in their own words, due" = 4.3's due date; "resolution 23.3.3 ... when's that
#   update due", "resolution 42.3.2 ... the due date on the action behind it" and "is that still down for the
#   end of June" (Jo, 12.4) = those actions' due dates. "Which (committee) meeting did X come from / where did
#   X originate / which meeting added it" about one action = X's detail with no fact field (the line format
#   has no fact for a source; the detail shows it), as set t's "what evidence"; "what's the success measure
#   for X" = X's detail with no fact field (set t); "is 7.1 done yet" and "where's 6.3 at" = that ref's detail.
# - Meetings: "the 10 November 2021 committee" = 10 November 2021; "item 23, the workforce one" = 10 November
#   2021 (set w); "the meeting where members asked who assesses the age of unaccompanied asylum-seeking
#   children" = minute 42.2 = 12 January 2022 (what was asked names the meeting); "minute 42.2 (the January
#   Q&A) ... put on Ruth Okafor" = 12 January 2022 plus an rx that picks exactly 9.5 and 11.6, owner Ruth,
#   every status; "three of our homes were rated Outstanding and the committee passed on its thanks at that
#   meeting" = resolution 42.3.1 = 12 January 2022 (set u); "item 39 back in 2019 ... anything on the MASH" =
#   October 2019 plus the MASH topic (10.3); "life story work from the October 2019 committee" = October 2019,
#   area 7; "minute 39.5 of the 2019 committee" = October 2019 plus an rx that picks exactly 7.1 and 7.4; "the
#   last committee" = 12 January 2022 (carried); "were all the minute 39.4 actions given to me" = the minute's
#   actions, every status (8.3, 8.4, 10.3, all Priya's, so narrowing to her gives the same); "the meeting
#   where the new leadership team introduced themselves to the committee" = minute 39.2 = October 2019;
#   "minute 39.7 and resolution 39.8.5 ... are they closed?" = October 2019 plus an rx that picks exactly
#   12.1 and 12.2, every status (whether named work is done is asked of the work, set x).
# - Topic words and word forms searched in titles (set s's rule): "managr-held" = "manager-held" (8.3);
#   "statutary visits" = "statutory visits" (9.5, 9.6); "quaterly" = "quarterly" in titles (5.3, 7.3; a topic
#   word, not a period); "protocols" = "protocol" (3.1, 6.2); "being surveyed" = "survey" (10.4, 10.5); "the
#   MASH" = \bMASH\b (10.3). Area keywords in other forms: "corperate parenting" = corporate parenting (11);
#   "quallity of plans" = quality of plans (4); "neglct" = neglect (2); "manegement oversight" = management
#   oversight (8); "lifestory" = life story (7); "Q.A." = QA (9); "drift" (4), "transfer points" (1),
#   "children looked after" (11), "foster to adopt" (6), "case recording" and "return home interviews" (5),
#   "recruitment & retention" (10) as the fixture lists them. "The PSW" = Grace Adeyemi; "o/s" = outstanding.
# - Deliverables named in the askers' words (each one action, st="all", whatever the status-like verb: "was
#   that ever completed / is that action on track / has it gone online yet / is it actually in use / how's
#   that going / has that report actually been started / actually had the training / is that still an open
#   action / actually involved / has the council got there / did I ever circulate them / where are we on /
#   been ticked off on here / is that action closed now / did Daniel ever send it / closed off yet / what's
#   holding it up / where have we got to on / are the assessment teams using them yet"): "a delivery model that
#   cuts the number of times children get passed between teams" = 1.1 (not area 1); "keeping every child in care's
#   education plan current" = 11.5; "the updated practice guidance ... online" = 1.4; "the pre-birth protocol
#   for unborn babies" = 6.2 (not area 6); "getting agency headcount down in the frontline teams, the MASH
#   included" = 10.3; "the summer workforce report to committee" (turnover and agency figures) = 10.5 (not
#   area 10); "the drift-challenge training for my IROs and the conference chairs" = 4.2 (not area 4); "the
#   child protection performance section that's meant to go in every improvement update" = 9.4; "young people
#   and youth groups involved in writing the Children First Strategy" = 12.1 (not 12.2); "every adopted child
#   gets a life story book before the order" = 7.4 (not area 7); "the latest statutory visits figures I
#   promised to send members" (Ruth) = 9.5 (not 9.6); "making life story work visible in Mosaic" = 7.2; "my
#   neglect toolkit action" (Grace) = 2.1; "the social worker pay and reward offer" = 10.1; "the detailed
#   report for members on families being re-referred" = 9.3; "managr-held cases on the daily lists" = 8.3;
#   "the monthly permanance panel revew" = 6.3; "inital health assesments" = 11.4; "electronc workbooks" =
#   5.2.
# - Chatter: "no wait, <area>, sorry" = the corrected question alone, the area replaced (as "sorry, I meant");
#   "Can you pull Ruth's overdue ones? Actually, scrap that, I need Tom's" replaces the person (carried); a
#   forwarded note from the ICB whose quoted text asks who owns the initial health assessments action is that
#   question (11.4's owner); a forwarded note about a dashboard refresh with "no action needed" = unknown;
#   "Hello! Internal audit - I've just been given access ... Where do I start?" and "I'm new to using this
#   side of things - what sort of stuff can you tell me?" = help; "Good afternoon from a very warm County Hall"
#   = a greeting alone, help; "Cheers - that sorts the workforce slide", "Thanks, I'll get that into the action
#   log" and "Thanks - that's the last bit the interim Director needed for her handover notes" = thanks,
#   unknown; "Sorry, ignore that - I hit send too early" = an apology, unknown; "Does anyone know whether the
#   SENDIASS drop-ins carry on through the summer holidays?" = an off-topic question, unknown; "five minutes
#   with the new committee chair ... the headline on the improvement plan as a whole" = summary; "Morning all,
#   lovely sunny one. While I think of it - ..." and "Hi, hope you all had a decent break. Quick q - ..." = the
#   question inside the small talk.
#
# Conventions decided for set aa (decided once, applied throughout; none contradicts sets s-z; each edge below
# was checked against the fixture so that a neighbouring reading gives the same list):
# - When the askers write. Every question is asked on today's date (Tuesday 1 February 2022) in the middle of
#   ordinary work; "overdue / late / slipped / missed" stay relative to today. "Today", "this afternoon",
#   "tomorrow", "at 3" and "on my phone" in the asker's context are news.
# - The occasions here are news and set no filter: sick leave, long-term sick leave, a phased return, paternity
#   or maternity leave, "a fortnight off", "four months off", being back at work; a first week, a new starter's
#   induction pack, "who does what / who's who"; monthly supervision, a round of supervisions, supervision prep,
#   supervision notes, a supervision group chat, "in supervision with X", "X's supervision is tomorrow", "the
#   leads' supervisions", "between two supervisions"; the tracker spreadsheet and its rows, columns, cells, tabs,
#   RAG column, month-end update, "my copy" of it, the log, a team page; the digest card, an action card, a
#   meeting card, the overdue card, "the card you sent me", a reply in a thread; a call in five minutes, school
#   visits, PEP meetings, the car, snow and working from home, an office car park, a catch-up with the chief
#   exec, covering for a colleague who is away, the virtual school's own improvement plan. "Supervision" as the
#   asker's occasion sets no area 8 (though "supervision" is its keyword) and no supervision topic; a question
#   that wants area 8 names it as an area ("management oversight"). A number inside an absence ("four months
#   off") sets no area 4 and no period. The askers' roles are news: "business support (officer)", "team manager /
#   a TM / my TM", "senior practitioner", "newly qualified social worker in one of the assessment teams" (sets no
#   assessment-teams topic, though 2.3 and 5.2 titles hold it). People the askers mention who are not in the data
#   ("my senior practitioner", "a student", "a worker", "one of my workers", "my manager", "my TM", "the chief
#   exec") own and lead nothing and are never a filter or "as"; someone not in the data who says "I / my / our"
#   sets no owner (set u).
# - Absence as a period. A date of absence sets a period only when the question asks about deadlines inside it
#   ("while I was away / gone", "since I joined"); said only as context ("I've been off since October. ... what's
#   in life story work?") it is news (a date that is only news sets no period, carried). "Off since the start /
#   beginning of October ... deadlines that came and went while I was away and still aren't done" = due on or
#   after 1 October 2021 and before today, outstanding (set s's "since D"): the seven overdue (nothing
#   outstanding falls due before 31 December 2021, so any start up to 31 December gives the same); "... which
#   actions got completed while I was gone" = complete and due 1 October 2021 - 31 January 2022 (set u's
#   "completed in <period>"): 3.2, 10.1 (31 October) and 11.3 (10 December); any start from 1 to 31 October gives
#   the same (2.1 and 8.1 fall due 30 September, so "since the end of September" is not asked). "In life story
#   work, what was due while I was away (off since the start of October) and still isn't done" = 7.2. "I started
#   on Monday 24 January ... fallen due since I joined that's still open" = due 24 - 31 January 2022: 5.3, 9.5
#   (nothing falls due 1 - 30 January, so any start in January gives the same).
# - Periods around today (all checked: nothing falls due 1 - 27 February, 1 - 30 March, 1 - 29 April or 1 August
#   - 29 September 2022, or in November 2021). "Yesterday" = Monday 31 January 2022 ("which deadlines from
#   yesterday did we miss" = overdue and due that day: 5.3, 9.5). "The rest of this week" = today - Sunday 6
#   February 2022, overdue left out: a real empty list (any end up to 27 February gives the same). "This week"
#   and "last week" are not asked, and no question carries "this week" or "this month" even as context (31
#   January, a Monday with two deadlines, is in this week, and a "last seven days" reading of last week would
#   take it in; "this month" = February, carried, would turn context into a filter): "doing my monthly
#   supervisions", "supervision round coming up" and "supervising the area leads at the moment" are news. "The
#   next ten working days" = today - Tuesday 15 February 2022, overdue left out: a real empty list. "The next
#   five weeks" = today - 8 March 2022 (today + 35, set s's "next N weeks"): in recruitment and retention's
#   not-started committee actions, 10.4. "Between today and mid-March" = today - 15 March 2022, overdue left out:
#   2.2, 10.4 (any end from 1 to 30 March gives the same). "Over the next month / the coming month" is not asked
#   (it would sit beside "next month" = March 2022, carried). "The week after (February) half-term" = w/c Monday
#   28 February = 28 February - 6 March 2022 (half-term 21 - 25 February and the w/c rule, carried): 2.2 and 10.4
#   fall due on 28 February, and reading the week as 26 February - 6 March gives the same. "The rest of Q4 / left
#   ... in the rest of Q4" = today - 31 March 2022, overdue left out (as set t's "the rest of the spring term").
#   "The last two months" = due on or after 1 December 2021 and before today (set t's "last N weeks", as set w's
#   "last twelve months"); nothing falls due in November 2021, so a start from 1 November gives the same;
#   "deadlines have passed with the work still open" = outstanding. "My next round of supervisions is on Tuesday
#   1 March ... what falls due before then" = due before 1 March 2022, overdue kept in (as "before X"); on or
#   before 1 March gives the same. "Between now and the end of February" = today - 28 February 2022, overdue left
#   out (carried). "Up to the end of March" = "by the end of March" = on or before 31 March 2022, overdue kept
#   in; "by the end of next month" = the same ("next month" = March, carried). "February and March" = 1 February
#   - 31 March 2022 (as "this month and next"). "The March column / the March tab" is news; "due in March / a
#   March deadline / everything with a March deadline" in the same question is the period (1 - 31 March 2022).
#   "This quarter" = 1 January - 31 March 2022 (carried). "Should land by 30 June" = on or before 30 June 2022,
#   overdue kept in. "A deadline after the summer" = due after 31 August 2022 (summer = June - August, carried);
#   reading it as after the summer holidays (2 September) gives the same (only 4.3, 30 September).
# - Speech-to-text (the Teams mobile app). Homophones are read as the word meant: "four" for "for" ("overdue
#   actions four tom brennan", "the lead four area eleven", "life story book four adopted children", "the housing
#   protocol four homeless ... year olds", "the health assesments action four children in care") sets no area 4
#   and no number; "the for area leads" = the four area leads; "to" for "two" ("the to ADs" = the two ADs) and
#   "two / too" for "to" ("got two do" = got to do = outstanding; "go too councillors" = go to councillors; "two
#   sign" = to sign); "accept for" = "except for"; "there" for "their"; "marshes" = Marsh's; "oversite" =
#   oversight (area 8's keyword "management oversight"). "Full stop", "comma" and "question mark" typed out are
#   punctuation and carry no meaning; a run-on sentence with no punctuation is read as the question it says
#   ("comma I need it for a call in five minutes" is news). Numbers spelt out: "area seven / area eleven / area
#   two and area five" = those areas; "seven point two" = ref 7.2 (action_detail); "item forty two" = item 42 =
#   12 January 2022; "sixteen and seventeen year olds" = 16 and 17 year olds. Each homophone counts as one of the
#   (at most two) typos.
# - Replies in a thread to a card. The card ("the digest card", "the digest", "the action card", "the meeting
#   card", "the overdue card", "the card you sent me") is news and never narrows the list: each question names
#   what it asks ("Re the overdue card - which overdue ones belong to Okafor or Cross?" names the status itself),
#   so it is answerable on its own.
# - Comparisons. "Side by side / versus / against / for each / from each" asking for two areas', people's or
#   meetings' actions = both in one list (as set x's "each"); "Priya's areas against Ruth's" = the areas each
#   leads (1, 2, 4, 8 and 6, 7, 11); "I want to contrast my areas with everyone else's - what's overdue outside
#   the areas I lead" asks for the other side only (every area but mine). "Which has more, X or Y" is not asked:
#   the answer format has no fact for a comparison.
# - Statuses: "leaving out anything that's already been finished" = outstanding (as "leave out anything already
#   done"); "belong to / in X's name / on X's list" with no status word = outstanding; "got to do / two do" =
#   outstanding; "left for me to deliver" = outstanding; "not finished (yet) / still open / not yet complete /
#   not complete yet" = outstanding; "did we miss" = overdue; "neither overdue nor blocked" = outstanding and due
#   on or after today (6.3, the one blocked action, is overdue, as set z's "neither late nor stuck"); "nobody has
#   started / haven't been started / nobody's begun / not yet begun / still not kicked off / still sitting at not
#   started" = not started; "being worked on at the minute / underway" = in progress; "on the go" = outstanding
#   (carried); "signed off / done / finished / closed off" of a list = complete (carried). "What should that row
#   say now / what's the latest / is it still showing as in progress / still open on here / still waiting on /
#   where are they up to / closed? / signed off / has it gone live / did it get done / is it done yet / is that
#   action closed / ever go" of one named piece of work = the deliverable (st="all" with an rx, set w), never a
#   status filter. "Which rows should now say in progress" of an area = that area's in-progress actions.
# - Negation: "doesn't need QA or recruitment and retention - what's overdue everywhere else" = every area but 9
#   and 10; "an owner who isn't one of the four area leads" = everyone but the area leads; "that is not ruth
#   okafors" = every owner but Ruth; "sit outside the areas Tom Brennan and Ruth Okafor lead" = every area but 3,
#   5, 12, 6, 7, 11; "just the plan's actions, not the committee's" = the plan; "other than the recruitment
#   campaign" of Sam's leaves out 10.2 by its title (nrx "recruitment campaign"); "leaving the audits out" in
#   area 5 leaves out 5.3 (nrx "audit"); "accept for the committee ones" = except the committee's = the plan;
#   "that aren't mine" = every owner but me; "outside the areas I lead" (Ruth) = every area but 6, 7, 11;
#   "leaving quality assurance aside" = every area but 9; "committee actions ... that aren't Priya's or Ruth's" =
#   any committee meeting, every owner but those two; "apart from my PEP action" (Anita) leaves out 11.5 by its
#   title (nrx "personal education plans"; "PEPs" is only in its measure); "outside QA and workforce" = every
#   area but 9 and 10 ("workforce" is an area 10 keyword).
# - People: "Okafor or Cross", "Whitfield and Adeyemi" = those people (surnames, set u); "the Virtual School Head
#   and the Head of Workforce Development" = Anita Rao and Sam Whitfield, and "the Virtual School Head versus the
#   Head of QA" = Anita Rao and Helen Marsh (each job title the person, set t); "Cllr Pearce and the Exec
#   Director" = Cllr Jo Pearce and Morgan Hale; "leo and jo pearce" = Leo Fitzgerald and Cllr Jo Pearce; "Leo,
#   Anita and me ... the three of us" (Ruth) = Leo Fitzgerald, Anita Rao and Ruth Okafor; "Me and the PSW"
#   (Helen) = Helen Marsh and Grace Adeyemi; "Grace and Helen for supervision" (Priya) = those two (the reporting
#   line is news, set x); "the area leads ... the four of them" (Morgan) = Priya, Tom, Ruth, Daniel; "in Tom
#   Brennan's name and in Daniel Cross's" = those two as owners; "sam / sams" = Sam Whitfield's; "Tom here / Ruth
#   here / hi its grace / morgan here" name the asker, who is also "as". "X and Y ... between us / each / across
#   the three of us" = one list of their actions.
# - Facts: "who's in charge of X as an area these days", "who's the lead for X as an area" and "X as an area -
#   which director is accountable" = the area's lead (fact person, its outstanding actions as the list); "due
#   date for <ref>" = that ref's due date; "'QA' in the owner column for <ref> - which person is it actually" and
#   "which person is <ref> assigned to" = its owner; "<ref> - how are we measuring success on that one" = its
#   detail with no fact field (set t's "what's the measure"); "<ref> - was that the November committee or the
#   January one?" = its detail with no fact field (set z's source question); "just the number: X", "a count of X"
#   and "how many X" = the count of X's list ("how many actions are still open across the two areas I lead" from
#   Daniel = count of areas 9 and 10's outstanding actions, 10); "count of the committee-generated actions that
#   are done" = count of complete actions of any committee meeting (7: 7.5, 8.3, 8.4, 11.3, 12.1, 12.2, 12.3);
#   "of my own actions, how many are closed off now" = count of my complete actions; "a count of what's still
#   open in her name" = count of her outstanding actions; "when is my X action due" = X's due date; "resolution
#   23.3.1 - the summer workforce report - whose name is on it" = 10.5's owner (the one action 23.3.1 created;
#   "summer" inside its name sets no period, set z).
# - Meetings: "the January committee" = 12 January 2022, "the select committee on 10 November 2021" and "the
#   November committee" = 10 November 2021, "the committee before last" = 10 November 2021 (carried); "item 39" =
#   October 2019 (carried); "the autumn 2019 committee" and "the 2019 committee" = October 2019 (the June 2019
#   one set none, carried); "item forty two" = item 42; "the committee where members asked about future
#   advertising campaigns for fostering" = minute 42.2 = 12 January 2022 (what was asked names the meeting, set
#   z; "campaigns" there sets no campaign topic, though 3.2 and 10.2 titles hold "campaign"); "the committee that
#   made initial health assessments an area of focus" = resolution 42.3.2 = 12 January 2022, and asked of
#   "anything from it" it is the meeting (as set w read 42.3.2), not 11.4 alone; "minute 39.4 ... any action from
#   it not yet complete" = October 2019 plus an rx that picks exactly 8.3, 8.4 and 10.3, outstanding: 10.3; "the
#   last two committees side by side - open actions from each" = 10 November 2021 and 12 January 2022,
#   outstanding. Two meeting questions have an owner and no status word: Ruth's "anything from it with my name
#   on" (the committee that made initial health assessments an area of focus) is labelled every status, and both
#   its actions (9.5, 11.4) are outstanding, so the list rule gives the same; Priya's "everything the October
#   2019 committee put in my name, done or not" says every status itself.
# - Topic words searched in titles (set s's rule): "audits" = "audit" (carried; Helen's 2.2, 3.3, 5.3, 7.3);
#   "training actions" = "train" (carried; in progress: 4.2, 7.1). Area keywords in other forms: "retension" =
#   retention (10); "assurence" = assurance (9); "unborn babys" = unborn babies (6; an area keyword names the
#   area though 6.2's title holds the same words, set u); "careleavers" = care leavers (11); "oversite" =
#   oversight (8); "vacancies", "care plans", "foster to adopt", "homeless young people", "children we care for",
#   "management oversight" as the fixture lists them; "practice infrastructure" and "permanence planning" are
#   areas 1 and 6.
# - Deliverables named in the askers' words (each one action, st="all", whatever the status-like verb): "the new
#   induction programme ... designing and launching it" = 1.3; "moving the procedures manual online ... can staff
#   use it yet" = 1.4 (not area 1); "family safeguarding ... live in every assessment team" = 2.3; "the row for
#   the thematic audit of neglect practice" = 2.2 (not area 2); "getting the district councils two sign the
#   housing protocol four homeless sixteen and seventeen year olds" = 3.1 (not area 3); "the recording audit due
#   on 31 January" = 5.3 (not area 5; the date is news); "the monthly permanence tracking panel ... still waiting
#   on the Mosaic report" = 6.3 (the Mosaic report is in its update, which is not searched; the rx is the
#   title's); "the online life story training ... residential workers booked" = 7.1; "the February release with
#   the life story form in Mosaic" = 7.2 ("February" inside the name of work sets no period, set z); "my QA
#   framework - the final draft went out to partners in practice" = 9.1 (not area 9 or 12); "the January staff
#   survey ... pushed back" = 10.4 (not 10.5); "the foster carer recruitment I'm running through the hub" (Leo) =
#   11.6 (not area 10); "the return home interview template that got revised to capture intelligence" = 5.1 (not
#   area 5); "the recording workbooks he's piloting with two assessment teams" = 5.2 (its "supervision with
#   Daniel" sets no area 8 and "recording" no area 5); "a dedicated training session for us corporate parents"
#   (Jo) = 11.1 (not area 11); "the report on re referral rates ... go too councillors" = 9.3; "life story book
#   four adopted children" = 7.4 (not area 7).
# - Chatter: "no hang on i mean sams" = the corrected question alone, the person replaced (as "sorry, I meant");
#   "Actually make that area 5" replaces the area (carried); a forwarded note whose quoted text asks a question,
#   with "Can you answer this?", asks the quoted question (carried); "Hi, I'm back after long-term sick leave and
#   have no idea how to use this bot" and "First week in post. Is this where I look up the improvement actions,
#   and how does it work?" = help; "morning everyone full stop" = a greeting alone, help; "Thanks, that's the
#   spreadsheet up to date for February", "Card received, ta - forwarding it to my TM now" and "cheers that has
#   saved me loads of time full stop" = thanks, unknown; "Oops, ignore me, I posted in the wrong place" = an
#   apology, unknown; "Brill, logging off now - see you all tomorrow" = a sign-off, unknown; "Does anyone know if
#   the Chichester office car park barrier is fixed yet?" = an off-topic question, unknown; "give me the big
#   picture on the improvement plan, all areas" = summary; "Morning! Snow's forecast ... Anything stuck in my
#   areas?" and "Afternoon! Between two supervisions here - can you bring up 1.4 for me?" = the question inside
#   the small talk.
#
# Conventions decided for set ab (decided once, applied throughout; none contradicts sets s-aa; each edge below
# was checked against the fixture so that a neighbouring reading gives the same list):
# - When the askers write. Every question is asked on today's date (Tuesday 1 February 2022); "overdue / late /
#   slipped / o/d" stay relative to today. "Tomorrow", "tonight", "later", "Monday's digest" (Monday = 31
#   January) and "on call tonight" in the asker's context are news and set no period (set aa).
# - The partners' and services' roles are news and set no filter, even when they hold an area keyword, a title
#   word, a number or a job-title word: "named nurse for children in care at the ICB", "LAC health team", "LAC
#   nurse", "looked-after children's nurse" set no area 11 and no health assessment topic (11.4) (as set z's
#   designated nurse); "CAMHS (service) manager" sets nothing; "health visitor lead (0-19 service)", "HV lead",
#   "0-19 service lead" set no area 6, no unborn babies topic and no number ("0-19" is no area and no ref);
#   "DS / detective sergeant in the MASH", "police, MASH", "MASH DS" set no MASH topic (10.3) (set z);
#   "head teacher", "primary head", "secondary head", "chair of governors" set nothing; "DSL at a primary
#   school" and "safeguarding lead at a sixth-form college" set no family safeguarding topic (2.3); "housing
#   options officer / team at a district council", "homelessness officer, borough council", "district council
#   housing lead" and "housing" set no area 3 and no housing protocol topic (3.1): a question that wants either
#   names it itself; "youth justice service manager", "YJS manager", "YOS manager" set no youth groups topic
#   (12.1's title); "voluntary sector rep on the children's partnership", "I run a young carers charity and sit
#   on the partnership board", "voluntary sector forum chair", "VCS infrastructure org", "community and
#   voluntary sector lead" set no area 12 (though "partnership" and "partners" are its keywords) and no carer
#   topic; "finance manager for children's services", "finance BP", "finance" set nothing (set t); "legal
#   services", "childcare solicitor", "adoption lawyer", "care proceedings team" set nothing (the adoption
#   lawyer's question names 7.4's work itself). "Our work / our police colleagues / our groups / our school /
#   our health visitors / our clinicians" from someone not in the data set no owner (set u). The occasions are
#   news too: a one-to-one / 1:1 (set x) and its prep, the CAMHS partnership board and its update, a core group,
#   the clinic rota, costing next year's pay award, presenting to governors, the ICB. Partner vocabulary that
#   names nothing in the plan (CAMHS, a core group, care proceedings, the ICB, a single point of access) is never
#   the topic of a list question here: each question that holds it also names its area, person or work in the
#   plan's words, or is chatter.
# - "1:1" is never ref 1.1: "a 1:1 with the Executive Director", "for my 1:1 with Morgan - 7.2: ..." name the
#   occasion (news) and, in the second, ref 7.2. The person a one-to-one is with (Morgan Hale, "the Executive
#   Director", "the Exec Director") is news and never an owner filter; for Morgan "my one-to-ones with the four
#   area leads ... their actions" names the area leads as owners.
# - Several things asked at once (the one-to-one register). A list request with "who owns each one / who has it /
#   who's on each / whose are they / when is each due / when's each due / how late is it" asks for what every
#   list line shows (owner, due date), so the answer is the list alone (as the earlier "past their due date, with
#   owners"). "<ref>: who owns it, when was it due and where is it up to?" asks several facts of one action at
#   once: its detail with no fact field (the detail shows them all; the line format holds one fact, as set t's
#   "what's the measure"). "How many of X, and which are they?" = the count of X with X's list (a count's
#   actionIds are the list it counts). A question whose parts would need two answers (two different lists, a
#   count and a lead, an owner and a count) is not asked.
# - Lines quoted from the digest or a card. The digest, "Monday's digest", "the digest line", "the digest flags",
#   "what changed", the meeting card and "posting the card" are news (set aa); the quoted line is the question's
#   own text: the area, person, ref, work, status word, date or meeting it names is what is asked about, and
#   "which one / which two / which three / which of those / which ones / it / them" refer to what it names. A
#   count in a quoted line is true of the fixture and sets nothing ("Overdue (7)" = the seven overdue; "Life
#   story work - 1 overdue" = 7.2; "Cross, Daniel - 2 overdue" = 7.2, 9.3 (a surname-first name, as a digest
#   prints it, names the person); "Quality assurance - 3 due 31 March" = area 9 due on 31 March 2022: 9.2, 9.4,
#   9.6 ("due <date>" with no "by" is due on that day, as set u's "due on the financial year end itself"; "by
#   31 March" would add the overdue 9.1, 9.3, 9.5, so the quoted "3" confirms the reading); "Recording and return
#   home interviews: RED ... which actions make it red" = area 5 overdue (red = overdue, carried): 5.3; "the
#   meeting card for 12 January says '4 actions recorded'" and "the card for 10 November: '7 actions, 1
#   complete'" name those meetings, and "which are still not started / which ones are still open" set the
#   status). "9.5 overdue - circulate statutory visits performance information ... who is it with" = 9.5's owner
#   (the quoted ref names the action); "'what changed': '5.2 - pilot with two assessment teams started'. Is 5.2
#   still due at the end of April?" = 5.2's due date; "'Due 28 Feb - Run the January 2022 staff survey (Sam
#   Whitfield)'. Has it been launched?" = the deliverable 10.4 (st="all"), its quoted date setting no period
#   (a date inside a named piece of work sets none, set z).
# - Search-box style. A query of one to five words is read as the full question it abbreviates, by the same
#   rules: no status word = outstanding; "X done? / completed? / signed off" = complete; "o/s / open" =
#   outstanding; "o/d / late" = overdue (carried); "in prog / in-prog / in progress" = in progress; "not begun"
#   = not started (carried); "on hold" = blocked (carried). "overdue not Helen's" = overdue, every owner but
#   Helen; "not started excl. workforce" = not started, every area but 10 ("excl." = excluding; "workforce" is
#   an area 10 keyword); "overdue, non-lead owners" = overdue, everyone but the area leads; "not started, not
#   mine" (Helen) = not started, every owner but her; "Leo + Anita open" and "Tom, Leo, Jo - open?" = those
#   people's outstanding actions ("Jo" = Cllr Jo Pearce); "Grace not started", "ADs in progress" (the ADs =
#   Ruth Okafor and Tom Brennan, carried), "AD Early Help - late?" (Tom Brennan, carried); "Ruth committee o/d"
#   = Ruth's overdue actions of any committee meeting (9.5; 6.3 is a plan action); "area 9 o/d committee" = area
#   9's overdue actions of any committee meeting (9.3, 9.5; 9.1 is a plan action); "Helen audits in prog" =
#   Helen's in-progress actions whose titles hold "audit" (2.2, 5.3); "my in-prog due Q4" (Helen) = hers, in
#   progress, due 1 January - 31 March 2022 (carried Q4): 2.2, 4.2, 5.3, 9.2 (9.1, 31 December, is outside);
#   "<ref> owner?" = that ref's owner; "<ref> due?" = its due date; "area N lead?" = the area's lead (fact person,
#   its outstanding actions as the list); "overdue count" = the count of overdue actions; "PEPs status?",
#   "re-referrals report sent?", "e-workbooks live?", "BPG unallocated cases report?" = those deliverables
#   (st="all"): 11.5, 9.3, 5.2, 8.4 (the BPG = the Business Planning Group; 8.4 is the short report for it, not
#   8.3's daily lists); "Nov cttee actions" = every action of 10 November 2021 (the meeting rule: no status word,
#   every status); "Oct 2019 cttee o/d" = October 2019, overdue (7.2); "item 23 - not started?" = 10 November
#   2021, not started; "Jan cttee - Leo's?" = 12 January 2022, Leo's, every status (11.6, which is outstanding,
#   so the list rule gives the same); "cttee before last - anything of mine?" (Jo) = 10 November 2021, hers,
#   every status (12.4, outstanding, the same either way); "due Feb?" = due 1 - 28 February 2022; "due Jul-Sep?"
#   = due 1 July - 30 September 2022 (set u's "Q2 of next financial year"), the end inclusive (4.3 inside); "due
#   on 30/06/2022" = due that day (the five 30 June deadlines); "completed 2020/21?" = complete and due in the
#   2020/21 financial year, 1 April 2020 - 31 March 2021 (set x; "2020/21" alone is the financial year, as set
#   s's "22/23"): 1.3, 11.2, 6.2, 8.2 (1.2 and 11.1, due 31 March 2020, fall in 2019/20); "o/d since Xmas" =
#   overdue and due since Christmas (set x): the seven; "whole plan summary pls" = summary; "what do i type
#   here?" = help; "ta muchly" = thanks, unknown.
# - Abbreviations and word forms (each an area keyword, a title word or a person, in the fixture's own terms):
#   "cttee" = committee; "LSW" = life story work (area 7, as earlier sets read it); "CLA" is an area 11 keyword;
#   "rec & ret" = recruitment and retention (area 10); "RHIs" = return home interviews (area 5, carried) and
#   "return home intvws" = return home interviews; "pvt fostering" = private fostering (area 3); "homeless
#   16/17s / homeless 16-17s" = area 3 (carried); "qualty assurance" = quality assurance (area 9); "permanency" =
#   permanence (area 6); "un-born babies" = unborn babies (area 6; an area keyword names the area though 6.2's
#   title holds the same words, set u); "workforce", "vacancies", "drift", "supervision" (as a topic, not an
#   occasion, set aa), "management oversight", "partnership working", "care leavers" and "children looked after"
#   as the fixture lists them; "ICPC timeliness" = titles naming initial conferences (ICPC = initial child
#   protection conference): only 9.6, which is outstanding, so reading it as the one deliverable 9.6 gives the
#   same; "IHAs" = initial health assessments (11.4, as earlier sets read it); "PEPs" = 11.5's personal education
#   plans (carried); "e-workbooks" = 5.2 (set w); "re-referrals" = "re-referral" (9.3); "Xmas" = Christmas.
#   People: "marshs" = Marsh's (Helen Marsh; as set aa's "marshes"); "PSW's / the PSW ... her actions" = Grace
#   Adeyemi's (carried); "the 2 ADs" = the two ADs; "dep director frontline" = the Deputy Director for Frontline
#   Services = Priya Shah; "the Head of Workforce Development" = Sam Whitfield (carried); "cllr pearce / Jo
#   Pearce here" = Cllr Jo Pearce, the asker. "Anita at the virtual school" names the asker Anita Rao (she gives
#   her name; set y's "caseworker at the virtual school" stays someone else).
# - Statuses: "started but isn't finished" = in progress (outstanding less not started would also take blocked
#   actions, but area 11, where it is asked, has none, so both readings give 11.4, 11.5, 11.6); "isn't actually
#   being worked on", of what's still open = not started or blocked (set w's "isn't in progress"): 6.3 (blocked)
#   and 7.3 in areas 6 and 7; "actually being worked on now" = in progress; "still live / still to do / on the
#   go / what's outstanding" = outstanding (carried); "slipped / gone overdue / the late ones" = overdue; "done
#   yet / been finished / completed / done" of a list = complete; "which deadlines did we hit last quarter" =
#   complete and due 1 October - 31 December 2021 (set u's "met in <period>"); "has anything it asked for been
#   done" of a meeting = its complete actions. Of one named piece of work, "is that action still live / is it
#   still running / did that get agreed / where's the action on / did that awareness campaign actually run / are
#   we still waiting on signatures / was the template ever revised / where's the action on keeping the committee
#   informed / did that go live / is that action met yet / has it been launched / status? / sent? / live?" = the
#   deliverable (st="all" with an rx, set w), never a status filter.
# - Negation: "what's open in corporate parenting that isn't Anita Rao's" = every owner but Anita in area 11;
#   "life story work minus the audit" leaves out 7.3 by its title (nrx "audit"); "recruitment and retention, but
#   not the agency staffing pieces" leaves out 10.3 and 10.5 by their titles (nrx "agency staff", set w);
#   "leaving out the protocol" in area 3 leaves out 3.1 (nrx "protocol"); "leaving the staff survey out" of
#   Sam's leaves out 10.4 (nrx "staff survey"); "in my areas, excluding anything I own myself" (Ruth) = every
#   owner but Ruth in areas 6, 7, 11 (set y's "leaving aside X's own actions, in the areas X leads"); "which
#   were in the original plan rather than added by the committee" and "of the original plan's actions, not the
#   committee's" = the plan (meeting=None); "not owned by Priya Shah or Helen Marsh" = every owner but those two;
#   "outside life story work and quality assurance" = every area but 7 and 9; "owned by someone other than
#   Ruth" = every owner but Ruth.
# - Periods (all checked: nothing falls due 1 - 27 February, 1 - 30 March, 1 - 29 April, 1 May - 29 June, 1 -
#   30 July or 1 August - 29 September 2022). "Before the Easter holidays" = due before Monday 11 April 2022,
#   overdue kept in (set w's "before schools break up for Easter"; "before Easter", 17 April, gives the same
#   twenty). "Between now and the financial year end" = today - 31 March 2022, overdue left out. "Between now and
#   the end of June" = today - 30 June 2022, overdue left out (Tom's areas: 3.3, 5.2, 12.4; 3.1 is overdue).
#   "October to December 2021 ... gone overdue" = overdue and due 1 October - 31 December 2021 (stated, set u).
#   "Inside the summer term" = due 25 April - 22 July 2022 (set x). "In June or July" = 1 June - 31 July 2022
#   (set w). "Before the end of the spring term" = due on or before Friday 8 April 2022, overdue kept in (set
#   y's "before the spring term ends"). "From Easter through to the end of June ... hasn't started" = due after
#   Sunday 17 April and on or before 30 June 2022, not started: a real empty list (an earlier set read the start
#   as 17 April itself; nothing falls due 1 - 29 April, so either gives the same, and every action due 30 April -
#   30 June is in progress). "Due in 2022" = calendar 2022, 1 January - 31 December 2022 (as set y's "due during
#   2020"; "22/23" stays the financial year): in area 10's not-started committee actions, 10.4 (28 February) and
#   10.5 (31 July). "A deadline on or before 31 March", "by 31 March", "by the end of March" = on or before 31
#   March 2022, overdue kept in; "delivered by 30 June" = on or before 30 June 2022 (carried). "Due after the
#   summer" = due after 31 August 2022 (set aa). "Since Xmas" = set x's "since Christmas".
# - People: "the Cabinet Member and Ruth Okafor" = Cllr Jo Pearce and Ruth Okafor; "Morgan Hale and Jo Pearce -
#   every action in their names, any status" = 12.3 and 12.4; "Ruth Okafor and the Virtual School Head ...
#   between them" = Ruth Okafor and Anita Rao; "the Virtual School Head and the Head of Fostering: have either of
#   them completed anything" = Anita Rao's and Leo Fitzgerald's complete actions (3.2, 7.5); "Sam Whitfield and
#   Daniel Cross" = those two; "across Helen, Grace and me" (Priya) = Helen Marsh, Grace Adeyemi and Priya Shah;
#   "me and the Head of QA ... we" (Grace) = Grace Adeyemi and Helen Marsh; "Chris from democratic services",
#   "Leo here", "Sam here", "Grace here", "Helen - ...", "Jo Pearce here" name the asker, who is also "as"; a
#   general question from them is not narrowed to their own actions (carried): Leo's "of the late ones" and
#   Jo's "which deadlines did we hit" are the whole plan's.
# - Facts: "whose name sits against X" and "who is it with" = X's owner (set w's "whose name is against X");
#   "which director leads on X as an area" and "X as a whole - which director leads it" = the area's lead (fact
#   person, its outstanding actions as the list); "what deadline have I got on the staff survey" (Sam) = 10.4's
#   due date (Sam's staff survey action; 10.5, which also names staff survey outcomes, is Daniel's); "when is the
#   agency-reduction action that covers the MASH due" = 10.3's due date; "resolution 39.8.5 had members preview
#   the strategy - what date was that action due" = 12.2's due date (the one action 39.8.5 created); "what's the
#   success measure for co-producing the Children First Strategy with partners and youth groups" = 12.1's detail
#   with no fact field (set t); "how many corporate parenting actions have been completed" = the count of area
#   11's complete actions.
# - Meetings: "the meeting where members asked whether initial health assessments would be on time if Covid hit
#   staffing" and "the committee where the council's Social Worker of the Year award came up" = minute 42.2 = 12
#   January 2022 (what was asked or said names the meeting, set z; "initial health assessments" there sets no
#   topic), and "which actions came out of it / which of its actions" = the meeting's actions; "at the autumn
#   2019 committee members heard that over 100 professionals had been consulted on the strategy. List every
#   action that meeting set" = minute 39.7 = October 2019, asked of the meeting (its eleven actions, not 12.1
#   alone); "the committee that passed on thanks for three children's homes rated Outstanding" = resolution
#   42.3.1 = 12 January 2022 (carried); "item 39" = October 2019 and "item 23" = 10 November 2021 (carried);
#   "the November 2021 committee" = 10 November 2021; "from the last two committees, what's open in my name"
#   (Priya) = 10 November 2021 and 12 January 2022, hers, outstanding (9.4, 9.6).
# - Deliverables named in the partners' words (each one action, st="all"): "the push to get IHAs done within 20
#   working days" = 11.4 (the 20 working days are its measure; the rx is its title's); "the life story training
#   for foster carers and residential workers" = 7.1 (not 7.5's invitation to observe it); "a pre-birth planning
#   protocol" = 6.2 (not area 6); "the action on reducing reliance on agency staff" (a MASH DS) = 10.3; "that
#   awareness campaign" about private fostering reaching schools = 3.2 (not area 3); "the joint protocol for
#   homeless 16/17 year olds ... signatures" = 3.1 (not area 3); "better intelligence out of RHIs - was the
#   template ever revised" = 5.1 (not area 5); "the action on keeping the committee informed about groups in
#   buildings early help is pulling out of" = 12.4 (not area 12); "the reward package for social workers" =
#   10.1; "children being adopted ... their life story book before the order is made" = 7.4 (not area 7).
# - Chatter: "Hiya, MASH DS here 👋" = a greeting with an introduction alone, help (no MASH topic); "I'm the LAC
#   nurse at the ICB and new to this - what sort of things can I ask it?" and "what do i type here?" = help;
#   "Perfect, that covers my CAMHS partnership board update - thanks", "Got the digest, ta - nothing in it needs
#   me" and "ta muchly" = thanks, unknown ("partnership board" sets no area 12); "Does anyone know the number for
#   the CAMHS single point of access?" = an off-topic question, unknown; "Logging off - I'm on call for the MASH
#   tonight" = a sign-off, unknown; "Whoops - that message was for my YOS colleagues, not the bot. Ignore!" = an
#   apology, unknown; "Head teacher, presenting to governors tonight - how is the improvement plan going
#   overall?" and "whole plan summary pls" = summary; "Open actions for Leo please - no wait, Anita's" = the
#   corrected question alone, the person replaced (as set aa's "no hang on i mean"); "What's not started in area
#   3 - sorry, I meant area 4" replaces the area (carried); "Fwd from our DSL: > When is the neglect audit due to
#   report? ... Can you answer this?" asks the quoted question (2.2's due date; "the neglect audit" = 2.2, set
#   x); "Morning! Just back from a core group. Anything overdue under neglect?" = the question inside the small
#   talk (a real empty list).
#
# Conventions decided for set ac (decided once, applied throughout; none contradicts sets s-ab; each edge below
# was checked against the fixture so that a neighbouring reading gives the same list):
# - When the askers write. Every question is asked on today's date, Tuesday 1 February 2022 (sets aa and ab);
#   "overdue / late / slipped / o/d" stay relative to today. The two occasions are meetings that are not in the
#   data: the select committee's pre-meeting ("the pre-meet", "the pre-meeting", "the chair's briefing") tomorrow,
#   Wednesday 2 February 2022, where the chair, the vice-chair and the group spokespeople go through the draft
#   agenda and the action log for the committee's spring meeting; and last night's Corporate Parenting Panel
#   (Monday 31 January 2022: "the panel", "last night's panel", "post-panel follow-ups", "a late one at the panel").
#   No question asks what either set. Both, and "tonight", "tomorrow", "last night", "this morning", "evening
#   before", "morning after", "before I log off", "ahead of tomorrow / ahead of questions tomorrow", "for tomorrow's
#   pre-meet", "before I face questions tomorrow", "prepping tonight", are news and set no period, meeting, owner
#   or topic: "before <the asker's own occasion>" qualifies the asking, not a deadline (a "due before 2 February"
#   reading would keep only the seven overdue). "The panel" sets no 6.3 topic (its title holds "panel") and "the
#   Corporate Parenting Panel" sets no area 11 (as set t's Corporate Parenting Board); a question that wants area
#   11 names it apart. "A late one at the panel" is news, not a status. "The last committee" stays 12 January 2022
#   and "the committee before last" 10 November 2021 (carried); "the committee's next meeting / the next one on 16
#   March / the March committee (16 March)" = set y's spring meeting, Wednesday 16 March 2022, not in the data, which
#   sets a period only with a period word ("between ... and", "before", "after").
# - @mentions. In a channel Teams puts the bot's mention into the message text as "<at>Improvement Tracker</at>"
#   (first, inside the sentence, last, or alone on the first line), or the asker types "@Improvement Tracker" and
#   the mention does not resolve. The mention names the bot, never a person or a filter, and the message is read as
#   if it were not there: its words are no topic ("improvement" carries none, as the plan's own name; "Tracker" sets
#   no topic, though 6.3's title holds "tracking" and 7.2's "tracked"). A mention alone = help (as a greeting
#   alone); a mention with thanks alone = unknown; "Hi Improvement Tracker," as a greeting line (set y) is followed
#   by the question.
# - Quoted replies. Lines that begin "> " are someone else's earlier message, its writer before a colon ("> Sam:",
#   "> Helen:", "> Vice-chair:", "> Chair:", "> Cllr:", "> Opposition cllr:"), or a line of the minutes ("> Action:
#   ...", "> 3. Requests ...", "> 1. Wish to pass on ..."); the reply under them asks about them and is answerable
#   on its own because the quote names what is asked about: "that / this / it / that one / those / that area / that
#   meeting / there" in the reply refer to what the quote names. "I / my / mine / our" inside a quote are its
#   writer's, never the asker's ("> Helen: the case recording audit is mine" sets no owner; "> Daniel: ... nothing
#   I can do" sets none; "> Vice-chair: ... our committee" = any committee meeting). The quote's own remarks and
#   dates ("new adverts go out next week", "until the February release", "went to the Board again on Thursday",
#   "neglect and CLA chapters signed off", "picking up the neglect work", "nothing on partnership working is late",
#   "the workforce report in the summer", "the March agenda") are news and set no status, period, area, owner or
#   topic; the reply's own words set what is asked ("What's not been started in that area", "**owned by the ADs
#   only** please", "Apart from the audit", "which aren't Mosaic ones", "what's due over the summer in recruitment
#   and retention"). A quote that asks a question, with "can you answer that one? / over to you / can you do that?",
#   asks the quoted question (carried). A quoted request answered only with "👍" = unknown. A numbered line of the
#   minutes is that resolution of its meeting ("> 3. Requests a short briefing on Child Protection Statutory Visits
#   ..." = 42.3.3; "> 1. Wish to pass on their thanks ... three Children's residential homes" = 42.3.1); its list
#   number is no area and no ref. A quoted "> Action: The Assistant Director – Corporate Parenting agreed to share
#   an example of the action plan with Committee members." names 11.3 (its "Corporate Parenting" sets no area 11).
# - Teams formatting. "**...**" is bold: emphasis only, its words read as if unformatted ("**not** in the original
#   plan" = not the plan; "**lead**" = the lead; "**minute 23.2**" = minute 23.2; "**Tom Brennan** and **Sam
#   Whitfield**" = those two). Line breaks are spaces; a first line that is a greeting ("Evening all", "Morning",
#   "Hi Improvement Tracker,", "Hi,") or a mention, with the question on the next line, is the question (the
#   carried small-talk rule). Bullets ("- " or "• ") in one message are parts of one question: bullets that name
#   conditions (an area, a status, a period, a meeting) all apply together ("- life story work / - due in March";
#   "- life story work and permanence / - in progress / - due by the end of June"; "• the October 2019 committee
#   / • anything from it not yet started"); "excluding:" followed by bulleted areas leaves out each of them;
#   bullets that ask for several facts of one action ("- owner / - deadline / - latest progress") = its detail with
#   no fact field (set ab's several facts at once); a bullet that names one piece of work is that deliverable;
#   bullets of introduction ("- new to this channel / - the clerk asked me to use the bot") with "how does it
#   work?" = help. A notice with a bold "**Reminder:**" and no question = unknown; "9.30" in it is a time, no ref.
#   No message here needs two answers.
# - Councillors. The chair, the vice-chair, the opposition spokesperson and opposition members are not people in
#   the data: never an owner, a lead or "as" (sets t and z; "the chair" is never a filter); their roles and
#   political remarks ("seems to hold a lot", "as an opposition member I note ...", "members are still chasing
#   ...", "I shall raise it with the Cabinet Member tomorrow") are news. "Could officers confirm / I would be
#   grateful (if officers could confirm) / Can officers set out / Could officers tell the committee" wrap the
#   question they introduce. The person a question is addressed to ("Can the Cabinet Member assure the committee
#   that ...", "Can the Cabinet Member tell the committee ...", "Could the Executive Director confirm ...", "Could
#   Mr Cross confirm ...") is who is asked to answer: news, never an owner filter; an owner filter comes only from
#   words about whose actions are meant ("which of his actions", after "Could Mr Cross confirm", = Daniel Cross's;
#   "which actions the Cabinet Member holds" = Cllr Jo Pearce's). "Assure the committee that X is on track" of one
#   named piece of work = that deliverable (st="all"); "Can the Cabinet Member assure the committee that what we
#   asked for in November is in hand? Which of those actions are not yet started?" = the second sentence (the first
#   frames it). Said by a member, "this committee / our committee / the actions it has agreed / the actions this
#   committee has added / those this committee added" = any committee meeting (carried), always with a status word
#   here; "the plan actions, rather than those this committee added" = the plan; "the November and January
#   meetings" = 10 November 2021 and 12 January 2022.
# - The clerk. Chris Dunn (Democratic Services Officer) asks as himself ("Chris here", "Chris (clerk) here", "Chris
#   -", "Chris."), with "as"; "the action log", "the action log for 16 March", "the log", "the March agenda",
#   "drafting the March agenda", "the agenda papers" are news and set no period or meeting (a month inside the name
#   of an occasion sets none, as set z's month inside the name of a piece of work); each of his questions names its
#   meeting, the committee, an area, a person or a status itself. His "do I have any actions in my name" = a real
#   empty list (he owns none, carried). "Thanks, that's the action log done for 16 March" = thanks, unknown.
# - Periods (all checked: nothing falls due 1 - 30 January 2022 except on the 31st, 1 - 27 February, 1 - 30 March,
#   1 - 29 April, in May, 1 - 29 June, 1 - 30 July, 1 August - 29 September 2022, or in November 2021). "Since the
#   last committee ... deadlines have come and gone" = due on or after 12 January 2022 and before today (set s's
#   "since D"): 5.3, 9.5, both outstanding, so every status gives the same, and starting on 13 January gives the
#   same. "Deadlines (that) have passed since the November committee with the work still open" = due on or after 10
#   November 2021 and before today, outstanding: the seven overdue (11.3, 10 December, is complete). "Between the
#   last committee (12 January) and the next one on 16 March" = due 12 January - 16 March 2022, the overdue inside
#   the range kept (as any range): 5.3, 9.5, 2.2, 10.4. "Between now and the committee's next meeting on 16 March"
#   = today - 16 March 2022, overdue left out: 2.2, 10.4. "Before the March committee on 16 March" = due before 16
#   March 2022, overdue kept in (set y). "After the March committee (16 March)" = due after 16 March 2022, overdue
#   left out; "after the March committee but before the summer" = after 16 March and before 1 June 2022 (set t's
#   "before the summer"): the eleven 31 March deadlines and 5.2. Any end or start in March gives the same lists.
#   "The last three weeks" = due on or after 11 January 2022 and before today (set t's "last N weeks"): 5.3, 9.5.
#   "The first half of this year" = 1 January - 30 June 2022 (set z's H1 2022), the end inclusive; it is asked only
#   of Jo's 12.4 (30 June), which an April - September reading takes in too. "By the end of April" = on or before
#   30 April 2022, overdue kept in (5.2, due 30 April, inside: "by" is inclusive, as "by the end of February").
#   "Scheduled for completion in the 2022/23 financial year" = due 1 April 2022 - 31 March 2023 (carried), all ten
#   outstanding. "Over the summer / due in the summer" = June - August 2022 (carried); "a deadline before the
#   summer" = due before 1 June 2022 (set t). "Had 2021 deadlines, whatever their status" = due in calendar 2021,
#   every status (set y's "had 2019 deadlines"). "Isn't due till after Easter" = due after Sunday 17 April 2022 (set
#   ab's reading; after the Easter holidays, 24 April, gives the same). "In the next six months" = today - 1 August
#   2022 (carried; Grace's 4.3, 30 September, outside either way). "This quarter" = 1 January - 31 March 2022
#   (carried). "A 31 March deadline or earlier", "due by 31 March / by the end of March / by the end of the
#   financial year / by the end of June" = on or before that date, overdue kept in (carried). "Due in March / with
#   a June deadline" = that month of 2022.
# - Statuses: "anything left to do / still outstanding / remain outstanding / remains to be done / still open /
#   everything still open / still on their lists / everything I've still got open / still got on the go" =
#   outstanding; "on hold" = blocked (carried); "under way (at present) / underway / being worked on / what's being
#   worked on" = in progress; "nobody's picked up yet / has nobody picked up yet / has nobody made a start on /
#   not begun / haven't begun / not kicked off yet / not yet started / haven't started / not been started / not
#   strted / not startd" = not started; "slipped past its deadline / late actions / late ones / let anything slip /
#   gone overdue / o/d" = overdue; "delivered so far / been finished / closed off / been completed / complete" =
#   complete; "done or not / whatever their status" and "which actions X holds, and whether they are complete" =
#   every status. Of one named piece of work, "are they out yet / has anyone picked it up / is on track / where are
#   we with / is it with the Improvement Board yet / where's my hub action up to / was the invitation ever sent /
#   has that report been circulated / now includes young people, as the plan intended / where is it up to / is that
#   monthly report action still open / what's the latest on embedding / ever settled on / did that ever happen /
#   has it gone" = the deliverable (st="all" with an rx, set w), never a status filter.
# - Negation: "which late actions belong to people other than Ruth" = overdue, every owner but Ruth; "fall outside
#   quality assurance and life story work" = every area but 9 and 7; "Apart from the audit, what's outstanding
#   under recording" leaves out 5.3 by its title (nrx "audit"); "still open that aren't Priya Shah's" = every owner
#   but Priya; "excluding: - recruitment and retention - quality assurance" = every area but 10 and 9; "the actions
#   this committee has added ... not the Transformation Director's" = any committee meeting, every owner but Daniel;
#   "minus corporate parenting and permanence" = every area but 11 and 6; "of Daniel's open actions, which aren't
#   Mosaic ones" leaves out 7.2 by its title (nrx "Mosaic"; 4.1, his other Mosaic title, is complete); "excluding
#   my own" (Jo) in partnership working = every owner but Jo, a real empty list; "what's open that didn't come from
#   the committee" = the plan; "**not** in the original plan" = any committee meeting (set x); "nobody has started
#   aren't owned by Daniel Cross" = every owner but Daniel; "skip neglect, quality of plans, supervision and
#   practice infrastructure" = every area but 2, 4, 8 and 1 (set y's "skip <area>"); "someone other than the four
#   area leads" = everyone but the area leads (carried); "not my PEPs one, but is anything else in children looked
#   after still open" (Anita) leaves out 11.5 by its title (nrx "personal education plans"; "PEPs" is only in its
#   measure, set aa); "setting corporate parenting aside" = every area but 11; "late ones from the original plan,
#   excluding Helen's" = the plan, every owner but Helen.
# - People: "Adeyemis" = Grace Adeyemi's; "whitfields" = Sam Whitfield's (set y); "okafor + cross" = Ruth Okafor
#   and Daniel Cross (surnames, set u); "the fostering head" = the Head of Fostering = Leo Fitzgerald (not area 3);
#   "Mr Cross" = Daniel Cross, "Ms Okafor" = Ruth Okafor, "Ms Rao and Mr Fitzgerald" = Anita Rao and Leo Fitzgerald
#   (set u's surnames with Mr / Ms); "the Transformation Director ... his actions" = Daniel Cross; "the ADs" = Ruth
#   Okafor and Tom Brennan (carried); "priya and daniel" = Priya Shah and Daniel Cross; "my direct reports Grace and
#   Helen" (Priya) = those two as named (set x); "Between Sam and me" (Daniel) = Sam Whitfield and Daniel Cross;
#   "the Cabinet Member's and the Executive Director's actions side by side" = Cllr Jo Pearce's and Morgan Hale's in
#   one list (set aa), no status word = outstanding (Morgan's 12.3 is complete); "the Head of Workforce Development
#   or the Head of QA" = Sam Whitfield and Helen Marsh; "the four area leads'" = Priya, Tom, Ruth, Daniel; "the PSW /
#   the Principal Social Worker" = Grace Adeyemi; "Tom's areas / my three areas" (Tom) = 3, 5, 12; "my two areas"
#   (Daniel) = 9, 10; "the areas I lead" (Ruth) = 6, 7, 11. "Helen here", "Ruth here", "ruth here", "Leo here",
#   "Morgan here", "Grace here", "Daniel here / Daniel -", "Sam here / Sam.", "Anita here", "Tom here", "Jo here /
#   Jo Pearce. / Cllr Pearce.", "Chris ..." name the asker, who is also "as"; a general question from them is not
#   narrowed to their own actions (carried).
# - Facts: "who holds <ref>" = its owner (set u); "when we can expect / when ... is due to arrive" of one named
#   report = its due date ("the workforce report members asked to see in Summer 2022" = 10.5; "Summer 2022" inside
#   its name sets no period, set z); "who is bringing the child protection performance update" = 9.4's owner;
#   "who's the lead officer for <area> these days", "who's the **lead** director (for <area>) these days" and "which
#   director is accountable for <area>" = the area's lead (fact person, its outstanding actions as the list);
#   "on 11.4: - owner - deadline - latest progress" = 11.4's detail with no fact field; "how many of the actions it
#   has agreed are now overdue" (a member, of the committee) = the count of overdue actions of any committee meeting
#   (3); "my action on keeping PEPs current - when does it fall due" (Anita) = 11.5's due date; "quick count - how
#   many are on hold" = the count of blocked actions (1); "whose name is on the hub work to grow the number of
#   in-house foster carers" = 11.6's owner; "give me a count of everything I've still got open" = the count of my
#   outstanding actions; "> Opposition cllr: when are we getting the re-referrals report we were promised? ... when
#   was that due?" = 9.3's due date; "what's the success measure on the housing protocol" = 3.1's detail with no
#   fact field (set t); "how many corporate parenting actions are still outstanding" = the count of area 11's
#   outstanding actions; "> Cllr: what's the total number of open actions on the plan right now? ... over to you" =
#   the count of outstanding actions (30).
# - Meetings: "list the January committee's actions" = every action of 12 January 2022 (no status word); "item
#   23's actions" = 10 November 2021 and "item 42" = 12 January 2022 (carried); "> 3. Requests a short briefing ...
#   who's doing this and when is it due?" = 9.6's detail (the one action 42.3.3 created; several facts); "the
#   meeting at which we heard the staff survey had its highest ever response rate" = minute 23.2 = 10 November
#   2021 (what was said names the meeting, set z; "staff survey" there sets no topic), asked of what "remains
#   outstanding from" it = the meeting's outstanding actions; "the meeting where members asked about vacancy gaps in
#   particular teams" = minute 39.4 = October 2019, asked of "the actions set" = the meeting's actions (as set u
#   read 23.3.2; "vacancy" there sets no area 10, though "vacancies" is its keyword); "the 2019 committee" =
#   October 2019 (carried) and "which of the life story actions it set are still open" = its area 7 outstanding
#   actions; "> Cllr: didn't we resolve to get an update on simplifying the children's IT systems? ... who's got
#   that one?" = resolution 23.3.3 = 1.5's owner; "the last two committees" = 10 November 2021 and 12 January 2022
#   (carried); "**minute 23.2**" = 10 November 2021 plus an rx that picks exactly 9.3, 10.4 and 11.3; "> 1. Wish to
#   pass on their thanks ... which of that meeting's actions are in progress" = 12 January 2022; "what we asked for
#   in November" = 10 November 2021. Two meeting questions have an owner and no status word or say "done or not":
#   Helen's "anything from the 2019 committee with my name on it" is labelled every status, and its one action
#   (7.3) is outstanding, so the list rule gives the same; Jo's "which of the November committee's actions are
#   mine, done or not" says every status itself (12.4).
# - Topic words and word forms: "perm planning" = permanence planning (area 6); "privately fostered" = private
#   fostering (area 3); "practice infrastructure" = area 1 (carried); "trng" = training, searched as "train" in titles (4.2, 7.1 in progress); "vacancys" = vacancies
#   (area 10); "recordin" = recording (area 5); "recruitmnet & retention" = recruitment and retention (area 10);
#   "child protection plans" = area 4 (its keyword; 9.4 - 9.6 titles hold "child protection", but an area keyword
#   names the area, set u); "children looked after" and "corporate parenting" (11), "case recording" and "return
#   home interviews" (5), "homeless 16 and 17 year olds" and "private fostering" (3), "partnership working" (12),
#   "QA / **QA**" (9) as the fixture lists them; "cttee" = committee; "o/s", "o/d", "in prog" carried; "strted /
#   startd / anythng" are typos; "safegaurding" = safeguarding; "stat visits" = statutory visits; "re-referral
#   figures / re-referrals report" = 9.3; "PEPs" = 11.5 (carried).
# - Deliverables named in the askers' words (each one action, st="all"): "the 'What Good Looks Like' practice
#   standards staff helped write" = 1.2; "the work on initial health assessments" = 11.4; the quoted Action line on
#   sharing an example of the action plan = 11.3; "the audit checking the quality of private fostering
#   assessments" = 3.3 (not area 3); "the revised protocol for homeless 16 and 17 year olds" = 3.1 (not area 3);
#   "the update on partners in buildings early help is leaving" = 12.4 (not area 12); "the neglect audit report" =
#   2.2; "my hub action on in-house foster carers" (Leo) = 11.6; "members were offered places at the foster carer
#   life story training - was the invitation ever sent" = 7.5 (not 7.1); "the **re-referral** figures we were
#   promised" = 9.3; "the Corporate Parenting Board now includes young people" = 11.2 (not area 11); "the social
#   work recruitment campaign" = 10.2 (not area 10); the quoted "caseload and performance report ... that monthly
#   report action" = 9.2; "embedding family safegaurding" = 2.3; "a delivery model that reduces transfer points
#   for children" = 1.1 (not area 1); "my stat visits info for members" (Ruth) = 9.5 (not 9.6's briefing).
# - Chatter: a mention alone = help; "<mention> cheers, that's what I needed for tomorrow" = thanks, unknown; a
#   quoted request and "👍" = unknown; "Evening all, **Reminder:** the pre-meet is at 9.30 tomorrow in the Chair's
#   office." = a notice, unknown; "@Improvement Tracker first time using you in this channel - what are you for?" =
#   help; "Before tomorrow's pre-meeting I would welcome a short overview of how the improvement plan is
#   progressing as a whole" = summary; "late actions for Tom pls... actually scrap that, make it Daniel" = the
#   corrected question alone, the person replaced (carried); "Morning all - late one at the panel last night!
#   Anyway, ..." = the question inside the small talk; "Does anyone know if the projector in the committee room is
#   working for tomorrow?" = an off-topic question, unknown; "Thank you, that is most helpful. I shall raise it with
#   the Cabinet Member tomorrow." = thanks, unknown; "Right, that's me done for tonight - big day tomorrow. Night
#   all" = a sign-off, unknown ("done" there is no status); "Hi, - new to this channel - the clerk asked me to use
#   the bot, how does it work?" = help ("the clerk" sets no person); "Apologies - that last one was meant for the
#   cabinet WhatsApp, not this channel" = an apology, unknown.

import datetime as _dt

NOV, JAN, OCT19, JUN19 = "cypssc-2021-11-10", "cypssc-2022-01-12", "cypssc-2019-10-09", "cypssc-2019-06-19"
HELEN, GRACE, SAM, LEO, ANITA = "helen-marsh", "grace-adeyemi", "sam-whitfield", "leo-fitzgerald", "anita-rao"
PRIYA, RUTH, TOM, DANIEL = "priya-shah", "ruth-okafor", "tom-brennan", "daniel-cross"
MORGAN, CHRIS, JO = "morgan-hale", "chris-dunn", "jo-pearce"
LEADS = [PRIYA, TOM, RUTH, DANIEL]  # "the area leads"
SPRING = "2022-03-16"  # the committee's spring meeting (set y), not a meeting in the data
LAST_CTTEE = "2022-01-12"  # the last committee (carried)
THIS_QUARTER = {"dfrom": "2022-01-01", "dto": "2022-03-31"}  # Q4 of 2021/22
SUMMER = {"dfrom": "2022-06-01", "dto": "2022-08-31"}  # summer = June - August 2022 (carried)
FY2223 = {"dfrom": "2022-04-01", "dto": "2023-03-31"}  # the 2022/23 financial year (carried)
ONE = "one named deliverable, whatever its status"
AT = "<at>Improvement Tracker</at>"
KINDS = ["ordinary", "negation", "periods", "wordforms", "deliverables", "facts", "people", "combined",
         "meetings", "chatter"]


# _Sources, COMMITTEE, everyone_but, areas_but, ask() and hand_over(): shared with sets x, y, z, aa and ab.
exec(open(os.path.join(HERE, "spec_words.py")).read())


# ======================================================================== ordinary
K = "ordinary"
ask(K, AT + " quick check before I log off - neglect, anything left to do?", areas=[2], expect=2,
    why="the mention names the bot and is read as absent; 'left to do' = outstanding: 2.2, 2.3")
ask(K, "Chair of the select committee. Could officers confirm which actions under case recording and return home "
       "interviews remain outstanding?", areas=[5], expect=2,
    why="'could officers confirm' wraps the question; 'remain outstanding' = outstanding: 5.2, 5.3")
ask(K, "Evening all\nbefore I log off - anything on hold across the plan?", st="blocked", expect=1, as_=PRIYA,
    why="a greeting line, then the question; not narrowed to Priya's own: 6.3")
ask(K, "> Vice-chair: can we get something on private fostering for the March agenda?\n\nWhat's not been started in "
       "that area?", st="not_started", areas=[3], expect=1, as_=CHRIS,
    why="the quote names area 3 ('that area'); the reply sets the status; the agenda is news: 3.3")
ask(K, "Business support, typing up the chair's notes from last night. Has anything in quality assurance been "
       "completed yet?", st="complete", areas=[9], expect=0,
    why="the role and the notes are news: a real empty list (nothing in area 9 is complete)")
ask(K, "Morning - after last night's Corporate Parenting Panel I've a few things to chase. What's underway in "
       "recruitment and retention?", st="in_progress", areas=[10], expect=2, as_=LEO,
    why="the panel is news (no area 11); 'underway' = in progress; not narrowed to Leo's own: 10.2, 10.3")
ask(K, "Opposition spokesperson for children's services. I would be grateful to know what remains to be done to "
       "improve child protection plans.", areas=[4], expect=2,
    why="'child protection plans' is an area 4 keyword; 'remains to be done' = outstanding: 4.2, 4.3")
ask(K, "@Improvement Tracker has any of the life story work slipped past its deadline?", st="overdue", areas=[7],
    expect=1,
    why="the typed mention names the bot; 'slipped past its deadline' = overdue: 7.2")
ask(K, "Vice-chair. Under **corporate parenting**, what work is under way at present?", st="in_progress", areas=[11],
    expect=3,
    why="bold is emphasis only; 'under way' = in progress: 11.4, 11.5, 11.6")
ask(K, "Vice-chair again. Can officers set out what is still outstanding in respect of partnership working with "
       "other agencies?", areas=[12], expect=1, why="'partnership working' is an area 12 keyword: 12.4")
ask(K, AT + " has nobody made a start on anything in practice infrastructure yet?", st="not_started",
    areas=[1], expect=1, why="the mention is read as absent; 'nobody has made a start' = not started: 1.5")
ask(K, "> Sam: the recruitment campaign is still running, new adverts go out next week\n\n" + AT + " which "
       "recruitment and retention actions haven't started?", st="not_started", areas=[10], expect=2,
    why="the quote's remarks are news; the reply names the area and the status: 10.4, 10.5")
ask(K, "Hi Improvement Tracker,\nwhat's being worked on in quality assurance?", st="in_progress", areas=[9],
    expect=3, why="a greeting line, then the question; 'being worked on' = in progress: 9.1, 9.2, 9.4")
ask(K, "Helen here, tidying up my notes from last night. Has anything under neglect been finished?",
    st="complete", areas=[2], expect=1, as_=HELEN, why="'finished' = complete; not narrowed to Helen's own: 2.1")
ask(K, "I would be grateful if officers could confirm what has been delivered so far for homeless 16 and 17 year "
       "olds and private fostering.", st="complete", areas=[3], expect=1,
    why="'delivered so far' = complete; both are area 3 keywords: 3.2")

# ======================================================================== negation
K = "negation"
ask(K, AT + " which late actions belong to people other than Ruth?", st="overdue", owners=everyone_but(RUTH), expect=5,
    why="Ruth's 6.3 and 9.5 left out: 3.1, 5.3, 7.2, 9.1, 9.3")
ask(K, "Could officers confirm which overdue actions fall outside quality assurance and life story work?",
    st="overdue", areas=areas_but(9, 7), expect=3, why="areas 9 and 7 left out: 3.1, 5.3, 6.3")
ask(K, "> Helen: the case recording audit is mine, I'll speak to it at committee\n\nApart from the audit, what's "
       "outstanding under recording?", areas=[5], nrx=r"audit", expect=1, as_=TOM,
    why="the quote's 'mine' is Helen's and sets no owner; 5.3 left out by its title: 5.2")
ask(K, "Chris (clerk) here. For the action log: which committee actions are still open that aren't Priya Shah's?",
    meeting=COMMITTEE, owners=everyone_but(PRIYA), expect=12, as_=CHRIS,
    why="any committee meeting; Priya's 9.4, 9.6, 10.3 left out: 1.5, 7.1, 7.2, 7.3, 7.4, 9.3, 9.5, 10.4, 10.5, "
        "11.4, 11.6, 12.4")
ask(K, "Evening - for tomorrow's pre-meet, what's not started, excluding:\n- recruitment and retention\n- quality "
       "assurance", st="not_started", areas=areas_but(10, 9), expect=4,
    why="'excluding:' with bullets leaves out each bulleted area: 1.5, 3.3, 4.3, 7.3")
ask(K, "Opposition member. Of the actions this committee has added, which are overdue and not the Transformation "
       "Director's?", st="overdue", meeting=COMMITTEE, owners=everyone_but(DANIEL), expect=1,
    why="'this committee has added' = any committee meeting; Daniel's 7.2 and 9.3 left out: 9.5")
ask(K, "@Improvement Tracker in-progress stuff, minus corporate parenting and permanence", st="in_progress",
    areas=areas_but(11, 6), expect=16,
    why="areas 11 and 6 left out (6.1, 11.4, 11.5, 11.6): 1.4, 2.2, 2.3, 3.1, 4.2, 5.2, 5.3, 7.1, 7.2, 7.4, 9.1, "
        "9.2, 9.4, 10.2, 10.3, 12.4")
ask(K, "> Daniel: the Mosaic bits are with IT, nothing I can do until the February release\n\nok - of Daniel's open "
       "actions, which aren't Mosaic ones?", owners=[DANIEL], nrx=r"Mosaic", expect=4,
    why="the quote's 'I' is Daniel and its release date is news; 7.2 left out by its title: 1.5, 5.2, 9.3, 10.5")
ask(K, "Cllr Pearce. Ahead of questions tomorrow: excluding my own, which partnership working actions are "
       "outstanding?", areas=[12], owners=everyone_but(JO), expect=0, as_=JO,
    why="Jo's 12.4 left out: a real empty list (area 12 has nothing else open)")
ask(K, "Ruth here. In the areas I lead, what's open that didn't come from the committee?", leads=[RUTH],
    meeting=None, expect=3, as_=RUTH, why="Ruth leads 6, 7, 11; the plan: 6.1, 6.3, 11.5")
ask(K, "What's overdue that is **not** in the original plan?", st="overdue", meeting=COMMITTEE, expect=3,
    why="bold is emphasis only; not the plan = any committee meeting: 7.2, 9.3, 9.5")
ask(K, "Chris - drafting the March agenda. Which actions nobody has started aren't owned by Daniel Cross?",
    st="not_started", owners=everyone_but(DANIEL), expect=6, as_=CHRIS,
    why="Daniel's 1.5, 9.3, 10.5 left out: 3.3, 4.3, 7.3, 9.5, 9.6, 10.4")
ask(K, AT + "\nopen actions - but skip neglect, quality of plans, supervision and practice infrastructure",
    areas=areas_but(1, 2, 4, 8), expect=24,
    why="'skip <area>' = every area but those (set y): areas 3, 5, 6, 7, 9, 10, 11, 12 outstanding")
ask(K, "Chair. Could officers confirm which open actions are held by someone other than the four area leads?",
    owners=everyone_but(*LEADS), expect=15,
    why="everyone but Priya, Tom, Ruth, Daniel: Helen 2.2, 3.3, 4.2, 5.3, 7.3, 9.1, 9.2; Grace 1.4, 4.3, 7.1; Sam "
        "10.2, 10.4; Leo 11.6; Anita 11.5; Jo 12.4")
ask(K, "Anita here - not my PEPs one, but is anything else in children looked after still open?", areas=[11],
    nrx=r"personal education plans", expect=2, as_=ANITA,
    why="11.5 left out by its title (PEPs = personal education plans): 11.4, 11.6")

# ======================================================================== periods
K = "periods"
ask(K, "Vice-chair. Since the last committee, which deadlines have come and gone?", dfrom=LAST_CTTEE,
    dbefore=TODAY, expect=2,
    why="since the last committee = on or after 12 January 2022 and before today; both are outstanding, so every "
        "status gives the same: 5.3, 9.5")
ask(K, AT + " what falls due between the last committee (12 January) and the next one on 16 March?",
    dfrom=LAST_CTTEE, dto=SPRING, expect=4, why="12 January - 16 March 2022: 5.3, 9.5, 2.2, 10.4")
ask(K, "Chris here, action log. Which deadlines have passed since the November committee with the work still open?",
    dfrom="2021-11-10", dbefore=TODAY, expect=7, as_=CHRIS,
    why="on or after 10 November 2021 and before today, outstanding: 3.1, 6.3, 7.2, 9.1, 9.3, 5.3, 9.5")
ask(K, "Could officers confirm which actions fall due between now and the committee's next meeting on 16 March?",
    dfrom=TODAY, dto=SPRING, expect=2, why="today - 16 March 2022, overdue left out: 2.2, 10.4")
ask(K, "For the pre-meet tomorrow:\n- life story work\n- due in March\nthanks", areas=[7], dfrom="2022-03-01",
    dto="2022-03-31", expect=2, why="the bullets apply together: area 7, due 1 - 31 March 2022: 7.1, 7.3")
ask(K, "Jo Pearce. Ahead of tomorrow, what have I got due in the first half of this year?", owners=[JO],
    dfrom="2022-01-01", dto="2022-06-30", expect=1, as_=JO, why="1 January - 30 June 2022 (set z's H1): 12.4")
ask(K, "Morning all. Post-panel follow-ups: what falls due after the March committee but before the summer?",
    dafter=SPRING, dbefore="2022-06-01", expect=12,
    why="after 16 March and before 1 June 2022: the eleven 31 March deadlines and 5.2")
ask(K, "@Improvement Tracker what fell due in the last three weeks?", dfrom="2022-01-11", dbefore=TODAY, expect=2,
    why="11 January - 31 January 2022: 5.3, 9.5")
ask(K, "I would be grateful to know which actions are scheduled for completion in the 2022/23 financial year.",
    **FY2223, expect=10,
    why="1 April 2022 - 31 March 2023 (all outstanding, so every status gives the same): 5.2, 2.3, 7.4, 10.3, "
        "11.6, 12.4, 1.5, 10.5, 11.4, 4.3")
ask(K, "> Vice-chair: can we have the workforce report in the summer?\n\nwhat's due over the summer in recruitment "
       "and retention?", areas=[10], **SUMMER, expect=2,
    why="the quoted request is news; the reply names the area and the period: 10.3, 10.5")
ask(K, "Daniel here, sorting the March agenda papers. Which of my actions are due by the end of April?",
    owners=[DANIEL], dto="2022-04-30", expect=3, as_=DANIEL,
    why="on or before 30 April 2022, overdue kept in: 5.2, 7.2, 9.3")
ask(K, "What's due **after** the March committee (16 March) in life story work?", areas=[7], dafter=SPRING,
    expect=3, why="due after 16 March 2022: 7.1, 7.3, 7.4")
ask(K, "Grace here. Night before the pre-meet - what of mine falls due in the next six months?", owners=[GRACE],
    dfrom=TODAY, dto="2022-08-01", expect=2, as_=GRACE,
    why="today - 1 August 2022 (4.3 on 30 September is outside): 1.4, 7.1")
ask(K, "Chris. For the action log, which of the November committee's actions had 2021 deadlines, whatever their "
       "status?", st="all", meeting=NOV, dfrom="2021-01-01", dto="2021-12-31", expect=2, as_=CHRIS,
    why="calendar 2021, every status: 11.3, 9.3")
ask(K, "Tom here, morning after the panel. What in my three areas is due this quarter?", leads=[TOM],
    **THIS_QUARTER, expect=2, as_=TOM, why="Tom leads 3, 5, 12; 1 January - 31 March 2022: 5.3, 3.3")

# ======================================================================== wordforms
K = "wordforms"
ask(K, AT + " perm planning o/d?", st="overdue", areas=[6], expect=1,
    why="perm planning = permanence planning, area 6; o/d = overdue: 6.3")
ask(K, "cttee actions not strted yet?", st="not_started", meeting=COMMITTEE, expect=7,
    why="cttee = committee; strted = started: 1.5, 7.3, 9.3, 9.5, 9.6, 10.4, 10.5")
ask(K, "Chair here - anythng in recruitmnet & retention that's complete?", st="complete", areas=[10], expect=1,
    why="two typos; recruitment and retention is area 10: 10.1")
ask(K, "Adeyemis in prog", st="in_progress", owners=[GRACE], expect=2,
    why="Adeyemis = Adeyemi's (Grace Adeyemi); in prog = in progress: 1.4, 7.1")
ask(K, "@Improvement Tracker whitfields not startd", st="not_started", owners=[SAM], expect=1,
    why="whitfields = Sam Whitfield's; startd = started: 10.4")
ask(K, "privately fostered children - what's still open?", areas=[3], expect=2,
    why="privately fostered = private fostering, area 3: 3.1, 3.3")
ask(K, "trng stuff still underway?", st="in_progress", rx=r"train", expect=2,
    why="trng = training, searched as 'train' in titles: 4.2, 7.1")
ask(K, "**QA** - whats not begun?", st="not_started", areas=[9], expect=3,
    why="bold is emphasis only; 'not begun' = not started: 9.3, 9.5, 9.6")
ask(K, "what has the fostering head closed off?", st="complete", owners=[LEO], expect=2,
    why="the fostering head = the Head of Fostering = Leo Fitzgerald (not area 3): 3.2, 7.5")
ask(K, "case recordin - o/d?", st="overdue", areas=[5], expect=1, why="recordin = recording, area 5: 5.3")
ask(K, "vacancys - whats open", areas=[10], expect=4,
    why="vacancys = vacancies, an area 10 keyword: 10.2, 10.3, 10.4, 10.5")
ask(K, "Could Mr Cross confirm which of his actions have gone overdue?", st="overdue", owners=[DANIEL], expect=2,
    why="Mr Cross is addressed, and 'his actions' are Daniel Cross's: 7.2, 9.3")
ask(K, "> Grace: PSW update - neglect and CLA chapters signed off\n\nwhat has the PSW still got on the go?",
    owners=[GRACE], expect=3,
    why="PSW = Grace Adeyemi; the quote's 'neglect' and 'CLA' are news; 'on the go' = outstanding: 1.4, 4.3, 7.1")
ask(K, AT + " okafor + cross, anythng blocked?", st="blocked", owners=[RUTH, DANIEL], expect=1,
    why="surnames: Ruth Okafor and Daniel Cross: 6.3")
ask(K, "ruth here - my stat visits info for members, has it gone?", st="all",
    rx=r"statutory visits performance information", expect=1, as_=RUTH,
    why=ONE + " (9.5); stat visits = statutory visits, not 9.6's briefing")

# ======================================================================== deliverables
K = "deliverables"
ask(K, AT + " the 'What Good Looks Like' practice standards staff helped write - are they out yet?", st="all",
    rx=r"What Good Looks Like", expect=1, why=ONE + " (1.2)")
ask(K, "Can the Cabinet Member assure the committee that the work on initial health assessments is on track?",
    st="all", rx=r"initial health assessments", expect=1,
    why=ONE + " (11.4); the Cabinet Member is addressed, not an owner filter")
ask(K, "> Action: The Assistant Director – Corporate Parenting agreed to share an example of the action plan with "
       "Committee members.\n\nChris here for the log - did that ever happen?", st="all", rx=r"You said, we did",
    expect=1, as_=CHRIS, why=ONE + " (11.3, the 'You said, we did' action plan); the quoted Action line names it")
ask(K, "Quick one for the pre-meet:\n• the audit checking the quality of private fostering assessments\nhas anyone "
       "picked it up?", st="all", rx=r"private fostering assessments", expect=1, why=ONE + " (3.3), not area 3")
ask(K, "Opposition spokesperson. I would be grateful to know whether all the housing authorities have now put "
       "their names to the revised protocol for homeless 16 and 17 year olds.", st="all",
    rx=r"joint housing protocol", expect=1, why=ONE + " (3.1), not area 3")
ask(K, "Jo here. Before I face questions tomorrow - where are we with the update on partners in buildings early "
       "help is leaving?", st="all", rx=r"early help is withdrawing", expect=1, as_=JO,
    why=ONE + " (12.4); 'before I face questions tomorrow' sets no period")
ask(K, "@Improvement Tracker is the neglect audit report with the Improvement Board yet?", st="all",
    rx=r"thematic audit of practice", expect=1, why=ONE + " (2.2, the neglect thematic audit)")
ask(K, "Leo here, morning after the panel. Where's my hub action on in-house foster carers up to?",
    st="all", rx=r"in-house foster carers", expect=1, as_=LEO, why=ONE + " (11.6); the panel is news")
ask(K, "Chris for the action log: members were offered places at the foster carer life story training - was the "
       "invitation ever sent?", st="all", rx=r"observe the foster carer", expect=1, as_=CHRIS,
    why=ONE + " (7.5), not 7.1")
ask(K, "Vice-chair. Members are still chasing the **re-referral** figures we were promised - has that report been "
       "circulated?", st="all",
    rx=r"re-referral", expect=1, why=ONE + " (9.3); bold is emphasis only")
ask(K, "Vice-chair. Could officers confirm that the Corporate Parenting Board now includes young people, as the "
       "plan intended?", st="all", rx=r"Corporate Parenting Board", expect=1, why=ONE + " (11.2), not area 11")
ask(K, "Morgan here. For tomorrow's pre-meet I want the line on the social work recruitment campaign - where is it "
       "up to?", st="all", rx=r"recruitment campaign", expect=1, as_=MORGAN, why=ONE + " (10.2), not area 10")
ask(K, "> Helen: caseload and performance report went to the Board again on Thursday\n\nIs that monthly report "
       "action still open?", st="all", rx=r"caseloads and performance", expect=1, as_=PRIYA,
    why=ONE + " (9.2); the quote names the work")
ask(K, AT + "\nwhat's the latest on embedding family safegaurding?", st="all", rx=r"family safeguarding", expect=1,
    why=ONE + " (2.3); safegaurding = safeguarding")
ask(K, "I would be grateful to know whether officers ever settled on a delivery model that reduces transfer "
       "points for children.", st="all", rx=r"delivery model", expect=1, why=ONE + " (1.1), not area 1")

# ======================================================================== facts
K = "facts"
ask(K, AT + " who holds 6.1?", intent="action_detail", ref="6.1", fact="owner", why="6.1's owner (Ruth Okafor)")
ask(K, "Chair. Could officers confirm when the workforce report members asked to see in Summer 2022 is due to "
       "arrive?",
    intent="action_detail", ref="10.5", fact="due",
    why="10.5's due date; 'summer 2022' inside the name of the work sets no period")
ask(K, "Chris here - for the March agenda, who is bringing the child protection performance update?",
    intent="action_detail", ref="9.4", fact="owner", as_=CHRIS, why="9.4's owner (Priya Shah)")
ask(K, "> Vice-chair: who's the lead officer for life story work these days?\n\ncan you answer that one?",
    areas=[7], fact="lead", expect=4, why="area 7's lead (Ruth Okafor); 7.1, 7.2, 7.3, 7.4 outstanding")
ask(K, "For tomorrow I need, on 11.4:\n- owner\n- deadline\n- latest progress",
    intent="action_detail", ref="11.4", why="several facts of one action in bullets = its detail, no fact field")
ask(K, "Could officers tell the committee how many of the actions it has agreed are now overdue?", st="overdue",
    meeting=COMMITTEE, fact="count", expect=3, why="any committee meeting: 7.2, 9.3, 9.5")
ask(K, "Anita here. For tomorrow: my action on keeping PEPs current - when does it fall due?", intent="action_detail",
    ref="11.5", fact="due", as_=ANITA, why="Anita's PEPs action is 11.5 (PEPs in its measure); its due date")
ask(K, "@Improvement Tracker quick count - how many are on hold right now?", st="blocked", fact="count", expect=1,
    why="'on hold' = blocked: 6.3")
ask(K, "Vice-chair. I would be grateful to know which director is accountable for partnership working.",
    areas=[12], fact="lead", expect=1, why="area 12's lead (Tom Brennan); 12.4 outstanding")
ask(K, "Sam here - whose name is on the hub work to grow the number of in-house foster carers?",
    intent="action_detail", ref="11.6", fact="owner", as_=SAM, why="11.6's owner (Leo Fitzgerald)")
ask(K, "Helen. Evening before the pre-meet - give me a count of everything I've still got open.", owners=[HELEN],
    fact="count", expect=7, as_=HELEN, why="2.2, 3.3, 4.2, 5.3, 7.3, 9.1, 9.2")
ask(K, "> Opposition cllr: when are we getting the re-referrals report we were promised?\n\n" + AT + " when was "
       "that due?", intent="action_detail", ref="9.3", fact="due",
    why="the quote names the work (9.3); its due date")
ask(K, "Tom here. What's the success measure on the housing protocol?", intent="action_detail", ref="3.1",
    as_=TOM, why="what's the measure = 3.1's detail, no fact field")
ask(K, "Quality of plans - who's the **lead** director these days?", areas=[4], fact="lead", expect=2,
    why="area 4's lead (Priya Shah); bold is emphasis only; 4.2, 4.3 outstanding")
ask(K, "Can the Cabinet Member tell the committee how many corporate parenting actions are still outstanding?",
    areas=[11], fact="count", expect=3, why="the Cabinet Member is addressed, not an owner filter: 11.4, 11.5, 11.6")

# ======================================================================== people
K = "people"
ask(K, AT + " Helen Marsh - which of hers are underway?", st="in_progress", owners=[HELEN], expect=5,
    why="2.2, 4.2, 5.3, 9.1, 9.2")
ask(K, "Could officers confirm which actions the Cabinet Member holds, and whether they are complete?", st="all",
    owners=[JO], expect=1, why="the Cabinet Member's actions, every status (the lines show it): 12.4")
ask(K, "Chris here. Do I have any actions in my name?", owners=[CHRIS], expect=0, as_=CHRIS,
    why="Chris Dunn owns none: a real empty list")
ask(K, "> Priya: Grace and Helen are picking up the neglect work between them\n\nwhat do Grace and Helen have "
       "open?", owners=[GRACE, HELEN], expect=10,
    why="the quote's 'neglect work' is news: Grace 1.4, 4.3, 7.1; Helen 2.2, 3.3, 4.2, 5.3, 7.3, 9.1, 9.2")
ask(K, "Morning\nhas the Principal Social Worker let anything slip?", st="overdue", owners=[GRACE], expect=0,
    why="a greeting line, then the question; Principal Social Worker = Grace Adeyemi; 'let slip' = slipped = "
        "overdue: a real empty list")
ask(K, "Morgan here, morning after the panel. Which of the ADs' actions haven't been started?", st="not_started",
    owners=[RUTH, TOM], expect=1, as_=MORGAN, why="the ADs = Ruth Okafor and Tom Brennan: 9.5")
ask(K, "Vice-chair. I would be grateful to know what Ms Rao and Mr Fitzgerald are responsible for that is still in "
       "progress.", st="in_progress", owners=[ANITA, LEO], expect=2, why="Anita 11.5; Leo 11.6")
ask(K, "@Improvement Tracker what have priya and daniel finished?", st="complete", owners=[PRIYA, DANIEL],
    expect=6, why="Priya 1.1, 6.2, 8.2, 8.3, 8.4; Daniel 4.1")
ask(K, "Priya. Prepping tonight - what do my direct reports Grace and Helen have that's overdue?", st="overdue",
    owners=[GRACE, HELEN], expect=2, as_=PRIYA, why="the reporting line is news: Helen 5.3, 9.1; Grace none")
ask(K, "Opposition member. The Transformation Director seems to hold a lot - which of his actions are not "
       "started?", st="not_started", owners=[DANIEL], expect=3,
    why="the Transformation Director = Daniel Cross; the remark is news: 1.5, 9.3, 10.5")
ask(K, "**Tom Brennan** and **Sam Whitfield** - anything still on their lists?", owners=[TOM, SAM], expect=3,
    why="bold is emphasis only: Tom 3.1; Sam 10.2, 10.4")
ask(K, "Daniel here. Between Sam and me, what's due before the March committee on 16 March?", owners=[SAM, DANIEL],
    dbefore=SPRING, expect=3, as_=DANIEL, why="due before 16 March 2022, overdue kept in: Daniel 7.2, 9.3; Sam 10.4")
ask(K, "> Chair: can we have the Cabinet Member's and the Executive Director's actions side by side?\n\n" + AT +
       " can you do that?", owners=[JO, MORGAN], expect=1,
    why="the quoted request; one list, no status word = outstanding (Morgan's 12.3 is complete): 12.4")
ask(K, "Could officers confirm whether the Head of Workforce Development or the Head of QA has anything not yet "
       "started?", st="not_started", owners=[SAM, HELEN], expect=3, why="Sam 10.4; Helen 3.3, 7.3")
ask(K, "Grace here. Which of the four area leads' actions are underway?", st="in_progress", owners=LEADS,
    expect=9, as_=GRACE,
    why="Priya 2.3, 9.4, 10.3; Tom 3.1; Ruth 6.1, 7.4, 11.4; Daniel 5.2, 7.2")

# ======================================================================== combined
K = "combined"
ask(K, AT + " QA actions the committee added - which haven't begun?", st="not_started", areas=[9], meeting=COMMITTEE,
    expect=3, why="9.3, 9.5, 9.6")
ask(K, "Chair. Could officers confirm which plan actions, rather than those this committee added, are overdue in "
       "the areas led by Ms Okafor?", st="overdue", leads=[RUTH], meeting=None, expect=1,
    why="Ruth leads 6, 7, 11; the plan (7.2 came from committee): 6.3")
ask(K, "Chris - action log for 16 March. Which of the committee's open actions are owned by Priya Shah and due by "
       "the end of March?", meeting=COMMITTEE, owners=[PRIYA], dto="2022-03-31", expect=2, as_=CHRIS,
    why="the log's date is news: 9.4, 9.6 (10.3 is due 30 June)")
ask(K, "> Vice-chair: I'd like the overdue ones from our committee for tomorrow\n\n**owned by the ADs only** please",
    st="overdue", meeting=COMMITTEE, owners=[RUTH, TOM], expect=1,
    why="the quote names the status and the source; the reply narrows to Ruth Okafor and Tom Brennan: 9.5")
ask(K, "Evening - could you pull:\n- life story work and permanence\n- in progress\n- due by the end of June",
    st="in_progress", areas=[6, 7], dto="2022-06-30", expect=4,
    why="the bullets apply together; overdue kept in: 6.1, 7.1, 7.2, 7.4")
ask(K, "Ruth here. After last night's panel - my committee actions that are in progress and due in the summer?",
    st="in_progress", owners=[RUTH], meeting=COMMITTEE, **SUMMER, expect=2, as_=RUTH,
    why="June - August 2022: 7.4, 11.4")
ask(K, "@Improvement Tracker late ones from the original plan, excluding Helen's", st="overdue", meeting=None,
    owners=everyone_but(HELEN), expect=2, why="Helen's 5.3 and 9.1 left out: 3.1, 6.3")
ask(K, "I would be grateful to know how many of the actions agreed at the November and January meetings remain "
       "open.", meeting=[NOV, JAN], fact="count", expect=10,
    why="10 November 2021 and 12 January 2022, outstanding: 1.5, 9.3, 9.4, 10.4, 10.5, 12.4, 9.5, 9.6, 11.4, 11.6")
ask(K, "Sam. My actions that came out of committee - any not kicked off yet with a deadline before the "
       "summer?", st="not_started",
    owners=[SAM], meeting=COMMITTEE, dbefore="2022-06-01", expect=1, as_=SAM, why="10.4")
ask(K, "> Tom: nothing on partnership working is late\n\nis that right? anything in partnership working or "
       "recording that's overdue?", st="overdue", areas=[12, 5], expect=1, why="5.3 (area 12 has nothing overdue)")
ask(K, "Recruitment and retention: anything from the original plan that's **in progress** with a 31 March deadline "
       "or earlier?", st="in_progress",
    areas=[10], meeting=None, dto="2022-03-31", expect=1, why="10.2 (10.3 came from committee)")
ask(K, "Daniel - for the pre-meet. In my two areas, what's not started and came from the January committee?",
    st="not_started", leads=[DANIEL], meeting=JAN, expect=2, as_=DANIEL, why="Daniel leads 9 and 10: 9.5, 9.6")
ask(K, AT + "\nin Tom's areas, what's being worked on that isn't due till after Easter?", st="in_progress", leads=[TOM],
    dafter="2022-04-17",
    expect=2, why="Tom leads 3, 5, 12; after Sunday 17 April 2022: 5.2, 12.4")
ask(K, "Could the Executive Director confirm which in-progress actions on neglect and quality of plans are due by "
       "the end of the financial year?", st="in_progress", areas=[2, 4], dto="2022-03-31", expect=2,
    why="the Executive Director is addressed, not an owner filter; on or before 31 March 2022: 2.2, 4.2")
ask(K, "Leo here. Setting corporate parenting aside, which committee-generated actions are under way with a June "
       "deadline?", st="in_progress",
    areas=areas_but(11), meeting=COMMITTEE, dfrom="2022-06-01", dto="2022-06-30", expect=3, as_=LEO,
    why="11.6 left out with area 11: 7.4, 10.3, 12.4")

# ======================================================================== meetings
K = "meetings"
ask(K, AT + " list the January committee's actions pls", st="all", meeting=JAN, expect=4,
    why="no status word, every status: 9.5, 9.6, 11.4, 11.6")
ask(K, "Chris, doing the action log for 16 March. Of item 23's actions, which are now in progress?",
    st="in_progress", meeting=NOV, expect=2, as_=CHRIS, why="item 23 = 10 November 2021: 9.4, 12.4")
ask(K, "> 3. Requests a short briefing on Child Protection Statutory Visits and Initial Conference timeliness "
       "performance.\n\nwho's doing this and when is it due?", intent="action_detail", ref="9.6",
    why="the quoted resolution is 42.3.3, which created one action; several facts = its detail, no fact field")
ask(K, "Chair. Could officers confirm which actions remain outstanding from the meeting at which we heard the staff "
       "survey had its highest ever response rate?", meeting=NOV, expect=6,
    why="what was said (minute 23.2) names the 10 November 2021 meeting; 'staff survey' there sets no topic: 1.5, "
        "9.3, 9.4, 10.4, 10.5, 12.4")
ask(K, "For tomorrow's pre-meet:\n• the October 2019 committee\n• anything from it not yet started", st="not_started",
    meeting=OCT19, expect=1, why="the bullets apply together: 7.3")
ask(K, "Jo here - ahead of tomorrow, which of the November committee's actions are mine, done or not?", st="all",
    meeting=NOV, owners=[JO], expect=1, as_=JO, why="every status: 12.4")
ask(K, "@Improvement Tracker from item 42, which ones has nobody picked up yet?", st="not_started", meeting=JAN,
    expect=2,
    why="item 42 = 12 January 2022: 9.5, 9.6")
ask(K, "As an opposition member I note the 2019 committee wanted life story work to improve. Which of the life "
       "story actions it set are still open?", meeting=OCT19, areas=[7], expect=4,
    why="the 2019 committee = October 2019: 7.1, 7.2, 7.3, 7.4")
ask(K, "> Cllr: didn't we resolve to get an update on simplifying the children's IT systems?\n\n" + AT + " who's "
       "got that one?", intent="action_detail", ref="1.5", fact="owner",
    why="resolution 23.3.3, which created one action; its owner (Daniel Cross)")
ask(K, "Chris here. For the action log: every action from the last two committees that's complete.",
    st="complete", meeting=[NOV, JAN], expect=1, as_=CHRIS, why="10 November 2021 and 12 January 2022: 11.3")
ask(K, "Vice-chair. At the meeting where members asked about vacancy gaps in particular teams, which of the actions "
       "set are in progress?", st="in_progress", meeting=OCT19, expect=4,
    why="what was asked (minute 39.4) names the October 2019 meeting, asked of its actions; 'vacancy' sets no "
        "area 10: 7.1, 7.2, 7.4, 10.3")
ask(K, AT + " **minute 23.2** - what hasn't been started?", st="not_started", meeting=NOV,
    rx=r"re-referral|January 2022 staff survey|You said", minute="23.2", expect=2, why="9.3, 10.4")
ask(K, "Helen here. Anything from the 2019 committee with my name on it?", st="all", meeting=OCT19,
    owners=[HELEN], expect=1, as_=HELEN,
    why="no status word, every status (7.3 is outstanding, so the list rule gives the same): 7.3")
ask(K, "> 1. Wish to pass on their thanks to the Cabinet Member and officers on achieving an Outstanding Ofsted "
       "rating at three Children's residential homes in West Sussex.\n\nwhich of that meeting's actions are in "
       "progress?", st="in_progress", meeting=JAN, expect=2,
    why="the quoted resolution 42.3.1 names the 12 January 2022 meeting; its list number is no area: 11.4, 11.6")
ask(K, "Can the Cabinet Member assure the committee that what we asked for in November is in hand? Which of those "
       "actions are not yet started?", st="not_started", meeting=NOV, expect=4,
    why="the first sentence frames the second; the Cabinet Member is addressed: 1.5, 9.3, 10.4, 10.5")

# ======================================================================== chatter
K = "chatter"
ask(K, AT, intent="help", why="A mention alone, as a greeting alone")
ask(K, AT + " cheers, that's what I needed for tomorrow", intent="unknown", as_=PRIYA,
    why="Thanks alone; the mention is read as absent")
ask(K, "> Chair: can everyone send me their questions for tomorrow by 8pm please\n\n👍", intent="unknown",
    why="A quoted request and an acknowledgement, no question to the bot")
ask(K, "Evening all,\n**Reminder:** the pre-meet is at 9.30 tomorrow in the Chair's office.", intent="unknown",
    why="A notice with no question")
ask(K, "@Improvement Tracker first time using you in this channel - what are you for?", intent="help",
    why="Asks what the bot can do")
ask(K, "Chair. Before tomorrow's pre-meeting I would welcome a short overview of how the improvement plan is "
       "progressing as a whole.", intent="summary", why="Overview of the whole plan")
ask(K, "Chris - thanks, that's the action log done for 16 March.", intent="unknown", as_=CHRIS,
    why="Thanks alone; the action log is news")
ask(K, AT + " late actions for Tom pls... actually scrap that, make it Daniel", st="overdue", owners=[DANIEL], expect=2,
    why="'actually, scrap that' = the corrected question alone, the person replaced: 7.2, 9.3")
ask(K, "Morning all - late one at the panel last night! Anyway, anything in quality assurance that's gone "
       "overdue?", st="overdue", areas=[9], expect=3,
    why="the question inside the small talk; the panel is news: 9.1, 9.3, 9.5")
ask(K, "Does anyone know if the projector in the committee room is working for tomorrow?", intent="unknown",
    why="Off-topic question")
ask(K, "> Cllr: what's the total number of open actions on the plan right now?\n\nover to you", fact="count",
    expect=30, why="the quoted question: the count of outstanding actions")
ask(K, "Thank you, that is most helpful. I shall raise it with the Cabinet Member tomorrow.", intent="unknown",
    why="Thanks alone; what the councillor will raise is news")
ask(K, "Right, that's me done for tonight - big day tomorrow. Night all", intent="unknown", as_=SAM, why="Sign-off")
ask(K, "Hi,\n- new to this channel\n- the clerk asked me to use the bot\nhow does it work?", intent="help",
    why="A greeting with bullets of introduction, asking how the bot works")
ask(K, "Apologies - that last one was meant for the cabinet WhatsApp, not this channel", intent="unknown", as_=JO,
    why="Apology alone")

# ======================================================================== hand the specs to build.py
hand_over()
