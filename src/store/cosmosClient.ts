import { CosmosClient, OperationType, type Container, type CosmosClientOptions, type Database, type PluginConfig } from '@azure/cosmos';
import { DefaultAzureCredential } from '@azure/identity';
import { CONTAINERS, type ContainerName } from './containers';
import { cosmosCall } from './cosmosErrors';
import { recordCosmosBytes, recordCosmosRequest } from './requestCounter';

export type CosmosConnection = Readonly<{
  endpoint: string;
  /** Account key; when absent, the managed identity (or developer login) is used. */
  key: string | undefined;
  database: string;
  /** The embedded server speaks plain HTTP and has no regional endpoints to discover. */
  embedded: boolean;
}>;

export type Store = Readonly<{
  client: CosmosClient;
  database: Database;
  containers: Readonly<Record<ContainerName, Container>>;
}>;

const countRequests: PluginConfig = {
  on: 'request',
  plugin: async (context, diagnosticNode, next) => {
    recordCosmosRequest({ query: context.operationType === OperationType.Query, partitionKey: context.partitionKey !== undefined });
    const response = await next(context);
    // The body's size as sent (no re-serialising on the hot path).
    const length = Number((response.headers as Record<string, unknown> | undefined)?.['content-length']);
    if (Number.isFinite(length)) recordCosmosBytes(length);
    return response;
  },
};

/**
 * Every Cosmos call answers in milliseconds when the database is well; a person waits on each
 * one, so a hung database is reported within seconds (the turn answers well inside 5 s).
 */
const REQUEST_TIMEOUT_MS = 3_500;

/** `plugins` is supported by the SDK but hidden from its public options type. */
type ClientOptionsWithPlugins = CosmosClientOptions & { plugins: PluginConfig[] };

export function createCosmosClient(connection: CosmosConnection): CosmosClient {
  const options: ClientOptionsWithPlugins = {
    endpoint: connection.endpoint,
    ...(connection.key ? { key: connection.key } : { aadCredentials: new DefaultAzureCredential() }),
    connectionPolicy: {
      enableEndpointDiscovery: !connection.embedded,
      // A person is waiting on every call: fail fast and say so rather than hang.
      requestTimeout: REQUEST_TIMEOUT_MS,
      retryOptions: { maxRetryAttemptCount: 5, fixedRetryIntervalInMilliseconds: 0, maxWaitTimeInSeconds: 10 },
    },
    plugins: [countRequests],
  };
  return new CosmosClient(options);
}

/** Opens the database, creating it and any missing container from the declaration. */
export async function openStore(connection: CosmosConnection): Promise<Store> {
  const client = createCosmosClient(connection);
  return cosmosCall(async () => {
    const { database } = await client.databases.createIfNotExists({ id: connection.database });
    const entries = await Promise.all(
      (Object.keys(CONTAINERS) as ContainerName[]).map(async (name) => {
        const declaration = CONTAINERS[name];
        const { container } = await database.containers.createIfNotExists({
          id: declaration.id,
          partitionKey: { paths: [declaration.partitionKeyPath] },
          indexingPolicy: declaration.indexingPolicy,
        });
        return [name, container] as const;
      }),
    );
    const containers = Object.fromEntries(entries) as Record<ContainerName, Container>;
    return { client, database, containers };
  });
}

const PING_TIMEOUT_MS = 2_500;

/** True when the database answers a cheap read. */
export async function pingStore(store: Store, timeoutMs = PING_TIMEOUT_MS): Promise<{ ok: true } | { ok: false; reason: string }> {
  try {
    // A hung database must not hang the health check: the platform's probe waits only a few seconds.
    await cosmosCall(() => store.database.read({ abortSignal: AbortSignal.timeout(timeoutMs) }));
    return { ok: true };
  } catch (error) {
    const code = typeof error === 'object' && error !== null && 'code' in error ? String(error.code) : 'unknown';
    return { ok: false, reason: code === 'UNAVAILABLE' ? 'database unreachable' : `database error (${code})` };
  }
}
