/**
 * npm run reports:pages
 *
 * Makes the action log and progress report from the demo plan as of 2022-02-01, reads each .docx
 * back with a .docx reader (mammoth), draws its first page in Chromium and saves it to docs/, so the
 * README shows the real documents. Also writes the .docx files to build/reports/.
 */
import { mkdirSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import mammoth from 'mammoth';
import { chromium } from 'playwright-core';
import { buildActionLog } from '../src/reports/actionLog';
import { actionLogDocument, progressReportDocument } from '../src/reports/documents';
import { buildProgressReport } from '../src/reports/progressReport';
import { loadDemoView } from '../tests/support/cardSamples';

const ROOT = join(__dirname, '..');
const OUT = join(ROOT, 'build', 'reports');
const TODAY = '2022-02-01';

const PAGE_CSS = `
body { font-family: Arial, sans-serif; font-size: 10pt; color: #000; margin: 0; }
.page { padding: 48px 56px; background: #fff; }
h1 { font-size: 20pt; margin: 8px 0 12px; } h2 { font-size: 14pt; margin: 18px 0 8px; } h3 { font-size: 11pt; margin: 12px 0 6px; }
p { margin: 0 0 6px; }
table { border-collapse: collapse; width: 100%; margin: 6px 0 12px; }
td, th { border: 1px solid #808080; padding: 4px 6px; vertical-align: top; font-size: 9pt; }
th { background: #d9d9d9; font-weight: bold; text-align: left; }
`;

async function main(): Promise<void> {
  mkdirSync(OUT, { recursive: true });
  const view = await loadDemoView();
  const documents = [
    { name: 'action-log', width: 1400, bytes: await actionLogDocument(buildActionLog(view, { today: TODAY, public: false })) },
    { name: 'progress-report', width: 1000, bytes: await progressReportDocument(buildProgressReport(view, { areas: [1, 9], today: TODAY, public: false })) },
  ];
  const browser = await chromium.launch({ executablePath: '/usr/bin/chromium', headless: true });
  try {
    for (const document of documents) {
      writeFileSync(join(OUT, `${document.name}.docx`), document.bytes);
      const { value: html } = await mammoth.convertToHtml(
        { buffer: document.bytes },
        { styleMap: ["p[style-name='Title'] => h1:fresh", "p[style-name='Heading 1'] => h2:fresh", "p[style-name='Heading 2'] => h3:fresh"] },
      );
      const page = await browser.newPage({ viewport: { width: document.width, height: 1100 } });
      await page.setContent(`<!doctype html><html><head><style>${PAGE_CSS}</style></head><body><div class="page">${html}</div></body></html>`);
      await page.screenshot({ path: join(ROOT, 'docs', `${document.name}.png`), clip: { x: 0, y: 0, width: document.width, height: 1100 } });
      await page.close();
    }
  } finally {
    await browser.close();
  }
  console.log(`Wrote docs/action-log.png and docs/progress-report.png from the .docx files in ${OUT}`);
}

void main();
