import type { TurnContext } from 'botbuilder';
import { renderMessageCard } from '../../cards/render';
import { changeFollows, readFollows } from '../../jobs/followJob';
import { cardActivity } from '../activities';
import { isMessage, loadTurnPlan, messageTextOf, type BotDeps, type TrackerApp, type TurnPlan } from '../turn';
import { setRoute } from '../turnLog';
import { guarded } from './guarded';

type FollowCommand = { kind: 'follow' | 'unfollow'; areas: number[]; refs: string[] } | { kind: 'list' };

/** "follow area 7", "follow 7.2", "unfollow areas 7 and 11", "stop following 7.2", "what do I follow?"; undefined for anything else. */
export function parseFollowCommand(text: string): FollowCommand | undefined {
  const said = text
    .trim()
    .toLowerCase()
    .replace(/[?.!]+$/, '')
    .replace(/^please\s+/, '');
  if (/^what\s+(?:do\s+i\s+follow|am\s+i\s+following|things\s+do\s+i\s+follow)$|^(?:my\s+)?follows$/.test(said)) return { kind: 'list' };
  const command = /^(follow|unfollow|stop following)\s+(.+)$/.exec(said);
  if (!command?.[2]) return undefined;
  const rest = command[2];
  if (!/^(?:(?:areas?|actions?)\s+)?(?:\d{1,2}(?:\.\d{1,2})?(?:\s*(?:,|and|&)\s*(?:(?:areas?|actions?)\s+)?)?)+$/.test(rest)) return undefined;
  const refs = [...rest.matchAll(/\b\d{1,2}\.\d{1,2}\b/g)].map((match) => match[0]);
  const areas = /\bareas?\b/.test(rest) ? [...rest.replace(/\b\d{1,2}\.\d{1,2}\b/g, '').matchAll(/\b\d{1,2}\b/g)].map((match) => Number(match[0])) : [];
  if (refs.length + areas.length === 0) return undefined;
  return { kind: command[1] === 'follow' ? 'follow' : 'unfollow', areas, refs };
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
