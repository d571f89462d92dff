/**
 * Decision blocks ("Resolved – That the Committee:", "RESOLVED:", "AGREED", "The Committee resolved:",
 * "It was agreed: -", "CONCLUDED that", "Decision:") and their entries, numbered by the minutes.
 */
import { isRoman, readMarker, romanValue, type Marker, type Unit } from './segments';
import { sentences, squash } from './text';

/** One decision as the minutes record it, before refs are settled. */
export type Entry = {
  text: string;
  /** The minute number of the paragraph that holds the decision ("39.8"), else the item's number. */
  base: string | null;
  /** How sure that base is: 2 the paragraph's own number, 1 the item's, 0 none. */
  baseRank: number;
  item: number;
  /** Units the block used, so the narrative reader skips them. */
  units: number[];
  /** "(Action: Clerk)" written against the decision. */
  actionOwner: string | null;
  /** The words read for what the decision asks, when not all of its text: wording it quotes for the minutes asks nothing. */
  asks?: string;
  /** Whether a strong marker ("RESOLVED") introduced it, or only "It was agreed that ...". */
  strong: boolean;
  /** The minutes of an earlier meeting approved, in narrative. */
  approval?: boolean;
  /** The only decision its marker introduced ("Unanimously AGREED to recommend APPROVAL"). */
  alone?: boolean;
};

const BODY = String.raw`(?:committee|sub-committee|panel|board|cabinet|council|forum|meeting|group|commission|members?|select committee)`;
/** Who decided, before the marker: "It was", "The Committee", "The Panel therefore". */
const WHO = new RegExp(
  String.raw`^(?:(?:it\s+was|the\s+${BODY}|members|this\s+${BODY})\s+(?:therefore\s+|then\s+|unanimously\s+|formally\s+|also\s+|further\s+)?|(?:unanimously|formally)\s+(?=RESOLVED|AGREED|[Rr]esolved))?`,
  'i',
);
/** Markers that always open a decision, whatever follows. */
const STRONG =
  /^(?:RESOLVED|AGREED|CONCLUDED|DECIDED|NOTED|RECOMMENDS|RECOMMENDED(?=\s*[–—-]?\s*(?:[Tt]hat|THAT|to|TO)\b)|[Rr]esolved|[Cc]oncluded(?=\s*(?:that|:|[-–—])))\b/;
/** "The Select Committee recommends that ...": a committee's recommendation is its decision (an agenda's "is RECOMMENDED to" is not). */
const RECOMMENDS =
  /^(?:the\s+)?(?:select\s+|scrutiny\s+|overview and scrutiny\s+)?(?:committee|sub-committee|panel|board)\s+(?:therefore\s+|also\s+|further\s+)?(?:recommends|RECOMMENDED)\b/i;
/** "Agreed:", "Agreed that", "It was agreed:", "The Committee agreed: -": a decision when it opens the paragraph. */
const AGREED_OPENING = /^(?:[Aa]greed|[Dd]ecided)\s*(?:that\s*)?(?=[:–—]|-\s|-$)/;
const AGREED_CAPITAL = /^(Agreed|Decided)\b(?:\s+(?:by all|unanimously|by (?:the )?(?:council|committee|meeting|members)))?\s*(?=[:–—-]|that\b|to\b)/;
/** "Decision:", "DECISIONS", "Resolution:", "Conclusions:" on a line of their own (or before the words). */
const LABEL = /^(?:decisions?|resolutions?|conclusions?|outcome|the committee's decision|decision of the \w+)(?:\s*[:.–—-]\s*|\s*$)/i;
/** "It was agreed that ...", "The Committee agreed to ...": a decision only where the item has no formal one. */
const WEAK = new RegExp(
  String.raw`^(?:it\s+was|(?:the\s+)?${BODY}|members|councillors|trustees|governors)\s+(?:therefore\s+|then\s+|unanimously\s+|also\s+|further\s+)?(?:agreed|decided|concluded|resolved)\s+(?:unanimously\s+|by\s+all\s+|by\s+a\s+majority\s+)?(?:that|to|not\s+to)\b`,
  'i',
);
const NOT_A_DECISION = /^(?:the\s+\w+\s+)?(?:recommended|recommendations?)\b|\bis\s+recommended\b|\bis\s+(?:asked|requested)\s+to\b/i;

/** Paragraphs after which a decision block is over. */
/** The minutes of an earlier meeting approved, in narrative: "were agreed as a true record", "taken as read, confirmed and signed". */
const MINUTES_APPROVED =
  /^(?:(?:with|after)\s+(?:these|this|the)\s+(?:amendments?|corrections?|changes?),?\s+)?(?:that\s+)?(?:the\s+)?(?:following\s+)?(?:draft\s+|ordinary\s+|confirmed\s+|unconfirmed\s+)?(?:minutes|notes)(?:\s+of\s+(?:the\s+)?(?:last\s+|previous\s+|ordinary\s+|planning\s+|(?:[A-Z][\w&'’-]*\s+){1,5})?(?:meeting|committee|panel|board|council|forum|group)s?\b[^.]{0,200}?)?(?:,\s+(?:which|that)\s[^,.]{0,100},)?\s+(?:were|was|are|be|have been)\s+(?:duly\s+|formally\s+|unanimously\s+)?(?:(?:considered|received|read|presented|circulated|amended),?\s+(?:and\s+)?)?(?:approved|agreed|confirmed|taken as read|signed|accepted|adopted|noted|received|passed)\b|^(?:the\s+)?(?:members|councillors|trustees|meeting|council|committee|panel|board|cabinet|forum|group)\s+(?:(?:received|considered|read)\s+and\s+)?(?:noted|agreed|approved|accepted|confirmed|adopted|ratified|signed)\s+(?:that\s+)?the\s+minutes\b|^(?:the\s+)?(?:draft\s+)?minutes\b[^.]{0,200}?\s(?:approved|agreed|confirmed|accepted|adopted)\s+(?:as\s+(?:a|an)\s+(?:true|correct|accurate)\s+record\s+)?by\s+(?:the\s+|all\s+)?(?:[A-Z][\w&'’-]*\s+){0,3}(?:members|councillors|committee|council|panel|board|commission|cabinet|forum)\b/i;
/** "These were agreed and signed by the Chairman", "They had been circulated and were read and signed": of the minutes a heading names. */
const THESE_APPROVED =
  /^(?:these|they)\b[^.]{0,60}?\b(?:were|was|have\s+been)\s+(?:duly\s+)?(?:\w+\s+and\s+)?(?:approved|agreed|confirmed|signed|accepted|adopted)\b/i;
/**
 * A motion put and carried, as parish minutes write it: "Proposed by Cllr A, seconded by Cllr B,
 * that £600 be donated ...", "DD proposed accepting the quote, DB seconded, agreed by all".
 */
const VOTE =
  /(?:^|(?<=[.!?]\s))[^.!?]{0,600}?\bproposed\b[^]{0,600}?\bsec(?:onded)?\b[^.!?]{0,600}[.!?]?(?:\s*(?:all in favour|agreed by all|passed[^.!?]*|carried[^.!?]*|unanimously agreed|unanimous)[.!?]?)?/i;

/** A vote that names no motion: who proposed and seconded, and how it went. */
const BARE_VOTE =
  /^(?:proposed|moved)\s+(?:by\s+)?(?:cllr\.?|councillor|mr|mrs|ms|dr)?\s*[\w.'’-]+(?:\s+[\w.'’-]+)?,?\s+(?:and\s+)?seconded\s+(?:by\s+)?(?:cllr\.?|councillor|mr|mrs|ms|dr)?\s*[\w.'’-]+(?:\s+[\w.'’-]+)?[,.;]?\s*(?:(?:all|unanimously)\s+(?:in\s+(?:favour|agreement)|agreed)|agreed\s+by\s+all|carried(?:\s+unanimously)?|unanimous)?\.?$/i;

/** "... subject to the following minor amendments:", "... amended to read as follows:": the words below belong to the decision. */
const INTRODUCES_WORDING = /\b(?:as follows|the following (?:minor\s+)?(?:amendments?|changes?|corrections?|wording)|to read)\s*:\s*-?$/i;

/** The paragraph below a decision that introduced its wording, unless a new item or decision starts there. */
function wordingBelow(units: readonly Unit[], index: number, itemStarts: ReadonlySet<number>): { text: string; units: number[] } | undefined {
  for (let next = index + 1; next < units.length; next += 1) {
    const following = units[next];
    if (!following || itemStarts.has(next) || openingOf(following.text)) return undefined;
    if (following.text) return { text: following.text, units: [next] };
  }
  return undefined;
}

/**
 * "AGREED: That the quotation be accepted" and "i) 6 cuts a year ... ii) 5 cuts ..." below it: the terms of a
 * decision already whole, a list that starts at its first entry ("i)", "a)", "1)").
 */
function termsBelow(units: readonly Unit[], index: number, itemStarts: ReadonlySet<number>): string[] {
  const terms: string[] = [];
  let kind: Marker['kind'] | undefined;
  for (let next = index + 1; next < units.length; next += 1) {
    const following = units[next];
    if (!following || itemStarts.has(next) || following.minute) break;
    if (!following.text) continue;
    const marker = following.marker;
    if (!marker || marker.kind === 'bullet' || marker.form === 'dot' || (kind === undefined && !/^(?:i|a|1)$/i.test(marker.label))) break;
    if (kind !== undefined && marker.kind !== kind && !(kind === 'letter' && isRoman(marker.label))) break;
    kind ??= marker.kind;
    if (openingOf(following.text)) break;
    terms.push(`${marker.label}) ${firstSentence(following.text)}`);
  }
  return terms;
}

/**
 * Decisions in narrative a parish writes: "Mrs Dubery was elected unanimously", "We appointed
 * Councillor Jones as Vice-Chair", "Payment of the clerk's salary was approved in the sum of £55".
 */
const NARRATIVE_DECISION =
  /^(?:(?:we|councillors|members|(?:the )?(?:council|committee|panel|board|forum|cabinet))\s+(?:unanimously\s+)?(?:elected|appointed|co-opted|approved|adopted|ratified)\s+\S|[A-Z](?:[^.]|(?<=\b[A-Z])\.){2,200}?\s(?:was|were)\s+(?:(?:presented|considered|received|discussed)\s+and\s+)?(?:duly\s+|unanimously\s+)?(?:re-?)?(?:elected|appointed|co-opted|approved|authori[sz]ed)\b(?!\s+(?:by|at|in)\s+(?:the\s+)?(?:cabinet|council|committee|board|panel|government|department)\b))/i;

/** "To approve the Statement of Accounts: Approved", "Execute the Governance Statement; Executed": an agenda line and its outcome. */
const OUTCOME_AFTER = /[:;–—]\s*(?:approved|agreed|executed|accepted|adopted|ratified|carried|resolved)(?:\s+(?:unanimously|by all))?\.?$/i;

/** "Report approved", "Minutes agreed": a decision written as a short line of its own. */
const SHORT_DECISION =
  /^(?!.*\b(?:was|were|is|are|been|actions?)\b)(?:the\s+)?[A-Za-z][\w'’-]*(?:\s+[\w'’-]+){0,3}\s+(?:approved|agreed|noted|accepted|adopted|endorsed|ratified)\.?$/i;

/** A short decision line, not a heading in capitals ("ACTIONS AGREED"). */
function isShortDecision(text: string): boolean {
  return SHORT_DECISION.test(text) && text !== text.toUpperCase();
}

/**
 * A decision whose RESOLVED the page lost, in the form only decisions take: "That the work
 * programme be approved;", "(a) the following members be appointed ...".
 */
const FORMAL_DECISION =
  /^(?:that\s+)?.{3,400}?\bbe\s+(?:and\s+(?:is|are)\s+hereby\s+)?(?:noted|approved|agreed|received|endorsed|adopted|accepted|authorised|authorized|appointed|confirmed|supported|deferred|ratified|signed|re-?appointed|elected)\b/i;

const BLOCK_END =
  /^(?:supporting documents|additional documents|background papers|the meeting (?:ended|closed|finished|concluded)|meeting (?:ended|closed)|(?:the\s+)?chair(?:man|person)?\s*$|signed\b|date of (?:the\s+)?next meeting|\(the meeting|minutes\s*:|agenda item\b|action log\b|actions?\s*:?\s*$|(?:summary of\s+)?action points?\b|present\s*:|reasons?(?:\s+for\s+(?:the\s+)?(?:decisions?|recommendations?))?\s*[:–—-]|alternative options\b|options considered\b|wards? affected\b|(?:the\s+)?meeting (?:adjourned|was adjourned))/i;

type Opening = { rest: string; strong: boolean };

/** Whether a paragraph opens a decision, and the words after the marker. */
export function openingOf(said: string): Opening | undefined {
  // "After discussions it was Resolved to ...": the discussion it followed comes first.
  const text = said.replace(
    /^(?:after|following)\s+(?:some\s+|further\s+|a\s+|the\s+|much\s+)?(?:discussions?|debate|consideration)\s*,?\s+(?=it\s+was\b|the\s+|members\b|RESOLVED|AGREED|[Rr]esolved)/i,
    '',
  );
  // "RECOMMENDED that ..." in capitals opening a paragraph is a body's recommendation to Council, its decision.
  if (NOT_A_DECISION.test(text.slice(0, 80)) && !/^RECOMMENDED\s*[–—-]?\s*(?:that|to)\b/i.test(text)) return undefined;
  const who = WHO.exec(text)?.[0] ?? '';
  const after = text.slice(who.length);
  const strong = STRONG.exec(after) ?? AGREED_OPENING.exec(after) ?? (who ? undefined : AGREED_CAPITAL.exec(after));
  // "The Committee NOTED the report.": the sentence is the decision.
  if (strong && /^NOTED$/.test(strong[0].trim()) && who) return { rest: text, strong: true };
  // "Agreed that the repairs be carried out. Clerk to source contractor.": a parish's "Agreed" is its sentence.
  if (strong && AGREED_CAPITAL.test(after) && !STRONG.test(after) && !AGREED_OPENING.test(after))
    return { rest: firstSentence(afterMarker(after.slice(strong[0].length))), strong: true };
  if (strong) return { rest: afterMarker(after.slice(strong[0].length)), strong: true };
  if (RECOMMENDS.test(text)) return { rest: text, strong: true };
  const label = LABEL.exec(text);
  if (label && !isFieldLine(text, label[0]) && (label[0].trim().length === text.trim().length || /[:.–—-]\s*$/.test(label[0]) || /^decisions?\b/i.test(text))) {
    const rest = text.slice(label[0].length);
    const innerWho = WHO.exec(rest)?.[0] ?? '';
    const inner = STRONG.exec(rest.slice(innerWho.length)) ?? AGREED_OPENING.exec(rest.slice(innerWho.length));
    return { rest: afterMarker(inner ? rest.slice(innerWho.length + inner[0].length) : rest), strong: true };
  }
  if (WEAK.test(text)) return { rest: text, strong: false };
  return undefined;
}

/**
 * A page's field, not a decision: "Decision Maker: Cabinet", "Decision status: Approved", "Decision
 * details" (the label runs on into a field name of one or two words, then a colon or nothing more).
 */
function isFieldLine(text: string, label: string): boolean {
  if (/[:.–—-]\s*$/.test(label)) return false;
  const rest = text.slice(label.length).trim();
  return /^[A-Za-z]+(?:\s+[A-Za-z]+)?\s*\??\s*(?::|$)/.test(rest) && !/^(?:that|to|resolved|agreed)\b/i.test(rest);
}

function afterMarker(text: string): string {
  return text
    .replace(/^\s*\((?:unanimously|nem\.?\s*con\.?|[^)]{0,40}\bvotes?\b[^)]{0,40}|by\s+[^)]{0,40})\)/i, '')
    .replace(/^\s*(?:unanimously|accordingly|as follows|nem\.?\s*con\.?)\b/i, '')
    .replace(/^[\s:;,.–—-]+/, '')
    .trim();
}

/** "(1) ", "1. ", "(a) ", "i) " at the start of a decision's words. */
const FIRST_ENTRY = /^(?:\(1\)|1[.)]|\(a\)|a\)|\(i\)|i\))\s+/i;

/** "2.3" follows "2.2". */
function siblingBefore(minute: string): string {
  const parts = minute.split('.');
  const last = Number(parts.pop());
  return [...parts, String(last - 1)].join('.');
}

/** Whether the list goes on within the next few short paragraphs. */
function resumesList(units: readonly Unit[], from: number, list: ListState): boolean {
  for (let ahead = from + 1; ahead < Math.min(units.length, from + 5); ahead += 1) {
    const unit = units[ahead];
    if (!unit) return false;
    if (unit.marker) return continues(list, unit.marker) === 'next';
    if (unit.minute || unit.text.split(/\s+/).length > 10) return false;
  }
  return false;
}

/**
 * "... Quote received. It was agreed to go ahead with the repair.": a decision in the middle of the discussion,
 * after a full stop or after the words that lead into it ("Following discussion it was agreed ...", "In
 * addition it was agreed ..."). "... Playing Field It was resolved to ...": a capital "It" after a word is a
 * sentence whose full stop was lost with its line break.
 */
const AGREED_INSIDE =
  /(?:(?<=[.!?,;]\s+)|(?<=(?:^|[.!?,;]\s+)(?:[Ff]ollowing|[Aa]fter)\s+(?:some\s+|further\s+|a\s+|the\s+|much\s+)?(?:discussions?|debate|consideration),?\s+)|(?<=(?:^|[.!?]\s+)(?:[Ii]n addition|[Aa]lso|[Ff]urther(?:more)?|[Ff]inally|[Tt]herefore|[Hh]owever),?\s+)|(?<=[\p{Ll}\d]\s)(?=It\s))(?:[Ii]ts? was (?:agreed|resolved|decided)|Agreed (?:by all|unanimously)|(?:Councillors|Trustees|Governors) (?:unanimously )?agreed)\s+(?:unanimously\s+)?(?:that|to|not\s+to|we)\b/u;

/** A sentence that records a motion carried: "A proposed accepting the quote, B seconded the proposal, agreed by all." */
const CARRIED_VOTE = /\bproposed\b.*\bseconded\b.*\b(?:agreed by all|all in favour|carried|unanimously agreed|unanimous|passed)\b[^.]{0,40}[.!]?$/i;

/**
 * The sentences after a paragraph's first decision that record decisions of their own: "... Agreed by all
 * that ...", "In addition it was agreed not to ...", "A proposed ..., B seconded, agreed by all."
 */
function laterDecisions(text: string, from: number): string[] {
  const found: string[] = [];
  let offset = 0;
  for (const sentence of sentences(text)) {
    const start = text.indexOf(sentence, offset);
    if (start >= 0) offset = start + sentence.length;
    if (start < from) continue;
    const opening = openingOf(sentence);
    if (opening) found.push(opening.strong ? opening.rest : sentence);
    else {
      const agreed = AGREED_INSIDE.exec(sentence);
      if (agreed) found.push(firstSentence(sentence.slice(agreed.index)));
      else if (CARRIED_VOTE.test(sentence)) found.push(sentence);
    }
  }
  return found;
}

/** The first sentence of a stretch of text. */
function firstSentence(text: string): string {
  return /^(.+?(?<!\b[A-Z])[.!?])(?:\s+[A-Z]|$)/.exec(text)?.[1] ?? text;
}

/** A lettered or numbered paragraph that opens a list of decisions: the first entry, in a form only decisions take. */
function startsDecisionList(unit: Unit, units: readonly Unit[]): boolean {
  const marker = unit.marker;
  if (!marker || marker.kind === 'bullet' || marker.value !== 1) return false;
  if (FORMAL_DECISION.test(unit.text) || /^That\s+\S+(?:\s+\S+){5,}/.test(unit.text)) return true;
  // "1) Authorise the Monitoring Officer to ...", "2) Agree that ...": what a decision does, in the imperative, entry after entry.
  const second = units.slice(unit.index + 1, unit.index + 6).find((other) => other.marker !== undefined);
  // Not after a lead-in that introduced them as something else ("The Committee is RECOMMENDED to:").
  const before = units
    .slice(0, unit.index)
    .reverse()
    .find((other) => other.text);
  if (before && (/[:–—-]\s*$/.test(before.text) || NOT_A_DECISION.test(before.text) || /\brecommend/i.test(before.text))) return false;
  return DECIDING_VERB.test(unit.text) && second?.marker?.kind === marker.kind && second.marker.value === 2 && DECIDING_VERB.test(second.text);
}

/** Verbs a decision opens with when its RESOLVED ("RESOLVED to:") is lost. */
const DECIDING_VERB =
  /^(?:approve|agree|authorise|authorize|delegate|note|endorse|adopt|accept|confirm|appoint|instruct|reject|defer|grant|refuse|request|support|ratify|commission|establish|allocate)\s+(?:that\s+|the\s+|to\s+|a\s+|an\s+|authority\s+|[A-Z])/i;

/** A decision that is a whole sentence ending in a list: "the Committee noted that the following dates had been reserved ...:". */
function introducesList(rest: string): boolean {
  return /\bfollowing\b[^:]*:\s*$/i.test(rest) && rest.split(/\s+/).length >= 6;
}

/** A sentence ending "the following ...:" or "the following dates be agreed.": what it names is below it. */
const INTRODUCES_BELOW = /\bfollowing\b[^:.]*[:.]\s*-?$/i;

/**
 * The lines a sentence ending "the following ...:" introduces, below it: marked entries ("a)", "•")
 * or short lines, up to the next item, minute, decision or full sentence.
 */
function listBelow(units: readonly Unit[], index: number, itemStarts: ReadonlySet<number>): { text: string; units: number[] } | undefined {
  const taken: number[] = [];
  const parts: string[] = [];
  for (let next = index + 1; next < units.length; next += 1) {
    const following = units[next];
    if (!following || itemStarts.has(next) || following.minute || openingOf(following.text)) break;
    if (!following.text) continue;
    const marked =
      following.marker !== undefined && (following.marker.kind !== 'decimal' || following.marker.form === 'paren' || following.marker.form === 'close');
    const short = following.text.split(/\s+/).length <= 14 && !/[.!?]$/.test(following.text);
    if (!marked && !short) break;
    parts.push(marked && following.marker?.kind !== 'bullet' ? `${following.marker?.label}) ${following.text}` : following.text);
    taken.push(next);
  }
  return taken.length > 0 ? { text: parts.join(' '), units: taken } : undefined;
}

/** A lead-in that leaves the decisions to a list: "That the Committee:", "that:", "That, having considered the report, the Committee:". */
function isLeadIn(rest: string): boolean {
  if (!rest) return true;
  if (/^(?:that|to)?\s*(?:the\s+\w+(?:\s+\w+)?\s*)?(?:[:–—-]+|:-)?\s*$/i.test(rest) && rest.length < 40) return true;
  return /(?::|:-|–|—|\s-)\s*$/.test(rest) && rest.length < 200;
}

/** "(Action: Clerk)", "ACTION: Head of Service" written against a decision: taken off the text. */
export function takeActionNote(text: string): { text: string; owner: string | null } {
  const note =
    /\s*[([]\s*(?:action|actions|lead|owner|responsible(?: officer)?)\s*[:–—-]\s*([^)\]]{1,80})[)\]]\s*\.?/i.exec(text) ??
    // "... a member of this Board. / AT": an action column's initials run into the text.
    /(?<=[.!?])\s+\/\s*([A-Z]{2,4}(?:\s*[,/&]\s*[A-Z]{2,4})*)\s*$/.exec(text) ??
    /(?:(?<=[.!?;])\s+(?:ACTION|Action)|\s+ACTION)\s*[:–—-]\s*(.{1,80})$/.exec(text) ??
    // "... needs to be replaced – Action: Councillor Hale.": who, after a dash (a task of its own says "X to ...").
    /\s+[–—-]\s+Action\s*:\s*((?:(?!\bto\b)[^.;]){2,40})\.?$/.exec(text);
  if (!note) return { text, owner: null };
  return { text: squash(`${text.slice(0, note.index)}${text.slice(note.index + note[0].length)}`), owner: squash(note[1] ?? '').replace(/[.;,]$/, '') || null };
}

/** Trailing joiners of list entries: "; and", ", or", ";". */
/** "Mr A proposed, Mrs B seconded, and it was unanimously agreed that X": the motion is "that X". */
function motionOf(vote: string): string {
  const agreed = /\b(?:agreed|resolved|decided|carried)\s+(?:unanimously\s+|by\s+all\s+)?(that\s+(?!it\s+was\b)\S.*)$/is.exec(vote);
  return agreed?.[1] ?? vote;
}

/** "… – All agreed, show of hands.", "…, carried unanimously": how the vote went, after the decision's words. */
const VOTE_TAIL =
  /(?:\s*[,;–—]\s*|\s+-\s+)(?=[^,;–—-]*\b(?:agreed|carried|favour|unanimous(?:ly)?|show of hands)\b)(?:(?:all|agreed|unanimously|unanimous|in|favour|by|a|show|of|hands|carried|majority|with|\d+|one|two|three|abstentions?|against|votes?|for)\b[\s,–—-]*)+\.?$/i;

/** "… a post and rail fence. All agreed show of hands.": a sentence of how the vote went, after the decision. */
const VOTE_SENTENCE = /\.\s+(?:all agreed|agreed by all|all in favour|carried|unanimously agreed|unanimous)\b[^.]{0,40}\.?$/i;

function tidyEntry(text: string): string {
  const squashed = squash(text);
  // A motion put ("Proposed by ..., seconded by ... . All in favour.") keeps its vote: it is the decision's record.
  return (/\b(?:proposed|seconded)\b/i.test(squashed) ? squashed : squashed.replace(VOTE_SENTENCE, '.'))
    .replace(VOTE_TAIL, '')
    .replace(/\s*(?:[;,]\s*(?:and|or)?|\band|\bor)\s*$/i, '')
    .replace(/^[-–—:;,\s]+/, '')
    .trim();
}

type InlineMarker = { index: number; end: number; style: 'decimal' | 'alpha' | 'roman'; value: number; paren: boolean };

/** "That (1) the report be noted; and (2) officers ..." or "(i) to note ...; (ii) to request ...": the entries, when there are two or more. */
export function splitInline(text: string): string[] | undefined {
  const found: InlineMarker[] = [];
  const pattern = /(^|[\s:;,–—-])(\(?)(\d{1,2}|[a-z]|[ivx]{1,4})\)\s+/g;
  for (let match = pattern.exec(text); match; match = pattern.exec(text)) {
    const label = match[3] ?? '';
    const paren = match[2] === '(';
    const start = match.index + (match[1] ?? '').length;
    const end = match.index + match[0].length;
    if (/^\d+$/.test(label)) found.push({ index: start, end, style: 'decimal', value: Number(label), paren });
    else {
      if (isRoman(label)) found.push({ index: start, end, style: 'roman', value: romanValue(label), paren });
      if (label.length === 1) found.push({ index: start, end, style: 'alpha', value: label.charCodeAt(0) - 96, paren });
    }
  }
  for (const style of ['decimal', 'alpha', 'roman'] as const) {
    const sequence: InlineMarker[] = [];
    for (const marker of found) {
      if (marker.style !== style) continue;
      const expected = sequence.length + 1;
      if (marker.value === expected && (sequence.length === 0 || sequence[0]?.paren === marker.paren)) sequence.push(marker);
    }
    if (sequence.length >= 2) {
      return sequence.map((marker, index) => tidyEntry(text.slice(marker.end, sequence[index + 1]?.index ?? text.length))).filter(Boolean);
    }
  }
  // "It was agreed: - to note the report - that officers ...".
  if (/^[-–—•·]\s/.test(text)) {
    const parts = text
      .split(/(?:^|\s)[-–—•·]\s+/)
      .map(tidyEntry)
      .filter(Boolean);
    if (parts.length >= 1) return parts;
  }
  return undefined;
}

type ListState = { kind: Marker['kind']; form: Marker['form']; roman: boolean; last: number };

function valueIn(marker: Marker, roman: boolean): number {
  if (marker.kind === 'letter' || marker.kind === 'upper') {
    const label = marker.label.toLowerCase();
    return roman && isRoman(label) ? romanValue(label) : label.length === 1 ? label.charCodeAt(0) - 96 : romanValue(label);
  }
  return marker.value;
}

/** Whether a marker continues the top-level list (else it opens a nested one, or ends the block). */
function continues(list: ListState, marker: Marker): 'next' | 'nested' | 'restart' {
  if (marker.kind !== list.kind || marker.form !== list.form) {
    // "(h)", "(i)", "(j)": a letter list meeting "i" is still the letter list.
    return 'nested';
  }
  if (marker.kind === 'bullet') return 'next';
  const value = valueIn(marker, list.roman);
  if (value === list.last + 1) return 'next';
  // "(b) the Sub-Committee: (i) ... (ii) ...": Roman numerals inside a lettered list.
  if (list.kind === 'letter' && !list.roman && isRoman(marker.label.toLowerCase())) return 'nested';
  return value <= 1 ? 'restart' : 'next';
}

/** The decisions of the minutes, in order. `itemOf` gives each unit's agenda item; `itemBase` an item's number (when real). */
export function findDecisions(
  units: readonly Unit[],
  itemOf: readonly number[],
  itemBase: (item: number) => string | null,
  itemStarts: ReadonlySet<number>,
): { entries: Entry[]; consumed: Set<number> } {
  const entries: Entry[] = [];
  const consumed = new Set<number>();
  for (let index = 0; index < units.length; index += 1) {
    const unit = units[index];
    // Bullets are mostly discussion; a bullet that records a decision in the minutes' own words is read.
    if (!unit) continue;
    const decidingBullet =
      /^(?:RESOLVED|AGREED)/.test(unit.text) ||
      MINUTES_APPROVED.test(unit.text) ||
      /\b(?:it was (?:agreed|resolved|decided)|(?:councillors|members|we) (?:agreed|resolved))\s+(?:that|to)\b/i.test(unit.text);
    if (unit.marker?.kind === 'bullet' && !decidingBullet) continue;
    // "Following discussion, it was AGREED that ...": a formal marker in capitals inside a paragraph.
    // "After discussions it was Resolved to ...": the discussion it followed may be said first.
    const inside =
      /(?:[.!?:,]\s+|\sand\s+)(?:(?:[Aa]fter|[Ff]ollowing)\s+(?:some\s+|further\s+|a\s+|the\s+)?(?:discussions?|debate|consideration)\s*,?\s+)?(?:unanimously\s+)?(?=(?:(?:[Ii]t was|[Tt]he [A-Z][\w-]*(?: [A-Z][\w-]*)?)\s+)?(?:RESOLVED|AGREED|Resolved(?=\s+(?:that|to)\b))\b)/.exec(
        unit.text,
      );
    const atStart = openingOf(unit.text);
    // "... Quote received. It was agreed to go ahead with the repair.": a decision in the middle of the discussion.
    const agreedInside = atStart || inside ? undefined : AGREED_INSIDE.exec(unit.text);
    const found =
      atStart ??
      (inside
        ? openingOf(unit.text.slice(inside.index + inside[0].length))
        : agreedInside
          ? openingOf(firstSentence(unit.text.slice(agreedInside.index)))
          : undefined);
    // "(a) That the Director circulates ...", "(a) ... the work programme be approved;": the first of
    // a list of decisions whose RESOLVED the page lost. The list is read as a decision block.
    const implicit = !found && startsDecisionList(unit, units);
    const opening: Opening | undefined = found ?? (implicit ? { rest: '', strong: true } : undefined);
    if (!opening) {
      // "The minutes of the last meeting were approved as a correct record": a decision, written as narrative.
      const formal = /^That\s/.test(unit.text) || (unit.marker !== undefined && unit.marker.kind !== 'bullet');
      // "Proposed Cllr A, seconded Cllr B, all in favour." under a decision just read: the vote on it, not a motion of its own.
      const bareVote = BARE_VOTE.test(unit.text) && entries.at(-1)?.units.includes(index - 1) === true;
      const vote = bareVote ? null : VOTE.exec(unit.text);
      // "To approve the minutes of the meeting held ...: The minutes were signed as a true record": a heading, then what it decided.
      const afterHeading = /^[^:.]{3,120}:\s+(?=[A-Z])/.exec(unit.text);
      // "Minutes of the meeting of 16 April: These were agreed and signed ...": "these" under a heading that names the minutes.
      const afterText = afterHeading ? unit.text.slice(afterHeading[0].length) : '';
      const approvedAfter =
        afterHeading && (MINUTES_APPROVED.test(afterText) || (/\b(?:minutes|notes)\b/i.test(afterHeading[0]) && THESE_APPROVED.test(afterText)))
          ? afterText
          : undefined;
      // "Mrs A was proposed as Chair by Mr B and seconded by Mr C. Mrs A was elected unanimously.": the sentence that decides.
      const narrativeSentence = sentences(unit.text).find((sentence) => NARRATIVE_DECISION.test(sentence));
      const approval = approvedAfter
        ? firstSentence(approvedAfter)
        : MINUTES_APPROVED.test(unit.text)
          ? firstSentence(unit.text)
          : OUTCOME_AFTER.test(unit.text)
            ? unit.text
            : (formal && FORMAL_DECISION.test(unit.text)) || isShortDecision(unit.text)
              ? unit.text
              : narrativeSentence
                ? firstSentence(narrativeSentence)
                : vote
                  ? motionOf(vote[0])
                  : undefined;
      // "The following minutes were noted:" and the minutes below it.
      const atEnd = approval !== undefined && approval.trim() === unit.text.slice(unit.text.length - approval.trim().length);
      const approvalBelow =
        approval && atEnd && INTRODUCES_BELOW.test(approval)
          ? (listBelow(units, index, itemStarts) ?? (INTRODUCES_WORDING.test(approval) ? wordingBelow(units, index, itemStarts) : undefined))
          : undefined;
      if (approval) {
        const item = itemOf[index] ?? -1;
        const own = unit.minute && !unit.minute.includes('/') ? unit.minute : undefined;
        const base = own ?? itemBase(item) ?? null;
        const narrative = MINUTES_APPROVED.test(unit.text) || approvedAfter !== undefined || vote !== null || narrativeSentence !== undefined;
        entries.push({
          text: tidyEntry(approvalBelow ? `${approval} ${approvalBelow.text}` : approval),
          base,
          baseRank: own ? 2 : base ? 1 : 0,
          item,
          units: [index, ...(approvalBelow?.units ?? [])],
          actionOwner: null,
          strong: false,
          approval: narrative,
          alone: true,
        });
      }
      continue;
    }
    const midParagraph = !atStart && !implicit;
    const item = itemOf[index] ?? -1;
    // "39.8 Resolved ...", else the item's number, else "45. RESOLVED: ..." numbering itself.
    const own = unit.minute && !unit.minute.includes('/') ? unit.minute : undefined;
    const numbered = unit.marker?.kind === 'decimal' && unit.marker.form !== 'paren' && !midParagraph ? unit.marker.label : undefined;
    const base = own ?? itemBase(item) ?? numbered ?? null;
    const baseRank = own ? 2 : base ? 1 : 0;
    const used = [index];
    /** `listing`: the entry introduced a list ("the following dates:", "... Groups –"), whose short lines belong to it. */
    const texts: Array<{ text: string; units: number[]; listing?: boolean; asks?: string }> = [];

    if (implicit) texts.push({ text: unit.text, units: [index] });
    else if (!opening.strong) {
      // "It was agreed that ...": the sentence that says so, with the list it introduces below it.
      const sentence = firstSentence(opening.rest);
      const below = introducesList(sentence) && sentence === opening.rest.trim() ? listBelow(units, index, itemStarts) : undefined;
      texts.push(below ? { text: `${sentence} ${below.text}`, units: [index, ...below.units] } : { text: sentence, units: [index] });
    } else if (!isLeadIn(opening.rest)) {
      const inline = splitInline(opening.rest);
      if (inline) inline.forEach((text) => texts.push({ text, units: [index] }));
      else texts.push({ text: opening.rest.replace(FIRST_ENTRY, ''), units: [index] });
    }
    // "RESOLVED: (1) That ...": the first entry of a list that goes on below.
    const startsList = opening.strong && !isLeadIn(opening.rest) && splitInline(opening.rest) === undefined && FIRST_ENTRY.test(opening.rest);
    const leadIn = implicit || startsList || (opening.strong && isLeadIn(opening.rest));
    const first = implicit ? unit.marker : startsList ? readMarker(opening.rest)?.marker : undefined;
    const roman = first !== undefined && first.label.toLowerCase() === 'i';
    let list: ListState | undefined = first ? { kind: first.kind, form: first.form, roman, last: valueIn(first, roman) } : undefined;
    let next = index + 1;
    const entryMinutes: string[] = [];
    for (; leadIn && next < units.length; next += 1) {
      const following = units[next];
      if (!following) break;
      // "RESOLVED that the Cabinet:" and "2.1 Agreed ...", "2.2 Adopted ...": numbered paragraphs that are its entries.
      const numberedEntry =
        opening.rest.trim().length > 0 &&
        following.minute !== undefined &&
        /\.\d+$/.test(following.minute) &&
        (texts.length === 0 || entryMinutes.includes(siblingBefore(following.minute)));
      if (
        (following.minute && !numberedEntry) ||
        (itemStarts.has(next) && !numberedEntry) ||
        BLOCK_END.test(following.text) ||
        openingOf(following.text)?.strong
      )
        break;
      if (numberedEntry && following.minute) {
        entryMinutes.push(following.minute);
        texts.push({ text: following.text, units: [next] });
        used.push(next);
        continue;
      }
      const marker = following.marker;
      if (marker && following.text) {
        if (!list) {
          list = { kind: marker.kind, form: marker.form, roman: marker.kind !== 'bullet' && marker.label.toLowerCase() === 'i', last: 0 };
        }
        const relation = continues(list, marker);
        const current = texts[texts.length - 1];
        if (relation === 'restart' && texts.length > 0) break;
        if (relation === 'nested' && current) {
          current.text = `${current.text} ${marker.kind === 'bullet' ? '' : `(${marker.label})`} ${following.text}`;
          current.units.push(next);
        } else {
          list.last = valueIn(marker, list.roman);
          // "1) Consult on the policies. 2) Delegate to the Director ...": the entries that follow on the same line.
          const inline = marker.kind !== 'bullet' ? splitInline(`${marker.label}) ${following.text}`) : undefined;
          if (inline && inline.length > 1) {
            for (const text of inline) texts.push({ text, units: [next] });
            list.last += inline.length - 1;
          } else texts.push({ text: following.text, units: [next] });
        }
        used.push(next);
        continue;
      }
      if (!following.text) continue;
      const current = texts[texts.length - 1];
      if (texts.length === 0 && introducesList(opening.rest)) {
        // "RESOLVED that the Committee noted that the following dates had been reserved:" and the dates below.
        texts.push({ text: `${opening.rest} ${following.text}`, units: [index, next], listing: true });
        used.push(next);
        continue;
      }
      if (texts.length === 0 && INTRODUCES_WORDING.test(opening.rest)) {
        // "RESOLVED: that the minutes be agreed subject to ... amended to read as follows:" and the wording below it.
        texts.push({ text: `${opening.rest.trim()} ${following.text}`, units: [index, next], asks: opening.rest.trim() });
        used.push(next);
        next += 1;
        break;
      }
      if (texts.length === 0) {
        // The decision is the next paragraph ("RESOLVED" on a line, "That ..." below it).
        const inline = splitInline(following.text);
        if (inline) inline.forEach((text) => texts.push({ text, units: [next] }));
        else texts.push({ text: following.text, units: [next] });
        used.push(next);
        // "That the following meeting dates be agreed for 2020." and the dates below it.
        const introduces = INTRODUCES_BELOW.test(following.text);
        if (!/:\s*-?$/.test(following.text) && !introduces) {
          next += 1;
          break;
        }
        const last = texts[texts.length - 1];
        if (introduces && last) last.listing = true;
        continue;
      }
      // A wrapped line or an unmarked continuation of the last entry.
      // After "... on the Service Challenge Groups –" the short lines below are what it introduced.
      if (current && /[:–—-]$/.test(current.text)) current.listing = true;
      // A list in semicolons ends with a full stop: "...; Monday 5 June at 2pm."
      const listed = current?.listing === true && following.text.split(/\s+/).length <= 10 && (!/[.!?]$/.test(following.text) || /;\s*$/.test(current.text));
      if (current && (/^[a-z]/.test(following.text) || listed || (!following.gapBefore && !/[.;:]$/.test(current.text)))) {
        current.text = `${current.text} ${following.text}`;
        current.units.push(next);
        used.push(next);
        continue;
      }
      // "Table 1" and its caption between "i)" and "ii)": the list goes on after them.
      if (list && following.text.split(/\s+/).length <= 10 && resumesList(units, next, list)) continue;
      break;
    }
    // "AGREED: That the quotation be accepted" and its terms listed below; the terms are still read for who does what.
    const terms = opening.strong && !leadIn && texts.length === 1 && !midParagraph ? termsBelow(units, index, itemStarts) : [];
    if (texts[0] && terms.length > 0) {
      texts[0].asks = texts[0].text;
      texts[0].text = `${texts[0].text} ${terms.join(' ')}`;
    }
    // "RESOLVED that the minutes be agreed subject to the paragraph being amended to read as follows:" and the paragraph below.
    const last = texts.at(-1);
    const wording = last && !leadIn && INTRODUCES_WORDING.test(last.text) ? wordingBelow(units, Math.max(...last.units), itemStarts) : undefined;
    if (last && wording) {
      last.asks = last.text;
      last.text = `${last.text} ${wording.text}`;
      last.units.push(...wording.units);
      used.push(...wording.units);
    }
    // "... Agreed by all that the ladder could be installed. ... Agreed by all that a letter of thanks be sent.": the later decisions of a paragraph whose first took one sentence.
    const taken = texts.length === 1 && !leadIn ? texts[0] : undefined;
    const takenAt = taken ? unit.text.indexOf(taken.text) : -1;
    if (taken && takenAt >= 0) for (const later of laterDecisions(unit.text, takenAt + taken.text.length)) texts.push({ text: later, units: [index] });
    for (const found of texts) {
      const noted = takeActionNote(found.text);
      const text = tidyEntry(noted.text);
      if (!text || !/[A-Za-z]{2,}/.test(text)) continue;
      // "The Panel agreed that the minutes were a correct record": the minutes approved, kept whatever else the item decided.
      const approval = !opening.strong && MINUTES_APPROVED.test(text);
      const asks = found.asks === undefined ? {} : { asks: tidyEntry(takeActionNote(found.asks).text) };
      entries.push({
        text,
        ...asks,
        base,
        baseRank,
        item,
        units: found.units,
        actionOwner: noted.owner,
        strong: opening.strong,
        alone: texts.length === 1,
        approval,
      });
    }
    if (opening.strong) {
      // The discussion before a decision in the same paragraph is still read for actions.
      for (const taken of used) if (taken !== index || !midParagraph) consumed.add(taken);
    }
    if (leadIn && next > index + 1) index = next - 1;
  }
  return { entries: settle(entries), consumed };
}

/** Folded text for spotting the same decision printed twice. */
export function decisionKey(text: string): string {
  return text
    .toLowerCase()
    .replace(/^that\s+/, '')
    .replace(/[^a-z0-9]+/g, '');
}

/**
 * Weak decisions only count where an item has no formal one; the same decision printed twice in an
 * item counts once (the copy with the paragraph's own number wins).
 */
function settle(found: Entry[]): Entry[] {
  const strongItems = new Set(found.filter((entry) => entry.strong).map((entry) => entry.item));
  // The minutes approved is a decision of its own, never a retelling of the item's formal one.
  const kept = found.filter((entry) => entry.strong || entry.approval === true || !strongItems.has(entry.item));
  // "AGREED to recommend APPROVAL" under each of several applications: a short formula said again on
  // its own is another decision (a block printed twice repeats its whole list).
  const keyOf = (entry: Entry, at: number): string =>
    entry.alone === true && entry.text.split(/\s+/).length < 6 ? `${entry.item}|${decisionKey(entry.text)}|${at}` : `${entry.item}|${decisionKey(entry.text)}`;
  const best = new Map<string, Entry>();
  kept.forEach((entry, at) => {
    const key = keyOf(entry, at);
    const seen = best.get(key);
    if (!seen || entry.baseRank > seen.baseRank) best.set(key, entry);
  });
  return kept.filter((entry, at) => best.get(keyOf(entry, at)) === entry);
}
