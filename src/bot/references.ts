import { TurnContext, type ChannelAccount, type ConversationReference } from 'botbuilder';
import type { Person } from '../domain/model';
import { z } from 'zod';
import { AppError } from '../errors';
import { stateId, type StateRepository } from '../store/stateRepository';

/** Just what a proactive message needs, validated when read back. */
const StoredReferenceSchema = z
  .object({
    channelId: z.string().min(1),
    serviceUrl: z.string().url(),
    conversation: z
      .object({ id: z.string().min(1), tenantId: z.string().optional(), conversationType: z.string().optional(), name: z.string().optional() })
      .passthrough(),
    bot: z.object({ id: z.string().min(1) }).passthrough(),
    user: z.object({ id: z.string() }).passthrough().optional(),
  })
  .passthrough();

/** The personal chat with a person, by their Teams (AAD) object id. */
export const personalReferenceId = (aadObjectId: string): string => stateId('ref-person', aadObjectId);
/** The channel where the committee's summaries go, per plan. */
export const committeeChannelId = (planId: string): string => `ref-committee-${planId}`;

export async function saveReference(state: StateRepository, id: string, reference: Partial<ConversationReference>): Promise<void> {
  await state.put(id, 'conversationReference', reference);
}

export async function loadReference(state: StateRepository, id: string): Promise<Partial<ConversationReference> | undefined> {
  const record = await state.get(id);
  if (!record) return undefined;
  const parsed = StoredReferenceSchema.safeParse(record.value);
  if (!parsed.success) return undefined;
  const { bot, user, conversation, ...rest } = parsed.data;
  return {
    ...rest,
    conversation: { isGroup: false, name: '', conversationType: '', ...conversation },
    bot: { name: '', ...bot },
    ...(user ? { user: { name: '', ...user } } : {}),
  };
}

/** Remembers how to reach this person's personal chat (on install and on their messages). */
export async function rememberPersonalChat(context: TurnContext, state: StateRepository): Promise<boolean> {
  const { conversation, from } = context.activity;
  if (conversation?.conversationType !== 'personal' || !from?.aadObjectId) return false;
  try {
    await saveReference(state, personalReferenceId(from.aadObjectId), TurnContext.getConversationReference(context.activity));
    return true;
  } catch (error) {
    if (error instanceof AppError) return false;
    throw error;
  }
}

/**
 * The Teams user ids (`29:…`, as in `activity.from.id`) of these people, which is what a card's
 * `refresh.userIds` takes: the asker's from this turn, the others' from their personal chat.
 * People who have never opened the app have none yet.
 */
export async function teamsUserIdsOf(
  state: StateRepository,
  people: readonly Person[],
  personIds: readonly string[],
  asker: Partial<ChannelAccount> | undefined,
): Promise<string[]> {
  const found = await teamsUserIdMap(state, people, personIds, asker);
  return [...new Set(personIds)].flatMap((personId) => found.get(personId) ?? []);
}

/** Each person's Teams user id, looked up once each however many cards name them (one read per person). */
export async function teamsUserIdMap(
  state: StateRepository,
  people: readonly Person[],
  personIds: readonly string[],
  asker: Partial<ChannelAccount> | undefined,
): Promise<Map<string, string>> {
  const pairs = await Promise.all(
    [...new Set(personIds)].map(async (personId): Promise<[string, string | undefined]> => {
      const aadObjectId = people.find((person) => person.id === personId)?.aadObjectId;
      if (!aadObjectId) return [personId, undefined];
      if (asker?.aadObjectId === aadObjectId && asker.id) return [personId, asker.id];
      return [personId, (await loadReference(state, personalReferenceId(aadObjectId)))?.user?.id || undefined];
    }),
  );
  return new Map(pairs.filter((pair): pair is [string, string] => Boolean(pair[1])));
}
