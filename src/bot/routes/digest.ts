import type { TurnContext } from 'botbuilder';
import { hasRole } from '../../domain/rules';
import { composeDigests } from '../../domain/digest';
import { savePreferences, unreachableManagers, weekdayName } from '../../jobs/digestJob';
import { digestText, renderDigestCard, renderMessageCard } from '../../cards/render';
import { type BotDeps, type TurnPlan } from '../turn';
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

/** "digest", "digest off/on", "send my digest on Fridays", "who can't get digests?". False when the text is none of these. */
export async function handleDigestCommand(context: TurnContext, deps: BotDeps, turn: TurnPlan, text: string): Promise<boolean> {
  const said = text
    .trim()
    .toLowerCase()
    .replace(/[?.!]+$/, '');
  const person = turn.person;

  if (/^(?:who|which managers?)\s+(?:can'?t|cannot|can not|isn'?t able to|aren'?t able to)\s+(?:get|receive)\s+(?:their\s+|the\s+)?digests?$/.test(said)) {
    setRoute('digest:unreachable');
    if (!hasRole(person, 'admin')) {
      await reply(context, 'Only admins can see who cannot get digests.');
      return true;
    }
    const missing = await unreachableManagers(
      deps,
      turn.view.people,
      async (manager) => Boolean(manager.aadObjectId && (await loadReference(deps.state, personalReferenceId(manager.aadObjectId)))),
      turn.today,
    );
    await reply(
      context,
      missing.length === 0 ? 'Every manager can get their digest.' : `${missing.length} manager${missing.length === 1 ? '' : 's'} can't get digests`,
      missing.map(({ person: manager, why }) => `${manager.name} ${why}.`),
    );
    return true;
  }

  const dayMatch = /^(?:send|deliver|move)\s+(?:me\s+)?my\s+digest\s+(?:on|to)\s+([a-z]+)$/.exec(said) ?? /^digest\s+on\s+([a-z]+)$/.exec(said);
  const onOff = /^(?:digest|weekly digest|my digest)\s+(on|off)$/.exec(said) ?? /^(?:turn|switch)\s+(on|off)\s+(?:my\s+)?(?:weekly\s+)?digest$/.exec(said);
  if (!dayMatch && !onOff && !/^(?:my\s+|show\s+(?:me\s+)?my\s+)?(?:weekly\s+)?digest$/.test(said)) return false;

  setRoute('digest');
  if (!person || !(hasRole(person, 'manager') || hasRole(person, 'admin'))) {
    await reply(context, 'Weekly digests are for managers and admins.', ['Ask "my actions" to see your own actions.']);
    return true;
  }
  if (dayMatch) {
    const weekday = DAYS[dayMatch[1] ?? ''];
    if (!weekday) {
      await reply(context, 'Digests can go out on any working day, Monday to Friday.', ['For example: "send my digest on Fridays".']);
      return true;
    }
    await savePreferences(deps.state, deps.planId, person.id, { weekday, enabled: true });
    await reply(context, `Your weekly digest will come on ${weekdayName(weekday)}s at 8am.`, [
      'If that day is a bank holiday it comes on the next working day.',
    ]);
    return true;
  }
  if (onOff) {
    const enabled = onOff[1] === 'on';
    await savePreferences(deps.state, deps.planId, person.id, { enabled });
    await reply(context, enabled ? 'Your weekly digest is on.' : 'Your weekly digest is off. Say "digest on" to have it again.');
    return true;
  }
  const [digest] = composeDigests({
    people: turn.view.people,
    areas: turn.view.plan.areas,
    meetings: turn.view.meetings,
    actions: turn.view.actions,
    today: turn.today,
    lastDigestAt: new Map(),
    only: new Set([person.id]),
  });
  if (!digest) return false;
  await context.sendActivity(
    cardActivity(renderDigestCard(digest, turn.today, turn.view.plan.areas), digestText(digest, turn.today).split('\n')[0] ?? 'Your digest'),
  );
  return true;
}
