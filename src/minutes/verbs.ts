/** The verbs of things people undertake to do after a meeting, in the forms minutes use them. */

/** Base forms of verbs an action can start with. */
export const ACTION_VERBS = new Set([
  'add', 'address', 'advise', 'amend', 'approach', 'analyse', 'arrange', 'ask', 'assess', 'attend', 'audit', 'book', 'brief', 'bring', 'build', 'carry', 'chase', 'check', 'circulate',
  'clarify', 'collate', 'come', 'commission', 'communicate', 'complete', 'confirm', 'consider', 'consult', 'contact', 'continue', 'convene', 'copy', 'co-ordinate', 'coordinate',
  'correct', 'create', 'define', 'deliver', 'design', 'develop', 'discuss', 'distribute', 'draft', 'draw', 'email', 'e-mail', 'engage', 'ensure', 'establish', 'evaluate',
  'examine', 'expand', 'explain', 'explore', 'extend', 'facilitate', 'feed', 'find', 'finalise', 'follow', 'forward', 'gather', 'give', 'hold', 'identify', 'implement',
  'improve', 'include', 'inform', 'initiate', 'introduce', 'investigate', 'invite', 'issue', 'keep', 'launch', 'lead', 'liaise', 'link', 'list', 'look', 'make', 'map',
  'meet', 'monitor', 'notify', 'obtain', 'offer', 'organise', 'outline', 'pass', 'pick', 'place', 'plan', 'prepare', 'present', 'prioritise', 'produce', 'progress',
  'promote', 'provide', 'publicise', 'publish', 'put', 'raise', 'reconsider', 'record', 'refer', 'reflect', 'reissue', 'remind', 'reply', 'report', 'research',
  'resend', 'respond', 'return', 'review', 'revise', 'revisit', 'run', 'schedule', 'scope', 'scrutinise', 'seek', 'send', 'set', 'share', 'speak', 'submit', 'supply',
  'take', 'talk', 'test', 'track', 'update', 'upload', 'visit', 'work', 'write',
]);

/** Verbs that make sense passively ("be added to the work programme") but rarely start an action on their own. */
const EXTRA_BASES = new Set(['circulate', 'add', 'schedule', 'include', 'present', 'submit', 'distribute', 'email', 'forward']);
const IRREGULAR_PARTICIPLES: Record<string, string> = {
  brought: 'bring', sent: 'send', given: 'give', made: 'make', written: 'write', taken: 'take', put: 'put', set: 'set', held: 'hold', fed: 'feed',
  shown: 'show', undertaken: 'undertake', drawn: 'draw', sought: 'seek', met: 'meet', led: 'lead', found: 'find', kept: 'keep', told: 'tell', run: 'run',
  done: 'do', seen: 'see', read: 'read', spoken: 'speak', built: 'build', chosen: 'choose', begun: 'begin',
};

/** "circulated" -> "circulate", "submitted" -> "submit", "brought" -> "bring"; undefined for words that are not such a participle. */
export function baseOfParticiple(word: string): string | undefined {
  const lower = word.toLowerCase();
  const irregular = IRREGULAR_PARTICIPLES[lower];
  if (irregular) return irregular;
  if (!lower.endsWith('ed')) return undefined;
  const candidates = [lower.slice(0, -1), lower.slice(0, -2), lower.slice(0, -3), `${lower.slice(0, -3)}y`];
  return candidates.find((candidate) => ACTION_VERBS.has(candidate) || EXTRA_BASES.has(candidate));
}

/** "provides" -> "provide", "writes" -> "write", "asks" -> "ask"; undefined when not a third-person verb we know. */
export function baseOfThirdPerson(word: string): string | undefined {
  const lower = word.toLowerCase();
  if (!lower.endsWith('s')) return undefined;
  const candidates = [lower.slice(0, -1), lower.slice(0, -2), `${lower.slice(0, -3)}y`];
  return candidates.find((candidate) => ACTION_VERBS.has(candidate));
}

/** Whether a word is the base form of a verb an action can start with ("circulate", "write"). */
export function isActionVerb(word: string): boolean {
  return ACTION_VERBS.has(word.toLowerCase());
}
