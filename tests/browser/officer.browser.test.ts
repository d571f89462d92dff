import type { Browser, Page } from 'playwright-core';
import { afterAll, beforeAll, beforeEach, describe, expect, it } from 'vitest';
import { launchBrowser, openClient, type ClientPage } from './support/browser';
import { actionRow, ANSWER_HOLD_MS, chooseOption, factOf, noteInput, occurrences, pressAndWait, refsOn, VIEW_UPDATE } from './support/cards';
import { ask, cardButton, cardButtonStartingWith, nextBotMessage, waitForText } from './support/chat';
import { journey, screenshotAt } from './support/journey';
import { startProduct, type RunningProduct } from './support/product';

const JOURNEY_MS = 90_000;
const START_MS = 120_000;

/**
 * Ruth Okafor (an assistant director, a manager and the lead of area 7) in her personal chat.
 * One product for the file; each journey opens a fresh client page and works on its own action,
 * except that "mark 7.2 complete" comes after the life story question, which lists 7.2.
 */
describe('Ruth Okafor in the local Teams client', () => {
  let product: RunningProduct;
  let browser: Browser;
  let client: ClientPage;
  let page: Page;

  beforeAll(async () => {
    [product, browser] = await Promise.all([startProduct('ruth-okafor'), launchBrowser()]);
  }, START_MS);
  afterAll(async () => {
    await browser?.close();
    await product?.stop();
  }, START_MS);
  beforeEach(async () => {
    client = await openClient(browser, product);
    page = client.page;
    // The welcome card arrives once per conversation, on the first page load only.
    return () => client.context.close();
  }, START_MS);

  it("asks what's outstanding on life story work and sees 7.1 to 7.4", { timeout: JOURNEY_MS }, async () => {
    await journey('01-life-story-outstanding', page, product, async () => {
      const answer = await ask(page, "what's outstanding on life story work?");
      const text = await answer.innerText();
      expect(text).toMatch(/Life story work/);
      expect(await refsOn(answer)).toEqual(['7.1', '7.2', '7.3', '7.4']);
      expect(await cardButtonStartingWith(answer, VIEW_UPDATE).count()).toBe(4);
    });
  });

  it('opens an overdue action, saves a note and sees it saved on the card', { timeout: JOURNEY_MS }, async () => {
    await journey('02-overdue-note', page, product, async () => {
      const list = await ask(page, "what's overdue?");
      const row = actionRow(list, '6.3');
      expect(await row.innerText()).toMatch(/overdue/i);
      await cardButtonStartingWith(row, VIEW_UPDATE).click();
      // The list is replaced in place by the action's card.
      const card = list;
      await waitForText(card, (text) => text.includes('Update this action') && text.includes('6.3'), 'the detail card of 6.3');
      const note = `Panel dates agreed with the IRO service (${Date.now()})`;
      await noteInput(card).fill(note);
      const after = await pressAndWait(card, 'Save', /Saved\. 6\.3 is up to date/, 'the "Saved" banner');
      expect(after).toContain(note);
      expect(occurrences(after, note)).toBe(1);
      // The form is cleared for the next update rather than keeping the saved note.
      expect(await noteInput(card).inputValue()).toBe('');
    });
  });

  it('double-clicks Save and sees the note recorded once', { timeout: JOURNEY_MS }, async () => {
    await journey('03-double-click-save', page, product, async () => {
      const card = await ask(page, '9.5');
      await waitForText(card, (text) => text.includes('Update this action'), 'the detail card of 9.5');
      const note = `Statutory visits figures sent to members (${Date.now()})`;
      await noteInput(card).fill(note);
      await cardButton(card, 'Save').dblclick();
      // Both clicks may be answered: the card is judged by what it shows once the last answer has landed.
      const saved = await waitForText(card, (text) => /Saved\. 9\.5 is up to date/.test(text), 'the "Saved" banner', { holdMs: ANSWER_HOLD_MS });
      expect(occurrences(saved, note)).toBe(1);
      // A fresh card, read from the plan again, shows the note once too.
      const fresh = await ask(page, 'tell me about action 9.5');
      expect(occurrences(await fresh.innerText(), note)).toBe(1);
    });
  });

  it('saves a status change, then a note from an older copy of the card, and is told the card was out of date', { timeout: JOURNEY_MS }, async () => {
    await journey('04-older-card', page, product, async () => {
      const older = await ask(page, '7.4');
      const olderText = await waitForText(older, (text) => text.includes('Update this action'), 'the first card of 7.4');
      const dueBefore = factOf(olderText, 'Due');
      const statusBefore = factOf(olderText, 'Status');
      expect(statusBefore).toBe('In progress');
      const newer = await ask(page, 'tell me about 7.4');
      await waitForText(newer, (text) => text.includes('Update this action'), 'the second card of 7.4');
      await chooseOption(newer, 'Status', 'Blocked');
      const saved = await pressAndWait(newer, 'Save', /Saved\. 7\.4 is up to date/, 'the "Saved" banner on the newer card');
      expect(factOf(saved, 'Status')).toBe('Blocked');

      const note = `Life story books checked for every child with an adoption plan (${Date.now()})`;
      await noteInput(older).fill(note);
      const answer = await pressAndWait(older, 'Save', /out of date/i, 'an "out of date" answer on the older card');
      expect(answer).not.toMatch(/give a reason for moving the due date/i);
      expect(answer).not.toMatch(/set the status to In progress/i);
      await screenshotAt(older, '04-older-card-answer');

      const current = await ask(page, 'tell me about action 7.4');
      const currentText = await current.innerText();
      expect(factOf(currentText, 'Status')).toBe('Blocked');
      expect(factOf(currentText, 'Due')).toBe(dueBefore);
      expect(occurrences(currentText, note)).toBe(1);
    });
  });

  it('says "mark 7.2 complete" and sees 7.2 complete', { timeout: JOURNEY_MS }, async () => {
    await journey('05-mark-complete-in-words', page, product, async () => {
      const answer = await ask(page, 'mark 7.2 complete - evidence: the Mosaic release note');
      const text = await answer.innerText();
      expect(text).toContain('7.2');
      expect(factOf(text, 'Status')).toMatch(/^Complete/);
      const fresh = await ask(page, '7.2');
      expect(factOf(await fresh.innerText(), 'Status')).toMatch(/^Complete/);
    });
  });

  it('asks "can you mark 11.4 as finished?", sees what changed, presses Undo and sees 11.4 back in progress', { timeout: JOURNEY_MS }, async () => {
    await journey('10-undo-in-words', page, product, async () => {
      const answer = await ask(page, 'can you mark 11.4 as finished? evidence is the health assessment report');
      const saved = await answer.innerText();
      expect(saved).toContain('Saved. 11.4 is up to date. Status: in progress → complete.');
      expect(factOf(saved, 'Status')).toMatch(/^Complete/);
      const undone = await pressAndWait(answer, 'Undo', /Undone\. 11\.4 is back as it was/, 'the "Undone" banner');
      expect(undone).toContain('Status: complete → in progress.');
      expect(factOf(undone, 'Status')).toBe('In progress');
      expect(await cardButton(answer, 'Undo').count()).toBe(0);
      const fresh = await ask(page, '11.4');
      expect(factOf(await fresh.innerText(), 'Status')).toBe('In progress');
    });
  });

  it('asks who leads on life story work and sees the lead named at the top of the answer, above its actions', { timeout: JOURNEY_MS }, async () => {
    await journey('09-who-leads', page, product, async () => {
      const answer = await ask(page, 'who leads on life story work?');
      const text = await answer.innerText();
      expect(text).toMatch(/Ruth Okafor \(Assistant Director – Corporate Parenting\) leads area 7, Life story work/);
      // Other journeys change area 7's actions on the same product (7.2 is completed by one): the list is area 7's open actions, under the lead.
      const refs = await refsOn(answer);
      expect(refs.length).toBeGreaterThan(0);
      expect(refs.every((ref) => ref.startsWith('7.'))).toBe(true);
      expect(text.indexOf('leads area 7')).toBeLessThan(text.indexOf(refs[0] ?? '7.'));
    });
  });

  it('types a long, chatty message and sees the answer to the question in it, with how it was read', { timeout: JOURNEY_MS }, async () => {
    await journey('11-long-message', page, product, async () => {
      const answer = await ask(
        page,
        "Morning! Bit of a mad week here. I'm covering for Leo Fitzgerald while he's on leave - could you let me know what he's got outstanding? Thanks",
      );
      const text = await answer.innerText();
      expect(text).toContain('owned by Leo Fitzgerald');
      expect(await refsOn(answer)).toEqual(['11.6']);
    });
  });

  it(
    'asks about a piece of work in her own words and sees the one action it describes, done or not, with how it was read',
    { timeout: JOURNEY_MS },
    async () => {
      await journey('12-described-thing', page, product, async () => {
        const answer = await ask(page, 'did the campaign to get schools and GPs aware of private fostering happen?');
        const text = await answer.innerText();
        expect(text).toMatch(/How I read it: The action that best fits/);
        expect(await refsOn(answer)).toEqual(['3.2']);
        expect(text).toMatch(/complete/i);
      });
    },
  );

  it('says "digest" and sees her digest card', { timeout: JOURNEY_MS }, async () => {
    await journey('07-digest', page, product, async () => {
      const digest = await ask(page, 'digest');
      const text = await digest.innerText();
      expect(text).toContain('Weekly digest');
      expect(text).toMatch(/7 · Life story work/);
      expect(text).toMatch(/overdue/i);
    });
  });

  it('says "help", sees question buttons, and pressing one answers it', { timeout: JOURNEY_MS }, async () => {
    await journey('08-help-buttons', page, product, async () => {
      const help = await ask(page, 'help');
      expect(await help.locator('.ac-actionSet button').count()).toBeGreaterThanOrEqual(3);
      const question = "What's outstanding on life story work?";
      const answer = await nextBotMessage(page, () => cardButton(help, question).click());
      const text = await answer.innerText();
      expect(text).toMatch(/How I read it: Outstanding actions in area 7, Life story work/);
      expect(await cardButtonStartingWith(answer, VIEW_UPDATE).count()).toBeGreaterThan(0);
    });
  });
});
