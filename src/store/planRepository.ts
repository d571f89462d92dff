import type { Container, SqlQuerySpec } from '@azure/cosmos';

/** A document as Cosmos returns it: nothing about its fields is known until it is parsed. */
type ItemDefinition = Record<string, unknown> & { id?: string };
import { z } from 'zod';
import { AppError, appError } from '../errors';
import { SchoolPeriodSchema } from '../domain/schoolCalendar';
import {
  ActionSchema,
  CommitteeSchema,
  MeetingSchema,
  PersonSchema,
  PlanSchema,
  type Action,
  type Committee,
  type Meeting,
  type Person,
  type PlanFacts,
} from '../domain/model';
import { cosmosCall } from './cosmosErrors';

/** Document kinds in the plan container; `type` tells them apart. */
export const DOCUMENT_TYPES = ['plan', 'person', 'committee', 'meeting', 'action'] as const;
export type DocumentType = (typeof DOCUMENT_TYPES)[number];

const PLAN_DOCUMENT_ID = 'plan';
/** Bumped by every write to the plan: a turn checks it with one point read (see PlanCache). */
export const VERSION_DOCUMENT_ID = 'plan-version';
/** The ids the version record remembers, newest last; older changes mean a full read. */
const VERSION_CHANGES_KEPT = 200;
const PAGE_SIZE = 200;
// Big pages: the embedded server scans the partition for each page (Azure caps a page at 4 MB anyway),
// yet not so big that one page holds the event loop past a request's timeout.
const READ_ALL_PAGE_SIZE = 10_000;

const VersionDocumentSchema = z.object({ version: z.number().int().nonnegative(), changes: z.array(z.string()) });
/** The plan's version and the ids written at the last versions: `changes[i]` was written at version `version - changes.length + 1 + i`. */
export type PlanVersion = z.infer<typeof VersionDocumentSchema>;

const PlanDocumentSchema = PlanSchema.extend({
  timeZone: z.string().default('Europe/London'),
  tenantId: z.string().optional(),
  schoolCalendar: z.array(SchoolPeriodSchema).optional(),
});
export type PlanRecord = z.infer<typeof PlanDocumentSchema>;

/** Everything about one plan, as read in one go for a turn. */
export type PlanView = Readonly<{
  plan: PlanRecord;
  people: readonly Person[];
  committees: readonly Committee[];
  meetings: readonly Meeting[];
  actions: readonly Action[];
}>;

/** The plan's four lists (areas, people, meetings, actions) from a view: what answers, digests, drafts and exports read. */
export function factsOf(view: PlanView): PlanFacts {
  return { areas: view.plan.areas, people: view.people, meetings: view.meetings, actions: view.actions };
}

export type Versioned<T> = Readonly<{ value: T; etag: string }>;

export type ViewDocument =
  | Readonly<{ type: 'person'; value: Person }>
  | Readonly<{ type: 'committee'; value: Committee }>
  | Readonly<{ type: 'meeting'; value: Meeting }>
  | Readonly<{ type: 'action'; value: Action }>;

export type Page<T> = Readonly<{ items: T[]; continuationToken: string | undefined }>;

type Entity = { id: string };

function parseDocument<T>(schema: z.ZodType<T, z.ZodTypeDef, unknown>, document: unknown, what: string): T {
  const parsed = schema.safeParse(document);
  if (!parsed.success) {
    const id = typeof document === 'object' && document !== null && 'id' in document ? String(document.id) : '?';
    throw appError('INTERNAL', undefined, new Error(`stored ${what} ${id} is malformed: ${parsed.error.issues[0]?.message ?? ''}`));
  }
  return parsed.data;
}

function etagOf(document: ItemDefinition): string {
  const etag = document._etag;
  if (typeof etag !== 'string') throw appError('INTERNAL', undefined, new Error('document without _etag'));
  return etag;
}

export class PlanRepository {
  constructor(private readonly container: Container) {}

  async getPlan(planId: string): Promise<PlanRecord | null> {
    const { resource } = await cosmosCall(() => this.container.item(PLAN_DOCUMENT_ID, planId).read<ItemDefinition>());
    // The document's id is fixed; the plan's own id is its partition key.
    return resource ? parseDocument(PlanDocumentSchema, { ...resource, id: planId }, 'plan') : null;
  }

  /** The whole plan for a turn: one point read and one paged single-partition query. */
  async loadPlanView(planId: string): Promise<PlanView | null> {
    const [plan, documents] = await Promise.all([
      this.getPlan(planId),
      this.queryAll(planId, {
        query: 'SELECT * FROM c WHERE c.planId = @planId AND c.type IN ("person", "committee", "meeting", "action")',
        parameters: [{ name: '@planId', value: planId }],
      }),
    ]);
    if (!plan) return null;
    const view = { plan, people: [] as Person[], committees: [] as Committee[], meetings: [] as Meeting[], actions: [] as Action[] };
    for (const document of documents) {
      switch (document.type) {
        case 'person':
          view.people.push(parseDocument(PersonSchema, document, 'person'));
          break;
        case 'committee':
          view.committees.push(parseDocument(CommitteeSchema, document, 'committee'));
          break;
        case 'meeting':
          view.meetings.push(parseDocument(MeetingSchema, document, 'meeting'));
          break;
        case 'action':
          view.actions.push(parseDocument(ActionSchema, document, 'action'));
          break;
      }
    }
    view.actions.sort(compareActionRefs);
    view.meetings.sort((a, b) => a.date.localeCompare(b.date));
    return view;
  }

  async getVersion(planId: string): Promise<PlanVersion> {
    const { resource } = await cosmosCall(() => this.container.item(VERSION_DOCUMENT_ID, planId).read<ItemDefinition>());
    return resource ? parseDocument(VersionDocumentSchema, resource, 'version') : { version: 0, changes: [] };
  }

  /** One document of the plan, as stored (null when gone), for bringing a held view up to date. */
  async getDocument(planId: string, id: string): Promise<ItemDefinition | null> {
    const { resource } = await cosmosCall(() => this.container.item(id, planId).read<ItemDefinition>());
    return resource ?? null;
  }

  /** Parses a stored document of a kind a view holds. */
  parseViewDocument(document: ItemDefinition): ViewDocument | undefined {
    switch (document.type) {
      case 'person':
        return { type: 'person', value: parseDocument(PersonSchema, document, 'person') };
      case 'committee':
        return { type: 'committee', value: parseDocument(CommitteeSchema, document, 'committee') };
      case 'meeting':
        return { type: 'meeting', value: parseDocument(MeetingSchema, document, 'meeting') };
      case 'action':
        return { type: 'action', value: parseDocument(ActionSchema, document, 'action') };
      default:
        return undefined;
    }
  }

  /**
   * Records that `id` changed: one atomic patch (version + 1, id appended), so every instance's
   * next turn sees it. The list of ids is trimmed now and then; a reader too far behind reads all.
   */
  private async bumpVersion(planId: string, id: string): Promise<void> {
    const item = this.container.item(VERSION_DOCUMENT_ID, planId);
    for (let attempt = 0; attempt < 3; attempt += 1) {
      try {
        const { resource } = await cosmosCall(() =>
          item.patch<ItemDefinition>([
            { op: 'incr', path: '/version', value: 1 },
            { op: 'add', path: '/changes/-', value: id },
          ]),
        );
        const current = VersionDocumentSchema.safeParse(resource);
        if (current.success && current.data.changes.length > VERSION_CHANGES_KEPT * 2 && resource) {
          const kept = current.data.changes.slice(-VERSION_CHANGES_KEPT);
          // Trimming from the front keeps the link between positions and versions; losing the race is harmless.
          await cosmosCall(() => item.replace({ ...resource, changes: kept }, { accessCondition: { type: 'IfMatch', condition: etagOf(resource) } })).catch(
            () => undefined,
          );
        }
        return;
      } catch (error) {
        if (!(error instanceof AppError && error.code === 'NOT_FOUND')) throw error;
        try {
          await cosmosCall(() => this.container.items.create({ id: VERSION_DOCUMENT_ID, planId, type: 'version', version: 1, changes: [id] }));
          return;
        } catch (created) {
          // Another instance made it first: patch theirs.
          if (!(created instanceof AppError && created.code === 'CONFLICT')) throw created;
        }
      }
    }
  }

  async getAction(planId: string, actionId: string): Promise<Versioned<Action> | null> {
    const { resource } = await cosmosCall(() => this.container.item(actionId, planId).read<ItemDefinition>());
    if (!resource || resource.type !== 'action') return null;
    return { value: parseDocument(ActionSchema, resource, 'action'), etag: etagOf(resource) };
  }

  /** Replaces an action only if nobody changed it since `etag` was read (STALE otherwise). */
  async replaceAction(planId: string, action: Action, etag: string): Promise<Versioned<Action>> {
    const { resource } = await cosmosCall(() =>
      this.container.item(action.id, planId).replace(this.toDocument(planId, 'action', action), {
        accessCondition: { type: 'IfMatch', condition: etag },
      }),
    );
    if (!resource) throw appError('INTERNAL', undefined, new Error('replace returned no document'));
    await this.bumpVersion(planId, action.id);
    return { value: parseDocument(ActionSchema, resource, 'action'), etag: etagOf(resource) };
  }

  /** Creates a new document; CONFLICT when one with that id exists. */
  /** `quiet`: part of a bulk load, which marks the whole plan changed once at the end (markAllChanged). */
  async create(planId: string, type: DocumentType, entity: Entity, options: { quiet?: boolean } = {}): Promise<void> {
    await cosmosCall(() => this.container.items.create(this.toDocument(planId, type, entity)));
    if (!options.quiet) await this.bumpVersion(planId, entity.id);
  }

  async upsert(planId: string, type: DocumentType, entity: Entity, options: { quiet?: boolean } = {}): Promise<void> {
    await cosmosCall(() => this.container.items.upsert(this.toDocument(planId, type, entity)));
    if (!options.quiet) await this.bumpVersion(planId, entity.id);
  }

  /** After a bulk load: a new version that no list of ids covers, so every holder reads the plan again. */
  async markAllChanged(planId: string): Promise<void> {
    const item = this.container.item(VERSION_DOCUMENT_ID, planId);
    try {
      await cosmosCall(() =>
        item.patch<ItemDefinition>([
          { op: 'incr', path: '/version', value: 1 },
          { op: 'set', path: '/changes', value: [] },
        ]),
      );
    } catch (error) {
      if (!(error instanceof AppError && error.code === 'NOT_FOUND')) throw error;
      await cosmosCall(() => this.container.items.upsert({ id: VERSION_DOCUMENT_ID, planId, type: 'version', version: 1, changes: [] }));
    }
  }

  async savePlan(planId: string, plan: Omit<PlanRecord, 'id'>): Promise<void> {
    await cosmosCall(() => this.container.items.upsert({ ...plan, id: PLAN_DOCUMENT_ID, planId, type: 'plan' }));
    await this.bumpVersion(planId, PLAN_DOCUMENT_ID);
  }

  async findPersonByAadObjectId(planId: string, aadObjectId: string): Promise<Person | null> {
    const documents = await this.queryAll(planId, {
      query: 'SELECT * FROM c WHERE c.planId = @planId AND c.type = "person" AND c.aadObjectId = @aad',
      parameters: [
        { name: '@planId', value: planId },
        { name: '@aad', value: aadObjectId },
      ],
    });
    const first = documents[0];
    return first ? parseDocument(PersonSchema, first, 'person') : null;
  }

  /** One page of a type's documents, for callers that page through large plans. */
  async listPage(planId: string, type: DocumentType, continuationToken?: string, pageSize = PAGE_SIZE): Promise<Page<ItemDefinition>> {
    const iterator = this.container.items.query<ItemDefinition>(
      {
        query: 'SELECT * FROM c WHERE c.planId = @planId AND c.type = @type',
        parameters: [
          { name: '@planId', value: planId },
          { name: '@type', value: type },
        ],
      },
      { partitionKey: planId, maxItemCount: pageSize, continuationToken },
    );
    const page = await cosmosCall(() => iterator.fetchNext());
    return { items: page.resources, continuationToken: page.hasMoreResults ? page.continuationToken : undefined };
  }

  /** Deletes every document of a plan (used by reset and tests). */
  async deletePlan(planId: string): Promise<number> {
    const documents = await this.queryAll(planId, { query: 'SELECT c.id FROM c WHERE c.planId = @planId', parameters: [{ name: '@planId', value: planId }] });
    for (const document of documents) {
      const id = document.id;
      if (typeof id === 'string' && id !== VERSION_DOCUMENT_ID) await cosmosCall(() => this.container.item(id, planId).delete());
    }
    await this.bumpVersion(planId, PLAN_DOCUMENT_ID);
    return documents.length;
  }

  /** Pages with one iterator: a new iterator per page would ask for a query plan every time. */
  private async queryAll(planId: string, spec: SqlQuerySpec): Promise<ItemDefinition[]> {
    const results: ItemDefinition[] = [];
    // Large pages: each page costs a request (and, on the embedded server, a scan of the partition).
    const iterator = this.container.items.query<ItemDefinition>(spec, { partitionKey: planId, maxItemCount: READ_ALL_PAGE_SIZE });
    while (iterator.hasMoreResults()) {
      const page = await cosmosCall(() => iterator.fetchNext());
      results.push(...page.resources);
    }
    return results;
  }

  private toDocument(planId: string, type: DocumentType, entity: Entity): ItemDefinition {
    return { ...entity, planId, type };
  }
}

// One collator for every comparison: localeCompare with options builds a new one each call.
const REF_COLLATOR = new Intl.Collator('en', { numeric: true });

/** Orders refs like 1.2 < 1.10 < 2.1. */
export function compareActionRefs(a: Pick<Action, 'ref'>, b: Pick<Action, 'ref'>): number {
  return REF_COLLATOR.compare(a.ref, b.ref);
}
