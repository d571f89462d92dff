import { mkdirSync, rmSync } from 'node:fs';
import path from 'node:path';
import type { Locator, Page } from 'playwright-core';
import { botMessages } from './chat';
import { REPO_ROOT, type RunningProduct } from './product';

/** Git-ignored: the final state of every journey, and the state it failed in. */
export const SCREENSHOT_DIR = path.join(REPO_ROOT, 'test-results', 'browser');

/** Text a person should never see from the bot: failures, stack traces, unfilled templates. */
const BOT_ERROR_TEXT: readonly RegExp[] = [
  /something went wrong/i,
  /couldn['’]t/i,
  /\$\{/,
  /\bat \S+ \(\S+:\d+:\d+\)/,
  /\b(?:TypeError|ReferenceError|SyntaxError|AppError|ZodError)\b/,
  /\[object Object\]/,
];
/** The same anywhere on the page, plus the client's log panel reporting a failed call to the bot. */
const PAGE_ERROR_TEXT: readonly RegExp[] = [/something went wrong/i, /\bat \S+ \(\S+:\d+:\d+\)/, /\b(?:message|invoke) [45]\d\d\b/];

export async function screenshot(page: Page, name: string): Promise<string> {
  mkdirSync(SCREENSHOT_DIR, { recursive: true });
  const file = path.join(SCREENSHOT_DIR, `${name}.png`);
  await page.screenshot({ path: file, fullPage: true });
  return file;
}

/** The page with this message scrolled to the top of the chat, so its first lines (a banner) show. */
export async function screenshotAt(element: Locator, name: string): Promise<string> {
  // The client's own scroll container holds the chat; a string keeps DOM types out of this Node project.
  await element.evaluate('(element) => element.scrollIntoView({ block: "start" })');
  return screenshot(element.page(), name);
}

/** Every line of error text on the page, each with the pattern it matched. */
export async function errorTextOn(page: Page): Promise<string[]> {
  const problems: string[] = [];
  for (const text of await botMessages(page).allInnerTexts()) {
    for (const pattern of BOT_ERROR_TEXT) {
      const line = text.split('\n').find((candidate) => pattern.test(candidate));
      if (line !== undefined) problems.push(`bot message shows ${String(pattern)}: "${line.trim()}"`);
    }
  }
  const body = await page.locator('body').innerText();
  for (const pattern of PAGE_ERROR_TEXT) {
    const line = body.split('\n').find((candidate) => pattern.test(candidate));
    if (line !== undefined) problems.push(`page shows ${String(pattern)}: "${line.trim()}"`);
  }
  return problems;
}

/**
 * Runs one journey: on success saves its final screenshot and then fails on any error text in
 * the page or "turn failed" in the product's log during it; on any failure saves `<name>-failed.png`.
 */
export async function journey(name: string, page: Page, product: RunningProduct, steps: () => Promise<void>): Promise<void> {
  const logMark = product.log.length;
  // A failure picture from an earlier run would be mistaken for this one's.
  rmSync(path.join(SCREENSHOT_DIR, `${name}-failed.png`), { force: true });
  try {
    await steps();
    await screenshot(page, name);
    const problems = [...(await errorTextOn(page)), ...product.failures(logMark).map((line) => `bot log: ${line.raw}`)];
    if (problems.length > 0) throw new Error(`The journey ended with errors:\n${problems.join('\n')}`);
  } catch (error) {
    const file = await screenshot(page, `${name}-failed`).catch(() => 'no screenshot');
    if (error instanceof Error) error.message += `\n(screenshot: ${file})`;
    throw error;
  }
}
