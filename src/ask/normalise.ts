import stem from 'wink-porter2-stemmer';

const CONTRACTIONS: Record<string, string> = {
  "what's": 'what is',
  whats: 'what is',
  "what're": 'what are',
  "who's": 'who is',
  whos: 'who is',
  "where's": 'where is',
  "how's": 'how is',
  hows: 'how is',
  thats: 'that is',
  theres: 'there is',
  wheres: 'where is',
  whatre: 'what are',
  "when's": 'when is',
  whens: 'when is',
  "who're": 'who are',
  "that's": 'that is',
  "there's": 'there is',
  "here's": 'here is',
  "it's": 'it is',
  "let's": 'let us',
  "i'm": 'i am',
  im: 'i am',
  "i've": 'i have',
  ive: 'i have',
  "i'd": 'i would',
  "i'll": 'i will',
  "we'll": 'we will',
  "you'll": 'you will',
  "they'll": 'they will',
  "it'll": 'it will',
  "she'll": 'she will',
  "he'll": 'he will',
  "isn't": 'is not',
  isnt: 'is not',
  "aren't": 'are not',
  arent: 'are not',
  "hasn't": 'has not',
  hasnt: 'has not',
  "haven't": 'have not',
  havent: 'have not',
  "hadn't": 'had not',
  "didn't": 'did not',
  didnt: 'did not',
  "doesn't": 'does not',
  doesnt: 'does not',
  "don't": 'do not',
  dont: 'do not',
  "won't": 'will not',
  wont: 'will not',
  "can't": 'cannot',
  cant: 'cannot',
  "wasn't": 'was not',
  "weren't": 'were not',
  "we're": 'we are',
  "they're": 'they are',
  "you're": 'you are',
  "we've": 'we have',
  "who've": 'who have',
};

/** Greetings and courtesies carry no meaning for the question ("Good morning", "many thanks"). */
const PLEASANTRIES =
  /\b(?:good (?:morning|afternoon|evening|day)|many thanks|thanks (?:very much|a lot|in advance)|thank you(?: very much| in advance)?|kind regards|best wishes|cheers|(?:would|could|will) you be (?:so |kind )?(?:kind|good) (?:enough )?(?:as )?to|if you (?:could|would|can|don't mind)|i would (?:like|love) to (?:know|see)|i am new to this(?: bot)?|quick (?:one|question)|sorry to bother you|just (?:saying|wanted to say|popping in to say) (?:hello|hi)|hope (?:you are|you're|all is|everything is|you are keeping|you're keeping) (?:well|ok|okay|good)|hope you (?:had|have|are having) a (?:good|nice|lovely|great|restful) (?:weekend|week|break|holiday|christmas|day)|(?:that )?i (?:should|need to|ought to|must) (?:know|be aware|hear) (?:about|of)|(?:are we|is it|is that|is this|are they) (?:still )?on track|(?:but )?right now|i (?:actually|really|just) need|what i need is|off topic|up and running|(?<=whether .{3,200}) (?:is|are) (?:still )?on track)\b/g;

/** US spellings and common variants mapped to the UK forms the plan uses. */
const SPELLINGS: Record<string, string> = {
  comittee: 'committee',
  commitee: 'committee',
  committe: 'committee',
  comitee: 'committee',
  comittees: 'committees',
  commitees: 'committees',
  organization: 'organisation',
  organizations: 'organisations',
  program: 'programme',
  programs: 'programmes',
  center: 'centre',
  centers: 'centres',
  behavior: 'behaviour',
  color: 'colour',
  prioritize: 'prioritise',
  prioritized: 'prioritised',
  analyze: 'analyse',
  analyzed: 'analysed',
  summarize: 'summarise',
  utilize: 'utilise',
  canceled: 'cancelled',
  cancelation: 'cancellation',
  judgment: 'judgement',
  fulfill: 'fulfil',
  enrollment: 'enrolment',
  labor: 'labour',
  favor: 'favour',
  favorite: 'favourite',
  catalog: 'catalogue',
  defense: 'defence',
  offense: 'offence',
  practise: 'practice',
  finalize: 'finalise',
  finalized: 'finalised',
  recognize: 'recognise',
  emphasize: 'emphasise',
  standardize: 'standardise',
  modernize: 'modernise',
  modernization: 'modernisation',
};

/** Words whose "-ize" is not a spelling of "-ise". */
const ZE_WORDS = new Set([
  'size',
  'sized',
  'sizes',
  'sizing',
  'prize',
  'prized',
  'prizes',
  'seize',
  'seized',
  'seizes',
  'seizing',
  'capsize',
  'downsize',
  'downsizing',
  'resize',
  'maize',
  'citizen',
]);

/** "Scrutinizing", "organized", "analyze": the plan spells them "-ise" and "-yse". */
function britishSpelling(word: string): string {
  if (word.length < 6 || ZE_WORDS.has(word)) return word;
  return word.replace(/(?<=[a-z]{2})(i|y)z(e|ed|es|er|ers|ing|ation|ations)$/, '$1s$2');
}

/** Short forms officers type: months ("nov", "sept"), "FY", "corp", "CP" (child protection). */
const SHORT_FORMS: Record<string, string> = {
  jan: 'january',
  feb: 'february',
  mar: 'march',
  apr: 'april',
  jun: 'june',
  jul: 'july',
  aug: 'august',
  sep: 'september',
  sept: 'september',
  oct: 'october',
  nov: 'november',
  dec: 'december',
  fy: 'financial year',
  wot: 'what',
  r: 'are',
  u: 'you',
  prog: 'progress',
  kids: 'children',
  kid: 'child',
  b4: 'before',
  pls: 'please',
  plz: 'please',
  thx: 'thanks',
  corp: 'corporate',
  exec: 'executive',
  cp: 'child protection',
  // Officers' shorthand: "by eom", "the jan mtg", "incl closed ones", "pay n reward", "SWs".
  eom: 'the end of the month',
  eow: 'the end of the week',
  eoy: 'the end of the year',
  mtg: 'meeting',
  mtgs: 'meetings',
  incl: 'including',
  n: 'and',
  sw: 'social worker',
  sws: 'social workers',
  dir: 'director',
  dep: 'deputy',
  bd: 'board',
  // Job titles cut short: "hd of QA & perf", "dem services", "the wf dev manager".
  hd: 'head',
  hos: 'head of service',
  perf: 'performance',
  dem: 'democratic',
  mgr: 'manager',
  svcs: 'services',
  svc: 'service',
  // Search-box shorthand: "Nov cttee actions", "excl. workforce", "pvt fostering", "return home intvws".
  cttee: 'committee',
  ctte: 'committee',
  excl: 'excluding',
  pvt: 'private',
  intvws: 'interviews',
  intvw: 'interview',
  // The sector's own shorthand, which a plan may write out in full: "ICPC timeliness", "SGOs", "PEPs", "NQSWs".
  icpc: 'initial child protection conference',
  icpcs: 'initial child protection conferences',
  rcpc: 'review child protection conference',
  rcpcs: 'review child protection conferences',
  cpc: 'child protection conference',
  cpcs: 'child protection conferences',
  sgo: 'special guardianship order',
  sgos: 'special guardianship orders',
  pep: 'personal education plan',
  peps: 'personal education plans',
  rha: 'review health assessment',
  rhas: 'review health assessments',
  uasc: 'unaccompanied asylum seeking children',
  nqsw: 'newly qualified social worker',
  nqsws: 'newly qualified social workers',
  asye: 'assessed and supported year in employment',
  cse: 'child sexual exploitation',
  lsw: 'life story work',
  mgmt: 'management',
  mgmnt: 'management',
  wfd: 'workforce development',
};

/** Folds case, unicode punctuation, contractions and possessives; keeps refs (7.2) and dates (31/03/2022). */
const UNIT_WORDS = ['one', 'two', 'three', 'four', 'five', 'six', 'seven', 'eight', 'nine'];
const TEEN_WORDS = ['ten', 'eleven', 'twelve', 'thirteen', 'fourteen', 'fifteen', 'sixteen', 'seventeen', 'eighteen', 'nineteen'];
const TENS_WORDS = ['twenty', 'thirty', 'forty', 'fifty', 'sixty', 'seventy', 'eighty', 'ninety'];
/** A number said in words, up to ninety-nine. */
const SPOKEN_NUMBER = String.raw`(?:(?:${TENS_WORDS.join('|')})(?:[\s-](?:${UNIT_WORDS.join('|')}))?|${TEEN_WORDS.join('|')}|${UNIT_WORDS.join('|')})`;

function spokenValue(said: string): string {
  const [first = '', second] = said.split(/[\s-]+/);
  const tens = TENS_WORDS.indexOf(first);
  if (tens >= 0) return String((tens + 2) * 10 + (second ? UNIT_WORDS.indexOf(second) + 1 : 0));
  const teen = TEEN_WORDS.indexOf(first);
  return String(teen >= 0 ? teen + 10 : UNIT_WORDS.indexOf(first) + 1);
}

export function normaliseText(input: string): string {
  // Teams may send formatted messages as HTML: the tags are not words.
  let text = input
    .normalize('NFKC')
    .replace(/<\/?[a-z][^>]*>/gi, ' ')
    .replace(/&nbsp;/g, ' ')
    .toLowerCase();
  text = text
    .replace(/[\u2018\u2019\u201A\u201B\u2032\u0060\u00B4]/g, "'")
    .replace(/[\u201C\u201D\u201E\u201F\u2033]/g, '"')
    .replace(/[\u2010-\u2015\u2212\uFE58\uFE63\uFF0D]/g, '-')
    .replace(/&/g, ' and ')
    // A dash between spaces parts a question ("the one about X - who has it?"), not a title ("Assistant Director - Early Help").
    .replace(
      /\s-\s(?=(?:who|whose|what|when|where|which|how|is|are|has|have|did|does|was|were|any|anything|can|could|please|done|finished|complete|thanks|cheers)\b)/g,
      ' | ',
    );
  // "w/c 27 June" is the week commencing, "w/e 4 March" the week ending; "o/d" is overdue.
  text = text
    .replace(/\bw\/c\b/g, 'week commencing')
    .replace(/\bw\/e\b/g, 'week ending')
    .replace(/\bo\/d\b/g, 'overdue')
    .replace(/\bo\/s\b/g, 'outstanding')
    .replace(/\bexcl\.\s*/g, 'excluding ')
    // "rec & ret", "recruitment & ret": recruitment and retention; "in prog": in progress; "un-born": unborn.
    .replace(/\brec(?:ruitment)?\s+(?:and|&)\s+ret(?:ention)?\b/g, 'recruitment and retention')
    .replace(/\bin\s+prog\b/g, 'in progress')
    .replace(/\bun-(?=[a-z]{3,})/g, 'un');
  text = text.replace(/[a-z0-9']+/g, (word) => CONTRACTIONS[word] ?? SHORT_FORMS[word] ?? britishSpelling(word));
  // Said aloud or dictated: "seven point two" is 7.2, "item forty two" item 42, "area two" area 2.
  text = text
    .replace(
      new RegExp(String.raw`\b(${SPOKEN_NUMBER})\s+point\s+(${SPOKEN_NUMBER})(?:\s+point\s+(${SPOKEN_NUMBER}))?\b`, 'g'),
      (_, ...parts: Array<string | undefined>) =>
        parts
          .slice(0, 3)
          .filter((part): part is string => typeof part === 'string')
          .map(spokenValue)
          .join('.'),
    )
    .replace(
      new RegExp(
        String.raw`\b(item|items|area|areas|minute|minutes|action|actions|resolution|ref)\s+(${SPOKEN_NUMBER})(?:\s+(and|or)\s+(?:area\s+|item\s+)?(${SPOKEN_NUMBER}))?\b`,
        'g',
      ),
      (_, noun: string, first: string, joiner: string | undefined, second: string | undefined) =>
        `${noun} ${spokenValue(first)}${joiner && second ? ` ${joiner} ${noun.replace(/s$/, '')} ${spokenValue(second)}` : ''}`,
    );
  // "Once the summer's over", "once Easter has passed": after it.
  text = text.replace(/\bonce\s+(the\s+)?([a-z]+)(?:'s|\s+is|\s+has|\s+s)?\s+(?:over|ended|finished|done|passed|been)\b/g, 'after $1$2');
  // "Due after he's gone at the end of February", "once I've left in March": after that date.
  text = text.replace(
    /\b(after|once)\s+(?:he|she|they|i|we|you)(?:'s|'ve|'m|'re|\s+(?:is|has|have|am|are|s|ve|m))?\s+(?:gone|left|leaves|leave|go|goes|retired|retires|moved on|moves on)\s+(?:at|on|in|by|from)\s+(?=(?:the\s+)?(?:end|start|beginning|middle|\d|january|february|march|april|may|june|july|august|september|october|november|december|jan|feb|mar|apr|jun|jul|aug|sep|sept|oct|nov|dec)\b)/g,
    'after ',
  );
  // "Other than the ones that are already late": the ruled-out ones told by a clause, read as "other than late".
  text = text.replace(
    /\b(other than|except(?: for)?|apart from|excluding|not counting|leaving out|but not)\s+(?:the\s+)?(?:ones|those|actions|anything|any)\s+(?:that|which)\s+(?:are|is|were|was|have|has)\s+(?:(?:already|been|now|currently)\s+)*/g,
    '$1 ',
  );
  // "For the three directors - Morgan, Priya and Daniel -": the names say who; the count and the title only describe them.
  text = text.replace(/\bthe\s+(?:two|three|four|five|six|2|3|4|5|6)\s+(?:directors|managers|heads|officers|colleagues|people)\s*(?=[-–—:,(]\s*[a-z])/g, ' ');
  // "Audited every quarter, right?": how often is the plan's "quarterly"; a tag question asks nothing more.
  text = text
    .replace(/\b(?:every|each)\s+(quarter|month|week)\b/g, (_, unit: string) => `${unit === 'quarter' ? 'quarter' : unit}ly`)
    .replace(/\b(?:every|each)\s+year\b/g, 'annually')
    .replace(/,\s*(?:right|yeah|yes|no|innit|correct)\s*\?/g, '?');
  // "before the spring term ends", "by the time the summer term finishes": by the end of that term.
  text = text.replace(
    /\b(?:before|by|until|till)\s+(?:the\s+time\s+)?the\s+(spring|summer|autumn)\s+term\s+(?:ends|finishes|closes|is over|breaks up)\b/g,
    'by the end of the $1 term',
  );
  // "How is the improvement plan going overall?": how the plan is doing as a whole.
  text = text.replace(
    /\bhow\s+(?:is|are)\s+(?:the|our)\s+(?:improvement\s+)?plan\s+(?:going|doing|getting on|progressing)(?:\s+overall)?\b/g,
    'how are we doing',
  );
  // "Recruitment as a whole sits under whom?": the whole of a subject, not every status of its actions.
  text = text.replace(/\b((?!plan\b)[a-z]+)\s+as\s+a\s+whole\b/g, '$1');
  // "What do I need to have finished before ...?": what is still to do by then, not what is finished.
  text = text.replace(/\b(?:need|needs|have|has|got)\s+to\s+(?:have\s+)?(?:finished|finish|completed|complete|got done|get done)\b/g, 'have still to do');
  // "the action behind it", "the work behind resolution 42.3.2": the action it set, not one behind schedule.
  text = text.replace(
    /\b(the\s+)?(actions?|work|task)\s+behind\s+(?=(?:it|that|this|them|resolution|minute|the\s+(?:resolution|minute|request))\b)/g,
    '$1$2 for ',
  );
  // "The new chair wants every open action from the last committee": the request, on someone's behalf.
  text = text.replace(
    /^(?:the|our|my)\s+(?:new\s+|interim\s+)?(?:chair|vice-chair|director|dcs|manager|boss|head of service|cabinet member|lead member)\s+(?:wants|would like|needs|has asked for|asked for|is after)\s+(?=(?:every|all|a list of|the|a|an)\b)/,
    '',
  );
  // "anything committee-generated", "the committee's additions": what a committee set, as "committee ones".
  text = text
    .replace(/\b(?:the\s+)?committee(?:'s|s'|s)?\s+additions\b/g, 'the committee ones')
    // "Grace, Sam, Leo - what have those three got?": the people named, not a topic.
    .replace(
      /\b(?:all|those|these|the)\s+(?:two|three|four|five)(?:\s+of\s+(?:them|us))?(?=\s*(?:[-–—,.?!:]|$)|\s+(?:have|has|got|are|is|own|hold|do|did|had|still|between)\b)/g,
      'they',
    )
    // "what number are complete?": how many.
    .replace(/\bwhat\s+number\s+(?=(?:are|is|of|have|has)\b)/g, 'how many ');
  // "Is the roll-out still down for the end of June?", "still pencilled in for March": still due then.
  text = text.replace(/\b(still|currently)\s+(?:down|scheduled|pencilled in|penciled in|planned|timetabled|booked in)\s+for\b/g, '$1 due');
  // "Nothing that isn't overdue", "none that aren't blocked": only those.
  text = text.replace(/\b(?:nothing|none|no actions?|no ones)\s+(?:that|which)\s+(?:is|are)\s+not\s+(?=[a-z])/g, 'only ');
  // "Leaving my audits aside", "putting the statutory visits work to one side", "leave Sam out (of it)": ruled out.
  text = text
    .replace(
      /\b(?:leaving|leave|putting|put|setting|set)\s+((?:my|our|the|his|her|their)\s+)?((?:(?!aside\b)[a-z0-9'-]+\s+){0,5}?(?!aside\b)[a-z0-9'-]+)\s+(?:aside|to (?:one|the) side)\b/g,
      'excluding $1$2',
    )
    .replace(
      /\b(?:leaving|leave)\s+((?:my|our|the|his|her|their)\s+)?((?:(?!out\b)[a-z0-9'-]+\s+){0,5}?(?!out\b)[a-z0-9'-]+)\s+out(?:\s+of\s+(?:it|this|that))?\b/g,
      'excluding $1$2',
    )
    // "my own three areas", "the four area leads": the count says nothing more than the words.
    .replace(/\b(my|our|his|her|their)\s+own\s+(?:(?:two|three|four|five|\d)\s+)?areas\b/g, '$1 areas')
    .replace(/\b(the|my|our)\s+(?:two|three|four|five|\d)\s+(areas|area leads|leads)\b/g, '$1 $2');
  // "that somebody other than me owns", "anyone apart from me": someone else's.
  text = text.replace(
    /\b(?:somebody|someone|anybody|anyone|(?:other\s+)?people)\s+(?:other than|apart from|besides|except|but|rather than)\s+(?:me|myself)\b/g,
    'someone else',
  );
  // "ignoring committee ones", "disregard neglect": those ruled out.
  text = text
    .replace(/\b(?:ignoring|disregarding|discounting)\b/g, 'excluding')
    .replace(/\b(?:ignore|disregard)\s+(?!(?:that|this|it|my|me|him|her|them)\b)/g, 'excluding ');
  // "excluding anything I own myself": someone else's.
  text = text.replace(
    /\b(?:excluding|except(?:\s+for)?|apart from|other than|not counting|leaving out)\s+(?:anything|everything|what|whatever|those|the ones|ones|actions)\s+(?:that\s+|which\s+)?(?:i|we)\s+(?:own|have|hold)(?:\s+(?:myself|ourselves))?\b/g,
    ' owned by someone else',
  );
  // "a new agency worker every few weeks": how often, not when anything is due.
  text = text.replace(/\bevery\s+(?:few|couple of|other|\d+|two|three|four|six)\s+(?:days|weeks|months|years)\b/g, '');
  // "overdue that is not in the original plan": what a committee added.
  text = text.replace(
    /\b(?:(?:that|which)\s+(?:is|are)\s+)?not\s+(?:in|from|part of)\s+the\s+(?:original\s+)?(?:improvement\s+)?plan\b/g,
    'from the committee',
  );
  // "actions that belong to Ruth": owned by her.
  text = text.replace(/\b(?:belong|belongs|belonging)\s+to\b/g, 'owned by');
  // "people other than Ruth", "anyone apart from Tom": everyone but them.
  text = text.replace(
    /\b(?:owned by\s+)?(?:people|someone|somebody|anyone|anybody)\s+(?:other than|apart from|except|besides)\s+(?!(?:me|myself)\b)/g,
    'owned by anyone but ',
  );
  // "that aren't mine", "which isn't mine": someone else's.
  text = text.replace(/\b(?:that|which)?\s*(?:aren't|isn't|are not|is not|arent|isnt)\s+(?:mine|my own|my ones)\b/g, ' owned by someone else');
  // "nobody's begun", "no one has begun on": not started.
  text = text.replace(
    /\b(?:nobody|no one|noone)(?:'s|\s+has|\s+have)?\s+(?:begun|begin|began|made a start|kicked off|kicked it off|got going with)(?:\s+on)?\b/g,
    'not started',
  );
  // "that nobody's working on", "isn't actually being worked on": open but not in progress (not started, or blocked).
  text = text
    .replace(/\b(?:nobody|no one|noone)(?:'s|\s+is|\s+are|\s+s)?\s+(?:actually\s+|currently\s+|really\s+)?working\s+on\b/g, 'not in progress')
    .replace(/\b(?:is not|isn't|isnt|are not|aren't|arent|not)\s+(?:actually\s+|currently\s+|really\s+|yet\s+)?being\s+worked\s+on\b/g, 'not in progress');
  // "has anyone made a start on it?", "no start made on": started, or not.
  text = text.replace(/\bno\s+start\s+(?:has\s+been\s+|been\s+)?made(?:\s+on)?\b/g, 'not started').replace(/\bmade\s+a\s+start(?:\s+on)?\b/g, 'started');
  // "deadlines from yesterday", "actions from today": due then.
  text = text.replace(/\b(deadlines?|actions?|ones|items?)\s+from\s+(yesterday|today)\b/g, '$1 due $2');
  // "has anything fallen due", "fell due": due.
  text = text.replace(/\bfell\s+due\b/g, 'was due').replace(/\bfallen\s+due\b/g, 'been due');
  // "just the figure", "only the number please": how many.
  text = text.replace(/\b(?:just|only)\s+(?:the\s+)?(?:figure|number|total|count)\b/g, 'how many');
  // "the next ten working days": a working week is five days of seven.
  // ("IHAs within 20 working days" is a standard, not a period.)
  text = text.replace(new RegExp(String.raw`\b(next|coming|following)\s+(\d+|${SPOKEN_NUMBER})\s+working\s+days?\b`, 'g'), (_, next: string, said: string) => {
    const count = Number(/^\d+$/.test(said) ? said : spokenValue(said));
    return `${next} ${count % 5 === 0 ? `${count / 5} weeks` : `${Math.ceil((count * 7) / 5)} days`}`;
  });
  // "committee-generated actions", "committee raised ones": the committee's.
  text = text.replace(/\bcommittee[\s-]+(?:generated|raised|created|originated|initiated|sourced|led)\b/g, 'committee');
  // "Park the life story training for a sec - ...": set aside.
  text = text.replace(
    /\bpark(?:ing)?\s+((?:(?!for\b)[a-z0-9'-]+\s+){0,5}?[a-z0-9'-]+)\s+(?:for\s+(?:a\s+)?(?:sec|second|moment|minute|bit|now)|to\s+one\s+side)\b/g,
    'excluding $1',
  );
  // "In my areas that I don't own myself": someone else's.
  text = text.replace(/\b(that|which)\s+i\s+(?:do not|did not)\s+(?:own|hold|have)(?:\s+(?:myself|personally))?\b/g, '$1 someone else owns');
  // "That other people own": someone else's.
  text = text.replace(
    /\b(?:other people|others|other officers|other colleagues|other staff)\s+(?=(?:own|owns|hold|holds|have|has|are doing|lead|leads)\b)/g,
    'someone else ',
  );
  // "Keeping committee posted on X", "keep members informed": updated on it, as the plan says.
  text = text.replace(/\b(keep|keeps|keeping|kept)\s+((?:the\s+)?[a-z]+\s+)?(?:posted|informed|in the loop)\b/g, '$1 $2updated');
  // "In the summer term, when schools go back after Easter?": what the period is, said after it, adds nothing.
  text = text.replace(
    /\b(term|holidays|half-term|half term|quarter)\s*,\s*when\s+(?:the\s+)?(?:schools?|kids|children|we|they|staff|everyone)\s+[^?.!,;]*/g,
    '$1',
  );
  // "The school summer holidays", "the school Easter break": the holidays themselves ("school" says only whose).
  text = text.replace(/\bschool\s+(summer|easter|christmas|october|february|may)\s+(holidays?|hols|break|half[- ]?term)\b/g, '$1 $2');
  // "Before schools break up for Easter": before the school holidays begin.
  text = text.replace(
    /\b(before|by|until|till|ahead of)\s+(?:the\s+)?(?:schools?|we|they|the kids|children)\s+(?:break|breaks|broke)\s+up\s+for\s+(?:the\s+)?(easter|christmas|summer)(?:\s+(?:holidays?|hols|break))?\b/g,
    '$1 the $2 holidays',
  );
  // "Late or due this month": still open and due by the month's end (what is late was due before it).
  text = text.replace(
    /\b(?:late|overdue|behind|past due)\s+or\s+(?:(?:are|is|fall|falls)\s+)?due\s+(?:(this|next)\s+(week|month|quarter|term|half-term)|(by|before)\b)/g,
    (_, which: string | undefined, period: string | undefined, bound: string | undefined) =>
      bound ? `outstanding and due ${bound}` : `outstanding and due by the end of ${which} ${period}`,
  );
  // "Between the visit (w/c 7 March) and ...": the occasion's date, in brackets, is the date meant.
  // "... and the peer challenge, w/c 12 September": the same, after a comma.
  text = text.replace(
    /\b(?:the|our|her|his|their)\s+[a-z-]+(?:\s+[a-z-]+)?(?:\s+\(((?:w\/c\s+|week commencing\s+|on\s+)?\d{1,2}(?:st|nd|rd|th)?\s+[a-z]+(?:\s+20\d{2})?)\)|,\s+((?:w\/c|week commencing)\s+\d{1,2}(?:st|nd|rd|th)?\s+[a-z]+(?:\s+20\d{2})?)\b)/g,
    (_, bracketed: string | undefined, after: string | undefined) => (bracketed ?? after ?? '').replace(/^on\s+/, ''),
  );
  // "What did minute 12.3 ask for, and have we done it?": how it stands, which the answer shows anyway.
  text = text.replace(
    /,?\s+and\s+(?:(?:did|have|has|had)\s+(?:we|they|you|it|he|she)\s+(?:delivered|deliver|done|do|finished|finish|completed|complete|met)\s+(?:it|that|this|them)|(?:is|was|has)\s+(?:it|that|this)\s+(?:been\s+)?(?:finished|done|complete|completed|delivered)|whether\s+(?:it|they|that|those|each)\s+(?:is|are|was|were|has|have)\s+(?:been\s+)?(?:finished|done|complete|completed|delivered))\b/g,
    '',
  );
  // "What's open across my direct reports - Priya, Ruth ...": the people listed, not a topic.
  text = text.replace(/\b(?:across|for|of|among)\s+(?:my|our)\s+(?:direct\s+reports|team\s+members|reports|team|managers)\s*(?=[-–—:(])/g, '');
  text = text.replace(/\b(?:ahead of|before|for)\s+(?:my|our)\s+(?:one[- ]to[- ]ones|1[- ]?(?:to|2)[- ]?1s|supervisions|catch[- ]ups)\s*,?\s*/g, '');
  // "Our February board on the 15th", "the April one on the 19th": that day of that month.
  text = text.replace(
    /\b(?:(?:our|the|this|next)\s+)?(january|february|march|april|may|june|july|august|september|october|november|december)\s+(?:board|meeting|committee|panel|session|one|visit)\s+on\s+the\s+(\d{1,2})(?:st|nd|rd|th)\b/g,
    '$2 $1',
  );
  // "Everything that's slipped, but take out corporate parenting": ruled out.
  text = text.replace(/\b(?:take|taking|strip|stripping)\s+out\s+(?=[a-z])/g, 'excluding ');
  // "From today up to Easter": from now, so what is already late is not counted.
  text = text.replace(/\bfrom\s+(?:today|now)\s+(?:up\s+to|until|till|to|through\s+to|up\s+until)\s+/g, 'between now and ');
  // "Between now and when the municipal year ends in April": its end.
  text = text.replace(/\bwhen\s+the\s+(municipal|financial|school)\s+year\s+(?:ends|finishes|closes)(?:\s+in\s+[a-z]+)?\b/g, 'the end of the $1 year');
  // "Nothing that's complete please", "and nothing of Priya's": those ruled out.
  text = text.replace(
    /\bnothing\s+(?:(?:that's|thats|that is|that are|which is|which are)\s+)?(?=(?:complete|completed|closed|finished|done|blocked|overdue|late|cancelled)\b)/g,
    'excluding ',
  );
  text = text.replace(/\bnothing\s+(?:of|from|owned by|belonging to|that is|that's)\s+([a-z]+)['’]s\b/g, 'excluding $1');
  // "Overdue, bar the ones Tom has": except them.
  text = text.replace(/\bbar\s+(?=(?:the|those|any|anything|anyone|one|what|whatever)\b)/g, 'except ');
  // "Held by the area leads": owned by them.
  text = text.replace(/\b(?:held|sitting|sat)\s+(?=by\b)/g, 'owned ');
  // "A deadline in calendar 2020": the year itself.
  text = text.replace(/\bcalendar\s+(?:year\s+)?(20\d{2})\b/g, '$1');
  // Text-speak: "got 2 do", "need 2 know".
  text = text.replace(/\b2 (?=(?:do|be|go|know|see|get|finish|complete)\b)/g, 'to ');
  // "e-workbooks", "e workbooks", "e-learning": electronic ones (an e-mail is an email).
  text = text.replace(/\be(?:-|\s)(?!mails?\b)(?=[a-z]{4,})/g, 'electronic ');
  text = text.replace(PLEASANTRIES, ' | ');
  // "that has nothing to do with child protection", "unrelated to Mosaic": what follows is ruled out.
  text = text.replace(
    /\b(?:that\s+|which\s+)?(?:(?:has|have|had|is|are)\s+)?(?:nothing\s+to\s+do\s+with|not\s+to\s+do\s+with|unrelated\s+to|not\s+related\s+to|nothing\s+about)\b/g,
    ' excluding ',
  );
  // "Morgan here.", "Chris from democratic services here,": who is writing, not whose actions.
  text = text.replace(
    /(^|[.!?,;|]\s*)(?:(?:hi|hello|morning|hiya),?\s+)?(?:it is\s+|this is\s+)?[a-z]+(?:\s+[a-z]+){0,2}(?:\s+from\s+[a-z ]{2,40}?)?\s+here\s*(?=[.!?,;:|-]|$|[^\w\s])/g,
    '$1 | ',
  );
  // "my board", "my committee": a meeting the asker chairs or goes to, not the asker's own actions.
  // ("My committee actions" are the asker's own, set by a committee.)
  text = text.replace(/\bmy\s+(?=(?:board|committee|panel|meeting|forum|partnership)\b(?!\s+(?:actions?|ones|items)\b))/g, 'the ');
  // "which director is responsible for ...": who, not one of the directors by name.
  // "Which senior officer leads on X?", "which person holds that one?": who.
  text = text.replace(
    /\b(?:which|what)\s+(?:senior\s+|lead\s+)?(?:director|manager|officer|head|lead|senior\s+manager|person|member of staff|colleague|individual)\s+(?=is|leads|owns|has|holds|runs|looks|heads|oversees)/g,
    'who ',
  );
  // "Midwives keep asking me whether ...", "she emailed me about ...": the asker as the one told, not whose actions.
  text = text.replace(
    /\b((?:ask|asks|asking|asked|tell|tells|telling|told|email|emails|emailing|emailed|message|messaged|messaging|ping|pinged|ring|rang|phoned|nagging|chasing|reminded|reminding|remind)) me\s+(?=(?:whether|if|about|what|when|who|how|why|again)\b)/g,
    '$1 ',
  );
  // "Everything except what sits in the areas Ruth leads": outside those areas.
  text = text.replace(
    /\b(?:except|excluding|apart from|other than|but not|bar)\s+(?:for\s+)?(?:(?:what|anything|whatever|those|the ones|ones|actions)\s+(?:that\s+|which\s+)?(?:sits?|sitting|is|are|falls?|lives?|comes?)\s+)?(?:in|within|under)\s+(?=(?:the\s+|his\s+|her\s+|their\s+)?areas?\b)/g,
    'outside ',
  );
  // "X as a whole sits under which director?": who leads X.
  text = text.replace(
    /\b(?:sits?|sitting|falls?|comes?|is|are)\s+(?:under|with)\s+(?:which|what)\s+(?:senior\s+)?(?:director|manager|officer|head|lead|person)\b/g,
    ' | who leads it',
  );
  // "what do I personally own", "what have I actually got done": the adverb says nothing of whose.
  text = text.replace(/\b(i|we)\s+(?:personally|actually|really|myself|ourselves|currently|honestly)\s+/g, '$1 ');
  // "not counting anything Leo or I own", "apart from Leo's and mine": that person ruled out, and the asker.
  text = text
    .replace(
      /\b(not counting|excluding|except(?: for)?|apart from|other than|leaving out)\s+(?:anything|everything|what|whatever|those|the ones|ones|actions)\s+(?:that\s+|which\s+)?([a-z]+(?:\s+[a-z]+)?)\s+(?:or|and)\s+i\s+(?:own|have|hold)\b/g,
      '$1 $2, owned by someone else',
    )
    .replace(
      /\b(not counting|excluding|except(?: for)?|apart from|other than|leaving out)\s+([a-z]+)(?:'s|s)?\s+(?:or|and)\s+mine\b/g,
      '$1 $2, owned by someone else',
    );
  // "non-lead owners", "owners who aren't leads": people who lead no area.
  text = text
    .replace(/\b(?:owned by\s+)?non[\s-]?(?:area[\s-])?leads?(?:\s+(?:owners|officers|people|staff))?\b/g, 'owned by people who do not lead an area')
    .replace(
      /\b(?:owned by\s+)?(?:owners|officers|people)\s+(?:who|that)\s+(?:are not|aren't|arent)\s+(?:area\s+)?leads\b/g,
      'owned by people who do not lead an area',
    );
  // "accountable at director level for X": who leads X, whatever the level said.
  text = text.replace(/\bat\s+(?:a\s+)?(?:director|senior|senior manager|assistant director|ad|exec|executive|head of service)\s+level\b/g, '');
  // "hiring and keeping social workers", "getting more social workers through the door and keeping them", "stop social
  // workers leaving": recruitment and retention, in practice and everyday words.
  text = text
    .replace(
      /\b(?:hiring|recruiting|attracting|getting)\s+(?:more\s+)?(?:social workers|staff|workers)(?:\s+(?:in|through the door))?\s+and\s+(?:keeping|retaining|holding on to)(?:\s+(?:them|hold of them|social workers|staff|the ones we(?:'ve| have) got))?\b/g,
      'recruitment and retention',
    )
    .replace(/\b(?:hiring|recruiting|attracting)\s+and\s+(?:keeping|retaining)\s+(?:more\s+)?(?:social workers|staff|workers)\b/g, 'recruitment and retention')
    .replace(/\b(?:hiring|attracting)\s+(?:more\s+)?(?:social workers|staff)\b/g, 'recruitment')
    .replace(/\b(?:keeping|retaining)\s+(?:our\s+)?(?:social workers|staff)\b/g, 'retention')
    // ("stop social workers leaving", "hire more of them".)
    .replace(/\b(?:stop(?:ping)?|prevent(?:ing)?|reduc(?:e|ing))\s+(?:social workers|staff|workers)\s+(?:from\s+)?leaving\b/g, 'retention')
    .replace(/\bhir(?:e|ing)\s+more(?:\s+(?:of them|social workers|staff))?\b/g, 'recruitment');
  // "a deadline beyond the financial year end": after it.
  text = text
    .replace(/\bbeyond\s+(?:the\s+)?(financial|calendar|school|municipal)\s+year\s+end\b/g, 'after the end of the $1 year')
    .replace(
      /\bbeyond\s+(?=(?:the\s+)?(?:end|start|financial|summer|spring|autumn|winter|easter|christmas|\d|january|february|march|april|may|june|july|august|september|october|november|december|next|this)\b)/g,
      'after ',
    );
  // The sector's long forms of what a plan may shorten: "independent reviewing officers" (IROs), "CP conference chairs"
  // (child protection chairs), "first health checks" (initial health assessments).
  text = text
    .replace(/\bindependent\s+reviewing\s+officers?\b/g, (said) => (said.endsWith('s') ? 'iros' : 'iro'))
    .replace(/\b(?:(?:child protection|cp)\s+)?conference\s+chairs\b/g, 'child protection chairs')
    .replace(/\b(?:first|initial)\s+health\s+(?:checks?|assessments?)\b/g, 'initial health assessments');
  // "not on time": late; "done on time", "are they on time?": how it stands, no word of what it is.
  text = text.replace(/\b(?:not|isn't|isnt|aren't|arent|wasn't|weren't)\s+(?:running\s+|being\s+done\s+)?on\s+time\b/g, 'late').replace(/\s+on\s+time\b/g, '');
  // "the work on getting first health checks done": the work itself, not whether it is done.
  text = text.replace(/\b(work|job|task|action)\s+(on|of)\s+(?:getting|get)\s+((?:[a-z0-9'-]+\s+){1,6}?)done\b/g, '$1 $2 $3');
  // "the Deputy Director, Frontline Services": one title, its comma a part of it.
  text = text.replace(/\b(director|head|manager|lead),\s+(?=(?:[a-z]+\s+){0,2}services\b)/g, '$1 ');
  // "For the refresh, ...", "for the plan refresh": what the answer is for, not a topic.
  text = text.replace(/\bfor\s+the\s+(?:plan\s+|annual\s+|next\s+|spring\s+)?refresh\b\s*,?/g, ' ');
  // "I need to minute where we are with X", "I have to note ...": what the asker will do with the answer.
  text = text.replace(
    /\bi\s+(?:need|have|want|am going|m going)\s+to\s+(?:minute|note down|note|record|log|write up|report back on|report on)\s+(?=where|what|how|whether|if|which)/g,
    '',
  );
  // "residential staff": the plan's residential workers.
  text = text.replace(/\bresidential\s+staff\b/g, 'residential workers');
  // "cut down on", "cutting down": reduce.
  text = text.replace(/\b(?:cut|cuts|cutting)\s+down(?:\s+on)?\b/g, 'reduce');
  // "checked how good our assessments are": the quality of them.
  text = text.replace(/\bhow\s+good\s+(?:our|the|their|its)\s+((?:[a-z0-9'-]+\s+){0,4}?[a-z0-9'-]+)\s+(?:is|are|were|was)\b/g, 'the quality of $1');
  // "the entire plan": the whole plan.
  text = text.replace(/\bentire\b/g, 'whole');
  // "excluding:" and a list below: the list is what is left out.
  text = text.replace(/\b(excluding|except(?: for)?|apart from|other than|not counting|leaving out|skip|skipping|without)\s*:\s*/g, '$1 ');
  // "leaving QA out": leaving out QA.
  text = text.replace(/\b(leaving|leave|leaves)\s+((?:the\s+)?[a-z0-9]+(?:\s+[a-z0-9]+){0,3}?)\s+out\b/g, '$1 out $2');
  // "for the three of them", "both of us": the people named already say who.
  text = text.replace(/\b(?:the\s+)?(?:two|three|four|five|[2-5]|both)\s+of\s+(?:them|us)\b/g, ' ');
  // "By the time of the next monitoring visit on 10 May": by the day said; the event's own words are not the question's.
  text = text.replace(
    /\bby the time (?:of )?(?:the |our |their )?[a-z' -]{0,60}?\s(?:on|in)\s+(?=(?:\d{1,2}(?:st|nd|rd|th)?\s+)?(?:january|february|march|april|may|june|july|august|september|october|november|december)\b)/g,
    'by ',
  );
  // "What should Helen have done by May?": the subject before "should", as in "Helen should have done".
  text = text.replace(/\bshould ([a-z]+) have (?=(?:done|finished|completed|delivered)\b)/g, '$1 should have ');
  // "What haven't I started?": the "not" goes after the pronoun, as in "have I not started".
  text = text.replace(/\b(have|has|had|do|does|did|is|are|was|were|am) not (i|we|you|they|he|she)\b/g, '$1 $2 not');
  // "haven't even been started": the words between "not" and a status say nothing more; "in charge of" is "leads".
  text = text.replace(/\bnot\s+(?:even|actually|really|ever)\s+/g, 'not ').replace(/\b(?:is|are)?\s*in charge of\b/g, ' leads ');
  // Possessives: "helen's" -> "helen", "the committee's" -> "the committee"; "leaders'" -> "leaders".
  text = text.replace(/([a-z0-9])'s\b/g, '$1').replace(/([a-z])s'(?=\s|$)/g, '$1s');
  return text;
}

/** Job-title abbreviations officers use, spelt out so they match titles. */
const ABBREVIATIONS: Record<string, readonly string[]> = {
  ad: ['assistant', 'director'],
  ads: ['assistant', 'directors'],
  dd: ['deputy', 'director'],
  psw: ['principal', 'social', 'worker'],
  vsh: ['virtual', 'school', 'head'],
  hos: ['head', 'of', 'service'],
  cm: ['cabinet', 'member'],
};

const TOKEN_PATTERN = /\d{1,2}\/\d{1,2}\/\d{2,4}|\d+(?:\.\d+)+|[a-z0-9]+/g;

/** Splits normalised text into word tokens; hyphenated words become separate words. */
export function tokenize(normalised: string): string[] {
  const tokens = normalised.match(TOKEN_PATTERN) ?? [];
  return tokens.flatMap((token) => ABBREVIATIONS[token] ?? [SPELLINGS[token] ?? token]);
}

export function tokens(input: string): string[] {
  return tokenize(normaliseText(input));
}

/** The stem used for matching words in action text ("audits" and "audit" agree). */
export function stemWord(word: string): string {
  let stemmed = stemCache.get(word);
  if (stemmed === undefined) {
    stemmed = /^[a-z]+$/.test(word) && word.length > 3 ? stem(word) : word;
    if (stemCache.size > STEM_CACHE_LIMIT) stemCache.clear();
    stemCache.set(word, stemmed);
  }
  return stemmed;
}

// Stemming is the costliest step of matching; words repeat endlessly, so their stems are remembered.
const STEM_CACHE_LIMIT = 50_000;
const stemCache = new Map<string, string>();

/** Little words that join others; skipped when matching multi-word names. */
export const FILLER_WORDS: ReadonlySet<string> = new Set(['the', 'a', 'an', 'of', 'for', 'and', 'on', 'in', 'to', 'at', 'with', 'our', 'its', 'their', 'by']);
