import { join } from 'node:path';
import madge from 'madge';
import { beforeAll, describe, expect, it } from 'vitest';

// Data flows one way (route -> parse -> service -> store -> card): no file or folder of src/ depends on itself through others.
const SRC = join(__dirname, '..', '..', 'src');
let graph: Record<string, string[]>;
let circular: string[][];

beforeAll(async () => {
  const result = await madge(SRC, {
    fileExtensions: ['ts'],
    tsConfig: join(__dirname, '..', '..', 'tsconfig.json'),
    detectiveOptions: { ts: { skipTypeImports: false } },
  });
  graph = result.obj();
  circular = result.circular();
}, 60_000);

/** "ask/answer.ts" -> "ask"; "config.ts" -> "config". */
const folderOf = (file: string): string => file.split('/')[0]?.replace(/\.ts$/, '') ?? file;

function folderCycles(files: Record<string, string[]>): string[][] {
  const edges = new Map<string, Set<string>>();
  for (const [file, dependencies] of Object.entries(files)) {
    for (const dependency of dependencies) {
      const [from, to] = [folderOf(file), folderOf(dependency)];
      if (from !== to) edges.set(from, (edges.get(from) ?? new Set()).add(to));
    }
  }
  const cycles: string[][] = [];
  const visit = (node: string, path: string[]): void => {
    for (const next of edges.get(node) ?? []) {
      if (next === path[0]) cycles.push([...path, next]);
      else if (!path.includes(next) && next > path[0]!) visit(next, [...path, next]);
    }
  };
  for (const node of edges.keys()) visit(node, [node]);
  return cycles;
}

describe('the shape of src/', () => {
  it('has no import cycle between files', () => {
    expect(Object.keys(graph).length).toBeGreaterThan(50);
    expect(circular).toEqual([]);
  });

  it('has no import cycle between folders', () => {
    expect(folderCycles(graph)).toEqual([]);
  });

  it('keeps the Teams SDKs behind src/bot/', async () => {
    const result = await madge(SRC, { fileExtensions: ['ts'], tsConfig: join(__dirname, '..', '..', 'tsconfig.json'), includeNpm: true });
    const outside = Object.entries(result.obj())
      .filter(([file]) => !file.startsWith('bot/'))
      .flatMap(([file, dependencies]) =>
        dependencies.filter((dependency) => /@microsoft\/teams-ai|botbuilder|botframework/.test(dependency)).map((dependency) => `${file} -> ${dependency}`),
      );
    expect(outside).toEqual([]);
  }, 60_000);
});
