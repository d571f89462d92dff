import type { Container, ItemDefinition, SqlQuerySpec } from '@azure/cosmos';
import { z } from 'zod';
import { appError } from '../errors';
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
} from '../domain/model';
import { cosmosCall } from './cosmosErrors';

/** Document kinds in the plan container; `type` tells them apart. */
export const DOCUMENT_TYPES = ['plan', 'person', 'committee', 'meeting', 'action'] as const;
export type DocumentType = (typeof DOCUMENT_TYPES)[number];

const PLAN_DOCUMENT_ID = 'plan';
const PAGE_SIZE = 200;

const PlanDocumentSchema = PlanSchema.extend({ timeZone: z.string().default('Europe/London'), tenantId: z.string().optional() });
export type PlanRecord = z.infer<typeof PlanDocumentSchema>;

/** Everything about one plan, as read in one go for a turn. */
export type PlanView = Readonly<{
  plan: PlanRecord;
  people: readonly Person[];
  committees: readonly Committee[];
  meetings: readonly Meeting[];
  actions: readonly Action[];
}>;

export type Versioned<T> = Readonly<{ value: T; etag: string }>;

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
    const { resource } = await cosmosCall(() => this.container.item(PLAN_DOCUMENT_ID, planId).read());
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

  async getAction(planId: string, actionId: string): Promise<Versioned<Action> | null> {
    const { resource } = await cosmosCall(() => this.container.item(actionId, planId).read());
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
    return { value: parseDocument(ActionSchema, resource, 'action'), etag: etagOf(resource) };
  }

  /** Creates a new document; CONFLICT when one with that id exists. */
  async create(planId: string, type: DocumentType, entity: Entity): Promise<void> {
    await cosmosCall(() => this.container.items.create(this.toDocument(planId, type, entity)));
  }

  async upsert(planId: string, type: DocumentType, entity: Entity): Promise<void> {
    await cosmosCall(() => this.container.items.upsert(this.toDocument(planId, type, entity)));
  }

  async savePlan(planId: string, plan: Omit<PlanRecord, 'id'>): Promise<void> {
    await cosmosCall(() => this.container.items.upsert({ ...plan, id: PLAN_DOCUMENT_ID, planId, type: 'plan' }));
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
    const iterator = this.container.items.query(
      { query: 'SELECT * FROM c WHERE c.planId = @planId AND c.type = @type', parameters: [{ name: '@planId', value: planId }, { name: '@type', value: type }] },
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
      if (typeof id === 'string') await cosmosCall(() => this.container.item(id, planId).delete());
    }
    return documents.length;
  }

  private async queryAll(planId: string, spec: SqlQuerySpec): Promise<ItemDefinition[]> {
    const results: ItemDefinition[] = [];
    let continuationToken: string | undefined;
    do {
      const iterator = this.container.items.query(spec, { partitionKey: planId, maxItemCount: PAGE_SIZE, continuationToken });
      const page = await cosmosCall(() => iterator.fetchNext());
      results.push(...page.resources);
      continuationToken = page.hasMoreResults ? page.continuationToken : undefined;
    } while (continuationToken);
    return results;
  }

  private toDocument(planId: string, type: DocumentType, entity: Entity): ItemDefinition {
    return { ...entity, planId, type };
  }
}

/** Orders refs like 1.2 < 1.10 < 2.1. */
export function compareActionRefs(a: Pick<Action, 'ref'>, b: Pick<Action, 'ref'>): number {
  return a.ref.localeCompare(b.ref, 'en', { numeric: true });
}
