/**
 * Reading one clause of minutes for a commitment: who is to do what. Works on single sentences;
 * `actions.ts` decides which sentences to read.
 */
import { baseOfParticiple, baseOfThirdPerson, isActionVerb } from './verbs';
import { capitalise, squash } from './text';

/** The longest sentence read for commitments: longer ones are cut (a guard against pasted junk). */
export const MAX_SENTENCE = 1500;

export type Commitment = { owner: string | null; text: string; rest: string };

/** Who an action can go to: the committee, its members, the chair, a group of it. */
export const RECIPIENT =
  /\b(?:to|with|for|at|before|among|amongst|members|councillors|cllr|cllrs)\s+(?:(?:the|all|a|its|this|each)\s+)?(?:(?:relevant|appropriate)\s+)?(?:committee|sub-committee|panel|board|members?|councillors?|cllrs?|chair(?:man|person)?|vice-chair(?:man)?|bpg|business planning group|working group|task group|task and finish group|scrutiny|group|group leaders|(?:next|future|later|subsequent|january|february|march|april|may|june|july|august|september|october|november|december)\s+(?:\w+\s+)?meeting)\b|^(?:members|councillors|all members|the committee|the panel)\b/i;

/** Words that make a phrase a person or a post. */
const POST =
  /\b(?:director|directors|head|heads|manager|managers|officer|officers|clerk|clerks|chair|chairman|chairperson|chairwoman|vice-chair|vice-chairman|cabinet member|portfolio holder|lead member|leader|councillor|councillors|cllr|mr|mrs|ms|miss|dr|prof|commissioner|principal|lead|executive|chief|secretary|co-?ordinator|advis[eo]r|consultant|team|social worker|democratic services|colleagues|staff|representative|partners?|head ?teacher|teacher|nurse|doctor|inspector|superintendent|scrutineer|practitioner|governor|psychologist|analyst|administrator|auditor|solicitor|treasurer|mayor|convenor|convener|champion|clinician|chairs?|steward|warden|ranger|lengthsman|caretaker|engineer|surveyor|constable|pcso)\b/i;
const COLLECTIVE =
  /^(?:officers|members|he|she|they|we|the (?:committee|panel|board|council|service|team|department|authority|directorate|group|partnership)|all members|committee members|members of the (?:committee|panel|board))$/i;
const VERBISH =
  /\b(?:was|were|is|are|had|has|have|would|will|could|should|can|did|does|do|been|being|said|advised|explained|noted|asked|requested|felt|thought|agreed|undertook|offered|promised|confirmed|reported|stated|added|indicated|responded|replied|suggested|volunteered|committed|that|which|who|whom)\b/i;
const INTRO =
  /^(?:in response(?: to [^,]*)?|following [^,]*|after [^,]*|in answer to [^,]*|responding to [^,]*|when asked [^,]*|regarding [^,]*|with regard to [^,]*|in relation to [^,]*|on [^,]*|as a result|finally|additionally|also|however|in addition|therefore|accordingly|furthermore|moreover|to this end|in conclusion|at the meeting|having [^,]*|given [^,]*)\s*,\s*/i;

/** Turns a subject as written into an owner phrase: "The Assistant Director – Corporate Parenting", "Mr Clark", "officers". */
export function ownerPhrase(raw: string): string | null {
  let owner = squash(raw)
    .replace(/^["'“‘]+|["'”’]+$/g, '')
    .replace(/[,;:\s–—-]+$/, '');
  // "(Safeguarding)" stays; a bracket left open or closed on its own goes.
  if ((owner.match(/\(/g) ?? []).length !== (owner.match(/\)/g) ?? []).length) owner = owner.replace(/^\(+|\)+$/g, '').trim();
  for (let step = 0; step < 3; step += 1) owner = owner.replace(INTRO, '').replace(/^(?:and|but|so|then|also|that|whilst|while|although|who|which)\s+/i, '');
  // "Prince's Trust - SL": the heading before a dash is not who acts.
  const dashed = /^(.*)\s[-–—]\s+(.+)$/.exec(owner);
  if (dashed?.[1] && dashed[2] && !POST.test(dashed[1].split(/\s+/).pop() ?? '')) owner = dashed[2];
  // "Cllr Green as a signatory to the bank account": the person, not the capacity they act in.
  const capacity =
    /^((?:(?:Mr|Mrs|Ms|Miss|Dr|Cllr|Councillor)\.?\s+)?[A-Z][\w'’.-]+(?:\s+[A-Z][\w'’.-]+){0,2}),?\s+as\s+(?:a|an|the|our)\s+[a-z][^,]{2,80}$/.exec(owner);
  if (capacity?.[1]) owner = capacity[1];
  if (!owner || owner.length > 110 || owner.split(/\s+/).length > 14) return null;
  // "David Atkinson, Balfour Beatty Locality Steward": a name and, after a comma, the post; the name is who.
  const appositive =
    /^((?:(?:Mr|Mrs|Ms|Miss|Dr|Cllr|Councillor)\.?\s+)?[A-Z][\w'’.-]+(?:\s+[A-Z][\w'’.-]+){1,2}),\s+(?:the\s+)?(?:[A-Z][\w'’&-]*\s+){0,4}[A-Z][\w'’&-]*$/.exec(
      owner,
    );
  if (appositive?.[1] && POST.test(owner.slice(appositive[1].length))) return appositive[1];
  // Initials ("SL", "JS and SL"), as parish minutes write people; a first name ("Alison will invite ...").
  if (/^[A-Z]{2,4}(?:\s+(?:and|&)\s+[A-Z]{2,4})*$/.test(owner)) return owner;
  if (/^[A-Z][a-z]{2,14}$/.test(owner) && !NOT_A_NAME.test(owner)) return owner;
  if (/^(?:it|this|that|there|which|these|those|what|who|one|some|any|each|all)$/i.test(owner)) return null;
  if (VERBISH.test(owner) || /\b(?:if|when|whether|unless|because)\b/i.test(owner) || /\s[a-z]+ed$/.test(owner)) return null;
  // "officers provide the BPG with options": a clause, not an owner.
  if (
    owner
      .split(/\s+/)
      .slice(1)
      .some((word) => /^[a-z]/.test(word) && isActionVerb(word) && !/^(?:lead|head|chair|work|report|review|support|update)$/.test(word))
  )
    return null;
  // "Ian Spiller and Tom Green": two people, each a name of two words or more.
  const pair =
    /^(?:[A-Z][\w'’.-]+\s+){1,3}[A-Z][\w'’.-]+(?:,\s+(?:[A-Z][\w'’.-]+\s+){1,3}[A-Z][\w'’.-]+)*\s+(?:and|&)\s+(?:[A-Z][\w'’.-]+\s+){1,3}[A-Z][\w'’.-]+$/.test(
      owner,
    );
  const named = pair || (/^(?:[A-Z][\w'’.-]+\s+){0,3}[A-Z][\w'’.-]+$/.test(owner) && owner.split(/\s+/).length >= 2);
  // "the Audit Panel", "the Corporate Performance Manager": a named post or body.
  const namedBody =
    /^the\s+(?:relevant\s+)?(?:[A-Z][\w'’&-]*\s+(?:and\s+|&\s+)?){1,5}(?:Panel|Board|Group|Forum|Team|Partnership|Manager|Manger|Officer|Lead)$/.test(owner);
  if (namedBody) return owner;
  if (!POST.test(owner) && !COLLECTIVE.test(owner) && !named) return null;
  return owner;
}

/** "As there was moisture in the building the clerk": the post the words end with, after a clause that set the scene. */
function postAtEnd(subject: string): string | null {
  if (!/^(?:as|since|because|while|whilst|although|when|once|given that)\b/i.test(subject.trim())) return null;
  const found = /^.*\b(the\s+[a-z][\w-]*(?:\s+[a-z][\w-]*){0,3})$/i.exec(subject.trim());
  return found?.[1] && POST.test(found[1]) ? ownerPhrase(found[1]) : null;
}

/** Capitalised words that open a sentence without naming anyone. */
const NOT_A_NAME =
  /^(?:this|that|these|those|there|it|its|everyone|everybody|nobody|someone|somebody|anyone|council|committee|board|panel|cabinet|forum|group|members|officers|councillors|partners|schools|staff|funding|work|report|reports|information|data|details|figures|consideration|discussion|progress|feedback|training|action|actions|update|updates|minutes|agenda|item|items|the|a|an|all|each|both|some|any|further|following|however|also|then|again|once|if|when|while|as|since|although|members|which|what|who|where|why|how|he|she|they|we|i|you|one|none|no|yes|thanks|thank|apologies|clerk|chair|chairman|vice|mr|mrs|ms|dr|cllr|wish|wishes|welcome|welcomes|note|notes|agree|agrees|request|requests|ask|asks|support|supports|endorse|endorses|approve|approves|receive|receives|consider|considers|recommend|recommends|confirm|confirms|urge|urges|invite|invites|resolve|resolved|agreed|noted|requested|asked|officer|manager|director|head|lead|leader)$/i;

export function isPronoun(owner: string | null): boolean {
  return owner !== null && /^(?:he|she|they|we|i)$/i.test(owner);
}

/** A subject that is a person or post, not an institution ("the service") or a thing. */
export function isPersonLike(owner: string | null): boolean {
  if (!owner) return false;
  if (/^(?:the (?:council|service|department|authority|directorate|partnership|plan|strategy))$/i.test(owner)) return false;
  return true;
}

const REPORTING =
  /\b(?:advised|said|explained|confirmed|stated|reported|noted|(?:to\s+)?notes?(?=\s+that\b)|responded|replied|indicated|added|acknowledged|clarified|informed|told|commented|highlighted|suggested|felt|believed|emphasised|emphasized|stressed|mentioned|assured|reassured|reminded|heard|hoped|expected|anticipated|understood)\b(?:\s+(?:the\s+)?(?:committee|members|panel|board|meeting|chair(?:man)?|sub-committee))?(?:\s+that)?\s*/gi;

/** The subject of the clause ending where a verb starts, and who said it ("The Director advised that ..."). */
export function clauseSubject(region: string): { subject: string; speaker: string | null } {
  let speaker: string | null = null;
  // "Agreed by all that the ladder could be installed": the decision's words lead in; the subject is what follows "that".
  let subject = region.replace(/^(?:it\s+was\s+)?(?:agreed|resolved|decided)(?:\s+(?:by\s+all|unanimously|by\s+members))?\s+that\s+/i, '');
  let last: RegExpExecArray | undefined;
  REPORTING.lastIndex = 0;
  for (let match = REPORTING.exec(region); match; match = REPORTING.exec(region)) last = match;
  if (last) {
    speaker = ownerPhrase(lastClause(region.slice(0, last.index)));
    subject = region.slice(last.index + last[0].length);
  }
  // "Cllr A referred to an agreed outcome that a written answer (would be provided)": the clause after "that".
  const inner = /^.*\bthat\s+((?:a|an|the|any|all|some|further|more)\s.*)$/i.exec(subject);
  if (inner?.[1] && !speaker) subject = inner[1];
  return { subject: lastClause(subject), speaker };
}

/** The last clause of a stretch of text: after ";", ", and ...", "... was X and ...", an introductory phrase. */
export function lastClause(text: string): string {
  let clause = text;
  const hard = clause.split(/[;:]\s+|\s+[–—]\s+(?=[a-z])/);
  clause = hard[hard.length - 1] ?? clause;
  // "X was programmed for January and information from that": split at "and" only after a clause with a verb.
  const joined = clause.split(/,?\s+(?:and|but|so|although|though|while|whilst|because|since|whereas)\s+/);
  for (let index = joined.length - 1; index > 0; index -= 1) {
    const before = joined.slice(0, index).join(' ');
    if (VERBISH.test(before) || /\b\w{3,}ed\b/.test(before)) {
      clause = joined.slice(index).join(' and ');
      break;
    }
  }
  const parts = clause.split(/,\s+/);
  while (parts.length > 1) {
    const first = parts[0] ?? '';
    if (INTRO.test(`${first}, `) || VERBISH.test(first) || /^(?:in|on|at|following|after|when|as|given|with|having|regarding|responding)\b/i.test(first))
      parts.shift();
    else break;
  }
  return parts
    .join(', ')
    .replace(/^(?:that|and|but|so|then)\s+/i, '')
    .trim();
}

/** Determiners at the start of a noun phrase moved into the middle of a sentence lose their capital. */
function lowerDeterminer(phrase: string): string {
  return /^(?:The|A|An|This|That|These|Those|Any|All|Some|Each|Every|Further|More|Its|Their|Our|Information|Details|Data|Copies|Feedback|Figures)\b/.test(
    phrase,
  )
    ? phrase.charAt(0).toLowerCase() + phrase.slice(1)
    : phrase;
}

/** How an action's words end: purpose clauses, "outside of the meeting", conditions and the like taken off. */
export function finishAction(text: string): string {
  // "Contact the landowners. | |||||": a table's empty cells after the words are not words.
  let out = text.replace(/\s*\|[|\s]*$/, '').split(/;\s|\.\s+(?=[A-Z])/)[0] ?? text;
  out = out
    .replace(/,?\s+(?:but|although|though|whereas|however|as this|as it|which would|so that|so members|in order that|while|whilst)\b.*$/i, '')
    // "..., he also felt we could explore ...", "..., and it was suggested that ...": someone else's thought, not the task.
    .replace(
      /,\s+(?:and\s+)?(?:(?:he|she|they|it|members|the\s+\w+)\s+(?:also\s+)?(?:felt|thought|suggested|said|added|noted|commented|believed)|it\s+was\s+(?:also\s+)?(?:suggested|felt|noted|thought))\b.*$/i,
      '',
    )
    // "... into the report and Members highlighted a correction": another subject's sentence joined on.
    .replace(
      /,?\s+and\s+(?:the\s+)?(?:[A-Z][\w'’-]*\s+){1,3}(?:also\s+)?(?:highlighted|thanked|noted|asked|said|reported|welcomed|raised|queried|commented|questioned|expressed|agreed|confirmed|explained|advised)\b.*$/,
      '',
    )
    .replace(/,?\s+(?:in order\s+)?to\s+(?:see|provide\s+(?:some\s+|further\s+)?assurance|assure|reassure|demonstrate)\b.*$/i, '')
    .replace(/\s+(?:when|once)\s+(?:it|this|they|these)\s+(?:was|were|had been)\b.*$/i, '')
    .replace(/,\s+to\s+(?:provide|give|ensure|enable|allow|help)\b.*$/i, '')
    // "Provide a report to this Committee in July giving details ...": the month is when, which the due date says.
    .replace(
      /(?<=\b(?:committee|panel|board|members|council|forum|meeting)\s+)(?:in|by|during)\s+(?:January|February|March|April|May|June|July|August|September|October|November|December)(?:\s+\d{4})?\s+(?=\w)/gi,
      '',
    )
    // "... the timeline and where possible the discussions undertaken": an aside inside the task goes, the task goes on.
    .replace(/,?\s+(?:where|if|when)\s+possible,?\s+(?=(?:the|a|an|any|all|its|their)\s)/gi, ' ')
    .replace(
      /\s+(?:if|should|once|when|where)\s+(?:so\s+)?(?:desired|required|requested|needed|necessary|appropriate|possible|available|members\s+(?:so\s+)?wish(?:ed)?|the\s+committee\s+(?:so\s+)?wish(?:ed)?|wished|helpful|useful)\b.*$/i,
      '',
    )
    .replace(/\s*\b(?:outside|after|following)\s+(?:of\s+)?(?:the|this)\s+meeting\b/gi, '')
    .replace(/\s*\bin due course\b/gi, '')
    // "for the meeting of the Committee scheduled for 23 November 2017": for the Committee; the date is the due date.
    .replace(
      /\b(to|for|at)\s+the\s+meeting\s+of\s+(the\s+[A-Z][\w&'’ -]{2,40}?)(?:\s+(?:scheduled|to be held|held))?\s+(?:on|for)\s+\d{1,2}(?:st|nd|rd|th)?\s+[A-Z][a-z]+(?:\s+\d{4})?[.;]?\s*$/,
      '$1 $2',
    )
    // "... before the next meeting" at the end is when, not what: the due date says it.
    .replace(
      /,?\s+(?:by|before|for|ahead of|in time for|no later than|prior to)\s+(?:the|its)\s+next\s+(?:\w+\s+)?meeting(?:\s+of\s+the\s+[\w\s&-]{3,40})?\s*[.;]?$/i,
      '',
    )
    .replace(/,?\s+and\s+to\s+(?=\w)/gi, ' and ')
    .replace(/^(?:also|then|now|further|personally|please)\s+/i, '');
  out = squash(out).replace(/[\s,;:.–—-]+$/, '');
  return capitalise(out);
}

/** Participles of things done for the committee ("be circulated", "be brought back"), and the particle that goes with them. */
const PARTICIPLE_WORDS = String.raw`incorporated|amended|adjusted|corrected|reworded|circulated|shared|provided|sent(?:\s+out)?|forwarded|brought(?:\s+back)?|presented|submitted|reported(?:\s+(?:back|on))?|produced|prepared|made\s+available|added|included|scheduled|arranged|fed\s+back|e-?mailed|supplied|given|distributed|published|taken\s+back|picked\s+up|followed\s+up|looked\s+(?:into|at)|investigated|explored|updated|informed|briefed|kept\s+(?:informed|updated|up\s+to\s+date|abreast)|invited|asked|requested|tasked|reviewed|considered|raised|passed\s+on|written|issued|set\s+up|organised|convened|copied|removed|replaced|repaired|filled|cleared|installed|fixed|ordered|paid|contacted|chased|checked|clarified|uploaded|posted|placed|collected|delivered|taken\s+(?:down|away|to)|read|offered|put|pointed|notified`;
const PARTICIPLES = `(${PARTICIPLE_WORDS})`;
/** "would be circulated to members", "could be shared with the Committee": a thing someone will do. */
const PASSIVE = new RegExp(
  String.raw`\b(?:would|will|could|should|shall|might|is to|are to|was to|were to|can|needs? to|has to|have to|to)\s+(?:also\s+|now\s+|then\s+|again\s+|further\s+|shortly\s+|urgently\s+|need\s+to\s+|have\s+to\s+)?be\s+${PARTICIPLES}\b`,
  'i',
);
/** After "requests that" or "agreed that" the plain forms count too: "that the Committee is updated", "that the data be circulated". */
const PASSIVE_ANY = new RegExp(
  String.raw`\b(?:(?:would|will|could|should|shall|might|is to|are to|was to|were to|can|to|must)\s+(?:also\s+|now\s+|then\s+|again\s+|further\s+)?be|be|is|are)\s+(${PARTICIPLE_WORDS}|completed|undertaken|carried\s+out|commissioned|developed|purchased|bought|authori[sz]ed|instructed)\b`,
  'i',
);
/** Participles that carry on without anyone asked for ("would be investigated"): they need the committee in view, or a named officer. */
const NEEDS_RECIPIENT =
  /^(?:shared|provided|sent|forwarded|brought|presented|submitted|produced|prepared|made|added|included|scheduled|arranged|supplied|given|published|investigated|explored|looked|reviewed|considered|raised|written|issued|set|organised|convened)/i;
/** "be noted", "be approved": decisions, not things to do. */
const DECISION_PARTICIPLE =
  /^(?:noted|agreed|approved|endorsed|accepted|received|adopted|confirmed|signed|welcomed|supported|deferred|recommended|withdrawn|ratified|thanked|commended|congratulated|appointed|elected|excluded|held)\b/i;

/** "<np> be circulated to members": the action with the verb first. */
export function passiveAction(np: string, participle: string, rest: string): string | undefined {
  const words = participle.toLowerCase().split(/\s+/);
  const head = words[0] ?? '';
  const particle = words.slice(1).join(' ');
  if (DECISION_PARTICIPLE.test(head)) return undefined;
  const base = baseOfParticiple(head);
  if (!base) return undefined;
  // "The review, due at another committee on 8 February, be brought ...": the aside goes.
  const object = lowerDeterminer(squash(np.replace(/,\s+[a-z][^,]{0,80},/g, ' ')));
  if (!object) return undefined;
  // "made available", "kept informed", "brought back" put their particle after the object; "followed up" before it.
  const particleFirst = /^(?:up|on|out|into|at)$/.test(particle.split(' ')[0] ?? '');
  const phrase = particle ? (particleFirst ? `${base} ${particle} ${object}` : `${base} ${object} ${particle}`) : `${base} ${object}`;
  // "be taken down and taken to the depot": the second verb in its plain form too.
  const after = rest.replace(/^(\s*(?:and|then)\s+)([a-z]+)\b/i, (whole, joiner: string, word: string) => `${joiner}${baseOfParticiple(word) ?? word}`);
  return finishAction(`${phrase} ${after}`);
}

/** Resolves "that", "this", "it" at the end of a noun phrase to the subject of the clause before ("the next survey programmed for January 2022"). */
export function resolveDemonstrative(np: string, before: string): string {
  const trailing = /\b(this|that|it|these|them|those)$/i.exec(np.trim());
  if (!trailing) return np;
  const clause =
    before
      .trim()
      .replace(/[,\s]+(?:and|but)$/i, '')
      .split(/[;:]\s+|\.\s+/)
      .pop() ?? '';
  const parts = clause.split(/,?\s+(?:and|but)\s+/);
  const source = (parts.length > 1 ? parts[parts.length - 1] : clause) ?? '';
  const inner =
    /(?:^|\bthat\s+)((?:the|a|an|this|its|their)\s+[^,;]{2,80}?)\s+(?:was|were|is|are|had|has|would|will|went)\s+(\w+ed\s+[^,;]{0,60}|\w+ed)?/i.exec(source);
  if (!inner?.[1]) return np;
  const antecedent = `${lowerDeterminer(inner[1])}${inner[2] ? ` ${inner[2]}` : ''}`.replace(/^this\b/i, 'the');
  return `${np.slice(0, trailing.index).trim()} ${antecedent}`.trim();
}

/** Verbs a person "would" do after the meeting for it to be an action. */
const WOULD_VERBS = String.raw`(?:come back|report back|feed back|follow(?:\s+this)?\s+up|look into|look at|find out|pass on|pick up|take (?:this|it|the \w+) (?:back|away)|circulate|share|provide|send|forward|arrange|bring|update|write|investigate|confirm|clarify|check|respond|liaise|e-?mail|supply|present|brief|produce|prepare|raise|contact|explore|consider|review|discuss|speak|meet|invite|ask|seek|ensure|give|organise|set up|reply|chase|include|add|place|put|post|publish|remove|order|pay|obtain|book|draft|amend|advise|incorporate|adjust|approach|request|write|reissue|resend|collate|gather|enquire|inquire|attempt|track down|develop|complete|attend|repair|replace|express|keep|collect|upload|post|deliver|fix|remove|hire|notify|point)`;
const WOULD = new RegExp(
  String.raw`\b(would|will|shall|could|should)\s+(?:also\s+|now\s+|then\s+|personally\s+|be happy to\s+|be able to\s+|arrange to\s+|endeavour to\s+|seek to\s+|like to\s+)?(${WOULD_VERBS})\b`,
  'i',
);
/** Verbs after "would" that need the committee in view when the subject is not a person. */
const DELIVERY = /^(?:share|provide|send|forward|supply|present|bring|produce|prepare|arrange|include|add|give)/i;

/** "X agreed to ...", "X undertook to ...", "X offered to ...", "X gave an undertaking to ...". */
const AGREED_TO =
  /\b(?:agreed|undertook|offered|promised|volunteered|committed|pledged|gave\s+(?:an?\s+)?(?:undertaking|commitment|assurance)|(?:was|were|would\s+be)\s+(?:happy|willing|pleased|glad)|(?:was|were)\s+asked\s+and\s+agreed)\s+to\s+(?!the\b|a\b|an\b|this\b|that\b|these\b|those\b|it\b|them\b|his\b|her\b|their\b|its\b)(\w+(?:-\w+)?)/i;
/** "agreed to note", "agreed to support": decisions, not actions. */
const DECISION_VERB = /^(?:note|accept|approve|endorse|support|agree|defer|adopt|thank|welcome|recommend|ratify|confirm|receive|be)$/i;
const THAT_CLAUSE = /\b(?:agreed|requests?|requested|asks?|asked|decided|resolved|insisted|undertook|(?<=it was )suggested)\s+that\s+/i;
/** "Requests officers provide ...": a request with the "that" left out. */
/** A request for figures or a report, with nobody named to give them. */
const INFORMATION_REQUEST =
  /\b(?:requested|asked for|sought|requests)\s+((?:the\s+|some\s+|further\s+|more\s+|an?\s+)?(?:statistical\s+|further\s+|more\s+|detailed\s+|updated\s+|latest\s+)?(?:data|figures|information|details|statistics|breakdown|update|report|list|analysis|briefing)\b[^.;]{0,160})/i;
/** "... and Members were advised that", "... and it was explained that": the answer given in the same sentence. */
const ANSWERED_THERE =
  /\b(?:and|to which)\s+(?:(?:[Tt]he\s+)?(?:[Mm]embers?|[Cc]ouncillors?|[Tt]he\s+(?:[Cc]ommittee|[Pp]anel|[Bb]oard))\s+(?:was|were)\s+(?:advised|told|informed|assured)|it\s+was\s+(?:explained|confirmed|clarified|advised|noted)|(?:the\s+)?[A-Z][\w-]*(?:\s+[A-Z][\w-]*){0,4}\s+(?:explained|confirmed|advised|clarified|replied|responded))\s+that\b/;
const REQUEST_BARE =
  /\b(?:requests?|requested|asks?|asked)\s+(?!that\b|whether\b|if\b|how\b|what\b|why\b|when\b|where\b|who\b|which\b|about\b|for\b|questions?\b|a\b|an\b|some\b|further\b)(?=\S)/i;
const ASKED_TO =
  /\b(?:asked|requested|invited|instructed|tasked|commissioned|urged|encouraged|called on|calls on|asks|requests|invites|instructs|urges|encourages|(?<=\band\s)ask)\s+(?!whether\b|if\b|how\b|what\b|why\b|when\b|where\b|who\b|which\b|about\b|for\b|that\b)((?:the\s+|all\s+|an?\s+)?[^,;]{1,90}?)\s+to\s+(\w+(?:-\w+)?)/i;
const WAS_ASKED = /\b(?:was|were|be|been)\s+(?:asked|requested|tasked|instructed)\s+to\s+(\w+(?:-\w+)?)/i;
const REQUESTED_NP =
  /\b(?:requested|requests|called for|calls for|request)\s+((?:a|an|the|further|more|some|regular|sight of|details of|copies of|a copy of|information|data|figures|an update|updates|a breakdown|a briefing|a report|a note|clarity|clarification)\b.*)$/i;
/** "asked for" in a question and answer is usually answered there and then: only a thing to hand over counts. */
const ASKED_FOR =
  /\b(?:asked for|asks for)\s+((?:a|an|the|further|some|regular|copies of|a copy of)\s+(?:[\w-]+\s+){0,3}?(?:report|reports|briefing|briefing note|breakdown|note|paper|copy|copies|list|map|analysis|comparison|summary|figures|data|statistics|update|updates)\b.*)$/i;
const REQUESTED_HEAD =
  /\b(?:report|reports|briefing|briefings|breakdown|update|updates|information|data|figures|details|note|paper|copy|copies|list|analysis|map|comparison|summary|presentation|visit|session|figure|statistics|sight)\b/i;
const NOT_FOLLOW_UP = /^(?:clarification|an explanation|explanation|assurance|reassurance|a response|confirmation|a question|questions)\b/i;
const WOULD_LIKE =
  /\b(?<!(?:may|might|could)\s+(?:also\s+)?(?:in due course\s+)?)(?<!\b(?:whether|if)\s+(?:it|they|members|the committee|the panel)\s+)(?:would\s+(?:like|wish)|wish(?:es|ed)?|wants?|looked\s+forward|look\s+forward|looks\s+forward)\s+to\s+(continue\s+to\s+)?(be\s+(?:updated|kept\s+(?:updated|informed|up\s+to\s+date|abreast)|informed|provided\s+with|given|briefed|sent)|receiv(?:e|ing)|see(?:ing)?|hav(?:e|ing)\s+sight\s+of)\b\s*(.*)$/i;
const WOULD_WELCOME =
  /\bwould\s+(?:also\s+|particularly\s+)?welcome\s+((?:a|an|the|further|more|regular|sight|some|any|details|information|data|an?\s+update|updates|clarity|a\s+report|feedback|the\s+opportunity)\b.*)$/i;
const AGREE_TO_ACT = /\b(?:agrees?|agreed|resolves?|resolved|decides?|decided)\s+to\s+(\w+(?:-\w+)?)\b\s*(.*)$/i;

function phraseAfter(text: string, index: number): string {
  return text.slice(index).trim();
}

/** "receive X", "be updated on X", "have sight of X": what the committee wants, said as what someone is to do. */
function flip(continues: boolean, verb: string, rest: string): string {
  const lower = verb.toLowerCase().replace(/\s+/g, ' ');
  let text: string;
  if (/^be kept/.test(lower)) text = `Keep the Committee ${lower.replace(/^be kept\s+/, '')} ${rest}`;
  else if (/^be (?:updated|informed|briefed)/.test(lower))
    text = `${lower.includes('informed') ? 'Inform' : lower.includes('briefed') ? 'Brief' : 'Update'} the Committee ${rest}`;
  else if (/^be (?:provided with|given|sent)/.test(lower) || /^receiv|^see|^hav/.test(lower)) text = `Provide ${rest}`;
  else text = `${lower} ${rest}`;
  const finished = finishAction(text);
  return continues ? `Continue to ${finished.charAt(0).toLowerCase()}${finished.slice(1)}` : finished;
}

/** Things a committee does itself ("will keep X under review", "continue to monitor"): not actions for anyone. */
const OWN_BUSINESS = /^(?:keep|monitor|continue|note|review|consider|scrutinise|receive|see|welcome|support)$/i;
const COMMITTEE = /^(?:the\s+)?(?:committee|panel|board|sub-committee|select committee|members)$/i;

/** The clause after "that" in "agreed that ...", "requests that ...", or a decision's "That ...". */
export function thatClause(clause: string, speaker: string | null): Commitment | undefined {
  // "the Chair write to ...", "officers provide ...": the subject is the words before the first verb that fits.
  const words = clause.split(/\s+/).slice(0, 16);
  let consumed = 0;
  for (let split = 1; split < words.length; split += 1) {
    consumed = clause.indexOf(words[split - 1] ?? '', consumed) + (words[split - 1] ?? '').length;
    const word = words[split] ?? '';
    if (/^(?:be|is|are|was|were|has|have|had|would|will|should|shall|could|may|must|can|to)$/i.test(word)) break;
    const owner = ownerPhrase(words.slice(0, split).join(' '));
    if (!owner) continue;
    const rest = clause.slice(clause.indexOf(word, consumed) + word.length);
    const base = isActionVerb(word) ? word.toLowerCase() : baseOfThirdPerson(word);
    const committee = COMMITTEE.test(owner);
    if (/^(?:receives?|sees?)$/i.test(word)) return { owner: null, text: flip(false, 'receive', rest), rest };
    if (base && !(committee && OWN_BUSINESS.test(base))) return { owner: committee ? null : owner, text: finishAction(`${base}${rest}`), rest };
  }
  // "that the report to be submitted in October would include progress on X": put X in it.
  const willInclude = /^(.{3,160}?)\s+(?:would|will|should)\s+(?:also\s+)?(?:include|cover|contain)\s+(.{3,})$/i.exec(clause);
  if (willInclude?.[1] && willInclude[2] && !ownerPhrase(willInclude[1])) {
    return {
      owner: null,
      text: finishAction(`include ${willInclude[2].replace(/[.;]\s*$/, '')} in ${lowerDeterminer(willInclude[1])}`),
      rest: `${willInclude[2]} ${willInclude[1]}`,
    };
  }
  const passive = PASSIVE_ANY.exec(clause);
  if (passive?.[1]) {
    // "that this was a generous donation and a letter of thanks should be sent": the subject of the last clause.
    const np = clause
      .slice(0, passive.index)
      .trim()
      .replace(/^.*?\b(?:was|were|is|are|had|has|have)\b.*?,?\s+and\s+(?=(?:a|an|the|any|all|some)\s)/i, '');
    const rest = phraseAfter(clause, passive.index + passive[0].length);
    // "that Mr A and Mr B be authorised to complete the questionnaire": they do it.
    if (/^(?:asked|requested|tasked|authori[sz]ed|instructed)$/i.test(passive[1])) {
      const vp = /^to\s+(.*)$/i.exec(rest);
      if (vp?.[1]) return { owner: ownerPhrase(np), text: finishAction(vp[1]), rest: vp[1] };
      return undefined;
    }
    // "members be invited to visit": someone invites them.
    if (/^invited$/i.test(passive[1])) return np ? { owner: speaker, text: finishAction(`invite ${np} ${rest}`), rest } : undefined;
    // "that the duties be shared: A and B would reply to letters": the colon introduces who does what.
    const text = np && !/\b(?:if|when|whether)\b/i.test(np) && !/^:/.test(rest) ? passiveAction(np, passive[1], rest) : undefined;
    if (text) return { owner: speaker, text, rest };
  }
  const modal =
    /^(.{1,120}?)\s+(?:would|will|should|shall|to|is to|are to|were to|was to|must)\s+(?:also\s+|now\s+|then\s+|personally\s+)?(\w+(?:-\w+)?)\b(.*)$/i.exec(
      clause,
    );
  if (modal?.[1] && modal[2]) {
    const owner = ownerPhrase(modal[1]);
    const verb = modal[2].toLowerCase();
    const committee = owner !== null && COMMITTEE.test(owner);
    if (committee && /^(?:receive|see|be)$/.test(verb)) {
      const flipped = WOULD_LIKE.exec(`would like to ${verb}${modal[3] ?? ''}`);
      if (flipped?.[2]) return { owner: null, text: flip(false, flipped[2], flipped[3] ?? ''), rest: modal[3] ?? '' };
    }
    if (owner && !(committee && OWN_BUSINESS.test(verb)) && (isActionVerb(verb) || /^(?:come|report|feed|follow|look|pass|pick|take)$/.test(verb))) {
      return { owner: committee ? null : owner, text: finishAction(`${verb}${modal[3] ?? ''}`), rest: modal[3] ?? '' };
    }
  }
  // "that the next update includes the audit findings": put them in it.
  // Not "as set out in Appendix 1": a verb of the clause, not a reference to where something is.
  const includes = /^(.{3,120}?)(?<!\bas)\s+(?:includes?|covers?|sets? out|contains?)\s+(?!in\b)(.{3,})$/i.exec(clause);
  if (includes?.[1] && includes[2] && !ownerPhrase(includes[1])) {
    return {
      owner: null,
      text: finishAction(`include ${includes[2].replace(/[.;]\s*$/, '')} in ${lowerDeterminer(includes[1])}`),
      rest: `${includes[2]} ${includes[1]}`,
    };
  }
  return undefined;
}

type Context = { lastPerson: string | null; previous: string };

/** "he" or "she" is whoever was speaking ("The Director said she would ..."), else the last person named. */
function resolveOwner(owner: string | null, context: Context, speaker: string | null = null): string | null {
  if (!isPronoun(owner)) return owner;
  if (speaker && !isPronoun(speaker)) return speaker;
  return /^(?:he|she)$/i.test(owner ?? '') ? context.lastPerson : null;
}

/**
 * The commitment a sentence records, if any: "X agreed to ...", "X undertook to ...", "X would come
 * back to the Committee with ...", "Members requested that ... be circulated", "could be shared with
 * the Committee", "would welcome a further report ...", "Requests officers provide ...".
 */
/** Where in the sentence a reading starts, and the reading itself (tried in order of position). */
type Candidate = { index: number; read: () => Commitment | undefined };

/** "The Director agreed to circulate ...", "Members agreed to receive ...". */
function agreedTo(text: string, context: Context): Candidate[] {
  const out: Candidate[] = [];
  const agreedTo = AGREED_TO.exec(text);
  if (agreedTo?.[1] && !DECISION_VERB.test(agreedTo[1]) && !/\bhad\s+(?:\w+\s+)?$/i.test(text.slice(0, agreedTo.index))) {
    out.push({
      index: agreedTo.index,
      read: () => {
        const { subject, speaker } = clauseSubject(text.slice(0, agreedTo.index));
        const vpStart = agreedTo.index + agreedTo[0].length - (agreedTo[1]?.length ?? 0);
        const vp = text.slice(vpStart);
        const owner = /^it(?:\s+was)?$/i.test(subject.trim()) ? null : resolveOwner(ownerPhrase(subject) ?? speaker, context, speaker);
        return { owner, text: finishAction(vp), rest: vp };
      },
    });
  } else if (agreedTo?.[1] && /^receive$/i.test(agreedTo[1])) {
    out.push({
      index: agreedTo.index,
      read: () => ({
        owner: null,
        text: flip(false, 'receive', text.slice(agreedTo.index + agreedTo[0].length)),
        rest: text.slice(agreedTo.index + agreedTo[0].length),
      }),
    });
  }
  return out;
}

/** "agreed that the figures would be circulated", "requested that officers ...", "requests officers bring ...". */
function thatClauses(text: string, context: Context): Candidate[] {
  const out: Candidate[] = [];
  const thatMatch = THAT_CLAUSE.exec(text);
  if (thatMatch) {
    out.push({
      index: thatMatch.index,
      read: () => {
        // "The Director agreed that the figures would be circulated": the Director's to do; a request's asker is not.
        const agreeing = /^(?:agreed|undertook)\b/i.test(thatMatch[0].trim());
        const speaker = agreeing ? ownerPhrase(clauseSubject(text.slice(0, thatMatch.index)).subject) : null;
        const found = thatClause(text.slice(thatMatch.index + thatMatch[0].length), speaker);
        return found ? { ...found, owner: resolveOwner(found.owner, context, speaker) } : undefined;
      },
    });
  }
  // "The Deputy Chairman requested statistical data on ...": information to be provided.
  const information = INFORMATION_REQUEST.exec(text);
  // "A Member asked for further details of X and Members were advised that ...": answered there and then.
  const answered = information ? ANSWERED_THERE.test(text.slice(information.index)) : false;
  if (information?.[1] && !answered) {
    const wanted = information[1];
    out.push({ index: information.index, read: () => ({ owner: null, text: finishAction(`provide ${wanted}`), rest: wanted }) });
  }
  const bare = thatMatch || information ? undefined : REQUEST_BARE.exec(text);
  if (bare) {
    out.push({
      index: bare.index,
      read: () => {
        const found = thatClause(text.slice(bare.index + bare[0].length), null);
        return found && found.owner ? { ...found, owner: resolveOwner(found.owner, context) } : undefined;
      },
    });
  }
  return out;
}

/** "asked the Director to provide ...", "was asked to report back ...". */
function askedTo(text: string, context: Context): Candidate[] {
  const out: Candidate[] = [];
  const asked = ASKED_TO.exec(text);
  if (asked?.[1] && asked[2] && (isActionVerb(asked[2]) || /^(?:come|report|feed|follow|look)$/i.test(asked[2]))) {
    const owner = ownerPhrase(asked[1]);
    if (owner) {
      const vpStart = asked.index + asked[0].length - asked[2].length;
      out.push({
        index: asked.index,
        read: () => ({ owner: resolveOwner(owner, context), text: finishAction(text.slice(vpStart)), rest: text.slice(vpStart) }),
      });
    }
  }
  const wasAsked = WAS_ASKED.exec(text);
  if (wasAsked?.[1] && (isActionVerb(wasAsked[1]) || /^(?:come|report|feed|follow|look)$/i.test(wasAsked[1]))) {
    out.push({
      index: wasAsked.index,
      read: () => {
        const { subject } = clauseSubject(text.slice(0, wasAsked.index));
        const vpStart = wasAsked.index + wasAsked[0].length - (wasAsked[1]?.length ?? 0);
        return { owner: resolveOwner(ownerPhrase(subject), context), text: finishAction(text.slice(vpStart)), rest: text.slice(vpStart) };
      },
    });
  }
  return out;
}

/** "requested a breakdown of ...", "would like to see ...", "would welcome a report on ...". */
function requests(text: string, _context: Context): Candidate[] {
  const out: Candidate[] = [];
  const requested = REQUESTED_NP.exec(text) ?? ASKED_FOR.exec(text);
  if (requested?.[1] && REQUESTED_HEAD.test(requested[1].slice(0, 60)) && !NOT_FOLLOW_UP.test(requested[1])) {
    out.push({ index: requested.index, read: () => ({ owner: null, text: finishAction(`Provide ${requested[1] ?? ''}`), rest: requested[1] ?? '' }) });
  }
  const like = WOULD_LIKE.exec(text);
  if (like?.[2])
    out.push({ index: like.index, read: () => ({ owner: null, text: flip(Boolean(like[1]), like[2] ?? '', like[3] ?? ''), rest: like[3] ?? '' }) });
  const welcome = WOULD_WELCOME.exec(text);
  if (welcome?.[1] && !/^the\s+opportunity\b/i.test(welcome[1])) {
    out.push({ index: welcome.index, read: () => ({ owner: null, text: finishAction(`Provide ${welcome[1] ?? ''}`), rest: welcome[1] ?? '' }) });
  }
  return out;
}

/** "The committee agreed to invite ..." (the committee itself to act). */
function agreedToAct(text: string, _context: Context): Candidate[] {
  const out: Candidate[] = [];
  const agreeTo = AGREE_TO_ACT.exec(text);
  if (
    agreeTo?.[1] &&
    !AGREED_TO.exec(text) &&
    /^(?:preview|consider|review|scrutinise|revisit|add|include|visit|hold|establish|set|write|invite|schedule|monitor|return|look|receive)$/i.test(agreeTo[1])
  ) {
    out.push({
      index: agreeTo.index,
      read: () =>
        /^receive$/i.test(agreeTo[1] ?? '')
          ? { owner: null, text: flip(false, 'receive', agreeTo[2] ?? ''), rest: agreeTo[2] ?? '' }
          : { owner: null, text: finishAction(`${agreeTo[1] ?? ''} ${agreeTo[2] ?? ''}`), rest: agreeTo[2] ?? '' },
    });
  }
  return out;
}

/** A sentence's or heading's first word is in capitals only because it starts it: "Tree report", "Two of the signs"; "Mr Jones" and "CCTV" stay. */
export function inSentence(matter: string): string {
  if (/^[A-Z][a-z]+\s+[a-z]/.test(matter)) return `${matter.charAt(0).toLowerCase()}${matter.slice(1)}`;
  return matter.replace(/^(?:The|A|An|Two|Three|Four|Some|Several|Many|Both|All|This|These|Those|Our|Its|Their)\b/, (word) => word.toLowerCase());
}

/** Verbs that, told with no object, act on the matter just named: "Clerk to chase", "Mrs Ernest to pursue". */
export const BARE_VERB = /^(?:chase(?:\s+up)?|pursue|investigate|follow\s+up|action)$/i;
/** "Tree report required", "response awaited": the matter, and that it is still to come. */
const NOT_YET_DONE = /\s+(?:still\s+)?(?:required|needed|outstanding|awaited|ongoing|pending|not\s+(?:yet\s+)?(?:received|done))$/i;

/** "Chair to write to the Minister.", "... and the Locality Steward to make arrangements". */
function notesOfWhoDoesWhat(text: string, _context: Context): Candidate[] {
  const out: Candidate[] = [];
  // "Chair to write to the Minister.", "Officers to provide a breakdown by ward.", "Cllr Watkins to be
  // asked to advise", and mid-sentence "... and the Locality Steward to make arrangements": who does what.
  const notes = [
    // "The clerk is also to enquire ...": the same, said in a sentence.
    /^((?:the\s+)?[A-Z][^,;:()]{1,60}?)\s+(?:(?:is|are)\s+(?:also\s+)?)?to\s+(?:be\s+(?:asked|invited|requested)\s+to\s+)?(\w+(?:-\w+)?)\b/.exec(text),
    /(?:,\s*|\s)and\s+((?:the\s+)?[A-Z][^,;:()]{1,60}?)\s+to\s+(?:be\s+(?:asked|invited|requested)\s+to\s+)?(\w+(?:-\w+)?)\b/.exec(text),
    // "Hedge at Cobblestones is invading the path, Clerk to write to owner", "Tree report required Clerk to chase".
    /(?:,\s*|\s)((?:the\s+)?(?:[Cc]lerk|[Cc]hair(?:man)?|[A-Z]{2,4}|Cllrs?\.?\s+[A-Z][\w'’-]+))\s+to\s+(\w+(?:-\w+)?)\b/.exec(text),
  ];
  for (const note of notes) {
    if (!note?.[1] || !note[2] || !(isActionVerb(note[2]) || /^(?:come|report|feed|follow|look)$/i.test(note[2]))) continue;
    const owner = ownerPhrase(note[1]);
    const vpStart = note.index + note[0].length - note[2].length;
    // Mid-sentence, only after a clause of its own ("... had arranged to remove it and X to ..."), not inside a title.
    const afterClause = note.index === 0 || (isPersonLike(owner) && VERBISH.test(text.slice(0, note.index)));
    const vp = text.slice(vpStart);
    // "Tree report required Clerk to chase": a verb with no object acts on what the words before it name.
    const bare = BARE_VERB.exec(vp.replace(/[.;!\s]+$/, ''));
    const before = bare && note.index > 0 ? text.slice(0, note.index).replace(/[\s,;:–—-]+$/, '') : '';
    const named = before.replace(NOT_YET_DONE, '');
    const awaited = named !== before;
    if (!owner || COMMITTEE.test(owner) || !(afterClause || awaited)) continue;
    if (bare && named.split(/\s+/).length >= 2 && !VERBISH.test(named))
      out.push({ index: note.index, read: () => ({ owner, text: finishAction(`${bare[0]} ${inSentence(named)}`), rest: '' }) });
    else out.push({ index: note.index, read: () => ({ owner, text: finishAction(vp), rest: vp }) });
  }
  return out;
}

/** "officers are looking into the issue of enhanced checks": work someone has in hand. */
const IN_HAND =
  /(?:^|[,;–—-]\s*|\band\s+)((?:the\s+)?[A-Za-z][\w'’ .-]{1,60}?)\s+(?:is|are)\s+(?:currently\s+|now\s+|still\s+)?(looking\s+into|looking\s+at|investigating|exploring|chasing|following\s+up|pursuing)\s+(?=\S)/;

function workInHand(text: string, context: Context): Candidate[] {
  const found = IN_HAND.exec(text);
  if (!found?.[1] || !found[2]) return [];
  const owner = ownerPhrase(found[1]);
  if (!owner || !isPersonLike(owner) || COMMITTEE.test(owner)) return [];
  const verb = found[2]
    .toLowerCase()
    .replace(/ing\b/, '')
    .replace(/^(?:investigat|explor|pursu|chas)$/, '$&e')
    .replace(/\s+/g, ' ');
  const vp = text.slice(found.index + found[0].length);
  return [{ index: found.index, read: () => ({ owner: resolveOwner(owner, context), text: finishAction(`${verb} ${vp}`), rest: vp }) }];
}

/** "She would come back with the figures", "officers will circulate ...". */
function promises(text: string, context: Context): Candidate[] {
  const out: Candidate[] = [];
  const would = WOULD.exec(text);
  const modal = would?.[1]?.toLowerCase();
  const wouldVerb = would?.[2];
  if (would && modal && wouldVerb) {
    out.push({
      index: would.index,
      read: () => {
        const region = text.slice(0, would.index);
        const { subject, speaker } = clauseSubject(region);
        if (/\b(?:if|when|whether|unless|once)\b/i.test(subject)) return undefined;
        // "She said that X was under way, and would come back ...": the speaker is the subject. "Will chase up the
        // potholes" as a point of its own, under "X reported the following:": the one reporting.
        const reported = !subject.trim() && !speaker && would.index === 0 && !text.includes('?') ? context.lastPerson : null;
        const owner =
          reported ?? (subject.trim() ? resolveOwner(ownerPhrase(subject) ?? postAtEnd(subject), context, speaker) : resolveOwner(speaker, context));
        const vpStart = would.index + would[0].length - wouldVerb.length;
        const vp = text.slice(vpStart);
        const recipient = RECIPIENT.test(vp);
        const person = owner !== null && isPersonLike(owner) && !/^(?:members|the committee|the panel|the board)$/i.test(owner);
        if (modal === 'could' || modal === 'should') {
          if (!person || !recipient) return undefined;
        } else if (modal === 'will' || modal === 'shall') {
          // Reports say what "will" happen at the meeting itself; only a promise to the committee counts.
          if (!person || (DELIVERY.test(wouldVerb) && !recipient)) return undefined;
        } else if (!person && !(recipient && DELIVERY.test(wouldVerb))) return undefined;
        return { owner: owner ?? speaker, text: finishAction(vp), rest: vp };
      },
    });
  }
  return out;
}

/** Things a meeting is given to read: "the statistics", "a breakdown of the figures", "the response". */
const INFORMATION =
  /\b(?:statistics|figures|data|details|information|breakdown|numbers|response|answer|analysis|summary|note|briefing|slides|presentation|list|copy|copies|results|findings|link|map)\b/i;

/**
 * "There would be a formal report back to a future meeting", "Air Quality would be on the agenda at
 * a future meeting": a report or an item the meeting will have, with no one named.
 */
const COMING_BACK =
  /\bthere\s+(?:would|will|should)\s+be\s+(an?\s+(?:[\w-]+\s+){0,3}?(?:report|update|briefing|paper|item)(?:\s+back)?)\s+((?:to|at)\s+(?:a|the)\s+(?:future|next|later|subsequent|following)\s+(?:meeting|committee|panel|board)\b.*)$/i;
const ON_THE_AGENDA =
  /^(.{3,120}?)\s+(?:would|will|should)\s+(?:be\s+)?(?:be\s+)?(?:on|put\s+on|placed\s+on|added\s+to|included\s+on|brought\s+to)\s+(the\s+(?:agenda|work\s+programme|forward\s+plan)\b.*)$/i;

function comingBack(text: string): Candidate[] {
  const back = COMING_BACK.exec(text);
  if (back?.[1] && back[2]) {
    const [, report = '', rest = ''] = back;
    const text = `Bring ${lowerDeterminer(report.replace(/\s+back$/i, ''))} back ${rest}`;
    return [{ index: back.index, read: () => ({ owner: null, text: finishAction(text), rest }) }];
  }
  const agenda = ON_THE_AGENDA.exec(text.replace(/^(?:the\s+\w+\s+)?(?:agreed|decided)\s+(?:that\s+)?(?:it\s+would\s+[^,]+,\s+and\s+that\s+)?/i, ''));
  if (agenda?.[1] && agenda[2] && !/\b(?:if|when|whether|unless)\b/i.test(agenda[1])) {
    const [, item = '', rest = ''] = agenda;
    return [{ index: agenda.index, read: () => ({ owner: null, text: finishAction(`Put ${item} on ${rest}`), rest }) }];
  }
  return [];
}

/** "Document to be filed with the deeds", "the accounts are to be sent on to the auditor": a task set down, whoever does it. */
const TO_BE_DONE = /\b(?:is\s+to|are\s+to|to)\s+be\s+([a-z]{3,}(?:\s+(?:up|on|out|back|off|away))?)\b/i;

const SET_DOWN_SUBJECT =
  /^(?![Tt]o\b)(?:[A-Za-z][\w'’&/-]*)(?:\s+(?!(?:is|are|was|were|would|will|could|should|may|might|must|need|needs|needed|have|has|had|can)\b)[\w'’&/().,-]+)*$/;

/** "the figures would be circulated to members". */
function passives(text: string, context: Context): Candidate[] {
  const out: Candidate[] = [];
  const toBe = TO_BE_DONE.exec(text);
  const toBeHead = toBe?.[1]?.split(/\s+/)[0] ?? '';
  // "Additionally, Fire and Ambulance Services to be contacted": the lead-in word is not part of what is set down.
  const lead = toBe
    ? text
        .slice(0, toBe.index)
        .trim()
        .replace(/^(?:additionally|also|further|furthermore|then|finally|meanwhile),\s*/i, '')
    : '';
  // "Website – budget to be set up": the matter before a dash heads the line; what is set down follows it, for that matter.
  const heading = /^([^–—]{2,40}?)\s+[–—]\s+(?=\S)/.exec(lead);
  const setDown = heading ? lead.slice(heading[0].length) : lead;
  // "Items to be taken in private", "the procedure to be followed": how a meeting runs, not a task. A short noun phrase
  // set down on its own: "Cheques to be made out"; not "X would need to be", "Members to declare ... to be discussed".
  if (
    toBe?.[1] &&
    baseOfParticiple(toBeHead) &&
    !DECISION_PARTICIPLE.test(toBeHead) &&
    !/^(?:taken|followed|discussed)$/i.test(toBe[1]) &&
    SET_DOWN_SUBJECT.test(setDown) &&
    setDown.split(/\s+/).length <= 8 &&
    !/\bto\s+[a-z]|\s(?!need)[a-z]+ed\b|\b(?:if|when|whether|unless|once)\b/i.test(setDown) &&
    !/^(?:it|this|that|these|they|them|there)$/i.test(setDown) &&
    clauseSubject(setDown).subject.trim() === setDown
  ) {
    const rest = phraseAfter(text, toBe.index + toBe[0].length);
    const action = passiveAction(heading?.[1] ? `${setDown} for ${inSentence(heading[1])}` : setDown, toBe[1], rest);
    if (action) return [{ index: toBe.index, read: () => ({ owner: null, text: action, rest }) }];
  }
  // "... any interests in the matters to be considered at this meeting": a bare "to be" after a longer clause describes, it does not task.
  if (toBe && /^to\s/i.test(toBe[0]) && !/\b(?:need|needs|needed|have|has|had|is|are|was|were|ought)\s*$/i.test(setDown)) return out;
  const passive = PASSIVE.exec(text);
  if (passive?.[1] && !/^(?:asked|requested|tasked|invited)$/i.test(passive[1])) {
    out.push({
      index: passive.index,
      read: () => {
        const region = text.slice(0, passive.index);
        // "The Officer shared text summarising the feedback which would be incorporated into the report": what was shared.
        const relative =
          /^(.{2,80}?)\s+(?:shared|circulated|tabled|presented|provided|gave|suggested|proposed|drafted|prepared|produced|outlined)\s+(.{3,200}?),?\s+(?:which|that)\s*$/i.exec(
            region,
          );
        const read = relative?.[1] && relative[2] ? { subject: relative[2], speaker: ownerPhrase(relative[1]) } : clauseSubject(region);
        const { speaker } = read;
        let { subject } = read;
        // "Copies were tabled at the meeting and would be uploaded to the website": the subject of the first verb.
        // "The list had now been updated and would be circulated": the same, with the first clause whole.
        if ((!subject.trim() || /\band\s*$/i.test(subject)) && /\band\s*$/i.test(region)) {
          const first = /^(.{3,120}?)\s+(?:was|were|is|are|(?:had|has|have)\s+(?:now\s+|already\s+|just\s+|since\s+)?been)\b/i.exec(
            lastClause(region.replace(/,?\s+and\s*$/i, '')),
          );
          subject = first?.[1] ?? '';
        }
        if (!subject || /\b(?:if|when|whether|unless|once)\b/i.test(subject)) return undefined;
        const rest = phraseAfter(text, passive.index + passive[0].length);
        const head = (passive[1] ?? '').split(/\s+/)[0] ?? '';
        const toCommittee = /^(?:the\s+)?(?:committee|panel|board|sub-committee|members|all members|councillors)\b/i.test(subject);
        // "The statistics will be provided": information is provided to the meeting that asked for it.
        const information = INFORMATION.test(subject) && /^(?:provided|sent|circulated|shared|supplied|given|forwarded|produced|prepared)/i.test(head);
        if (NEEDS_RECIPIENT.test(head) && !RECIPIENT.test(rest) && !toCommittee && !information) return undefined;
        if (/^(?:updated|informed|briefed|kept)$/i.test(head) && !toCommittee) return undefined;
        if (/^(?:it|this|that|these|they|them)$/i.test(subject.trim()) && !context.previous) return undefined;
        const np = /^(?:it|this|that|these|they)$/i.test(subject.trim())
          ? resolveDemonstrative(subject, context.previous)
          : resolveDemonstrative(subject, region.slice(0, Math.max(0, region.lastIndexOf(subject))));
        if (/^(?:it|this|that|these|they)$/i.test(np.trim())) return undefined;
        // "Arrangements have been made for sandbag will be collected": a clause of its own, not a thing to collect.
        if (/^(?:(?!\b(?:which|that|who)\b).)*\b(?:has|have|had)\s+been\b/i.test(np)) return undefined;
        const action = passiveAction(np, passive[1] ?? '', rest);
        return action ? { owner: resolveOwner(speaker, context), text: action, rest } : undefined;
      },
    });
  }
  return out;
}

const READERS = [agreedTo, thatClauses, askedTo, requests, agreedToAct, notesOfWhoDoesWhat, promises, passives, comingBack, workInHand];

/** "(To receive a report from X, which invites the Panel to review ...)": what the agenda says an item is for, not something agreed. */
const AGENDA_DESCRIPTION = /^\(\s*to\s+(?:receive|consider)\b|^to\s+(?:receive|consider)\s+(?:a|the)\s+(?:\w+\s+){0,2}(?:report|presentation|update)\b/i;
/** "Any questions ... will be reported", "any declarations would be recorded": what may happen, not a commitment. */
const ANY_SUBJECT = /^any\s+\w+/i;

export function commitmentIn(sentence: string, context: Context): Commitment | undefined {
  if (AGENDA_DESCRIPTION.test(sentence) || ANY_SUBJECT.test(sentence)) return undefined;
  const text = sentence.slice(0, MAX_SENTENCE);
  const candidates = READERS.flatMap((reader) => reader(text, context)).sort((a, b) => a.index - b.index);
  let bare: Commitment | undefined;
  for (const candidate of candidates) {
    const found = candidate.read();
    // "invited Members to ask any questions": taken there and then.
    if (found && /^(?:ask|raise|put)\s+(?:any\s+)?questions?\b/i.test(found.text)) continue;
    if (found && found.text.split(/\s+/).length >= 2) return found;
    // A bare "chase" or "pursue", if nothing fuller: the reader completes it with the matter the paragraph names.
    if (found && BARE_VERB.test(found.text)) bare ??= found;
  }
  return bare;
}
