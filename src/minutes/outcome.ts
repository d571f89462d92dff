import { z } from 'zod';

/** What a meeting decided, read from its minutes: the `npm run minutes -- --json` contract, key for key. */
export const MinutesOutcomeSchema = z.object({
  committee: z.string().nullable(),
  meetingDate: z
    .string()
    .regex(/^\d{4}-\d{2}-\d{2}$/)
    .nullable(),
  items: z.array(z.object({ ref: z.string(), title: z.string() })),
  resolutions: z.array(z.object({ ref: z.string(), text: z.string() })),
  actions: z.array(z.object({ owner: z.string().nullable(), text: z.string(), due: z.string().nullable() })),
});
export type MinutesOutcome = z.infer<typeof MinutesOutcomeSchema>;
