import { mkdtemp, readFile, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { execFileSync } from 'node:child_process';
import ExcelJS from 'exceljs';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { DEMO_DATA_FILE } from '../../src/store/bootstrap';

let dir: string;
beforeAll(async () => {
  dir = await mkdtemp(join(tmpdir(), 'tracker-export-'));
});
afterAll(() => rm(dir, { recursive: true, force: true }));

const run = (...args: string[]) =>
  execFileSync(process.execPath, ['--import', 'tsx', 'src/cli/export.ts', ...args], { encoding: 'utf8', env: { ...process.env, DATA_DIR: join(dir, 'data') } });

describe('npm run export', () => {
  it('writes a spreadsheet that opens, with one sheet of actions and one of their history', async () => {
    const out = join(dir, 'plan');
    expect(run('--format', 'xlsx', '--out', out, '--data', DEMO_DATA_FILE, '--today', '2022-02-01')).toContain('50 actions');
    const workbook = new ExcelJS.Workbook();
    await workbook.xlsx.readFile(`${out}.xlsx`);
    expect(workbook.worksheets.map((sheet) => sheet.name)).toEqual(['Actions', 'Change history']);
    const actions = workbook.getWorksheet('Actions');
    expect(actions?.rowCount).toBe(51);
    const header = actions?.getRow(1).values as unknown[];
    expect(header).toEqual(expect.arrayContaining(['Ref', 'Action', 'Owner', 'Due', 'First planned due', 'Status', 'RAG', 'Days overdue']));
    const row72 = actions?.getRows(2, 50)?.find((row) => row.getCell(1).value === '7.2');
    expect(row72?.getCell(4).value).toBe('Record life story work in Mosaic so its quality and timeliness can be tracked');
    expect(row72?.getCell(11).value).toBe('red');
    expect(row72?.getCell(12).value).toBe(32);
    const history = workbook.getWorksheet('Change history');
    expect(history?.rowCount).toBe(11);
  });

  it('writes CSV files with formula-like text made inert', async () => {
    const out = join(dir, 'plan-csv');
    const data = JSON.parse(await readFile(DEMO_DATA_FILE, 'utf8')) as { actions: Array<{ id: string; updates: Array<Record<string, string>> }> };
    data.actions
      .find((action) => action.id === 'act-9-1')
      ?.updates.push({ at: '2022-01-20T10:00:00Z', by: 'helen-marsh', note: '=HYPERLINK("http://evil","click")' });
    const file = join(dir, 'with-formula.json');
    await writeFile(file, JSON.stringify(data));
    run('--format', 'csv', '--out', out, '--data', file, '--today', '2022-02-01');
    const actions = await readFile(`${out}-actions.csv`, 'utf8');
    expect(actions.split('\n')[0]).toContain('Ref,Area,Area title,Action,Owner,Due');
    expect(actions).toContain('Every child with an adoption plan has a life story book before the adoption order');
    const history = await readFile(`${out}-history.csv`, 'utf8');
    expect(history).toContain('Waiting on the Mosaic permanence tracker report.');
    expect(history).toContain(`'=HYPERLINK(`);
    expect(history).not.toMatch(/,"?=HYPERLINK/);
  });

  it('refuses an unknown format with the usage line', () => {
    expect(() => run('--format', 'pdf')).toThrow(/--format must be xlsx or csv/);
  });
});
