import type { Locator, Page } from 'playwright-core';
import { messageBox } from './chat';

/**
 * Puts text on the clipboard and pastes it (into the message box unless told) with a real Ctrl+V, so the
 * client's own paste handling runs. The page has no DOM types here: the clipboard call is a
 * string expression with the text passed as JSON.
 */
export async function pasteText(page: Page, text: string, into: Locator = messageBox(page)): Promise<void> {
  await page.evaluate(`navigator.clipboard.writeText(${JSON.stringify(text)})`);
  await pasteClipboard(page, into);
}

/** As pasteText, with an HTML flavour beside the plain one (as a copy from Word or a browser gives). */
export async function pasteHtml(page: Page, html: string, plain: string): Promise<void> {
  await page.evaluate(
    `navigator.clipboard.write([new ClipboardItem({
      'text/html': new Blob([${JSON.stringify(html)}], { type: 'text/html' }),
      'text/plain': new Blob([${JSON.stringify(plain)}], { type: 'text/plain' }),
    })])`,
  );
  await pasteClipboard(page, messageBox(page));
}

async function pasteClipboard(page: Page, into: Locator): Promise<void> {
  await into.click();
  await page.keyboard.press('Control+V');
}
