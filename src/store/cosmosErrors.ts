import { AppError, appError } from '../errors';

/** The status code of a Cosmos SDK error, or undefined when it never reached the service. */
export function cosmosStatus(error: unknown): number | undefined {
  if (typeof error !== 'object' || error === null) return undefined;
  const code = (error as { code?: unknown }).code;
  if (typeof code === 'number') return code;
  const statusCode = (error as { statusCode?: unknown }).statusCode;
  return typeof statusCode === 'number' ? statusCode : undefined;
}

const UNREACHABLE_CODES = new Set(['ECONNREFUSED', 'ECONNRESET', 'ENOTFOUND', 'ETIMEDOUT', 'EAI_AGAIN', 'EHOSTUNREACH', 'EPIPE', 'TimeoutError']);

function isUnreachable(error: unknown): boolean {
  if (typeof error !== 'object' || error === null) return false;
  const { code, name, cause } = error as { code?: unknown; name?: unknown; cause?: unknown };
  if (typeof code === 'string' && UNREACHABLE_CODES.has(code)) return true;
  if (name === 'TimeoutError' || name === 'AbortError') return true;
  return cause !== undefined && cause !== error && isUnreachable(cause);
}

/** The one place Cosmos failures become product errors (404 is handled by callers as "absent"). */
export function mapCosmosError(error: unknown): AppError {
  if (error instanceof AppError) return error;
  const status = cosmosStatus(error);
  switch (status) {
    case 404:
      return appError('NOT_FOUND', undefined, error);
    case 409:
      return appError('CONFLICT', undefined, error);
    case 412:
      return appError('STALE', undefined, error);
    case 408:
    case 429:
    case 449:
    case 500:
    case 502:
    case 503:
    case 504:
      return appError('UNAVAILABLE', undefined, error);
    default:
      if (isUnreachable(error)) return appError('UNAVAILABLE', undefined, error);
      return appError('INTERNAL', undefined, error);
  }
}

/** Runs a Cosmos call, mapping any failure through {@link mapCosmosError}. */
export async function cosmosCall<T>(call: () => Promise<T>): Promise<T> {
  try {
    return await call();
  } catch (error) {
    throw mapCosmosError(error);
  }
}
