import { z } from 'zod';
import { SchoolPeriodSchema } from './schoolCalendar';

const isoDate = z.string().regex(/^\d{4}-\d{2}-\d{2}$/, 'a date as YYYY-MM-DD');
const isoDateTime = z.string().datetime({ offset: true });

export const ACTION_STATUSES = ['not_started', 'in_progress', 'blocked', 'complete', 'cancelled'] as const;
export const ActionStatusSchema = z.enum(ACTION_STATUSES);
export type ActionStatus = z.infer<typeof ActionStatusSchema>;

export const ROLES = ['officer', 'manager', 'clerk', 'member', 'admin'] as const;
export const RoleSchema = z.enum(ROLES);
export type Role = z.infer<typeof RoleSchema>;

export const AreaSchema = z.object({
  number: z.number().int().positive(),
  shortTitle: z.string().min(1),
  title: z.string().min(1),
  lead: z.string().min(1),
  keywords: z.array(z.string()).default([]),
  outcomes: z.string().optional(),
  evidence: z.string().optional(),
});
export type Area = z.infer<typeof AreaSchema>;

export const PlanSchema = z.object({
  id: z.string().min(1),
  name: z.string().min(1),
  council: z.string().min(1),
  areas: z.array(AreaSchema).min(1),
});
export type Plan = z.infer<typeof PlanSchema>;

export const PersonSchema = z.object({
  id: z.string().min(1),
  name: z.string().min(1),
  jobTitle: z.string().default(''),
  roles: z.array(RoleSchema).default([]),
  aadObjectId: z.string().optional(),
  email: z.string().optional(),
});
export type Person = z.infer<typeof PersonSchema>;

export const CommitteeSchema = z.object({
  id: z.string().min(1),
  name: z.string().min(1),
  council: z.string().optional(),
});
export type Committee = z.infer<typeof CommitteeSchema>;

export const MeetingSchema = z.object({
  id: z.string().min(1),
  committee: z.string().min(1),
  date: isoDate,
  dateIsIllustrative: z.boolean().optional(),
  title: z.string().default(''),
  items: z.array(z.object({ ref: z.string(), title: z.string() })).default([]),
  resolutions: z.array(z.object({ ref: z.string(), text: z.string() })).default([]),
  seed: z.string().optional(),
});
export type Meeting = z.infer<typeof MeetingSchema>;

export const ActionSourceSchema = z.discriminatedUnion('kind', [
  z.object({ kind: z.literal('plan') }),
  z.object({ kind: z.literal('meeting'), meeting: z.string().min(1), minute: z.string().optional() }),
]);
export type ActionSource = z.infer<typeof ActionSourceSchema>;

export const CHANGE_FIELDS = ['status', 'due', 'owner', 'verified', 'closed'] as const;

/** One field moved from one value to another. */
export const FieldChangeSchema = z.object({
  field: z.enum(CHANGE_FIELDS),
  from: z.string().nullable(),
  to: z.string().nullable(),
});
export type FieldChange = z.infer<typeof FieldChangeSchema>;

/** A completion recorded by someone who may not verify it waits for the area lead or a manager. */
export const CompletionSchema = z.object({
  by: z.string(),
  at: isoDateTime,
  verifiedBy: z.string().optional(),
  verifiedAt: isoDateTime.optional(),
  /** What shows it is done: a link, a document's name, or a sentence. */
  evidence: z.string().optional(),
  /** Or why there is no evidence yet, said when it was marked complete. */
  noEvidenceReason: z.string().optional(),
});
export type Completion = z.infer<typeof CompletionSchema>;

/** One entry of an action's append-only history. */
export const ActionUpdateSchema = z.object({
  /** The request that made it: the same request delivered twice is recognised by it. */
  id: z.string().optional(),
  at: isoDateTime,
  by: z.string().min(1),
  /** The status after this update, when it set one (kept for entries written before `changes`). */
  status: ActionStatusSchema.optional(),
  note: z.string().optional(),
  changes: z.array(FieldChangeSchema).optional(),
  /** Why the due date moved (required when it does). */
  reason: z.string().optional(),
  /** The id of an earlier entry this one took back (Undo): that entry's changes were reversed. */
  undoes: z.string().optional(),
  /** The completion this entry cleared (status moved off complete), so taking it back restores it exactly. */
  completionBefore: CompletionSchema.optional(),
  /** A note not for publication: left out of public reports. */
  confidential: z.boolean().optional(),
  /** Marked complete with this evidence, or with this reason for having none yet. */
  evidence: z.string().optional(),
  noEvidenceReason: z.string().optional(),
  /** The latest figure for the action's measure, and the day it is for. */
  figure: z.object({ value: z.number(), asOf: isoDate, unit: z.enum(['%', 'days']).optional() }).optional(),
});
export type ActionUpdate = z.infer<typeof ActionUpdateSchema>;

export const ActionSchema = z.object({
  id: z.string().min(1),
  ref: z.string().min(1),
  area: z.number().int().positive(),
  title: z.string().min(1),
  owner: z.string().min(1),
  due: isoDate,
  status: ActionStatusSchema,
  measure: z.string().optional(),
  source: ActionSourceSchema,
  updates: z.array(ActionUpdateSchema).default([]),
  completion: CompletionSchema.optional(),
  /** The latest figure recorded against the measure's target ("vacancy rate below 10%"). */
  figure: z.object({ value: z.number(), asOf: isoDate, by: z.string(), at: isoDateTime }).optional(),
  /** Not for publication: left out of public reports (the action log and progress report's public versions). */
  confidential: z.boolean().optional(),
  /** The committee agreed to close it at a meeting: it leaves the next action log, and keeps its history. */
  closed: z.object({ meeting: z.string().min(1), minute: z.string().optional(), by: z.string(), at: isoDateTime }).optional(),
});
export type Action = z.infer<typeof ActionSchema>;

/** The shape of a plan's data file (the demo data and `--data` files). */
export const PlanDataSchema = z.object({
  asOf: isoDate,
  timeZone: z.string().default('Europe/London'),
  tenantId: z.string().optional(),
  /** The council's school terms, half-terms and holidays, where they differ from the usual English pattern. */
  schoolCalendar: z.array(SchoolPeriodSchema).optional(),
  plan: PlanSchema,
  people: z.array(PersonSchema),
  committees: z.array(CommitteeSchema).default([]),
  meetings: z.array(MeetingSchema).default([]),
  actions: z.array(ActionSchema),
});
export type PlanData = z.infer<typeof PlanDataSchema>;

/** The plan's areas, people, meetings and actions: what answers, cards, digests, exports and drafts read. */
export type PlanFacts = Readonly<{
  areas: readonly Area[];
  people: readonly Person[];
  meetings: readonly Meeting[];
  actions: readonly Action[];
}>;
