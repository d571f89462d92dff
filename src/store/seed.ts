import { readFile } from 'node:fs/promises';
import { setTimeout as sleep } from 'node:timers/promises';
import { PlanDataSchema, type PlanData } from '../domain/model';
import { AppError, appError } from '../errors';
import { findPersonalDataInPlan } from '../domain/safeguarding';
import type { DocumentType, PlanRepository } from './planRepository';

/** Reads and validates a plan data file (the demo data, or a `--data` file). */
export async function readPlanDataFile(path: string): Promise<PlanData> {
  let json: unknown;
  try {
    json = JSON.parse(await readFile(path, 'utf8'));
  } catch (error) {
    throw appError('INVALID_INPUT', `Could not read plan data from ${path}: ${error instanceof Error ? error.message : 'unreadable'}`);
  }
  const parsed = PlanDataSchema.safeParse(json);
  if (!parsed.success) {
    const issue = parsed.error.issues[0];
    throw appError('INVALID_INPUT', `Plan data in ${path} is not valid: ${issue?.path.join('.') ?? ''} ${issue?.message ?? ''}`.trim());
  }
  // Every way into the tracker passes the same guard, plan files included.
  const personal = findPersonalDataInPlan(parsed.data);
  if (personal) {
    throw appError(
      'INVALID_INPUT',
      `Plan data in ${path} was not loaded: ${personal.where} looks like it contains ${personal.what}. The tracker is not a case record; remove it and load the file again.`,
    );
  }
  return parsed.data;
}

const WRITE_CONCURRENCY = 16;
/** A dropped connection mid-load is tried again: loading writes each document whole, so a second try changes nothing more. */
const WRITE_ATTEMPTS = 3;

async function withRetry(write: () => Promise<void>): Promise<void> {
  for (let attempt = 1; ; attempt += 1) {
    try {
      return await write();
    } catch (error) {
      if (!(error instanceof AppError && error.code === 'UNAVAILABLE') || attempt >= WRITE_ATTEMPTS) throw error;
      await sleep(100 * attempt);
    }
  }
}

/**
 * Writes a plan's documents into its partition. 'replace' overwrites (demo and test data);
 * 'keep' only adds what is missing, so loading a live plan again never undoes people's updates.
 */
export async function seedPlan(repository: PlanRepository, data: PlanData, mode: 'replace' | 'keep' = 'replace'): Promise<{ written: number; kept: number }> {
  const planId = data.plan.id;
  const planRecord = {
    name: data.plan.name,
    council: data.plan.council,
    areas: data.plan.areas,
    timeZone: data.timeZone,
    tenantId: data.tenantId,
    ...(data.schoolCalendar ? { schoolCalendar: data.schoolCalendar } : {}),
  };
  if (mode === 'replace' || !(await repository.getPlan(planId))) await repository.savePlan(planId, planRecord);
  let written = 0;
  let kept = 0;
  const write = (type: DocumentType, entity: { id: string }) => async () => {
    if (mode === 'replace') {
      await withRetry(() => repository.upsert(planId, type, entity, { quiet: true }));
      written += 1;
      return;
    }
    try {
      // A create whose first try was written but not answered comes back as a conflict: kept, as it should be.
      await withRetry(() => repository.create(planId, type, entity, { quiet: true }));
      written += 1;
    } catch (error) {
      if (!(error instanceof AppError && error.code === 'CONFLICT')) throw error;
      kept += 1;
    }
  };
  const writes = [
    ...data.people.map((person) => write('person', person)),
    ...data.committees.map((committee) => write('committee', committee)),
    ...data.meetings.map((meeting) => write('meeting', meeting)),
    ...data.actions.map((action) => write('action', action)),
  ];
  for (let start = 0; start < writes.length; start += WRITE_CONCURRENCY) {
    await Promise.all(writes.slice(start, start + WRITE_CONCURRENCY).map((run) => run()));
  }
  await repository.markAllChanged(planId);
  return { written, kept };
}
