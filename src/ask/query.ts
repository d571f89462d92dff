import { z } from 'zod';
import { STATUS_WORDS } from './lexicon';

const isoDate = z.string().regex(/^\d{4}-\d{2}-\d{2}$/);

export const StatusWordSchema = z.enum(STATUS_WORDS);

/** A topic found in action text rather than in an area's name. */
export const TextTopicSchema = z.object({ words: z.string(), actionIds: z.array(z.string()) });

export const ActionFilterSchema = z.object({
  areas: z.array(z.number().int().positive()),
  topics: z.array(TextTopicSchema),
  /** With both areas and topics: true searches the topics within the areas, false adds them together. */
  topicsWithinAreas: z.boolean(),
  /** Actions named by ref ("7.1 and 7.2"). */
  actionIds: z.array(z.string()),
  statuses: z.array(StatusWordSchema).min(1),
  /** The question named no status, so open actions were assumed: a named thing that is done is still found. */
  statusAssumed: z.boolean().optional(),
  /** Statuses the question ruled out ("not overdue", "aren't blocked"). */
  excludedStatuses: z.array(StatusWordSchema),
  /** Areas and people the question ruled out ("apart from permanence", "not owned by Priya"). */
  excludedAreas: z.array(z.number().int().positive()).optional(),
  excludedTopics: z.array(TextTopicSchema).optional(),
  excludedOwners: z.array(z.object({ id: z.string(), name: z.string() })).optional(),
  /** Everyone whose actions are asked for ("Helen's and Grace's"); empty is anyone. */
  owners: z.array(z.object({ id: z.string(), name: z.string(), isAsker: z.boolean() })),
  /** `outside`: due before `from` or after `to` ("not due in 2021"). */
  due: z.object({ from: isoDate.optional(), to: isoDate.optional(), outside: z.boolean().optional(), label: z.string() }).optional(),
  /** `minute`: one agenda item's or minute's actions ("item 23", "minute 23.3.3"), by its number. */
  meeting: z.object({ id: z.string(), label: z.string(), minute: z.string().optional() }).optional(),
  /** More meetings or minutes asked about with the first ("the November and January committees", "minutes 39.5 and 39.6"): any of them. */
  alsoMeetings: z.array(z.object({ id: z.string(), label: z.string(), minute: z.string().optional() })).optional(),
  /** Where the actions came from, when no one meeting is named: the plan itself ("not the committee ones") or any committee meeting ("committee actions"). */
  source: z.enum(['plan', 'committee']).optional(),
  /** Owned by the lead of the action's own area ("the area lead's own"), or by anyone else ("someone other than the area lead"). */
  areaLead: z.enum(['owns', 'does_not_own']).optional(),
});
export type ActionFilter = z.infer<typeof ActionFilterSchema>;

/** The filter that selects one action, whatever its status. */
/** Every action, whatever its status, narrowed only by what is given ("the ones minute 23.3.4 set"). */
export function anyActionFilter(narrowing: Partial<ActionFilter> = {}): ActionFilter {
  return { areas: [], topics: [], topicsWithinAreas: false, actionIds: [], statuses: ['any'], excludedStatuses: [], owners: [], ...narrowing };
}

export function oneActionFilter(actionId: string): ActionFilter {
  return anyActionFilter({ actionIds: [actionId] });
}

export const UNKNOWN_REASONS = ['no_words', 'too_long', 'no_topic_match', 'no_meeting', 'no_such_action', 'not_on_plan', 'small_talk', 'no_question'] as const;

/** What a question was understood to ask: the contract between understanding and answering. */
export const AskQuerySchema = z.discriminatedUnion('intent', [
  z.object({
    intent: z.literal('list_actions'),
    filter: ActionFilterSchema,
    count: z.boolean(),
    fact: z.enum(['lead', 'who', 'when', 'evidence', 'outcomes', 'source']).optional(),
    /**
     * The question asks about one thing it describes ("did the awareness drive with schools ever
     * happen?"): the action whose words fit the description best, by a clear margin, and those words.
     * It answers when the filter does not pick out one action.
     */
    bestFit: z.object({ actionId: z.string(), words: z.string() }).optional(),
  }),
  /** `fact`: the one thing asked about the action ("who owns 5.3?", "when is 7.2 due?"), said first. */
  z.object({ intent: z.literal('action_detail'), actionId: z.string(), fact: z.enum(['owner', 'due', 'status']).optional() }),
  z.object({ intent: z.literal('summary'), areas: z.array(z.number().int().positive()) }),
  z.object({ intent: z.literal('help') }),
  z.object({
    intent: z.literal('clarify_person'),
    phrase: z.string(),
    candidates: z.array(z.object({ id: z.string(), name: z.string(), jobTitle: z.string(), question: z.string() })).min(2),
  }),
  z.object({
    intent: z.literal('unknown'),
    reason: z.enum(UNKNOWN_REASONS),
    /** The words that matched nothing, to quote back. */
    unmatched: z.string(),
    suggestedAreas: z.array(z.number().int().positive()),
  }),
]);
export type AskQuery = z.infer<typeof AskQuerySchema>;
export type ListQuery = Extract<AskQuery, { intent: 'list_actions' }>;
export type Intent = AskQuery['intent'];
