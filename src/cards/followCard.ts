import type { FollowedChange } from '../domain/following';
import { AdaptiveCard, clip, expand, FALLBACK_LIMIT, ITEM_TEXT_LIMIT, MAX_ITEMS_SHOWN } from './cardKit';

/** The changes to what a person follows, in one card: who changed what on which action. */
export function renderFollowCard(changes: readonly FollowedChange[]): AdaptiveCard {
  const shown = changes.slice(-MAX_ITEMS_SHOWN);
  const items = shown.map((change) => ({
    actionId: change.action.id,
    ref: change.action.ref,
    title: clip(change.action.title, ITEM_TEXT_LIMIT),
    who: change.by,
    what: clip(change.what, 400),
  }));
  const actions = new Set(changes.map((change) => change.action.id)).size;
  const heading = `${changes.length} change${changes.length === 1 ? '' : 's'} to ${actions === 1 ? 'an action' : `${actions} actions`} you follow`;
  return expand('follow', {
    heading,
    items,
    more: changes.length > shown.length ? `And ${changes.length - shown.length} earlier changes.` : '',
    fallbackText: clip([heading, ...items.map((item) => `${item.ref} ${item.who}: ${item.what}`)].join('\n'), FALLBACK_LIMIT),
  });
}
