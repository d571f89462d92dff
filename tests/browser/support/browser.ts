import { chromium, type Browser, type BrowserContext, type Page } from 'playwright-core';
import type { RunningProduct } from './product';

/** The Debian browser; the suite never downloads one. */
export const CHROMIUM = '/usr/bin/chromium';
const MESSAGE_BOX = '[role="textbox"][contenteditable="true"]';
/** Time for a card the bot has already sent to reach the page over the client's websocket. */
const WELCOME_SETTLE_MS = 700;

export function launchBrowser(): Promise<Browser> {
  return chromium.launch({ executablePath: CHROMIUM, headless: true });
}

export type ClientPage = { context: BrowserContext; page: Page };

/**
 * A fresh browser context on the product's local Teams client, in the personal chat.
 * The client keeps its chat history in the page, so each context starts with an empty chat.
 */
export async function openClient(browser: Browser, product: RunningProduct): Promise<ClientPage> {
  const context = await browser.newContext({ viewport: { width: 1280, height: 1000 }, locale: 'en-GB' });
  // A real Ctrl+V reads the system clipboard; the page may only fill it with these permissions.
  await context.grantPermissions(['clipboard-read', 'clipboard-write'], { origin: new URL(product.clientUrl).origin });
  context.setDefaultTimeout(20_000);
  const page = await context.newPage();
  const mark = product.log.length;
  await page.goto(product.clientUrl);
  await page.locator(MESSAGE_BOX).first().waitFor();
  // Each page load sends installationUpdate and conversationUpdate; wait until the bot has answered
  // both (a welcome card the first time), so that answer is not mistaken for the reply to a question.
  await product.waitForTurns(mark, ['installationUpdate', 'conversationUpdate']);
  await page.waitForTimeout(WELCOME_SETTLE_MS);
  return { context, page };
}

export { MESSAGE_BOX };
