/**
 * Builds the Teams app package a Teams administrator uploads: build/appPackage.<env>.zip holding
 * manifest.json (every `${{NAME}}` filled in from env/.env.<env>), color.png and outline.png.
 *
 *   npm run package                 the dev environment (env/.env.dev, then env/.env.dev.user)
 *   npm run package -- --env prod   any environment the Agents Toolkit has provisioned
 *
 * The manifest is checked against its JSON schema (bundled with @microsoft/app-manifest, so no
 * network) before anything is written.
 */
import { createWriteStream, existsSync, mkdirSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { parseArgs } from 'node:util';
import { AppManifestUtils, TeamsManifestConverter, type TeamsManifest } from '@microsoft/app-manifest';
import dotenv from 'dotenv';
import { ZipFile } from 'yazl';

const PROJECT_ROOT = path.join(__dirname, '..');
export const APP_PACKAGE_DIR = path.join(PROJECT_ROOT, 'appPackage');
const USAGE = 'usage: npm run package -- [--env dev|local|<name>] [--out FILE.zip]';

/** The Agents Toolkit placeholder syntax: `${{NAME}}`, spaces allowed inside the braces. */
const PLACEHOLDER = /\$\{\{\s*([A-Za-z_][A-Za-z0-9_]*)\s*\}\}/g;

/** A problem the person running the command can fix; each line is printed as it is. */
export class PackageError extends Error {
  override readonly name = 'PackageError';
  constructor(readonly lines: readonly string[]) {
    super(lines.join('\n'));
  }
}

export type EnvValues = Readonly<Record<string, string | undefined>>;

/** The placeholders a manifest text uses, each once, in order of first use. */
export function placeholdersIn(text: string): string[] {
  return [...new Set([...text.matchAll(PLACEHOLDER)].map((match) => match[1] ?? ''))];
}

/** env/.env.<env>, then env/.env.<env>.user over it (the toolkit keeps secrets and local overrides there). */
export function readEnvValues(envName: string, rootDir: string = PROJECT_ROOT): Record<string, string> {
  if (!/^[A-Za-z0-9_-]+$/.test(envName)) throw new PackageError([`--env must be a name such as dev or prod (got "${envName}")`]);
  const file = path.join(rootDir, 'env', `.env.${envName}`);
  if (!existsSync(file))
    throw new PackageError([
      `No environment file ${path.relative(process.cwd(), file) || file}: provision the environment first (atk provision --env ${envName}).`,
    ]);
  const values: Record<string, string> = { ...dotenv.parse(readFileSync(file)) };
  const userFile = `${file}.user`;
  if (existsSync(userFile)) Object.assign(values, dotenv.parse(readFileSync(userFile)));
  return values;
}

/** Fills every placeholder, escaping values for a JSON string; names any placeholder without a value. */
export function fillPlaceholders(text: string, values: EnvValues, source: string): string {
  const missing = placeholdersIn(text).filter((name) => !values[name]?.trim());
  if (missing.length > 0) {
    throw new PackageError([`${source} has no value for ${missing.join(', ')} (used by appPackage/manifest.json).`]);
  }
  return text.replace(PLACEHOLDER, (_whole, name: string) => JSON.stringify((values[name] ?? '').trim()).slice(1, -1));
}

/** Schema errors, plus the mistake the schema lets through: a valid domain must be a bare host name. */
export async function validateManifest(manifest: TeamsManifest): Promise<string[]> {
  const errors = [...(await AppManifestUtils.validateAgainstSchema(manifest))];
  for (const domain of manifest.validDomains ?? []) {
    if (!/^(\*\.)?([a-z0-9]([a-z0-9-]*[a-z0-9])?\.)+[a-z]{2,}$/i.test(domain)) {
      errors.push(`/validDomains "${domain}" must be a host name only, such as tracker.azurewebsites.net (no https://, port or path)`);
    }
  }
  return errors;
}

export type PackageResult = Readonly<{ outputPath: string; manifest: TeamsManifest }>;

/**
 * Writes the app package from the given environment values (the test calls this directly).
 * Throws PackageError naming missing values or listing validation errors; writes nothing then.
 */
export async function packageApp(options: {
  values: EnvValues;
  outputPath: string;
  appPackageDir?: string;
  /** Named in the "no value" message, e.g. "env/.env.dev". */
  source?: string;
}): Promise<PackageResult> {
  const appPackageDir = options.appPackageDir ?? APP_PACKAGE_DIR;
  const template = readFileSync(path.join(appPackageDir, 'manifest.json'), 'utf8');
  const text = fillPlaceholders(template, options.values, options.source ?? 'The environment');

  let manifest: TeamsManifest;
  try {
    manifest = TeamsManifestConverter.jsonToManifest(text);
  } catch (error) {
    throw new PackageError([
      `appPackage/manifest.json is not a valid Teams manifest once filled in: ${error instanceof Error ? error.message : String(error)}`,
    ]);
  }
  const errors = await validateManifest(manifest);
  if (errors.length > 0) throw new PackageError(['The filled-in manifest does not validate:', ...errors.map((error) => `  ${error}`)]);

  const icons = [manifest.icons.color, manifest.icons.outline];
  for (const icon of icons) {
    if (!existsSync(path.join(appPackageDir, icon))) throw new PackageError([`The manifest names icon ${icon}, which is not in ${appPackageDir}`]);
  }

  mkdirSync(path.dirname(options.outputPath), { recursive: true });
  const zip = new ZipFile();
  // Fixed times keep the package byte-for-byte the same for the same inputs.
  const mtime = new Date('2000-01-01T00:00:00Z');
  zip.addBuffer(Buffer.from(text, 'utf8'), 'manifest.json', { mtime });
  for (const icon of icons) zip.addFile(path.join(appPackageDir, icon), path.basename(icon), { mtime });
  await new Promise<void>((resolve, reject) => {
    const out = createWriteStream(options.outputPath);
    out.on('close', () => resolve());
    out.on('error', reject);
    zip.outputStream.on('error', reject);
    zip.outputStream.pipe(out);
    zip.end();
  });
  return { outputPath: options.outputPath, manifest };
}

async function main(): Promise<void> {
  const { values } = parseArgs({ options: { env: { type: 'string', default: 'dev' }, out: { type: 'string' } }, strict: true });
  const envName = values.env;
  const outputPath = path.resolve(values.out ?? path.join(PROJECT_ROOT, 'build', `appPackage.${envName}.zip`));
  const env = readEnvValues(envName);
  const source = `env/.env.${envName}${existsSync(path.join(PROJECT_ROOT, 'env', `.env.${envName}.user`)) ? ` (with .env.${envName}.user)` : ''}`;
  try {
    const result = await packageApp({ values: env, outputPath, source });
    process.stdout.write(
      `Wrote ${path.relative(process.cwd(), result.outputPath)}: ${result.manifest.name.short} ${result.manifest.version}, app ${result.manifest.id}, bot ${result.manifest.bots?.[0]?.botId ?? '-'}\n`,
    );
  } catch (error) {
    if (error instanceof PackageError && envName === 'local') {
      // The local bot runs in the Agents Playground, which needs no Teams package; a package with
      // made-up ids would upload but never reach a bot, so say so rather than build one.
      throw new PackageError([
        ...error.lines,
        'The local bot runs in the Agents Playground (npm start) and needs no Teams package. To try it in real Teams, register a bot and a dev tunnel and put TEAMS_APP_ID, BOT_ID and BOT_DOMAIN in env/.env.local.user.',
      ]);
    }
    throw error;
  }
}

if (require.main === module) {
  main().catch((error: unknown) => {
    if (error instanceof PackageError) {
      process.stderr.write(`${error.lines.join('\n')}\n`);
    } else if (error instanceof TypeError && 'code' in error && String(error.code).startsWith('ERR_PARSE_ARGS')) {
      process.stderr.write(`${error.message}\n${USAGE}\n`);
      process.exitCode = 2;
      return;
    } else {
      process.stderr.write(`Unexpected error: ${error instanceof Error ? error.message : String(error)}\n`);
    }
    process.exitCode = 1;
  });
}
