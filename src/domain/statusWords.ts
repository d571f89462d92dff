import type { ActionStatus } from './model';

/**
 * The words people use for each stored status, said of one action ("mark 7.2 done", "7.2 is on
 * hold"). The one list: the words that change an action are read with it, and questions about
 * statuses start from it (adding words only questions use, such as "outstanding").
 */
export const STATUS_NAMES: Readonly<Record<ActionStatus, readonly string[]>> = {
  complete: ['complete', 'completed', 'done', 'finished', 'closed', 'delivered'],
  blocked: ['blocked', 'stuck', 'on hold', 'held up', 'stalled'],
  in_progress: ['in progress', 'underway', 'under way', 'started', 'ongoing', 'progressing'],
  not_started: ['not started', 'not yet started'],
  cancelled: ['cancelled', 'canceled', 'dropped', 'withdrawn'],
};
