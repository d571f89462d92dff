import type { DigestDelivery } from '../jobs/digestJob';
import type { StateRepository } from '../store/stateRepository';
import type { TrackerAdapter } from './adapter';
import { cardActivity } from './activities';
import { sendProactive, type ProactiveOptions } from './proactive';
import { loadReference, personalReferenceId } from './references';

/** Delivers digests to personal chats through their stored conversation references. */
export function teamsDigestDelivery(deps: { adapter: TrackerAdapter; botAppId: string; state: StateRepository; retry?: ProactiveOptions }): DigestDelivery {
  return {
    async send(person, card, summary) {
      const reference = person.aadObjectId ? await loadReference(deps.state, personalReferenceId(person.aadObjectId)) : undefined;
      if (!reference) return 'unreachable';
      const result = await sendProactive(
        deps.adapter,
        deps.botAppId,
        reference,
        cardActivity(card, summary.split('\n')[0] ?? 'Your weekly digest'),
        deps.retry,
      );
      return result.ok ? 'sent' : result.reason === 'blocked' ? 'blocked' : 'failed';
    },
  };
}
