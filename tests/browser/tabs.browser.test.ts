import { readFileSync } from 'node:fs';
import type { Browser, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { RunningTracker } from '../../src/index';
import { launchBrowser } from './support/browser';
import { screenshot } from './support/journey';
import { ask, cardsOf, cardText, startTestTracker } from '../support/tracker';

const AXE_SOURCE = readFileSync(require.resolve('axe-core/axe.min.js'), 'utf8');
const THEMES = ['default', 'dark', 'contrast'] as const;
const JOURNEY_MS = 90_000;

type AxeViolation = { id: string; impact: string; help: string; nodes: Array<{ target: string[] }> };

/** Every WCAG 2.1 level A and AA rule axe-core knows, on the page as drawn. */
async function violations(page: Page): Promise<string[]> {
  // Evaluated through the browser's debugging protocol: the page's own CSP (script-src 'self') still holds for everything else.
  await page.evaluate(AXE_SOURCE);
  const found = await page.evaluate(async () => {
    const scope = globalThis as unknown as { document: unknown; axe: { run: (context: unknown, options: unknown) => Promise<{ violations: AxeViolation[] }> } };
    const result = await scope.axe.run(scope.document, { runOnly: { type: 'tag', values: ['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa'] } });
    return result.violations;
  });
  return found.map(
    (violation) => `${violation.id} (${violation.impact}): ${violation.help} at ${violation.nodes.map((node) => node.target.join(' ')).join(', ')}`,
  );
}

describe('the Plan tab and action pages in a real browser', () => {
  let tracker: RunningTracker;
  let browser: Browser;
  let base: string;

  beforeAll(async () => {
    [tracker, browser] = await Promise.all([startTestTracker(), launchBrowser()]);
    base = `http://localhost:${tracker.port}`;
  }, 120_000);
  afterAll(async () => {
    await browser?.close();
    await tracker?.stop();
  });

  async function open(path: string): Promise<Page> {
    const context = await browser.newContext({ viewport: { width: 1200, height: 900 }, locale: 'en-GB' });
    const page = await context.newPage();
    const errors: string[] = [];
    page.on('pageerror', (error) => errors.push(error.message));
    page.on('console', (message) => {
      if (message.type() === 'error') errors.push(message.text());
    });
    await page.goto(`${base}${path}`);
    await page.locator('main h1').first().waitFor();
    // Charts draw after the page: wait for them, then check nothing failed on the way.
    await page.waitForTimeout(300);
    expect(errors).toEqual([]);
    return page;
  }

  for (const theme of THEMES) {
    it(
      `the personal tab in the ${theme} theme: my actions, the plan by area and slippage as charts, overdue; no accessibility violations`,
      { timeout: JOURNEY_MS },
      async () => {
        const page = await open(`/tabs/plan?theme=${theme}`);
        const text = await page.locator('main').innerText();
        expect(text).toContain('My actions');
        expect(text).toContain('The plan by area');
        expect(text).toContain('Overdue');
        expect(text).toContain('Slippage');
        expect(await page.locator('canvas[role="img"]').count()).toBeGreaterThanOrEqual(1);
        expect(await page.locator('fluent-badge').count()).toBeGreaterThan(0);
        await screenshot(page, `tab-plan-${theme}`);
        expect(await violations(page)).toEqual([]);
        await page.context().close();
      },
    );

    it(`an action's page in the ${theme} theme, with its history and update form; no accessibility violations`, { timeout: JOURNEY_MS }, async () => {
      const page = await open(`/actions/7.2?theme=${theme}`);
      const text = await page.locator('main').innerText();
      expect(text).toContain('7.2 Record life story work in Mosaic');
      expect(text).toContain('History');
      expect(await page.getByLabel('Progress note').count()).toBe(1);
      await screenshot(page, `tab-action-${theme}`);
      expect(await violations(page)).toEqual([]);
      await page.context().close();
    });
  }

  it("the committee's Action log tab lists the actions by meeting; no accessibility violations", { timeout: JOURNEY_MS }, async () => {
    const page = await open('/tabs/log');
    const text = await page.locator('main').innerText();
    expect(text).toContain('Action log');
    expect(await page.locator('main section h2').count()).toBeGreaterThan(0);
    await screenshot(page, 'tab-log');
    expect(await violations(page)).toEqual([]);
    await page.context().close();
  });

  it("a note saved on the action's page shows on the bot's card for that action", { timeout: JOURNEY_MS }, async () => {
    const page = await open('/actions/7.4');
    const note = `Panel agreed the life story template (${Date.now()})`;
    await page.getByLabel('Progress note').fill(note);
    await page.locator('fluent-button', { hasText: 'Save' }).click();
    await page.getByText('Saved. 7.4 is up to date.').waitFor();
    expect(await page.locator('ol.history').innerText()).toContain(note);
    await screenshot(page, 'tab-action-saved');
    await page.context().close();
    const card = cardsOf(await ask(tracker, '7.4'))[0];
    expect(cardText(card)).toContain(note);
  });

  it("a child's details in a note are refused on the page, what was typed is kept, and nothing is saved", { timeout: JOURNEY_MS }, async () => {
    const page = await open('/actions/7.1');
    const note = 'Visited Jayden Smith (DOB 12/03/2015) about his life story book';
    await page.getByLabel('Progress note').fill(note);
    await page.locator('fluent-button', { hasText: 'Save' }).click();
    await page.getByText('not a case record', { exact: false }).waitFor();
    expect(await page.getByLabel('Progress note').inputValue()).toBe(note);
    expect(await page.locator('main').innerText()).not.toContain('Jayden Smith (DOB');
    await page.context().close();
    const card = cardsOf(await ask(tracker, '7.1'))[0];
    expect(cardText(card)).not.toContain('Jayden');
  });
});
