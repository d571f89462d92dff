/**
 * Actions in minutes: "Action:" lines and "(Action: Clerk)" notes, commitments in the discussion
 * ("agreed to share", "undertook to", "would come back"), requests in decisions, and action logs.
 */
import { findFullDate } from './dates';
import { findDue } from './due';
import { BARE_VERB, clauseSubject, commitmentIn, inSentence, finishAction, isPronoun, MAX_SENTENCE, ownerPhrase, thatClause, type Commitment } from './clauses';
import { takeActionNote } from './resolutions';
import type { Unit } from './segments';
import { capitalise, sentences, squash } from './text';
import { isActionVerb } from './verbs';
import { containedShare, contentStems, sharedShare } from './words';

export type Draft = {
  owner: string | null;
  text: string;
  due: string | null;
  unit: number;
  item: number;
  /** From an action log: compared with every item's actions. */ log?: boolean;
};

/** "Action:", "ACTION –", "Action (Clerk):", "Agreed action:" at the start of a sentence. */
const ACTION_LINE =
  /^(?:agreed\s+|new\s+)?(?:action|actions|action point|action required|action by)(?:\s*\d{1,3}[a-z]?)?\s*(?:\(([^)]{1,60})\))?\s*[:–—-]\s*(.*)$/i;
/** "Paragraph 6.6 – NEET's – Further information requested": a point, and what was asked for on it. */
const INFORMATION_ASKED =
  /^(.{3,120}?)\s+[–—-]\s+((?:further|more|additional)?\s*(?:information|details|clarification|figures|data|an update|a breakdown))\s+(?:was\s+|were\s+)?(?:requested|required|to be provided|asked for|sought)\.?$/i;
/** A sentence about something done or promised before this meeting. */
const BACKGROUND =
  /\b(?:previously|(?:at|from|since)\s+(?:the|its|their)\s+(?:last|previous|earlier|prior)\s+meeting|last\s+meeting|further\s+to|as\s+(?:agreed|requested|promised|undertaken)\s+(?:at|by|in|previously|earlier|last)|following\s+(?:the|a|its)\s+request\s+(?:at|from|made)|had\s+(?:already\s+|previously\s+|earlier\s+|also\s+)?(?:agreed|undertaken|asked|requested|promised|committed|offered|been\s+(?:asked|requested|agreed|circulated|shared|provided|sent|tasked)))\b/i;
/** "At its meeting on 12 October the Committee agreed ...": an earlier meeting. */
const EARLIER_MEETING = /^(?:at|during)\s+(?:its|the|their|our)\s+(?:meeting|last meeting|previous meeting)\s+(?:on|in|of|held)\b/i;
/** What a member asked about or was concerned at: what "this" means in the answer that follows. */
const ASKED_ABOUT =
  /\b(?:asked\s+(?:about|for)|concerned\s+(?:about|at|by)|concerns?\s+(?:about|at|over)|requested|raised|queried|questioned|sought)\s+((?:a|an|the)\s+[^.;?!]{3,140})|\b(?:asked|queried|questioned)\s+((?:whether|if|how|what|why|when)\s+[^.;?!]{3,140}?)(?=\s+and\s+(?:the|a|an)\s+[A-Z]|[.;?!]|$)/i;
const TOPIC = /\b(?:on|about|regarding|concerning)\s+((?:the\s+)?[a-z][^,.;?!]{2,60})/i;
const REGARDING = /\b(?:about|regarding|concerning|in respect of)\s+((?:the|a|an)\s+[a-z][^,.;?!]{2,60})/i;

/** Verbs of passing a matter on or finding out about it, whose object alone ("notify WC", "write to owner") does not say what about. */
const PASS_ON = /^(?:notify|inform|write\s+to|contact|email|e-mail|phone|ring|speak\s+to|tell|advise|ask|chase|obtain|seek|get)\b/i;
/** "The road-side gullies are blocked again", "... that the procedure for a bye-law was very involved": what the paragraph is about. */
const MATTER =
  /(?:^|\bthat\s+|,\s+)((?:the\s+)?[A-Za-z][\w'’-]*(?:\s+(?!is\b|are\b|was\b|were\b)[\w'’-]+){0,6}?)\s+(?:is|are|was|were|has\s+been|have\s+been|had\s+been)\s+(?!asked|requested|agreed|noted|resolved)/i;
const NOT_A_MATTER =
  /^(?:it|this|that|there|he|she|they|we|i|the\s+clerk|clerk|the\s+chair(?:man)?|cllrs?\b.*|councillors?\b.*|mr\b.*|mrs\b.*|ms\b.*|members|the\s+council|council|all)$/i;

/** "Investigate other options", "obtain more advice": an object that says nothing of what it is for. */
const VAGUE_OBJECT =
  /^(?:investigate|explore|consider|look\s+(?:at|into)|seek|obtain|get|find|take)\s+(?:some\s+|other\s+|more\s+|further\s+|alternative\s+|legal\s+|expert\s+)*(?:options|advice|solutions|alternatives|quotes|quotations|ideas|guidance)$/i;
/** "Discuss with Malcolm and Tom", "liaise with the school": who with, but not what about. */
const WITH_WHOM = /^(discuss|meet|liaise|talk|speak|follow\s+up)\s+(with\s+.{2,60})$/i;
/** "Mentors for Children's Homes – This is still in hand.": the matter a paragraph names before its dash. */
const LEAD_MATTER = /^([A-Z][\w'’()&/-]*(?:\s+[\w'’()&/-]+){0,9}?)\s+[–—-]\s+\S/;

/** The matter a paragraph or the sentence before is about: "told the council about X", "X – ...", "X was blocked". */
function matterOf(before: string, paragraph: string, asked: boolean): string | undefined {
  const usable = (phrase: string | undefined): string | undefined => {
    const matter = phrase?.trim();
    return matter && !NOT_A_MATTER.test(matter) && matter.split(/\s+/).length >= 2 ? matter : undefined;
  };
  const about = asked ? usable(REGARDING.exec(before)?.[1]) : undefined;
  const lead = LEAD_MATTER.exec(paragraph)?.[1];
  const fromLead = usable(lead && !/\b(?:is|are|was|were|said|reported|asked|agreed)\b/i.test(lead) ? lead : undefined);
  return about ?? usable(MATTER.exec(before)?.[1]) ?? fromLead ?? usable(MATTER.exec(sentences(paragraph)[0] ?? '')?.[1]);
}

/** "Open days to take place across local stations": what a sentence tells of, before its verb. */
const THING_TOLD =
  /^(?:[•·*-]\s*)?((?:the\s+)?[A-Za-z][\w'’-]*(?:\s+[a-z][\w'’-]*){0,2}?(?:\s+(?:across|at|in|for)\s+(?:the\s+)?[a-z][\w'’-]*(?:\s+[a-z][\w'’-]*)?)?)\s+(?:to\s+(?:take\s+place|be\s+held|run|start|begin)|(?:is|are|was|were|will\s+be|would\s+be)\s+(?:taking\s+place|being\s+held|planned|scheduled|arranged|held|running))\b/;

/**
 * "Notify WC", "Clerk to write to owner", "investigate other options", "discuss with Malcolm": a short
 * action told with the matter the paragraph was about.
 */
/**
 * Where the matter of a short task is told: the sentence's own words before its last comma or dash when they tell
 * of something ("A tree survey has been listed for action – Cllr M will chase"), else the sentence before too.
 */
function matterBefore(before: string, sentence: string): string {
  const own = sentence.slice(0, Math.max(0, sentence.search(/(?:,|\s[–—-])\s[^,–—]*$/))).replace(/^\[[a-z\d]\]\s+/i, '');
  if (/^(?:the\s+|an?\s+)?[A-Za-z][\w'’-]*(?:\s+[\w'’-]+){0,14}?\s+(?:is|are|has\s+been|have\s+been)\s/i.test(own)) return own;
  return `${before} ${sentence.slice(0, Math.max(0, sentence.search(/,[^,]*$/)))}`.trim();
}

function completeShort(text: string, before: string, paragraph: string): string {
  // "Abbots Way Pond: No further developments. Mrs Ernest to pursue.": pursue the matter named.
  if (BARE_VERB.test(text)) {
    const lead = /^([A-Z][^:–—.]{2,80}?)\s*(?::|\s[–—-]\s)/.exec(before)?.[1];
    // "The road by the side of the canal ... is in a very poor condition. Cllr X to investigate.": the road.
    const subject =
      /^((?:the\s+)?[A-Za-z][\w'’-]*(?:\s+(?!is\b|are\b|was\b|were\b|has\b|have\b)[\w'’-]+){1,14}?)\s+(?:is|are|was|were|has\s+been|have\s+been)\b/i.exec(
        before,
      )?.[1];
    const matter =
      lead && !/\b(?:is|are|was|were|has|have|had|been|said|reported|asked|agreed)\b/i.test(lead)
        ? lead
        : subject && !NOT_A_MATTER.test(subject)
          ? subject
          : matterOf(before, paragraph, false);
    return matter ? `${text} ${inSentence(matter)}` : text;
  }
  // "Open days to take place across the stations. Details to be circulated.": details of what the sentence before told.
  const details = /^(\w+)\s+((?:the\s+|further\s+|more\s+)?(?:details|information|dates?))\b(?!\s+(?:of|on|about|regarding|for)\b)/i.exec(text);
  const told = details ? THING_TOLD.exec(before)?.[1] : undefined;
  if (details && told && !NOT_A_MATTER.test(told)) return `${details[0]} of ${inSentence(told)}${text.slice(details[0].length)}`;
  if (text.split(/\s+/).length > 6) return text;
  const withWhom = WITH_WHOM.exec(text);
  if (withWhom?.[1] && withWhom[2]) {
    const matter = matterOf(before, paragraph, true);
    return matter ? `${withWhom[1]} ${inSentence(matter)} ${withWhom[2]}` : text;
  }
  const vague = VAGUE_OBJECT.test(text);
  if (!vague && (!PASS_ON.test(text) || text.split(/\s+/).length > 4 || /\b(?:about|regarding|on|of|for|re)\b/i.test(text))) return text;
  const matter = matterOf(before, paragraph, vague);
  return matter ? `${text} about ${inSentence(matter)}` : text;
}

/** "Provide this", "raise it with ...", "a report on this subject": said with what they refer to. */
function completeObject(text: string, previous: string, unitText: string): string {
  const pronoun = /^(\w+(?:\s+(?:up|on|back|out|into|at|over|through))?)\s+(this|it|these|them)\b(?!\s+(?:is|was|were|are|would|will|has|had)\b)/i.exec(text);
  if (pronoun?.[1]) {
    const asked = ASKED_ABOUT.exec(previous);
    // "... contacted by a resident regarding the unsafe tree on the green. Cllr X promised to look into it.": what it was about.
    const about = (asked?.[1] ?? asked?.[2]?.replace(/^if\b/i, 'whether') ?? REGARDING.exec(previous)?.[1])?.trim();
    if (about) return `${pronoun[1]} ${about}${text.slice(pronoun[0].length)}`;
  }
  // "... questioned how the reshape would be configured and the Director agreed to provide details on this": on what was asked.
  const onThis = /\b(on|about|regarding)\s+(?:this|that|it)(?=\s+(?:after|at|before|by|in|following|outside)\b|\s*$)/i.exec(text);
  const askedHere = onThis ? ASKED_ABOUT.exec(`${previous} ${unitText}`) : undefined;
  const question = askedHere?.[1] ?? askedHere?.[2]?.replace(/^if\b/i, 'whether');
  if (onThis && question) return squash(`${text.slice(0, onThis.index)} ${onThis[1]} ${question.trim()}${text.slice(onThis.index + onThis[0].length)}`);
  const subject = /\b(?:on|about|regarding)\s+this\s+(?:subject|matter|issue|topic|area|point)\b/i.exec(text);
  if (subject) {
    const topic = TOPIC.exec(sentences(unitText)[0] ?? '')?.[1]?.trim();
    if (topic) return squash(`${text.slice(0, subject.index)} on ${topic}${text.slice(subject.index + subject[0].length)}`);
  }
  return text;
}

/** Heads of noun phrases that need no completing: the committee itself, meetings, people. */
const PLAIN_HEAD =
  /^(?:committee|sub-committee|panel|board|members?|meeting|council|chair|chairman|director|officers?|cabinet|group|end|time|week|month|year|summer|spring|autumn|winter)$/i;

function escapeRegExp(text: string): string {
  return text.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
}

/**
 * "the action plan" where the paragraph spoke of a "You said, we did" action plan; "the signed protocol"
 * where it spoke of a protocol with the district councils: the definite phrase told in full.
 */
function completeDefinite(text: string, context: string): string {
  let out = text;
  const definite = /\bthe\s+((?:[a-z][\w-]*\s+){0,2})([a-z][\w-]*)\b(?=\s+(?:with|to|for|at|by|and|before|after|outside|within)\b|[,.;]|$)/g;
  for (let match = definite.exec(text); match; match = definite.exec(text)) {
    const head = match[2] ?? '';
    const modifiers = (match[1] ?? '').trim();
    if (PLAIN_HEAD.test(head) || head.length < 4) continue;
    const phrase = `${modifiers ? `${modifiers} ` : ''}${head}`;
    const quoted = new RegExp(`[“"‘']([^”"’'\\n]{2,40})[”"’']\\s+${escapeRegExp(phrase)}\\b`, 'i').exec(context);
    if (quoted?.[1]) {
      out = out.replace(match[0], `the '${quoted[1].trim()}' ${phrase}`);
      continue;
    }
    const mention = new RegExp(
      `\\b(?:a|an)\\s+(?:[a-z][\\w-]*\\s+){0,2}?${escapeRegExp(head)}\\s+((?:with|for|between|about|on)\\s+(?:the\\s+|its\\s+|their\\s+)?[A-Za-z][\\w'’-]*(?:\\s+[a-z][\\w'’-]*){0,3}?)(?=\\s+(?:was|were|is|are|had|has|have|would|will|being|which|that)\\b|[,.;:]|$)`,
      'i',
    ).exec(context);
    if (mention?.[1]) out = out.replace(match[0], `${match[0]} ${mention[1].trim()}`);
  }
  return out;
}

/** The verbs of trying something out: "the results" are the results of what was tried. */
const TRIED =
  /\b(?:trialled|trialed|piloted|tested|ran|run|conducted|carried out|undertook|undertaken|commissioned|completed)\s+((?:a|an|the)\s+[^,.;]{3,80}?)(?=\s+(?:with|to|for|in|at|on|by|and|which|that)\b|[,.;]|$)/i;
const HOW_MANY = /\basked\s+(how many\s+[^.;?!]{3,120}|how much\s+[^.;?!]{3,120}|what proportion of\s+[^.;?!]{3,120}|the number of\s+[^.;?!]{3,120})/i;

/** "the results" of what was tried; "the figures" for what a member asked how many of. */
function completeGeneric(text: string, context: string, previous: string): string {
  const results = /\bthe\s+(results|findings|outcomes?|feedback|evaluation)\b(?!\s+(?:of|on|from|for)\b)/i.exec(text);
  const tried = results ? TRIED.exec(context) : undefined;
  if (results && tried?.[1])
    return `${text.slice(0, results.index + results[0].length)} of ${tried[1].replace(/^(?:a|an)\s+/i, 'the ')}${text.slice(results.index + results[0].length)}`;
  const figures = /\bthe\s+(?:latest\s+)?(?:figures|data|numbers|statistics)\b(?!\s+(?:of|on|for\s+(?!the\s+last)|about|showing)\b)/i.exec(text);
  const asked = figures ? HOW_MANY.exec(previous) : undefined;
  if (figures && asked?.[1]) return `${text.slice(0, figures.index + figures[0].length)} on ${asked[1].trim()}${text.slice(figures.index + figures[0].length)}`;
  return text;
}

/** When, not what: "at the next meeting", "in due course", "back". */
const WHEN_ONLY =
  /^(?:\s*(?:back|further|again|in\s+due\s+course|in\s+writing|(?:at|to|before|for)\s+(?:the\s+|a\s+)?(?:next|future|following|subsequent)\s+(?:meeting|committee|board)|next\s+(?:time|month|meeting)))*\s*$/i;
/** What an item or a line is about: "Feedback on X", "Update regarding X". */
const ABOUT = /\b(?:on|about|regarding|concerning|re:)\s+((?:the\s+)?[A-Za-z][^.;?!]{2,140}?)\s*(?:[.;?!]|$)/i;

/** "Advise at next meeting", "report back": a verb with no object is said with what the line before was about. */
function completeVague(text: string, previous: string): string {
  const verb = /^(advise|report|feed\s+back|update|inform|confirm|respond|reply|come\s+back|provide\s+an\s+update)\b(.*)$/i.exec(text);
  if (!verb?.[1] || !WHEN_ONLY.test(verb[2] ?? '')) return text;
  const topic = ABOUT.exec(previous)?.[1]?.trim();
  return topic ? `${verb[1]} on ${topic}${verb[2] ?? ''}` : text;
}

/** "She agreed.", "The Director agreed to do so.", "This was agreed.": yes to what the sentence before asked. */
const AGREED_ALONE =
  /^(?:[A-Z][\w.'’ -]{1,60}?\s+)?(?:agreed|confirmed\s+(?:that\s+)?(?:she|he|they)\s+would|undertook\s+to\s+do\s+so|was\s+happy\s+to\s+do\s+so|would\s+do\s+so)(?:\s+to\s+(?:do\s+so|this|that))?\s*\.?$|^(?:this|that)\s+was\s+agreed\.?$/i;
/** "asked if the Head of Fostering could bring an update to the July meeting". */
const ASKED_IF_COULD =
  /\b(?:asked|requested|queried|wondered)\s+(?:if|whether)\s+(.{2,80}?)\s+(?:could|would|might|can|will)\s+(?:please\s+)?([a-z][^?]*?)[.?]?\s*$/i;

/** "RESOLVED:", "It was agreed that": the marker before a decision's own words. */
const DECISION_LEAD = /^(?:it\s+was\s+)?(?:unanimously\s+)?(?:resolved|agreed|decided)\b[\s:,–—-]*(?:that\s+)?/;

/** Text compared without case, spacing or closing stop. */
function folded(text: string): string {
  return squash(text)
    .toLowerCase()
    .replace(/[.;:\s]+$/, '');
}

/** Reporting verbs after a person: who was speaking, for "she" in the next sentence. */
const SPEAKER =
  /^(.{3,110}?)\s+(?:advised|said|explained|confirmed|stated|reported|noted|responded|replied|acknowledged|agreed|undertook|added|outlined|introduced|highlighted|presented|informed|told|clarified|indicated|commented|emphasised|stressed|assured|answered|gave|provided|led|welcomed|thanked)\b/;

/** "Clerk to circulate ...", "Head of Service – arrange ...", "Provide ... (Owner: X)": an action written as a note. */
export function readActionNote(
  body: string,
  context: { lastPerson: string | null; previous: string },
): { owner: string | null; text: string; due: string | null } | 'owner-only' | undefined {
  let words = squash(body).replace(/[.;]\s*$/, '');
  if (!/[A-Za-z]{2,}/.test(words)) return undefined;
  let owner: string | null = null;
  const tagged = /\s*[([]\s*(?:owner|lead|lead officer|responsible(?:\s+officer)?|by|action by|who)\s*[:–—-]\s*([^)\]]{1,80})[)\]]\s*$/i.exec(words);
  if (tagged?.[1]) {
    owner = squash(tagged[1]);
    words = words.slice(0, tagged.index);
  } else {
    // "Contact Housing regarding the leak. (A. Dawson)": a name in brackets after the action is its owner.
    const named =
      /[.;]\s*\(\s*((?:(?:Cllrs?|Councillor|Mr|Mrs|Ms|Miss|Dr)\.?\s+)?[A-Z][\w.'’-]*(?:\s+[A-Z][\w.'’-]*){0,3}(?:\s*(?:&|and|\/|,)\s*[A-Z][\w.'’-]*(?:\s+[A-Z][\w.'’-]*){0,2})*)\s*\)$/.exec(
        words,
      );
    if (named?.[1]) {
      owner = squash(named[1]);
      words = words.slice(0, named.index);
    }
  }
  const due = (text: string): string | null => findDue(text);
  // "Contact Environmental Management to ask ...": an imperative, whose object is not an owner.
  const imperative = owner !== null && isActionVerb(/^\w+/.exec(words)?.[0] ?? '');
  const commitment = imperative ? undefined : commitmentIn(words, context);
  if (commitment && (commitment.owner || !owner)) return { owner: owner ?? commitment.owner, text: commitment.text, due: due(commitment.rest) };
  const to = /^(.{1,90}?)\s*(?:\s(?:to|will|would|is to|are to|should)\s|[–—:]\s*|\s-\s)(\w[\w-]*)\b(.*)$/.exec(words);
  if (to?.[1] && to[2] && !imperative && (isActionVerb(to[2]) || /^(?:come|report|feed|follow|look)$/i.test(to[2]))) {
    const person = ownerPhrase(to[1]) ?? (/^[A-Z][\w'’-]*(?:\s+[A-Z][\w'’-]*){0,3}$/.test(to[1].trim()) ? to[1].trim() : null);
    if (person) return { owner: owner ?? person, text: finishAction(`${to[2]}${to[3] ?? ''}`), due: due(`${to[2]}${to[3] ?? ''}`) };
  }
  const first = (/^\w[\w-]*/.exec(words)?.[0] ?? '').toLowerCase();
  if (
    !owner &&
    !isActionVerb(first) &&
    words.split(/\s+/).length <= 8 &&
    (ownerPhrase(words) || /^[A-Z][\w'’-]*(?:[\s/,&]+(?:and\s+)?[A-Z][\w'’-]*){0,4}$/.test(words))
  )
    return 'owner-only';
  return { owner, text: finishAction(words), due: due(words) };
}

/** An action from a sentence that has none of the usual shapes (it carried "(Action: Clerk)"). */
function plainAction(sentence: string): { text: string; rest: string } {
  const frame = /^(?:.*?\b(?:agreed|requested|asked|noted|suggested)\s+that\s+)(.*)$/i.exec(sentence);
  const clause = frame?.[1] ?? sentence;
  const found = thatClause(clause, null);
  if (found) return { text: found.text, rest: found.rest };
  return { text: finishAction(clause.replace(/^that\s+/i, '')), rest: clause };
}

function speakerOf(sentence: string): string | null {
  const match = SPEAKER.exec(sentence);
  if (!match?.[1]) return null;
  // "David Atkinson, Locality Steward attended the meeting and reported the following:": who attended is who reported.
  const attended = /^(.{3,80}?)\s+(?:attended|joined|was\s+present\s+at)\s+the\s+meeting\s+and\s*$/i.exec(match[1]);
  const owner = ownerPhrase(attended?.[1] ?? clauseSubject(match[1]).subject);
  return owner && !isPronoun(owner) && !/^(?:members|the committee|the panel|the board|officers)$/i.test(owner) ? owner : null;
}

/** Actions in the discussion: every sentence of every paragraph the decisions and logs did not take. */
export function narrativeActions(
  units: readonly Unit[],
  skip: ReadonlySet<number>,
  itemOf: readonly number[],
  decided: ReadonlyMap<number, readonly string[]> = new Map(),
): Draft[] {
  const drafts: Draft[] = [];
  let lastPerson: string | null = null;
  let lastItem = Number.NaN;
  let lastDraft: Draft | undefined;
  let lastSentence = '';
  let lastUnit = -1;
  for (const unit of units) {
    const item = itemOf[unit.index] ?? -1;
    if (item !== lastItem) {
      lastPerson = null;
      lastItem = item;
      lastDraft = undefined;
      lastSentence = '';
    }
    const decisions = skip.has(unit.index) ? decided.get(unit.index)?.map(folded) : undefined;
    if ((skip.has(unit.index) && !decisions) || !unit.text) continue;
    // An "Action: Clerk" paragraph belongs to the paragraph just before it.
    let previous = unit.index === lastUnit + 1 ? lastSentence : '';
    let lastInUnit: Draft | undefined = unit.index === lastUnit + 1 ? lastDraft : undefined;
    const add = (draft: Draft): void => {
      // A bare verb whose matter could not be found says nothing anyone could act on.
      if (BARE_VERB.test(draft.text)) return;
      // "It was agreed that the following items will be added to the work plan:" and the items listed below it.
      const listed = /\bthe\s+following\b/i.test(draft.text) && /:\s*-?$/.test(unit.text) ? entriesBelow(units, unit.index) : [];
      if (listed.length > 0) draft.text = `${draft.text}: ${listed.join('; ')}`;
      drafts.push(draft);
      lastInUnit = draft;
      lastDraft = draft;
    };
    const paragraph = unit.text.slice(0, 20_000);
    // What "this", "the action plan" or "the results" refer to, from the sentences around.
    const complete = (text: string, before: string, sentence: string): string =>
      completeShort(
        completeVague(completeGeneric(completeDefinite(completeObject(text, before, paragraph), paragraph), `${before} ${sentence}`, before), before),
        matterBefore(before, sentence) || paragraph,
        paragraph,
      );
    for (const whole of sentences(paragraph)) {
      // "(5.6) Bramble along Church Walk - SV to request ...": the earlier minute's number is not part of what is said.
      // "Item 9 The air vent ...": a flattened list's earlier item number goes too.
      const sentence = whole
        .slice(0, MAX_SENTENCE)
        .replace(/^\(\d{1,3}(?:\.\d{1,3}){0,3}[a-z]?\)\s+/, '')
        .replace(/^Items?\s+\d{1,3}(?:\s*(?:&|and)\s*\d{1,3})*\s+(?=[A-Z])/, '');
      // The decision itself was read with the decisions; only the sentences around it are discussion.
      const bare = folded(whole).replace(DECISION_LEAD, '');
      if (decisions && decisions.some((decision) => decision.includes(bare) || bare.includes(decision) || decision.startsWith(bare.slice(0, 60)))) {
        previous = sentence;
        continue;
      }
      const context = { lastPerson, previous };
      const explicit = ACTION_LINE.exec(sentence);
      if (explicit) {
        const body = explicit[2] ?? '';
        const read = readActionNote(body, context);
        const labelOwner = explicit[1] ? squash(explicit[1]) : null;
        if (read === 'owner-only') {
          const owner = squash(body).replace(/[.;]$/, '');
          if (lastInUnit && lastInUnit.unit >= unit.index - 1) lastInUnit.owner = owner;
          else if (previous) {
            const made = plainAction(previous);
            add({ owner, text: complete(made.text, '', previous), due: findDue(made.rest), unit: unit.index, item });
          }
        } else if (read) {
          add({ owner: labelOwner ?? read.owner, text: complete(read.text, previous, sentence), due: read.due, unit: unit.index, item });
        } else if (labelOwner && previous && !lastInUnit) {
          const made = plainAction(previous);
          add({ owner: labelOwner, text: made.text, due: findDue(made.rest), unit: unit.index, item });
        }
        previous = sentence;
        continue;
      }
      // "Paragraph 6.6 – NEET's – Further information requested": information asked for on a point.
      const asked = INFORMATION_ASKED.exec(sentence);
      if (asked?.[1] && asked[2]) {
        const subject = asked[1].replace(/\s*[–—-]\s*/g, ' – ').replace(/^(paragraph\s+[\d.]+)\s+–\s+(.+)$/i, '$2 ($1)');
        add({ owner: null, text: `Provide ${asked[2].toLowerCase()} on ${subject}`, due: null, unit: unit.index, item });
        previous = sentence;
        continue;
      }
      const note = takeActionNote(sentence);
      if (!note.owner && (BACKGROUND.test(sentence) || EARLIER_MEETING.test(sentence))) {
        lastPerson = speakerOf(sentence) ?? lastPerson;
        previous = sentence;
        continue;
      }
      if (note.owner && !/[A-Za-z]{3,}/.test(note.text)) {
        // "(Action: Clerk)" on its own: the owner of what was just agreed.
        if (lastInUnit) lastInUnit.owner = note.owner;
        previous = sentence;
        continue;
      }
      // "Cllr A asked if the Head of Service could bring an update in July. She agreed.": the request, agreed to.
      const agreedTo = AGREED_ALONE.test(sentence) ? ASKED_IF_COULD.exec(previous) : null;
      if (agreedTo?.[1] && agreedTo[2] && isActionVerb(/^\w+/.exec(agreedTo[2])?.[0] ?? '')) {
        const asked = ownerPhrase(agreedTo[1]);
        const owner = asked && !isPronoun(asked) ? asked : speakerOf(sentence);
        add({ owner, text: complete(finishAction(agreedTo[2]), '', previous), due: findDue(agreedTo[2]), unit: unit.index, item });
        previous = sentence;
        continue;
      }
      const found: Commitment | undefined = commitmentIn(note.text, context);
      if (found || note.owner) {
        const made = found ?? plainAction(note.text);
        const owner = note.owner ?? (found ? found.owner : null);
        add({ owner, text: complete(made.text, previous, sentence), due: findDue(made.rest) ?? findDue(note.owner ?? ''), unit: unit.index, item });
        if (owner && !isPronoun(owner) && !/^(?:members|the committee|officers)$/i.test(owner)) lastPerson = owner;
      }
      lastPerson = speakerOf(sentence) ?? lastPerson;
      previous = sentence;
    }
    lastSentence = previous;
    lastUnit = unit.index;
  }
  return drafts;
}

/** The entries of a list below a paragraph that introduced it: marked lines, or short unmarked ones, up to the next full paragraph. */
function entriesBelow(units: readonly Unit[], index: number): string[] {
  const entries: string[] = [];
  for (let next = index + 1; next < units.length && entries.length < 20; next += 1) {
    const following = units[next];
    if (!following || following.minute || following.numberOnly) break;
    if (!following.text) continue;
    const short = following.text.split(/\s+/).length <= 14 && !/[.!?]$/.test(following.text);
    if (following.marker?.kind !== 'bullet' && !short) break;
    entries.push(following.text.replace(/[;,.]\s*$/, ''));
  }
  return entries;
}

/** The action a decision asks for, if it asks for one: "Requests a short briefing on ...", "That officers circulate ...". */
export function decisionAction(text: string, noteOwner: string | null): { owner: string | null; text: string; due: string | null } | undefined {
  // A recommendation to Cabinet or another body goes through that body's own response, not the tracker.
  if (
    !noteOwner &&
    /^(?:that\s+)?(?:the\s+)?(?:select\s+|scrutiny\s+)?(?:committee|sub-committee|panel|board)?\s*(?:therefore\s+|also\s+)?(?:recommends|RECOMMENDED|be recommended)\b|^(?:that\s+)?(?:it\s+be\s+)?recommended\b/i.test(
      text.trim(),
    )
  )
    return undefined;
  const context = { lastPerson: null, previous: '' };
  const sample = text.slice(0, MAX_SENTENCE * 2);
  // "That the Chair write to ...", "officers be asked to ...": the clause itself says who does what.
  let found: Commitment | undefined = /^(?:that|the|a|an|officers|members|all|this|these|any)\b/i.test(sample)
    ? thatClause(sample.replace(/^that[,\s]+/i, ''), null)
    : undefined;
  // "That authority be delegated to the Director, in consultation with the Cabinet Member, to finalise the Plan".
  const delegated = found ? undefined : DELEGATED.exec(sample);
  if (delegated?.[1] && delegated[2] && isActionVerb(delegated[2]) && !/^(?:make|agree|approve|decide|determine|take)$/i.test(delegated[2]))
    found = { owner: delegated[1].trim(), text: finishAction(`${delegated[2]}${delegated[3] ?? ''}`), rest: delegated[3] ?? '' };
  found ??= commitmentIn(sample, context);
  // "Agree that a further analysis is completed ...": the decision's own clause, when it asks nothing else.
  const agree = found ? undefined : /^agrees?\s+that\s+(.*)$/is.exec(sample);
  if (agree?.[1]) found = thatClause(agree[1], null);
  if (!found) {
    const infinitive = /^(?:to\s+)(\w[\w-]*)\b(.*)$/i.exec(sample);
    if (infinitive?.[1] && /^receive$/i.test(infinitive[1])) found = commitmentIn(`would like to receive${infinitive[2] ?? ''}`, context);
    else if (infinitive?.[1] && isActionVerb(infinitive[1]))
      found = { owner: null, text: finishAction(`${infinitive[1]}${infinitive[2] ?? ''}`), rest: infinitive[2] ?? '' };
    else found = thatClause(sample.replace(/^that\s+/i, ''), null);
  }
  if (!found && noteOwner) found = { owner: null, ...plainAction(sample) };
  if (!found) return undefined;
  return { owner: noteOwner ?? found.owner, text: withTopic(found.text, sample), due: findDue(found.rest) };
}

/**
 * The actions of a decision that asks two things with two subjects: "the Coordinator email all
 * members ... and the matter be given further consideration at the next meeting".
 */
export function decisionActions(decision: string, noteOwner: string | null): Array<{ owner: string | null; text: string; due: string | null }> {
  // "Agreed the Plan ... and can be submitted to the Board": what a decision allows is not a task.
  const text = /^(?:agreed|adopted|approved|noted|endorsed|supported|accepted|welcomed)\b/i.test(decision)
    ? decision.replace(/,?\s*(?:and\s+)?(?:can|could|may)\s+(?:now\s+)?be\s+[a-z]+ed\b[^;]*/i, '')
    : decision;
  const parts = text.split(/,?\s+and\s+(?=(?:that\s+)?(?:the|any|all)\s+(?:\S+\s+){0,6}?(?:be|is to|are to)\s+[a-z]{3,}\b)/i);
  const found = parts.length > 1 ? parts.map((part) => decisionAction(part, noteOwner)) : [decisionAction(text, noteOwner)];
  return found.filter((action): action is NonNullable<typeof action> => action !== undefined);
}

/** Authority delegated to a post "to <do something>". */
const DELEGATED = /\b(?:authority\s+)?(?:be|is|was|been)\s+delegated\s+to\s+(the\s+[^,;]{3,80}?)(?:,\s*[^,;]{0,120}?,)?\s+to\s+(\w+)(.*)$/i;

/** "Agrees that X continues ... and requests an update on the progress": the progress of X. */
function withTopic(action: string, decision: string): string {
  // "progress in the summer" is still vague; "progress in recruiting" is not.
  const vague =
    /\b(?:on|of|about)\s+(?:the\s+)?progress\b(?!\s+(?:of|on|with|against|made|being|towards|to|by)\b)(?!\s+in\s+(?!(?:the\s+)?(?:spring|summer|autumn|winter|new year|next|\d)))/i.exec(
      action,
    );
  if (!vague) return action;
  const topic = /\b(?:agrees?|notes?|recognises?|accepts?|acknowledges?)\s+that\s+(.{3,120}?)\s+(?:continues?|remains?|is|are|has|have|will|should)\b/i.exec(
    decision,
  )?.[1];
  if (!topic) return action;
  const at = vague.index + vague[0].length;
  return `${action.slice(0, at)} of ${topic.charAt(0).toLowerCase()}${topic.slice(1)}${action.slice(at)}`;
}

type Columns = { action: number; owner?: number; due?: number; status?: number; count: number };

const ACTION_COLUMN =
  /^(?:actions?(?:\s+(?:required|agreed|description|point))?|description|task|agreed action|what|item|issue\/action|action\s*\/\s*decision)$/i;
const OWNER_COLUMN = /^(?:owner|owners|responsible|responsibility|lead|lead officer|by whom|who|whom|officer|action by|responsible officer|assigned to)\??$/i;
const DUE_COLUMN = /^(?:due|due date|deadline|by when|date|target date|target|timescale|timescales|when|completion date|date due|by)$/i;
const STATUS_COLUMN = /^(?:status|progress|update|rag|rag status|comments?|outcome)$/i;

function cellsOf(raw: string): string[] {
  if (raw.includes('|')) {
    const parts = raw.split('|').map((cell) => cell.trim());
    if (parts[0] === '') parts.shift();
    if (parts[parts.length - 1] === '') parts.pop();
    return parts;
  }
  if (raw.includes('\t')) return raw.split('\t').map((cell) => cell.trim());
  return raw
    .trim()
    .split(/\s{3,}/)
    .map((cell) => cell.trim());
}

function columnsOf(cells: readonly string[]): Columns | undefined {
  if (cells.length < 2) return undefined;
  const find = (pattern: RegExp): number | undefined => {
    const index = cells.findIndex((cell) => pattern.test(cell.replace(/[:*]/g, '').trim()));
    return index >= 0 ? index : undefined;
  };
  const action = find(ACTION_COLUMN);
  const owner = find(OWNER_COLUMN);
  const due = find(DUE_COLUMN);
  if (action === undefined || (owner === undefined && due === undefined)) return undefined;
  const status = find(STATUS_COLUMN);
  return {
    action,
    count: cells.length,
    ...(owner !== undefined ? { owner } : {}),
    ...(due !== undefined ? { due } : {}),
    ...(status !== undefined ? { status } : {}),
  };
}

const DONE = /^(?:complete|completed|closed|done|discharged|actioned|achieved|finished|superseded)\b/i;
const NO_DATE = /^(?:ongoing|on-going|tbc|tba|n\/?a|none|-|–|asap\?|various)$/i;

function dueCell(cell: string | undefined): string | null {
  const text = squash(cell ?? '').replace(/^(?:by|before)\s+/i, '');
  if (!text || NO_DATE.test(text)) return null;
  return findFullDate(text)?.iso ?? text;
}

/** Rows of an action log under its header (columns split by "|", tabs or wide gaps). */
function tableRows(units: readonly Unit[], start: number, columns: Columns, item: (index: number) => number): { drafts: Draft[]; end: number } {
  const drafts: Draft[] = [];
  let index = start;
  for (; index < units.length; index += 1) {
    const unit = units[index];
    if (!unit) break;
    if (/^[\s|:+=-]+$/.test(unit.raw)) continue;
    const cells = cellsOf(unit.raw);
    if (cells.length < 2) break;
    const text = squash(cells[columns.action] ?? '');
    const owner = columns.owner !== undefined ? squash(cells[columns.owner] ?? '') : '';
    const due = columns.due !== undefined ? cells[columns.due] : undefined;
    const status = columns.status !== undefined ? squash(cells[columns.status] ?? '') : '';
    const last = drafts[drafts.length - 1];
    // A cell that wrapped onto the next row: its words continue the action above.
    if (last && text && !owner && !(due ?? '').trim() && /^[a-z(]/.test(text)) {
      last.text = finishAction(`${last.text} ${text}`);
      continue;
    }
    if (!text || DONE.test(status)) continue;
    const read = readActionNote(text, { lastPerson: null, previous: '' });
    const fromText = read && read !== 'owner-only' ? read : undefined;
    drafts.push({
      owner: owner || fromText?.owner || null,
      text: fromText?.text ?? finishAction(text),
      due: dueCell(due) ?? fromText?.due ?? null,
      unit: index,
      item: item(index),
      log: true,
    });
  }
  return { drafts, end: index };
}

/** A table of actions from earlier meetings (a tracker, matters arising): background, not this meeting's actions. */
const EARLIER =
  /\b(?:previous|earlier|last|prior)\s+meetings?\b|\bmatters\s+arising\b|\b(?:action|actions)\s+(?:tracker|update|progress|carried\s+forward)\b|\boutstanding\s+actions\b|\bprogress\s+(?:on|against)\s+(?:actions|previous)\b|\bcarried\s+forward\b|\brolling\s+action\b/i;
const THIS_MEETING =
  /\b(?:arising\s+from\s+(?:this|the)\s+meeting|(?:agreed|raised)\s+at\s+this\s+meeting|new\s+actions|from\s+this\s+meeting|actions\s+agreed)\b/i;

function trackerOfEarlierActions(units: readonly Unit[], header: number): boolean {
  for (let index = header - 1; index >= Math.max(0, header - 3); index -= 1) {
    const text = units[index]?.text ?? '';
    if (THIS_MEETING.test(text)) return false;
    if (EARLIER.test(text) && text.length < 200) return true;
  }
  return false;
}

const LOG_HEADING =
  /^(?:actions?|action points?|agreed actions|new actions|actions?\s+(?:arising|agreed|log|list|tracker|summary|from (?:the|this) meeting)|summary of (?:agreed\s+)?action points|action log|action tracker|action plan)\s*:?\s*$/i;
const LOG_END = /^(?:date of (?:the\s+)?next meeting|the meeting (?:ended|closed)|chair(?:man)?\s*$|signed\b|any other business|close of meeting)/i;

/**
 * Action logs: a table with Action / Owner / Due columns (as text, or one cell a line as .docx
 * extraction gives it), or a list under an "Actions:" heading.
 */
export function logActions(units: readonly Unit[], itemOf: readonly number[], stops: ReadonlySet<number>): { drafts: Draft[]; consumed: Set<number> } {
  const drafts: Draft[] = [];
  const consumed = new Set<number>();
  const item = (index: number): number => itemOf[index] ?? -1;
  for (let index = 0; index < units.length; index += 1) {
    const unit = units[index];
    if (!unit) continue;
    const columns = columnsOf(cellsOf(unit.raw));
    if (columns) {
      const rows = tableRows(units, index + 1, columns, item);
      if (!trackerOfEarlierActions(units, index)) drafts.push(...rows.drafts);
      for (let used = index; used < rows.end; used += 1) consumed.add(used);
      index = rows.end - 1;
      continue;
    }
    // One cell a line: "Action", "Owner", "Due date", then the rows.
    const cellUnits: string[] = [];
    for (let next = index; next < Math.min(units.length, index + 6); next += 1) {
      const text = units[next]?.text ?? '';
      if (
        ACTION_COLUMN.test(text) ||
        OWNER_COLUMN.test(text) ||
        DUE_COLUMN.test(text) ||
        STATUS_COLUMN.test(text) ||
        /^(?:no\.?|ref\.?|#|minute(?: ref)?)$/i.test(text)
      )
        cellUnits.push(text);
      else break;
    }
    const stacked = cellUnits.length >= 2 ? columnsOf(cellUnits) : undefined;
    if (stacked && !LOG_HEADING.test(unit.text)) {
      let next = index + cellUnits.length;
      const earlier = trackerOfEarlierActions(units, index);
      for (; next + stacked.count <= units.length; next += stacked.count) {
        const row = units.slice(next, next + stacked.count);
        if (row.some((cell) => LOG_END.test(cell.text) || stops.has(cell.index))) break;
        const status = stacked.status !== undefined ? (row[stacked.status]?.text ?? '') : '';
        const text = row[stacked.action]?.text ?? '';
        if (!text) break;
        if (!DONE.test(status) && !earlier) {
          drafts.push({
            owner: stacked.owner !== undefined ? row[stacked.owner]?.text || null : null,
            text: finishAction(text),
            due: dueCell(stacked.due !== undefined ? row[stacked.due]?.text : undefined),
            unit: next,
            item: item(next),
            log: true,
          });
        }
      }
      for (let used = index; used < next; used += 1) consumed.add(used);
      index = next - 1;
      continue;
    }
    if (LOG_HEADING.test(unit.text) && !unit.marker) {
      consumed.add(index);
      let next = index + 1;
      let listed = false;
      for (; next < units.length; next += 1) {
        const row = units[next];
        if (!row || LOG_END.test(row.text) || stops.has(next)) break;
        if (columnsOf(cellsOf(row.raw))) break;
        if (listed && !row.marker) break;
        const read = readActionNote(row.text, { lastPerson: null, previous: '' });
        if (!read || read === 'owner-only' || (!row.marker && !read.owner)) break;
        listed = listed || Boolean(row.marker);
        consumed.add(next);
        drafts.push({ ...read, unit: next, item: item(next), log: true });
      }
      index = next - 1;
    }
  }
  return { drafts, consumed };
}

/** Drops an action already found in the same item (a decision block printed twice, a note repeating a sentence). */
export function dedupeActions(drafts: readonly Draft[]): Draft[] {
  const kept: Draft[] = [];
  for (const draft of drafts) {
    const words = contentStems(draft.text);
    // An action log repeats what the discussion agreed: compared across items, and more loosely.
    const twin = kept.find((other) => {
      const logged = Boolean(other.log) !== Boolean(draft.log);
      if (other.item !== draft.item && !logged) return false;
      const theirs = contentStems(other.text);
      // The same request asked for and then agreed to ("asked for a breakdown of X" / "agreed to provide a breakdown of X by May").
      const contained = Math.min(words.size, theirs.size) >= 3 && containedShare(words, theirs) >= 0.85;
      return sharedShare(words, theirs) >= (logged ? 0.4 : 0.8) || contained;
    });
    if (twin) {
      // The log's wording, owner and date are the clerk's own: they win.
      if (draft.log && !twin.log)
        Object.assign(twin, { text: capitalise(draft.text), owner: draft.owner ?? twin.owner, due: draft.due ?? twin.due, log: true });
      else {
        twin.owner = twin.owner ?? draft.owner;
        twin.due = twin.due ?? draft.due;
      }
      continue;
    }
    kept.push({ ...draft, text: capitalise(draft.text) });
  }
  return kept;
}
