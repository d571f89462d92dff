import { mkdtempSync, readFileSync, rmSync, writeFileSync, mkdirSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { inflateRawSync } from 'node:zlib';
import { AppManifestUtils, TeamsManifestConverter } from '@microsoft/app-manifest';
import { afterAll, describe, expect, it } from 'vitest';
import { APP_PACKAGE_DIR, PackageError, packageApp, placeholdersIn, readEnvValues } from '../../scripts/packageApp';

const SAMPLE = {
  TEAMS_APP_ID: '0f5a2c7e-3b1d-4e8f-9a6c-2d7b5e1f4a90',
  BOT_ID: '5f0b3c1e-7a0d-4c8e-9d35-2b7a51e1c0aa',
  BOT_DOMAIN: 'imptrackab12cd-app.azurewebsites.net',
} as const;

const scratch = mkdtempSync(path.join(tmpdir(), 'package-app-'));
afterAll(() => rmSync(scratch, { recursive: true, force: true }));

// --- a tiny zip reader: the central directory lists the entries; each points at its local header ---

type ZipEntry = Readonly<{ name: string; data: Buffer }>;

function readZip(file: string): ZipEntry[] {
  const zip = readFileSync(file);
  // End of central directory: signature, then (at +10) entry count, (+12) size, (+16) offset. Up to 64 KB of comment may follow it.
  let eocd = -1;
  for (let at = zip.length - 22; at >= Math.max(0, zip.length - 22 - 0xffff); at--) {
    if (zip.readUInt32LE(at) === 0x06054b50) {
      eocd = at;
      break;
    }
  }
  if (eocd < 0) throw new Error(`${file} is not a zip file (no end of central directory)`);
  const count = zip.readUInt16LE(eocd + 10);
  let at = zip.readUInt32LE(eocd + 16);
  const entries: ZipEntry[] = [];
  for (let i = 0; i < count; i++) {
    if (zip.readUInt32LE(at) !== 0x02014b50) throw new Error(`bad central directory entry ${i}`);
    const method = zip.readUInt16LE(at + 10);
    const compressedSize = zip.readUInt32LE(at + 20);
    const size = zip.readUInt32LE(at + 24);
    const nameLength = zip.readUInt16LE(at + 28);
    const extraLength = zip.readUInt16LE(at + 30);
    const commentLength = zip.readUInt16LE(at + 32);
    const localHeader = zip.readUInt32LE(at + 42);
    const name = zip.toString('utf8', at + 46, at + 46 + nameLength);
    if (zip.readUInt32LE(localHeader) !== 0x04034b50) throw new Error(`bad local header for ${name}`);
    const dataStart = localHeader + 30 + zip.readUInt16LE(localHeader + 26) + zip.readUInt16LE(localHeader + 28);
    const raw = zip.subarray(dataStart, dataStart + compressedSize);
    const data = method === 0 ? Buffer.from(raw) : method === 8 ? inflateRawSync(raw) : undefined;
    if (!data) throw new Error(`${name}: unsupported compression method ${method}`);
    if (data.length !== size) throw new Error(`${name}: ${data.length} bytes inflated, ${size} expected`);
    entries.push({ name, data });
    at += 46 + nameLength + extraLength + commentLength;
  }
  return entries;
}

describe('npm run package (scripts/packageApp.ts)', () => {
  it('writes manifest.json and both icons at the zip root, with every placeholder filled in', async () => {
    const outputPath = path.join(scratch, 'out', 'appPackage.test.zip');
    const result = await packageApp({ values: SAMPLE, outputPath });
    expect(result.outputPath).toBe(outputPath);

    const entries = readZip(outputPath);
    expect(entries.map((entry) => entry.name).sort()).toEqual(['color.png', 'manifest.json', 'outline.png']);
    for (const icon of ['color.png', 'outline.png']) {
      expect(entries.find((entry) => entry.name === icon)?.data.equals(readFileSync(path.join(APP_PACKAGE_DIR, icon)))).toBe(true);
    }

    const text = entries.find((entry) => entry.name === 'manifest.json')?.data.toString('utf8') ?? '';
    expect(placeholdersIn(text)).toEqual([]);
    const manifest = TeamsManifestConverter.jsonToManifest(text);
    expect(manifest.id).toBe(SAMPLE.TEAMS_APP_ID);
    expect(manifest.bots?.[0]?.botId).toBe(SAMPLE.BOT_ID);
    expect(manifest.validDomains).toEqual([SAMPLE.BOT_DOMAIN]);
    expect(await AppManifestUtils.validateAgainstSchema(manifest)).toEqual([]);
  });

  it('fills in from env/.env.<env>, with env/.env.<env>.user over it', async () => {
    const root = path.join(scratch, 'project');
    mkdirSync(path.join(root, 'env'), { recursive: true });
    writeFileSync(path.join(root, 'env', '.env.test'), `TEAMSFX_ENV=test\nTEAMS_APP_ID=${SAMPLE.TEAMS_APP_ID}\nBOT_ID=\nBOT_DOMAIN=${SAMPLE.BOT_DOMAIN}\n`);
    writeFileSync(path.join(root, 'env', '.env.test.user'), `BOT_ID=${SAMPLE.BOT_ID}\nSECRET_BOT_PASSWORD=not-used-by-the-package\n`);
    const values = readEnvValues('test', root);
    expect(values).toMatchObject(SAMPLE);

    const outputPath = path.join(scratch, 'appPackage.fromfiles.zip');
    const { manifest } = await packageApp({ values, outputPath });
    expect(manifest.bots?.[0]?.botId).toBe(SAMPLE.BOT_ID);
    // Secrets never reach the package.
    expect(readZip(outputPath).some((entry) => entry.data.toString('utf8').includes('not-used-by-the-package'))).toBe(false);
  });

  it('names every placeholder without a value in one line, and writes nothing', async () => {
    const outputPath = path.join(scratch, 'missing.zip');
    const error = await packageApp({ values: { TEAMS_APP_ID: SAMPLE.TEAMS_APP_ID, BOT_ID: '  ' }, outputPath, source: 'env/.env.dev' }).catch(
      (caught: unknown) => caught,
    );
    expect(error).toBeInstanceOf(PackageError);
    expect((error as PackageError).lines).toEqual(['env/.env.dev has no value for BOT_ID, BOT_DOMAIN (used by appPackage/manifest.json).']);
    expect(() => readFileSync(outputPath)).toThrow();
  });

  it('lists schema errors, and refuses a domain with a scheme', async () => {
    const error = await packageApp({
      values: { ...SAMPLE, BOT_ID: 'not-a-guid', BOT_DOMAIN: 'https://tracker.example.gov.uk/' },
      outputPath: path.join(scratch, 'invalid.zip'),
    }).catch((caught: unknown) => caught);
    expect(error).toBeInstanceOf(PackageError);
    const lines = (error as PackageError).lines;
    expect(lines[0]).toBe('The filled-in manifest does not validate:');
    expect(lines.some((line) => line.trim().startsWith('/bots/0/botId '))).toBe(true);
    expect(lines.some((line) => line.includes('/validDomains "https://tracker.example.gov.uk/"'))).toBe(true);
  });

  it('rejects an environment name that could reach outside env/', () => {
    expect(() => readEnvValues('../secrets', scratch)).toThrow(PackageError);
  });
});
