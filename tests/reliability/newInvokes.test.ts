import { describe, expect, it } from 'vitest';
import { trackerWithConnector } from '../support/harness';
import { baseActivity, PEOPLE, post } from '../support/tracker';

const env = trackerWithConnector();

/** Hostile or broken invokes to the message extension and file consent: a polite 200 answer (or a plain 400), never a 500 or a stack trace. */
describe('malformed message extension and file consent invokes', () => {
  const invoke = (name: string, value: unknown) => {
    const { deliveryMode: _deliveryMode, ...base } = baseActivity({ from: PEOPLE.ruth, serviceUrl: env.connector.serviceUrl });
    return post(env.tracker, { ...base, type: 'invoke', name, value });
  };
  const cases: Array<[string, unknown]> = [
    ['composeExtension/query', { commandId: 'searchActions', parameters: 'not a list' }],
    [
      'composeExtension/query',
      { commandId: 'searchActions', parameters: [{ name: 'query', value: { nested: true } }], queryOptions: { skip: -5, count: 9999 } },
    ],
    ['composeExtension/query', { commandId: 'somethingElse', parameters: [] }],
    ['composeExtension/queryLink', { url: 12 }],
    ['composeExtension/queryLink', { url: 'javascript:alert(1)' }],
    ['composeExtension/fetchTask', { commandId: 'addAsAction', messagePayload: { body: { content: { html: '<b>' }, contentType: 'html' } } }],
    ['composeExtension/submitAction', { commandId: 'addAsAction', data: null }],
    ['composeExtension/submitAction', { commandId: 'addAsAction', data: { form: 'addAsAction', requestId: 'x', title: 'A'.repeat(200_000) } }],
    [
      'fileConsent/invoke',
      {
        type: 'fileUpload',
        action: 'accept',
        context: { request: { kind: 'actionLog', public: false } },
        uploadInfo: { uploadUrl: 'file:///etc/passwd', contentUrl: 'x', name: 'x' },
      },
    ],
    ['fileConsent/invoke', { type: 'fileUpload', action: 'accept', context: { request: { kind: 'somethingElse' } } }],
    ['fileConsent/invoke', 'nonsense'],
  ];
  for (const [name, value] of cases) {
    it(`${name} with ${JSON.stringify(value).slice(0, 80)}`, async () => {
      const { status, body } = await invoke(name, value);
      expect([200, 400]).toContain(status);
      const text = JSON.stringify(body ?? '');
      expect(text).not.toMatch(/\bat \S+ \(\S+:\d+:\d+\)|TypeError|ZodError|\[object Object\]|\$\{/);
    });
  }
});
