import { createHash } from 'node:crypto';
import pino, { type Logger } from 'pino';

export type { Logger };

/** JSON lines in production; readable lines when a person is watching a terminal. */
export function createLogger(level: string, options: { pretty?: boolean } = {}): Logger {
  const pretty = options.pretty ?? (process.stdout.isTTY === true && process.env.NODE_ENV !== 'production');
  return pino({
    level,
    base: undefined,
    redact: { paths: ['*.key', '*.password', '*.authorization', 'headers.authorization'], censor: '[redacted]' },
    ...(pretty ? { transport: { target: 'pino-pretty', options: { colorize: true, translateTime: 'HH:MM:ss', ignore: 'pid,hostname' } } } : {}),
  });
}

/** A stable, non-reversible tag for a user id, so logs can follow a user without naming them. */
export function hashUserId(userId: string | undefined): string | undefined {
  return userId ? createHash('sha256').update(userId).digest('hex').slice(0, 12) : undefined;
}
