import type { Locator, Page } from 'playwright-core';
import { MESSAGE_BOX } from './browser';

/** Each message from the bot in the open conversation, oldest first. */
export const BOT_MESSAGE = '.fai-OutputCard';
const SETTLE_MS = 300;
const WAIT_MS = 20_000;

export function botMessages(page: Page): Locator {
  return page.locator(BOT_MESSAGE);
}

export function messageBox(page: Page): Locator {
  return page.locator(MESSAGE_BOX).last();
}

/** Types a message the way a person does and presses Enter; Shift+Enter between lines. */
export async function sendMessage(page: Page, text: string): Promise<void> {
  const box = messageBox(page);
  await box.click();
  const lines = text.split('\n');
  for (const [index, line] of lines.entries()) {
    if (index > 0) await page.keyboard.press('Shift+Enter');
    if (line) await page.keyboard.type(line);
  }
  await page.keyboard.press('Enter');
}

/** Waits until text stops changing, so a card that is still rendering is not read half-drawn. */
export async function settledText(locator: Locator, timeoutMs = WAIT_MS): Promise<string> {
  const deadline = Date.now() + timeoutMs;
  let previous = await locator.innerText();
  while (Date.now() < deadline) {
    await new Promise((resolve) => setTimeout(resolve, SETTLE_MS));
    const now = await locator.innerText();
    if (now === previous && now.trim()) return now;
    previous = now;
  }
  return previous;
}

/**
 * Runs `act` (send, press a button) and waits for the bot's next message in this conversation;
 * resolves with that message once its content has settled.
 */
export async function nextBotMessage(page: Page, act: () => Promise<void>, timeoutMs = WAIT_MS): Promise<Locator> {
  const before = await botMessages(page).count();
  await act();
  const message = botMessages(page).nth(before);
  await message.waitFor({ timeout: timeoutMs });
  await settledText(message, timeoutMs);
  return message;
}

/** Sends a message and resolves with the bot's answer to it. */
export async function ask(page: Page, text: string): Promise<Locator> {
  return nextBotMessage(page, () => sendMessage(page, text));
}

/** A button on a card by its title (Adaptive Cards label each action button with it). */
export function cardButton(scope: Locator, title: string): Locator {
  return scope.locator(buttonSelector(title));
}

/** `startsWith` also matches titles that carry more after the words, such as "View / update 7.2". */
export function buttonSelector(title: string, match: 'exact' | 'startsWith' = 'exact'): string {
  return `.ac-actionSet button[aria-label${match === 'exact' ? '' : '^'}="${title.replace(/"/g, '\\"')}"]`;
}

export function cardButtonStartingWith(scope: Locator, title: string): Locator {
  return scope.locator(buttonSelector(title, 'startsWith'));
}

/**
 * Polls a locator's text until it satisfies `accept`; fails with the last text seen. With
 * `holdMs`, the text must still satisfy it that long after, so a card that the client redraws
 * again (a second answer arriving) is judged by what it ends up showing.
 */
export async function waitForText(
  locator: Locator,
  accept: (text: string) => boolean,
  what: string,
  options: { timeoutMs?: number; holdMs?: number } = {},
): Promise<string> {
  const timeoutMs = options.timeoutMs ?? WAIT_MS;
  const deadline = Date.now() + timeoutMs;
  let text = '';
  while (Date.now() < deadline) {
    text = (await locator.count()) > 0 ? await locator.innerText() : '';
    if (accept(text)) {
      const settled = await settledText(locator, timeoutMs);
      if (!options.holdMs) return settled;
      await new Promise((resolve) => setTimeout(resolve, options.holdMs));
      text = await settledText(locator, timeoutMs);
      if (accept(text)) return text;
      throw new Error(`The page showed ${what}, then replaced it within ${options.holdMs} ms with:\n${text}`);
    }
    await new Promise((resolve) => setTimeout(resolve, 200));
  }
  throw new Error(`Timed out waiting for ${what}. The page showed:\n${text}`);
}
