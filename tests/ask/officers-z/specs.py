# Evaluation questions for Improvement Tracker (set z): 150 questions, 15 per kind, in the order
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
# (officers-z-holdout.jsonl, 50 lines); the rest go to officers-z-dev.jsonl (100 lines).
#
# How this file is labelled (the same machinery as sets x and y). build.py exec()s this file in its own
# namespace and labels every spec with its own label(); that label() knows st, areas, owners, leads, rx, dfrom /
# dto / dbefore, meeting (compared with ==), fact, ref, as, note and whyx. The ask() in
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
#   python3 tests/ask/officers/build.py tests/ask/officers-z/specs.py --split \
#       tests/ask/officers-z-dev.jsonl tests/ask/officers-z-holdout.jsonl
#
# Angle of this set: summer and autumn 2022, after the plan's first year of tracking, asked about ahead of
# time (the askers write on today's date, 1 February 2022, looking forward; "late / overdue" stays relative to
# today): the new municipal year (annual council, which the askers put on Friday 20 May 2022, and a new chair
# of the select committee), the plan's annual review and refresh, Ofsted's annual engagement meeting (which
# the askers put on Thursday 23 June 2022; it is not a meeting in the data, so no question asks what it set),
# a Local Government Association peer challenge of the front door (which the askers put in the week
# commencing Monday 12 September 2022), the corporate parenting annual report, the school summer holidays and
# the start of the autumn term 2022, and the interim Director's handover notes. Asked by an internal auditor,
# an HR business partner, an IRO (independent reviewing officer) service manager, a SEND casework officer,
# the designated nurse for looked-after children (a health partner), a police partner in the MASH, a school
# governor, the manager of a residential children's home, a parent carer forum representative and a data
# analyst in the performance team (none of them is a person in the data, so no "as"); and by every person in
# the data at least once, with "as" set to their id: Morgan Hale, Priya Shah, Ruth Okafor, Tom Brennan,
# Daniel Cross, Helen Marsh, Grace Adeyemi, Sam Whitfield, Leo Fitzgerald, Anita Rao, the Cabinet Member
# Cllr Jo Pearce and the clerk Chris Dunn. They write as people do in Teams: terse or long-winded, context
# first and the reason after, lower case and text-speak, several conditions at once, every kind of negation
# ("leaving ... to one side", "anyone other than", "nothing from the original plan", "leaving the four area
# leads out of it", "isn't a training action", "not bothered about anything X owns", "bar the ... ones",
# "neither late nor stuck", "set aside X's and Y's", "strip out anything committee-generated", "setting my own
# three areas aside", "isn't in", "drop the ... action", "excluding anything due after", "I don't need the ones
# I've already got going"), named periods (the six weeks after annual council, before or on the date of the
# engagement meeting, the week of the peer challenge, the school summer holidays, the autumn term 2022, Q2 of
# 2022/23, H1 2022, since the start of the year, by the end of the calendar year, between annual council and
# the peer challenge, over the summer, July or August, before the peer challenge, from annual council to the
# end of July, by the end of Q1 2022/23, before the new municipal year), deliverables named in the asker's own
# words, facts (who leads, who owns, when due, how many, is it done, what's the measure, which meeting set
# it), several people at once (names, surnames, job titles, "X and me"), meetings named by date, item, minute,
# resolution or what was said or decided, and chatter (greetings, thanks, apologies, corrections, forwarded
# notes, off-topic remarks, a question inside small talk). Never more than two typos in a question. No
# question holds any child's personal data (no child is named or described; children appear only as groups
# the plan serves, such as children in care).
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

import datetime as _dt

NOV, JAN, OCT19, JUN19 = "cypssc-2021-11-10", "cypssc-2022-01-12", "cypssc-2019-10-09", "cypssc-2019-06-19"
HELEN, GRACE, SAM, LEO, ANITA = "helen-marsh", "grace-adeyemi", "sam-whitfield", "leo-fitzgerald", "anita-rao"
PRIYA, RUTH, TOM, DANIEL = "priya-shah", "ruth-okafor", "tom-brennan", "daniel-cross"
MORGAN, CHRIS, JO = "morgan-hale", "chris-dunn", "jo-pearce"
LEADS = [PRIYA, TOM, RUTH, DANIEL]  # "the area leads"
FY_START, FY_END = "2021-04-01", "2022-03-31"  # this financial year
ANNUAL_COUNCIL = "2022-05-20"  # annual council, Friday 20 May 2022, only where the asker states it
ENGAGEMENT = "2022-06-23"  # Ofsted's annual engagement meeting, Thursday 23 June 2022, only where stated
PEER = "2022-09-12"  # Monday of the LGA peer challenge week (w/c 12 September 2022), only where stated
PEER_WEEK = {"dfrom": "2022-09-12", "dto": "2022-09-18"}
HOLS_START = "2022-07-23"  # first day of the school summer holidays (the summer term ends Friday 22 July)
SUMMER_HOLS = {"dfrom": "2022-07-23", "dto": "2022-09-02"}  # the school summer holidays (set w)
AUTUMN22 = {"dfrom": "2022-09-05", "dto": "2022-12-16"}  # the autumn term 2022
SIX_WEEKS_AC = {"dfrom": "2022-05-21", "dto": "2022-07-01"}  # the six weeks after annual council (D+1 - D+42)
H1_2022 = {"dfrom": "2022-01-01", "dto": "2022-06-30"}  # H1 2022 / the first half of 2022
Q2_2223 = {"dfrom": "2022-07-01", "dto": "2022-09-30"}  # Q2 of 2022/23 (set u's "Q2 of next financial year")
SUMMER = {"dfrom": "2022-06-01", "dto": "2022-08-31"}  # summer = June - August 2022
JULY = {"dfrom": "2022-07-01", "dto": "2022-07-31"}
JUNE = {"dfrom": "2022-06-01", "dto": "2022-06-30"}
ONE = "one named deliverable, whatever its status"
KINDS = ["ordinary", "negation", "periods", "wordforms", "deliverables", "facts", "people", "combined",
         "meetings", "chatter"]


# _Sources, COMMITTEE, everyone_but, areas_but, ask() and hand_over(): shared with sets x and y.
exec(open(os.path.join(HERE, "spec_words.py")).read())


# ======================================================================== ordinary
K = "ordinary"
ask(K, "Internal audit here - I'm scoping our review of how the plan is governed, ahead of its annual refresh. Has "
       "anything under quality assurance actually been completed yet?", st="complete", areas=[9], expect=0,
    why="the role and the refresh are news (no audit topic); area 9's six actions are all outstanding: a real "
        "empty list")
ask(K, "hr business partner for childrens social care. refreshing our workforce plan and need to know what in "
       "recruitment & retention hasn't been started", st="not_started", areas=[10], expect=2,
    why="the role and the workforce plan are news ('partner' sets no area 12): 10.4, 10.5")
ask(K, "I'm the IRO service manager. Our annual report needs a line on drift - what's still outstanding there?",
    areas=[4], expect=2, why="'drift' is an area 4 keyword; the role sets no IRO topic; the report is news: 4.2, 4.3")
ask(K, "SEND casework officer, so a bit outside my patch, but lots of the families I work with also have a social "
       "worker. Has anything in neglect been finished?", st="complete", areas=[2], expect=1,
    why="'finished' = complete; the role is news: 2.1")
ask(K, "Designated nurse for looked-after children (health side). Under permanence planning, is anything stuck at "
       "the moment?", st="blocked", areas=[6], expect=1, why="'stuck' = blocked; the role sets no area 11: 6.3")
ask(K, "Police partner in the MASH. The peer challenge team are bound to ask about management oversight at the "
       "front door - is any of that still in progress?", st="in_progress", areas=[8], expect=0,
    why="the role sets no MASH topic; the peer challenge and 'the front door' are news; area 8's four actions are "
        "all complete: a real empty list")
ask(K, "school governor here - our head wants a para on private fostering for the next newsletter to parents. "
       "what has the council already done on it?", st="complete", areas=[3], expect=1,
    why="'done' = complete; the newsletter is news: 3.2")
ask(K, "I manage one of the county's residential children's homes. On life story work, what's being worked on "
       "right now?", st="in_progress", areas=[7], expect=3,
    why="'being worked on' = in progress; the role sets no residential topic: 7.1, 7.2, 7.4")
ask(K, "Parent carer forum rep. We're meeting the new committee chair soon and partnership working is top of our "
       "list - what's still open?", areas=[12], expect=1,
    why="the forum, the chair and the meeting are news: 12.4")
ask(K, "analyst in the performance team, building the dashboard for the plan's annual review. return home "
       "interviews: anything overdue?", st="overdue", areas=[5], expect=1,
    why="'return home interviews' is an area 5 keyword; the role sets no performance topic: 5.3")
ask(K, "The new chair wants a tidy action log, so I'm going through it area by area. Corporate parenting - what's "
       "been closed off?", st="complete", areas=[11], expect=3, as_=CHRIS,
    why="'closed off' = complete; the chair and the log are news: 11.1, 11.2, 11.3")
ask(K, "The incoming chair asked me about transfer points over coffee. Anything there still on the go?", areas=[1],
    expect=2, as_=JO, why="'transfer points' is an area 1 keyword; not narrowed to Jo's own: 1.4, 1.5")
ask(K, "Quick one in between admissions appeals: anything under children looked after that nobody's started?",
    st="not_started", areas=[11], expect=0, as_=ANITA,
    why="'children looked after' is an area 11 keyword; 11.4, 11.5, 11.6 are in progress: a real empty list")
ask(K, "Does anything under foster to adopt still need doing?", areas=[6], expect=2, as_=LEO,
    why="'foster to adopt' is an area 6 keyword; 'still need doing' = outstanding: 6.1, 6.3")
ask(K, "The interim Director's handover notes need a line on case recording. What's still outstanding?", areas=[5],
    expect=2, as_=MORGAN, why="'case recording' is an area 5 keyword; the handover notes are news: 5.2, 5.3")

# ======================================================================== negation
K = "negation"
ask(K, "For the audit I'm leaving life story work and QA to one side - what else is overdue?", st="overdue",
    areas=areas_but(7, 9), expect=3,
    why="the audit is news; areas 7 and 9 left out (7.2; 9.1, 9.3, 9.5): 3.1, 5.3, 6.3")
ask(K, "From the IRO service: we look at plans and permanence at every review. In those two areas, what's open "
       "with anyone other than Helen Marsh?",
    areas=[4, 6], owners=everyone_but(HELEN), expect=3, why="Helen's 4.2 left out: 4.3, 6.1, 6.3")
ask(K, "For the workforce board I only want what the committee added - nothing from the original plan, and nothing "
       "that's complete.", meeting=COMMITTEE, expect=15,
    why="'nothing from the original plan' = any committee meeting; 'nothing that's complete' = outstanding: 1.5, "
        "7.1-7.4, 9.3-9.6, 10.3, 10.4, 10.5, 11.4, 11.6, 12.4")
ask(K, "Police side of the MASH here. Leaving the four area leads out of it, which actions are still not started?",
    st="not_started", owners=everyone_but(*LEADS), expect=4,
    why="every owner but Priya, Tom, Ruth and Daniel: Helen 3.3, 7.3; Grace 4.3; Sam 10.4")
ask(K, "Governor here, and the training side isn't really my thing. In life story work and quality of plans, "
       "what's open that isn't a training action?", areas=[4, 7], nrx=r"train", expect=4,
    why="areas 4 and 7 outstanding less 4.2 and 7.1: 4.3, 7.2, 7.3, 7.4")
ask(K, "Not bothered about anything Ruth Okafor owns - what else is still open under corporate parenting?",
    areas=[11], owners=everyone_but(RUTH), expect=2, why="Ruth's 11.4 left out: 11.5, 11.6")
ask(K, "Forum rep again. Everything open in Priya Shah's areas, bar the quality of plans ones.", leads=[PRIYA],
    areas=areas_but(4), expect=4,
    why="Priya leads 1, 2, 4, 8; area 4 left out: 1.4, 1.5, 2.2, 2.3 (area 8 has none open)")
ask(K, "Performance analyst. In QA, which open actions are neither late nor stuck?", areas=[9], st="not_overdue",
    expect=3, why="'neither late nor stuck' = outstanding and due on or after today (6.3, the one blocked action, "
                  "is overdue and not in area 9 anyway): 9.2, 9.4, 9.6")
ask(K, "In corporate parenting, set aside Anita Rao's and Leo Fitzgerald's - what else is in progress?",
    st="in_progress", areas=[11], owners=everyone_but(ANITA, LEO), expect=1, why="11.5 and 11.6 left out: 11.4")
ask(K, "Strip out anything committee-generated: what's left on my list from the original plan?", owners=[HELEN],
    meeting=None, expect=6, as_=HELEN,
    why="'strip out anything committee-generated' = the plan (7.3 left out): 2.2, 3.3, 4.2, 5.3, 9.1, 9.2")
ask(K, "Setting my own three areas aside, what's running late elsewhere on the plan?", st="overdue",
    areas=areas_but(3, 5, 12), expect=5, as_=TOM,
    why="Tom leads 3, 5, 12 (3.1, 5.3 left out): 6.3, 7.2, 9.1, 9.3, 9.5")
ask(K, "Have I got anything open that isn't in recruitment and retention? Trying to see if I've been pulled into "
       "other areas.", owners=[SAM], areas=areas_but(10),
    expect=0, as_=SAM, why="Sam's 1.3 and 8.1 are complete: a real empty list")
ask(K, "Just my committee ones please, and you can drop the initial health assessments action - I know where "
       "that is.", owners=[RUTH], meeting=COMMITTEE,
    nrx=r"health assessments", expect=2, as_=RUTH,
    why="Ruth's committee actions less 11.4 (all three are outstanding, so every status gives the same): 7.4, 9.5")
ask(K, "What have I got open, excluding anything due after the annual engagement meeting on Thursday 23 June?",
    owners=[PRIYA], dto=ENGAGEMENT, expect=2, as_=PRIYA,
    why="'excluding anything due after X' = due on or before X, overdue kept in: 9.4, 9.6 (2.3, 10.3 are 30 June)")
ask(K, "I don't need the ones I've already got going - what of mine hasn't been picked up at all?",
    st="not_started", owners=[GRACE], expect=1, as_=GRACE,
    why="'hasn't been picked up at all' = not started: 4.3")

# ======================================================================== periods
K = "periods"
ask(K, "Annual council is Friday 20 May and we get a new chair straight after. What falls due in the six weeks "
       "after annual council?", **SIX_WEEKS_AC, expect=5,
    why="21 May - 1 July 2022: the five 30 June deadlines 2.3, 7.4, 10.3, 11.6, 12.4")
ask(K, "From the health side: Ofsted's annual engagement meeting is on Thur 23 June. How many open actions are "
       "due on or before that date?", dto=ENGAGEMENT, fact="count", expect=21,
    why="on or before 23 June 2022, overdue kept in: the seven overdue, 2.2, 10.4, the eleven 31 March, 5.2")
ask(K, "The LGA peer challenge of the front door is w/c 12 September. Is anything due that week itself?",
    **PEER_WEEK, expect=0, why="12 - 18 September 2022: a real empty list (4.3 is 30 September)")
ask(K, "Governor hat on: schools break up on Friday 22 July and go back after 2 September. Does anything on the "
       "plan fall due while they're off?", **SUMMER_HOLS, expect=3,
    why="23 July - 2 September 2022: 1.5, 10.5, 11.4 (31 July)")
ask(K, "Which actions are due in the autumn term 2022, so from when schools return on 5 September up to "
       "Christmas?", **AUTUMN22, expect=1, why="5 September - 16 December 2022: 4.3")
ask(K, "I'm pre-populating the July-September return, i.e. Q2 of 2022/23. Which deadlines fall in that quarter, "
       "any status?", st="all", **Q2_2223, expect=4, why="1 July - 30 September 2022: 1.5, 10.5, 11.4, 4.3")
ask(K, "For our sample I want H1 2022: which actions are due in the first six months of this calendar year and "
       "still not done?", **H1_2022, expect=21,
    why="1 January - 30 June 2022: 5.3, 9.5, 2.2, 10.4, the eleven 31 March, 5.2, the five 30 June")
ask(K, "What's come due since the start of the year and is still open?", dfrom="2022-01-01", dbefore=TODAY,
    expect=2, why="since 1 January 2022, before today: 5.3, 9.5 (31 January)")
ask(K, "Question for the forum newsletter: by the end of the calendar year, how many of the open actions should be "
       "finished?", dto="2022-12-31",
    fact="count", expect=30, why="on or before 31 December 2022, overdue kept in: every outstanding action")
ask(K, "For the new chair's first work programme session: which committee actions are due between annual council "
       "on 20 May and the peer challenge, w/c 12 September?", meeting=COMMITTEE, dfrom=ANNUAL_COUNCIL,
    dbefore=PEER, expect=7, as_=CHRIS,
    why="20 May - 11 September 2022; every action due then is outstanding, so every status gives the same list: "
        "7.4, 10.3, 11.6, 12.4 (30 June), 1.5, 10.5, 11.4 (31 July)")
ask(K, "The corporate parenting annual report is being drafted. What of mine falls due over the summer?",
    owners=[RUTH], **SUMMER, expect=2, as_=RUTH,
    why="June - August 2022; the annual report is news (no area 11): 7.4, 11.4")
ask(K, "The plan's annual review workshop is early September, so what of mine is due in July or August?",
    owners=[DANIEL], dfrom="2022-07-01", dto="2022-08-31", expect=2, as_=DANIEL,
    why="1 July - 31 August 2022; the workshop is news: 1.5, 10.5")
ask(K, "Before the peer challenge (w/c 12 Sept), what needs finishing across the areas I lead?", leads=[PRIYA],
    dbefore=PEER, expect=5, as_=PRIYA,
    why="Priya leads 1, 2, 4, 8; before 12 September 2022, overdue kept in: 1.4, 1.5, 2.2, 2.3, 4.2 (4.3 is 30 "
        "September)")
ask(K, "Between the Ofsted engagement meeting on 23 June and the start of the summer holidays, have I got anything "
       "due?", owners=[SAM], dafter=ENGAGEMENT, dbefore=HOLS_START, expect=0, as_=SAM,
    why="24 June - 22 July 2022: Sam's 10.2 and 10.4 fall due earlier: a real empty list")
ask(K, "From annual council on Friday 20 May to the end of July, what falls due?", dfrom=ANNUAL_COUNCIL,
    dto="2022-07-31", expect=8, as_=JO, why="20 May - 31 July 2022: the five 30 June and the three 31 July deadlines")

# ======================================================================== wordforms
K = "wordforms"
ask(K, "managr-held cases on the daily lists - closed off yet?", st="all", rx=r"manager-held", expect=1,
    why=ONE + " (8.3); managr-held = manager-held")
ask(K, "monthly permanance panel revew - what's holding it up?", st="all", rx=r"permanence tracking panel", expect=1,
    why=ONE + " (6.3), the monthly permanence tracking panel review; permanance = permanence, revew = review")
ask(K, "corperate parenting, anything slipped?", st="overdue", areas=[11], expect=0,
    why="corperate = corporate, area 11; 11.4, 11.5, 11.6 are not yet due: a real empty list")
ask(K, "quallity of plans: anything not kicked off", st="not_started", areas=[4], expect=1,
    why="quallity = quality, area 4: 4.3")
ask(K, "neglct, open ones only", areas=[2], expect=2, why="neglct = neglect, area 2: 2.2, 2.3")
ask(K, "manegement oversight - list the completed ones", st="complete", areas=[8], expect=4,
    why="manegement = management, area 8: 8.1, 8.2, 8.3, 8.4")
ask(K, "where have we got to on inital health assesments?", st="all", rx=r"initial health assessments", expect=1,
    why=ONE + " (11.4); inital = initial, assesments = assessments")
ask(K, "everything on statutary visits, whatever state it's in", st="all", rx=r"statutory visits", expect=2,
    why="statutary = 'statutory visits' in titles: 9.5, 9.6")
ask(K, "Q.A. side - whats not been started", st="not_started", areas=[9], expect=3,
    why="Q.A. = QA, an area 9 keyword: 9.3, 9.5, 9.6")
ask(K, "lifestory - anything signed off?", st="complete", areas=[7], expect=1, as_=GRACE,
    why="lifestory = life story, area 7; 'signed off' = complete: 7.5")
ask(K, "my quaterly ones - still open?", owners=[HELEN], rx=r"quarterly", expect=2, as_=HELEN,
    why="quaterly = 'quarterly' in titles (a topic word, not a period): 5.3, 7.3")
ask(K, "any protocols on the tracker? any status is fine", st="all", rx=r"protocol", expect=2, as_=LEO,
    why="protocols = 'protocol' in titles: 3.1, 6.2")
ask(K, "anything still o/s where staff are being surveyed?", rx=r"survey", expect=2, as_=TOM,
    why="surveyed = 'survey' in titles: 10.4, 10.5")
ask(K, "electronc workbooks - are the assessment teams using them yet",
    st="all", rx=r"electronic workbooks", expect=1, as_=DANIEL,
    why=ONE + " (5.2); electronc = electronic")
ask(K, "o/s actions for the PSW pls", owners=[GRACE], expect=3, as_=PRIYA,
    why="PSW = the Principal Social Worker, Grace Adeyemi; o/s = outstanding: 1.4, 4.3, 7.1")

# ======================================================================== deliverables
K = "deliverables"
ask(K, "We're testing how key design decisions were made. The work to settle on a delivery model that cuts the "
       "number of times children get passed between teams - was that ever completed?", st="all",
    rx=r"delivery model", expect=1, why=ONE + " (1.1), not area 1 as a whole")
ask(K, "Keeping every child in care's education plan current is a big deal for our EHCP reviews. Is that action "
       "on track?", st="all", rx=r"personal education plans", expect=1,
    why=ONE + " (11.5); the EHCP reviews are news")
ask(K, "Our staff still print off the old procedures. Has the updated practice guidance gone online yet?",
    st="all", rx=r"practice guidance and procedures online", expect=1, why=ONE + " (1.4), not area 1 as a whole")
ask(K, "Midwives keep asking me whether the pre-birth protocol for unborn babies is actually in use. Is it?",
    st="all", rx=r"pre-birth", expect=1, why=ONE + " (6.2), not area 6 though 'unborn babies' is its keyword")
ask(K, "Getting agency headcount down in the frontline teams, the MASH included - how's that going?", st="all",
    rx=r"reliance on agency", expect=1, why=ONE + " (10.3)")
ask(K, "I've been asked to supply turnover and agency figures for the summer workforce report to committee. Has "
       "that report actually been started?", st="all", rx=r"Summer 2022 on workforce", expect=1,
    why=ONE + " (10.5), not area 10 though 'workforce' is its keyword")
ask(K, "Have my IROs and the conference chairs actually had the drift-challenge training the plan promised?",
    st="all", rx=r"IROs",
    expect=1, why=ONE + " (4.2), not area 4 though 'drift' is its keyword")
ask(K, "I produce the figures for the child protection performance section that's meant to go in every "
       "improvement update. Is that still an open action?", st="all", rx=r"child protection performance in each",
    expect=1, why=ONE + " (9.4)")
ask(K, "Were young people and youth groups actually involved in writing the Children First Strategy?", st="all",
    rx=r"Co-produce the Children First Strategy", expect=1, why=ONE + " (12.1), not 12.2's preview")
ask(K, "Parents in our forum who have adopted ask whether every adopted child now gets a life story book before "
       "the order. Has the council got there?", st="all", rx=r"life story book before", expect=1,
    why=ONE + " (7.4), not area 7 as a whole")
ask(K, "The latest statutory visits figures I promised to send members - did I ever circulate them?", st="all",
    rx=r"Circulate the latest", expect=1, as_=RUTH, why=ONE + " (9.5), not 9.6's briefing")
ask(K, "Where are we on making life story work visible in Mosaic? IT still owe me the form change.", st="all",
    rx=r"Record life story work in Mosaic", expect=1, as_=DANIEL, why=ONE + " (7.2), not area 7 as a whole")
ask(K, "Has my neglect toolkit action been ticked off on here? Priya and I agreed it was done.", st="all",
    rx=r"toolkit", expect=1, as_=GRACE, why=ONE + " (2.1), not area 2 as a whole; Priya is named only as news")
ask(K, "In my annual council report I'd like to mention the social worker pay and reward offer - is that action "
       "closed now?", st="all", rx=r"pay and reward", expect=1, as_=JO, why=ONE + " (10.1); the report is news")
ask(K, "For the interim Director's handover notes: the detailed report for members on families being re-referred "
       "- did Daniel ever send it?", st="all", rx=r"re-referral", expect=1, as_=MORGAN,
    why=ONE + " (9.3); the handover notes are news")

# ======================================================================== facts
K = "facts"
ask(K, "Our audit plan needs a named director against each area. Who's it for permanence planning?", areas=[6],
    fact="lead", expect=2, why="area 6's lead (Ruth Okafor); 6.1, 6.3 outstanding; the audit plan is news")
ask(K, "HR BP here - what's the count of open actions in Sam Whitfield's name? Just the number is fine.",
    owners=[SAM], fact="count", expect=2, why="10.2, 10.4")
ask(K, "IROs keep asking when the action on writing plans with children and families, in their own words, is due. "
       "When is it?", intent="action_detail", ref="4.3", fact="due",
    why="co-producing plans with children and families rather than writing them for the child = 4.3")
ask(K, "Who's on the hook for PEPs being kept up to date?", intent="action_detail", ref="11.5", fact="owner",
    why="PEPs = 11.5's personal education plans; 'who's on the hook for' = owner")
ask(K, "Health colleagues asked me where the initial health assessment action originated - which committee meeting "
       "added it?", intent="action_detail",
    ref="11.4", why="'which meeting did X come from' = X's detail, no fact field (its source is 12 January 2022)")
ask(K, "What's the success measure for reducing agency reliance in the frontline teams?",
    intent="action_detail", ref="10.3", why="'what's the measure for X' about one action = its detail, no fact field")
ask(K, "Governor again. Of the actions that were in the original plan (leave the committee's additions out), what "
       "number are complete?", st="complete",
    meeting=None, fact="count", expect=13,
    why="complete plan actions: 1.1, 1.2, 1.3, 2.1, 3.2, 4.1, 5.1, 6.2, 8.1, 8.2, 10.1, 11.1, 11.2")
ask(K, "Is 7.1 done yet? Two of my team are on it.", intent="action_detail", ref="7.1",
    why="'is <ref> done' = that ref's detail, no fact field")
ask(K, "Which director does partnership working come under, as an area? The forum wants someone to write to.",
    areas=[12], fact="lead", expect=1,
    why="area 12's lead (Tom Brennan); 12.4 outstanding")
ask(K, "Building the RAG tiles for the annual review dashboard - what's the red count?",
    st="overdue", fact="count", expect=7,
    why="red = overdue or blocked = overdue (6.3 is both): 3.1, 5.3, 6.3, 7.2, 9.1, 9.3, 9.5")
ask(K, "Which meeting did 10.4 come from? I need it for the log.", intent="action_detail", ref="10.4", as_=CHRIS,
    why="'which meeting did X come from' = X's detail, no fact field (10 November 2021)")
ask(K, "Is Ruth still the lead for corporate parenting as an area, or has that changed with the restructure?",
    areas=[11], fact="lead", expect=3, as_=JO,
    why="area 11's lead (Ruth Okafor); 11.4, 11.5, 11.6 outstanding")
ask(K, "Count of my actions that nobody has started yet?", owners=[HELEN], st="not_started", fact="count", expect=2,
    as_=HELEN, why="3.3, 7.3")
ask(K, "Who owns the family safeguarding model action - me or Tom?", intent="action_detail", ref="2.3",
    fact="owner", as_=PRIYA, why="2.3's owner (Priya Shah)")
ask(K, "Am I still down as the lead for recording and return home interviews as an area?", areas=[5], fact="lead",
    expect=2, as_=TOM, why="area 5's lead (Tom Brennan); 5.2, 5.3 outstanding")

# ======================================================================== people
K = "people"
ask(K, "Open actions for Sam Whitfield and Helen Marsh, please - I'm looking at workload across both teams.",
    owners=[SAM, HELEN], expect=9, why="Sam 10.2, 10.4; Helen 2.2, 3.3, 4.2, 5.3, 7.3, 9.1, 9.2")
ask(K, "For our sample: which actions owned by Marsh, Okafor or Cross have yet to be started?", st="not_started",
    owners=[HELEN, RUTH, DANIEL], expect=6, why="surnames: Helen 3.3, 7.3; Ruth 9.5; Daniel 1.5, 9.3, 10.5")
ask(K, "IRO service manager: for our practice forum, what do the Principal Social Worker and the Virtual School "
       "Head have in progress?", st="in_progress", owners=[GRACE, ANITA], expect=3,
    why="Grace Adeyemi 1.4, 7.1; Anita Rao 11.5; the practice forum is news")
ask(K, "Does the Virtual School Head have anything on the go, and what about Cllr Pearce?", owners=[ANITA, JO],
    expect=2, why="Anita Rao 11.5; Cllr Jo Pearce 12.4")
ask(K, "I'd like to thank the right people - what have Ruth Okafor and Priya Shah already delivered?",
    st="complete", owners=[RUTH, PRIYA],
    expect=8, why="Ruth 11.1, 11.2, 11.3; Priya 1.1, 6.2, 8.2, 8.3, 8.4")
ask(K, "The Deputy Director for Frontline Services and the AD Early Help: what's due before the peer challenge "
       "(w/c 12 September)?", owners=[PRIYA, TOM], dbefore=PEER, expect=5,
    why="before 12 September 2022, overdue kept in: Priya 2.3, 9.4, 9.6, 10.3; Tom 3.1")
ask(K, "What do Leo Fitzgerald and Morgan Hale own between them, done or not?", st="all", owners=[LEO, MORGAN],
    expect=4, why="Leo 3.2, 7.5, 11.6; Morgan 12.3")
ask(K, "Leo Fitzgerald and Ruth Okafor - has either of them got anything not started?", st="not_started",
    owners=[LEO, RUTH], expect=1, why="Ruth 9.5; Leo none")
ask(K, "Do Morgan Hale or Chris Dunn have anything open? The forum asked who's accountable at the top.",
    owners=[MORGAN, CHRIS], expect=0,
    why="Morgan's 12.3 is complete and Chris owns none: a real empty list")
ask(K, "Every action owned by Brennan, Whitfield or Rao, any status", st="all", owners=[TOM, SAM, ANITA], expect=10,
    why="Tom 3.1, 5.1, 12.1, 12.2; Sam 1.3, 8.1, 10.1, 10.2, 10.4; Anita 11.5")
ask(K, "Between Helen and me, what lands in Q2 of 2022/23?", owners=[DANIEL, HELEN], **Q2_2223, expect=2, as_=DANIEL,
    why="1 July - 30 September 2022: Daniel 1.5, 10.5; Helen none")
ask(K, "What do my four area leads have open that's due over the summer?", owners=LEADS, **SUMMER, expect=6,
    as_=MORGAN, why="June - August 2022: Priya 2.3, 10.3; Ruth 7.4, 11.4; Daniel 1.5, 10.5; Tom none")
ask(K, "Is either Sam or me behind on anything?", st="overdue", owners=[SAM, GRACE], expect=0, as_=GRACE,
    why="'behind' = overdue; Sam's 10.4 is due 28 February and Grace has nothing overdue: a real empty list")
ask(K, "Anita, Leo, Jo - what have those three got underway?", st="in_progress", owners=[ANITA, LEO, JO], expect=3,
    as_=HELEN, why="11.5, 11.6, 12.4")
ask(K, "Okafor, Cross and me: what's due in H1 2022?", owners=[RUTH, DANIEL, PRIYA], **H1_2022, expect=8,
    as_=PRIYA, why="1 January - 30 June 2022: Ruth 6.1, 7.4, 9.5; Daniel 5.2; Priya 2.3, 9.4, 9.6, 10.3")

# ======================================================================== combined
K = "combined"
ask(K, "Internal audit: in quality assurance, which committee-added actions were never started and are already "
       "late?", st="not_started",
    areas=[9], meeting=COMMITTEE, dbefore=TODAY, expect=2, why="9.3, 9.5")
ask(K, "For the HR side: any recruitment and retention actions from committee that nobody's started and that fall "
       "due before annual council (Fri 20 May)?",
    st="not_started", areas=[10], meeting=COMMITTEE, dbefore=ANNUAL_COUNCIL, expect=1,
    why="before 20 May 2022: 10.4 (10.5 is 31 July)")
ask(K, "IRO again: quality of plans or permanence - in-progress actions due by the end of Q1 2022/23, please.",
    st="in_progress",
    areas=[4, 6], dto="2022-06-30", expect=2, why="on or before 30 June 2022, overdue kept in: 4.2, 6.1")
ask(K, "Corporate parenting actions that aren't Ruth's and are due before the summer holidays start on 23 July?",
    areas=[11], owners=everyone_but(RUTH), dbefore=HOLS_START, expect=2, why="11.5, 11.6")
ask(K, "Just the original plan's corporate parenting actions - which are underway with a deadline in H1 2022?",
    st="in_progress", areas=[11], meeting=None, **H1_2022, expect=1, why="11.5 (11.6 came from the committee)")
ask(K, "Across Priya Shah's areas, what's in progress with a deadline after Ofsted's annual engagement meeting on 23 "
       "June?",
    st="in_progress", leads=[PRIYA], dafter=ENGAGEMENT, expect=1, why="after 23 June 2022: 2.3 (30 June)")
ask(K, "Governor: thinking about the autumn term 2022 - are there plan actions (not committee ones) due then that "
       "haven't started?", st="not_started", meeting=None, **AUTUMN22,
    expect=1, why="5 September - 16 December 2022: 4.3")
ask(K, "Which of Helen Marsh's in-progress actions in life story or quality of plans are due before the summer "
       "holidays?", st="in_progress", owners=[HELEN], areas=[4, 7], dbefore=HOLS_START, expect=1,
    why="before 23 July 2022: 4.2 (7.3 is not started)")
ask(K, "Forum rep: committee actions due in June that are underway, but leave corporate parenting out.",
    st="in_progress",
    meeting=COMMITTEE, areas=areas_but(11), **JUNE, expect=3, why="7.4, 10.3, 12.4 (11.6 is area 11)")
ask(K, "For the exceptions report: plan actions (not committee) that are overdue and sit with Brennan or Marsh.",
    st="overdue", meeting=None, owners=[TOM, HELEN], expect=3, why="Tom 3.1; Helen 5.3, 9.1")
ask(K, "For the new chair's briefing: of the actions set by the last two committees, which are due in July and "
       "haven't been started?", st="not_started",
    meeting=[NOV, JAN], **JULY, expect=2, as_=CHRIS, why="1.5, 10.5")
ask(K, "Which of my in-progress actions in life story or corporate parenting fall in Q2 of 2022/23?",
    st="in_progress", owners=[RUTH], areas=[7, 11], **Q2_2223, expect=1, as_=RUTH,
    why="1 July - 30 September 2022: 11.4 (7.4 is 30 June)")
ask(K, "Of my open actions outside the areas I lead, which are due by the end of July?", owners=[DANIEL],
    areas=areas_but(9, 10), dto="2022-07-31", expect=3, as_=DANIEL,
    why="Daniel leads 9 and 10; 'by' keeps overdue in: 1.5, 5.2, 7.2")
ask(K, "In recruitment and retention, is there anything due over the summer that somebody other than me owns and "
       "hasn't started?", st="not_started",
    areas=[10], owners=everyone_but(SAM), **SUMMER, expect=1, as_=SAM, why="10.5 (Daniel's, 31 July)")
ask(K, "Anything from the committee in partnership working or life story that's in progress and due before the "
       "new municipal year?", st="in_progress", areas=[7, 12], meeting=COMMITTEE, dbefore="2022-05-01", expect=2,
    as_=JO, why="before 1 May 2022, overdue kept in: 7.1, 7.2 (7.4 and 12.4 are 30 June)")

# ======================================================================== meetings
K = "meetings"
ask(K, "Audit trail: of the actions agreed at the 10 November 2021 committee, which are in progress right now?",
    st="in_progress", meeting=NOV, expect=2, why="9.4, 12.4")
ask(K, "Item 23, the workforce one - list whatever it agreed that nobody has started yet.",
    st="not_started", meeting=NOV,
    expect=4, why="item 23 = 10 November 2021: 1.5, 9.3, 10.4, 10.5")
ask(K, "The meeting where members asked who assesses the age of unaccompanied asylum-seeking children - list "
       "everything it set, any status.", st="all", meeting=JAN, expect=4,
    why="what was asked (minute 42.2) names the 12 January 2022 meeting: 9.5, 9.6, 11.4, 11.6")
ask(K, "In minute 42.2 (the January Q&A), was anything put on Ruth Okafor?", st="all", meeting=JAN, minute="42.2",
    rx=r"Circulate the latest|in-house foster carers", owners=[RUTH], expect=1,
    why="no status word, so every status (9.5 is outstanding, so the list rule gives the same): 9.5 (11.6 is Leo's)")
ask(K, "Health here. Resolution 42.3.2 wants a summer update on IHA performance - what's the due date on the action "
       "behind it?",
    intent="action_detail", ref="11.4", fact="due", why="resolution 42.3.2 created 11.4")
ask(K, "Item 39 back in 2019 - did it set anything on the MASH?", st="all", meeting=OCT19, rx=r"\bMASH\b",
    expect=1, why="item 39 = October 2019: 10.3")
ask(K, "Life story work from the October 2019 committee: which of those asks are still open?", meeting=OCT19,
    areas=[7], expect=4, why="7.1, 7.2, 7.3, 7.4 (7.5 is complete)")
ask(K, "Three of our homes were rated Outstanding and the committee passed on its thanks at that meeting. Which "
       "actions from that same meeting are in progress?", st="in_progress", meeting=JAN, expect=2,
    why="resolution 42.3.1 names the 12 January 2022 meeting: 11.4, 11.6")
ask(K, "Parent carer forum: minute 39.5 of the 2019 committee - what actions did it create?",
    st="all", meeting=OCT19, minute="39.5",
    rx=r"online forum|life story book before", expect=2, why="7.1, 7.4")
ask(K, "The November committee asked to hear how the children's IT systems are being simplified (resolution "
       "23.3.3). When's that update due?", intent="action_detail", ref="1.5",
    fact="due", why="resolution 23.3.3 created 1.5")
ask(K, "The new chair wants every open action from the last committee.", meeting=JAN, expect=4, as_=CHRIS,
    why="the last committee = 12 January 2022; 'open' = outstanding: 9.5, 9.6, 11.4, 11.6")
ask(K, "I said at the November meeting I'd keep members informed about the services left in buildings early help "
       "is moving out of. Is that still down for the end of June?",
    intent="action_detail", ref="12.4", fact="due", as_=JO,
    why="the one action 23.3.4 created, 12.4; 'is X still due <when>' = its due date")
ask(K, "Were all the minute 39.4 actions given to me?", st="all", meeting=OCT19, minute="39.4",
    rx=r"daily lists|short report on unallocated|reliance on agency", expect=3, as_=PRIYA,
    why="8.3, 8.4, 10.3, all Priya's, so narrowing to her gives the same list")
ask(K, "The meeting where the new leadership team introduced themselves to the committee - what did it set that's "
       "still outstanding?", meeting=OCT19, expect=5, as_=MORGAN,
    why="what was said (minute 39.2) names the October 2019 meeting: 7.1, 7.2, 7.3, 7.4, 10.3")
ask(K, "Minute 39.7 and resolution 39.8.5 - both mine, I think. Are they closed?", st="all", meeting=OCT19,
    minute=["39.7", "39.8.5"], rx=r"Co-produce the Children First|for preview", expect=2, as_=TOM,
    why="12.1, 12.2 (both complete, both Tom's)")

# ======================================================================== chatter
K = "chatter"
ask(K, "Hello! Internal audit - I've just been given access for our review of the plan's governance. Where do I "
       "start?", intent="help", why="Greeting, introduction and 'where do I start'")
ask(K, "Cheers - that sorts the workforce slide for the annual review.", intent="unknown", why="Thanks alone")
ask(K, "Can you show me what's not started in permanence - no wait, quality of plans, sorry.", st="not_started",
    areas=[4], expect=1, why="'no wait ..., sorry' = the corrected question alone, the area replaced: 4.3")
ask(K, "Does anyone know whether the SENDIASS drop-ins carry on through the summer holidays?", intent="unknown",
    why="Off-topic question")
ask(K, "Fwd: from the ICB\n\n> Can you find out who owns the initial health assessments action on the council's "
       "improvement plan? We'd like to offer some support.\n\nThanks!", intent="action_detail", ref="11.4",
    fact="owner", why="the quoted question is the question")
ask(K, "Morning all, lovely sunny one. While I think of it - is anything in partnership working overdue?",
    st="overdue",
    areas=[12], expect=0, why="the question inside the small talk; 12.4 is due 30 June: a real empty list")
ask(K, "Sorry, ignore that - I hit send too early.", intent="unknown", why="Apology alone")
ask(K, "I've got five minutes with the new committee chair. What's the headline on the improvement plan as a "
       "whole?", intent="summary", why="Overview of the whole plan; the chair is news")
ask(K, "Good afternoon from a very warm County Hall ☀️", intent="help", why="Greeting alone")
ask(K, "Fwd: dashboard refresh\n\n> The quarterly dashboard refreshes overnight on Thursday. No action needed from "
       "teams.", intent="unknown", why="A forwarded note with no question")
ask(K, "Thanks, I'll get that into the action log before the new chair's briefing.", intent="unknown", as_=CHRIS,
    why="Thanks alone")
ask(K, "Can you pull Ruth's overdue ones? Actually, scrap that, I need Tom's.", st="overdue", owners=[TOM],
    expect=1, as_=JO, why="'actually, scrap that' = the corrected question alone: 3.1")
ask(K, "Thanks - that's the last bit the interim Director needed for her handover notes.", intent="unknown",
    as_=MORGAN, why="Thanks alone; the handover notes are news")
ask(K, "Hi, hope you all had a decent break. Quick q - where's 6.3 at?", intent="action_detail", ref="6.3",
    as_=RUTH, why="the question inside the small talk: 6.3's detail")
ask(K, "I'm new to using this side of things - what sort of stuff can you tell me?", intent="help", as_=ANITA,
    why="Asks what the bot can do")

# ======================================================================== hand the specs to build.py
hand_over()
