import { readFile } from 'node:fs/promises';
import { PlanDataSchema, type PlanData } from '../domain/model';
import { appError } from '../errors';
import type { PlanRepository } from './planRepository';

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
  return parsed.data;
}

const WRITE_CONCURRENCY = 16;

/** Writes a plan's documents into its partition (upserts, so seeding twice is harmless). */
export async function seedPlan(repository: PlanRepository, data: PlanData): Promise<void> {
  const planId = data.plan.id;
  await repository.savePlan(planId, {
    name: data.plan.name,
    council: data.plan.council,
    areas: data.plan.areas,
    timeZone: data.timeZone,
    tenantId: data.tenantId,
  });
  const writes = [
    ...data.people.map((person) => () => repository.upsert(planId, 'person', person)),
    ...data.committees.map((committee) => () => repository.upsert(planId, 'committee', committee)),
    ...data.meetings.map((meeting) => () => repository.upsert(planId, 'meeting', meeting)),
    ...data.actions.map((action) => () => repository.upsert(planId, 'action', action)),
  ];
  for (let start = 0; start < writes.length; start += WRITE_CONCURRENCY) {
    await Promise.all(writes.slice(start, start + WRITE_CONCURRENCY).map((write) => write()));
  }
}
