import { Expression } from 'adaptive-expressions';
import { describe, expect, it } from 'vitest';
import { z } from 'zod';
import { TEMPLATES } from '../../src/cards/render';
import { TEMPLATE_DATA, type TemplateName } from '../../src/cards/templateData';

// Every ${…} in a card template names a field of the data type its render function must produce.

function unwrap(schema: z.ZodTypeAny): z.ZodTypeAny {
  let current = schema;
  while (current instanceof z.ZodOptional || current instanceof z.ZodNullable || current instanceof z.ZodDefault || current instanceof z.ZodReadonly) {
    current = current instanceof z.ZodDefault ? current._def.innerType : current instanceof z.ZodReadonly ? current._def.innerType : current.unwrap();
  }
  return current;
}

/** The schema a property path leads to from `schema`, or undefined when a step names no field. */
function resolve(schema: z.ZodTypeAny, path: string): z.ZodTypeAny | undefined {
  let current: z.ZodTypeAny | undefined = schema;
  for (const step of path
    .replace(/\[[^\]]*\]/g, '.[]')
    .split('.')
    .filter(Boolean)) {
    const here: z.ZodTypeAny | undefined = current ? unwrap(current) : undefined;
    if (!here) return undefined;
    if (step === '[]') current = here instanceof z.ZodArray ? here.element : undefined;
    else if (step === 'length' && (here instanceof z.ZodArray || here instanceof z.ZodString)) current = z.number();
    else if (here instanceof z.ZodObject) current = (here.shape as Record<string, z.ZodTypeAny>)[step];
    else return undefined;
  }
  return current;
}

const EXPRESSION = /\$\{((?:[^{}]|\{[^{}]*\})*)\}/g;

/** What a template's expressions name that its data type lacks, walking `$data` scopes as the templating does. */
function missingFields(template: unknown, root: z.ZodTypeAny): string[] {
  const problems: string[] = [];
  const check = (expression: string, scope: z.ZodTypeAny, where: string): void => {
    for (const reference of Expression.parse(expression).references()) {
      const [base, rest] = reference.startsWith('$root')
        ? [root, reference.slice('$root'.length)]
        : reference.startsWith('$data')
          ? [scope, reference.slice('$data'.length)]
          : [scope, reference];
      if (reference === '$index' || resolve(base, rest) !== undefined) continue;
      problems.push(`${where}: \${${expression}} names "${reference}"`);
    }
  };
  const walk = (node: unknown, scope: z.ZodTypeAny, where: string): void => {
    if (typeof node === 'string') {
      for (const match of node.matchAll(EXPRESSION)) check(match[1] ?? '', scope, where);
    } else if (Array.isArray(node)) {
      node.forEach((child, index) => walk(child, scope, `${where}[${index}]`));
    } else if (node && typeof node === 'object') {
      let inner = scope;
      const data = (node as Record<string, unknown>).$data;
      if (typeof data === 'string') {
        walk(data, scope, `${where}.$data`);
        const path = /^\$\{(.+)\}$/.exec(data)?.[1] ?? '';
        const target = path.startsWith('$root.') ? resolve(root, path.slice('$root.'.length)) : resolve(scope, path);
        const unwrapped = target ? unwrap(target) : undefined;
        inner = unwrapped instanceof z.ZodArray ? unwrapped.element : (unwrapped ?? z.never());
      }
      for (const [key, value] of Object.entries(node as Record<string, unknown>)) if (key !== '$data') walk(value, inner, `${where}.${key}`);
    }
  };
  walk(template, root, '');
  return problems;
}

describe('card templates and their data types', () => {
  it.each(Object.keys(TEMPLATES) as TemplateName[])('%s: every ${…} names a field of its data type', (name) => {
    expect(missingFields(TEMPLATES[name], TEMPLATE_DATA[name])).toEqual([]);
  });

  it('catches a field the data type does not have', () => {
    const template = {
      type: 'AdaptiveCard',
      body: [
        { type: 'TextBlock', text: '${heading}' },
        { $data: '${items}', type: 'TextBlock', text: '${nmae}' },
      ],
    };
    const schema = z.object({ heading: z.string(), items: z.array(z.object({ name: z.string() })) });
    expect(missingFields(template, schema)).toEqual(['.body[1].text: ${nmae} names "nmae"']);
  });
});
