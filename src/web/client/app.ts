/**
 * The tabs and action pages in the browser: asks the server for the page's data with the person's
 * Teams sign-in, and draws it with Fluent 2 web components, Teams' own themes and Chart.js charts.
 * All text goes in as text, never as markup.
 */
import { setTheme } from '@fluentui/web-components';
import '@fluentui/web-components/button/define.js';
import '@fluentui/web-components/anchor-button/define.js';
import '@fluentui/web-components/badge/define.js';
import '@fluentui/web-components/message-bar/define.js';
import '@fluentui/web-components/divider/define.js';
import { teamsDarkTheme, teamsHighContrastTheme, teamsLightTheme } from '@fluentui/tokens';
import { BarController, BarElement, CategoryScale, Chart, Legend, LinearScale, Tooltip } from 'chart.js';
import { STYLES } from './styles';

Chart.register(BarController, BarElement, CategoryScale, LinearScale, Legend, Tooltip);

type ThemeName = 'default' | 'dark' | 'contrast';
type Row = {
  id: string;
  ref: string;
  title: string;
  area: number;
  owner: string;
  dueText: string;
  statusText: string;
  rag: string;
  ragText: string;
  path: string;
};

const root = document.getElementById('app') as HTMLElement;
let token: string | undefined;
type TeamsLibrary = typeof import('/tabs/assets/teams.js');
let teams: TeamsLibrary | undefined;

// ---- drawing ----------------------------------------------------------------------------------

type Child = Node | string | null | undefined | false;
/** An element with attributes and children; strings become text nodes, so nothing typed is ever markup. */
function h(tag: string, attrs: Record<string, string | boolean | undefined> = {}, ...children: Child[]): HTMLElement {
  const element = document.createElement(tag);
  for (const [name, value] of Object.entries(attrs)) {
    if (value === true) element.setAttribute(name, '');
    else if (typeof value === 'string') element.setAttribute(name, value);
  }
  for (const child of children)
    if (child !== null && child !== undefined && child !== false) element.append(typeof child === 'string' ? document.createTextNode(child) : child);
  return element;
}

function show(...children: Child[]): void {
  root.replaceChildren(...children.filter((child): child is Node | string => Boolean(child)));
}

function problem(text: string): HTMLElement {
  return h('fluent-message-bar', { intent: 'error', role: 'alert' }, text);
}

const RAG_INTENT: Record<string, string> = { red: 'danger', amber: 'warning', green: 'success', complete: 'brand', cancelled: 'subtle' };
/** The rating as a badge (a word, never colour alone), and why beside it in plain text. */
function ragBadge(row: Pick<Row, 'rag' | 'ragText'>): HTMLElement {
  const [word, ...why] = row.ragText.split(': ');
  return h(
    'span',
    { class: 'rag' },
    h('fluent-badge', { appearance: 'tint', color: RAG_INTENT[row.rag] ?? 'informative' }, word ?? row.ragText),
    why.length > 0 ? ` ${why.join(': ')}` : null,
  );
}

/** The link to an action's page, kept inside the app (and inside Teams). */
function actionLink(row: Pick<Row, 'ref' | 'title' | 'path'>): HTMLElement {
  return h('a', { href: row.path + location.search, class: 'action-link' }, `${row.ref} ${row.title}`);
}

function actionTable(caption: string, rows: readonly Row[], empty: string): HTMLElement {
  if (rows.length === 0) return h('p', { class: 'empty' }, empty);
  return h(
    'table',
    {},
    h('caption', {}, caption),
    h('thead', {}, h('tr', {}, ...['Action', 'Owner', 'Due', 'Status', 'RAG'].map((title) => h('th', { scope: 'col' }, title)))),
    h(
      'tbody',
      {},
      ...rows.map((row) =>
        h('tr', {}, h('td', {}, actionLink(row)), h('td', {}, row.owner), h('td', {}, row.dueText), h('td', {}, row.statusText), h('td', {}, ragBadge(row))),
      ),
    ),
  );
}

function header(title: string, planName: string, today: string, viewer: { name: string; onPlan: boolean }): HTMLElement {
  return h(
    'header',
    {},
    h('p', { class: 'product' }, `Improvement Tracker · ${planName}`),
    h('h1', {}, title),
    h(
      'p',
      { class: 'subtle' },
      viewer.onPlan ? `${viewer.name} · as of ${today}` : `As of ${today}. You're not on the plan's people list, so you can read the plan but not update it.`,
    ),
  );
}

/** A colour from the theme in force, for the charts (which draw on a canvas, outside CSS). */
function token_(name: string): string {
  return getComputedStyle(document.body).getPropertyValue(`--${name}`).trim() || '#616161';
}

function chartColours(): { red: string; amber: string; green: string; complete: string; text: string; grid: string } {
  if (currentTheme === 'contrast') return { red: '#ffff00', amber: '#1aebff', green: '#3ff23f', complete: '#ffffff', text: '#ffffff', grid: '#ffffff' };
  return {
    red: token_('colorPaletteRedBackground3'),
    amber: token_('colorPaletteMarigoldBackground3'),
    green: token_('colorPaletteGreenBackground3'),
    complete: token_('colorBrandBackground'),
    text: token_('colorNeutralForeground1'),
    grid: token_('colorNeutralStroke2'),
  };
}

/** A horizontal bar chart in the theme's colours (outlined in high contrast, where fills alone may not differ). */
function barChart(canvas: HTMLCanvasElement, labels: string[], series: Array<{ label: string; data: number[]; colour: string }>, stacked: boolean): Chart {
  const colours = chartColours();
  return new Chart(canvas, {
    type: 'bar',
    data: {
      labels,
      datasets: series.map((one) => ({
        label: one.label,
        data: one.data,
        backgroundColor: one.colour,
        borderColor: colours.text,
        borderWidth: currentTheme === 'contrast' ? 1 : 0,
      })),
    },
    options: {
      indexAxis: 'y',
      responsive: true,
      maintainAspectRatio: false,
      animation: false,
      scales: {
        x: { stacked, ticks: { color: colours.text, precision: 0 }, grid: { color: colours.grid } },
        y: { stacked, ticks: { color: colours.text } },
      },
      plugins: { legend: { labels: { color: colours.text } } },
    },
  });
}

const charts: Chart[] = [];
function chart(label: string, draw: (canvas: HTMLCanvasElement) => Chart): HTMLElement {
  // A canvas says nothing to a screen reader: it is labelled, and the same figures are in the table beside it.
  const canvas = h('canvas', { role: 'img', 'aria-label': label }) as HTMLCanvasElement;
  const box = h('div', { class: 'chart' }, canvas);
  queueMicrotask(() => charts.push(draw(canvas)));
  return box;
}

// ---- pages ------------------------------------------------------------------------------------

type PlanData = {
  planName: string;
  today: string;
  viewer: { name: string; onPlan: boolean };
  mine: Row[];
  areas: Array<{ number: number; title: string; red: number; amber: number; green: number; complete: number; overdue: number; total: number }>;
  overdue: Row[];
  slipped: Array<{ ref: string; title: string; path: string; moves: number; daysLater: number; firstDue: string; due: string; reason: string }>;
};

function drawPlan(data: PlanData): void {
  const colours = chartColours();
  const areaLabels = data.areas.map((area) => `${area.number} ${area.title}`);
  const ragChart = chart(
    `RAG ratings by area: ${data.areas.map((area) => `${area.number} ${area.title}, ${area.red} red, ${area.amber} amber, ${area.green} green, ${area.complete} complete`).join('; ')}`,
    (canvas) =>
      barChart(
        canvas,
        areaLabels,
        (['red', 'amber', 'green', 'complete'] as const).map((rag) => ({
          label: rag[0]?.toUpperCase() + rag.slice(1),
          data: data.areas.map((area) => area[rag]),
          colour: colours[rag],
        })),
        true,
      ),
  );
  const slipChart =
    data.slipped.length > 0
      ? chart(`Days each due date has slipped: ${data.slipped.map((one) => `${one.ref}, ${one.daysLater} days`).join('; ')}`, (canvas) =>
          barChart(
            canvas,
            data.slipped.map((one) => one.ref),
            [{ label: 'Days later than first planned', data: data.slipped.map((one) => one.daysLater), colour: colours.amber }],
            false,
          ),
        )
      : null;
  show(
    header('Plan', data.planName, data.today, data.viewer),
    data.viewer.onPlan
      ? h(
          'section',
          { 'aria-labelledby': 'mine' },
          h('h2', { id: 'mine' }, 'My actions'),
          actionTable('My outstanding actions', data.mine, 'You have no outstanding actions.'),
        )
      : null,
    h(
      'section',
      { 'aria-labelledby': 'areas' },
      h('h2', { id: 'areas' }, 'The plan by area'),
      ragChart,
      h(
        'table',
        {},
        h('caption', {}, 'RAG ratings by area'),
        h('thead', {}, h('tr', {}, ...['Area', 'Red', 'Amber', 'Green', 'Complete', 'Overdue'].map((title) => h('th', { scope: 'col' }, title)))),
        h(
          'tbody',
          {},
          ...data.areas.map((area) =>
            h(
              'tr',
              {},
              h('th', { scope: 'row' }, `${area.number} ${area.title}`),
              ...[area.red, area.amber, area.green, area.complete, area.overdue].map((n) => h('td', {}, String(n))),
            ),
          ),
        ),
      ),
    ),
    h('section', { 'aria-labelledby': 'overdue' }, h('h2', { id: 'overdue' }, 'Overdue'), actionTable('Overdue actions', data.overdue, 'Nothing is overdue.')),
    h(
      'section',
      { 'aria-labelledby': 'slippage' },
      h('h2', { id: 'slippage' }, 'Slippage'),
      slipChart,
      data.slipped.length === 0
        ? h('p', { class: 'empty' }, 'No due date has moved.')
        : h(
            'table',
            {},
            h('caption', {}, 'Due dates that moved, latest reason'),
            h(
              'thead',
              {},
              h('tr', {}, ...['Action', 'First planned', 'Now due', 'Days later', 'Moves', 'Why'].map((title) => h('th', { scope: 'col' }, title))),
            ),
            h(
              'tbody',
              {},
              ...data.slipped.map((one) =>
                h(
                  'tr',
                  {},
                  h('td', {}, actionLink(one)),
                  h('td', {}, one.firstDue),
                  h('td', {}, one.due),
                  h('td', {}, String(one.daysLater)),
                  h('td', {}, String(one.moves)),
                  h('td', {}, one.reason),
                ),
              ),
            ),
          ),
    ),
  );
}

type LogData = {
  planName: string;
  today: string;
  viewer: { name: string; onPlan: boolean };
  forMeeting: string;
  totals?: { actions: number; open: number; overdue: number; proposedForClosure: number; new: number };
  meetings: Array<{ id: string; title: string; actions: Array<Row & { minute: string }> }>;
};

function drawLog(data: LogData): void {
  show(
    header(`Action log for ${data.forMeeting || 'the next meeting'}`, data.planName, data.today, data.viewer),
    data.totals
      ? h(
          'p',
          {},
          `${data.totals.actions} actions: ${data.totals.open} open (${data.totals.overdue} overdue), ${data.totals.proposedForClosure} proposed for closure, ${data.totals.new} new since the last meeting.`,
        )
      : null,
    data.meetings.length === 0 ? h('p', { class: 'empty' }, 'No committee actions have been recorded yet.') : null,
    ...data.meetings.map((meeting, index) =>
      h(
        'section',
        { 'aria-labelledby': `meeting-${index}` },
        h('h2', { id: `meeting-${index}` }, meeting.title),
        actionTable(`Actions ${meeting.title.replace(/^Arising/, 'arising')}`, meeting.actions, 'No actions.'),
      ),
    ),
  );
}

type ActionData = {
  planName: string;
  today: string;
  todayIso: string;
  viewer: { name: string; onPlan: boolean };
  action: Row & { areaTitle: string; measure: string; source: string; slippage: string; due: string; status: string };
  history: Array<{ who: string; at: string; what: string }>;
  canEdit: boolean;
  whoMayUpdate: string;
  basis: { status: string; due: string; owner: string };
  statusChoices: Array<{ value: string; title: string }>;
};

function fact(term: string, value: Child): HTMLElement[] {
  return [h('dt', {}, term), h('dd', {}, value)];
}

function drawAction(data: ActionData, banner?: { text: string; good: boolean }, draft?: { note: string; reason: string }): void {
  const { action } = data;
  const when = (at: string): string =>
    new Date(at).toLocaleString('en-GB', { day: 'numeric', month: 'short', year: 'numeric', hour: '2-digit', minute: '2-digit', timeZone: 'Europe/London' });
  const form = data.canEdit
    ? updateForm(data, draft)
    : h(
        'p',
        { class: 'subtle' },
        data.viewer.onPlan
          ? `Only ${data.whoMayUpdate} can update ${action.ref}.`
          : "You're not on the plan's people list, so you can read this action but not update it.",
      );
  show(
    header(`${action.ref} ${action.title}`, data.planName, data.today, data.viewer),
    h('p', {}, h('a', { href: `/tabs/plan${location.search}` }, 'Back to the plan')),
    banner ? h('fluent-message-bar', { intent: banner.good ? 'success' : 'warning', role: 'status' }, banner.text) : null,
    h(
      'dl',
      { class: 'facts' },
      ...fact('Area', `${action.area} · ${action.areaTitle}`),
      ...fact('Owner', action.owner),
      ...fact('Due', action.dueText),
      ...fact('Status', action.statusText),
      ...fact('RAG', ragBadge(action)),
      ...fact('Agreed', action.source),
      ...(action.measure ? fact('Measure', action.measure) : []),
      ...(action.slippage ? fact('Slippage', action.slippage) : []),
    ),
    h('section', { 'aria-labelledby': 'update' }, h('h2', { id: 'update' }, 'Update this action'), form),
    h(
      'section',
      { 'aria-labelledby': 'history' },
      h('h2', { id: 'history' }, 'History'),
      data.history.length === 0
        ? h('p', { class: 'empty' }, 'No updates yet.')
        : h(
            'ol',
            { class: 'history' },
            ...data.history.map((entry) => h('li', {}, h('p', { class: 'who' }, `${entry.who} · ${when(entry.at)}`), h('p', {}, entry.what))),
          ),
    ),
  );
}

function updateForm(data: ActionData, draft?: { note: string; reason: string }): HTMLElement {
  const status = h(
    'select',
    { id: 'status', name: 'status' },
    ...data.statusChoices.map((choice) => h('option', { value: choice.value, selected: choice.value === data.action.status }, choice.title)),
  ) as HTMLSelectElement;
  const note = h('textarea', {
    id: 'note',
    name: 'note',
    rows: '4',
    maxlength: '1000',
    placeholder: "What has happened since the last update? No children's names or case details.",
  }) as HTMLTextAreaElement;
  note.value = draft?.note ?? '';
  const due = h('input', { id: 'due', name: 'due', type: 'date', value: data.action.due, min: [data.todayIso, data.action.due].sort()[0] }) as HTMLInputElement;
  const reason = h('input', { id: 'reason', name: 'reason', type: 'text', maxlength: '500' }) as HTMLInputElement;
  reason.value = draft?.reason ?? '';
  const evidence = h('input', { id: 'evidence', name: 'evidence', type: 'text', maxlength: '500' }) as HTMLInputElement;
  const noEvidence = h('input', { id: 'noEvidenceReason', name: 'noEvidenceReason', type: 'text', maxlength: '500' }) as HTMLInputElement;
  const save = h('fluent-button', { appearance: 'primary', type: 'submit' }, 'Save');
  const form = h(
    'form',
    { class: 'update', novalidate: true },
    h('label', { for: 'status' }, 'Status'),
    status,
    h('label', { for: 'note' }, 'Progress note'),
    note,
    h('label', { for: 'due' }, 'Due date'),
    due,
    h('label', { for: 'reason' }, 'Reason for moving the due date (needed if it moves)'),
    reason,
    h('label', { for: 'evidence' }, 'Evidence, to mark it complete: a link, a document or a sentence'),
    evidence,
    h('label', { for: 'noEvidenceReason' }, 'Or, no evidence yet, because'),
    noEvidence,
    h('div', { class: 'buttons' }, save),
  ) as HTMLFormElement;
  const requestId = crypto.randomUUID();
  form.addEventListener('submit', (event) => {
    event.preventDefault();
    void submitUpdate(data, {
      requestId,
      status: status.value,
      note: note.value,
      due: due.value,
      reason: reason.value,
      evidence: evidence.value,
      noEvidenceReason: noEvidence.value,
    });
  });
  save.addEventListener('click', () => form.requestSubmit());
  return form;
}

async function submitUpdate(
  data: ActionData,
  input: { requestId: string; status: string; note: string; due: string; reason: string; evidence: string; noEvidenceReason: string },
): Promise<void> {
  const answer = await api<{ saved: boolean; message: string; page: ActionData }>(`/api/tabs/actions/${encodeURIComponent(data.action.ref)}`, {
    method: 'POST',
    body: JSON.stringify({ ...input, basis: data.basis }),
  });
  if ('error' in answer) {
    drawAction(data, { text: answer.error, good: false }, { note: input.note, reason: input.reason });
    return;
  }
  // A refused save keeps what was typed, so nothing is lost.
  drawAction(answer.page, { text: answer.message, good: answer.saved }, answer.saved ? undefined : { note: input.note, reason: input.reason });
}

function drawConfigure(): void {
  show(h('h1', {}, 'Action log'), h('p', {}, "This tab shows the committee's actions by meeting, with their status and RAG. Press Save to add it."));
  if (teams) {
    const { pages } = teams;
    pages.config.registerOnSaveHandler((event) => {
      void pages.config
        .setConfig({
          entityId: 'action-log',
          contentUrl: `${location.origin}/tabs/log`,
          websiteUrl: `${location.origin}/tabs/log`,
          suggestedDisplayName: 'Action log',
        })
        .then(() => event.notifySuccess());
    });
    pages.config.setValidityState(true);
  }
}

/** A document by its link: fetched with the person's sign-in, then offered as a download. */
async function drawDownload(linkToken: string): Promise<void> {
  show(h('h1', {}, 'Your document'), h('p', {}, 'Getting the document…'));
  try {
    const response = await fetch(`/api/reports/${linkToken}`, tokenHeader());
    if (!response.ok) {
      const body = (await response.json().catch(() => ({}))) as { error?: string };
      return show(h('h1', {}, 'Your document'), problem(body.error ?? 'The document could not be made. Try again in a moment.'));
    }
    const name = /filename="([^"]+)"/.exec(response.headers.get('content-disposition') ?? '')?.[1] ?? 'document.docx';
    const url = URL.createObjectURL(await response.blob());
    const link = h('a', { href: url, download: name }, `Download ${name}`);
    show(h('h1', {}, 'Your document'), h('p', {}, 'It opens in Word, where you can edit it.'), h('p', {}, link));
  } catch {
    show(h('h1', {}, 'Your document'), problem("The tracker isn't answering just now. Try again in a moment."));
  }
}

function tokenHeader(): RequestInit {
  return token ? { headers: { authorization: `Bearer ${token}` } } : {};
}

// ---- the server -------------------------------------------------------------------------------

async function api<T>(path: string, init: RequestInit = {}): Promise<T | { error: string }> {
  try {
    const response = await fetch(path, {
      ...init,
      headers: { 'content-type': 'application/json', ...(token ? { authorization: `Bearer ${token}` } : {}) },
    });
    const body = (await response.json().catch(() => ({}))) as T & { error?: string };
    if (!response.ok && !(body as { page?: unknown }).page) return { error: body.error ?? 'The plan could not be loaded. Try again in a moment.' };
    return body;
  } catch {
    return { error: "The tracker isn't answering just now. Nothing was changed; try again in a moment." };
  }
}

// ---- theme and start --------------------------------------------------------------------------

let currentTheme: ThemeName = 'default';
function applyTheme(name: string | undefined): void {
  currentTheme = name === 'dark' ? 'dark' : name === 'contrast' ? 'contrast' : 'default';
  setTheme(currentTheme === 'dark' ? teamsDarkTheme : currentTheme === 'contrast' ? teamsHighContrastTheme : teamsLightTheme);
  document.documentElement.dataset.theme = currentTheme;
}

/** Inside Teams (framed): its theme, and a single sign-on token for the APIs. Opened directly, neither. */
async function startTeams(): Promise<TeamsLibrary | undefined> {
  if (window.parent === window) return undefined;
  try {
    const library = await import('/tabs/assets/teams.js');
    const { app: teamsApp, authentication } = library;
    await Promise.race([teamsApp.initialize(), new Promise((_, reject) => setTimeout(() => reject(new Error('not in Teams')), 3000))]);
    const context = await teamsApp.getContext();
    applyTheme(context.app.theme);
    teamsApp.registerOnThemeChangeHandler((theme) => {
      applyTheme(theme);
      void route();
    });
    token = await authentication.getAuthToken();
    void teamsApp.notifySuccess();
    return library;
  } catch {
    return undefined;
  }
}

async function route(): Promise<void> {
  for (const drawn of charts.splice(0)) drawn.destroy();
  const path = location.pathname.replace(/\/+$/, '');
  if (path === '/tabs/log/configure') return drawConfigure();
  if (path === '/tabs/log') {
    const data = await api<LogData>('/api/tabs/log');
    return 'error' in data ? show(problem(data.error)) : drawLog(data);
  }
  const linkToken = /^\/reports\/([A-Za-z0-9_.-]{10,3000})$/.exec(path)?.[1];
  if (linkToken) return drawDownload(linkToken);
  const ref = /^\/actions\/(\d{1,4}\.\d{1,4})$/.exec(path)?.[1];
  if (path.startsWith('/actions/') && !ref)
    return show(problem('There is no such action in the plan. Action addresses end in its number, such as /actions/7.2.'));
  if (ref) {
    const data = await api<ActionData>(`/api/tabs/actions/${ref}`);
    return 'error' in data ? show(problem(data.error)) : drawAction(data);
  }
  const data = await api<PlanData>('/api/tabs/plan');
  return 'error' in data ? show(problem(data.error)) : drawPlan(data);
}

const style = document.createElement('style');
style.textContent = STYLES;
document.head.append(style);
applyTheme(new URLSearchParams(location.search).get('theme') ?? (matchMedia('(forced-colors: active)').matches ? 'contrast' : undefined));
void startTeams().then((library) => {
  teams = library;
  return route();
});
