/**
 * The Azure infrastructure (infra/azure.bicep, its parameters, infra/containers.json, m365agents.yml)
 * against the code it hosts: the Cosmos containers of src/store/containers.ts, the variables
 * src/config.ts reads, the health endpoint and the start command.
 *
 * The containers are declared once, in the code: infra/containers.json is generated from it and
 * the template loops over that file, so the check is that the file is up to date and that the
 * template takes every container's settings from it. The rest is read from the template's text:
 * each resource's body (from its declaration to its closing brace), its settings as written, its
 * parameters and outputs. Nothing here interprets Bicep beyond that.
 */
import { readdirSync, readFileSync, statSync } from 'node:fs';
import path from 'node:path';
import YAML from 'yaml';
import { describe, expect, it } from 'vitest';
import { loadConfig } from '../../src/config';
import { INFRA_CONTAINERS_FILE, renderInfraContainers } from '../../scripts/writeInfraContainers';

const ROOT = path.resolve(__dirname, '../..');
const INFRA = path.join(ROOT, 'infra');
// Comments hold words that look like settings: they are left out before anything is read.
const TEMPLATE = readFileSync(path.join(INFRA, 'azure.bicep'), 'utf8').replace(/^\s*\/\/.*$/gm, '');
const parametersFile = JSON.parse(readFileSync(path.join(INFRA, 'azure.parameters.json'), 'utf8')) as { parameters: Record<string, { value: unknown }> };

/** Whitespace folded, so a setting reads the same however the template is laid out. */
const folded = (text: string): string => text.replace(/\s+/g, ' ').trim();

/** The body of a brace-delimited block starting at `open` (the index of its "{"); braces inside '…' strings are skipped. */
function blockFrom(text: string, open: number): string {
  let depth = 0;
  let quoted = false;
  for (let index = open; index < text.length; index += 1) {
    const char = text[index];
    if (char === "'" && text[index - 1] !== '\\') quoted = !quoted;
    if (quoted) continue;
    if (char === '{') depth += 1;
    if (char === '}' && (depth -= 1) === 0) return text.slice(open + 1, index);
  }
  throw new Error('unclosed block');
}

type Resource = Readonly<{ symbol: string; type: string; loop: string | undefined; body: string }>;

const RESOURCES: readonly Resource[] = [...TEMPLATE.matchAll(/^resource (\w+) '([^'@]+)@[^']+' = (\[for [^:]+:\s*)?\{/gm)].map((match) => ({
  symbol: match[1] ?? '',
  type: match[2] ?? '',
  loop: match[3]?.trim(),
  body: blockFrom(TEMPLATE, (match.index ?? 0) + match[0].length - 1),
}));

function only(type: string): Resource {
  const found = RESOURCES.filter((resource) => resource.type === type);
  expect(
    found.map((resource) => resource.symbol),
    `resources of type ${type}`,
  ).toHaveLength(1);
  return found[0] as Resource;
}

/** A setting as written (`key: value` on its own line), the first in the text given. */
function setting(body: string, key: string): string | undefined {
  return new RegExp(String.raw`^\s*${key}:\s*(.+?)\s*$`, 'm').exec(body)?.[1];
}

/** A nested block's body (`key: {`). */
function block(body: string, key: string): string {
  const match = new RegExp(String.raw`^\s*${key}:\s*\{`, 'm').exec(body);
  if (!match) throw new Error(`no ${key} block`);
  return blockFrom(body, match.index + match[0].length - 1);
}

type Param = Readonly<{ name: string; type: string; defaultValue: string | undefined; decorators: string }>;
const PARAMS: ReadonlyMap<string, Param> = new Map(
  [...TEMPLATE.matchAll(/((?:^@.*\n(?:^ .*\n|^\]\)\n)*)*)^param (\w+) (\w+)(?: = (.+))?$/gm)].map((match) => [
    match[2] ?? '',
    { name: match[2] ?? '', type: match[3] ?? '', defaultValue: match[4]?.trim(), decorators: match[1] ?? '' },
  ]),
);
const OUTPUTS: ReadonlyMap<string, string> = new Map(
  [...TEMPLATE.matchAll(/^output (\w+) \w+ = (.+)$/gm)].map((match) => [match[1] ?? '', (match[2] ?? '').trim()]),
);

/** What the toolkit fills `${{NAME}}` with, for the checks: plausible values of the right shape. */
const SAMPLE_ENV: Readonly<Record<string, string>> = {
  RESOURCE_SUFFIX: 'ab12cd',
  BOT_ID: '5f0b3c1e-7a0d-4c8e-9d35-2b7a51e1c0aa',
  BOT_TENANT_ID: 'cc8e62c6-ac50-5768-afb3-feec6b8286af',
  SECRET_BOT_PASSWORD: 'sample-secret-value',
};

/** What only Azure knows, for the start-up check: the value an expression of a deployed resource would have. */
const AZURE_VALUES: Readonly<Record<string, string>> = {
  'cosmos.properties.documentEndpoint': 'https://imptrackab12cd-cosmos.documents.azure.com:443/',
  'appInsights.properties.ConnectionString':
    'InstrumentationKey=00000000-0000-0000-0000-000000000000;IngestionEndpoint=https://uksouth-1.in.applicationinsights.azure.com/',
};

/** A setting's value as deployed: a literal, a parameter (as azure.parameters.json passes it, or its default), or a value of Azure's. */
function deployedValue(expression: string): string {
  const literal = /^'(.*)'$/.exec(expression);
  if (literal) return literal[1] ?? '';
  if (expression === 'true' || expression === 'false' || /^\d+$/.test(expression)) return expression;
  const param = PARAMS.get(expression);
  if (param) {
    const passed = parametersFile.parameters[param.name]?.value;
    if (passed !== undefined)
      return String(passed).replace(/\$\{\{\s*([A-Z0-9_]+)\s*\}\}/g, (_whole, name: string) => SAMPLE_ENV[name] ?? `<no sample for ${name}>`);
    if (param.defaultValue !== undefined) return deployedValue(param.defaultValue);
    throw new Error(`parameter ${param.name} has no value`);
  }
  const azure = AZURE_VALUES[expression];
  if (azure) return azure;
  throw new Error(`${expression}: add a sample value for it to AZURE_VALUES`);
}

const webApp = only('Microsoft.Web/sites');
const siteConfig = block(block(webApp.body, 'properties'), 'siteConfig');
const APP_SETTINGS: ReadonlyMap<string, string> = new Map(
  [...siteConfig.matchAll(/\{\s*name:\s*'([A-Z0-9_]+)'\s*value:\s*([^\n]+?)\s*\}/g)].map((match) => [match[1] ?? '', match[2] ?? '']),
);

describe('Cosmos DB containers: exactly as src/store/containers.ts declares them', () => {
  it('infra/containers.json is generated from the code and up to date (npm run infra:containers)', () => {
    expect(readFileSync(INFRA_CONTAINERS_FILE, 'utf8'), 'infra/containers.json is out of date: run npm run infra:containers').toBe(renderInfraContainers());
  });

  it('the template creates one container per declaration in that file, each with its own id, partition key and indexing policy', () => {
    expect(TEMPLATE).toMatch(/^var containerDeclarations = loadJsonContent\('containers\.json'\)\.containers$/m);
    const containers = only('Microsoft.DocumentDB/databaseAccounts/sqlDatabases/containers');
    expect(containers.loop).toBe('[for container in containerDeclarations:');
    expect(setting(containers.body, 'parent')).toBe('database');
    expect(setting(containers.body, 'name')).toBe('container.id');
    const resource = block(block(containers.body, 'properties'), 'resource');
    expect(setting(resource, 'id')).toBe('container.id');
    expect(folded(block(resource, 'partitionKey'))).toBe("paths: [ container.partitionKeyPath ] kind: 'Hash' version: 2");
    expect(setting(resource, 'indexingPolicy')).toBe('container.indexingPolicy');
  });

  it('puts them in the database the app is told to use', () => {
    const database = only('Microsoft.DocumentDB/databaseAccounts/sqlDatabases');
    expect(setting(database.body, 'parent')).toBe(only('Microsoft.DocumentDB/databaseAccounts').symbol);
    expect(setting(database.body, 'name')).toBe('cosmosDatabaseName');
    expect(setting(block(block(database.body, 'properties'), 'resource'), 'id')).toBe('cosmosDatabaseName');
    expect(APP_SETTINGS.get('COSMOS_DATABASE')).toBe('cosmosDatabaseName');
  });
});

describe('Cosmos DB account', () => {
  const account = only('Microsoft.DocumentDB/databaseAccounts');
  const properties = block(account.body, 'properties');

  it('has keys turned off, continuous backup and TLS 1.2', () => {
    expect(setting(properties, 'disableLocalAuth')).toBe('true');
    expect(folded(block(properties, 'backupPolicy'))).toBe("type: 'Continuous' continuousModeProperties: { tier: 'Continuous7Days' }");
    expect(setting(properties, 'minimalTlsVersion')).toBe("'Tls12'");
  });

  it('is serverless by default, and autoscale (shared by the containers) when asked', () => {
    expect(folded(PARAMS.get('cosmosThroughputMode')?.decorators ?? '')).toContain("@allowed([ 'serverless' 'autoscale' ])");
    expect(PARAMS.get('cosmosThroughputMode')?.defaultValue).toBe("'serverless'");
    expect(parametersFile.parameters.cosmosThroughputMode?.value).toBe('serverless');
    expect(TEMPLATE).toMatch(/^var serverless = cosmosThroughputMode == 'serverless'$/m);
    expect(folded(/capabilities:([^]*?\] : \[\])/.exec(properties)?.[1] ?? '')).toBe("serverless ? [ { name: 'EnableServerless' } ] : []");
    const database = block(only('Microsoft.DocumentDB/databaseAccounts/sqlDatabases').body, 'properties');
    expect(folded(/options:([^]*?\}\s*\}\s*$)/.exec(database)?.[1] ?? '')).toBe(
      'serverless ? {} : { autoscaleSettings: { maxThroughput: autoscaleMaxThroughput } }',
    );
    expect(only('Microsoft.DocumentDB/databaseAccounts/sqlDatabases/containers').body, 'containers take no throughput of their own').not.toMatch(/\boptions:/);
  });

  it("gives the web app's own identity the built-in Data Contributor role on the account", () => {
    expect(folded(block(webApp.body, 'identity'))).toBe("type: 'SystemAssigned'");
    const assignment = only('Microsoft.DocumentDB/databaseAccounts/sqlRoleAssignments');
    const assigned = block(assignment.body, 'properties');
    expect(setting(assignment.body, 'parent')).toBe(account.symbol);
    expect(setting(assigned, 'principalId')).toBe(`${webApp.symbol}.identity.principalId`);
    expect(setting(assigned, 'roleDefinitionId')).toBe(`'\${${account.symbol}.id}/sqlRoleDefinitions/\${cosmosDataContributorRoleId}'`);
    expect(TEMPLATE).toMatch(/^var cosmosDataContributorRoleId = '00000000-0000-0000-0000-000000000002'$/m);
    expect(setting(assigned, 'scope')).toBe(`${account.symbol}.id`);
  });
});

describe('web app', () => {
  it('runs Node 22 LTS on Linux, always on, HTTPS only, TLS 1.2', () => {
    expect(setting(webApp.body, 'kind')).toBe("'app,linux'");
    expect(setting(block(webApp.body, 'properties'), 'httpsOnly')).toBe('true');
    expect(setting(siteConfig, 'linuxFxVersion')).toBe("'NODE|22-lts'");
    expect(setting(siteConfig, 'alwaysOn')).toBe('true');
    expect(setting(siteConfig, 'minTlsVersion')).toBe("'1.2'");
    expect(setting(block(only('Microsoft.Web/serverfarms').body, 'properties'), 'reserved')).toBe('true');
  });

  it('is health-checked on /healthz, which the server serves', () => {
    expect(setting(siteConfig, 'healthCheckPath')).toBe("'/healthz'");
    expect(readFileSync(path.join(ROOT, 'src', 'bot', 'server.ts'), 'utf8')).toContain("server.get('/healthz'");
  });

  it('starts the compiled bot alone: the start command names the build output of src/cli/start.ts', () => {
    const command = deployedValue(setting(siteConfig, 'appCommandLine') ?? "''");
    const script = /\bnode\b.*?\s(\S+\.js)\b/.exec(command)?.[1] ?? '';
    const build = JSON.parse(readFileSync(path.join(ROOT, 'tsconfig.build.json'), 'utf8')) as { compilerOptions: { rootDir: string; outDir: string } };
    expect(script.startsWith(`${build.compilerOptions.outDir}/`)).toBe(true);
    const source = path.join(ROOT, build.compilerOptions.rootDir, script.slice(build.compilerOptions.outDir.length + 1).replace(/\.js$/, '.ts'));
    expect(statSync(source).isFile(), `${source} exists`).toBe(true);
    expect(command).toContain('--no-client');
    expect(command, 'no warning is silenced at start-up').not.toContain('--disable-warning');
    expect(deployedValue(APP_SETTINGS.get('SCM_DO_BUILD_DURING_DEPLOYMENT') ?? "''"), 'App Service builds dist/ on deploy').toBe('true');
  });

  describe('app settings', () => {
    const REQUIRED = [
      'COSMOS_ENDPOINT',
      'COSMOS_DATABASE',
      'BOT_ID',
      'BOT_PASSWORD',
      'BOT_TENANT_ID',
      'BOT_TYPE',
      'ALLOWED_TENANT_IDS',
      'TZ',
      'APPLICATIONINSIGHTS_CONNECTION_STRING',
      'WEBSITE_NODE_DEFAULT_VERSION',
      'SCM_DO_BUILD_DURING_DEPLOYMENT',
    ];
    /** Read by App Service itself or by a library, not by our code. */
    const NOT_OURS = new Set(['WEBSITE_NODE_DEFAULT_VERSION', 'SCM_DO_BUILD_DURING_DEPLOYMENT', 'APPLICATIONINSIGHTS_CONNECTION_STRING']);

    it('sets every variable the app needs in Azure', () => {
      expect(APP_SETTINGS.size).toBeGreaterThan(5);
      expect(REQUIRED.filter((name) => !APP_SETTINGS.has(name))).toEqual([]);
    });

    it('sets only variables something reads (a misspelt name would be silently ignored)', () => {
      const sources = readdirSync(path.join(ROOT, 'src'), { recursive: true, encoding: 'utf8' })
        .filter((file) => file.endsWith('.ts'))
        .map((file) => readFileSync(path.join(ROOT, 'src', file), 'utf8'))
        .join('\n');
      const unread = [...APP_SETTINGS.keys()].filter((name) => !NOT_OURS.has(name) && !new RegExp(`\\b${name}\\b`).test(sources));
      expect(unread).toEqual([]);
    });

    it('uses the managed identity for Cosmos DB: no key setting', () => {
      expect(APP_SETTINGS.has('COSMOS_KEY')).toBe(false);
    });

    it('takes the bot password from a @secure() parameter', () => {
      expect(APP_SETTINGS.get('BOT_PASSWORD')).toBe('botPassword');
      expect(PARAMS.get('botPassword')?.decorators).toContain('@secure()');
      expect(String(parametersFile.parameters.botPassword?.value)).toMatch(/^\$\{\{SECRET_[A-Z0-9_]+\}\}$/);
    });

    it('are enough for the app to start in production mode: Azure Cosmos DB with its identity, authenticated single-tenant bot, one tenant', () => {
      const env = Object.fromEntries([...APP_SETTINGS].map(([name, expression]) => [name, deployedValue(expression)]));
      const config = loadConfig(env);
      expect(config.cosmos).toEqual({
        kind: 'azure',
        endpoint: AZURE_VALUES['cosmos.properties.documentEndpoint'],
        key: undefined,
        database: 'improvement-tracker',
      });
      expect(config.bot).toEqual({
        appId: SAMPLE_ENV.BOT_ID,
        password: SAMPLE_ENV.SECRET_BOT_PASSWORD,
        tenantId: SAMPLE_ENV.BOT_TENANT_ID,
        appType: 'SingleTenant',
      });
      expect(config.allowedTenantIds).toEqual([SAMPLE_ENV.BOT_TENANT_ID]);
      expect(config.host).toBe('0.0.0.0');
      expect(config.timeZone).toBe('Europe/London');
    });
  });
});

describe('Azure Bot', () => {
  it('is a single-tenant Azure Bot for the app registration, pointing at the web app', () => {
    const bot = only('Microsoft.BotService/botServices');
    const properties = block(bot.body, 'properties');
    expect(setting(bot.body, 'kind')).toBe("'azurebot'");
    expect(setting(bot.body, 'location')).toBe("'global'");
    expect(setting(properties, 'msaAppType')).toBe("'SingleTenant'");
    expect(deployedValue(setting(properties, 'msaAppId') ?? '')).toBe(SAMPLE_ENV.BOT_ID);
    expect(deployedValue(setting(properties, 'msaAppTenantId') ?? '')).toBe(SAMPLE_ENV.BOT_TENANT_ID);
    expect(setting(properties, 'endpoint')).toBe(`'https://\${${webApp.symbol}.properties.defaultHostName}/api/messages'`);
  });

  it('has the Microsoft Teams channel', () => {
    const channel = only('Microsoft.BotService/botServices/channels');
    expect(setting(channel.body, 'parent')).toBe(only('Microsoft.BotService/botServices').symbol);
    expect(setting(channel.body, 'name')).toBe("'MsTeamsChannel'");
    expect(setting(block(channel.body, 'properties'), 'channelName')).toBe("'MsTeamsChannel'");
  });
});

describe('parameters and outputs', () => {
  it('azure.parameters.json passes only declared parameters, and every parameter without a default', () => {
    expect(PARAMS.size).toBeGreaterThan(5);
    const passed = Object.keys(parametersFile.parameters);
    expect(passed.filter((name) => !PARAMS.has(name))).toEqual([]);
    const needed = [...PARAMS.values()].filter((param) => param.defaultValue === undefined).map((param) => param.name);
    expect(needed.filter((name) => !passed.includes(name))).toEqual([]);
  });

  it('outputs what the toolkit writes back for deploy, packaging and operations', () => {
    expect(OUTPUTS.get('BOT_DOMAIN')).toBe(`${webApp.symbol}.properties.defaultHostName`);
    expect(OUTPUTS.get('BOT_AZURE_APP_SERVICE_RESOURCE_ID')).toBe(`${webApp.symbol}.id`);
    expect(OUTPUTS.get('COSMOS_ENDPOINT')).toBe(`${only('Microsoft.DocumentDB/databaseAccounts').symbol}.properties.documentEndpoint`);
    expect(OUTPUTS.get('APPLICATIONINSIGHTS_CONNECTION_STRING')).toBe(APP_SETTINGS.get('APPLICATIONINSIGHTS_CONNECTION_STRING'));
  });
});

describe('m365agents.yml', () => {
  type Action = { uses: string; with?: Record<string, unknown>; writeToEnvironmentFile?: Record<string, string> };
  const project = YAML.parse(readFileSync(path.join(ROOT, 'm365agents.yml'), 'utf8')) as {
    version: string;
    provision: Action[];
    deploy: Action[];
    publish: Action[];
  };
  const envDev = readFileSync(path.join(ROOT, 'env', '.env.dev'), 'utf8');
  const envDevKeys = new Set([...envDev.matchAll(/^([A-Z0-9_]+)=/gm)].map((match) => match[1] ?? ''));
  const placeholders = (text: string): string[] => [...text.matchAll(/\$\{\{\s*([A-Za-z0-9_]+)\s*\}\}/g)].map((match) => match[1] ?? '');
  /** What each action reads: its own `${{...}}`, and those of the files it renders. */
  const readsOf = (action: Action): string[] => {
    const names = placeholders(JSON.stringify(action.with ?? {}));
    if (action.uses === 'arm/deploy') names.push(...placeholders(readFileSync(path.join(INFRA, 'azure.parameters.json'), 'utf8')));
    const manifestPath = action.with?.manifestPath;
    if (typeof manifestPath === 'string') names.push(...placeholders(readFileSync(path.join(ROOT, manifestPath), 'utf8')));
    return names;
  };

  it('uses the toolkit file format and the real action names', () => {
    expect(project.version).toMatch(/^v1\.\d+$/);
    expect(project.provision.map((action) => action.uses)).toEqual([
      'teamsApp/create',
      'aadApp/create',
      'arm/deploy',
      'aadApp/update',
      'teamsApp/validateManifest',
      'teamsApp/zipAppPackage',
      'teamsApp/validateAppPackage',
      'teamsApp/update',
    ]);
    expect(project.deploy.map((action) => action.uses)).toEqual(['cli/runNpmCommand', 'cli/runNpmCommand', 'azureAppService/zipDeploy']);
    expect(project.publish.map((action) => action.uses)).toContain('teamsApp/publishAppPackage');
    const arm = project.provision.find((action) => action.uses === 'arm/deploy');
    expect(arm?.with?.templates).toEqual([expect.objectContaining({ path: './infra/azure.bicep', parameters: './infra/azure.parameters.json' })]);
    const bot = project.provision.find((action) => action.uses === 'aadApp/create');
    expect(bot?.with).toMatchObject({ generateClientSecret: true, signInAudience: 'AzureADMyOrg' });
  });

  it('only reads values an earlier step (or the environment file) provides, and env/.env.dev lists them', () => {
    // Set by the toolkit itself or asked for when empty.
    const known = new Set(['TEAMSFX_ENV', 'APP_NAME_SUFFIX', 'AZURE_SUBSCRIPTION_ID', 'AZURE_RESOURCE_GROUP_NAME', 'RESOURCE_SUFFIX']);
    const produced: string[] = [];
    const problems: string[] = [];
    const run = (stage: string, actions: readonly Action[]): void => {
      for (const action of actions) {
        for (const name of readsOf(action)) if (!known.has(name)) problems.push(`${stage} ${action.uses} reads ${name} before anything writes it`);
        for (const name of Object.values(action.writeToEnvironmentFile ?? {})) {
          known.add(name);
          produced.push(name);
        }
        if (action.uses === 'arm/deploy') {
          for (const output of OUTPUTS.keys()) {
            known.add(output.toUpperCase());
            produced.push(output.toUpperCase());
          }
        }
      }
    };
    run('provision', project.provision);
    run('deploy', project.deploy);
    run('publish', project.publish);
    expect(problems).toEqual([]);
    expect(produced.filter((name) => !name.startsWith('SECRET_') && !envDevKeys.has(name))).toEqual([]);
    // The committed file holds no secret.
    expect([...envDevKeys].filter((name) => name.startsWith('SECRET_'))).toEqual([]);
  });

  it('deploys to the web app the Bicep creates', () => {
    const zipDeploy = project.deploy.find((action) => action.uses === 'azureAppService/zipDeploy');
    expect(zipDeploy?.with?.resourceId).toBe('${{BOT_AZURE_APP_SERVICE_RESOURCE_ID}}');
    expect(OUTPUTS.get('BOT_AZURE_APP_SERVICE_RESOURCE_ID')).toBeDefined();
    const ignore = readFileSync(path.join(ROOT, String(zipDeploy?.with?.ignoreFile)), 'utf8')
      .split('\n')
      .map((line) => line.trim());
    expect(ignore).toContain('node_modules/');
    expect(ignore).toContain('env/');
    expect(
      ignore.some((line) => /^(src|package\.json|package-lock\.json)\/?$/.test(line)),
      'the source App Service builds must go up',
    ).toBe(false);
  });
});
