import { describe, expect, it } from 'vitest';
import { baseActivity, buttonTitles, cardText, PEOPLE, post, startTestTracker, type ActivityOptions } from '../support/tracker';
import { trackerWithConnector } from '../support/harness';

const env = trackerWithConnector();

/** An invoke as Teams sends it for the message extension (answered in the HTTP response). */
function extensionInvoke(name: string, value: unknown, options: ActivityOptions = {}) {
  const { deliveryMode: _deliveryMode, ...base } = baseActivity({ serviceUrl: env.connector.serviceUrl, ...options });
  return { ...base, type: 'invoke', name, value };
}

type Attachment = { contentType: string; content: unknown; preview?: { contentType: string; content: { title?: string; text?: string } } };
type ExtensionBody = {
  composeExtension?: { type: string; text?: string; attachments?: Attachment[] };
  task?: { type: string; value: unknown };
};

async function invoke(name: string, value: unknown, options: ActivityOptions = {}): Promise<ExtensionBody> {
  const { status, body } = await post(env.tracker, extensionInvoke(name, value, options));
  expect(status).toBe(200);
  return body as ExtensionBody;
}

const search = (query: string | undefined, options: ActivityOptions = {}) =>
  invoke(
    'composeExtension/query',
    {
      commandId: 'searchActions',
      parameters: query === undefined ? [{ name: 'initialRun', value: 'true' }] : [{ name: 'query', value: query }],
      queryOptions: { skip: 0, count: 25 },
    },
    options,
  );

const refsOf = (body: ExtensionBody): string[] =>
  (body.composeExtension?.attachments ?? []).map((a) => /^(\d+\.\d+)/.exec(a.preview?.content.title ?? '')?.[1] ?? '?');

async function actionCount(): Promise<number> {
  return (await env.tracker.store.plans.loadPlanView('children-first'))?.actions.length ?? 0;
}

describe('the message extension: search and share any action', () => {
  it('"life story" finds 7.1 to 7.4 (not the completed 7.5), each with a preview and the live card to insert', async () => {
    const body = await search('life story');
    expect(body.composeExtension?.type).toBe('result');
    expect(refsOf(body)).toEqual(['7.1', '7.2', '7.3', '7.4']);
    const first = body.composeExtension?.attachments?.[0];
    expect(first?.preview?.content.text).toMatch(/^[A-Z][a-z]+ [A-Z][a-z]+ · due \d{1,2} [A-Z][a-z]{2} \d{4} · (Red|Amber|Green)/);
    expect(first?.contentType).toBe('application/vnd.microsoft.card.adaptive');
    const card = first?.content as { refresh?: { action?: { verb?: string } } };
    // Live: the inserted card refreshes for its viewers, and everyone can open their own copy to update it.
    expect(card.refresh?.action?.verb).toBe('refreshAction');
    expect(buttonTitles(card)).toEqual(expect.arrayContaining(['Update 7.1', 'Open 7.1 in the plan']));
  });

  it("understands the bot's plain English: a number, a person, a status within an area", async () => {
    expect(refsOf(await search('7.2'))).toEqual(['7.2']);
    const view = await env.tracker.store.plans.loadPlanView('children-first');
    const helensOpen = (view?.actions ?? []).filter((a) => a.owner === 'helen-marsh' && !['complete', 'cancelled'].includes(a.status)).map((a) => a.ref);
    expect(helensOpen.length).toBeGreaterThan(1);
    expect(refsOf(await search("Helen's"))).toEqual(helensOpen);
    const notStarted = refsOf(await search('not started area 9'));
    expect(notStarted.length).toBeGreaterThan(0);
    expect(notStarted.every((ref) => ref.startsWith('9.'))).toBe(true);
  });

  it("an empty search lists the person's own outstanding actions; a stranger is told why there are none", async () => {
    const mine = refsOf(await search(undefined, { from: PEOPLE.helen }));
    expect(mine.length).toBeGreaterThan(0);
    const stranger = await search('', { from: PEOPLE.stranger });
    expect(stranger.composeExtension?.type).toBe('message');
    expect(stranger.composeExtension?.text).toContain("You're not on the plan's people list");
  });

  it('a search that matches nothing says so in words, and markup or a huge query changes nothing', async () => {
    const none = await search('zebra crossings');
    expect(none.composeExtension?.type).toBe('message');
    expect(none.composeExtension?.text).toMatch(/Nothing (in the plan )?matches/);
    const huge = await search(`<script>alert(1)</script> ${'life story '.repeat(1000)}`);
    expect(['result', 'message']).toContain(huge.composeExtension?.type);
    expect(JSON.stringify(huge)).not.toContain('<script>');
  });
});

describe('links that unfurl', () => {
  it("an action's address becomes its live card; another address or a missing action says so", async () => {
    const base = `http://localhost:${env.tracker.port}`;
    const body = await invoke('composeExtension/queryLink', { url: `${base}/actions/7.2` });
    expect(refsOf(body)).toEqual(['7.2']);
    expect(cardText(body.composeExtension?.attachments?.[0]?.content)).toContain('Record life story work in Mosaic');
    const missing = await invoke('composeExtension/queryLink', { url: `${base}/actions/99.9` });
    expect(missing.composeExtension?.text).toBe('There is no action 99.9 in the plan.');
    const foreign = await invoke('composeExtension/queryLink', { url: 'https://example.com/actions/7.2' });
    expect(foreign.composeExtension?.type).toBe('message');
  });
});

describe('links on the deployed domain', () => {
  it('with BOT_DOMAIN set, https://<BOT_DOMAIN>/actions/7.2 unfurls into 7.2, and cards link there', async () => {
    const deployed = await startTestTracker({ BOT_DOMAIN: 'tracker.example.gov.uk' });
    try {
      const { status, body } = await post(deployed, extensionInvoke('composeExtension/queryLink', { url: 'https://tracker.example.gov.uk/actions/7.2' }));
      expect(status).toBe(200);
      const result = body as ExtensionBody;
      expect(refsOf(result)).toEqual(['7.2']);
      expect(JSON.stringify(result.composeExtension?.attachments?.[0]?.content)).toContain('"url":"https://tracker.example.gov.uk/actions/7.2"');
    } finally {
      await deployed.stop();
    }
  });
});

describe('"Add as action" on a message', () => {
  const message = {
    commandId: 'addAsAction',
    commandContext: 'message',
    messagePayload: { body: { contentType: 'html', content: '<p>Chase health colleagues on <b>initial health assessments</b> for children in care</p>' } },
  };

  it('opens a form with the message as the title and the area suggested; submitting adds one action and returns its card', async () => {
    const form = await invoke('composeExtension/fetchTask', message, { from: PEOPLE.ruth });
    expect(form.task?.type).toBe('continue');
    const card = (form.task?.value as { card: { content: unknown } }).card.content as Record<string, unknown>;
    expect(cardText(card)).toContain('Chase health colleagues on initial health assessments for children in care');
    const requestId = /"requestId":"([^"]+)"/.exec(JSON.stringify(card))?.[1] ?? '';
    const before = await actionCount();
    const data = {
      form: 'addAsAction',
      requestId,
      title: 'Chase health colleagues on initial health assessments',
      owner: 'ruth-okafor',
      due: '2022-03-31',
      area: '11',
    };
    const added = await invoke('composeExtension/submitAction', { commandId: 'addAsAction', data }, { from: PEOPLE.ruth });
    expect(added.composeExtension?.type).toBe('result');
    const title = added.composeExtension?.attachments?.[0]?.preview?.content.title ?? '';
    expect(title).toMatch(/^11\.\d+ Chase health colleagues on initial health assessments$/);
    expect(await actionCount()).toBe(before + 1);
    // Teams delivering the same submit again adds nothing more.
    const again = await invoke('composeExtension/submitAction', { commandId: 'addAsAction', data }, { from: PEOPLE.ruth });
    expect(again.composeExtension?.attachments?.[0]?.preview?.content.title).toBe(title);
    expect(await actionCount()).toBe(before + 1);
  });

  it('refuses an officer, at the form and at submit, and adds nothing', async () => {
    const form = await invoke('composeExtension/fetchTask', message, { from: PEOPLE.grace });
    expect(form.task).toEqual({ type: 'message', value: 'Only managers, clerks and admins can add actions to the plan.' });
    const before = await actionCount();
    const data = { form: 'addAsAction', requestId: 'activity:forged', title: 'Something', owner: 'grace-adeyemi', due: '2022-03-31', area: '2' };
    const refused = await invoke('composeExtension/submitAction', { commandId: 'addAsAction', data }, { from: PEOPLE.grace });
    expect(refused.task?.value).toContain('Only managers, clerks and admins can add actions');
    expect(await actionCount()).toBe(before);
  });

  it("refuses a child's details in the title, keeps what was typed on the form, and adds nothing", async () => {
    const before = await actionCount();
    const data = {
      form: 'addAsAction',
      requestId: 'activity:child',
      title: 'Review placement for Jayden Smith, DOB 12/03/2015',
      owner: 'ruth-okafor',
      due: '2022-03-31',
      area: '6',
    };
    const refused = await invoke('composeExtension/submitAction', { commandId: 'addAsAction', data }, { from: PEOPLE.ruth });
    expect(refused.task?.type).toBe('continue');
    const text = cardText((refused.task?.value as { card: { content: unknown } }).card.content);
    expect(text).toContain('The tracker is not a case record');
    expect(text).toContain('Nothing was added.');
    expect(await actionCount()).toBe(before);
  });

  it('a malformed submit is answered politely and adds nothing', async () => {
    const before = await actionCount();
    const refused = await invoke('composeExtension/submitAction', { commandId: 'addAsAction', data: { requestId: '<x>', area: {} } }, { from: PEOPLE.ruth });
    expect(refused.task?.value).toContain('Nothing was added');
    expect(await actionCount()).toBe(before);
  });
});
