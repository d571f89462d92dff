import { factsOf } from '../../store/planRepository';
import type { TurnContext } from 'botbuilder';
import { hasRole, isOutstanding } from '../../domain/rules';
import { composeDigests } from '../../domain/digest';
import { savePreferences, unreachableManagers, weekdayName } from '../../jobs/digestJob';
import { digestText, renderDigestCard, renderMessageCard } from '../../cards/render';
import { isMessage, loadTurnPlan, messageTextOf, type BotDeps, type TrackerApp, type TurnPlan } from '../turn';
import { guarded } from './guarded';
import { cardActivity } from '../activities';
import { loadReference, personalReferenceId } from '../references';
import { setRoute } from '../turnLog';

const DAYS: Record<string, number> = {
  monday: 1,
  mondays: 1,
  tuesday: 2,
  tuesdays: 2,
  wednesday: 3,
  wednesdays: 3,
  thursday: 4,
  thursdays: 4,
  friday: 5,
  fridays: 5,
};

async function reply(context: TurnContext, heading: string, paragraphs: string[] = []): Promise<void> {
  await context.sendActivity(cardActivity(renderMessageCard({ heading, paragraphs }), heading));
}

type DigestCommand = { kind: 'unreachable' } | { kind: 'day'; day: string } | { kind: 'switch'; enabled: boolean } | { kind: 'show' };

/** "digest", "digest off/on", "send my digest on Fridays", "who can't get digests?"; undefined for anything else. */
export function parseDigestCommand(text: string): DigestCommand | undefined {
  const said = text
    .trim()
    .toLowerCase()
    .replace(/[?.!]+$/, '');
  if (/^(?:who|which managers?)\s+(?:can'?t|cannot|can not|isn'?t able to|aren'?t able to)\s+(?:get|receive)\s+(?:their\s+|the\s+)?digests?$/.test(said)) {
    return { kind: 'unreachable' };
  }
  const dayMatch = /^(?:send|deliver|move)\s+(?:me\s+)?my\s+digest\s+(?:on|to)\s+([a-z]+)$/.exec(said) ?? /^digest\s+on\s+([a-z]+)$/.exec(said);
  if (dayMatch) return { kind: 'day', day: dayMatch[1] ?? '' };
  const onOff = /^(?:digest|weekly digest|my digest)\s+(on|off)$/.exec(said) ?? /^(?:turn|switch)\s+(on|off)\s+(?:my\s+)?(?:weekly\s+)?digest$/.exec(said);
  if (onOff) return { kind: 'switch', enabled: onOff[1] === 'on' };
  if (/^(?:my\s+|show\s+(?:me\s+)?my\s+)?(?:weekly\s+)?digest$/.test(said)) return { kind: 'show' };
  return undefined;
}

async function runDigestCommand(context: TurnContext, deps: BotDeps, turn: TurnPlan, command: DigestCommand): Promise<void> {
  const person = turn.person;
  if (command.kind === 'unreachable') {
    setRoute('digest:unreachable');
    if (!hasRole(person, 'admin')) {
      await reply(context, 'Only admins can see who cannot get digests.');
      return;
    }
    const missing = await unreachableManagers(
      deps,
      turn.view.people,
      async (manager) => Boolean(manager.aadObjectId && (await loadReference(deps.state, personalReferenceId(manager.aadObjectId)))),
      turn.today,
    );
    // Owners of open actions hear of them by reminders, which need the app opened in Teams too.
    const owners = new Set(turn.view.actions.filter((action) => isOutstanding(action)).map((action) => action.owner));
    const cannotBeReminded: string[] = [];
    for (const owner of turn.view.people) {
      if (!owners.has(owner.id) || missing.some((one) => one.person.id === owner.id)) continue;
      if (!owner.aadObjectId || !(await loadReference(deps.state, personalReferenceId(owner.aadObjectId))))
        cannotBeReminded.push(`${owner.name} can't get reminders: has not opened the app in Teams yet.`);
    }
    await reply(
      context,
      missing.length === 0 ? 'Every manager can get their digest.' : `${missing.length} manager${missing.length === 1 ? '' : 's'} can't get digests`,
      [...missing.map(({ person: manager, why }) => `${manager.name} ${why}.`), ...cannotBeReminded],
    );
    return;
  }

  setRoute('digest');
  if (!person || !(hasRole(person, 'manager') || hasRole(person, 'admin'))) {
    await reply(context, 'Weekly digests are for managers and admins.', ['Ask "my actions" to see your own actions.']);
    return;
  }
  if (command.kind === 'day') {
    const weekday = DAYS[command.day];
    if (!weekday) {
      await reply(context, 'Digests can go out on any working day, Monday to Friday.', ['For example: "send my digest on Fridays".']);
      return;
    }
    await savePreferences(deps.state, deps.planId, person.id, { weekday, enabled: true });
    await reply(context, `Your weekly digest will come on ${weekdayName(weekday)}s at 8am.`, [
      'If that day is a bank holiday it comes on the next working day.',
    ]);
    return;
  }
  if (command.kind === 'switch') {
    await savePreferences(deps.state, deps.planId, person.id, { enabled: command.enabled });
    await reply(context, command.enabled ? 'Your weekly digest is on.' : 'Your weekly digest is off. Say "digest on" to have it again.');
    return;
  }
  const [digest] = composeDigests({
    ...factsOf(turn.view),
    today: turn.today,
    lastDigestAt: new Map(),
    only: new Set([person.id]),
  });
  if (!digest) {
    await reply(context, 'There is nothing for your digest just now.');
    return;
  }
  await context.sendActivity(
    cardActivity(renderDigestCard(digest, turn.today, turn.view.plan.areas), digestText(digest, turn.today).split('\n')[0] ?? 'Your digest'),
  );
}

/** A manager's own digest and its settings, in words. */
export function registerDigestMessageRoutes(app: TrackerApp, deps: BotDeps): void {
  app.message(
    (context) => Promise.resolve(isMessage(context) && parseDigestCommand(messageTextOf(context)) !== undefined),
    guarded(deps, async (context) => {
      const command = parseDigestCommand(messageTextOf(context));
      if (command) await runDigestCommand(context, deps, await loadTurnPlan(context, deps), command);
    }),
  );
}
