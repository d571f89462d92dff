import type { Locator } from 'playwright-core';
import { buttonSelector, cardButton, waitForText } from './chat';

/** The list button that opens an action (its title may go on with the ref). */
export const VIEW_UPDATE = 'View / update';

const escapeRegExp = (text: string): string => text.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');

/** The row of a list card that shows this action ref (the innermost container holding the ref and its button). */
export function actionRow(card: Locator, ref: string, buttonTitle = VIEW_UPDATE): Locator {
  return card
    .locator('.ac-container')
    .filter({ has: card.page().locator('.ac-textRun', { hasText: new RegExp(`^\\s*${escapeRegExp(ref)}\\s*$`) }) })
    .filter({ has: card.page().locator(buttonSelector(buttonTitle, 'startsWith')) })
    .last();
}

/** The action refs a list card shows, in order ("7.1", "7.2", …). */
export async function refsOn(card: Locator): Promise<string[]> {
  const runs = await card.locator('.ac-textRun').allInnerTexts();
  return runs.map((run) => run.trim()).filter((run) => /^\d+(?:\.\d+)+$/.test(run));
}

/** Chooses an option of an Adaptive Card choice set, which the client draws as a combobox. */
export async function chooseOption(card: Locator, label: string, option: string): Promise<void> {
  const combo = card.getByRole('combobox', { name: label });
  await combo.click();
  await card.page().getByRole('option', { name: option, exact: true }).click();
}

/** The multi-line progress note of an action card. */
export function noteInput(card: Locator): Locator {
  return card.getByRole('textbox', { name: /progress note/i });
}

/** Value of a fact ("Status", "Due") on a detail card, read from its text. */
export function factOf(cardText: string, fact: string): string | undefined {
  const lines = cardText
    .split('\n')
    .map((line) => line.trim())
    .filter(Boolean);
  const index = lines.indexOf(fact);
  return index >= 0 ? lines[index + 1] : undefined;
}

/** How long a card must keep showing an answer: the client may redraw it once more for a later update. */
export const ANSWER_HOLD_MS = 1_500;

/** Presses a card button and waits until the card shows `expected`, and still does a moment later. */
export async function pressAndWait(card: Locator, title: string, expected: RegExp, what: string): Promise<string> {
  const button = cardButton(card, title).first();
  await button.click();
  return waitForText(card, (text) => expected.test(text), what, { holdMs: ANSWER_HOLD_MS });
}

/** How often `needle` appears in `haystack`. */
export function occurrences(haystack: string, needle: string): number {
  return haystack.split(needle).length - 1;
}

const MONTHS = ['January', 'February', 'March', 'April', 'May', 'June', 'July', 'August', 'September', 'October', 'November', 'December'] as const;

/** Picks an ISO date in an Adaptive Card date input, which the client draws as a calendar pop-up (it takes no typing). */
export async function pickDate(card: Locator, label: string, iso: string): Promise<void> {
  const [year, month, day] = iso.split('-').map(Number);
  const monthName = MONTHS[(month ?? 1) - 1];
  if (!year || !monthName || !day) throw new Error(`Not an ISO date: ${iso}`);
  await card.getByRole('combobox', { name: label }).click();
  const dialog = card.page().getByRole('dialog');
  const heading = dialog.locator(`button[aria-label="${monthName} ${year}"]`);
  for (let step = 0; step < 24 && (await heading.count()) === 0; step += 1) {
    await dialog.locator('button[title^="Next month"]').click();
  }
  await dialog.locator(`button[aria-label="${day}, ${monthName}, ${year}"]`).click();
}
