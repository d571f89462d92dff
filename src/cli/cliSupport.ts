import { existsSync } from 'node:fs';
import { join } from 'node:path';
import dotenv from 'dotenv';
import { ConfigError } from '../config';
import { AppError } from '../errors';

/** A mistake in how a command was called: print the message and exit 2. */
export class UsageError extends Error {
  override readonly name = 'UsageError';
}

export const PROJECT_ROOT = join(__dirname, '..', '..');

/** Loads env/.env.local (committed, no secrets); variables already set win. */
export function loadEnvFile(file = join(PROJECT_ROOT, 'env', '.env.local')): void {
  if (existsSync(file)) dotenv.config({ path: file, quiet: true });
}

/** Runs a command-line entry point, turning failures into one readable line and an exit code. */
export function runCli(main: () => Promise<void>, usage: string): void {
  main().then(
    () => {
      process.exitCode = process.exitCode ?? 0;
    },
    (error: unknown) => {
      if (error instanceof UsageError) {
        process.stderr.write(`${error.message}\n`);
        process.exitCode = 2;
      } else if (error instanceof ConfigError) {
        process.stderr.write(`${error.message}\n`);
        process.exitCode = 1;
      } else if (error instanceof AppError) {
        process.stderr.write(`${error.userMessage}\n`);
        if (process.env.DEBUG) process.stderr.write(`${String(error.cause)}\n`);
        process.exitCode = 1;
      } else {
        process.stderr.write(`Unexpected error: ${error instanceof Error ? error.message : String(error)}\n${usage}\n`);
        process.exitCode = 1;
      }
    },
  );
}
