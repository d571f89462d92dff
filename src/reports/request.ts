import { z } from 'zod';

/** Which document, with which choices: what a report link (or a file consent) carries. */
export const ReportRequestSchema = z.discriminatedUnion('kind', [
  z.object({ kind: z.literal('actionLog'), public: z.boolean(), committeeId: z.string().max(100).optional() }),
  z.object({ kind: z.literal('progressReport'), public: z.boolean(), areas: z.array(z.number().int().positive()).max(50).optional() }),
]);
export type ReportRequest = z.infer<typeof ReportRequestSchema>;
