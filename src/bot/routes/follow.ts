import type { TurnContext } from 'botbuilder';
import { renderMessageCard } from '../../cards/render';
import { answerFromView } from '../../ask/askService';
import { changeFollows, readFollows } from '../../jobs/followJob';
import { cardActivity } from '../activities';
import { isMessage, loadTurnPlan, messageTextOf, type BotDeps, type TrackerApp, type TurnPlan } from '../turn';
import { setRoute } from '../turnLog';
import { guarded } from './guarded';

type FollowCommand = { kind: 'follow' | 'unfollow'; areas: number[]; refs: string[]; words?: string } | { kind: 'list' };

/** "follow area 7", "follow 7.2", "unfollow areas 7 and 11", "stop following 7.2", "what do I follow?"; undefined for anything else. */
export function parseFollowCommand(text: string): FollowCommand | undefined {
  const said = text
    .trim()
    .toLowerCase()
    .replace(/[?.!]+$/, '')
    .replace(/^please\s+/, '');
  if (/^what\s+(?:do\s+i\s+follow|am\s+i\s+following|things\s+do\s+i\s+follow)$|^(?:my\s+)?follows$/.test(said)) return { kind: 'list' };
  // "follow up on 7.2", "follow-up actions" are not following.
  const command = /^(follow|unfollow|stop following)\s+(?!up\b|-?up\b)(.+)$/.exec(said);
  if (!command?.[2]) return undefined;
  const rest = command[2];
  const kind = command[1] === 'follow' ? 'follow' : 'unfollow';
  // In words ("follow life story work"): read against the plan, as a question would be.
  if (!/^(?:(?:areas?|actions?)\s+)?(?:\d{1,2}(?:\.\d{1,2})?(?:\s*(?:,|and|&)\s*(?:(?:areas?|actions?)\s+)?)?)+$/.test(rest))
    return rest.length <= 100 ? { kind, areas: [], refs: [], words: rest } : undefined;
  const refs = [...rest.matchAll(/\b\d{1,2}\.\d{1,2}\b/g)].map((match) => match[0]);
  const areas = /\bareas?\b/.test(rest) ? [...rest.replace(/\b\d{1,2}\.\d{1,2}\b/g, '').matchAll(/\b\d{1,2}\b/g)].map((match) => Number(match[0])) : [];
  if (refs.length + areas.length === 0) return undefined;
  return { kind, areas, refs };
}

async function reply(context: TurnContext, heading: string, paragraphs: string[] = []): Promise<void> {
  await context.sendActivity(cardActivity(renderMessageCard({ heading, paragraphs }), heading));
}

function describe(turn: TurnPlan, areas: readonly number[], actionIds: readonly string[]): string[] {
  return [
    ...areas.map((number) => `Area ${number}, ${turn.view.plan.areas.find((area) => area.number === number)?.shortTitle ?? ''}`),
    ...actionIds.flatMap((id) => {
      const action = turn.view.actions.find((one) => one.id === id);
      return action ? [`${action.ref} ${action.title}`] : [];
    }),
  ];
}

/** Following areas and actions, in words; the changes come by followJob, batched. */
export function registerFollowMessageRoutes(app: TrackerApp, deps: BotDeps): void {
  app.message(
    (context) => Promise.resolve(isMessage(context) && parseFollowCommand(messageTextOf(context)) !== undefined),
    guarded(deps, async (context) => {
      setRoute('follow');
      const command = parseFollowCommand(messageTextOf(context));
      const turn = await loadTurnPlan(context, deps);
      if (!command) return;
      if (!turn.person) {
        await reply(context, "You're not on the plan's people list, so you can't follow actions. An administrator can add you.");
        return;
      }
      const personId = turn.person.id;
      if (command.kind === 'list') {
        const current = await readFollows(deps.state, deps.planId, personId);
        const things = describe(turn, current?.areas ?? [], current?.actionIds ?? []);
        await reply(context, things.length === 0 ? "You don't follow anything yet." : `You follow ${things.length} thing${things.length === 1 ? '' : 's'}`, [
          ...things,
          things.length === 0
            ? 'Say "follow area 7" or "follow 7.2" to hear when they change.'
            : 'You hear of changes by others at most once an hour, in this chat.',
        ]);
        return;
      }
      if (command.words !== undefined) {
        // What the words name: an area ("life story work"), or one action ("the QA framework").
        const read = answerFromView(turn.view, { text: command.words, asker: turn.person, today: turn.today });
        const areas =
          read.query.intent === 'list_actions' && read.query.filter.topics.length === 0 && read.query.filter.owners.length === 0 ? read.query.filter.areas : [];
        const single =
          read.query.intent === 'action_detail' || (read.query.intent === 'list_actions' && areas.length === 0 && read.actionIds.length === 1)
            ? read.actionIds
            : [];
        if (areas.length === 0 && single.length !== 1) {
          await reply(context, `I couldn't tell which area or action "${command.words}" means. Nothing was changed.`, ['Say "follow area 7" or "follow 7.2".']);
          return;
        }
        command.areas.push(...areas);
        command.refs.push(...single.flatMap((id) => turn.view.actions.find((one) => one.id === id)?.ref ?? []));
      }
      const unknownAreas = command.areas.filter((number) => !turn.view.plan.areas.some((area) => area.number === number));
      const actions = command.refs.map((ref) => ({ ref, action: turn.view.actions.find((one) => one.ref === ref) }));
      const unknownRefs = actions.filter((one) => !one.action).map((one) => one.ref);
      if (unknownAreas.length + unknownRefs.length > 0) {
        await reply(
          context,
          `There is no ${[...unknownAreas.map((number) => `area ${number}`), ...unknownRefs.map((ref) => `action ${ref}`)].join(' or ')} in the plan. Nothing was changed.`,
        );
        return;
      }
      const ids = actions.flatMap((one) => (one.action ? [one.action.id] : []));
      const next = await changeFollows(
        deps.state,
        deps.planId,
        personId,
        (current) =>
          command.kind === 'follow'
            ? { areas: [...current.areas, ...command.areas], actionIds: [...current.actionIds, ...ids] }
            : { areas: current.areas.filter((number) => !command.areas.includes(number)), actionIds: current.actionIds.filter((id) => !ids.includes(id)) },
        deps.clock(),
      );
      const named = describe(turn, command.areas, ids);
      await reply(context, command.kind === 'follow' ? `You now follow ${named.join(' and ')}.` : `You no longer follow ${named.join(' and ')}.`, [
        command.kind === 'follow'
          ? "When someone else changes its status or due date, or adds a note, you'll hear in this chat, at most once an hour."
          : `You follow ${next.areas.length + next.actionIds.length} other thing${next.areas.length + next.actionIds.length === 1 ? '' : 's'}.`,
      ]);
    }),
  );
}
