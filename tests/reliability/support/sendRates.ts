import type { ConnectorCall } from '../../support/loopbackConnector';

/** `spanMs`: from the first to the last call of that window. */
export type BusiestSecond = Readonly<{ count: number; startedAt: number; spanMs: number; conversationId?: string }>;

/** The most calls that arrived within any one window of `windowMs` (a window starting at each call). */
export function busiestSecond(calls: readonly Pick<ConnectorCall, 'at'>[], windowMs = 1000): BusiestSecond {
  const times = calls.map((call) => call.at).sort((a, b) => a - b);
  let best: BusiestSecond = { count: 0, startedAt: times[0] ?? 0, spanMs: 0 };
  let end = 0;
  for (let start = 0; start < times.length; start += 1) {
    const from = times[start] ?? 0;
    while (end < times.length && (times[end] ?? 0) < from + windowMs) end += 1;
    if (end - start > best.count) best = { count: end - start, startedAt: from, spanMs: (times[end - 1] ?? from) - from };
  }
  return best;
}

/** The busiest window of the busiest conversation. */
export function busiestConversationSecond(calls: readonly ConnectorCall[], windowMs = 1000): BusiestSecond {
  const byConversation = new Map<string, ConnectorCall[]>();
  for (const call of calls) byConversation.set(call.conversationId, [...(byConversation.get(call.conversationId) ?? []), call]);
  let best: BusiestSecond = { count: 0, startedAt: 0, spanMs: 0 };
  for (const [conversationId, theirs] of byConversation) {
    const busiest = busiestSecond(theirs, windowMs);
    if (busiest.count > best.count) best = { ...busiest, conversationId };
  }
  return best;
}

/** Milliseconds between one conversation's successive calls. */
export function gapsBetween(calls: readonly Pick<ConnectorCall, 'at'>[]): number[] {
  const times = calls.map((call) => call.at).sort((a, b) => a - b);
  return times.slice(1).map((time, index) => time - (times[index] ?? time));
}
