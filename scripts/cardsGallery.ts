/**
 * Draws every card with the official Adaptive Cards renderer in headless Chromium, under the
 * Microsoft Teams light theme, to build/gallery/<card>.png, and copies the main ones to docs/.
 * In the drawn card it also presses every button's input check (the renderer's own, on the real
 * controls) and fails if one would stop a send that should go.
 *
 *   npm run cards:gallery
 */
import { copyFileSync, mkdirSync, readFileSync, rmSync } from 'node:fs';
import { join } from 'node:path';
import { chromium } from 'playwright-core';
import { z } from 'zod';
import { cardSamples, loadDemoView, type CardSample } from '../tests/support/cardSamples';
import { TEAMS_LIGHT_HOST_CONFIG } from '../tests/support/teamsHostConfig';

const ROOT = join(__dirname, '..');
const OUT = join(ROOT, 'build', 'gallery');
const CHROMIUM = '/usr/bin/chromium';
/** About the width Teams gives a card in a chat on a desktop. */
const CARD_WIDTH = 500;

/** The pictures the README shows, by sample. */
const DOCS: Readonly<Record<string, string>> = {
  'actionList-life-story': 'card-action-list.png',
  'actionDetail-update-form': 'card-action-detail.png',
  'actionDetail-everyone': 'card-shared.png',
  'outcomePreview-new-meeting': 'card-outcome-preview.png',
  digest: 'card-digest.png',
  meetingSummary: 'card-meeting-summary.png',
};

// Buttons and the card's frame as Teams draws them (the renderer leaves these to the host's CSS).
const HOST_CSS = `
  body { margin: 0; padding: 16px; background: #f5f5f5; font-family: 'Segoe UI', 'Liberation Sans', 'DejaVu Sans', sans-serif; }
  #frame { width: ${CARD_WIDTH}px; background: #fff; border: 1px solid #e1dfdd; border-radius: 6px; box-shadow: 0 1px 2px rgba(0,0,0,.12); overflow: hidden; }
  .ac-pushButton { font-family: inherit; font-size: 14px; font-weight: 600; padding: 5px 12px; min-height: 32px; border-radius: 4px; border: 1px solid #e1dfdd; background: #fff; color: #252424; cursor: pointer; overflow: hidden; text-overflow: ellipsis; white-space: nowrap; }
  .ac-pushButton.style-positive, .ac-pushButton.primary { background: #6264a7; border-color: #6264a7; color: #fff; }
  .ac-input, .ac-input select, .ac-textInput, .ac-dateInput, .ac-multichoiceInput { font-family: inherit; font-size: 14px; }
  .ac-input.ac-textInput, .ac-input.ac-dateInput, select.ac-input { border: 1px solid #e1dfdd; border-bottom-color: #8a8886; border-radius: 4px; padding: 5px 8px; min-height: 32px; box-sizing: border-box; }
  .ac-input.ac-textInput.ac-multiline { min-height: 64px; }
  input, select, textarea { box-sizing: border-box; max-width: 100%; }
  select { background: #fff; border: 1px solid #e1dfdd; border-bottom-color: #8a8886; border-radius: 4px; padding: 5px 8px; min-height: 32px; }
`;

// Runs in the page: draws one card, then checks each button's inputs on the drawn controls.
const PAGE_SCRIPT = `
window.drawCard = (card, hostConfig) => {
  const frame = document.getElementById('frame');
  frame.innerHTML = '';
  const adaptive = new AdaptiveCards.AdaptiveCard();
  adaptive.hostConfig = new AdaptiveCards.HostConfig(hostConfig);
  adaptive.parse(card);
  const element = adaptive.render();
  if (!element) throw new Error('the renderer drew nothing');
  frame.appendChild(element);
  // The renderer writes a filtered list's value (an id) into its text box; Teams shows the choice's title there.
  for (const input of adaptive.getAllInputs()) {
    if (input instanceof AdaptiveCards.ChoiceSetInput && input.style === 'filtered' && input.defaultValue) {
      const box = input._textInput;
      const choice = input.choices.find((candidate) => candidate.value === input.defaultValue);
      if (box && choice) box.value = choice.title;
    }
  }
  window.lastCard = adaptive;
};
window.checkButtons = () => window.lastCard.getAllActions().map((action) => ({
  name: action.title || action.tooltip || '',
  blockedBy: action.validateInputs().map((input) => input.id || ''),
}));
`;

const ButtonChecks = z.array(z.object({ name: z.string(), blockedBy: z.array(z.string()) }));

async function main(): Promise<void> {
  const started = Date.now();
  const samples = cardSamples(await loadDemoView());
  rmSync(OUT, { recursive: true, force: true });
  mkdirSync(OUT, { recursive: true });
  const browser = await chromium.launch({
    executablePath: CHROMIUM,
    headless: true,
    args: ['--lang=en-GB'],
    env: { ...process.env, LANG: 'en_GB.UTF-8', LANGUAGE: 'en_GB' },
  });
  const problems: string[] = [];
  try {
    const page = await browser.newPage({ viewport: { width: CARD_WIDTH + 32, height: 800 }, deviceScaleFactor: 2, locale: 'en-GB' });
    const css = readFileSync(join(ROOT, 'node_modules', 'adaptivecards', 'dist', 'adaptivecards.css'), 'utf8');
    await page.setContent(`<!doctype html><html><head><meta charset="utf-8"><style>${css}${HOST_CSS}</style></head><body><div id="frame"></div></body></html>`);
    await page.addScriptTag({ path: join(ROOT, 'node_modules', 'adaptivecards', 'dist', 'adaptivecards.min.js') });
    await page.addScriptTag({ content: PAGE_SCRIPT });
    for (const sample of samples) {
      await page.evaluate(
        ([card, hostConfig]) => (globalThis as unknown as { drawCard: (card: unknown, config: unknown) => void }).drawCard(card, hostConfig),
        [sample.card, TEAMS_LIGHT_HOST_CONFIG] as const,
      );
      await page.locator('#frame').screenshot({ path: join(OUT, `${sample.name}.png`) });
      problems.push(
        ...blockedButtons(sample, ButtonChecks.parse(await page.evaluate(() => (globalThis as unknown as { checkButtons: () => unknown }).checkButtons()))),
      );
    }
  } finally {
    await browser.close();
  }
  for (const [name, file] of Object.entries(DOCS)) copyFileSync(join(OUT, `${name}.png`), join(ROOT, 'docs', file));
  console.log(`${samples.length} cards drawn to ${OUT} in ${((Date.now() - started) / 1000).toFixed(1)} s; ${Object.keys(DOCS).length} copied to docs/`);
  if (problems.length > 0) {
    console.error(problems.join('\n'));
    process.exitCode = 1;
  }
}

/** Buttons the drawn card would not send, other than those waiting for something a person must fill in. */
function blockedButtons(sample: CardSample, checks: z.infer<typeof ButtonChecks>): string[] {
  return checks.flatMap(({ name, blockedBy }) => {
    const expected = sample.mustFill?.[name] ?? [];
    const unexpected = blockedBy.filter((id) => !expected.includes(id));
    return unexpected.length > 0 ? [`${sample.name}: "${name}" would not send because of ${unexpected.join(', ')}`] : [];
  });
}

main().catch((error: unknown) => {
  console.error(error instanceof Error ? error.message : String(error));
  process.exit(1);
});
