import type { TestProject } from 'vitest/node';
import { startEmbeddedCosmos } from '../../src/store/embeddedCosmos';

declare module 'vitest' {
  export interface ProvidedContext {
    cosmosEndpoint: string;
    cosmosKey: string;
  }
}

/** One embedded Cosmos server for the whole run; every test file uses its own database. */
export default async function setup(project: TestProject): Promise<() => Promise<void>> {
  const cosmos = await startEmbeddedCosmos();
  project.provide('cosmosEndpoint', cosmos.endpoint);
  project.provide('cosmosKey', cosmos.key);
  return () => cosmos.stop();
}
