import MiniSearch, { type Query } from 'minisearch';
import type { Action, Area, Meeting, Person, PlanFacts } from '../domain/model';
import { FILLER_WORDS, stemWord, tokens } from './normalise';
import { actionIndex } from '../domain/actionIndex';
import { STATUS_NAMES } from '../domain/statusWords';
import { relatedWords } from './wordnet';

export const STATUS_WORDS = [
  'outstanding',
  'overdue',
  'blocked',
  'not_started',
  'in_progress',
  'complete',
  'cancelled',
  'red',
  'amber',
  'green',
  'any',
] as const;
export type StatusWord = (typeof STATUS_WORDS)[number];

export type Cue = 'help' | 'summary' | 'count' | 'meeting' | 'last' | 'next' | 'me' | 'all' | 'detail';

export type Slot =
  { kind: 'area'; area: number } | { kind: 'person'; ids: readonly string[] } | { kind: 'status'; status: StatusWord } | { kind: 'cue'; cue: Cue };

type Entry = { words: readonly string[]; slot: Slot; fuzzy: boolean };

/** `plural`: a person's title asked for in the plural ("the assistant directors"): a group. */
export type Match = { start: number; end: number; slot: Slot; plural?: boolean };

const STATUS_PHRASES: Record<StatusWord, readonly string[]> = {
  outstanding: [
    'outstanding',
    'open',
    'still live',
    'left',
    'still to do',
    'left to do',
    'being done',
    'being delivered',
    'todo',
    'remaining',
    'pending',
    'not done',
    'not yet done',
    'not complete',
    'not completed',
    'incomplete',
    'uncompleted',
    'unfinished',
    'nobody has finished',
    'no one has finished',
    'has nobody finished',
    'has no one finished',
    'nobody has completed',
    'no one has completed',
    'not finished',
    'still open',
    // "the ones still going", "still running": not finished yet.
    'still going',
    'still running',
    'still ongoing',
    'not closed',
    'unresolved',
    'yet to be done',
    'yet to do',
    // "Which ones need done by Friday?", "what wants doing": still to do, in everyday speech.
    'need done',
    'needs done',
    'need doing',
    'needs doing',
    'want done',
    'wants doing',
    'active',
    // "yet to be delivered", "meant to be finished by May": a completion still ahead, not one made.
    ...[
      'still to be',
      'yet to be',
      'to be',
      'meant to be',
      'supposed to be',
      'due to be',
      'expected to be',
      'planned to be',
      'scheduled to be',
      'should be',
      'need to be',
      'needs to be',
      'has to be',
      'have to be',
      'must be',
      // "should have been finished by January but isn't": still open.
      'should have been',
      // "What should we have done by Friday?": what was to be done by then.
      'should have',
      'ought to have been',
      'was meant to be',
      'were meant to be',
    ].flatMap((frame) => ['done', 'completed', 'complete', 'finished', 'delivered'].map((word) => `${frame} ${word}`)),
    // "what does she still need to deliver?": what is still ahead.
    // "what do we need to have finished by Easter?": a completion still ahead.
    ...['need to have', 'needs to have', 'have to have', 'has to have', 'want to have', 'must have'].flatMap((frame) =>
      ['done', 'completed', 'finished', 'delivered', 'closed'].map((word) => `${frame} ${word}`),
    ),
    ...['still need to', 'need to', 'still needs to', 'needs to', 'still has to', 'still have to', 'yet to'].flatMap((frame) =>
      ['deliver', 'do', 'finish', 'complete', 'get done', 'get finished', 'get delivered'].map((word) => `${frame} ${word}`),
    ),
  ],
  overdue: [
    'overdue',
    'over due',
    'late',
    'past due',
    'past its due date',
    // "gone past its date": its date has been and gone.
    'past its date',
    'past their date',
    'past the date',
    'gone past its date',
    'gone past their date',
    'gone past the date',
    'did we miss',
    'have we missed',
    'past their due date',
    'past the due date',
    'past due date',
    'past deadline',
    'past its deadline',
    'missed deadline',
    'missed deadlines',
    'missed',
    // "Which deadlines have passed?", "deadlines that have come and gone": their day has been.
    'deadline passed',
    'deadlines passed',
    'deadline has passed',
    'deadlines have passed',
    'deadline gone',
    'deadlines gone',
    'come and gone',
    'been and gone',
    'behind',
    'behind schedule',
    'slipped',
    'slipping',
    'delayed',
    'running late',
    'out of date',
    'lapsed',
  ],
  blocked: [...STATUS_NAMES.blocked, 'waiting on', 'waiting for', 'blocker', 'blockers', 'blockages', 'obstacle'],
  not_started: [
    ...STATUS_NAMES.not_started,
    'yet to start',
    'yet to be started',
    'not begun',
    'unstarted',
    'not been started',
    'no progress',
    'not kicked off',
    'nobody has started',
    'nobody started',
    'no one started',
    'no one has started',
    'nobody has started on',
    'not been touched',
    // "nobody has picked up", "not even begun".
    'nobody has picked up',
    'no one has picked up',
    'nobody picked up',
    'not been picked up',
    'not even begun',
    'not even started',
    // "haven't got going yet", "neither finished nor started".
    'not got going',
    'not got started',
    'not yet got going',
    'not yet started',
    // "haven't been kicked off", "not yet been begun": a start, not made, in any of its words.
    ...['not been', 'not yet been', 'not even been'].flatMap((frame) =>
      ['kicked off', 'begun', 'got going', 'got underway', 'got under way', 'set up'].map((word) => `${frame} ${word}`),
    ),
    'not yet kicked off',
    'not yet begun',
    'neither finished nor started',
    'neither started nor finished',
    'neither complete nor started',
    'neither completed nor started',
  ],
  in_progress: [...STATUS_NAMES.in_progress, 'in hand', 'being worked on', 'work in progress', 'wip', 'in flight', 'under way', 'underway'],
  complete: [...STATUS_NAMES.complete, 'achieved', 'signed off', 'finalised', 'met', 'accomplished', 'did we meet', 'did we hit', 'have we hit'],
  cancelled: [...STATUS_NAMES.cancelled, 'abandoned', 'scrapped'],
  red: ['red', 'rag red', 'red rated'],
  amber: ['amber', 'rag amber', 'amber rated', 'at risk'],
  green: ['green', 'on track', 'rag green', 'green rated'],
  any: [
    'any status',
    'all statuses',
    'every status',
    'whatever status',
    'regardless of status',
    'everything',
    'whole lot',
    // "closed ones included", "finished ones included".
    ...['finished', 'done', 'complete', 'completed', 'closed'].flatMap((word) => [`${word} ones included`, `${word} included`, `${word} actions included`]),
    // "including finished ones", "finished ones too": the finished ones as well as the rest.
    ...['finished', 'done', 'complete', 'completed', 'closed'].flatMap((word) => [
      `including ${word}`,
      `including the ${word}`,
      // "including anything closed", "even closed ones", "closed ones and all".
      `including anything ${word}`,
      `including any ${word}`,
      `including those ${word}`,
      `even ${word} ones`,
      `even the ${word} ones`,
      `even ${word}`,
      `${word} ones and all`,
      `${word} ones too`,
      `${word} ones as well`,
      `${word} too`,
      `${word} as well`,
      `plus ${word}`,
      `plus the ${word}`,
    ]),
    // "finished or not", "open or closed": whatever its status.
    ...['finished', 'done', 'complete', 'completed', 'open', 'closed'].flatMap((word) => [`${word} or not`, `whether ${word} or not`]),
    'open or closed',
    'open or complete',
    // "any finished actions, or is it all still open?": finished and open, both.
    ...['finished', 'done', 'complete', 'completed', 'closed'].flatMap((word) =>
      ['open', 'still open', 'outstanding', 'in progress'].flatMap((other) => [`${word} or ${other}`, `${word} or is it all ${other}`, `${other} or ${word}`]),
    ),
    'altogether',
    'in total',
    'all told',
  ],
};

const CUE_PHRASES: Record<Cue, readonly string[]> = {
  help: [
    'help',
    'what can you do',
    'what you can do',
    'what are you able to do',
    'what can you help with',
    'how can you help',
    'what can i ask',
    'what can i ask you',
    'what are you for',
    'what is this for',
    'what do i type',
    'what should i type',
    'what can i type',
    'what do i ask',
    'can i ask you',
    'things can i ask',
    'what do you do',
    'what can it do',
    'what does it do',
    'what can this do',
    'what can the bot do',
    'what does this bot do',
    'how do i use',
    'how do i use you',
    'how does this work',
    'how does it work',
    'how do you work',
    'how do i talk to you',
    'how do i ask',
    'commands',
    'examples',
    'example questions',
    'instructions',
    'what can i say',
    'what are you',
    'who are you',
    'getting started',
    'where do i start',
    'where do i even start',
    'where should i start',
    'where do i begin',
    'where to start',
    'how do i get started',
    'what do you know',
    'what questions',
    'which questions',
    'sort of questions',
    'sorts of questions',
    'kind of questions',
    'kinds of questions',
    'type of questions',
    'types of questions',
    'user guide',
    'how to use',
  ],
  summary: [
    'summary',
    'summarise',
    'overview',
    'how are we doing',
    'how is it going',
    'how are things',
    'how are we getting on',
    'how is the plan going',
    'how is the plan doing',
    'how the plan is doing',
    'how the whole plan is doing',
    'how the plan is going',
    'how the whole plan is going',
    'how is the whole plan going',
    'how is the whole plan doing',
    'how the whole plan is doing overall',
    // "a brief picture of how it is going", "a quick picture".
    'brief picture',
    'quick picture',
    'rough picture',
    'general picture',
    'high level picture',
    'big picture',
    'overall picture',
    'rag by area',
    'rag status by area',
    'rag ratings',
    'rag rating',
    'rag',
    'dashboard',
    'headlines',
    'big picture',
    'overall progress',
    'progress overall',
    'scorecard',
    'state of play',
    'position statement',
    'overall position',
    'where are we',
    'totals',
    'how is it all going',
    'how is everything going',
    'how are we getting along',
    'how are we progressing',
    'how is progress',
    'progress report',
    'highlight report',
    'snapshot',
    'at a glance',
    'rag across',
    'rag status',
    'red amber green',
  ],
  count: ['how many', 'number of', 'count', 'count of', 'total number', 'how much'],
  meeting: [
    'meeting',
    'meetings',
    'committee',
    'select committee',
    'scrutiny',
    'scrutiny committee',
    'cypssc',
    'minutes',
    'came out of',
    'come out of',
    'coming out of',
    'arising from',
    'arose from',
    'arisen from',
    'arise from',
    'arising out of',
    'came from',
    'come from',
    'raised at',
    'raised by',
    'set at',
    'set by',
    'created at',
    'agreed',
    'agreed at',
    'agree',
    'decide',
    'decided',
    'resolved',
    'resolutions',
    'session',
    'minute',
    'matters arising',
  ],
  last: ['last', 'latest', 'previous', 'most recent', 'recent', 'lastest', 'prior'],
  next: ['next', 'upcoming', 'forthcoming', 'coming'],
  me: [
    'my',
    'mine',
    'me',
    'myself',
    'assigned to me',
    'i own',
    'i still own',
    'i currently own',
    'i am responsible for',
    'do i own',
    'have i got',
    'do i have',
    'am i',
    'have i',
    'did i',
    'i am',
    'do i need',
    'on my plate',
    'am i on the hook for',
    'i am on the hook for',
    'i should',
    'should i',
    'must i',
    'i need to',
    'i have to',
    'i have got to',
    'i must',
  ],
  all: ['all', 'every', 'whole', 'full list', 'entire', 'all of'],
  detail: [
    'tell me about',
    'details of',
    'detail on',
    'details on',
    'status of',
    'more about',
    'information on',
    'info on',
    'what about',
    'who owns',
    'who is responsible for action',
  ],
};

/** Words that say "show me something" without naming a topic. */
export const GENERIC_WORDS: ReadonlySet<string> = new Set([
  ...FILLER_WORDS,
  // "mine included": whose, not what.
  'included',
  'including',
  'what',
  'which',
  'who',
  'whom',
  'whose',
  'where',
  'when',
  'why',
  'how',
  'is',
  'are',
  'was',
  'were',
  'be',
  'been',
  'being',
  'am',
  'do',
  'does',
  'did',
  'done?',
  'have',
  'has',
  'had',
  'got',
  'get',
  'gets',
  'getting',
  'can',
  'could',
  'would',
  'should',
  'will',
  'shall',
  'may',
  'might',
  'must',
  'show',
  'list',
  'lists',
  'tell',
  'give',
  'provide',
  'share',
  'send',
  'recorded',
  'noted',
  'supply',
  'forward',
  'fetch',
  'remind',
  'find',
  'see',
  'display',
  'bring',
  'pull',
  'up',
  'look',
  'looking',
  'check',
  'let',
  'know',
  'want',
  'need',
  'like',
  'please',
  'pls',
  'thanks',
  'thank',
  'you',
  'u',
  'i',
  'me',
  'my',
  'mine',
  'we',
  'us',
  'plate',
  'each',
  'per',
  'needs',
  'needing',
  'doing',
  'left',
  'got',
  'going',
  'there',
  'they',
  'them',
  'it',
  'this',
  'that',
  'these',
  'those',
  'there',
  'here',
  'any',
  'anything',
  'some',
  'something',
  'so',
  'far',
  'yet',
  'still',
  'currently',
  'current',
  'now',
  'moment',
  'today',
  'action',
  'actions',
  'item',
  'items',
  'task',
  'tasks',
  // "before it was signed off", "ahead of the work programme meeting": when, never a subject.
  'before',
  'after',
  'until',
  'till',
  'during',
  'ahead',
  'thing',
  'things',
  'stuff',
  'work',
  'workstream',
  'workstreams',
  'activity',
  'activities',
  'deliverable',
  'deliverables',
  'point',
  'points',
  'due',
  'date',
  'dates',
  'deadline',
  'evidence',
  'outcome',
  'outcomes',
  'deadlines',
  'status',
  'statuses',
  'state',
  'progress',
  'update',
  'updates',
  'position',
  'rag',
  'owned',
  'owner',
  'owners',
  'own',
  'owns',
  'assigned',
  'responsible',
  'lead',
  'leads',
  'led',
  'belong',
  'belonging',
  'belongs',
  'sits',
  'sit',
  'under',
  'about',
  'regarding',
  're',
  'around',
  'relating',
  'related',
  'concerning',
  'against',
  'from',
  'into',
  'or',
  'but',
  'not',
  'no',
  'yes',
  'all',
  'just',
  'only',
  'also',
  'too',
  'very',
  'much',
  'many',
  'more',
  'most',
  'less',
  'than',
  'as',
  'if',
  'else',
  'other',
  'others',
  'else',
  'overall',
  'area',
  'areas',
  'aoi',
  'ofsted',
  'number',
  'ref',
  'reference',
  'one',
  'ones',
  // "the statutory visits pieces", "the fostering bits": the actions themselves.
  'piece',
  'pieces',
  'bit',
  'bits',
  'list',
  'report',
  'doing',
  'happening',
  'going',
  'happen',
  'on',
  'off',
  'out',
  'over',
  'new',
  'else',
  'okay',
  'ok',
  'hi',
  'hello',
  'hiya',
  'hey',
  'morning',
  'afternoon',
  'bot',
  'tracker',
  'quick',
  'quickly',
]);

/**
 * Words of conversation, not of subjects: how people say they are busy, back, wondering or
 * chasing ("what is Helen busy with?", "has it gone to members yet?", "just back from leave").
 * They never become a topic unless the plan itself uses the very word.
 */
export const CHATTER_WORDS: ReadonlySet<string> = new Set([
  // "overdue on finding children permanent homes", "securing ...": doing words before what is done.
  'finding',
  'securing',
  // "helping children understand their own history": what the work is for, said around the plan's words.
  'helping',
  'understand',
  // "which room are the inspectors using?": a verb of the asker's day, not a thing in use.
  'using',
  // "I'd like a view of everything ...".
  'view',
  'busy',
  // "Is anyone auditing ...?": who, asked of nobody in particular.
  'anyone',
  'anybody',
  'someone',
  'somebody',
  // "from the committee rather than the plan": which of two, not a subject.
  'rather',
  // "which actions did it produce?", "the meeting that focused on the workforce": what a meeting did, not a subject.
  'produce',
  'produced',
  'generate',
  'generated',
  'focused',
  'focussed',
  'discussed',
  'considered',
  // "before the new municipal year starts in May".
  'starts',
  'begins',
  // "what evidence will show it has worked / made a difference?", "the measure of success": whether it did, not a subject.
  'worked',
  'difference',
  'measure',
  'measuring',
  'measured',
  'success',
  // "has the DCS personally owned any?", "I'm updating the tracker", "pulling it together": how, not what.
  'personally',
  'updating',
  'pulling',
  'together',
  'lol',
  'haha',
  // "the actions given to Priya", "allocated to Tom": whose, said by the person named after it.
  'given',
  'allocated',
  'handed',
  // "who is sorting out X?": doing it, not a subject.
  'sort',
  'sorting',
  'sorted',
  // "who's picking that up?".
  'pick',
  'picking',
  'picked',
  'gone',
  'go',
  'goes',
  'went',
  'got',
  'gotten',
  'getting',
  'come',
  'comes',
  'came',
  'reached',
  'reach',
  'heard',
  'hear',
  'sent',
  'made',
  'make',
  'making',
  'think',
  'thought',
  'reckon',
  'wonder',
  'wondering',
  'wondered',
  'hope',
  'hoping',
  'mean',
  'meant',
  'seen',
  'saw',
  'looks',
  'looked',
  'happened',
  'chase',
  'chasing',
  'chased',
  'worry',
  'worried',
  'fine',
  'great',
  'brilliant',
  'lovely',
  'nice',
  'cheers',
  'back',
  'leave',
  'holiday',
  'holidays',
  'yesterday',
  'tomorrow',
  'tonight',
  'week',
  'weekend',
  'earlier',
  'later',
  'lately',
  'recently',
  'again',
  'sorry',
  'apologies',
  'ages',
  'folks',
  'everyone',
  'guys',
  'team',
  'question',
  'ask',
  'asking',
  'asked',
  'wanted',
  'wants',
  'latest',
  'news',
  'catch',
  'catching',
  'caught',
  'remember',
  'forgot',
  'forget',
  'idea',
  'clue',
  'sure',
  'exactly',
  'actually',
  'basically',
  'honestly',
  'asap',
  'urgently',
  'urgent',
  'keen',
  'able',
  'part',
  'bit',
  'bits',
  'side',
  'element',
  'aspect',
  'piece',
  'strand',
  'whereabouts',
  'stand',
  'standing',
  'stands',
  'fared',
  'faring',
  'keeping',
  'track',
  'tracking',
  'touch',
  'base',
  'remind',
  'reminder',
  'heads',
  'days',
  'day',
  'annual',
  'monday',
  'tuesday',
  'wednesday',
  'thursday',
  'friday',
  'saturday',
  'sunday',
  // "The inspectors were really positive", "can you pull this together": talk around a question.
  'inspector',
  'inspectors',
  'positive',
  'together',
  'through',
  // "Happy Friday! Oh wait, it's Tuesday": exclamations around a question.
  'happy',
  'oh',
  'wait',
  'oops',
  'whoops',
  'ah',
  'sick',
  'off',
  'away',
  'trying',
  'try',
  'tried',
  'help',
  'struggling',
  'working',
  'handling',
  'dealing',
  'juggling',
  'plate',
  'desk',
  'inbox',
  'chat',
  'email',
  'emails',
  'call',
  'briefing',
  'prep',
  'prepare',
  'preparing',
  // Verbs and words around a subject: "anything involving Mosaic", "was it ever signed off", "is it in place", "need to know".
  'involves',
  'involve',
  'involving',
  'ever',
  'place',
  'know',
  'bother',
  'bothering',
  // Pronouns and the words around a list ("what has she got on her list"), never a subject.
  'her',
  'his',
  'him',
  'she',
  'he',
  'they',
  'them',
  'list',
  'altogether',
  'actually',
  'really',
  'whether',
  'having',
  'sorted',
  'hook',
  'leaving',
  'sitting',
  'sits',
  'eventually',
  'signed',
  'apart',
  'excluding',
  'except',
  'outside',
  'sort',
  'kind',
  'types',
]);

export type ActionHit = Readonly<{ id: string; score: number }>;

export type Lexicon = Readonly<{
  match(words: readonly string[], start: number): Match | undefined;
  /** Actions whose title or measure contain every word (stemmed, small typos allowed). */
  searchActions(words: readonly string[]): ActionHit[];
  /** Actions ranked by how well their wording fits any of the words (BM25), with how many of the words each has. */
  rankActions(words: readonly string[]): Array<ActionHit & { matched: number }>;
  /** The plan's own word(s) a misspelt word most likely means ("mosiac" is "mosaic"), if any. */
  correct(word: string): string[] | undefined;
  /** The plan's own words an acronym stands for ("iha" is "initial health assessments"), if one does. */
  acronym(word: string): string | undefined;
  /** Whether the plan's own wording has this very word, as written. */
  usesWord(word: string): boolean;
  /** Whether the plan's own wording uses this word (by stem, allowing a small typo). */
  knowsWord(word: string): boolean;
  /** The status word a slip of the keyboard most likely means ("overdew" is "overdue"), if any. */
  statusSlip(word: string): string | undefined;
  /** Areas whose wording is closest to the words, best first. */
  closestAreas(words: readonly string[]): number[];
  /** Words of the plan's own name and council: they carry no topic. */
  planWords: ReadonlySet<string>;
  areas: readonly Area[];
  people: readonly Person[];
  meetings: readonly Meeting[];
  /** Distinctive words of each meeting's agenda item titles. */
  meetingWords: ReadonlyMap<string, ReadonlySet<string>>;
  /** The words (by stem) of what each meeting recorded: its agenda item titles and its resolutions. */
  meetingSaid: ReadonlyMap<string, ReadonlySet<string>>;
}>;

/** Role nouns that make part of a job title name a person ("assistant director", "head of fostering"). */
const ROLE_NOUNS = new Set([
  'director',
  'head',
  'worker',
  'officer',
  'manager',
  'member',
  'chair',
  'clerk',
  'deputy',
  'lead',
  'commissioner',
  'principal',
  'executive',
]);
const HONORIFICS = new Set(['cllr', 'councillor', 'mr', 'mrs', 'ms', 'miss', 'dr', 'prof']);

/** Other names for subjects the plan covers; each is attached to the area whose keyword it names. */
const SYNONYMS: Record<string, readonly string[]> = {
  // In practice words: "helping children understand their own history", "finding children permanent homes".
  'life story': ['lifestory', 'life stories', 'life story books', 'life story work', 'later life letter', 'own history', 'their history', 'life history'],
  'children looked after': [
    'looked after children',
    'lac',
    'children in care',
    'child in care',
    'child looked after',
    'looked after',
    'cared for children',
    'children we look after',
  ],
  'care leavers': ['care leaver', 'leaving care', 'care experienced'],
  'quality assurance': ['qa', 'assurance'],
  'management oversight': ['managerial oversight', 'manager oversight'],
  supervision: ['supervisions'],
  'private fostering': ['privately fostered'],
  'homeless young people': ['homeless 16 17 year olds', 'homeless teenagers', 'homelessness', 'youth homelessness', 'homeless'],
  'return home interviews': ['return home interview', 'rhi', 'rhis', 'missing children interviews'],
  'case recording': ['case notes'],
  permanence: ['permanency', 'permanence planning', 'permanent homes', 'permanent home', 'permanent families', 'forever homes', 'forever families'],
  'quality of plans': ['plan quality', 'planning quality', 'quality of planning', 'quality of children plans', 'quality of childrens plans'],
  partnership: ['partners', 'partnerships', 'multi agency', 'multiagency', 'partner agencies'],
  'corporate parenting': ['corporate parent', 'corporate parents'],
  neglect: ['neglected children', 'neglect strategy'],
  'transfer points': ['transfer point', 'changes of social worker', 'change of social worker', 'change social worker', 'changing social worker'],
};

function phraseWords(phrase: string): string[] {
  const words = tokens(phrase).filter((word) => !FILLER_WORDS.has(word));
  return words.length > 0 ? words : tokens(phrase);
}

/** Plural and possessive forms of a name: "audits", "carers", "leavers" (not "recorded" for "recording"). */
function sameWordForm(asked: string, known: string): boolean {
  const [shorter, longer] = asked.length <= known.length ? [asked, known] : [known, asked];
  const ending = longer.slice(shorter.length);
  return (longer.startsWith(shorter) && (ending === 's' || ending === 'es')) || (shorter.endsWith('y') && longer === `${shorter.slice(0, -1)}ies`);
}

type NearWords = (word: string, edits: 1 | 2) => ReadonlySet<string>;

/** The known words within one or two edits of a word, by minisearch's fuzzy search: the one fuzzy matcher. */
function nearWords(known: Iterable<string>): NearWords {
  const index = new MiniSearch<{ id: number; word: string }>({
    fields: ['word'],
    storeFields: ['word'],
    tokenize: (text) => [text],
    processTerm: (term) => term,
  });
  index.addAll([...new Set(known)].map((word, id) => ({ id, word })));
  const cache = new Map<string, ReadonlySet<string>>();
  return (word, edits) => {
    const key = `${edits}:${word}`;
    let found = cache.get(key);
    if (!found) {
      found = new Set(index.search(word, { fuzzy: edits, prefix: false }).map((result) => String(result.word)));
      if (cache.size > 20_000) cache.clear();
      cache.set(key, found);
    }
    return found;
  };
}

/** The same word, a plural or possessive of it, or (fuzzy) one slip away, two in a long word, with the same first letter. */
function wordsMatch(asked: string, known: string, fuzzy: boolean, near: NearWords): boolean {
  if (asked === known) return true;
  if (!/^[a-z]+$/.test(asked) || !/^[a-z]+$/.test(known)) return false;
  if (sameWordForm(asked, known)) return true;
  if (!fuzzy) return false;
  const shorter = Math.min(asked.length, known.length);
  if (shorter < 5 || asked[0] !== known[0]) return false;
  // Two real words are not slips of one another: "retaining" is not "remaining".
  // Nor are two forms of one word ("delivery" is not "delivered"): only an inflection is the same word.
  if (relatedWords(asked).known && relatedWords(known).known && stemWord(asked) !== stemWord(known)) return false;
  // "overdeu": two letters swapped is one slip of the keyboard.
  return isSwap(asked, known) || near(asked, shorter >= 8 ? 2 : 1).has(known);
}

/** The stems of a word's other forms in the dictionary: "retaining" has those of "retain" and "retention". */
function formStems(word: string): readonly string[] {
  return relatedWords(word).forms.map(stemWord);
}

/** Two words that are forms of one another ("retaining", "retention"), beyond what the stemmer joins. */
function relatedForm(asked: string, known: string): boolean {
  const askedStem = stemWord(asked);
  const knownStem = stemWord(known);
  return askedStem === knownStem || formStems(asked).includes(knownStem) || formStems(known).includes(askedStem);
}

/** Two neighbouring letters swapped ("mosiac"): one slip of the keyboard, though two edits. */
function isSwap(asked: string, known: string): boolean {
  if (asked.length !== known.length) return false;
  const differ = [...asked].flatMap((letter, index) => (letter === known[index] ? [] : [index]));
  const [first, second] = differ;
  return differ.length === 2 && first !== undefined && second === first + 1 && asked[first] === known[second] && asked[second] === known[first];
}

function searchTerm(word: string): string | null {
  const lower = word.toLowerCase();
  if (FILLER_WORDS.has(lower)) return null;
  return stemWord(lower);
}

type LexiconInput = PlanFacts & Readonly<{ planName: string; council: string }>;

/** "Re-referral" is also found as "rereferral": hyphenated pairs, written as one word. */
function joinedPairs(text: string): string {
  return [...text.toLowerCase().matchAll(/\b([a-z]+)-([a-z]+)\b/g)].map((match) => `${match[1]}${match[2]}`).join(' ');
}

/** The phrases that fill a slot: status and intent words, areas by name and keyword, people by name and job title. */
function phraseEntries(input: LexiconInput, usedInActions: (words: readonly string[]) => boolean): Entry[] {
  const entries: Entry[] = [];
  const add = (phrase: string, slot: Slot, fuzzy = true): void => {
    const words = phraseWords(phrase);
    if (words.length > 0) entries.push({ words, slot, fuzzy });
    // "life story" is also typed "lifestory".
    if (words.length === 2 && words.every((word) => /^[a-z]+$/.test(word))) entries.push({ words: [words.join('')], slot, fuzzy });
  };

  // Little words matter in status phrases ("on hold", "waiting on"), so they are kept.
  for (const [status, phrases] of Object.entries(STATUS_PHRASES) as Array<[StatusWord, readonly string[]]>) {
    for (const phrase of phrases) entries.push({ words: tokens(phrase), slot: { kind: 'status', status }, fuzzy: phrase.length > 5 });
  }
  for (const [cue, phrases] of Object.entries(CUE_PHRASES) as Array<[Cue, readonly string[]]>) {
    for (const phrase of phrases) entries.push({ words: tokens(phrase), slot: { kind: 'cue', cue }, fuzzy: phrase.length > 6 });
  }

  let stems: Set<string> | undefined;
  const actionStems = (): Set<string> => (stems ??= new Set(input.actions.flatMap((action) => tokens(`${action.title} ${action.measure}`).map(stemWord))));
  // "LSW" for life story work, "RHIs" for return home interviews: an area's name of three words or more by its initials,
  // when the initials are no word of their own and no other area's name gives them.
  const initials = new Map<string, number | null>();
  for (const area of input.areas) {
    for (const name of [area.shortTitle, ...area.keywords]) {
      const words = phraseWords(name);
      if (words.length < 3 || !words.every((word) => /^[a-z]+$/.test(word))) continue;
      const letters = words.map((word) => word.charAt(0)).join('');
      if (relatedWords(letters).known) continue;
      const known = initials.get(letters);
      initials.set(letters, known === undefined || known === area.number ? area.number : null);
    }
  }
  for (const [letters, area] of initials) if (area !== null) entries.push({ words: [letters], slot: { kind: 'area', area }, fuzzy: false });

  for (const area of input.areas) {
    const slot: Slot = { kind: 'area', area: area.number };
    add(area.shortTitle, slot);
    for (const keyword of area.keywords) add(keyword, slot);
    const names = [area.shortTitle, ...area.keywords].map((name) => phraseWords(name).join(' '));
    // "Retaining social workers": another form of a one-word name ("retain" for "retention"), where the actions do not use it themselves.
    for (const name of names) {
      if (name.includes(' ')) continue;
      for (const form of relatedWords(name).forms) {
        if (form.length < 5 || actionStems().has(stemWord(form))) continue;
        // The name matcher compares words as written, so the everyday endings of a verb are added too.
        const root = form.endsWith('e') ? form.slice(0, -1) : form;
        for (const written of new Set([form, `${root}ing`, `${root}ed`, `${form}s`])) add(written, slot, false);
      }
    }
    for (const [canonical, others] of Object.entries(SYNONYMS)) {
      if (names.includes(phraseWords(canonical).join(' '))) for (const other of others) add(other, slot);
    }
  }

  const titlePhrases = new Map<string, Set<string>>();
  const addPersonPhrase = (phrase: string, personId: string): void => {
    const key = phraseWords(phrase).join(' ');
    if (!key) return;
    const ids = titlePhrases.get(key) ?? new Set<string>();
    ids.add(personId);
    titlePhrases.set(key, ids);
  };
  for (const person of input.people) {
    const nameWords = tokens(person.name).filter((word) => !HONORIFICS.has(word));
    const first = nameWords[0];
    const last = nameWords[nameWords.length - 1];
    addPersonPhrase(nameWords.join(' '), person.id);
    if (first) addPersonPhrase(first, person.id);
    if (last && last !== first) {
      addPersonPhrase(last, person.id);
      for (const honorific of HONORIFICS) addPersonPhrase(`${honorific} ${last}`, person.id);
    }
    const titleWords = phraseWords(person.jobTitle);
    for (let start = 0; start < titleWords.length; start += 1) {
      for (let end = start + 1; end <= titleWords.length; end += 1) {
        const part = titleWords.slice(start, end);
        if (!part.some((word) => ROLE_NOUNS.has(word))) continue;
        // "Social worker pay": part of a title that the plan's actions use as words is their subject, not the person.
        if (end - start < titleWords.length && usedInActions(part)) continue;
        addPersonPhrase(part.join(' '), person.id);
        // "Head of QA", "Head of QA and Performance": a run of the words after the role said by their initials.
        const role = part.findIndex((word) => ROLE_NOUNS.has(word));
        const after = part.slice(role + 1);
        if (role >= 0 && after.length >= 2 && after.every((word) => !ROLE_NOUNS.has(word) && /^[a-z]{3,}$/.test(word))) {
          for (let from = 0; from < after.length - 1; from += 1) {
            for (let to = from + 2; to <= after.length; to += 1) {
              const initials = after
                .slice(from, to)
                .map((word) => word.charAt(0))
                .join('');
              addPersonPhrase([...part.slice(0, role + 1), ...after.slice(0, from), initials, ...after.slice(to)].join(' '), person.id);
            }
          }
        }
      }
    }
    // "Democratic services", "workforce development": a title said without its role noun names its holder, where
    // those words name nothing in the plan itself.
    const role = titleWords.findIndex((word) => ROLE_NOUNS.has(word));
    const rest =
      role === titleWords.length - 1 ? titleWords.slice(0, role) : role === 0 && ['of', 'for'].includes(titleWords[1] ?? '') ? titleWords.slice(2) : [];
    if (rest.length >= 2 && !rest.some((word) => ROLE_NOUNS.has(word)) && !usedInActions(rest)) addPersonPhrase(rest.join(' '), person.id);
    // "Head of the virtual school" for the Virtual School Head, "fostering head" for the Head of Fostering: the title turned round.
    const roleWord = titleWords[role] ?? '';
    if (rest.length >= 1 && !rest.some((word) => ROLE_NOUNS.has(word))) {
      if (role === titleWords.length - 1)
        for (const joint of ['of', 'of the', 'for', 'for the']) addPersonPhrase(`${roleWord} ${joint} ${rest.join(' ')}`, person.id);
      else addPersonPhrase(`${rest.join(' ')} ${roleWord}`, person.id);
    }
    // The cabinet member for children is the council's statutory "lead member" for children's services.
    if (/cabinet member/i.test(person.jobTitle) && /children/i.test(person.jobTitle)) {
      addPersonPhrase('lead member', person.id);
      addPersonPhrase('portfolio holder', person.id);
    }
    // The statutory Director of Children's Services is usually the executive director for children.
    if (/executive director/i.test(person.jobTitle) && /children/i.test(person.jobTitle)) {
      addPersonPhrase("director of children's services", person.id);
      addPersonPhrase('dcs', person.id);
    }
  }
  for (const [phrase, ids] of titlePhrases) {
    entries.push({ words: phrase.split(' '), slot: { kind: 'person', ids: [...ids].sort() }, fuzzy: true });
  }
  return entries;
}

const BE_WORDS = new Set(['is', 'are', 'was', 'were', 'be', 'being', 'been', 'get', 'gets', 'getting']);
/** "recorded under minute 23", "recorded at the meeting": where or when, not the activity. */
const AFTER_PASSIVE = new Set(['under', 'at', 'in', 'on', 'by', 'for', 'from', 'as', 'against']);

/** The word after an adjective: a noun, not a preposition, a joining word or the end of the question. */
const ADJECTIVE_BEFORE = /^(?!(?:under|at|by|in|on|for|to|with|as|from|into|and|or|but|the|a|an|yet|so|if|is|are|was|were)$)[a-z]{3,}$/;

/** Longest match of the phrases at a position, with small typo tolerance. */
function phraseMatcher(entries: readonly Entry[]): Lexicon['match'] {
  const byFirstWord = new Map<string, Entry[]>();
  for (const entry of entries) {
    const first = entry.words[0];
    if (first === undefined) continue;
    const list = byFirstWord.get(first) ?? [];
    list.push(entry);
    byFirstWord.set(first, list);
  }
  // Near misses are looked for only among words with the same first letter.
  const firstWordsByLetter = new Map<string, string[]>();
  for (const first of byFirstWord.keys()) {
    const list = firstWordsByLetter.get(first[0] ?? '') ?? [];
    list.push(first);
    firstWordsByLetter.set(first[0] ?? '', list);
  }

  const near = nearWords(entries.flatMap((entry) => entry.words));
  const matchEntry = (words: readonly string[], start: number, entry: Entry): number | undefined => {
    let position = start;
    for (let index = 0; index < entry.words.length; index += 1) {
      const expected = entry.words[index] ?? '';
      // Little joining words may sit between the words of a name: "AD for corporate parenting".
      while (index > 0 && position < words.length && FILLER_WORDS.has(words[position] ?? '') && !FILLER_WORDS.has(expected)) position += 1;
      const word = words[position];
      // After the first word of a name, another form of a word still fits it: "quality assuring" is "quality assurance".
      const sameStem =
        ((index > 0 || entry.words.length > 1) &&
          word !== undefined &&
          word.length > 4 &&
          /^[a-z]+$/.test(word) &&
          // "Open on tracking" is not "on track": a status does not take a gerund for its word.
          !(entry.slot.kind === 'status' && word.endsWith('ing') && !expected.endsWith('ing')) &&
          relatedForm(word, expected)) ||
        // "neglected children": an area's word as the adjective before a noun (not "recorded under minute 23").
        (entry.slot.kind === 'area' &&
          entry.words.length === 1 &&
          word !== undefined &&
          (word === `${expected}ed` || word === `${expected}d`) &&
          ADJECTIVE_BEFORE.test(words[position + 1] ?? '')) ||
        // "how cases are recorded": the area's activity as a verb in the passive (a gerund, as in
        // "recruiting foster carers", may be another area's activity).
        (entry.slot.kind === 'area' &&
          entry.words.length === 1 &&
          word !== undefined &&
          word !== expected &&
          word.length > 5 &&
          word.endsWith('ed') &&
          BE_WORDS.has(words[position - 1] ?? '') &&
          !AFTER_PASSIVE.has(words[position + 1] ?? '') &&
          relatedForm(word, expected));
      if (word === undefined || !(sameStem || wordsMatch(word, expected, entry.fuzzy, near))) return undefined;
      position += 1;
    }
    return position;
  };

  return (words, start) => {
    const word = words[start];
    if (word === undefined) return undefined;
    let best: Match | undefined;
    const candidates = byFirstWord.get(word) ?? [];
    const fuzzyCandidates = /^[a-z]+$/.test(word)
      ? (firstWordsByLetter.get(word[0] ?? '') ?? [])
          .filter((first) => first !== word && (wordsMatch(word, first, true, near) || relatedForm(word, first)))
          .flatMap((first) => byFirstWord.get(first) ?? [])
      : [];
    // Exact first words are tried first, so on a tie of length they win over a near miss.
    for (const entry of [...candidates, ...fuzzyCandidates]) {
      // A lone role word names a person only as written: "members" are the committee, not the Cabinet Member.
      if (entry.slot.kind === 'person' && entry.words.length === 1 && ROLE_NOUNS.has(entry.words[0] ?? '') && word !== entry.words[0]) continue;
      const end = matchEntry(words, start, entry);
      if (end !== undefined && (!best || end > best.end)) {
        const last = entry.words[entry.words.length - 1] ?? '';
        const asked = words[end - 1] ?? '';
        const plural = entry.slot.kind === 'person' && ROLE_NOUNS.has(last) && asked !== last && (asked === `${last}s` || asked === `${last}es`);
        best = { start, end, slot: entry.slot, ...(plural ? { plural } : {}) };
      }
    }
    return best;
  };
}

/** Full-text search of action wording (stemmed, fuzzy; hyphenated pairs also as one word), and of areas' wording for "did you mean". */
function textSearch(input: LexiconInput): Pick<Lexicon, 'searchActions' | 'rankActions' | 'closestAreas'> {
  // The terms the actions use, and how often, noted as the index takes them in.
  const indexedTerms = new Map<string, number>();
  let indexing = true;
  const actionIndex = new MiniSearch<{ id: string; title: string; measure: string; joined: string }>({
    fields: ['title', 'measure', 'joined'],
    storeFields: [],
    processTerm: (word) => {
      const term = searchTerm(word);
      if (indexing && term !== null) indexedTerms.set(term, (indexedTerms.get(term) ?? 0) + 1);
      return term;
    },
    searchOptions: {
      combineWith: 'AND',
      fuzzy: (term) => (term.length >= 9 ? 2 : term.length >= 5 ? 1 : false),
      prefix: (term) => term.length >= 6,
      weights: { fuzzy: 0.5, prefix: 0.6 },
    },
  });
  actionIndex.addAll(
    input.actions.map((action) => ({
      id: action.id,
      title: action.title,
      measure: action.measure ?? '',
      joined: joinedPairs(`${action.title} ${action.measure ?? ''}`),
    })),
  );
  indexing = false;

  const areaIndex = new MiniSearch<{ id: number; text: string }>({
    fields: ['text'],
    processTerm: searchTerm,
    searchOptions: { combineWith: 'OR', fuzzy: (term) => (term.length >= 6 ? 1 : false), prefix: true },
  });
  areaIndex.addAll(
    input.areas.map((area) => ({
      id: area.number,
      text: [area.shortTitle, area.title, area.keywords.join(' '), area.outcomes ?? '', area.evidence ?? ''].join(' '),
    })),
  );

  // Whether the actions' wording holds a word, by its stem as the index does.
  const indexed = (word: string): boolean => {
    const term = searchTerm(word);
    return term !== null && indexedTerms.has(term);
  };
  /**
   * A word the actions use is searched as it is. One they never use is searched as its other
   * forms they do use ("retaining": "retention"), or else as its synonyms they use ("cut": "reduce").
   */
  const alternatives = (word: string): Query => {
    const related = relatedWords(word);
    // The word itself as the index searches it, or any of the others exactly.
    const orExactly = (others: readonly string[]): Query =>
      others.length === 0 ? word : { combineWith: 'OR', queries: [word, { fuzzy: false, prefix: false, combineWith: 'OR', queries: [...others] }] };
    // "Agency staffing" is also "agency staff": the word's own dictionary form, where it stems apart.
    if (indexed(word)) return orExactly(related.bases.filter((base) => searchTerm(base) !== searchTerm(word) && indexed(base)));
    const forms = related.forms.filter(indexed);
    return orExactly(forms.length > 0 ? forms : related.synonyms.filter(indexed));
  };

  return {
    searchActions(words) {
      const query = words.join(' ');
      if (!query.trim()) return [];
      return actionIndex
        .search({ combineWith: 'AND', queries: words.filter((word) => searchTerm(word) !== null).map(alternatives) })
        .map((result) => ({ id: String(result.id), score: result.score }));
    },
    rankActions(words) {
      // A word in a great many actions tells none of them apart (and would make ranking read them all).
      const common = Math.max(50, input.actions.length * 0.02);
      const usable = words.filter((word) => {
        const term = searchTerm(word);
        return term !== null && (indexedTerms.get(term) ?? 0) <= common;
      });
      if (usable.length === 0) return [];
      return actionIndex
        .search({ combineWith: 'OR', queries: usable.map((word) => ({ combineWith: 'OR', queries: [alternatives(word)] })) })
        .map((result) => ({ id: String(result.id), score: result.score, matched: new Set(result.queryTerms).size }));
    },
    closestAreas(words) {
      const query = words.join(' ');
      if (!query.trim()) return [];
      return areaIndex.search(query).map((result) => Number(result.id));
    },
  };
}

/** The agenda items' own words, by meeting ("Workforce", "Children We Care For"), not the programme's name. */
function meetingWordsOf(input: LexiconInput): Map<string, ReadonlySet<string>> {
  const planNameWords = new Set([...tokens(input.planName), 'children', 'first', 'improvement', 'update', 'report']);
  const meetingWords = new Map<string, ReadonlySet<string>>();
  for (const meeting of input.meetings) {
    const words = meeting.items
      .flatMap((item) => tokens(item.title))
      .filter((word) => !FILLER_WORDS.has(word) && !planNameWords.has(word) && !GENERIC_WORDS.has(word) && !/^\d/.test(word));
    meetingWords.set(meeting.id, new Set(words.map(stemWord)));
  }
  return meetingWords;
}

/** The plan's own words: whether a word is one of them (by stem, or one slip away), and which one a slip meant. */
/** The word as typed, and without a plural "s" ("protocals" -> "protocal"). */
function withoutPlural(word: string): string[] {
  return /^[a-z]{5,}s$/.test(word) && !word.endsWith('ss') ? [word, word.slice(0, -1)] : [word];
}

/** Single status words a typed slip may stand for. */
const STATUS_SPELLINGS = ['overdue', 'outstanding', 'completed', 'complete', 'finished', 'blocked', 'started', 'progress', 'cancelled', 'underway'];
const nearStatus = nearWords(STATUS_SPELLINGS);

function vocabularyOf(input: LexiconInput): Pick<Lexicon, 'usesWord' | 'correct' | 'knowsWord' | 'statusSlip'> {
  const vocabulary = new Set<string>();
  const surface = new Set<string>();
  const addWords = (text: string): void => {
    for (const word of [...tokens(text), ...joinedPairs(text).split(' ').filter(Boolean)]) {
      if (!/^[a-z]{3,}$/.test(word) || FILLER_WORDS.has(word)) continue;
      vocabulary.add(stemWord(word));
      surface.add(word);
    }
  };
  for (const action of input.actions) addWords(`${action.title} ${action.measure ?? ''}`);
  for (const area of input.areas) addWords([area.shortTitle, area.title, area.keywords.join(' '), area.outcomes ?? '', area.evidence ?? ''].join(' '));
  for (const others of Object.values(SYNONYMS)) addWords(others.join(' '));
  for (const person of input.people) addWords(`${person.name} ${person.jobTitle}`);
  for (const meeting of input.meetings) addWords(meeting.items.map((item) => item.title).join(' '));
  const nearStems = nearWords(vocabulary);
  const nearSurface = nearWords(surface);

  const surfaceByLetter = new Map<string, string[]>();
  for (const known of surface) {
    const list = surfaceByLetter.get(known[0] ?? '') ?? [];
    list.push(known);
    surfaceByLetter.set(known[0] ?? '', list);
  }

  return {
    usesWord: (word) => surface.has(word),
    correct(word) {
      if (!/^[a-z]{4,}$/.test(word) || surface.has(word)) return undefined;
      // "trng", "sprvsn": a word typed without its vowels is the one plan word with those consonants.
      if (/^[b-df-hj-np-tv-z]{4,8}$/.test(word)) {
        const fits = (surfaceByLetter.get(word[0] ?? '') ?? []).filter((known) => consonants(known) === word);
        return fits.length === 1 ? fits : undefined;
      }
      // One slip: two letters swapped, or (in a longer word) one letter wrong, missing or extra.
      // "Protocals": the slip may be in a plural of a word the plan has only in the singular.
      for (const typed of withoutPlural(word)) {
        const oneEdit = nearSurface(typed, 1);
        const near = (surfaceByLetter.get(typed[0] ?? '') ?? []).find(
          (known) => known !== typed && (isSwap(typed, known) || (Math.min(typed.length, known.length) >= 5 && oneEdit.has(known))),
        );
        if (near) return [near];
      }
      return undefined;
    },
    statusSlip(word) {
      // A word of six letters or more that is neither the plan's nor a dictionary word, one slip from a status word.
      if (!/^[a-z]{6,}$/.test(word) || STATUS_SPELLINGS.includes(word) || surface.has(word) || relatedWords(word).known) return undefined;
      const near = [...nearStatus(word, word.length >= 7 ? 2 : 1)].filter((known) => known[0] === word[0]);
      return near.length === 1 ? near[0] : undefined;
    },
    knowsWord(word) {
      const stemmed = stemWord(word);
      if (vocabulary.has(stemmed)) return true;
      if (/^[a-z]{4,}$/.test(word) && formStems(word).some((form) => vocabulary.has(form))) return true;
      return withoutPlural(word).some((typed) => {
        const stem = typed === word ? stemmed : stemWord(typed);
        return stem.length >= 5 && [...nearStems(stem, 1)].some((known) => known[0] === stem[0]);
      });
    },
  };
}

/** A word's consonants, a doubled one once: "training" is "trng". */
function consonants(word: string): string {
  return word.replace(/[aeiou]/g, '').replace(/(.)\1+/g, '$1');
}

/** Acronyms of the plan's own phrases of two to four words ("initial health assessments": IHA), each meaning one phrase only. */
const ACRONYM_ACTIONS = 5000;

/** "child in care" and "children in care": the same words, but for their endings. */
function samePhrase(a: readonly string[], b: readonly string[]): boolean {
  return a.length === b.length && a.every((word, at) => stemWord(word) === stemWord(b[at] ?? '') || word.slice(0, 4) === (b[at] ?? '').slice(0, 4));
}

function acronymsOf(input: LexiconInput): Lexicon['acronym'] {
  // Built on first use: most questions never need it, and a large plan has many phrases.
  type Initials = Map<string, string | null>;
  let built: { plain: Initials; withSmall: Initials } | undefined;
  const add = (found: Initials, phrase: readonly string[]): void => {
    const initials = phrase.map((word) => word.charAt(0)).join('');
    const known = found.get(initials);
    if (known === undefined) found.set(initials, phrase.join(' '));
    else if (known !== null && !samePhrase(known.split(' '), phrase)) found.set(initials, null);
  };
  const build = (): { plain: Initials; withSmall: Initials } => {
    const plain: Initials = new Map();
    const withSmall: Initials = new Map();
    // A council's plan has hundreds of actions; past a few thousand an acronym would fit many phrases anyway.
    for (const action of input.actions.slice(0, ACRONYM_ACTIONS)) {
      const all = tokens(`${action.title} ${action.measure}`).filter((word) => /^[a-z]+$/.test(word));
      const words = all.filter((word) => !FILLER_WORDS.has(word) && word.length >= 3);
      for (let start = 0; start < words.length; start += 1) {
        for (let size = 2; size <= 4 && start + size <= words.length; size += 1) add(plain, words.slice(start, start + size));
      }
      // "CiC" is children in care, "F2A" foster to adopt: the small words inside a phrase have letters too.
      for (let start = 0; start < all.length; start += 1) {
        for (let size = 3; size <= 4 && start + size <= all.length; size += 1) {
          const phrase = all.slice(start, start + size);
          const ends = [phrase[0] ?? '', phrase.at(-1) ?? ''];
          if (ends.some((word) => FILLER_WORDS.has(word)) || !phrase.slice(1, -1).some((word) => FILLER_WORDS.has(word))) continue;
          add(withSmall, phrase);
        }
      }
    }
    return { plain, withSmall };
  };
  return (word) => {
    built ??= build();
    const { plain, withSmall } = built;
    // "F2A": a digit said for "to" ("4" for "for") is one of the small words.
    const digits = /^[a-z][a-z0-9]{1,4}$/.test(word) && /\d/.test(word) && /[a-z]s?$/.test(word);
    const spelt = digits ? word.replace(/2/g, 't').replace(/4/g, 'f') : word;
    if (!/^[a-z]{2,5}$/.test(spelt)) return undefined;
    const single = spelt.endsWith('s') ? spelt.slice(0, -1) : undefined;
    const look = (map: Initials): string | undefined => map.get(spelt) ?? (single ? map.get(single) : undefined) ?? undefined;
    // A phrase with its small words ("child in care") is likelier than content words run together across phrases.
    return look(withSmall) ?? (digits ? undefined : look(plain));
  };
}

/** Whether some action's wording has these words side by side (by stem): found through the search index, not by reading every action. */
function usesPhrase(actions: readonly Action[], search: Pick<Lexicon, 'searchActions'>, words: readonly string[]): boolean {
  const positions = actionIndex(actions).positionById;
  const wanted = ` ${words.map(stemWord).join(' ')} `;
  return search
    .searchActions(words)
    .slice(0, 50)
    .some((hit) => {
      const action = actions[positions.get(hit.id) ?? -1];
      return action !== undefined && ` ${tokens(`${action.title} ${action.measure}`).map(stemWord).join(' ')} `.includes(wanted);
    });
}

/** "PIP", "CFPIP", "WSCC": the initials of the last three or more words of a name, as officers write it. */
function initialsOf(name: string): string[] {
  const words = tokens(name).filter((word) => !FILLER_WORDS.has(word));
  const out: string[] = [];
  for (let start = 0; start + 3 <= words.length; start += 1)
    out.push(
      words
        .slice(start)
        .map((word) => word[0] ?? '')
        .join(''),
    );
  return out;
}

export function buildLexicon(input: LexiconInput): Lexicon {
  const planWords = new Set([
    ...tokens(input.planName),
    ...tokens(input.council),
    ...initialsOf(input.planName),
    ...initialsOf(input.council),
    'children',
    'child',
    'first',
    'improvement',
    'plan',
    'plans',
    'practice',
    'council',
    'county',
    'service',
    'services',
    'social',
    'care',
  ]);

  const search = textSearch(input);
  return {
    ...vocabularyOf(input),
    acronym: acronymsOf(input),
    // A part of a job title that the actions use as words is a subject ("social worker pay").
    match: phraseMatcher(phraseEntries(input, (words) => usesPhrase(input.actions, search, words))),
    ...search,
    planWords,
    areas: input.areas,
    people: input.people,
    meetings: input.meetings,
    meetingWords: meetingWordsOf(input),
    meetingSaid: new Map(
      input.meetings.map((meeting) => [
        meeting.id,
        new Set(
          tokens([...meeting.items.map((item) => item.title), ...meeting.resolutions.map((resolution) => resolution.text)].join(' '))
            .filter((word) => /^[a-z]{3,}$/.test(word) && !FILLER_WORDS.has(word))
            .map(stemWord),
        ),
      ]),
    ),
  };
}
