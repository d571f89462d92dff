import { execFile } from 'node:child_process';
import { promisify } from 'node:util';
import { z } from 'zod';
import { REPO_ROOT } from './product';

const MinutesJsonSchema = z.object({
  resolutions: z.array(z.object({ ref: z.string().nullable().optional(), text: z.string() })),
  actions: z.array(z.object({ text: z.string(), owner: z.string().nullable().optional(), due: z.string().nullable().optional() })),
});
export type MinutesJson = z.infer<typeof MinutesJsonSchema>;

/** What `npm run minutes -- --json FILE` finds in a minutes file: the yardstick for the clerk's preview. */
export async function minutesFromCli(file: string): Promise<MinutesJson> {
  const { stdout } = await promisify(execFile)('npm', ['run', '-s', 'minutes', '--', '--json', file], { cwd: REPO_ROOT, timeout: 60_000 });
  return MinutesJsonSchema.parse(JSON.parse(stdout));
}
