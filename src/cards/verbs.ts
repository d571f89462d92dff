import { z } from 'zod';
import { ActionStatusSchema } from '../domain/model';

/** Every Action.Execute verb the cards use; routes are registered from this same table. */
export const CARD_VERBS = {
  showPage: 'showPage',
  viewAction: 'viewAction',
  refreshAction: 'refreshAction',
  saveAction: 'saveAction',
  completeAction: 'completeAction',
  verifyAction: 'verifyAction',
  confirmOutcomes: 'confirmOutcomes',
  cancelOutcomes: 'cancelOutcomes',
  setCommitteeChannel: 'setCommitteeChannel',
  readMinutes: 'readMinutes',
  undoChange: 'undoChange',
  confirmClosures: 'confirmClosures',
} as const;
export type CardVerb = (typeof CARD_VERBS)[keyof typeof CARD_VERBS];

/** A page number as a card sends it (a number, or digits as text); anything else is not a page. */
const PageSchema = z.preprocess((value) => (typeof value === 'string' && /^\d{1,4}$/.test(value) ? Number(value) : value), z.number().int().min(1).max(1000));

/** Action ids are plain: letters, digits, dots, dashes (Cosmos refuses some characters in ids before asking). */
const ActionIdSchema = z.string().regex(/^[A-Za-z0-9._-]{1,100}$/);

/** Payloads are untrusted: every verb's data is parsed before use. */
export const ShowPageDataSchema = z.object({
  question: z.string().min(1).max(1000),
  page: PageSchema,
});
export type ShowPageData = z.infer<typeof ShowPageDataSchema>;

export const ViewActionDataSchema = z.object({
  actionId: ActionIdSchema,
  /** The list the person came from, to offer a way back. */
  question: z.string().max(1000).optional(),
  page: PageSchema.optional(),
  /** From a reminder: "Done" or "Need more time" (the card says what to do next). */
  prompt: z.enum(['complete', 'move']).optional(),
});
export type ViewActionData = z.infer<typeof ViewActionDataSchema>;

const isoDate = z.string().regex(/^\d{4}-\d{2}-\d{2}$/);

/** What the card showed when it was drawn: changes are judged against it. */
export const CardBasisSchema = z.object({
  status: ActionStatusSchema,
  due: isoDate,
  owner: z.string().min(1).max(100),
});

/** History entry ids as the bot writes them ("activity:…", "card:…", "digest:…"). */
const UpdateIdSchema = z.string().regex(/^[A-Za-z0-9:._-]{1,200}$/);

export const RefreshActionDataSchema = z.object({
  actionId: ActionIdSchema,
  /** The change the card offered to undo, if any ('' for none): a refreshed card keeps the offer while it stands. */
  undo: z.union([UpdateIdSchema, z.literal('')]).optional(),
});

/** Undo: take back one entry of the action's history. */
export const UndoChangeDataSchema = z.object({ actionId: ActionIdSchema, updateId: UpdateIdSchema });

/** Save / Mark complete / Verify: the card's data plus the inputs Teams merges into it. */
export const SaveActionDataSchema = z.object({
  actionId: ActionIdSchema,
  basis: CardBasisSchema,
  /** Which drawing of the card was pressed (cards sent before it existed have none). */
  renderId: z.string().uuid().optional(),
  status: z.union([ActionStatusSchema, z.literal('')]).optional(),
  // Long notes are accepted here so the person is told the limit rather than "invalid".
  note: z.string().max(100_000).optional(),
  due: z.union([isoDate, z.literal('')]).optional(),
  reason: z.string().max(100_000).optional(),
  /** The note is not for publication (left out of public reports). */
  confidential: z.enum(['true', 'false']).optional(),
  /** Marking complete: the evidence, or why there is none yet. */
  evidence: z.string().max(100_000).optional(),
  noEvidenceReason: z.string().max(100_000).optional(),
  /** The latest figure for the measure's target ('' for none), and the day it is for. */
  figure: z.union([z.string().max(30), z.number()]).optional(),
  figureAsOf: z.union([isoDate, z.literal('')]).optional(),
  /** The list the card was opened from, to keep the way back after a save. */
  question: z.string().max(1000).optional(),
  page: PageSchema.optional(),
});
export type SaveActionData = z.infer<typeof SaveActionDataSchema>;

export const DraftDataSchema = z.object({ draftId: z.string().regex(/^[a-z0-9-]{8,80}$/) });

/** Confirm: the draft id plus the preview's inputs (include_N, owner_N, due_N, area_N, meetingDate). */
export const ConfirmOutcomesDataSchema = DraftDataSchema.extend({ meetingDate: z.string().max(20).optional() }).catchall(z.unknown());

export const SetChannelDataSchema = z.object({ channelId: z.string().min(1).max(300), channel: z.string().max(300).optional() });

/** Minutes pasted into the "post outcomes" card's box (its line breaks intact). */
export const ReadMinutesDataSchema = z.object({ minutes: z.string().max(1_000_000) });

/** "Add as action": the dialog's form, as its Submit sends it (a dialog's buttons are Action.Submit, named by `form`). */
export const AddAsActionDataSchema = z.object({
  form: z.literal('addAsAction'),
  requestId: UpdateIdSchema,
  // Long titles are accepted here so the person is told the limit rather than "invalid".
  title: z.string().max(100_000).default(''),
  owner: z.string().max(200).default(''),
  due: z.string().max(20).default(''),
  area: z.preprocess((value) => (typeof value === 'string' && /^\d{1,3}$/.test(value) ? Number(value) : value), z.number().int().positive().optional()),
});
export type AddAsActionData = z.infer<typeof AddAsActionDataSchema>;

/** Confirm closures: the committee, the press, and the card's inputs (close_<actionId>: "true"/"false", meetingDate, minute). */
export const ConfirmClosuresDataSchema = z
  .object({
    committeeId: z.string().regex(/^[A-Za-z0-9_-]{1,100}$/),
    requestId: z.string().uuid(),
    meetingDate: z.union([isoDate, z.literal('')]).optional(),
    minute: z.string().max(100).optional(),
  })
  .catchall(z.unknown());
