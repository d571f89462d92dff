import { existsSync, readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import path from 'node:path';
import { inflateSync } from 'node:zlib';
import { AppManifestUtils, TeamsManifestV1D19 } from '@microsoft/app-manifest';
import { describe, expect, it } from 'vitest';

const APP_PACKAGE = path.resolve(__dirname, '../../appPackage');
const MANIFEST_PATH = path.join(APP_PACKAGE, 'manifest.json');

/** Sample values for the Agents Toolkit placeholders (`${{NAME}}`) in the manifest. */
const SAMPLE_ENV: Readonly<Record<string, string>> = {
  TEAMS_APP_ID: '0f5a2c7e-3b1d-4e8f-9a6c-2d7b5e1f4a90',
  BOT_ID: '5f0b3c1e-7a0d-4c8e-9d35-2b7a51e1c0aa',
  BOT_DOMAIN: 'tracker.example.gov.uk',
};

const PLACEHOLDER = /\$\{\{\s*([A-Za-z0-9_]+)\s*\}\}/g;

function placeholdersIn(text: string): string[] {
  return [...new Set([...text.matchAll(PLACEHOLDER)].map((match) => match[1] ?? ''))].sort();
}

function substitute(text: string, env: Readonly<Record<string, string>>): string {
  return text.replace(PLACEHOLDER, (_whole, name: string) => {
    const value = env[name];
    if (value === undefined) throw new Error(`no sample value for placeholder ${name}`);
    return value;
  });
}

const rawText = readFileSync(MANIFEST_PATH, 'utf8');
const manifest: TeamsManifestV1D19.TeamsManifestV1D19 = TeamsManifestV1D19.Convert.toTeamsManifestV1D19(substitute(rawText, SAMPLE_ENV));

/** The schema this package bundles for the manifest's `$schema`, so validation never goes to the network. */
function bundledSchemaPath(schemaUrl: string): string {
  const prefix = 'https://developer.microsoft.com/';
  expect(schemaUrl.startsWith(`${prefix}json-schemas/teams/`)).toBe(true);
  const packageBuildDir = path.dirname(createRequire(__filename).resolve('@microsoft/app-manifest'));
  return path.join(packageBuildDir, schemaUrl.slice(prefix.length));
}

// --- a small PNG reader: 8-bit RGBA, non-interlaced, any filter type ---------------------------

type Png = Readonly<{ width: number; height: number; bitDepth: number; colourType: number; interlace: number; rgba?: Uint8Array }>;

const PNG_SIGNATURE = Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a]);

function paeth(a: number, b: number, c: number): number {
  const p = a + b - c;
  const pa = Math.abs(p - a);
  const pb = Math.abs(p - b);
  const pc = Math.abs(p - c);
  if (pa <= pb && pa <= pc) return a;
  return pb <= pc ? b : c;
}

function readPng(file: string): Png {
  const bytes = readFileSync(file);
  if (!bytes.subarray(0, 8).equals(PNG_SIGNATURE)) throw new Error(`${file} is not a PNG`);
  // The first chunk must be IHDR: length(4) type(4) width(4) height(4) depth colour compression filter interlace.
  if (bytes.toString('latin1', 12, 16) !== 'IHDR') throw new Error(`${file}: first chunk is not IHDR`);
  const width = bytes.readUInt32BE(16);
  const height = bytes.readUInt32BE(20);
  const bitDepth = bytes.readUInt8(24);
  const colourType = bytes.readUInt8(25);
  const interlace = bytes.readUInt8(28);
  const header = { width, height, bitDepth, colourType, interlace };
  if (bitDepth !== 8 || colourType !== 6 || interlace !== 0) return header;

  const idat: Buffer[] = [];
  for (let offset = 8; offset < bytes.length;) {
    const length = bytes.readUInt32BE(offset);
    const type = bytes.toString('latin1', offset + 4, offset + 8);
    if (type === 'IDAT') idat.push(bytes.subarray(offset + 8, offset + 8 + length));
    if (type === 'IEND') break;
    offset += 12 + length;
  }
  const raw = inflateSync(Buffer.concat(idat));
  const stride = width * 4;
  if (raw.length !== height * (stride + 1)) throw new Error(`${file}: unexpected image data length ${raw.length}`);
  const rgba = new Uint8Array(height * stride);
  for (let y = 0; y < height; y++) {
    const filter = raw[y * (stride + 1)];
    for (let x = 0; x < stride; x++) {
      const value = raw[y * (stride + 1) + 1 + x] ?? 0;
      const left = x >= 4 ? (rgba[y * stride + x - 4] ?? 0) : 0;
      const up = y > 0 ? (rgba[(y - 1) * stride + x] ?? 0) : 0;
      const upLeft = x >= 4 && y > 0 ? (rgba[(y - 1) * stride + x - 4] ?? 0) : 0;
      let predictor: number;
      switch (filter) {
        case 0:
          predictor = 0;
          break;
        case 1:
          predictor = left;
          break;
        case 2:
          predictor = up;
          break;
        case 3:
          predictor = Math.floor((left + up) / 2);
          break;
        case 4:
          predictor = paeth(left, up, upLeft);
          break;
        default:
          throw new Error(`${file}: bad filter type ${String(filter)} on row ${y}`);
      }
      rgba[y * stride + x] = (value + predictor) & 0xff;
    }
  }
  return { ...header, rgba };
}

// --- tests ---------------------------------------------------------------------------------------

describe('Teams app manifest (appPackage/manifest.json)', () => {
  it('uses only the placeholders the environment files provide', () => {
    expect(placeholdersIn(rawText)).toEqual(['BOT_DOMAIN', 'BOT_ID', 'TEAMS_APP_ID']);
    expect(manifest.id).toBe(SAMPLE_ENV.TEAMS_APP_ID);
    expect(manifest.bots?.[0]?.botId).toBe(SAMPLE_ENV.BOT_ID);
  });

  it('matches its $schema, which this repository has locally', () => {
    const schemaUrl = manifest.$schema ?? '';
    expect(schemaUrl).toBe(`https://developer.microsoft.com/json-schemas/teams/v${manifest.manifestVersion}/MicrosoftTeams.schema.json`);
    expect(Number(manifest.manifestVersion.split('.')[1])).toBeGreaterThanOrEqual(17);
    expect(existsSync(bundledSchemaPath(schemaUrl))).toBe(true);
  });

  it('validates against the bundled schema with no errors', async () => {
    expect(await AppManifestUtils.validateAgainstSchema(manifest)).toEqual([]);
  });

  it('is rejected by the same validator while the placeholders are unfilled (the check has teeth)', async () => {
    const errors = await AppManifestUtils.validateAgainstSchema(TeamsManifestV1D19.Convert.toTeamsManifestV1D19(rawText));
    expect(errors.some((error) => error.startsWith('/id '))).toBe(true);
    expect(errors.some((error) => error.startsWith('/bots/0/botId '))).toBe(true);
  });

  it('has a semver version', () => {
    const semver =
      /^(0|[1-9]\d*)\.(0|[1-9]\d*)\.(0|[1-9]\d*)(?:-((?:0|[1-9]\d*|\d*[a-zA-Z-][0-9a-zA-Z-]*)(?:\.(?:0|[1-9]\d*|\d*[a-zA-Z-][0-9a-zA-Z-]*))*))?(?:\+([0-9a-zA-Z-]+(?:\.[0-9a-zA-Z-]+)*))?$/;
    expect(manifest.version).toMatch(semver);
  });

  it('lists valid domains as bare host names: no scheme, port or path', () => {
    const domains = manifest.validDomains ?? [];
    expect(domains).toContain(SAMPLE_ENV.BOT_DOMAIN);
    for (const domain of domains) {
      expect(domain).not.toMatch(/:\/\/|[/?#:@\s]/);
      expect(domain).toMatch(/^(\*\.)?([a-z0-9]([a-z0-9-]*[a-z0-9])?\.)+[a-z]{2,}$/i);
    }
  });

  it('has one conversational bot in personal, team and group chat scopes, without SSO', () => {
    expect(manifest.bots).toHaveLength(1);
    const bot = manifest.bots?.[0];
    expect([...(bot?.scopes ?? [])].sort()).toEqual(['groupChat', 'personal', 'team']);
    expect(bot?.isNotificationOnly).toBe(false);
    expect([...(manifest.permissions ?? [])].sort()).toEqual(['identity', 'messageTeamMembers']);
  });

  it('declares what the promised Teams features need: files in personal chat, meeting-end events and meeting-chat lines', () => {
    // Minutes as a .txt/.docx file reach a bot only in personal chat, and only with supportsFiles.
    expect(manifest.bots?.[0]?.supportsFiles).toBe(true);
    // Resource-specific consent: meeting start/end events, and "action:" lines read without an @mention.
    const rsc = (manifest.authorization?.permissions?.resourceSpecific ?? []).map((permission) => `${permission.name}:${permission.type}`).sort();
    expect(rsc).toEqual(['ChatMessage.Read.Chat:Application', 'OnlineMeeting.ReadBasic.Chat:Application']);
    // RSC needs the bot's Entra app in webApplicationInfo.
    expect(manifest.webApplicationInfo?.id).toBe(manifest.bots?.[0]?.botId);
  });

  it('offers a command list for every scope, with unique titles per scope', () => {
    const bot = manifest.bots?.[0];
    const lists = bot?.commandLists ?? [];
    for (const scope of bot?.scopes ?? []) {
      const titles = lists.filter((list) => list.scopes.includes(scope)).flatMap((list) => list.commands.map((command) => command.title));
      expect(titles.length, `commands for ${scope}`).toBeGreaterThan(0);
      expect(titles.length, `commands for ${scope}`).toBeLessThanOrEqual(10);
      const lower = titles.map((title) => title.trim().toLowerCase());
      expect(new Set(lower).size, `duplicate command titles in ${scope}: ${titles.join(', ')}`).toBe(lower.length);
    }
    for (const command of lists.flatMap((list) => list.commands)) {
      expect(command.title.length).toBeLessThanOrEqual(32);
      expect(command.description.length).toBeLessThanOrEqual(128);
    }
  });

  it('tells staff it is not a case record and must not hold children’s personal data', () => {
    expect(manifest.description.short.length).toBeLessThanOrEqual(80);
    expect(manifest.description.full).toMatch(/not a case record/i);
    expect(manifest.description.full).toMatch(/personal data/i);
  });

  describe('icons', () => {
    it('has a 192x192 full-colour icon', () => {
      const png = readPng(path.join(APP_PACKAGE, manifest.icons.color));
      expect([png.width, png.height]).toEqual([192, 192]);
    });

    it('has a 32x32 outline icon that is 8-bit RGBA, non-interlaced', () => {
      const png = readPng(path.join(APP_PACKAGE, manifest.icons.outline));
      expect([png.width, png.height]).toEqual([32, 32]);
      expect({ bitDepth: png.bitDepth, colourType: png.colourType, interlace: png.interlace }).toEqual({ bitDepth: 8, colourType: 6, interlace: 0 });
    });

    it('draws the outline icon only in white on a transparent background', () => {
      const png = readPng(path.join(APP_PACKAGE, manifest.icons.outline));
      const rgba = png.rgba;
      if (!rgba) throw new Error('outline.png could not be decoded');
      const offending: string[] = [];
      let transparent = 0;
      let drawn = 0;
      for (let i = 0; i < rgba.length; i += 4) {
        const [r, g, b, a] = [rgba[i], rgba[i + 1], rgba[i + 2], rgba[i + 3]];
        if (a === 0) {
          transparent++;
          continue;
        }
        drawn++;
        if (r !== 255 || g !== 255 || b !== 255) offending.push(`(${(i / 4) % png.width},${Math.floor(i / 4 / png.width)}) rgba(${r},${g},${b},${a})`);
      }
      expect(offending.slice(0, 5)).toEqual([]);
      expect(drawn).toBeGreaterThan(0);
      expect(transparent).toBeGreaterThan(0);
      // The corners are background.
      for (const index of [0, png.width - 1, (png.height - 1) * png.width, png.height * png.width - 1]) {
        expect(rgba[index * 4 + 3]).toBe(0);
      }
    });
  });
});
