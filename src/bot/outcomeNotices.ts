import type { TurnContext } from 'botbuilder';
import { renderMessageCard, type AdaptiveCard } from '../cards/render';
import { formatDate } from '../domain/dates';
import { cardActivity } from './activities';
import { sendProactive } from './proactive';
import { committeeChannelId, loadReference, personalReferenceId } from './references';
import type { BotDeps, TurnPlan } from './turn';

/** After a meeting's outcomes are confirmed: the summary to the committee's channel, and each new owner told. */
export async function announceOutcomes(
  context: TurnContext,
  deps: BotDeps,
  turn: TurnPlan,
  summary: AdaptiveCard,
  created: readonly { owner: string; ref: string; title: string; due: string }[],
  meetingDate: string,
): Promise<string[]> {
  const notes: string[] = [];
  const channel = await loadReference(deps.state, committeeChannelId(deps.planId));
  if (channel) {
    const sent = await sendProactive(deps.adapter, deps.botAppId, channel, cardActivity(summary, `Committee outcomes of ${formatDate(meetingDate)}`));
    notes.push(sent.ok ? "Posted the summary to the committee's channel." : "Couldn't post to the committee's channel; the summary is here instead.");
  } else {
    notes.push("No committee channel is set up yet (install the app in the committee's team), so the summary is only here.");
  }
  const unreachable: string[] = [];
  for (const owner of new Set(created.map((action) => action.owner))) {
    const person = turn.view.people.find((candidate) => candidate.id === owner);
    const reference = person?.aadObjectId ? await loadReference(deps.state, personalReferenceId(person.aadObjectId)) : undefined;
    const theirs = created.filter((action) => action.owner === owner);
    const card = renderMessageCard({
      heading: `You have ${theirs.length === 1 ? 'a new action' : `${theirs.length} new actions`} from the committee meeting of ${formatDate(meetingDate)}`,
      paragraphs: theirs.map((action) => `${action.ref} ${action.title} (due ${formatDate(action.due)})`),
      buttonsIntro: '',
      buttons: [{ title: 'My actions', question: 'My actions' }],
    });
    const sent = reference ? await sendProactive(deps.adapter, deps.botAppId, reference, cardActivity(card, 'You have a new action')) : undefined;
    if (!sent?.ok) unreachable.push(person?.name ?? owner);
  }
  notes.push(
    unreachable.length === 0
      ? created.length > 0
        ? 'Told each new owner in their personal chat.'
        : ''
      : `Couldn't reach ${unreachable.join(', ')} in Teams yet (they need to open the app once); please let them know.`,
  );
  return notes.filter(Boolean);
}
