import type restify from 'restify';
import { z } from 'zod';
import { CardBasisSchema } from '../cards/verbs';
import { ActionStatusSchema, type Person } from '../domain/model';
import { todayIn } from '../domain/dates';
import { appError, toAppError } from '../errors';
import type { Logger } from '../logger';
import type { PlanCache } from '../store/planCache';
import type { PlanRepository, PlanView } from '../store/planRepository';
import { updateAction } from '../updates/updateAction';
import { SCRIPTS, tabScript } from './bundle';
import { personOf, type Identity, type IdentityRefusal } from './identity';
import { ACTION_PATH, TAB_PATHS } from './links';
import { actionPage, logTab, planTab } from './tabData';
import type { ReportLinks } from './reportLinks';
import { buildReport, DOCX_TYPE } from '../reports/render';

export type WebDeps = Readonly<{
  plans: PlanRepository;
  planCache: PlanCache;
  planId: string;
  logger: Logger;
  clock: () => Date;
  demoUser: string;
  identify: (authorization: string | undefined) => Promise<Identity | IdentityRefusal>;
  reportLinks: ReportLinks;
}>;

/** The app's own pages may be framed by Teams (and Outlook and Microsoft 365), nothing else. */
const FRAME_ANCESTORS =
  "'self' https://teams.microsoft.com https://*.teams.microsoft.com https://*.office.com https://*.cloud.microsoft https://*.microsoft365.com";
const SECURITY_HEADERS = {
  'content-security-policy': `default-src 'self'; script-src 'self'; style-src 'self' 'unsafe-inline'; img-src 'self' data:; connect-src 'self' https://res.cdn.office.net; frame-ancestors ${FRAME_ANCESTORS}; base-uri 'none'; form-action 'none'`,
  'x-content-type-options': 'nosniff',
  'referrer-policy': 'no-referrer',
};

/**
 * The page every tab and action address serves: no plan data in it (that comes from the APIs, which
 * need an identity), just the script that asks for it with the person's Teams sign-in.
 */
const SHELL = `<!doctype html>
<html lang="en-GB">
<head>
<meta charset="utf-8">
<meta name="viewport" content="width=device-width, initial-scale=1">
<title>Improvement Tracker</title>
<script type="module" src="/tabs/assets/app.js"></script>
</head>
<body>
<main id="app" aria-live="polite"><p>Loading the plan…</p></main>
<noscript><p>Improvement Tracker needs JavaScript to show the plan.</p></noscript>
</body>
</html>`;

const RefSchema = z.string().regex(/^\d{1,4}\.\d{1,4}$/);
const TabUpdateSchema = z.object({
  /** Made by the page for each press of Save: a second delivery of it changes nothing. */
  requestId: z.string().uuid(),
  basis: CardBasisSchema,
  status: ActionStatusSchema.optional(),
  note: z.string().max(100_000).optional(),
  due: z.union([z.string().regex(/^\d{4}-\d{2}-\d{2}$/), z.literal('')]).optional(),
  reason: z.string().max(100_000).optional(),
  evidence: z.string().max(100_000).optional(),
  noEvidenceReason: z.string().max(100_000).optional(),
});

type Who = { view: PlanView; person: Person | undefined; today: string };
/** What an API answers: words as JSON, or a document to download. */
type ApiAnswer = { status: number; body: unknown } | { status: 200; file: { name: string; bytes: Buffer; type: string } };

function sendJson(res: restify.Response, status: number, body: unknown): void {
  res.writeHead(status, { 'content-type': 'application/json; charset=utf-8', 'cache-control': 'no-store', ...SECURITY_HEADERS });
  res.end(JSON.stringify(body));
}

/** Registers the tabs' pages, their script, and the APIs they read and write through. */
export function registerWebRoutes(server: restify.Server, deps: WebDeps): void {
  // restify takes a handler without `next` only when it is an async function.
  // eslint-disable-next-line @typescript-eslint/require-await
  const page = async (_req: restify.Request, res: restify.Response): Promise<void> => {
    res.writeHead(200, { 'content-type': 'text/html; charset=utf-8', 'cache-control': 'no-cache', ...SECURITY_HEADERS });
    res.end(SHELL);
  };
  server.get(TAB_PATHS.plan, page);
  server.get(TAB_PATHS.log, page);
  server.get(`${TAB_PATHS.log}/configure`, page);
  server.get(`${ACTION_PATH}:ref`, page);
  server.get('/reports/:token', page);
  // Browsers ask for an icon; there is none beyond the app's own, so say so plainly.
  // eslint-disable-next-line @typescript-eslint/require-await
  server.get('/favicon.ico', async (_req: restify.Request, res: restify.Response) => {
    res.writeHead(204, { 'cache-control': 'max-age=86400' });
    res.end();
  });

  server.get('/tabs/assets/:script', async (req: restify.Request, res: restify.Response) => {
    const name = SCRIPTS.find((known) => known === (req.params as Record<string, unknown> | undefined)?.script);
    if (!name) {
      res.writeHead(404, { 'content-type': 'text/plain; charset=utf-8' });
      res.end('Not found');
      return;
    }
    try {
      const script = await tabScript(name);
      res.writeHead(200, { 'content-type': 'text/javascript; charset=utf-8', 'cache-control': 'no-cache', ...SECURITY_HEADERS });
      res.end(script);
    } catch (error) {
      deps.logger.error({ err: error }, 'could not bundle the tab script');
      res.writeHead(503, { 'content-type': 'text/plain; charset=utf-8' });
      res.end('The page could not be loaded. Try again in a moment.');
    }
  });

  /** Runs an API request for a known person, answering every failure in words (never a stack trace). */
  const api =
    (work: (req: restify.Request, who: Who) => Promise<ApiAnswer>) =>
    async (req: restify.Request, res: restify.Response): Promise<void> => {
      try {
        const identity = await deps.identify(typeof req.headers.authorization === 'string' ? req.headers.authorization : undefined);
        if (identity.kind === 'refused') return sendJson(res, identity.status, { error: identity.message });
        const view = await deps.planCache.view(deps.planId);
        if (!view) throw appError('UNAVAILABLE', 'The improvement plan has not been loaded yet. Please ask an administrator to load it.');
        const person = personOf(identity, view.people, deps.demoUser);
        const answer = await work(req, { view, person, today: todayIn(view.plan.timeZone, deps.clock()) });
        if ('file' in answer) {
          res.writeHead(200, {
            'content-type': answer.file.type,
            'content-disposition': `attachment; filename="${answer.file.name}"`,
            'content-length': String(answer.file.bytes.length),
            'cache-control': 'no-store',
            ...SECURITY_HEADERS,
          });
          res.end(answer.file.bytes);
          return;
        }
        sendJson(res, answer.status, answer.body);
      } catch (error) {
        const failure = toAppError(error);
        deps.logger.warn({ err: error, code: failure.code, path: req.path() }, 'tab request failed');
        sendJson(res, failure.code === 'NOT_FOUND' ? 404 : failure.code === 'INVALID_INPUT' ? 400 : 503, { error: failure.userMessage });
      }
    };

  server.get(
    '/api/tabs/plan',
    api((_req, who) => Promise.resolve({ status: 200, body: planTab(who.view, who.person, who.today) })),
  );
  server.get(
    '/api/tabs/log',
    api((_req, who) => Promise.resolve({ status: 200, body: logTab(who.view, who.person, who.today) })),
  );
  const actionOf = (req: restify.Request, who: Who) => {
    const ref = RefSchema.safeParse((req.params as Record<string, unknown> | undefined)?.ref);
    return ref.success ? who.view.actions.find((action) => action.ref === ref.data) : undefined;
  };
  server.get(
    '/api/tabs/actions/:ref',
    api((req, who) => {
      const action = actionOf(req, who);
      return Promise.resolve(
        action
          ? { status: 200, body: actionPage(who.view, action, who.person, who.today) }
          : { status: 404, body: { error: 'There is no such action in the plan.' } },
      );
    }),
  );
  // A document by its link: the link must be ours and in date, and the person must be on the plan.
  server.get(
    '/api/reports/:token',
    api((req, who) => {
      const given: unknown = (req.params as Record<string, unknown> | undefined)?.token;
      const request = deps.reportLinks.verify(typeof given === 'string' ? given : '', deps.clock());
      if (request === 'expired') return Promise.resolve({ status: 410, body: { error: 'This link has expired. Ask the bot for the document again.' } });
      if (request === 'invalid') return Promise.resolve({ status: 404, body: { error: "This link isn't one of the tracker's." } });
      if (!who.person)
        return Promise.resolve({ status: 403, body: { error: "You're not on the plan's people list, so this document isn't available to you." } });
      return buildReport(who.view, request, who.today).then((built) => ({ status: 200, file: { name: built.fileName, bytes: built.bytes, type: DOCX_TYPE } }));
    }),
  );

  // An update from the page: the same service and rules as the bot's card (permissions, ETag, the guard, the history).
  server.post(
    '/api/tabs/actions/:ref',
    api(async (req, who) => {
      const action = actionOf(req, who);
      if (!action) return { status: 404, body: { error: 'There is no such action in the plan.' } };
      const parsed = TabUpdateSchema.safeParse(req.body);
      if (!parsed.success)
        return { status: 400, body: { error: "That update didn't come through as expected. Nothing was saved; reload the page and try again." } };
      const input = parsed.data;
      const outcome = await updateAction(
        deps.plans,
        deps.planId,
        action.id,
        {
          requestId: `page:${input.requestId}`,
          basis: input.basis,
          status: input.status,
          note: input.note,
          due: input.due || undefined,
          reason: input.reason,
          evidence: input.evidence,
          noEvidenceReason: input.noEvidenceReason,
        },
        { actor: who.person, people: who.view.people, areas: who.view.plan.areas, today: who.today, now: deps.clock().toISOString() },
      );
      if (outcome.kind === 'not_found') return { status: 404, body: { error: 'That action is no longer in the plan.' } };
      const current = outcome.action;
      const view = { ...who.view, actions: who.view.actions.map((one) => (one.id === current.id ? current : one)) };
      const message =
        outcome.kind === 'refused'
          ? outcome.refusal.message
          : `Saved. ${current.ref} is up to date.${outcome.kind === 'saved' && outcome.notice ? ` ${outcome.notice}` : ''}`;
      return {
        status: outcome.kind === 'refused' ? { FORBIDDEN: 403, INVALID_INPUT: 400, CONFLICT: 409, STALE: 409 }[outcome.refusal.code] : 200,
        body: { saved: outcome.kind !== 'refused', message, page: actionPage(view, current, who.person, who.today) },
      };
    }),
  );
}
