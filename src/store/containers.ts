import type { IndexingPolicy } from '@azure/cosmos';

export type ContainerDeclaration = Readonly<{
  id: string;
  partitionKeyPath: string;
  indexingPolicy: IndexingPolicy;
}>;

/**
 * The one declaration of the database's containers: the store creates them from it and the
 * infrastructure is checked against it.
 */
export const CONTAINERS = {
  /** Everything about a plan in one partition: the plan with its areas, people, meetings, actions. */
  plan: {
    id: 'plan',
    partitionKeyPath: '/planId',
    indexingPolicy: {
      indexingMode: 'consistent',
      automatic: true,
      includedPaths: [{ path: '/*' }],
      // History notes are long free text that no query filters on.
      excludedPaths: [{ path: '/updates/*' }, { path: '/"_etag"/?' }],
    },
  },
  /** Turn state, conversation references, digest records and leases, each its own partition. */
  state: {
    id: 'state',
    partitionKeyPath: '/id',
    indexingPolicy: {
      indexingMode: 'consistent',
      automatic: true,
      includedPaths: [{ path: '/kind/?' }, { path: '/planId/?' }],
      excludedPaths: [{ path: '/*' }],
    },
  },
} as const satisfies Record<string, ContainerDeclaration>;

export type ContainerName = keyof typeof CONTAINERS;
