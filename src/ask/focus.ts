/**
 * The part of a long message that asks. Officers write "morning all, hope everyone had a good
 * weekend. Chris asked me to check which actions came out of the January committee - he needs it
 * for the tracker. thanks": the news, thanks and reasons around the question name people, dates and
 * subjects that are not what is asked. The clauses that ask are kept; talk around them goes, and
 * "she" or "he" in the question stands for the person the talk named.
 */

/** A clause that asks or asks for something ("have a good one" does not; "my open actions please" does). */
const ASKS =
  /\?|^\s*(?:what|what's|whats|which|who|who's|whos|whose|when|when's|where|how|show|list|tell|give|any|anything|everything|please(?!\s*[.!,]*\s*$)(?!\s+(?:send|forward|email|e-mail|contact|copy|cc|direct|pass|speak|talk|call|ring)\b[^?]*\bto\s+(?:my|our|his|her|their)\b))\b|^\s*(?:is|are|has|have|does|do|did|can|could|would|will)\s+(?:we|you|i|it|they|there|this|that|these|those|the|any|anything|all|\w+'s|\d)\b|(?:^\s*|\b(?:you|please|pls|just|and|so|then)\s+)(?:show me|tell me|give me)\b|\b(?:let me know|list (?:all|the|every)|pull (?:together|up|out)|find out|wondering)\b|^\s*(?:i need|i'd like|i would like|i want)\s+(?:the|a|an|all|every|to see|to know)\b|\b(?:check|know|see|confirm|ask)\s+(?:if|whether|what|which|who|when|where|how)\b|\basked\s+(?:me|us)\s+(?:what|which|who|when|where|how)\b|^(?!\s*(?:yes|ok|okay|no|thanks|thank you)\b)\s*\S+(?:\s+\S+)+\s+(?:please|pls)[.!]*\s*$/i;

/** "Can you answer this one for me?" under a forwarded question: it asks for an answer to that question, not one of its own. */
const ANSWER_THIS =
  /^\s*(?:(?:can|could|would|will)\s+you\s+(?:please\s+)?|please\s+)?(?:answer|help(?:\s+me)?\s+with|look\s+at|take\s+a\s+look\s+at|deal\s+with|respond\s+to|reply\s+to|field)\s+(?:this|that|it|the\s+above)(?:\s+one)?(?:\s+for\s+(?:me|us|them|him|her))?(?:\s+please)?[\s?.!]*$|^\s*(?:any\s+(?:ideas?|thoughts)|thoughts|help)[\s?.!]*$/i;

/** Greetings, thanks and the writer's own news: a clause of talk, not a subject label ("Life story work -"). */
const TALK =
  /\b(?:i|i'm|im|i've|ive|we're|we've|he|she|he's|she's|they|thanks|thank|cheers|ta|hope|hoping|sorry|apologies|hi|hiya|hello|morning|afternoon|evening|weekend|lol|catch-up|catch up|catchup|see you|see ya|logging off|signing off|heading off|off home|heading home|going home|home time|night all|good ?night|(?:that's|that is) me done|big day|speak soon|speak later|talk soon|take care|bye|great news|context|hectic|quick one|quick question|writing up|drafting|preparing|prepping|putting together|pulling together|getting ready|(?:pulling|putting)\s+(?:[\w'-]+\s+){1,3}together|chasing|lost|new here|new starter|just started|just joined|first (?:day|week|fortnight|month|time|go)|last one|one last|one more|promise|oops|whoops|my bad|keeps? asking|keep on asking|(?:have|has|had|are|is|were|was) been asking|(?:are|is|were|was) asking|keeps? chasing|great|brilliant|perfect|lovely|fab|fabulous|super|excellent|wonderful|amazing|smashing|spot on|ok|okay|cool|nice|got it|newbie|(?:daft|silly|basic|naive|newbie)\s+question|question\s+from|(?:briefing|meeting|board|panel|visit|presentation)\s+(?:tomorrow|today|tonight|this afternoon|next week))\b/i;
/** A finite verb: a clause with one is a sentence, not a name or a label ("10 May" is a date, not "may"). */
const VERB =
  /\b(?:is|are|was|were|am|has|have|had|will|would|can|could|should|shall|may(?<!\b\d{1,2}(?:st|nd|rd|th)?\s+may)(?!\s+\d)|might|must|does|do|did|asked|said|wants|wanted|needs|needed|got|went|came|been|told|thought|mentioned|explained|added|saved|picked|flagged|raised|noted|spotted|highlighted|commented|queried)\b/i;
/** "Fwd: ...", "RE: ..." on a line of its own, before the message. */
const SUBJECT_LINE = /^\s*(?:fwd?|fw|re)\s*:[^\n]*\n/gim;
/** Apologies and absences sent to the channel. */
const APOLOGY =
  /\b(?:(?:hit|pressed|press|hitting|sent)\s+(?:send|enter|that|it|this)?\s*too\s+(?:early|soon|quickly)|apologies for|i(?:'ll| will) be (?:away|out|off|with|at|in)\b.{0,40}\b(?:all day|today|tomorrow|this week|next week)|on leave|off sick|wrong (?:chat|channel|thread|window|person|group)|(?:meant|intended) for (?:someone|somebody|another|the other|[A-Z][a-z]+)|meant to (?:send|post|put) (?:that|this|it) (?:to|for|in)\b|never\s?mind|ignore (?:that|me|my last)|please ignore)\b/i;
/** A clause that is only a role: the asker saying who they are, unless the plan names someone by it ("Principal SW -"). */
const ROLE_ONLY =
  /^(?:[\w'-]+,?\s+){0,4}(?:police|sergeant|detective|ds|dsl|nurse|visitor|hv|housing|legal|finance|yjs|yos|camhs|mash|health|teacher|headteacher|senco|solicitor|lawyer|services|chair|vice-chair|chairman|chairwoman|councillor|cllr|manager|officer|rep|representative|adviser|advisor|spokesperson|governor|auditor|partner|clerk|trainee|student|sw|iro|co-?ordinator|pa|lado|analyst|educator|assistant|administrator|secretary|consultant|practitioner)[.!:]?$/i;
/** Laughter: talk, not a question. */
const LAUGH = /\b(?:lol|haha+|ha ha|rofl|lmao)\b/i;
/** Greetings. */
const GREETING_WORDS = String.raw`(?:hi|hiya|hello|hey|good (?:morning|afternoon|evening)|morning|afternoon)`;
const GREETING = new RegExp(String.raw`^\s*${GREETING_WORDS}\b`, 'i');
/** "Morning from County Hall!": a greeting and where it is sent from. */
const GREETING_FROM = new RegExp(String.raw`^\s*${GREETING_WORDS}(?:\s+(?:all|everyone|team|folks))?\s+from\s+(?:the\s+)?[\w' -]{2,40}?[.!]*$`, 'i');
/** The writer saying who they are: "I'm the new vice-chair", "just saying hello". */
const INTRODUCTION =
  /\b(?:i'm|i am|im)\s+(?:the\s+|a\s+)?new\b|\b(?:my\s+)?(?:first|1st|second)\s+(?:day|week|morning)\s+(?:(?:here\s+|in\s+post\s+)?(?:as|covering|acting|in the role|in post|on the team)|here|in post)\b|\bjust (?:saying|wanted to say|popping in to say) (?:hello|hi)\b|\bintroduc(?:e|ing) myself\b|^\s*\S+,?\s+(?:[\w']+\s+){0,3}here\s*[.!]*\s*$|\b(?:my\s+)?first\s+(?:go|time|try|look)\s+(?:with|on|using|at|in)\b|\b(?:just|newly|recently)\s+(?:been\s+)?(?:elected|appointed|started|joined)\b|\b(?:just\s+)?(?:been\s+)?(?:given|granted|got)\s+access\b/i;
/** Thanks and goodbyes. */
const THANKED = /\b(?:thanks|thank you|thx|cheers|ta|saved me|(?:much\s+)?appreciated)\b/i;
const THANKS = new RegExp(
  String.raw`${THANKED.source}|\b(?:have a good (?:one|day|weekend)|logging off|signing off|heading off|bye|goodbye|night all|good ?night|(?:that's|that is) me done)\b`,
  'i',
);

/** Whether a message thanks (a sign-off alone does not). */
export function thanks(text: string): boolean {
  return THANKED.test(text);
}
/** "Has that gone to members?", "where are we on it?": the question points back to the clause before. */
const ANAPHOR =
  /^\s*(?:are\s+we|are\s+they|is\s+it|is\s+that)\s+(?:still\s+)?(?:on track|on schedule|on target|getting there|there yet|nearly there)\b|\bmakes?\s+(?:it|them)\b|^\s*(?:closed|done|finished|complete|completed|signed off|delivered|sorted|live|started)(?:\s+yet)?\s*\?+\s*$|\b(?:it|them)\s+(?:yet|now|already)\s*[?.!]*\s*$|\b(?:that|this|the same)\s+(?:one|piece of work|bit of work|work|update|report|request|task)\b|\bwhen(?:['’]s|\s+is)\s+(?:it|that|this)\b|\b(?:behind|for|from)\s+(?:it|that|this)\s*[?.!]?$|\b(?:picking|pick|doing|leading|taking|handling|owns|owning|got)\s+(?:it|that|this)\b(?!['’]s|\s+(?:is|are|was|were|has|have)\b)|\b(?:are|is)\s+(?:they|it|that|this|those)\s+up\s+to\b|(?<!\b(?:two|three|four|five|six|both|all|each|either|neither|any|none)\s)\b(?:on|about|with|of|for)\s+(?:it|that|this|them)\b|\b(?:has|is|was|did|does)\s+(?:it|that|this)\b|(?<!\b(?:everything|anything|something|nothing|actions?|ones?|items?|things?|work|all|those|any|each)\s)\b(?:it|that|this)\s+(?:has|is|was|gone|been)\b(?!\s+(?:still|not|already|overdue|open|late|outstanding|blocked)\b)|\b(?:outstanding|overdue|open|left|due|happening|late)\s+(?:there|on that|on it)\b|\b(?:got|get|getting)\s+there\b|\bits\s+(?:action|actions|owner|status|deadline|due date|progress|evidence|measure|lead)\b|\b(?:of|in|among)\s+(?:those|these)(?:\s+actions)?\b|\bhow(?:['’]s|\s+is|\s+are)\s+(?:that|it|this|they|those)\b|\b(?:the|that|this)\s+area['’]s\b|\b(?:that|this)\s+area\b|\b(?:anything|everything|what|which|any)\s+(?:(?:is|is still)\s+)?(?:there|in there|on there)\b(?!\s+(?:is|are|was|were)\b)/i;

/** "Where do I even start with this?", "how does this work?": "this" is the bot, not what the talk before named. */
const ABOUT_THE_BOT =
  /\bwhat (?:do|should|can) (?:i|we) (?:type|ask|say|write|put)\b|\bis this (?:where|how|the place|the right place) (?:i|we|you)\b|\bwhere (?:do|should|can|would) (?:i|we) (?:even )?(?:start|begin)\b|\bhow (?:do|does|can|should) (?:i|we|this|it|you) (?:(?:bot|thing|tool|app)\s+)?(?:even )?(?:use|work)\b/i;

/** What leads into an embedded question: "Chris asked me to check which ...", "could you let me know what ...". */
const LEAD_IN =
  /^.*?\b(?:(?:asked|wants?|wanted|needs?|needed|trying|want|like|have|had)\s+(?:me\s+)?to\s+(?:check|know|find out|see|confirm|ask(?:\s+you)?)|(?:could|can|would|will)\s+(?:you|officers|the\s+(?:[\w-]+\s+){0,3}(?:director|member|officer|officers|clerk|lead))\s+(?:please\s+)?(?:let me know|tell me|tell us|tell the committee|check|confirm|find out|advise)|(?:would|i'd|i would|am|i am)\s+(?:be\s+)?grateful\s+(?:to know|to hear|to learn|if (?:you|officers) could (?:tell|confirm|let)(?:\s+(?:me|us|the committee)(?:\s+know)?)?)|let me know|need to know|wondering)\s+(?=(?:if|whether|what|which|who|when|where|how)\b)|^.*?\basked(?:\s+me)?\b.{0,80}?\s(?=whether\b)|^.*?\basked\s+(?:me|us)\s+(?=(?:what|which|who|when|where|how)\b)/i;

/** Month names and their short forms. */
const MONTH = String.raw`(?:january|february|march|april|may|june|july|august|september|october|november|december|jan|feb|mar|apr|jun|jul|aug|sept?|oct|nov|dec)`;

/** A meeting's month or date said in passing: "the committee back in November", "at the meeting on 12 January". */
/** "for the 9 March agenda", "ahead of the 15 February board": an occasion named by its day. */
const OCCASION_DAY = new RegExp(
  String.raw`\b(?:for|at|ahead of|in|on)\s+the\s+(\d{1,2}(?:st|nd|rd|th)?\s+${MONTH})\s+(?:agenda|meeting|board|committee|visit|papers|pack|panel|session)\b`,
  'i',
);

const MEETING_DATE = new RegExp(
  String.raw`\b(?:in|on|of|from|at)\s+(?:(?:mon|tues|wednes|thurs|fri|satur|sun)day\s+)?((?:\d{1,2}(?:st|nd|rd|th)?\s+)?${MONTH}(?:\s+\d{4})?)\b`,
  'i',
);

/** "before", "ahead of" an occasion, its determiner and up to three words saying what it is (no month, not the committee). */
const BEFORE_OCCASION = String.raw`\b(?:before|ahead of|in time for|prior to)\s+`;
const OCCASION_NAME = String.raw`(?:(?!${MONTH}\b|committee\b|select\b|scrutiny\b)[a-z'-]+\s+){0,3}`;
const OCCASION_WORDS = String.raw`meeting|session|clinic|workshop|away\s?day|briefing|conversation|catch-?up|huddle`;
/** What starts a date after "on" or "in": a number, a month or a weekday. */
const DATE_START = String.raw`(?:\d|${MONTH}\b|(?:mon|tues|wednes|thurs|fri|satur|sun)day\b)`;

/** "before the work programme meeting", "ahead of Thursday's clinic": an occasion ahead, named by neither a month nor a date. */
const OCCASION_AHEAD = new RegExp(
  String.raw`\s*${BEFORE_OCCASION}(?:the|our|my|this|next|(?:mon|tues|wednes|thurs|fri)day's|tomorrow's)\s+${OCCASION_NAME}(?:${OCCASION_WORDS})\b(?!\s+(?:on|in|of)\s+${DATE_START})`,
  'gi',
);

/** "before the annual engagement meeting on 12 May": an occasion ahead with its date, which is what "before" is of. */
const OCCASION_DATED = new RegExp(
  String.raw`${BEFORE_OCCASION}(?:the|our|my|this|next)\s+${OCCASION_NAME}(?:${OCCASION_WORDS}|visit|inspection)\s+(?:on|in)\s+(?=${DATE_START})`,
  'gi',
);

/** A bound, an occasion of up to three words, and its day, said after "on" or in brackets. */
const OCCASION_ON_DAY = new RegExp(
  String.raw`\b(before|after|ahead of|by|until|between|since|following)\s+(?:the\s+|our\s+)?(?:${MONTH}\s+(?=[a-z'-]+\s+(?:on\s|\()))?(?:(?!${MONTH}\b|committee\b|due\b|and\b|or\b|now\b|today\b|the\b)[a-z'-]+\s+){1,3}(?:on\s+|\(\s*|,\s+(?=w\/c\s|week\s+commencing\s))(?:(?:mon|tues?|wed(?:nes)?|thu(?:rs?)?|fri|sat(?:ur)?|sun)(?:day)?\.?\s+)?((?:w\/c\s+|week\s+commencing\s+)?\d{1,2}(?:st|nd|rd|th)?\s+${MONTH}(?:\s+\d{4})?)\b\)?`,
  'gi',
);

const NOW_TO_OCCASION = new RegExp(
  String.raw`\bbetween\s+now\s+and\s+(?:the\s+|our\s+)?(?:${MONTH}\s+)?(?:(?!${MONTH}\b|committee\b|due\b|and\b|or\b|the\b)[a-z'-]+\s+){1,3}(?:on\s+|\(\s*)(?:(?:mon|tues?|wed(?:nes)?|thu(?:rs?)?|fri|sat(?:ur)?|sun)(?:day)?\.?\s+)?(\d{1,2}(?:st|nd|rd|th)?\s+${MONTH}(?:\s+\d{4})?)\b\)?`,
  'gi',
);

/** "Annual council is Friday 20 May", "Ofsted's engagement meeting is on Thur 23 June": an occasion and its day. */
const OCCASION_IS = new RegExp(
  String.raw`^\s*(?:[a-z ,'-]{0,40}?:\s*)?((?:the\s+|our\s+|my\s+)?[a-z'’-]+(?:\s+[a-z'’-]+){0,4}?)\s+(?:is|falls|takes\s+place|will\s+be)\s+(?:on\s+)?(?:(?:mon|tues?|wed(?:nes)?|thu(?:rs?)?|fri|sat(?:ur)?|sun)(?:day)?\.?\s+)?(\d{1,2}(?:st|nd|rd|th)?\s+${MONTH}(?:\s+\d{4})?)\b`,
  'i',
);

/** "A fortnight on Friday", "a week today": a day said relative to the coming one. */
const WEEK_ON = /\ba\s+(?:week|fortnight)\s+(?:on\s+|from\s+)?(?:monday|tuesday|wednesday|thursday|friday|saturday|sunday|today|tomorrow)\b/i;

/** "the committee met on 12 January", "the committee that sat in November": a meeting told by when it met. */
const COMMITTEE_MET = new RegExp(
  String.raw`\b(?:when\s+)?the\s+(?:select\s+|scrutiny\s+)?committee\s+(?:that\s+|which\s+)?(?:met|sat|was held)\s+(?:on|in)\s+(?:(?:mon|tues|wednes|thurs|fri)day\s+)?((?:\d{1,2}(?:st|nd|rd|th)?\s+)?${MONTH}(?:\s+\d{4})?)\b`,
  'gi',
);

/** A day and month said anywhere: "w/c 7 March", "is 22 March". */
const DAY_SAID = new RegExp(String.raw`\b(\d{1,2}(?:st|nd|rd|th)?\s+${MONTH}(?:\s+\d{4})?)\b`, 'i');

/** "the November meeting", "the 12 January committee": a meeting named by when it met. */
const MEETING_NAMED = new RegExp(String.raw`\b(?:the\s+)?(?:\d{1,2}(?:st|nd|rd|th)?\s+)?${MONTH}(?:\s+\d{4})?\s+(?:meeting|committee)\b`, 'i');

/** "what did it agree?", "what came out of it?": a meeting's decisions, asked with a pronoun. */
const IT_DECIDED = /\b(?:it|they)\s+(?=(?:agreed?|decided?|set|asked for|ask for|resolved?|wanted|want)\b)|\b(?<=(?:from|out of|at)\s+)(?:it|that)\b/i;

/** "isn't theirs", "not with them": ruling out the people named before. */
const THEIRS = /\b(isn't|is not|aren't|are not|not)\s+(?:theirs|with them|owned by them|one of theirs)\b/i;
/** "with Helen, Daniel and Priya", "by Sam or Leo": several people named in a row. */
const NAMED_LIST =
  /\b(?:with|by|to|for)\s+((?:[A-Z][a-z'-]+(?:\s+[A-Z][a-z'-]+)?\s*,\s*)*[A-Z][a-z'-]+(?:\s+[A-Z][a-z'-]+)?\s*,?\s+(?:and|or|&)\s+[A-Z][a-z'-]+(?:\s+[A-Z][a-z'-]+)?)/;

/** Two people named together: "Grace and Helen", "Tom Brennan & Ruth Okafor". */
const PAIR_NAMED = /\b([A-Z][a-z'’-]+(?:\s+[A-Z][a-z'’-]+)?)\s+(?:and|&)\s+([A-Z][a-z'’-]+(?:\s+[A-Z][a-z'’-]+)?)\b/;
/** A group of people named by their roles: "the area leads", "the ADs". */
const GROUP_NAMED = /\b(?:(?:the|both|all)\s+)?(?:four\s+|two\s+)?(?:area\s+leads|ads|assistant\s+directors)\b/i;

const PRONOUN = /\b(she's|she|her|hers|he's|he|his|him)\b/i;

function clausesOf(text: string): string[] {
  return (
    text
      .split(
        // A line of its own is a clause of its own: a forwarded subject line, a quoted question.
        /\s*\n\s*|(?<=[.!?])\s+(?=\S)|\s*\p{Extended_Pictographic}+\s*|\s+[:;]-?[()DPp](?=\s|$)\s*|\s+but\s+(?:right now\s+)?(?:i\s+(?:just|really|actually)\s+need\s+)?(?=(?:what|which|who|when|where|how|is|are|can|could)\b)|\s+[-–—]\s+|\s*;\s*|,\s+(?=(?:thanks|thank you|thx|cheers|ta)\b[^a-z]*$)|:\s+(?=(?:what|which|who|whose|when|where|how|can you|could you|i need|i'd like|i would like|i want|is|are|did|does|has|have|was|were|will|any|anything|list|show|give|tell|please|overdue|open|outstanding|late|blocked|stuck|completed|finished|in progress|not started|across|among|within)\b)|,\s+(?:but\s+|so\s+|and\s+)?(?=(?:what|which|who|whose|when|where|how|can you|could you|would you|will you|any|anything|show|list|tell|give|please|i'm|im|i am|i've|we're|as i|because|cos)\b)/iu,
      )
      // "> Which actions came out of our November meeting?": a quoted line's marks are not its words.
      .map((clause) => (clause ?? '').replace(/^\s*(?:>\s*)+/, '').trim())
      .filter(Boolean)
  );
}

function isTalk(clause: string): boolean {
  // "Between our March board on the 8th and the May one on the 10th, ...": a period the question asks within.
  if (/^\s*(?:between|from|by|before|until|till|during|over)\b/i.test(clause) && WHEN_WORDS.test(clause) && !/\b(?:i|we|i'm|we're)\b/i.test(clause))
    return false;
  // "Of what Daniel has underway, ...": which actions the question is about, not talk.
  // "Across the areas I lead, ...", "in my areas, ...": where the question asks, not talk.
  if (
    /^(?:across|in|within|over|outside(?:\s+of)?)\s+(?:(?:all\s+)?the\s+areas?\s+(?:i|we)\s+(?:lead|run|head|cover|manage)|(?:all\s+)?my\s+(?:\w+\s+)?areas?)\b/i.test(
      clause,
    )
  )
    return false;
  // ("Of my open actions outside the areas I lead, ...": which of the asker's.)
  if (/^(?:of|out of|from|among)\s+(?:what|those|the ones|the actions|everything|all|(?:my|our|his|her|their)\s+(?:\w+\s+)?(?:actions|ones))\b/i.test(clause))
    return false;
  // "Other than the ones that are already late, ...": what is ruled out.
  if (/^(?:other than|except(?: for)?|apart from|excluding|leaving out|not counting|besides|outside(?: of)?|setting aside|leaving)\b/i.test(clause))
    return false;
  // "From the meeting that wanted a further report": a meeting told by what it did names it.
  if (/^(?:(?:from|at|of|for|in|out of)\s+)?(?:the|that)\s+(?:[\w'-]+\s+){0,2}(?:meeting|committee)\s+(?:that|which|where|when|at which)\b/i.test(clause))
    return false;
  // A full sentence with its full stop ("Priya's happy with the format.") is news, not a subject label;
  // "Before Ofsted come in", "speaking as a committee member" set the scene, unless they say when.
  return (
    TALK.test(clause) ||
    VERB.test(clause) ||
    (/\.\s*$/.test(clause) && clause.split(/\s+/).length >= 4) ||
    /^(?:speaking as|as (?:a|an|the|chair|lead)\b)/i.test(clause) ||
    // "Forwarding from a councillor ahead of 16 March:": where the question below came from.
    /^(?:forwarding|forwarded|passing on|sharing)\b/i.test(clause) ||
    // "School improvement partner here", "Doing the Feb RAG return": who is asking, and for what.
    // ("Governor again.", "Governor hat on:", "Health speaking.")
    /^(?:[\w']+,?\s+|\([^)]{1,30}\)\s+){1,5}(?:here|again|speaking|hat on)[.!:]?$/i.test(clause) ||
    // "Vice-chair.", "IRO service manager.", "Foster carer rep:": who is asking, said as their role.
    ROLE_ONLY.test(clause) ||
    // ("Building the RAG tiles for the annual review dashboard", "Drafting a paragraph for the newsletter")
    /^(?:doing|finishing|completing|compiling|updating|filling in|building|preparing|drafting|writing|putting together|pulling together|making)\s+(?:the|my|our|this|a|an|some)\b.*\b(?:return|report|briefing|update|pack|papers?|slides|submission|summary|log|tracker|template|dashboard|tiles|deck|charts?|presentation|paragraph|newsletter|article|press release|agenda)$/i.test(
      clause,
    ) ||
    (/^(?:before|after|when|once|while|whilst|since|until|ahead of)\s+\S+\s+\S+/i.test(clause) &&
      !WHEN_WORDS.test(clause) &&
      // ("Since the last committee, ...": from a meeting gone by, which says when.)
      !SINCE_A_MEETING.test(clause))
  );
}

/** "Since the last committee", "since the November meeting": from a meeting gone by. */
const SINCE_A_MEETING = new RegExp(String.raw`^since\s+(?:the\s+)?(?:(?:last|previous|${MONTH})\s+)?(?:committee|meeting|cttee)\b`, 'i');

/** Words that make a clause say when ("before Easter", "after the end of March"). */
const WHEN_WORDS = new RegExp(
  String.raw`\b(?:easter|christmas|xmas|${MONTH}|spring|summer|autumn|winter|week|weeks|month|months|year|quarter|term|half-term|end|\d+)\b`,
  'i',
);

/** "... asked me to pick up the quality of plans work": the subject a clause hands on, for "there" or "it" in the question. */
/** 'The digest says "Overdue (7)"', 'the card flags "Recording: RED"': the line quoted, without the counts it shows. */
const QUOTED_LINE = /\b(?:says|said|shows|showed|flags|flagged|lists|listed|reads|has)\s*:?\s*["“]([^"”]{2,120})["”]/i;

const HANDED_ON =
  /\b(?:(?:to|on)\s+(?:pick up|look at|look into|cover|take on|take over|chase|follow up|lead on|work on|help with|update on)|mentioned|raised|talked about|asked about|(?:asking|asked)\s+(?:me|us)\s+about|brought up)\s+(.+?)[.!]?$/i;

/** "People keep asking me about X", "I was asked about X": what the talk says people want to know about. */
const ASKED_ABOUT = /\b(?:ask|asks|asking|asked|enquiring|querying)\s+(?:me\s+|us\s+|him\s+|her\s+)?(?:about|after|regarding)\s+(.+?)[.!]?$/i;
/** "Is anything not started?", "anything late?": a question that names nothing it is about. */
const BARE_ASK = /^(?:(?:so|and|but)\s+)?(?:(?:is|are|was|has|have)\s+(?:there\s+)?)?(?:anything|any actions?|something)\b[^?]*\??$/i;

/** "due then", "due that week": a time the talk before named. */
const THAT_TIME = /\b(due|deadlines?|land|lands)\s+(?:then|that week|that day|that month|that fortnight|in that week|during that time|over that period)\b/i;
/** A period said in passing: "w/c 7th March", "the week commencing 7 March", "the summer holidays", "the spring term". */
const PERIOD_SAID = new RegExp(
  String.raw`\b(?:w\/c|week\s+(?:commencing|beginning))\s+\d{1,2}(?:st|nd|rd|th)?\s+${MONTH}\b|\b(?:the\s+)?(?:school\s+)?(?:summer|easter|christmas|october|february|may)\s+(?:holidays|hols|half[- ]?term|break)\b|\b(?:the\s+)?(?:spring|summer|autumn)\s+term(?:\s+20\d{2})?\b`,
  'i',
);

/** "I already know all about that", "I've had those already": what the asker has, not what they ask. */
const ALREADY_KNOWN =
  /^\s*(?:i|we)(?:'ve|\s+have)?\s+(?:already\s+(?:know|have|had|got|seen|heard)|(?:had|got|seen|heard)\s+(?:those|that|them|it)\s+already)\b/i;

/** "For the minutes:", "for the action log,", "for the work programme chat with the chair:": what the answer is for. */
const PURPOSE_LEAD =
  /^\s*for\s+(?:the|my|our|a|an|this|tomorrow's|today's)\s+(?:(?:work|action|board|cabinet|handover|committee's|chair's|visit|weekly|monthly|team)\s+)?(?:minutes|notes|record|log|file|pack|programme|handover|paper|slides|deck|summary|one-to-one|briefing note)(?:\s+(?:chat|meeting|session|discussion)(?:\s+with\s+(?:the\s+)?[a-z]+)?)?(?:\s*[:,–—-]\s+|\s+(?=(?:i'd like|i would like|i need|can you|could you|please)\b))(?=\S)|^\s*for\s+(?:the|my|our|a|an|this|tomorrow's|today's)\s+(?:[a-z'-]+\s+){0,6}(?:session|briefing|meeting|chat|pack|paper|slides|deck|dashboard|return|sample|tiles|note|notes|summary|minutes|log|agenda)\s*[:–—]\s+(?=\S)|^\s*(?:[a-z]+ing\s+(?:[a-z'-]+\s+){0,4})?for\s+(?:the|my|our|a|an|this|tomorrow's|today's)\s+(?:[a-z'-]+\s+){0,3}(?:write-up|write up|writeup|report|email|presentation|newsletter|bulletin|article|briefing note|briefing|note|tracker|spreadsheet|sheet|log)\s*[:–—]\s+(?=\S)|^\s*from\s+the\s+[a-z'-]+(?:\s+[a-z'-]+)?\s+side(?:\s+of\s+things)?\s*[:–—]\s+(?=\S)|^\s*(?:audit\s+trail|for\s+the\s+record|for\s+info|context)\s*[:–—]\s+(?=\S)|^\s*for\s+(?:the|my|our)\s+(?:[a-z'-]+\s+){0,2}?(?:one-to-ones|one to ones|1:1s|visit|inspection|inspectors|monitoring visit|sef|self-evaluation|evidence pack)(?:\s+(?:before|ahead of)\s+(?:the|our)\s+(?:visit|inspection|monitoring visit|board))?\s*[:,–—-]\s+(?=\S)/i;

/** "Life story work is close to my heart", "return home interviews really matter": what the talk is about, said first. */
const TALKED_OF =
  /^((?!(?:i|we|you|it|this|that|there|they|he|she|my|our|fyi|so|and|but)\b)[a-z][a-z'-]*(?:\s+(?!(?:was|were|is|are|has|have|had|be|been)\b)[a-z][a-z'-]*){0,4}?)\s+(?:is|are|(?:really\s+)?matters?|remains?|seems?)\b/i;
/** "Doing a quick sweep of homeless young people ahead of the visit": what the sweep or look is of. */
const SWEEP_OF =
  /\b(?:sweep|look|review|check|read|skim|pass)\s+(?:of|at|over|through)\s+((?:the\s+)?[a-z][a-z'-]*(?:\s+[a-z0-9][a-z0-9'/-]*){0,4}?)(?=\s+(?:ahead|before|for|in|on|at|as|so|because|while)\b|[.,;!]?\s*$)/i;
/** "..., but on recruitment and retention": the subject the talk turns to before the question. */
const BUT_ON = /\bbut\s+((?:on|about|regarding|re|for|in|with)\s+[^,.;!?]+?)\s*$/i;

/** "Who owns X - was it me?": the asker's guess at the answer, not whose actions are asked about. */
const GUESSED_OWNER = /^(\s*who\b[^?]*?)\s*(?:[-–—,;]\s*|\s(?:or|and)\s+)(?:was|is|isn't|wasn't)\s+(?:it|that)\s+(?:me|him|her|them|you)\s*\??\s*$/i;
/** "Who owns X - me or Tom?": the asker's guesses, each the asker or a person (not "- blocked or overdue?"). */
const GUESSED_OWNERS = /^(\s*who\b[^?]*?)\s*[-–—,;]\s*([\p{L}'’-]+(?:\s+or\s+[\p{L}'’-]+)+)\s*\??\s*$/iu;

/** "which has its own workstream.": lower case, a verb, a full stop: the end of the sentence before. */
const RELATIVE_NEWS = /^(?:which|who)\s+(?:has|have|is|are|was|were|sits|sit|belongs|runs|needs)\b[^?]*[.!]\s*$/;
/** "Our group is looking at everything except QA": the exclusion, handed on from the talk. */
const RULED_OUT_IN_TALK =
  /\b(?:everything|anything|all(?:\s+of\s+it)?|the\s+(?:whole|rest\s+of\s+the)\s+plan)\s+((?:except(?:\s+for)?|but|apart\s+from|other\s+than|bar|excluding|outside(?:\s+of)?)\s+[^,.;!?]+?)[.!]?\s*$/i;

/** "while I'm away", "while they're off", "when I'm on leave": a time the talk gave. */
const WHILE_AWAY =
  /\b(?:(?:fall|falls|falling|come|comes|coming)\s+)?(?:due\s+)?(?:while|whilst|when)\s+(?:i'm|i am|i was|i've been|i have been|they're|they are|they were|we're|we are|we were|she's|she is|she was|he's|he is|he was|schools are|the schools are)\s+(?:away|off|out|gone|off sick|on leave|on holiday|on secondment|closed|on their holidays)\b/i;
/** "I've been off sick since the start of October": how long the asker has been away, to today. */
const AWAY_SINCE = new RegExp(
  String.raw`\b(?:off|away|out|on leave|off sick|on sick leave|on maternity leave|on secondment)(?:\s+[a-z]+)?\s+since\s+((?:the\s+(?:start|beginning|end|middle)\s+of\s+)?(?:\d{1,2}(?:st|nd|rd|th)?\s+)?${MONTH}(?:\s+\d{4})?)\b`,
  'i',
);
/** "from mid-April to the end of September", "break up on Friday 22 July and go back after 2 September": a span of time. */
const AWAY_SPAN = new RegExp(
  String.raw`\b(?:from|between)\s+((?:(?:early|mid|late)[- ]|the\s+(?:start|beginning|end)\s+of\s+)?(?:\d{1,2}(?:st|nd|rd|th)?\s+)?${MONTH}(?:\s+\d{4})?)\s+(?:to|until|till|and)\s+((?:the\s+(?:start|beginning|end)\s+of\s+|(?:early|mid|late)[- ])?(?:\d{1,2}(?:st|nd|rd|th)?\s+)?${MONTH}(?:\s+\d{4})?)\b|\bbreaks?\s+up\s+on\s+(?:[a-z]+day\s+)?(\d{1,2}(?:st|nd|rd|th)?\s+${MONTH})\s+and\s+(?:go|goes|come|comes)\s+back\s+(?:on|after)\s+(?:[a-z]+day\s+)?(\d{1,2}(?:st|nd|rd|th)?\s+${MONTH})\b`,
  'i',
);

/** "(resolution 23.3.3)", "minute 42.3", "action 7.2": one thing named by its number. */
const REF_SAID = /\b(?:resolution|minute|action)\s+\d{1,3}(?:\.\d{1,3}){1,3}\b/i;

/** "I'm leaving life story work and QA to one side", "... excluding X": what the talk sets aside. */
const EXCLUDED_IN_TALK =
  /\b(excluding\s+[^,.;!?]+?|(?:leaving|leave|putting|setting)\s+[^,.;!?]{2,60}?\s+(?:aside|to\s+(?:one|the)\s+side|out(?:\s+of\s+(?:it|this|that))?))[.!]?\s*$/i;

/** "Resolution 23.3.1 is mine, I think": what the talk hands on is the thing claimed, not the claim. */
const CLAIMED = /^(.+?)\s+(?:is|was|are|were)\s+(?:mine|ours|with me|with us|on my plate)\b/i;

/**
 * The asking part of a message, with the person the talk named put for "she"/"he" in it. `firstPerson`
 * finds the first person a piece of text names (by name or title), as the plan knows them.
 */
/** A message with no question in it that sends apologies, says where someone will be, or only laughs at something. */
export function isApologyOnly(text: string): boolean {
  return !THANKS.test(text) && (APOLOGY.test(text) || LAUGH.test(text)) && !clausesOf(text).some((clause) => ASKS.test(clause));
}

/** "Actually never mind - just ...", "scratch that, ...", "ignore my last, I meant ...": what is said after it replaces what came before. */
const TAKEN_BACK =
  /\b(?:never\s?mind|nevermind|scratch that|scrap that|forget (?:that|it|my last)|ignore (?:that|my last(?: (?:one|message|question))?))\b[\s,.;:!–—-]*(?:(?:actually|instead|just|i meant|i mean)\b[\s,]*)*/gi;

/**
 * The question a correction leaves: "What's not started in private fostering? Scratch that - in recruitment and
 * retention" changes only where; "List my not-started ones - actually, make that Priya's in-progress ones" changes
 * what is listed. A correction that is a question of its own replaces the first.
 */
function amended(before: string, correction: string): string {
  const said = before.replace(/[\s,.;:!?–—-]+$/, '');
  const where = /^(in|on|for|about|under|within)\s+([^?]+?)[.!?]*$/i.exec(correction);
  if (where?.[1] && where[2] && !ASKS_OWN.test(where[2])) {
    const last = [...said.matchAll(new RegExp(String.raw`\b${where[1]}\s+[^?,;]+$`, 'gi'))].pop();
    if (last) return `${said.slice(0, last.index)}${where[1]} ${where[2]}?`;
  }
  const instead = /^make\s+(?:that|it)\s+(.+?)[.!?]*$/i.exec(correction);
  const opener = /^\s*((?:please\s+)?(?:list|show|give me|what are|which are|what's|what is|which)\b)/i.exec(said);
  // "What's overdue in neglect, make that life story work": the subject replaced, the rest kept.
  const subject = [...said.matchAll(/\b(in|on|for|about|under)\s+[^?,;]+$/gi)].pop();
  if (instead?.[1] && subject?.[1] && !/\b(?:ones|actions|items|stuff)\b|['’]s\b/i.test(instead[1]))
    return `${said.slice(0, subject.index)}${subject[1]} ${instead[1]}?`;
  if (instead?.[1] && opener?.[1]) return `${opener[1]} ${instead[1]}?`;
  return correction;
}
/** "... - actually, make that Priya's in-progress ones": the question again, with what is listed changed. */
// ("Which actions make it red?" makes nothing of the question: a correction follows a break or a word that takes back.)
const MAKE_THAT =
  /(?:\s*[,;:–—-]+\s*(?:(?:actually|sorry|no|oops|wait|hang on)[\s,]+)?|\s+(?:actually|sorry|no|oops|wait|hang on)[\s,]+)make\s+(?:that|it)\s+(.+)$/i;
const ASKS_OWN = /\b(?:what|which|who|when|how|list|show|any|anything)\b/i;

/** "... - sorry, I meant April", "(oops, I mean 7.3)": one word of the question, corrected. */
const CORRECTED =
  /[\s,;:(–—-]+(?:(?:sorry|oops|apologies|correction|no|wait|hang on|hold on)[\s,:]+)*(?:i\s+mean(?:t)?\s+|(?<=\b(?:wait|hang on|hold on)[\s,:]+))((?:\d+(?:\.\d+)*|[^\s?.!,;)]+)(?:\s+\d{4})?)[\s?.!)]*$/i;
/** The kinds of word a correction may swap: a month, a weekday, an action or minute number. */
const CORRECTABLE: readonly RegExp[] = [new RegExp(String.raw`^${MONTH}$`, 'i'), /^(?:mon|tues|wednes|thurs|fri|satur|sun)day$/i, /^\d+(?:\.\d+)*$/];

/** "What's late in QA? Sorry, I meant in neglect.": a phrase corrected, said with its preposition. */
const CORRECTED_PHRASE =
  /[\s,;:(–—-]+(?:(?:sorry|oops|apologies|correction)[\s,:]+)?i\s+mean(?:t)?\s+((in|on|for|about|from|by)\s+[^\s?.!,;)][^?.!,;)]{1,40}?)[\s?.!)]*$/i;

/** The question with a corrected word put in: the last word of the same kind before the correction is replaced. */
function withCorrection(text: string, firstPerson: (text: string) => string | undefined): string {
  const phrase = CORRECTED_PHRASE.exec(text);
  if (phrase?.[1] && phrase[2]) {
    const before = text.slice(0, phrase.index);
    const said = [...before.matchAll(new RegExp(String.raw`\b${phrase[2]}\s+(?:(?!\b${phrase[2]}\b)[^?.!,;])+`, 'gi'))].pop();
    if (said) return `${before.slice(0, said.index)}${phrase[1]}${before.slice(said.index + said[0].length)}`;
  }
  const corrected = CORRECTED.exec(text);
  const [word, year] = corrected?.[1]?.split(/\s+/) ?? [];
  const kind = CORRECTABLE.find((pattern) => pattern.test(word ?? ''));
  if (corrected && word && !kind && firstPerson(word) !== undefined) {
    // "... for helen - no, hang on, I mean Sam's": the last person named before, corrected.
    const before = text.slice(0, corrected.index);
    const last = [...before.matchAll(/[\p{L}'’]+/gu)].filter((one) => firstPerson(one[0]) !== undefined).pop();
    if (last) return `${before.slice(0, last.index)}${word}${before.slice(last.index + last[0].length)}`;
  }
  if (!corrected || !word || !kind) return text;
  const before = text.slice(0, corrected.index);
  const words = [...before.matchAll(/[\p{L}\p{N}.]+/gu)].filter((one) => kind.test(one[0].replace(/\.$/, '')));
  const last = words.pop();
  if (!last) return text;
  const end = last.index + last[0].replace(/\.$/, '').length;
  return `${before.slice(0, last.index)}${[word, year].filter(Boolean).join(' ')}${before.slice(end)}`;
}

/** "> Grace: ..." lines: someone's earlier message quoted, its writer named before a colon. */
const QUOTE_LINE = /^\s*>\s?/;
const QUOTE_WRITER = /^\s*(?:[A-Za-z][\w'’.-]*(?:\s+[A-Za-z][\w'’.-]*){0,2})\s*(?:\((?:[\w -]{1,30})\)\s*)?(?:asked|said|wrote|says)?\s*:\s+(?=\S)/;
/** "Is that right?", "is that true?": checking the quote, asking nothing of its own. */
const CHECKING_QUOTE = /^\s*(?:is\s+(?:that|this)\s+(?:right|true|correct|so|the case|accurate)|(?:true|right|correct)|really)\s*\?+\s*/i;
/** "Can you do that?", "over to you": the quoted request handed to the bot. */
const HANDED_TO_BOT =
  /^\s*(?:(?:can|could|would|will)\s+you\s+(?:please\s+)?do\s+(?:that|this|it)(?:\s+one)?(?:\s+for\s+(?:me|us|them))?|over\s+to\s+you)[\s?.!]*$/i;

/**
 * A reply under quoted lines ("> Tom: nothing on partnership working is late" then "anything in recording that's overdue?"):
 * the reply asks; the quote is news unless the reply points back to it ("that area", "is that action open?"), hands it to
 * the bot ("over to you"), or only narrows what it asked for ("owned by the ADs only please"). Undefined when there is no quote.
 */
function quotedReply(text: string): string | undefined {
  const lines = text.split('\n');
  const first = lines.findIndex((line) => line.trim() !== '');
  if (first < 0 || !QUOTE_LINE.test(lines[first] ?? '')) return undefined;
  let end = first;
  while (end < lines.length && (QUOTE_LINE.test(lines[end] ?? '') || (lines[end] ?? '').trim() === '')) end += 1;
  const quote = lines
    .slice(first, end)
    .map((line) => line.replace(QUOTE_LINE, '').trim())
    .filter(Boolean)
    .map((line, at) => (at === 0 ? line.replace(QUOTE_WRITER, '') : line))
    .join(' ');
  const reply = lines.slice(end).join('\n').trim();
  if (!reply || !quote) return undefined;
  if (HANDED_TO_BOT.test(reply)) return `${quote}\n\nCan you answer this?`;
  const own = reply.replace(CHECKING_QUOTE, '').trim();
  if (!own) return undefined;
  if (ANSWER_THIS.test(own)) return `${quote}\n\n${own}`;
  // ("owned by the ADs only please", "just the overdue ones": a reply that only narrows the quoted request.)
  const narrows =
    /^(?:owned by|held by|just|only|but only|and only|limited to|for|in|within|from|due|excluding|except|without)\b/i.test(own) &&
    !/\b(?:what|which|who|whose|when|where|how)\b/i.test(own);
  if (narrows) return `${quote.replace(/[.?!]+$/, '')}, ${own}`;
  const asksOwn = own.split(/\n|(?<=[.?!])\s+/).some((clause) => ASKS.test(clause) && !ANSWER_THIS.test(clause));
  if (asksOwn && !ANAPHOR.test(own) && !/\b(?:that|this|those|these)\s+(?:meeting|committee|area|one|ones|action|actions|work)\b|\bthere\b/i.test(own))
    return own;
  // "> 1. Wish to pass on their thanks ..." then "which of that meeting's actions ...?": the meeting told by the line quoted.
  const thatMeeting = /\b(?:that|this|the same)\s+(?:meeting|committee)(?:['’]s|s)?(?:\s+actions)?\b/i.exec(own);
  if (thatMeeting && !ASKS.test(quote)) {
    const said = quote.replace(/^\s*(?:\d+(?:\.\d+)*\.?|\(?[a-z]\)|resolved\s*[:,-]?|action\s*:)\s*/i, '').replace(/[.!]+$/, '');
    return `${own.slice(0, thatMeeting.index)}the actions from the meeting where members ${said},${own.slice(thatMeeting.index + thatMeeting[0].length)}`;
  }
  if (!asksOwn && ASKS.test(quote) && !THANKS.test(own) && !/^[\s\p{Extended_Pictographic}]*$/u.test(own)) return `${quote} - ${own}`;
  // (Said as two sentences, so that what the reply points back to is the sentence before.)
  return `${/[.?!]$/.test(quote) ? quote : `${quote}.`} ${own}`;
}

export function questionFocus(asked: string, firstPerson: (text: string) => string | undefined): string {
  // Without a forwarded email's subject line ("Fwd: request from the chair" on a line of its own), whose words are not the question's.
  // "<at>Improvement Tracker</at> what's open?", "@Improvement Tracker ...": the bot mentioned, which says nothing of the question.
  // (A person mentioned keeps their name.)
  const unmentioned = asked
    .replace(/<at>([^<]{1,80})<\/at>/gi, (whole, name: string) => (firstPerson(name) === undefined ? ' ' : name))
    .replace(/(?:^|\s)@?improvement\s+tracker\b[:,]?/gi, ' ')
    // Teams formatting: "**not**", "__only__" are emphasis, not words.
    .replace(/\*\*|__/g, '')
    .trim();
  // The bot mentioned and nothing else: a hello.
  if (!unmentioned && asked.trim()) return 'hello';
  const replied = quotedReply(unmentioned);
  if (replied !== undefined) return questionFocus(replied, firstPerson);
  // Dictated punctuation: "full stop", "comma", "question mark" said as words.
  const spoken = unmentioned
    .replace(/\s+full\s+stop\b\s*/gi, '. ')
    .replace(/\s+comma\b\s*/gi, ', ')
    .replace(/\s+question\s+mark\b/gi, '?');
  let text = withCorrection(spoken.replace(SUBJECT_LINE, ''), firstPerson).replace(GUESSED_OWNER, '$1?');
  const guesses = GUESSED_OWNERS.exec(text);
  if (guesses?.[1] && guesses[2]?.split(/\s+or\s+/i).every((guess) => /^(?:me|him|her|myself)$/i.test(guess) || firstPerson(guess) !== undefined))
    text = `${guesses[1]}?`;
  // "Prepping for my one-to-one with Morgan:", "1:1 with the Exec Director tomorrow": the asker's own meeting, not whose actions.
  text = text.replace(
    /\b(?:one[- ]to[- ]one|1:1|1-2-1|catch-?up)\s+with\s+(?:the\s+)?(?:exec(?:utive)?\s+director|director|dcs|chief\s+exec(?:utive)?|[A-Z][a-z'’-]+(?:\s+[A-Z][a-z'’-]+)?)\b/gi,
    'catch-up',
  );
  // "In supervision with my senior practitioner -", "supervision with Daniel this afternoon:", "ahead of the leads'
  // supervisions:": the asker's own meeting with someone, not the plan's area on supervision.
  text = text
    .replace(/\bsupervisions?\s+(?=(?:with|round|session|today|tomorrow|this\s+(?:morning|afternoon|week)|later|coming up)\b)/gi, 'catch-up ')
    .replace(/\bsupervision\s+notes(?=\s*[:–—-])/gi, 'catch-up notes')
    .replace(
      /\b((?:in|for|ahead of|before|after|during)\s+(?:(?:my|the|our|their|his|her)\s+)?(?:[a-z]+s?['’]s?\s+)?(?:[a-z]+\s+)?)supervisions?\s*(?=[:–—]|\s-\s)/gi,
      '$1catch-up',
    )
    .replace(/^\s*supervising\s+/i, 'Meeting ');
  // "Morgan wants areas 3, 4 and 5 on one page": who wants the answer, not whose actions.
  text = text.replace(
    /\b([A-Z][a-z'’-]+(?:\s+[A-Z][a-z'’-]+)?)\s+(?:wants|needs|would like|has asked for|asked for|is after)\s+(?=(?:areas?|the|a|an|all|every|everything|whatever|a list|a count|a summary)\b)/g,
    (said, name: string) => (firstPerson(name) !== undefined ? '' : said),
  );
  // "Covering neglect while Priya's away: ...": someone's absence is news, not whose actions.
  if (!AWAY_SPAN.test(text))
    text = text.replace(/\s*\b(?:while|whilst)\s+[A-Z][a-z]+(?:['’]s|\s+is)\s+(?:away|off|on leave|out|on holiday|off sick|on annual leave)\b/g, '');
  // "She doesn't need QA or recruitment. What's overdue everywhere else?": what the talk says is not wanted is ruled out.
  text = text.replace(/\b(?:doesn't|does not|don't|do not|won't|will not)\s+(?:need|want|care about|cover)\s+(?=[^,.;!?]{2,60}[.!])/gi, 'excluding ');
  // "Tom here on my phone -": where the asker is typing, not whose actions.
  text = text.replace(/(?:^|\s+)(?:on|from|using|via)\s+my\s+(?:work\s+)?(?:phone|mobile|laptop|ipad|tablet|pc|computer|desktop)\b/gi, '');
  // Homophones of dictation: "everything accept for the committee ones", "the to ADs".
  text = text.replace(/\baccept\s+(?=for\b)/gi, 'except ').replace(/\bthe\s+(?:to|too)\s+(?=[a-z])/gi, 'the two ');
  const takenBack = [...text.matchAll(TAKEN_BACK)].pop();
  const after = takenBack ? text.slice((takenBack.index ?? 0) + takenBack[0].length).trim() : '';
  if (takenBack && after.length > 0) text = amended(text.slice(0, takenBack.index ?? 0), after);
  const makeThat = MAKE_THAT.exec(text);
  if (makeThat?.[1]) text = amended(text.slice(0, makeThat.index), `make that ${makeThat[1]}`);
  // "What's still open on it so we keep it that way?", "... so I can hand it over": why it is asked, not what.
  text = text.replace(
    /\s+so\s+(?:that\s+)?(?:we|i|you|they|members|the committee)\s+(?!(?:are|is|were|was|have|has)\b)(?:(?!\s[-–—]\s)[^?.!\n,;])*(?=[?.!]|\n|$)/gi,
    '',
  );
  // "..., since those get their own slots", "because they're covered elsewhere": why, not what.
  text = text.replace(
    /,?\s+(?:since|because|as)\s+(?:those|they|these|we|i|it|that|that's|they're|we're|i've)\s+(?!(?:are|were|is|was)\s+(?:due|overdue|late)\b|(?:joined|started|arrived|came back|got back|returned|began)\b)[^?.!]*(?=[?.!]|$)/gi,
    '',
  );
  // "... before the work programme meeting?": an occasion named by what it is for, with no date, sets no period and no subject.
  text = text.replace(OCCASION_AHEAD, '');
  // "... before the annual engagement meeting on 12 May": before that day.
  text = text.replace(OCCASION_DATED, 'before ');
  // "When the committee met on 12 January", "the committee that sat in November": the 12 January committee.
  text = text.replace(COMMITTEE_MET, (_, day: string) => `the ${day} committee`);
  // "from when schools return on 5 September", "until the visit starts on 7 March": the day itself.
  text = text.replace(
    new RegExp(
      String.raw`\b(from|after|since|until|till|by|before)\s+(?:when\s+)?(?:the\s+)?(?:[a-z'’-]+\s+){1,4}?(?:return|returns|start|starts|begin|begins|open|opens|go back|goes back|come back|comes back|finish|finishes|end|ends|break up|breaks up)\s+(?:on|in)\s+(?=(?:(?:mon|tues|wednes|thurs|fri)day\s+)?(?:\d{1,2}(?:st|nd|rd|th)?\s+)?${MONTH}\b)`,
      'gi',
    ),
    '$1 ',
  );
  // "When the plan first went to committee in June 2019, ...": the June 2019 committee.
  text = text.replace(
    new RegExp(
      String.raw`\bwhen\s+(?:the\s+|our\s+)?[a-z' -]{0,30}?\s(?:first\s+)?(?:went|came|was taken|was presented|was reported)\s+to\s+(?:the\s+)?(?:select\s+|scrutiny\s+)?committee\s+(?:on|in)\s+((?:\d{1,2}(?:st|nd|rd|th)?\s+)?${MONTH}(?:\s+\d{4})?)\b`,
      'gi',
    ),
    (_, day: string) => `at the ${day} committee`,
  );
  // "Leaving aside Tom Brennan's own actions, what's left in the areas he leads?": the person named before leads them.
  const theirAreas = /\b(areas?\s+(?:that\s+)?)(he|she)\s+(?=(?:leads?|runs?|heads?|covers?|oversees?)\b)/i.exec(text);
  const leader = theirAreas ? firstPerson(text.slice(0, theirAreas.index)) : undefined;
  if (theirAreas && leader) text = `${text.slice(0, theirAreas.index)}${theirAreas[1]}${leader} ${text.slice(theirAreas.index + theirAreas[0].length)}`;
  // "before budget council on Friday 25 February", "after budget council (25 Feb)", "between the partnership board on
  // 22 March and ...": the occasion's day is what the period is bounded by.
  text = text.replace(OCCASION_ON_DAY, (_, bound: string, date: string) => `${bound} ${date}`);
  // "Between now and the February Board on Thursday 24 February": to the occasion's day.
  text = text.replace(NOW_TO_OCCASION, (_, date: string) => `between now and ${date}`);
  // "Most of it sits with Helen, Daniel and Priya. What's outstanding that isn't theirs?": the people named before.
  const theirs = THEIRS.exec(text);
  const people = theirs ? NAMED_LIST.exec(text.slice(0, theirs.index)) : null;
  if (theirs && people?.[1] && firstPerson(people[1]) !== undefined) {
    const named = people[1].replace(/[.!]$/, '');
    text = `${text.slice(0, people.index)}${text.slice(people.index + people[0].length).slice(0, theirs.index - people.index - people[0].length)}${theirs[1]} owned by ${named}${text.slice(theirs.index + theirs[0].length)}`;
  }
  // "For the minutes: which ...?", "for the work programme chat with the chair: how many ...?": what the answer is for.
  text = text.replace(PURPOSE_LEAD, '');
  // "For the 9 March agenda, what's due before then?": the day of the occasion the question opened with.
  const occasion = OCCASION_DAY.exec(text);
  if (occasion?.[1]) {
    const day = occasion[1];
    const rest = text.slice(occasion.index + occasion[0].length);
    text =
      text.slice(0, occasion.index + occasion[0].length) + rest.replace(/\b(before|by|until|till|ahead of)\s+then\b/i, (_, bound: string) => `${bound} ${day}`);
  }
  const clauses = clausesOf(text);
  // "..., which has its own workstream.": a relative clause said as news, not a question of its own.
  const asks = clauses.map((clause) => ASKS.test(clause) && !ANSWER_THIS.test(clause) && !RELATIVE_NEWS.test(clause));
  // Thanks or apologies with no question in them ("Apologies for Thursday, I'll be with the inspectors"): nothing is asked.
  // (A greeting alone is answered with what the bot can do.)
  // A greeting with the writer's news and no question ("Good morning! I'm the new vice-chair - just saying hello") is a greeting.
  if (!asks.includes(true) && !THANKS.test(text) && !APOLOGY.test(text) && GREETING.test(text) && INTRODUCTION.test(text) && clauses.every(isTalk))
    return 'hello';
  // "Hello all.", "morning everyone!": a greeting to everyone is a greeting, not "all" of anything.
  if (new RegExp(String.raw`^\s*${GREETING_WORDS}\s+(?:all|everyone|everybody|team|folks)[\s.!]*$`, 'i').test(text)) return 'hello';
  // "Morning from County Hall!", "hello all from the Bridgwater office": a greeting, from wherever it is sent.
  if (!asks.includes(true) && clauses.length > 0 && clauses.every((clause) => GREETING_FROM.test(clause))) return 'hello';
  // "Life story stuff that's still open - I already know all about X": a request said without a question mark, and news.
  if (
    !asks.includes(true) &&
    clauses.length > 1 &&
    clauses.some((clause) => ALREADY_KNOWN.test(clause)) &&
    !clauses.every((clause) => ALREADY_KNOWN.test(clause))
  )
    return clauses.filter((clause) => !ALREADY_KNOWN.test(clause)).join(' - ');
  if (!asks.includes(true)) return (THANKS.test(text) || APOLOGY.test(text) || LAUGH.test(text)) && clauses.every(isTalk) ? '' : text;
  if (clauses.length < 2 && !LEAD_IN.test(text)) return text;
  // "... for the November meeting - what did it agree?": "it" is the meeting, put in below, not the whole clause.
  const pointedTo = (at: number): boolean =>
    asks[at + 1] === true &&
    ANAPHOR.test(clauses[at + 1] ?? '') &&
    !ABOUT_THE_BOT.test(clauses[at + 1] ?? '') &&
    !(MEETING_NAMED.test(clauses[at] ?? '') && IT_DECIDED.test(clauses[at + 1] ?? ''));
  const keep = clauses.map(
    (clause, at) =>
      asks[at] === true ||
      !isTalk(clause) ||
      pointedTo(at) ||
      // "Principal SW -" names the PSW; "Director's PA:" is the asker, whoever's PA they are.
      (ROLE_ONLY.test(clause) && !TALK.test(clause) && !/['’]s\s+\S+[.!:]?$/.test(clause) && firstPerson(clause) !== undefined),
  );
  const kept = clauses.filter((_, at) => keep[at]);
  const dropped = clauses.filter((_, at) => !keep[at]);
  const parts = clauses.flatMap((clause, at) => {
    // "We're looking at everything except QA": what the talk rules out still rules it out.
    // "Members keep asking me about X - is anything not started?": a bare question is about what the talk says is asked about.
    if (!keep[at] && clauses.every((one, index) => asks[index] !== true || BARE_ASK.test(one.trim()))) {
      const about = ASKED_ABOUT.exec(clause)?.[1];
      if (about) return [about];
    }
    // "Sorry if this is obvious, but on recruitment and retention, what's ...?": what the talk turns to.
    if (!keep[at] && BUT_ON.test(clause)) return BUT_ON.exec(clause)?.slice(1, 2) ?? [];
    // "I'm leaving neglect and QA to one side - what else is late?": still ruled out.
    if (!keep[at]) return (RULED_OUT_IN_TALK.exec(clause) ?? EXCLUDED_IN_TALK.exec(clause))?.slice(1, 2) ?? [];
    // Of a clause kept for what the question points back to, only the subject it hands on.
    const handed =
      asks[at] !== true && isTalk(clause) && pointedTo(at)
        ? (QUOTED_LINE.exec(clause)?.[1]?.replace(/\s*\(\d+\)|\b\d+\s+actions?,?/gi, '') ??
          (HANDED_ON.exec(clause) ?? CLAIMED.exec(clause) ?? TALKED_OF.exec(clause) ?? SWEEP_OF.exec(clause))?.[1])
        : undefined;
    // "The November committee asked to hear how X is going (resolution 23.3.3). When's that update due?": the ref it named.
    const ref = asks[at] !== true && isTalk(clause) && pointedTo(at) ? REF_SAID.exec(clause)?.[0] : undefined;
    return [ref ?? handed ?? clause.replace(LEAD_IN, '')];
  });
  if (dropped.length === 0 && parts.every((part, at) => part === kept[at])) return text;
  let focus = parts.join(' - ');
  // "What did we agree at that meeting?": the meeting the talk named by its month or date.
  const thatMeeting = /\b(?:that\s+same|that|the same)\s+(meeting|committee)\b/i.exec(focus);
  if (thatMeeting) {
    const month = dropped.map((clause) => MEETING_DATE.exec(clause)?.[1]).find((found) => found !== undefined);
    // "Three homes were rated Outstanding and the committee passed on its thanks. Which actions from that same meeting ...?":
    // the meeting told by what the talk says happened at it.
    const told = month
      ? undefined
      : dropped
          .map((clause) => /^(.*\b(?:committee|members|meeting)\b.*?)(?:\s+at\s+(?:that|the|this)\s+(?:meeting|committee))?[.!]?$/i.exec(clause)?.[1])
          .find((found) => found !== undefined && /\b(?:was|were|had|[a-z]{3,}ed)\b/i.test(found));
    const named = month ? `the ${month} ${thatMeeting[1]}` : told ? `the ${thatMeeting[1]} where ${told.charAt(0).toLowerCase()}${told.slice(1)}` : undefined;
    if (named) focus = `${focus.slice(0, thatMeeting.index)}${named}${focus.slice(thatMeeting.index + thatMeeting[0].length)}`;
  }
  // "The visit starts on 14 March. What's due before then?": "then" is the day the talk named.
  // "The meeting is on Thursday 12 May. What do we need to deliver before it?": "it" is that day too.
  const then =
    /\b(before|by|until|till|ahead of|between now and|after|following|since)\s+(?:(?:i|we|she|he|they)\s+(?:joined|started|arrived|came back|got back|returned|began|arrive|come in|come|get here|are here|visit|start|begin|leave|go)\b|then|it(?!\s+(?:is|was|has|had|gets|got|goes|went|can|could|will|would|does|did)\b))\b/i.exec(
      focus,
    );
  if (then) {
    const day =
      dropped.map((clause) => MEETING_DATE.exec(clause)?.[1]).find((found) => found !== undefined && /\d/.test(found)) ??
      // "The visit is w/c 7 March. What's due in the three months after it?": the day the talk gave, however said.
      dropped.map((clause) => DAY_SAID.exec(clause)?.[1]).find((found) => found !== undefined) ??
      // "The letter is due a fortnight on Friday. What should we have done by then?"
      dropped.map((clause) => WEEK_ON.exec(clause)?.[0]).find((found) => found !== undefined);
    if (day) focus = `${focus.slice(0, then.index)}${then[1]} ${day}${focus.slice(then.index + then[0].length)}`;
  }
  // "Annual council is Friday 20 May. What falls due in the six weeks after annual council?": the day the talk gave it.
  // ("Ofsted's engagement meeting is on Thur 23 June. What is due on or before that date?": "that date" is it too.)
  for (const clause of dropped) {
    const said = OCCASION_IS.exec(clause);
    const name = said?.[1]
      ?.trim()
      .toLowerCase()
      .replace(/^(?:the|our|my)\s+/, '');
    const day = said?.[2];
    if (!name || !day) continue;
    const words = name.split(/\s+/).slice(-2).join('\\s+');
    const named = new RegExp(
      String.raw`\b(after|before|following|until|till|by|since|from|ahead of|between)\s+(?:the\s+)?(?:[a-z'-]+\s+){0,3}?${words}\b(?!\s+(?:on|in)\s)`,
      'i',
    );
    const found =
      named.exec(focus) ??
      /\b(after|before|following|until|till|by|since|from|on or before|on or after|ahead of)\s+(?:that|this)\s+(?:date|day)\b/i.exec(focus);
    if (found?.[1]) {
      focus = `${focus.slice(0, found.index)}${found[1]} ${day}${focus.slice(found.index + found[0].length)}`;
      break;
    }
  }
  // "I'm off from early May to late June. Anything due while I'm away?", "schools break up on 22 July and go back
  // after 2 September ... while they're off": the time the talk gave.
  const away = WHILE_AWAY.exec(focus);
  if (away) {
    const span = dropped.map((clause) => AWAY_SPAN.exec(clause)).find((found) => found !== null);
    const from = span?.[1] ?? span?.[3];
    const to = span?.[2] ?? span?.[4];
    if (from && to) focus = `${focus.slice(0, away.index)}due between ${from} and ${to}${focus.slice(away.index + away[0].length)}`;
    const since = from && to ? undefined : [...dropped, focus].map((clause) => AWAY_SINCE.exec(clause)?.[1]).find((found) => found !== undefined);
    if (since) focus = `${focus.slice(0, away.index)}due since ${since}${focus.slice(away.index + away[0].length)}`;
  }
  // "I'm on leave the week of the visit (w/c 7th March). Is anything due that week?": the period the talk named.
  const thatTime = THAT_TIME.exec(focus);
  if (thatTime) {
    const period = dropped.map((clause) => PERIOD_SAID.exec(clause)?.[0]).find((found) => found !== undefined);
    if (period) focus = `${focus.slice(0, thatTime.index)}${thatTime[1]} in ${period}${focus.slice(thatTime.index + thatTime[0].length)}`;
  }
  // "She starts on Monday 14 Feb; what falls in her first month?": that long from the day the talk named.
  const firstWeeks =
    /\b(?:her|his|their|the|my|our|your)\s+first\s+(?:\w+\s+)?(?:days?|weeks?|fortnight|months?)\b(?!\s+(?:from|after|of|since|following)\b)/i.exec(focus);
  if (firstWeeks) {
    const day = dropped.map((clause) => MEETING_DATE.exec(clause)?.[1]).find((found) => found !== undefined && /\d/.test(found));
    if (day) focus = `${focus.slice(0, firstWeeks.index + firstWeeks[0].length)} from ${day}${focus.slice(firstWeeks.index + firstWeeks[0].length)}`;
  }
  // "... drafting the log for the November meeting - can you list everything it agreed?": "it" is that meeting.
  const itDecided = IT_DECIDED.exec(focus);
  if (itDecided && !MEETING_NAMED.test(focus)) {
    const meeting = dropped.map((clause) => MEETING_NAMED.exec(clause)?.[0]).find((found) => found !== undefined);
    if (meeting)
      focus = `${focus.slice(0, itDecided.index)}${meeting.replace(/^(?!the\b)/i, 'the ')}${focus.slice(itDecided.index + itDecided[0].length).replace(/^(?=\S)/, ' ')}`;
  }
  // "Grace and I are seeing the inspectors - what have we got open?": "we" is the asker and the person named beside them.
  // ("Sam and I - anything late between us?": "us" too.)
  const we = /\b(?:we|us)\b/i.exec(focus);
  if (we && !firstPerson(focus)) {
    const pair = dropped.find((clause) => /\b(?:and i|and me|me and|i and)\b/i.test(clause));
    const named = pair ? firstPerson(pair) : undefined;
    if (named) focus = `${focus.slice(0, we.index)}${named} and me${focus.slice(we.index + we[0].length)}`;
  }
  // "I've got Grace and Helen today - what do they each have due?", "Seeing the area leads. Which of their ...?": the people the talk named.
  // ("What have the four of them got ...?": all of them, the group the talk named.)
  const plural = /\b(?:(?:the\s+)?(?:two|three|four|five|six|both|all|each)\s+of\s+(?=them\b))?(they|them|their)\b/i.exec(focus);
  if (plural?.[1] && !firstPerson(focus)) {
    const people = dropped
      .map((clause) => {
        const pair = PAIR_NAMED.exec(clause);
        if (pair?.[1] && pair[2] && firstPerson(pair[1]) !== undefined && firstPerson(pair[2]) !== undefined) return `${pair[1]} and ${pair[2]}`;
        return GROUP_NAMED.exec(clause)?.[0].replace(/^(?!(?:the|both|all)\s)/i, 'the ');
      })
      .find((found) => found !== undefined);
    if (people) {
      const replacement = plural[1].toLowerCase() === 'their' ? `${people}'${people.endsWith('s') ? '' : 's'}` : people;
      focus = `${focus.slice(0, plural.index)}${replacement}${focus.slice(plural.index + plural[0].length)}`;
    }
  }
  const pronoun = PRONOUN.exec(focus);
  if (pronoun?.[1] && !firstPerson(focus)) {
    const named = dropped.map(firstPerson).find((name) => name !== undefined);
    if (named) {
      const word = pronoun[1].toLowerCase();
      const replacement = word.endsWith("'s")
        ? `${named} has`
        : /^(?:her|his|hers)$/.test(word) && !/^her\s+(?:to|for)\b/i.test(focus.slice(pronoun.index))
          ? `${named}'s`
          : named;
      focus = `${focus.slice(0, pronoun.index)}${replacement}${focus.slice(pronoun.index + pronoun[1].length)}`;
    }
  }
  return focus;
}
