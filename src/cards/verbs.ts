import { z } from 'zod';

/** Every Action.Execute verb the cards use; routes are registered from this same table. */
export const CARD_VERBS = {
  showPage: 'showPage',
  viewAction: 'viewAction',
} as const;
export type CardVerb = (typeof CARD_VERBS)[keyof typeof CARD_VERBS];

/** Payloads are untrusted: every verb's data is parsed before use. */
export const ShowPageDataSchema = z.object({
  question: z.string().min(1).max(1000),
  page: z.coerce.number().int().min(1).max(1000),
});
export type ShowPageData = z.infer<typeof ShowPageDataSchema>;

export const ViewActionDataSchema = z.object({
  actionId: z.string().min(1).max(100),
  /** The list the person came from, to offer a way back. */
  question: z.string().max(1000).optional(),
  page: z.coerce.number().int().min(1).max(1000).optional(),
});
export type ViewActionData = z.infer<typeof ViewActionDataSchema>;
