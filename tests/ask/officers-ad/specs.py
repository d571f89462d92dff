# Evaluation questions for Improvement Tracker (set ad): 150 questions, 15 per kind, in the order
# ordinary, negation, periods, wordforms, deliverables, facts, people, combined, meetings, chatter.
# Labelled by tests/ask/officers/build.py from data/children-first.json (the same file as
# /work/shared/fixtures/children-first.json; "today" = Tuesday 2022-02-01, Europe/London); no action id is
# typed here: each spec is a set of filters (status st, areas, owners, leads = the areas a person leads,
# meeting = the source, due-date bounds dfrom / dto / dbefore / dafter, a title regex rx or nrx, minute,
# fact, ref for action_detail, as_ = the asker's person id), and build.py computes every list from them and
# checks it against the spec's expected count. Title regexes match case-insensitively. Written without
# reading the bot's code or running it (nothing under src/ or scripts/ was read, and neither the bot nor
# its evaluation was run); every question is new, and each was compared against every earlier set's
# questions (tests/ask/*.jsonl, officers-aa-*, officers-ab-* and officers-ac-* included) and reworded where it
# came near one (the same wording over six or more consecutive words, or a close match of the whole question).
# Split (fixed before labelling): within each kind, positions 3, 6, 9, 12, 15 (1-based) go to holdout
# (officers-ad-holdout.jsonl, 50 lines); the rest go to officers-ad-dev.jsonl (100 lines).
#
# How this file is labelled (the same machinery as sets x, y, z, aa, ab and ac). build.py exec()s this file in its
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
#   python3 tests/ask/officers/build.py tests/ask/officers-ad/specs.py --split \
#       tests/ask/officers-ad-dev.jsonl tests/ask/officers-ad-holdout.jsonl
#
# Angle of this set: the fortnight before Ofsted's next monitoring visit (Tuesday 15 - Wednesday 16 February 2022)
# and the monthly Improvement Board (Thursday 24 February), with every question asked today (Tuesday 1 February
# 2022) by people gathering evidence of impact or finding their way round a plan they do not know. Askers: the
# Director of Children's Services (Morgan Hale, the Executive Director), the assistant directors and the other area
# leads assembling impact evidence; the DfE-appointed improvement adviser and the Improvement Board's independent
# chair, neither of them a person in the data, so neither has an "as"; newly arrived interim and agency team
# managers, and the new principal social worker (Grace Adeyemi, just in post), who do not know the plan's refs or
# area titles and describe the work in everyday social-work practice words (life story work as helping children
# make sense of their own history, supervision as how managers oversee, direct and challenge casework, case file
# audits, caseloads, hiring and keeping social workers, locums, children in care and care leavers, debriefs when
# young people come back from being missing, the 28-day definition of private fostering, teenagers who present as
# homeless); a BI / performance analyst; an officer preparing the evidence pack or the SEF. Roughly a third of the
# questions (some fifty, spread over every kind) use such paraphrase, or the askers' own description of a meeting,
# in place of the plan's words; each still points to specific areas, actions or meetings, listed in the conventions
# below, so that a careful reader agrees on the label. Every person in the data asks at least once with "as" set to
# their id: Morgan Hale, Priya Shah, Ruth Okafor, Tom Brennan, Daniel Cross, Helen Marsh, Grace Adeyemi, Sam
# Whitfield, Leo Fitzgerald, Anita Rao, the clerk Chris Dunn and the Cabinet Member Cllr Jo Pearce; the adviser, the
# chair, the team managers, the analyst and the evidence-pack officer ask with no "as". Registers vary: formal,
# terse, lower case, abbreviations and practice acronyms (CP, CIN, LAC, ICPC, RHI, VSH, TM, DCS), search-box
# fragments, and longer messages that give their context first. Never more than two typos in a question. No
# question holds any child's personal data (no child is named or described; children appear only as groups the
# plan serves, such as children in care, care leavers or privately fostered children).
#
# All of set ac's conventions are carried over exactly as its header states them. Its text follows verbatim
# (in it, "this set" means set ac, "set ab / aa / z / y / x / w / v / u / t / s" are the sets it names, and "build.py
# (in this folder)" is the labeller; what set ac calls its own conventions ("Conventions decided for set ac") are
# the last block before this set's):
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
#
# Conventions decided for set ad (decided once, applied throughout; none contradicts sets s-ac; each edge below was
# checked against the fixture so that a neighbouring reading gives the same list):
# - When the askers write. Every question is asked on today's date, Tuesday 1 February 2022 (sets aa - ac), in the
#   fortnight before the monitoring visit; "overdue / late / gone past its date / red / o/d" stay relative to today.
#   "Today", "first day", "day three", "just started", "three weeks in", "still finding my feet", "just been given
#   access", "back-to-back prep sessions", "off home now" are news and set no period.
# - Ofsted's monitoring visit. The askers here put Ofsted's next monitoring visit on Tuesday 15 - Wednesday 16
#   February 2022 ("the visit", "the monitoring visit", "inspectors arrive", "Ofsted are in", "before Ofsted
#   arrive"). Set x's askers put a visit in w/c 7 March and other sets' askers gave other dates; as every set has
#   read it, a visit sets a period only when the question itself states its date with a period word, so no label
#   here depends on another set's date. "Ofsted are in on 15 February" with no period word is news. "Inspectors
#   arrive on Tuesday 15 February. What is due before they arrive?" = due before 15 February 2022, overdue kept in:
#   the seven overdue (nothing falls due 1 - 27 February, so on or before the visit's last day gives the same). "The
#   fortnight after the monitoring visit (15-16 Feb)" = 17 February - 2 March 2022 (set y's "the fortnight after D",
#   D the visit's last day): 2.2 and 10.4, due 28 February; counting from 15 February (16 February - 1 March) gives
#   the same. "The three months following the monitoring visit on 15 February" = 15 February - 14 May 2022 (as set
#   y's "the three months after the monitoring visit"); nothing falls due 1 May - 29 June, so any end from 1 May to
#   29 June gives the same. "Between the visit (15 Feb) and the end of June" = 15 February - 30 June 2022; "a
#   deadline after the visit on 15 February" = due after 15 February 2022 (after 16 February gives the same). Both
#   start after today, so overdue is out. "The visit is looking at children in our care" (its focus, as minute 42.1
#   foresaw) is news and sets no area 11; a question that wants area 11 names it itself ("what's outstanding for the
#   council as their corporate parent").
# - The Improvement Board. It meets monthly on Thursdays: the January Board on 27 January, the February Board on 24
#   February and the March Board on 24 March 2022 (the askers' dates, each setting a period only with a period
#   word). "The Board", "the Board papers", "the Board action log", "impact evidence for the Board", "I sit on the
#   Improvement Board as an observer" are news (set v's Improvement Board); "the Board" is never an owner, an area
#   or a topic: 9.2's title names the Improvement Board, and the question that wants 9.2 names the work ("the
#   caseload and performance figures that go to the Board each month"); the measures of 2.2, 3.3 and 9.1, which name
#   it too, are not searched. The Board's independent chair is not the Corporate Parenting Board (11.2). "Since the
#   January Board on Thursday 27 January" = due on or after 27 January 2022 and before today (set s's "since D";
#   nothing falls due 1 - 30 January, so any start in January gives the same). "Between now and the February Board
#   on Thursday 24 February" = today - 24 February 2022, overdue left out: a real empty list (any end up to 27
#   February gives the same). "Due before the Board on 24 February" = due before 24 February 2022, overdue kept in
#   (2.2, due 28 February, is outside any reading). "After the March Board (24 March) but by the end of June" =
#   after 24 March and on or before 30 June 2022 (nothing falls due 1 - 30 March, so any March date gives the same).
#   "The February Board" is used rather than "this month's Board", since no question carries "this month" even as
#   context (set aa).
# - The askers. The Director of Children's Services is Morgan Hale, the Executive Director (carried: DCS = Morgan
#   Hale), who asks with "as" ("Morgan here", "Morgan.", "DCS here"); "the DCS" is not used as a filter here (as set
#   w). Ruth Okafor and Tom Brennan (the ADs), Priya Shah and Daniel Cross ask as themselves. The DfE-appointed
#   improvement adviser ("DfE improvement adviser", "Improvement adviser", "the adviser") and the Improvement
#   Board's independent chair ("Independent chair", "Board chair", "Improvement Board chair (independent)") are not
#   people in the data: never an owner, a lead or "as", and "the adviser's note", "the chair's challenge log", "the
#   Board's independent chair has asked me", "Fwd from the Board chair" are news (as set ac's councillors and set
#   z's chair). The newly arrived interim and agency team managers ("Interim TM", "Agency TM", "agency team
#   manager", "interim team manager, just started in one of the children in care teams") are not in the data, are
#   not set w's interim Director, and get no "as"; their roles set nothing ("agency TM" sets no agency staff topic,
#   set x; "one of the children in care teams" sets no area 11, as set x's LAC team). The new principal social
#   worker is Grace Adeyemi ("Grace, new PSW", "Grace here, the new PSW", "grace (PSW)"), just in post, in whose
#   name the PSW's actions stand, those completed before she arrived included; she asks with "as", and "the
#   principal social worker" asked about by someone else is Grace (carried). The BI / performance analyst ("BI
#   analyst", "BI here", "BI:", "Analyst") is set z's performance analyst: no performance topic, not Helen Marsh, no
#   "as". The officer preparing the evidence pack or the SEF ("Evidence pack:", "Drafting the SEF") gets no "as". A
#   general question from a person in the data is not narrowed to their own actions (carried).
# - Evidence of impact. "Impact evidence", "impact, not activity", "for the evidence pack", "my bit of the evidence
#   pack", "my foreword to the evidence pack", "the last gap in the evidence pack", "the evidence room", "the impact
#   narrative", "my opening remarks to the inspectors", "the dataset the inspectors asked for", "visit prep", "my
#   one-to-ones before the visit", "the visit timetable", "the inspectors' base" are the askers' purposes or news
#   and set no filter. Such a question asks for what it names: "what have we actually completed / what have we
#   achieved so far / what's now been delivered / which of mine are signed off" = complete (set u's "delivered"); no
#   question asks for an area's evidence or impact (the line format has no field for it, set u). "How are we
#   measuring whether X has worked" of one action = X's detail with no fact field (set t's "how will we know X has
#   worked").
# - Practice words for areas. Each description names one area, as its keywords or its Ofsted wording would, and is
#   read as that area, even where it also fits one action's title (set u's area keyword rule): "helping children
#   make sense of their own history (and why they came into care)", "helping children understand their own (life)
#   history", "the committee's actions on helping children understand their history" = life story work, area 7 (the
#   minutes, 39.5, describe life story work as helping the child understand their journey); "how well managers
#   oversee, direct and challenge casework" = area 8 (its Ofsted wording: management oversight, direction and
#   challenge); "children living with someone who isn't a parent or close relative for 28 days or more" and
#   "children who are privately fostered" = private fostering, "teenagers of 16 or 17 who present as homeless" =
#   homeless 16 and 17 year olds (both area 3; the one question that names only private fostering asks what hasn't
#   been started, and 3.3, the private fostering audit, is area 3's only not-started action, so reading it as area 3
#   or as private fostering alone gives the same); "better debriefs when young people come back from being missing"
#   = return home interviews and "case notes" = recording (area 5); "our multi-agency partnerships - getting the
#   other agencies properly engaged in fixing weaknesses in services" = partnership working (area 12's Ofsted
#   wording; it names no partner, so 11.4's health colleagues and 3.2's schools and GPs stay outside it); "the QA
#   arrangements" = quality assurance (area 9's Ofsted wording); "hiring social workers and keeping the ones we've
#   got", "attracting and keeping social workers", "getting more social workers through the door and keeping them",
#   "the area about hiring and keeping social workers" = recruitment and retention (area 10); "children in care",
#   "children in our care", "looked-after children", "LAC", "care leaver work", "the council as their corporate
#   parent" = area 11 (children looked after, children we care for, care leavers, corporate parents); "securing
#   permanent homes for children", "finding children permanent homes", "early permanence" = permanence (area 6),
#   beside its keyword "unborn babies"; "making children's plans sharper, with a clear what-happens-if" and "the
#   quality of children's plans" = quality of plans (area 4, whose Ofsted wording asks what will happen if
#   improvements are not achieved); "CP & CIN plans" = child protection and child in need plans = area 4 ("child
#   protection plans" is its keyword). "The audits of children's case files" = titles holding "audit" (2.2, 3.3,
#   5.3, 7.3; set v's "audits"). Practice words that name nothing in the plan (the family safeguarding model's adult
#   workers, a missing episode, casework, the 28-day rule, locums as a problem) only ever stand beside words that
#   name the area or the action.
# - Practice words for actions. Each description names one action, whatever its status (st="all" with an rx, sets w
#   - ac), not its area: "the family safeguarding approach - adult workers in the team alongside the social workers
#   - actually live in the assessment teams" = 2.3; "the practice standards that set out what's expected of every
#   social worker here" = 1.2; "the books we make with children about their early lives before they're adopted" =
#   7.4 (the life story book, not area 7); "the document setting out how we assure the quality of practice" = 9.1
#   (not area 9); "the caseload and performance figures that go to the Board each month" = 9.2; "the grounding in
#   being good corporate parents that the plan promised" (asked by Cllr Pearce of members) = 11.1 (not area 11);
#   "the debrief template for when a child comes home after a missing episode ... redesigned to pick up
#   intelligence" = 5.1 (not area 5); "the locum problem in frontline teams and at the MASH" = 10.3 (locums = agency
#   staff; not 10.5's report); "my action to sign up more of our own foster families through the hub" (Leo) = 11.6
#   (not area 10); "the agreement with the district and borough councils on teenagers who present as homeless" = 3.1
#   (not area 3); "the new social worker pay deal that replaced the interim package" = 10.1 (minute 23.1's Social
#   Worker offer); "that BPG paper of mine - choices for how front-line staff and partners make themselves heard"
#   (Morgan) = 12.3 (not area 12); "cutting social workers' form-filling with electronic workbooks" = 5.2; "the
#   policy on how often workers get supervised, with monthly reporting on whether it happens" = 8.2 (not area 8);
#   "back in 2019 we consulted children, youth groups and partners to write the Children First Strategy" = 12.1 (the
#   co-production, not 12.2's preview; "2019" sets no period). Asked of a fact: "getting first health checks done
#   within 20 working days of a child coming into care" = 11.4 (its measure's 20 working days; the first health
#   checks are its initial health assessments); "training CP conference chairs and independent reviewing officers to
#   challenge drift" = 4.2 (independent reviewing officers = IROs); "the life story audits that happen every
#   quarter" = 7.3; "my private fostering audit" (Helen) = 3.3; "the early help buildings update I owe the
#   committee" (Jo) = 12.4; "the personal education plans action" = 11.5. Left out by their titles (nrx, set v's
#   "not counting <one named deliverable>"): "the books children get before they're adopted" = 7.4 (nrx "life story
#   book"); "the advertising drive" = 10.2 (nrx "recruitment campaign"); "the online procedures" = 1.4 (nrx
#   "procedures"); "the housing protocol" = 3.1 (nrx "housing protocol"); "the training for IROs and conference
#   chairs" = 4.2 (nrx "IROs"); "the IT systems update" = 1.5 (nrx "IT systems").
# - People. "The head of our QA and performance service" = Helen Marsh (Head of Quality Assurance and Performance);
#   "the person who runs the virtual school" and "VSH" = Anita Rao (Virtual School Head); "whoever heads our
#   fostering service" and "fostering head" = Leo Fitzgerald (Head of Fostering, carried); "the director running the
#   transformation programme" = Daniel Cross (the Transformation Director); "the Deputy Director, Frontline
#   Services" = Priya Shah; "both ADs / the two ADs" = Ruth Okafor and Tom Brennan (carried); "okafors" = Okafor's;
#   "the Cabinet Member" = Cllr Jo Pearce (carried). "Priya's, Ruth's, Tom's and Daniel's" = the four area leads as
#   named (the one-to-ones are news); "Tom's name and mine" (Ruth), "Between Helen and me" (Daniel), "anything Leo
#   or I own" (Anita) = the named people and the asker; "Helen and Grace - what has each of them" = one list of both
#   (carried "each"). "Does Morgan Hale have anything open" and "Have I completed anything yet" (Anita) are real
#   empty lists (12.3 is complete; 11.5 is in progress).
# - Statuses. "Overdue ... but not the blocked one" = in progress or not started and due before today (6.3, the one
#   blocked action, left out; no action is cancelled): 3.1, 5.3, 7.2, 9.1, 9.3, 9.5. "Gone past its date / late /
#   red / o/d" = overdue; "stuck or late" = overdue (carried; 6.3 is both). "Closed off / closed-off items / already
#   closed / signed off / finishd / completed / delivered / achieved so far" of a list = complete; "not kicked off /
#   nobody has kicked off yet / hasn't (been) started / yet to start / not yet started / nobody has started /
#   nobody's started / not startd" = not started; "under way / underway / being worked on / in prog" = in progress;
#   "still to do / left to do / still open / open bits / left on my lst / outstanding / still got on / got on /
#   still not finished / aren't finished / o/s" = outstanding. Of one named piece of work, "is it actually live /
#   were they published / approved by the Board yet / is that action still live / did it get redesigned / where are
#   we on cutting it / have they all signed / is that action closed / how far has it got / is it in place / was it
#   ever delivered / where's it at / is every child getting one" = the deliverable (st="all"), never a status
#   filter. "Unallocatd & manager-held cases work - all closed?" = the two actions whose titles hold "unallocated",
#   every status (8.3, 8.4, both complete, so a complete list is the same).
# - Periods (with the carried ones). "Which deadlines land in the next six weeks" = today - 15 March 2022 (today +
#   42, carried "next N weeks"); "deadlines of mine over the next three months" = today - 1 May 2022 (set u); "by
#   Easter" = on or before Sunday 17 April 2022, overdue kept in, and "a deadline before Easter" = before 17 April
#   (carried Easter; nothing falls due 1 - 29 April, so the Easter holidays give the same); "before February
#   half-term" = due before Monday 21 February 2022 (set v); "a deadline beyond the financial year end" = due after
#   31 March 2022 (set t's "not due by X"); "October to December 2021" as stated (set u); "due in 2022/23" = the
#   2022/23 financial year (carried); "summer deadlines / due in the summer" = due June - August 2022, "after the
#   summer" = after 31 August 2022 and "before the summer" = before 1 June 2022 (carried); "a Q4 deadline" = 1
#   January - 31 March 2022 (set x); "must be finished by 31 March", "a deadline up to 31 March" and "a deadline by
#   the end of March" = on or before 31 March 2022, overdue kept in (carried "by"; set aa's "up to the end of
#   March").
# - Meetings. "The committee where the Cabinet Member said the discussion would feed into preparing for the next
#   monitoring visit" = minute 42.1 = 12 January 2022 (what was said names the meeting, set z; the visit there sets
#   no period); "the committee heard that caseloads were being monitored at the monthly Improvement Board" and "the
#   meeting where we heard only 81.7% of statutory visits were on time" = minute 23.2 = 10 November 2021
#   ("caseloads", "Improvement Board" and "statutory visits" there set no topic), and "what it agreed that day /
#   what was agreed" = that meeting's actions (as set u read 23.3.2); "the committee that heard the average age of
#   people applying to foster had come down" = minute 42.2 = 12 January 2022 (no foster carer topic); "the
#   10/11/2021 committee" = 10 November 2021; "the November and January committees" = 10 November 2021 and 12
#   January 2022 (set ac); "item 23", "item 39", "the committee before last", "the January committee", "the October
#   2019 committee" as carried; "of what the October 2019 committee asked for, what's now been delivered" = its
#   complete actions; "minute 42.2" = 12 January 2022 plus an rx that picks exactly 9.5 and 11.6; "minute 39.6" =
#   October 2019 plus an rx that picks exactly 7.2, 7.3 and 7.5; "resolution 23.3.1 - when is the report it asked
#   for due" = 10.5's due date (the one action 23.3.1 created); "the January committee: total number of actions it
#   created, done or not" = the count of that meeting's actions, every status (set y). "What did the January
#   committee give me, done or not" (Ruth) says every status itself. One question about committee actions has no
#   status word, "the two ADs' committee actions - which have summer deadlines": both actions it matches (7.4, 11.4)
#   are outstanding, so the meeting rule (every status) and the list rule (outstanding) give the same list; "which
#   open committee actions have summer deadlines" says its status.
# - Abbreviations and word forms (never more than two typos in a question): "CIN" = child in need; "CP" = child
#   protection; "LAC" = looked after children (area 11; earlier sets met LAC only inside roles, which stay news);
#   "ICPCs" = initial child protection conferences and "stat visits" = statutory visits (titles holding "statutory
#   visits" or "initial conference": 9.5, 9.6); "RHIs" = return home interviews (carried); "recordng" = recording;
#   "startd" = started; "lst" = list; "wot's" = what's; "recrutiment" = recruitment; "unallocatd" = unallocated;
#   "finishd" = finished; "supervsion" = supervision; "mgmt" = management; "cttee", "o/s", "o/d", "in prog" as
#   carried.
# - Chatter. "Hello - DfE-appointed improvement adviser here, just been given access ahead of the monitoring visit."
#   = a greeting with an introduction alone, help (set w); "Good morning from the evidence room!" = a greeting
#   alone, help; "Interim TM, first day. How do I use this - can I just ask about the plan in plain English?" and
#   "first time using this. What can you do?" = help; "before Ofsted arrive, could I get a brief picture of how the
#   entire plan is going" and "the headline position on the whole improvement plan for my opening remarks to the
#   inspectors" = summary; "that's the last gap in the evidence pack filled, thank you" = thanks, unknown; "that's
#   the impact narrative drafted. Off home now - night all" = a sign-off, unknown ("drafted" is no status); "Oops -
#   posted in the wrong chat" = an apology, unknown; "which room the inspectors are using as their base" and
#   "Cheers. Unrelated - ... when the visit timetable is going round" = off-topic questions, unknown; "Late actions
#   in area 9 please... no, make that area 5" = the corrected question alone, the area replaced (carried); "Fwd from
#   the Board chair: > Who owns the action on the neglect audit? Can you answer this?" = the quoted question (2.2's
#   owner; "the neglect audit" = 2.2, set x); "Morning! Day three as an agency TM ..." and "Afternoon - back-to-back
#   prep sessions for the visit today. ..." = the question inside the small talk.

import datetime as _dt

NOV, JAN, OCT19, JUN19 = "cypssc-2021-11-10", "cypssc-2022-01-12", "cypssc-2019-10-09", "cypssc-2019-06-19"
HELEN, GRACE, SAM, LEO, ANITA = "helen-marsh", "grace-adeyemi", "sam-whitfield", "leo-fitzgerald", "anita-rao"
PRIYA, RUTH, TOM, DANIEL = "priya-shah", "ruth-okafor", "tom-brennan", "daniel-cross"
MORGAN, CHRIS, JO = "morgan-hale", "chris-dunn", "jo-pearce"
LEADS = [PRIYA, TOM, RUTH, DANIEL]  # "the area leads"
VISIT = "2022-02-15"  # Ofsted's next monitoring visit, Tuesday 15 - Wednesday 16 February 2022 (this set's askers)
VISIT_END = "2022-02-16"
BOARD_JAN, BOARD_FEB, BOARD_MAR = "2022-01-27", "2022-02-24", "2022-03-24"  # the monthly Improvement Board
EASTER = "2022-04-17"  # Easter Sunday (carried)
THIS_QUARTER = {"dfrom": "2022-01-01", "dto": "2022-03-31"}  # Q4 of 2021/22 (carried)
SUMMER = {"dfrom": "2022-06-01", "dto": "2022-08-31"}  # summer = June - August 2022 (carried)
FY2223 = {"dfrom": "2022-04-01", "dto": "2023-03-31"}  # the 2022/23 financial year (carried)
ONE = "one named deliverable, whatever its status"
KINDS = ["ordinary", "negation", "periods", "wordforms", "deliverables", "facts", "people", "combined",
         "meetings", "chatter"]


# _Sources, COMMITTEE, everyone_but, areas_but, ask() and hand_over(): shared with sets x, y, z, aa, ab and ac.
exec(open(os.path.join(HERE, "spec_words.py")).read())


# ======================================================================== ordinary
K = "ordinary"
ask(K, "Morgan here. Ofsted are in on 15 February and I want impact, not activity - what have we actually "
       "completed on permanence?", st="complete", areas=[6], expect=1, as_=MORGAN,
    why="the visit's date with no period word is news; 'impact, not activity' is the asker's purpose: 6.2")
ask(K, "Interim team manager, just started in one of the children in care teams. What's being worked on to help "
       "children make sense of their own history and why they came into care?", st="in_progress", areas=[7],
    expect=3,
    why="practice words for life story work (area 7); the role sets no area 11; 'being worked on' = in progress: "
        "7.1, 7.2, 7.4")
ask(K, "DfE improvement adviser. I want to test how well managers oversee, direct and challenge casework - is "
       "anything on that still open?", areas=[8], expect=0,
    why="area 8's Ofsted wording (management oversight, direction and challenge): a real empty list (8.1 - 8.4 "
        "are complete)")
ask(K, "BI analyst, building the dataset the inspectors asked for. Which actions about caseloads are in "
       "progress?", st="in_progress", rx=r"caseload", expect=1,
    why="the role and the data request are news; caseloads is a title word (9.2, 10.5); 10.5 is not started: 9.2")
ask(K, "Agency TM, three weeks in. Children living with someone who isn't a parent or close relative for 28 days "
       "or more - what hasn't been started on that?", st="not_started", areas=[3], expect=1,
    why="the definition of private fostering names area 3; the role sets no agency staff topic: 3.3")
ask(K, "Tom here. Inspectors will want to see better debriefs when young people come back from being missing. "
       "What's open on recording and those debriefs?", areas=[5], expect=2, as_=TOM,
    why="debriefs after a missing episode = return home interviews; with recording, area 5: 5.2, 5.3")
ask(K, "Independent chair, Improvement Board. What's under way on our multi-agency partnerships - getting the other "
       "agencies properly engaged in fixing weaknesses in services?", st="in_progress", areas=[12], expect=1,
    why="area 12's Ofsted wording in practice words (partnerships = partnership); 'under way' = in progress: 12.4")
ask(K, "Helen - for the evidence pack. Has anything in the QA arrangements gone past its date?", st="overdue",
    areas=[9], expect=3, as_=HELEN,
    why="QA arrangements = area 9; the pack is news; not narrowed to Helen's own: 9.1, 9.3, 9.5")
ask(K, "Grace here, the new PSW - still finding my feet. Which actions on neglect have been closed off?",
    st="complete", areas=[2], expect=1, as_=GRACE,
    why="'closed off' = complete; not narrowed to Grace's own: 2.1")
ask(K, "Leo. The visit is looking at children in our care - what's outstanding for the council as their corporate "
       "parent?", areas=[11], expect=3, as_=LEO,
    why="the visit's focus is news; 'corporate parent' = area 11: 11.4, 11.5, 11.6")
ask(K, "Cllr Pearce. I sit on the Improvement Board as an observer - which pieces of recruitment and retention "
       "work have not started?", st="not_started", areas=[10], expect=2, as_=JO,
    why="her seat on the Board is news: 10.4, 10.5")
ask(K, "Anita here - anything for looked-after children that nobody has started?", st="not_started", areas=[11],
    expect=0, as_=ANITA,
    why="looked-after children = children looked after, area 11: a real empty list (11.4 - 11.6 are in progress)")
ask(K, "Chris, democratic services. The Board's independent chair has asked me: is anything on hold anywhere in "
       "the plan?", st="blocked", expect=1, as_=CHRIS,
    why="the chair is news and no filter; 'on hold' = blocked: 6.3")
ask(K, "For the adviser's note: what's still to do for teenagers of 16 or 17 who present as homeless, and for "
       "children who are privately fostered?", areas=[3], expect=2,
    why="both halves of area 3 in practice words; 'still to do' = outstanding: 3.1, 3.3")
ask(K, "Daniel. Impact evidence for the Board - what have we achieved so far on hiring social workers and keeping "
       "the ones we've got?", st="complete", areas=[10], expect=1, as_=DANIEL,
    why="hiring and keeping social workers = recruitment and retention, area 10; 'achieved so far' = complete: "
        "10.1")

# ======================================================================== negation
K = "negation"
ask(K, "Morgan. Leaving Helen's to one side, what has gone overdue?", st="overdue", owners=everyone_but(HELEN),
    expect=5, as_=MORGAN, why="Helen's 5.3 and 9.1 left out: 3.1, 6.3, 7.2, 9.3, 9.5")
ask(K, "Interim TM. Setting aside the books children get before they're adopted, what else is still open on "
       "helping children understand their own history?", areas=[7], nrx=r"life story book", expect=3,
    why="practice words for life story work (area 7); 7.4 left out by its title: 7.1, 7.2, 7.3")
ask(K, "Board chair. Leaving out what the committee added, which plan actions in quality assurance are still "
       "open?", areas=[9], meeting=None, expect=2, why="the plan only: 9.1, 9.2")
ask(K, "BI analyst: overdue actions please, but not the blocked one", st=["in_progress", "not_started"],
    dbefore=TODAY, expect=6,
    why="overdue less blocked = in progress or not started and due before today (6.3 left out): 3.1, 5.3, 7.2, "
        "9.1, 9.3, 9.5")
ask(K, "Sam here. Apart from the advertising drive, what have I still got on attracting and keeping social "
       "workers?", owners=[SAM], areas=[10], nrx=r"recruitment campaign", expect=1, as_=SAM,
    why="attracting and keeping social workers = area 10; the advertising drive = 10.2, left out by its title: "
        "10.4")
ask(K, "Priya. Across the four areas I lead, which open actions sit with someone else?", leads=[PRIYA],
    owners=everyone_but(PRIYA), expect=5, as_=PRIYA,
    why="Priya leads 1, 2, 4, 8; her 2.3 left out: 1.4, 1.5, 2.2, 4.2, 4.3")
ask(K, "Drafting the SEF. Everything still open, except the work for children in care and care leavers please",
    areas=areas_but(11), expect=27,
    why="children in care and care leavers = area 11, left out (11.4, 11.5, 11.6); the SEF is news: the other 27 "
        "outstanding")
ask(K, "Grace, new PSW. Other than the online procedures, which of my actions aren't finished?", owners=[GRACE],
    nrx=r"procedures", expect=2, as_=GRACE, why="1.4 left out by its title: 4.3, 7.1")
ask(K, "Independent chair. Committee actions still open where the owner is not an area lead?",
    meeting=COMMITTEE, owners=everyone_but(*LEADS), expect=5,
    why="any committee meeting, everyone but the area leads: 7.1, 7.3, 10.4, 11.6, 12.4")
ask(K, "Tom. Ignoring the housing protocol, is anything else late in my areas?", st="overdue", leads=[TOM],
    nrx=r"housing protocol", expect=1, as_=TOM, why="Tom leads 3, 5, 12; 3.1 left out by its title: 5.3")
ask(K, "Agency TM. Leaving the training for IROs and conference chairs aside, what's left to do on making "
       "children's plans sharper, with a clear what-happens-if?", areas=[4], nrx=r"IROs", expect=1,
    why="sharper plans with a contingency = area 4's Ofsted wording; 4.2 left out by its title: 4.3")
ask(K, "Ruth. Apart from life story work, what's open across my areas?", leads=[RUTH], areas=areas_but(7),
    expect=5, as_=RUTH, why="Ruth leads 6, 7, 11; area 7 left out: 6.1, 6.3, 11.4, 11.5, 11.6")
ask(K, "Jo Pearce. Is anything overdue that isn't quality assurance?", st="overdue", areas=areas_but(9), expect=4,
    as_=JO, why="area 9 left out (9.1, 9.3, 9.5): 3.1, 5.3, 6.3, 7.2")
ask(K, "Anita here. Not counting anything Leo or I own, what's still open for children in care?", areas=[11],
    owners=everyone_but(ANITA, LEO), expect=1, as_=ANITA,
    why="children in care = area 11; 11.5 (Anita) and 11.6 (Leo) left out: 11.4")
ask(K, "Daniel. Leave out the IT systems update - what's not started in my name?", st="not_started",
    owners=[DANIEL], nrx=r"IT systems", expect=2, as_=DANIEL, why="1.5 left out by its title: 9.3, 10.5")

# ======================================================================== periods
K = "periods"
ask(K, "Morgan. Inspectors arrive on Tuesday 15 February. What is due before they arrive?", dbefore=VISIT,
    expect=7, as_=MORGAN,
    why="due before 15 February 2022, overdue kept in (nothing falls due 1 - 27 February): 3.1, 5.3, 6.3, 7.2, "
        "9.1, 9.3, 9.5")
ask(K, "Improvement adviser. Between now and the February Board on Thursday 24 February, what falls due?",
    dfrom=TODAY, dto=BOARD_FEB, expect=0,
    why="today - 24 February 2022, overdue left out: a real empty list")
ask(K, "BI here. Which deadlines fall in the fortnight after the monitoring visit (15-16 Feb)?",
    dafter=VISIT_END, dto="2022-03-02", expect=2,
    why="17 February - 2 March 2022 (the fortnight after D; from 16 February gives the same): 2.2, 10.4")
ask(K, "Helen. Since the January Board on Thursday 27 January, which of my deadlines have passed?",
    owners=[HELEN], dfrom=BOARD_JAN, dbefore=TODAY, expect=1, as_=HELEN,
    why="on or after 27 January 2022 and before today: 5.3")
ask(K, "Independent chair. In corporate parenting and permanence, what's due after the March Board (24 March) but "
       "by the end of June?", areas=[6, 11], dafter=BOARD_MAR, dto="2022-06-30", expect=3,
    why="after 24 March and on or before 30 June 2022: 6.1, 11.5, 11.6")
ask(K, "Ruth. Deadlines of mine over the next three months?", owners=[RUTH], dfrom=TODAY, dto="2022-05-01",
    expect=1, as_=RUTH, why="the next three months = today - 1 May 2022 (carried), overdue left out: 6.1")
ask(K, "Interim TM. The audits of children's case files - which of them are due by Easter?", rx=r"audit",
    dto=EASTER, expect=4,
    why="audits = 'audit' in titles; on or before 17 April 2022, overdue kept in: 2.2, 3.3, 5.3, 7.3")
ask(K, "Grace. Of mine, what has a deadline beyond the financial year end?", owners=[GRACE], dafter="2022-03-31",
    expect=1, as_=GRACE, why="beyond the financial year end = due after 31 March 2022: 4.3")
ask(K, "Chris. For the Board papers - which open committee actions have summer deadlines?", meeting=COMMITTEE,
    **SUMMER, expect=7, as_=CHRIS,
    why="June - August 2022: 7.4, 10.3, 11.6, 12.4, 1.5, 10.5, 11.4")
ask(K, "Agency team manager. On getting more social workers through the door and keeping them, which deadlines "
       "land in the next six weeks?", areas=[10], dfrom=TODAY, dto="2022-03-15", expect=1,
    why="recruitment and retention (area 10) in practice words; today - 15 March 2022: 10.4")
ask(K, "Priya. In my areas, what lands in the three months following the monitoring visit on 15 February?",
    leads=[PRIYA], dfrom=VISIT, dto="2022-05-14", expect=3, as_=PRIYA,
    why="the three months following 15 February = 15 February - 14 May 2022 (any end from 1 May to 29 June gives "
        "the same): 2.2, 1.4, 4.2")
ask(K, "Sam. Anything of mine due before February half-term?", owners=[SAM], dbefore="2022-02-21", expect=0,
    as_=SAM, why="due before 21 February 2022: a real empty list (10.4 is due 28 February)")
ask(K, "Leo. For children in our care, what's due between the visit (15 Feb) and the end of June?", areas=[11],
    dfrom=VISIT, dto="2022-06-30", expect=2, as_=LEO,
    why="children in our care = area 11; 15 February - 30 June 2022: 11.5, 11.6")
ask(K, "For the chair's challenge log: which deadlines from October to December 2021 are still outstanding?",
    dfrom="2021-10-01", dto="2021-12-31", expect=5, why="as stated: 3.1, 6.3, 7.2, 9.1, 9.3")
ask(K, "Tom. Anything in my three areas due in 2022/23?", leads=[TOM], **FY2223, expect=2, as_=TOM,
    why="22/23 = the financial year: 5.2, 12.4")

# ======================================================================== wordforms
K = "wordforms"
ask(K, "CP & CIN plans - whats o/s?", areas=[4], expect=2,
    why="CP plans = child protection plans, with CIN plans = area 4; o/s = outstanding: 4.2, 4.3")
ask(K, "LAC - anything o/d?", st="overdue", areas=[11], expect=0,
    why="LAC = looked after children = area 11: a real empty list")
ask(K, "grace (PSW) - whats left on my lst", owners=[GRACE], expect=3, as_=GRACE,
    why="lst = list; 'left' = outstanding: 1.4, 4.3, 7.1")
ask(K, "both ADs: cttee actions o/s", owners=[RUTH, TOM], meeting=COMMITTEE, expect=3,
    why="both ADs = Ruth Okafor and Tom Brennan; cttee = committee: (Tom's 3.1 is a plan action) 7.4, 9.5, 11.4")
ask(K, "RHIs & recordng - in prog?", st="in_progress", areas=[5], expect=2,
    why="RHIs = return home interviews; recordng = recording; area 5: 5.2, 5.3")
ask(K, "helen - my not startd ones?", st="not_started", owners=[HELEN], expect=2, as_=HELEN,
    why="startd = started: 3.3, 7.3")
ask(K, "DCS here - wot's red across the plan", st="overdue", expect=7, as_=MORGAN,
    why="DCS names the asker; wot's = what's; red = overdue: 3.1, 5.3, 6.3, 7.2, 9.1, 9.3, 9.5")
ask(K, "recrutiment & retention bits already closed", st="complete", areas=[10], expect=1,
    why="recrutiment = recruitment; 'closed' = complete; area 10: 10.1")
ask(K, "unallocatd & manager-held cases work - all closed?", st="all", rx=r"unallocated", expect=2,
    why="unallocatd = unallocated; the two named pieces of work, whatever their status (both complete): 8.3, 8.4")
ask(K, "anything of okafors not kicked off", st="not_started", owners=[RUTH], expect=1,
    why="okafors = Okafor's (Ruth Okafor); 'not kicked off' = not started: 9.5")
ask(K, "o/s on stat visits and ICPCs?", rx=r"statutory visits|initial conference", expect=2,
    why="stat visits = statutory visits; ICPCs = initial child protection conferences: 9.5, 9.6")
ask(K, "finishd care leaver work?", st="complete", areas=[11], expect=3,
    why="care leavers = area 11; finishd = finished = complete: 11.1, 11.2, 11.3")
ask(K, "VSH here - my open bits?", owners=[ANITA], expect=1, as_=ANITA,
    why="VSH = Virtual School Head = Anita Rao, the asker: 11.5")
ask(K, "leo - fostering head - whats late for me", st="overdue", owners=[LEO], expect=0, as_=LEO,
    why="the asker names himself; a real empty list (11.6 is due 30 June)")
ask(K, "mgmt oversight + supervsion, closed-off items", st="complete", areas=[8], expect=4,
    why="supervsion = supervision; mgmt = management; 'closed off' = complete; area 8: 8.1, 8.2, 8.3, 8.4")

# ======================================================================== deliverables
K = "deliverables"
ask(K, "Interim TM. Is the family safeguarding approach - adult workers in the team alongside the social workers - "
       "actually live in the assessment teams now?", st="all", rx=r"family safeguarding", expect=1,
    why=ONE + " (2.3); the description of the model is news")
ask(K, "Grace, new PSW. The practice standards that set out what's expected of every social worker here - were "
       "they published?", st="all", rx=r"practice standards", expect=1, as_=GRACE, why=ONE + " (1.2)")
ask(K, "Agency TM. The books we make with children about their early lives before they're adopted - is every "
       "child getting one before the order?", st="all", rx=r"life story book", expect=1,
    why=ONE + " (7.4, the life story book), not area 7")
ask(K, "For the adviser: has the document setting out how we assure the quality of practice been approved by the "
       "Board yet?", st="all", rx=r"quality assurance framework", expect=1, why=ONE + " (9.1), not area 9")
ask(K, "Analyst - the caseload and performance figures that go to the Board each month: is that action still "
       "live?", st="all",
    rx=r"caseloads and performance", expect=1, why=ONE + " (9.2)")
ask(K, "Cllr Pearce. Did members ever get the grounding in being good corporate parents that the plan promised?",
    st="all", rx=r"training for all corporate parents", expect=1, as_=JO, why=ONE + " (11.1), not area 11")
ask(K, "Interim TM. The debrief template for when a child comes home after a missing episode - did it get "
       "redesigned to pick up intelligence?", st="all", rx=r"return home interview template", expect=1,
    why=ONE + " (5.1), not area 5")
ask(K, "Priya. The locum problem in frontline teams and at the MASH - where are we on cutting it?", st="all",
    rx=r"reliance on agency staff", expect=1, as_=PRIYA, why=ONE + " (10.3; locums = agency staff)")
ask(K, "Leo - my action to sign up more of our own foster families through the hub: where's it at?", st="all",
    rx=r"in-house foster carers", expect=1, as_=LEO, why=ONE + " (11.6), not area 10")
ask(K, "Board chair. The agreement with the district and borough councils on teenagers who present as homeless - "
       "have they all signed?", st="all", rx=r"joint housing protocol", expect=1, why=ONE + " (3.1), not area 3")
ask(K, "Sam here - the new social worker pay deal that replaced the interim package: is that action closed?",
    st="all", rx=r"pay and reward", expect=1, as_=SAM, why=ONE + " (10.1)")
ask(K, "Morgan. That BPG paper of mine - choices for how front-line staff and partners make themselves heard. Was it "
       "ever delivered?", st="all", rx=r"voices of staff", expect=1, as_=MORGAN, why=ONE + " (12.3), not area 12")
ask(K, "Daniel. My piece on cutting social workers' form-filling with electronic workbooks - how far has it got?",
    st="all", rx=r"electronic workbooks", expect=1, as_=DANIEL, why=ONE + " (5.2), not area 5")
ask(K, "Evidence pack: is the policy on how often workers get supervised, with monthly reporting on whether it "
       "happens, in place?", st="all", rx=r"Supervision policy", expect=1, why=ONE + " (8.2), not area 8")
ask(K, "Tom here. Back in 2019 we consulted children, youth groups and partners to write the Children First "
       "Strategy - is that action closed?", st="all", rx=r"Co-produce the Children First Strategy", expect=1,
    as_=TOM, why=ONE + " (12.1, the co-production), not 12.2's preview; '2019' sets no period")

# ======================================================================== facts
K = "facts"
ask(K, "Grace, new PSW. Which director leads the area on helping children understand their own life history?",
    areas=[7], fact="lead", expect=4, as_=GRACE,
    why="life story work in practice words; area 7's lead (Ruth Okafor); 7.1, 7.2, 7.3, 7.4 outstanding")
ask(K, "Improvement adviser. Who is accountable at director level for securing permanent homes for children, as "
       "an area?", areas=[6], fact="lead", expect=2,
    why="permanence planning in practice words; area 6's lead (Ruth Okafor); 6.1, 6.3 outstanding")
ask(K, "Analyst: the number of actions currently overdue?", st="overdue", fact="count", expect=7,
    why="3.1, 5.3, 6.3, 7.2, 9.1, 9.3, 9.5")
ask(K, "Helen - deadline for my private fostering audit?", intent="action_detail", ref="3.3", fact="due",
    as_=HELEN, why="her private fostering audit = 3.3; its due date")
ask(K, "Interim TM. Who owns the work on getting first health checks done within 20 working days of a child "
       "coming into care?", intent="action_detail", ref="11.4", fact="owner",
    why="first health checks = initial health assessments (11.4); its owner (Ruth Okafor)")
ask(K, "Chris. The January committee: total number of actions it created, done or not?", st="all", meeting=JAN,
    fact="count", expect=4, as_=CHRIS,
    why="'total number' = a count; 12 January 2022, every status: 9.5, 9.6, 11.4, 11.6")
ask(K, "Morgan. For my foreword to the evidence pack: the total number of actions now completed, plan and "
       "committee alike?",
    st="complete", fact="count", expect=20, as_=MORGAN,
    why="every complete action, plan and committee; the foreword is news")
ask(K, "Board chair. Which director is the lead for the area about hiring and keeping social workers?",
    areas=[10], fact="lead", expect=4,
    why="recruitment and retention in practice words; area 10's lead (Daniel Cross); 10.2 - 10.5 outstanding")
ask(K, "Anita here - what's the deadline on the personal education plans action?", intent="action_detail",
    ref="11.5", fact="due", as_=ANITA, why="11.5's due date")
ask(K, "Agency TM. Who's responsible for training CP conference chairs and independent reviewing officers to "
       "challenge drift?", intent="action_detail", ref="4.2", fact="owner",
    why="independent reviewing officers = IROs (4.2); its owner (Helen Marsh)")
ask(K, "Jo. The early help buildings update I owe the committee - what's its deadline?", intent="action_detail",
    ref="12.4", fact="due",
    as_=JO, why="the update on partners in buildings early help is leaving (12.4); its due date")
ask(K, "Tom here. Count of open actions across my three areas?", leads=[TOM], fact="count", expect=5,
    as_=TOM, why="'count of' = how many; Tom leads 3, 5, 12: 3.1, 3.3, 5.2, 5.3, 12.4")
ask(K, "Evidence pack: how are we measuring whether the social work recruitment campaign has worked?",
    intent="action_detail", ref="10.2", why="how we measure whether it worked = 10.2's detail, no fact field")
ask(K, "Daniel. Whose name is against the life story audits that happen every quarter?", intent="action_detail",
    ref="7.3", fact="owner", as_=DANIEL,
    why="the quarterly life story audits = 7.3; whose name is against it = its owner (Helen Marsh)")
ask(K, "Priya. For visit prep I need everything on 2.3 - who, when, and how far it's got.", intent="action_detail",
    ref="2.3", as_=PRIYA, why="several facts of one action = its detail, no fact field")

# ======================================================================== people
K = "people"
ask(K, "Morgan. For my one-to-ones before the visit - which of Priya's, Ruth's, Tom's and Daniel's actions are "
       "late?", st="overdue", owners=LEADS, expect=5, as_=MORGAN,
    why="the one-to-ones are news: Tom 3.1; Ruth 6.3, 9.5; Daniel 7.2, 9.3; Priya none")
ask(K, "Improvement adviser. Which actions held by the head of our QA and performance service are overdue?",
    st="overdue", owners=[HELEN], expect=2,
    why="the head of QA and performance = Helen Marsh (Head of Quality Assurance and Performance): 5.3, 9.1")
ask(K, "Interim TM - I've been told to link in with the principal social worker. What does she have in "
       "progress?", st="in_progress", owners=[GRACE], expect=2, why="the PSW = Grace Adeyemi: 1.4, 7.1")
ask(K, "Sam here - for my bit of the evidence pack, which of mine are signed off?", st="complete", owners=[SAM],
    expect=3, as_=SAM, why="'signed off' = complete: 1.3, 8.1, 10.1")
ask(K, "Chris. What does the Cabinet Member hold that's still open?", owners=[JO], expect=1, as_=CHRIS,
    why="the Cabinet Member = Cllr Jo Pearce: 12.4")
ask(K, "Independent chair. What have the person who runs the virtual school and whoever heads our fostering service "
       "got on?", owners=[ANITA, LEO], expect=2,
    why="the Virtual School Head (Anita Rao) and the Head of Fostering (Leo Fitzgerald): 11.5, 11.6")
ask(K, "Leo. Ruth's actions that nobody has kicked off yet?", st="not_started", owners=[RUTH], expect=1,
    as_=LEO, why="'nobody has kicked off' = not started: 9.5")
ask(K, "Ruth. What's overdue in Tom's name and mine?", st="overdue", owners=[TOM, RUTH], expect=3, as_=RUTH,
    why="Tom 3.1; Ruth 6.3, 9.5")
ask(K, "Priya here. Helen and Grace - what has each of them not yet started?", st="not_started",
    owners=[HELEN, GRACE], expect=3, as_=PRIYA, why="Helen 3.3, 7.3; Grace 4.3")
ask(K, "Anita. Have I completed anything yet?", st="complete", owners=[ANITA], expect=0, as_=ANITA,
    why="a real empty list (11.5 is in progress)")
ask(K, "Analyst - everything owned by the director running the transformation programme, any status", st="all",
    owners=[DANIEL], expect=6,
    why="the director running the transformation programme = the Transformation Director, Daniel Cross: 1.5, "
        "4.1, 5.2, 7.2, 9.3, 10.5")
ask(K, "Tom - does Morgan Hale have anything open?", owners=[MORGAN], expect=0, as_=TOM,
    why="a real empty list (12.3 is complete)")
ask(K, "Daniel. Between Helen and me, what's in progress?", st="in_progress", owners=[HELEN, DANIEL], expect=7,
    as_=DANIEL, why="Helen 2.2, 4.2, 5.3, 9.1, 9.2; Daniel 5.2, 7.2")
ask(K, "Jo. Still open with the Deputy Director, Frontline Services?", owners=[PRIYA], expect=4,
    as_=JO, why="the Deputy Director for Frontline Services = Priya Shah: 2.3, 9.4, 9.6, 10.3")
ask(K, "Helen. What have Sam Whitfield and Anita Rao got that isn't started?", st="not_started",
    owners=[SAM, ANITA], expect=1, as_=HELEN, why="Sam 10.4; Anita none")

# ======================================================================== combined
K = "combined"
ask(K, "Morgan. For the visit: which plan actions in Daniel's areas are overdue?", st="overdue", leads=[DANIEL],
    meeting=None, expect=1, as_=MORGAN,
    why="Daniel leads 9 and 10; the plan (9.3 and 9.5 came from committee): 9.1")
ask(K, "Improvement adviser. Case notes and the quality of children's plans: anything in progress that must be "
       "finished by 31 March?", st="in_progress", areas=[5, 4], dto="2022-03-31", expect=2,
    why="case notes = recording (area 5); quality of plans (area 4); overdue kept in: 4.2, 5.3")
ask(K, "Interim TM. Of the committee's actions on helping children understand their history, which are yet to "
       "start with a deadline before Easter?", st="not_started", areas=[7], meeting=COMMITTEE, dbefore=EASTER,
    expect=1, why="life story work in practice words (area 7); before 17 April 2022: 7.3")
ask(K, "Helen. Of my audits, which are underway and due before the Board on 24 February?", st="in_progress",
    owners=[HELEN], rx=r"audit", dbefore=BOARD_FEB, expect=1, as_=HELEN,
    why="due before 24 February 2022, overdue kept in (2.2 is due 28 February): 5.3")
ask(K, "BI: not started, from the November committee, owned by Daniel Cross", st="not_started", meeting=NOV,
    owners=[DANIEL], expect=3, why="1.5, 9.3, 10.5")
ask(K, "Grace. In practice infrastructure, anything of mine underway with a deadline by the end of March?",
    st="in_progress", owners=[GRACE], areas=[1], dto="2022-03-31", expect=1, as_=GRACE, why="1.4")
ask(K, "Board chair. The two ADs' committee actions - which have summer deadlines?", owners=[RUTH, TOM],
    meeting=COMMITTEE, **SUMMER, expect=2,
    why="June - August 2022; both outstanding, so every status gives the same: 7.4, 11.4")
ask(K, "Leo. For children in our care: committee actions underway whose deadline is after the visit on 15 "
       "February?", st="in_progress", areas=[11], meeting=COMMITTEE, dafter=VISIT, expect=2, as_=LEO,
    why="children in our care = area 11; due after 15 February 2022: 11.4, 11.6")
ask(K, "Sam. Recruitment and retention, original-plan actions only: what's in progress with a Q4 deadline?",
    st="in_progress", areas=[10], meeting=None, **THIS_QUARTER, expect=1, as_=SAM,
    why="the plan; a Q4 deadline = 1 January - 31 March 2022: 10.2 (10.3 came from committee)")
ask(K, "Priya. In my areas, what's not started and due after the summer?", st="not_started", leads=[PRIYA],
    dafter="2022-08-31", expect=1, as_=PRIYA, why="Priya leads 1, 2, 4, 8; due after 31 August 2022: 4.3")
ask(K, "Agency TM. On planning for unborn babies and early permanence, is anything stuck or late?",
    st="overdue", areas=[6], expect=1,
    why="unborn babies and early permanence = area 6; 'stuck or late' = overdue (6.3 is both): 6.3")
ask(K, "Daniel. In my two areas, which committee actions are overdue and not mine?", st="overdue",
    leads=[DANIEL], meeting=COMMITTEE, owners=everyone_but(DANIEL), expect=1, as_=DANIEL,
    why="Daniel leads 9 and 10; his 9.3 left out: 9.5")
ask(K, "Chris. For the Board action log: every committee action owned by Priya or Ruth with a deadline up to 31 "
       "March, whatever the status", st="all", owners=[PRIYA, RUTH], meeting=COMMITTEE, dto="2022-03-31", expect=6,
    as_=CHRIS,
    why="every status; 'a deadline up to 31 March' = on or before 31 March 2022: Priya 8.3, 8.4, 9.4, 9.6; Ruth 9.5, "
        "11.3")
ask(K, "Tom. In partnership working and homeless 16-17s, anything in progress due before the summer?",
    st="in_progress", areas=[12, 3], dbefore="2022-06-01", expect=1, as_=TOM,
    why="before 1 June 2022, overdue kept in (12.4 is due 30 June): 3.1")
ask(K, "Jo. Anything the committee asked for in corporate parenting that's underway and due in the summer?",
    st="in_progress", areas=[11], meeting=COMMITTEE, **SUMMER, expect=2, as_=JO, why="11.6, 11.4")

# ======================================================================== meetings
K = "meetings"
ask(K, "The committee where the Cabinet Member said the discussion would feed into preparing for the next "
       "monitoring visit - what's still open from it?", meeting=JAN, expect=4,
    why="what was said (minute 42.1) names the 12 January 2022 meeting: 9.5, 9.6, 11.4, 11.6")
ask(K, "Analyst: I need the 10/11/2021 committee's actions, whatever status each is in", st="all", meeting=NOV,
    expect=7, why="10/11/2021 = 10 November 2021; every status: 1.5, 9.3, 9.4, 10.4, 10.5, 11.3, 12.4")
ask(K, "Morgan. Impact evidence: of what the October 2019 committee asked for, what's now been delivered?",
    st="complete",
    meeting=OCT19, expect=6, as_=MORGAN, why="'delivered' = complete: 7.5, 8.3, 8.4, 12.1, 12.2, 12.3")
ask(K, "Chris. From item 23, what's overdue?", st="overdue", meeting=NOV, expect=1, as_=CHRIS,
    why="item 23 = 10 November 2021: 9.3")
ask(K, "Independent chair. The committee heard that caseloads were being monitored at the monthly Improvement "
       "Board - of what it agreed that day, what hasn't started?", st="not_started", meeting=NOV,
    expect=4,
    why="what was said (minute 23.2) names the 10 November 2021 meeting, asked of what it agreed; 'caseloads' and "
        "'Improvement Board' there set nothing: 1.5, 9.3, 10.4, 10.5")
ask(K, "Interim TM. From the October 2019 committee, has anything on helping children understand their history "
       "not been started?", st="not_started", meeting=OCT19, areas=[7], expect=1,
    why="life story work in practice words (area 7): 7.3")
ask(K, "Ruth. What did the January committee give me, done or not?", st="all", meeting=JAN, owners=[RUTH],
    expect=2, as_=RUTH, why="every status: 9.5, 11.4")
ask(K, "Improvement adviser. Which actions from minute 42.2 haven't been started?", st="not_started",
    meeting=JAN, rx=r"statutory visits performance information|in-house foster carers", minute="42.2", expect=1,
    why="9.5 (11.6 is in progress)")
ask(K, "Jo Pearce - from the committee before last, what's in progress?", st="in_progress", meeting=NOV,
    expect=2, as_=JO, why="the committee before last = 10 November 2021: 9.4, 12.4")
ask(K, "Helen. Anything from item 39 still not finished?", meeting=OCT19, expect=5, as_=HELEN,
    why="item 39 = October 2019; 'not finished' = outstanding: 7.1, 7.2, 7.3, 7.4, 10.3")
ask(K, "At the meeting where we heard only 81.7% of statutory visits were on time, what was agreed that's now "
       "overdue?", st="overdue", meeting=NOV, expect=1,
    why="what was said (minute 23.2) names the 10 November 2021 meeting; 'statutory visits' there sets no topic: "
        "9.3")
ask(K, "minute 39.6 - anything done?", st="complete", meeting=OCT19,
    rx=r"in Mosaic so|thematic audits of the quality|observe the foster carer", minute="39.6", expect=1,
    why="7.5")
ask(K, "Daniel. Resolution 23.3.1 - when is the report it asked for due?", intent="action_detail", ref="10.5",
    fact="due", as_=DANIEL, why="resolution 23.3.1 created one action; its due date")
ask(K, "Tom. The committee that heard the average age of people applying to foster had come down - what did it "
       "ask for that hasn't started?", st="not_started", meeting=JAN, expect=2, as_=TOM,
    why="what was said (minute 42.2) names the 12 January 2022 meeting: 9.5, 9.6")
ask(K, "Anita. What's underway from the November and January committees?", st="in_progress", meeting=[NOV, JAN],
    expect=4, as_=ANITA, why="10 November 2021 and 12 January 2022; 'underway' = in progress: 9.4, 12.4, 11.4, 11.6")

# ======================================================================== chatter
K = "chatter"
ask(K, "Hello - DfE-appointed improvement adviser here, just been given access ahead of the monitoring visit.",
    intent="help", why="A greeting with an introduction alone")
ask(K, "Improvement Board chair (independent). Before Ofsted arrive, could I get a brief picture of how the "
       "entire plan is going?", intent="summary", why="Overview of the whole plan")
ask(K, "Perfect - that's the last gap in the evidence pack filled, thank you", intent="unknown",
    why="Thanks alone; the evidence pack is news")
ask(K, "Morning! Day three as an agency TM and still learning all the acronyms. What's overdue on finding children "
       "permanent homes?", st="overdue", areas=[6], expect=1,
    why="the question inside the small talk; permanent homes = permanence (area 6); the role sets no agency staff "
        "topic: 6.3")
ask(K, "Does anyone know which room the inspectors are using as their base?", intent="unknown",
    why="Off-topic question")
ask(K, "Late actions in area 9 please... no, make that area 5", st="overdue", areas=[5], expect=1,
    why="the corrected question alone, the area replaced: 5.3")
ask(K, "Interim TM, first day. How do I use this - can I just ask about the plan in plain English?", intent="help",
    why="Asks how the bot works")
ask(K, "Right, that's the impact narrative drafted. Off home now - night all", intent="unknown", as_=HELEN,
    why="Sign-off ('drafted' is no status; the narrative is news)")
ask(K, "Fwd from the Board chair:\n> Who owns the action on the neglect audit?\nCan you answer this?",
    intent="action_detail", ref="2.2", fact="owner",
    why="the forwarded question: the neglect audit = 2.2; its owner (Helen Marsh)")
ask(K, "Oops - posted in the wrong chat, that one was for the fostering team", intent="unknown", as_=LEO,
    why="Apology alone")
ask(K, "Morgan. Give me the headline position on the whole improvement plan for my opening remarks to the "
       "inspectors.", intent="summary", as_=MORGAN, why="Overview of the whole plan")
ask(K, "Good morning from the evidence room!", intent="help", why="A greeting alone")
ask(K, "Cheers. Unrelated - does anyone know when the visit timetable is going round?", intent="unknown",
    why="Thanks and an off-topic question")
ask(K, "Afternoon - back-to-back prep sessions for the visit today. Anything in quality of plans that nobody's "
       "started?", st="not_started", areas=[4], expect=1, as_=PRIYA,
    why="the question inside the small talk: 4.3")
ask(K, "Anita - first time using this. What can you do?", intent="help", as_=ANITA, why="Asks what the bot can do")

# ======================================================================== hand the specs to build.py
hand_over()
