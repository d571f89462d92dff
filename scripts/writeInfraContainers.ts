/**
 * Writes infra/containers.json from the one declaration of the Cosmos containers
 * (src/store/containers.ts), so infra/azure.bicep creates exactly the containers the code expects.
 *
 *   npm run infra:containers          writes the file
 *   npm run infra:containers -- --check   exits 1 if the file is out of date (for CI)
 */
import { readFileSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { CONTAINERS } from '../src/store/containers';

export const INFRA_CONTAINERS_FILE = path.join(__dirname, '..', 'infra', 'containers.json');

export type InfraContainer = Readonly<{
  id: string;
  partitionKeyPath: string;
  indexingPolicy: unknown;
}>;

export type InfraContainersFile = Readonly<{
  $comment: string;
  containers: readonly InfraContainer[];
}>;

/** The containers as Bicep reads them: an array (Bicep loops over arrays), in declaration order. */
export function infraContainers(): InfraContainersFile {
  return {
    $comment:
      'Generated from src/store/containers.ts by `npm run infra:containers`; infra/azure.bicep reads it with loadJsonContent. Do not edit by hand: tests/unit/infra.test.ts fails when this file and the code differ.',
    containers: Object.values(CONTAINERS).map((container) => ({
      id: container.id,
      partitionKeyPath: container.partitionKeyPath,
      // A JSON round trip drops the `as const` readonly-ness and anything JSON cannot hold.
      indexingPolicy: JSON.parse(JSON.stringify(container.indexingPolicy)) as unknown,
    })),
  };
}

/** The exact file text, so the test can tell a stale file from a current one byte for byte. */
export function renderInfraContainers(): string {
  return `${JSON.stringify(infraContainers(), null, 2)}\n`;
}

function main(argv: readonly string[]): void {
  const expected = renderInfraContainers();
  const relative = path.relative(process.cwd(), INFRA_CONTAINERS_FILE) || INFRA_CONTAINERS_FILE;
  if (argv.includes('--check')) {
    let current = '';
    try {
      current = readFileSync(INFRA_CONTAINERS_FILE, 'utf8');
    } catch {
      // A missing file is out of date too.
    }
    if (current !== expected) {
      process.stderr.write(`${relative} is out of date with src/store/containers.ts: run npm run infra:containers\n`);
      process.exitCode = 1;
      return;
    }
    process.stdout.write(`${relative} matches src/store/containers.ts\n`);
    return;
  }
  writeFileSync(INFRA_CONTAINERS_FILE, expected);
  process.stdout.write(
    `Wrote ${relative} (${infraContainers()
      .containers.map((c) => `${c.id} by ${c.partitionKeyPath}`)
      .join(', ')})\n`,
  );
}

if (require.main === module) main(process.argv.slice(2));
