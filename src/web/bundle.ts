import { existsSync } from 'node:fs';
import { join } from 'node:path';
import { build } from 'esbuild';

/** The pages' scripts: app.js (Fluent 2 web components, Chart.js) and teams.js (the Teams client library), bundled once per process. */
export const SCRIPTS = ['app.js', 'teams.js'] as const;
export type ScriptName = (typeof SCRIPTS)[number];
let bundled: Promise<Record<ScriptName, string>> | undefined;

function clientFolder(): string {
  // Beside this file when run from the source; under src/ when run from the compiled output in dist/.
  const candidates = [join(__dirname, 'client'), join(__dirname, '..', '..', 'src', 'web', 'client')];
  const found = candidates.find((candidate) => existsSync(join(candidate, 'app.ts')));
  if (!found) throw new Error('the tab script source is missing');
  return found;
}

export async function tabScript(name: ScriptName): Promise<string> {
  bundled ??= build({
    entryPoints: ['app', 'teams'].map((entry) => join(clientFolder(), `${entry}.ts`)),
    outdir: '/tabs/assets',
    bundle: true,
    write: false,
    format: 'esm',
    target: 'es2022',
    minify: true,
    legalComments: 'none',
    logLevel: 'silent',
    // Loaded by app.js only inside Teams, from its own address.
    external: ['/tabs/assets/teams.js'],
  }).then((result) => ({
    'app.js': result.outputFiles.find((file) => file.path.endsWith('/app.js'))?.text ?? '',
    'teams.js': result.outputFiles.find((file) => file.path.endsWith('/teams.js'))?.text ?? '',
  }));
  // A failed build is tried again on the next request rather than kept.
  bundled.catch(() => {
    bundled = undefined;
  });
  return (await bundled)[name];
}
