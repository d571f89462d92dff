import { z } from 'zod';
import { AppError } from '../errors';
import type { StateRepository } from '../store/stateRepository';

/**
 * What makes scheduled sends happen exactly once across instances and restarts: a lease (one
 * instance runs at a time; an expired lease, its holder gone, is taken over) and create-only
 * records (one per thing to send; a claim left by a run that died is taken over).
 */
const LeaseSchema = z.object({ holder: z.string(), expiresAt: z.string() });
const RecordSchema = z.object({ status: z.string(), at: z.string(), by: z.string() });

/** Takes the lease if nobody holds a live one; its etag, or undefined when another instance holds it. */
export async function acquireLease(state: StateRepository, id: string, holder: string, now: Date, ms: number): Promise<string | undefined> {
  const value = { holder, expiresAt: new Date(now.getTime() + ms).toISOString() };
  try {
    return await state.put(id, 'lease', value, { ifNoneExists: true });
  } catch (error) {
    if (!(error instanceof AppError && error.code === 'CONFLICT')) throw error;
  }
  const current = await state.get(id);
  const lease = LeaseSchema.safeParse(current?.value);
  if (!current || (lease.success && lease.data.expiresAt > now.toISOString() && lease.data.holder !== holder)) return undefined;
  try {
    return await state.put(id, 'lease', value, { ifMatch: current.etag });
  } catch (error) {
    if (error instanceof AppError && (error.code === 'STALE' || error.code === 'NOT_FOUND')) return undefined;
    throw error;
  }
}

export async function releaseLease(state: StateRepository, id: string, holder: string, etag: string): Promise<void> {
  try {
    await state.put(id, 'lease', { holder, expiresAt: new Date(0).toISOString() }, { ifMatch: etag });
  } catch (error) {
    if (!(error instanceof AppError)) throw error;
  }
}

/** The status a record holds ('claimed', 'sent', …), if it exists. */
export async function recordStatus(state: StateRepository, id: string): Promise<string | undefined> {
  const record = RecordSchema.safeParse((await state.get(id))?.value);
  return record.success ? record.data.status : undefined;
}

/** Claims a send; false when it was already made (or is being made). A claim left by a run that died is taken over. */
export async function claimOnce(state: StateRepository, id: string, kind: string, by: string, now: Date): Promise<boolean> {
  const value = { status: 'claimed', at: now.toISOString(), by };
  try {
    await state.put(id, kind, value, { ifNoneExists: true });
    return true;
  } catch (error) {
    if (!(error instanceof AppError && error.code === 'CONFLICT')) throw error;
  }
  const existing = await state.get(id);
  const record = RecordSchema.safeParse(existing?.value);
  if (!existing || !record.success || record.data.status !== 'claimed') return false;
  try {
    await state.put(id, kind, value, { ifMatch: existing.etag });
    return true;
  } catch (error) {
    if (error instanceof AppError && error.code === 'STALE') return false;
    throw error;
  }
}
