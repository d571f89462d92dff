/** The closed set of failures the product knows how to explain to a person. */
export const ERROR_CODES = ['NOT_FOUND', 'CONFLICT', 'STALE', 'FORBIDDEN', 'INVALID_INPUT', 'UNAVAILABLE', 'INTERNAL'] as const;
export type ErrorCode = (typeof ERROR_CODES)[number];

export class AppError extends Error {
  override readonly name = 'AppError';
  constructor(
    readonly code: ErrorCode,
    /** Safe to show to a user: never contains internals. */
    readonly userMessage: string,
    options?: { cause?: unknown },
  ) {
    super(`${code}: ${userMessage}`, options);
  }
}

const DEFAULT_MESSAGES: Record<ErrorCode, string> = {
  NOT_FOUND: "I couldn't find that.",
  CONFLICT: 'Someone else changed this at the same time. Please look at the latest version and try again.',
  STALE: 'This card is out of date. Here is the latest version.',
  FORBIDDEN: "You don't have permission to do that.",
  INVALID_INPUT: "I couldn't understand that input.",
  UNAVAILABLE: "The tracker's database isn't answering just now. Nothing was changed; please try again in a minute.",
  INTERNAL: 'Something went wrong on my side. Nothing was changed; please try again.',
};

/** Turns anything thrown into an AppError; unknown failures become INTERNAL with a generic message. */
export function toAppError(error: unknown): AppError {
  if (error instanceof AppError) return error;
  return new AppError('INTERNAL', DEFAULT_MESSAGES.INTERNAL, { cause: error });
}

export function appError(code: ErrorCode, userMessage?: string, cause?: unknown): AppError {
  return new AppError(code, userMessage ?? DEFAULT_MESSAGES[code], { cause });
}
