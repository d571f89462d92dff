import type { Locator, Page } from 'playwright-core';

/** Opens a conversation from the client's left rail: "Personal Chat", or a channel by its name. */
export async function openConversation(page: Page, name: string): Promise<void> {
  const entry = name === 'Personal Chat' ? page.locator('button[aria-label="Personal Chat"]') : page.locator(`button[aria-label$=" - ${name}"]`);
  await entry.click();
}

/** The cards posted in the open channel (a channel shows posts, newest first, not chat bubbles). */
export function channelCards(page: Page): Locator {
  return page.locator('.ac-adaptiveCard');
}
