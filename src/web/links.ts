/** Every action has an address, `<base>/actions/<ref>`; the tabs are `<base>/tabs/plan` and `<base>/tabs/log`. */
export const ACTION_PATH = '/actions/';
export const TAB_PATHS = { plan: '/tabs/plan', log: '/tabs/log' } as const;

/** Where the product is reached: `https://<BOT_DOMAIN>` deployed, `http://localhost:<port>` locally. */
export function publicBase(botDomain: string | undefined, port: number): string {
  return botDomain ? `https://${botDomain}` : `http://localhost:${port}`;
}

export function actionAddress(base: string, ref: string): string {
  return `${base}${ACTION_PATH}${encodeURIComponent(ref)}`;
}

const REF = /^\d{1,4}\.\d{1,4}$/;

/** The action reference an address names, if it is one of this product's action addresses. */
export function refOfAddress(url: string, base: string): string | undefined {
  let parsed: URL;
  let own: URL;
  try {
    parsed = new URL(url);
    own = new URL(base);
  } catch {
    return undefined;
  }
  if (parsed.host.toLowerCase() !== own.host.toLowerCase() || !parsed.pathname.startsWith(ACTION_PATH)) return undefined;
  const ref = decodeURIComponent(parsed.pathname.slice(ACTION_PATH.length)).replace(/\/$/, '');
  return REF.test(ref) ? ref : undefined;
}
