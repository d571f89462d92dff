import { readFileSync } from 'node:fs';
import { mkdir, readFile, rm, writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import { appError } from '../errors';

/** Which running tracker holds a local data folder: its process id, in this file. */
const LOCK_FILE = 'tracker.pid';

function isRunning(pid: number): boolean {
  try {
    process.kill(pid, 0);
    // A process killed a moment ago may linger as a zombie until it is reaped: it holds nothing.
    return !/^\S+ \(.*\) Z/.test(readFileSync(`/proc/${pid}/stat`, 'utf8'));
  } catch (error) {
    // EPERM: it runs, as another user. No /proc (not Linux): signal 0 answered, so it runs.
    if (error instanceof Error && 'code' in error && error.code === 'ENOENT') return true;
    return error instanceof Error && 'code' in error && error.code === 'EPERM';
  }
}

/** The process id of the tracker running on this data folder, if one is (a crashed one's file is ignored). */
export async function localDataHolder(dataDir: string): Promise<number | undefined> {
  let text: string;
  try {
    text = await readFile(join(dataDir, LOCK_FILE), 'utf8');
  } catch {
    return undefined;
  }
  const pid = Number(text.trim());
  return Number.isInteger(pid) && pid > 0 && pid !== process.pid && isRunning(pid) ? pid : undefined;
}

/**
 * Claims the local data folder for this process, so that a second tracker or `npm run reset`
 * cannot change the data under it (the running one would write its copy back over theirs).
 */
export async function claimLocalData(dataDir: string): Promise<{ release(): Promise<void> }> {
  const holder = await localDataHolder(dataDir);
  if (holder !== undefined) {
    throw appError(
      'CONFLICT',
      `Another Improvement Tracker (process ${holder}) is already using ${dataDir}. Stop it first, or set DATA_DIR to another folder.`,
    );
  }
  await mkdir(dataDir, { recursive: true });
  const file = join(dataDir, LOCK_FILE);
  await writeFile(file, String(process.pid));
  return {
    async release() {
      if ((await readFile(file, 'utf8').catch(() => '')).trim() === String(process.pid)) await rm(file, { force: true });
    },
  };
}
