/**
 * Every card, drawn with representative data, checked the way Teams would take it: the official
 * renderer's parser and validator (Adaptive Cards 1.5), Teams' message size, the buttons' verbs
 * and payloads, the inputs' own validation, and accessibility under the Teams light theme.
 */
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { beforeAll, describe, expect, it } from 'vitest';
import type { ZodTypeAny } from 'zod';
import { MAX_CARD_BYTES, teamsMessageBytes, TEMPLATES } from '../../src/cards/render';
import * as verbs from '../../src/cards/verbs';
import { CARD_VERBS } from '../../src/cards/verbs';
import { cardSamples, loadDemoView, MARKUP, TYPED_TOKENS, type CardSample } from '../support/cardSamples';
import { AC, accessibleName, parseAsTeams, sendProblems, sentValues, type ParsedAction } from '../support/officialRenderer';
import { contrastOf, type ContainerStyleName, type ForegroundName } from '../support/teamsHostConfig';

let samples: CardSample[];
beforeAll(async () => {
  samples = cardSamples(await loadDemoView());
});

type Node = Record<string, unknown>;

/** Every object in a card's JSON, with the container style it is drawn on and its enclosing objects. */
function nodesOf(card: unknown): Array<{ node: Node; style: ContainerStyleName; ancestors: Node[] }> {
  const found: Array<{ node: Node; style: ContainerStyleName; ancestors: Node[] }> = [];
  const walk = (value: unknown, style: ContainerStyleName, ancestors: Node[]): void => {
    if (Array.isArray(value)) value.forEach((item) => walk(item, style, ancestors));
    else if (value && typeof value === 'object') {
      const node = value as Node;
      const own =
        typeof node.style === 'string' && ['Container', 'Column', 'ColumnSet'].includes(String(node.type)) ? (node.style as ContainerStyleName) : style;
      found.push({ node, style: own, ancestors });
      Object.values(node).forEach((child) => walk(child, own, [...ancestors, node]));
    }
  };
  walk(card, 'default', []);
  return found;
}

/** Each failure as "card: problem", so one run lists them all. */
function failures(check: (sample: CardSample) => string[]): string[] {
  return samples.flatMap((sample) => check(sample).map((problem) => `${sample.name}: ${problem}`));
}

function buttonsOf(sample: CardSample): ParsedAction[] {
  return parseAsTeams(sample.card).parsed.getAllActions();
}

describe('every card, through the official renderer', () => {
  it('covers every template', () => {
    expect(new Set(samples.map((sample) => sample.template))).toEqual(new Set(Object.keys(TEMPLATES)));
  });

  it('parses and validates as Adaptive Cards 1.5 with no errors or warnings', () => {
    expect(failures((sample) => [...(sample.card.version === '1.5' ? [] : [`version ${sample.card.version}`]), ...parseAsTeams(sample.card).problems])).toEqual(
      [],
    );
  });

  it('leaves no ${...} unbound, and shows template syntax people typed as they typed it', () => {
    expect(
      failures((sample) => {
        let json = JSON.stringify(sample.card);
        for (const token of TYPED_TOKENS) json = json.split(token).join('');
        return json.includes('${') ? [`unbound: ${json.slice(json.indexOf('${'), json.indexOf('${') + 40)}`] : [];
      }),
    ).toEqual([]);
    const typed = samples.filter((sample) => JSON.stringify(sample.card).includes(JSON.stringify(MARKUP).slice(1, 40)));
    expect(typed.length).toBeGreaterThan(5);
  });

  it('never puts what people typed where Teams reads markdown (TextBlocks and facts)', () => {
    const typed = MARKUP.slice(0, 12);
    expect(
      failures((sample) =>
        nodesOf(sample.card).flatMap(({ node }) => {
          const markdown =
            node.type === 'TextBlock' ? [node.text] : Array.isArray(node.facts) ? (node.facts as Node[]).flatMap((fact) => [fact.title, fact.value]) : [];
          return markdown
            .filter((text) => typeof text === 'string' && text.includes(typed))
            .map((text) => `markdown text holds typed markup: ${String(text).slice(0, 60)}`);
        }),
      ),
    ).toEqual([]);
  });

  it('keeps every message under 80 KB by Teams’ own measure, the longest data included', () => {
    expect(
      failures((sample) => {
        const bytes = teamsMessageBytes(sample.card, { summary: sample.summary.slice(0, 200) });
        return bytes < MAX_CARD_BYTES ? [] : [`${(bytes / 1024).toFixed(1)} KB`];
      }),
    ).toEqual([]);
    // The longest cards come close to the limit, so they were drawn long enough to matter.
    const largest = Math.max(...samples.map((sample) => teamsMessageBytes(sample.card)));
    expect(largest).toBeGreaterThan(MAX_CARD_BYTES / 2);
  });
});

describe('cards too long for one message', () => {
  it('show as much as fits and say what they leave out', () => {
    const json = (name: string): string => JSON.stringify(samples.find((sample) => sample.name === name)?.card ?? null);
    expect(json('outcomePreview-longest')).toMatch(/And \d+ more actions, too many for one card/);
    expect(json('outcomePreview-longest')).toContain('"id":"owner_0"');
    expect(json('meetingSummary-longest')).toMatch(/And \d+ more resolutions/);
    expect(json('digest-longest')).toMatch(/And \d+ more: ask/);
    expect(json('message-new-actions-notice')).toContain('My actions');
  });
});

describe('buttons', () => {
  const routesDir = join(__dirname, '..', '..', 'src', 'bot', 'routes');
  /** The verbs the routes register, read from their source: `actionExecute(CARD_VERBS.x, ...)`, also inside a `for (const verb of [...])`. */
  function registeredVerbs(): Set<string> {
    const registered = new Set<string>();
    for (const file of readdirSync(routesDir).filter((name) => name.endsWith('.ts'))) {
      const source = readFileSync(join(routesDir, file), 'utf8');
      for (const match of source.matchAll(/actionExecute(?:<[^>]*>)?\(\s*CARD_VERBS\.(\w+)/g)) registered.add(match[1] ?? '');
      for (const match of source.matchAll(/for \(const (\w+) of \[([^\]]+)\]\)\s*\{\s*app\.adaptiveCards\.actionExecute(?:<[^>]*>)?\(\s*(\w+)/g)) {
        if (match[1] === match[3]) for (const key of (match[2] ?? '').matchAll(/CARD_VERBS\.(\w+)/g)) registered.add(key[1] ?? '');
      }
    }
    return new Set([...registered].map((key) => (CARD_VERBS as Record<string, string>)[key] ?? `unknown key ${key}`));
  }

  it('use only verbs from the one verb table, each registered by a route', () => {
    const known = new Set<string>(Object.values(CARD_VERBS));
    const registered = registeredVerbs();
    expect([...known].filter((verb) => !registered.has(verb))).toEqual([]);
    expect(
      failures((sample) =>
        nodesOf(sample.card)
          .flatMap(({ node }) => (node.type === 'Action.Execute' ? [String(node.verb)] : []))
          .filter((verb) => !known.has(verb) || !registered.has(verb))
          .map((verb) => `verb ${verb} is not in CARD_VERBS or not registered`),
      ),
    ).toEqual([]);
  });

  // What each verb's route parses its payload with.
  const PAYLOADS: Partial<Record<string, ZodTypeAny>> = {
    [CARD_VERBS.showPage]: verbs.ShowPageDataSchema,
    [CARD_VERBS.viewAction]: verbs.ViewActionDataSchema,
    [CARD_VERBS.refreshAction]: verbs.RefreshActionDataSchema,
    [CARD_VERBS.saveAction]: verbs.SaveActionDataSchema,
    [CARD_VERBS.completeAction]: verbs.SaveActionDataSchema,
    [CARD_VERBS.verifyAction]: verbs.SaveActionDataSchema,
    [CARD_VERBS.confirmOutcomes]: verbs.ConfirmOutcomesDataSchema,
    [CARD_VERBS.cancelOutcomes]: verbs.DraftDataSchema,
    [CARD_VERBS.setCommitteeChannel]: verbs.SetChannelDataSchema,
    [CARD_VERBS.readMinutes]: verbs.ReadMinutesDataSchema,
    [CARD_VERBS.undoChange]: verbs.UndoChangeDataSchema,
    [CARD_VERBS.confirmClosures]: verbs.ConfirmClosuresDataSchema,
  };

  it('send what their route accepts: the button’s data with the card’s inputs as drawn', () => {
    expect(
      failures((sample) =>
        buttonsOf(sample).flatMap((button) => {
          const data = (button as { data?: unknown }).data;
          const payload = { ...(data && typeof data === 'object' ? data : {}), ...sentValues(button) };
          if (button instanceof AC.ExecuteAction) {
            const schema = PAYLOADS[button.verb];
            if (!schema) return [`no payload schema known for verb ${button.verb}`];
            const parsed = schema.safeParse(payload);
            return parsed.success
              ? []
              : [
                  `"${accessibleName(button)}" (${button.verb}) sends what its route refuses: ${parsed.error.issues.map((issue) => `${issue.path.join('.')} ${issue.message}`).join('; ')}`,
                ];
          }
          if (button instanceof AC.SubmitAction && (payload as { form?: unknown }).form === 'addAsAction') {
            const parsed = verbs.AddAsActionDataSchema.safeParse(payload);
            return parsed.success ? [] : [`"${accessibleName(button)}" sends what "Add as action" refuses: ${parsed.error.message}`];
          }
          if (button instanceof AC.SubmitAction) {
            const question = (payload as { question?: unknown }).question;
            return typeof question === 'string' && question.trim().length > 0 && question.length <= 1000
              ? []
              : [`"${accessibleName(button)}" submits no question the message route can read`];
          }
          return [];
        }),
      ),
    ).toEqual([]);
  });

  it('are never stopped by the card’s own input validation, except where a person must fill something in', () => {
    expect(
      failures((sample) =>
        buttonsOf(sample).flatMap((button) => {
          const expected = new Set(sample.mustFill?.[accessibleName(button)] ?? []);
          const problems = sendProblems(button);
          const unexpected = problems.filter((problem) => !(expected.has(problem.id) && problem.why.endsWith('is required and empty')));
          const missing = [...expected].filter((id) => !problems.some((problem) => problem.id === id));
          return [
            ...unexpected.map((problem) => `"${accessibleName(button)}": ${problem.why}`),
            ...missing.map((id) => `"${accessibleName(button)}" should ask for "${id}" first`),
          ];
        }),
      ),
    ).toEqual([]);
  });

  it('have names that say which action they are for: two buttons with one name do the same thing', () => {
    expect(
      failures((sample) => {
        const byName = new Map<string, Set<string>>();
        for (const button of buttonsOf(sample)) {
          const name = accessibleName(button);
          const does = JSON.stringify([button.getJsonTypeName(), button instanceof AC.ExecuteAction ? button.verb : '', (button as { data?: unknown }).data]);
          byName.set(name, new Set([...(byName.get(name) ?? []), does]));
        }
        return [
          ...(byName.has('') ? ['a button has no name'] : []),
          ...[...byName].filter(([, does]) => does.size > 1).map(([name, does]) => `${does.size} buttons are all called "${name}"`),
        ];
      }),
    ).toEqual([]);
  });
});

describe('the overdue action card', () => {
  it('can still be saved, completed and left: its due date is before today', () => {
    const overdue = samples.find((sample) => sample.name === 'actionDetail-overdue');
    expect(overdue).toBeDefined();
    const buttons = overdue ? buttonsOf(overdue) : [];
    expect(buttons.map(accessibleName)).toEqual(expect.arrayContaining(['Save', 'Mark complete', 'Back to the list']));
    for (const button of buttons) expect(sendProblems(button), accessibleName(button)).toEqual([]);
  });
});

describe('accessibility under the Teams light theme', () => {
  it('every card has a text fallback and something to speak', () => {
    expect(
      failures((sample) => [
        ...(typeof sample.card.fallbackText === 'string' && sample.card.fallbackText.trim() ? [] : ['no fallbackText']),
        ...(typeof sample.card.speak === 'string' && sample.card.speak.trim() ? [] : ['no speak']),
        ...(sample.summary.trim() ? [] : ['sent without a summary']),
      ]),
    ).toEqual([]);
  });

  it('every input has its own label; a required one says what is missing', () => {
    expect(
      failures((sample) => {
        const inputs = parseAsTeams(sample.card).parsed.getAllInputs();
        const labels = inputs.map((input) => input.label ?? '');
        return [
          ...inputs.filter((input) => !input.label?.trim()).map((input) => `input "${input.id ?? ''}" has no label`),
          ...inputs.filter((input) => input.isRequired && !input.errorMessage?.trim()).map((input) => `required input "${input.id ?? ''}" has no errorMessage`),
          ...[...new Set(labels.filter((label, i) => label && labels.indexOf(label) !== i))].map((label) => `several inputs are labelled "${label}"`),
        ];
      }),
    ).toEqual([]);
  });

  it('shows choices whole: choice sets wrap and their titles are short', () => {
    expect(
      failures((sample) =>
        parseAsTeams(sample.card)
          .parsed.getAllInputs()
          .flatMap((input) =>
            input instanceof AC.ChoiceSetInput
              ? [
                  ...(input.wrap ? [] : [`choice set "${input.id ?? ''}" does not wrap`]),
                  ...input.choices
                    .filter((choice) => (choice.title ?? '').length > 60)
                    .map((choice) => `choice "${(choice.title ?? '').slice(0, 30)}…" of "${input.id ?? ''}" is ${(choice.title ?? '').length} characters`),
                ]
              : [],
          ),
      ),
    ).toEqual([]);
  });

  const MARKER = /^[\s●■▲◆•]*$/;
  const RAG_WORDS = /\b(red|amber|green|complete|completed|done|cancelled|overdue|blocked|on track|due)\b/i;
  const textOf = (node: unknown): string =>
    Array.isArray(node)
      ? node.map(textOf).join(' ')
      : node && typeof node === 'object'
        ? Object.entries(node as Node)
            .map(([key, value]) => (key === 'text' && typeof value === 'string' ? value : typeof value === 'object' ? textOf(value) : ''))
            .join(' ')
        : '';

  it('coloured text has contrast of at least 4.5:1 against its background', () => {
    expect(
      failures((sample) =>
        nodesOf(sample.card).flatMap(({ node, style }) => {
          if ((node.type !== 'TextBlock' && node.type !== 'TextRun') || typeof node.text !== 'string' || MARKER.test(node.text)) return [];
          const colour = (typeof node.color === 'string' ? node.color : 'default').toLowerCase() as ForegroundName;
          const ratio = contrastOf(colour, node.isSubtle === true, style);
          return ratio >= 4.5 ? [] : [`"${node.text.slice(0, 40)}" in ${colour} on ${style} has contrast ${ratio.toFixed(2)}:1`];
        }),
      ),
    ).toEqual([]);
  });

  it('never lets colour alone carry a status: every coloured marker has its words beside it', () => {
    expect(
      failures((sample) =>
        nodesOf(sample.card).flatMap(({ node, ancestors }) => {
          if (
            (node.type !== 'TextBlock' && node.type !== 'TextRun') ||
            typeof node.text !== 'string' ||
            !MARKER.test(node.text) ||
            !node.color ||
            node.color === 'Default'
          )
            return [];
          const around = [...ancestors].reverse().find((ancestor) => ['RichTextBlock', 'ColumnSet', 'Container'].includes(String(ancestor.type)));
          return RAG_WORDS.test(textOf(around).replace(node.text, '')) ? [] : [`a ${String(node.color)} marker has no words beside it`];
        }),
      ),
    ).toEqual([]);
  });
});

describe('the outcome preview after a failed confirm', () => {
  it('lists what to fix as short lines, not one long paragraph', () => {
    const sample = samples.find((candidate) => candidate.name === 'outcomePreview-confirm-checks');
    expect(sample).toBeDefined();
    const runs = nodesOf(sample?.card)
      .filter(({ node, style }) => style === 'attention' && node.type === 'TextRun' && typeof node.text === 'string')
      .map(({ node }) => String(node.text));
    expect(runs[0]).toBe('Nothing was saved yet.');
    expect(runs.length).toBeGreaterThan(3);
    expect(Math.max(...runs.map((text) => text.length))).toBeLessThan(200);
    expect(runs.length).toBeLessThanOrEqual(8);
    expect(runs.at(-1)).toMatch(/^And \d+ more/);
  });
});

describe('teamsMessageBytes: Teams’ measure of a message', () => {
  const card = (text: string) => ({ type: 'AdaptiveCard', version: '1.5', body: [{ type: 'TextBlock', text }] });
  it('counts two bytes per UTF-16 code unit of the whole serialised activity, escapes included', () => {
    const empty = teamsMessageBytes(card(''));
    expect(teamsMessageBytes(card('a'.repeat(1000))) - empty).toBe(2000);
    // JSON escapes a quote and a new line with a backslash; an emoji is two UTF-16 code units.
    expect(teamsMessageBytes(card('"\n')) - empty).toBe(8);
    expect(teamsMessageBytes(card('😀')) - empty).toBe(4);
    // The envelope (ids, service URL, attachment type) counts too.
    expect(empty).toBeGreaterThan(2 * JSON.stringify(card('')).length + 1000);
    expect(teamsMessageBytes(card(''), { summary: 'x'.repeat(200) }) - empty).toBeGreaterThan(400);
  });
});
