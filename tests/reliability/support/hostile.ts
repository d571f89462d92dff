import fc from 'fast-check';

/**
 * Strings that have broken chat bots, card templates and JSON handling before. None of them is
 * an update command, "Error:" or "Something went wrong", so an answer holding those did not echo them.
 */
export const HOSTILE_STRINGS: readonly string[] = [
  '',
  ' ',
  '\n\t  \r\n',
  '${plan.id}',
  '${undefined}',
  '${JSON.stringify($root)}',
  "${if(true, 'a', 'b')}",
  '${',
  '{{name}}',
  '$root',
  '$data',
  '<script>alert(1)</script>',
  '<at>Improvement Tracker</at>',
  '<img src=x onerror=alert(1)>',
  '**bold** _italic_ [link](http://127.0.0.1:1/)',
  '```\nSELECT * FROM c\n```',
  '&lt;b&gt;&amp;&#0;',
  '__proto__',
  'constructor',
  'prototype',
  'toString',
  'hasOwnProperty',
  'undefined',
  'null',
  'NaN',
  'Infinity',
  '[object Object]',
  'true',
  '-1',
  '1e309',
  '\u0000',
  '\u0000\u0001\u001f\u007f',
  '\u202eevil\u202c',
  '\u200b\u200c\u200d\ufeff',
  '\ud800',
  '\udfff\ud800',
  '👩‍👩‍👧‍👦🏴󠁧󠁢󠁳󠁣󠁴󠁿',
  'Z̷̢̛̫a̶̡l̴̨g̸o̵',
  'ﷺ',
  'Ω≈ç√∫˜µ≤≥÷',
  '日本語のテキスト',
  'مرحبا بالعالم',
  'act-7-2',
  'act-999',
  '7.2',
  '../../etc/passwd',
  "' OR 1=1 --",
  'SELECT * FROM c',
  '%s %d %n %x',
  '\\',
  '"',
  "'",
  '`',
  'x'.repeat(1001),
];

/** Keys that reach for an object's prototype, our own document fields, or the template engine. */
export const HOSTILE_KEYS: readonly string[] = [
  '__proto__',
  'constructor',
  'prototype',
  'toString',
  'valueOf',
  'hasOwnProperty',
  'toJSON',
  'then',
  '$schema',
  '$when',
  '$data',
  'eTag',
  '_etag',
  'id',
  'type',
  'planId',
];

/** JSON nested `depth` levels deep: written out only when the body is serialised (too deep to build as objects). */
export class DeepJson {
  constructor(
    readonly depth: number,
    readonly kind: 'array' | 'object',
  ) {}
  text(): string {
    return this.kind === 'array' ? `${'['.repeat(this.depth)}1${']'.repeat(this.depth)}` : `${'{"a":'.repeat(this.depth)}1${'}'.repeat(this.depth)}`;
  }
  toString(): string {
    return `DeepJson(${this.kind}, ${this.depth})`;
  }
}

/** An object with exactly these own keys, "__proto__" included, as JSON.parse would make it. */
export function objectWith(entries: ReadonlyArray<readonly [string, unknown]>): Record<string, unknown> {
  const object: Record<string, unknown> = {};
  for (const [key, value] of entries) Object.defineProperty(object, key, { value, enumerable: true, writable: true, configurable: true });
  return object;
}

const DEEP_MARK = 'deep-json-5c1e';

/** The request body: JSON, with any DeepJson written out in place. */
export function serialise(value: unknown): string {
  const deep: DeepJson[] = [];
  const text = JSON.stringify(value, (_key, item: unknown) => {
    if (item instanceof DeepJson) {
      deep.push(item);
      return `${DEEP_MARK}:${deep.length - 1}`;
    }
    return item;
  });
  if (deep.length === 0) return text;
  return text.replace(new RegExp(`"${DEEP_MARK}:(\\d+)"`, 'g'), (_match, index: string) => deep[Number(index)]?.text() ?? 'null');
}

/** Long strings, kept so that a request stays mostly under 300 KB. */
export const hugeString: fc.Arbitrary<string> = fc
  .tuple(
    fc.oneof(fc.constantFrom('x', 'ab ', '${a}', '<b>', 'é', '日本', '👩‍👧', 'Resolved: '), fc.string({ minLength: 1, maxLength: 6 })),
    fc.integer({ min: 2_000, max: 60_000 }),
  )
  .map(([seed, chars]) => seed.repeat(Math.ceil(chars / seed.length)).slice(0, chars));

export const hostileString: fc.Arbitrary<string> = fc.oneof(
  { weight: 5, arbitrary: fc.constantFrom(...HOSTILE_STRINGS) },
  { weight: 3, arbitrary: fc.string({ unit: 'grapheme', maxLength: 40 }) },
  { weight: 2, arbitrary: fc.string({ unit: 'binary', maxLength: 40 }) },
  {
    weight: 2,
    arbitrary: fc.tuple(fc.constantFrom(...HOSTILE_STRINGS), fc.string({ maxLength: 12 }), fc.constantFrom(...HOSTILE_STRINGS)).map((parts) => parts.join(' ')),
  },
  { weight: 1, arbitrary: hugeString },
);

export const hostileKey: fc.Arbitrary<string> = fc.oneof(
  { weight: 3, arbitrary: fc.constantFrom(...HOSTILE_KEYS) },
  { weight: 1, arbitrary: fc.string({ maxLength: 12 }) },
);

export const deepJson: fc.Arbitrary<DeepJson> = fc
  .tuple(fc.constantFrom<'array' | 'object'>('array', 'object'), fc.integer({ min: 100, max: 40_000 }))
  .map(([kind, depth]) => new DeepJson(kind === 'object' ? Math.min(depth, 30_000) : depth, kind));

/** Objects with prototype-reaching keys, as own properties. */
export const prototypeObject: fc.Arbitrary<Record<string, unknown>> = fc
  .array(fc.tuple(hostileKey, fc.oneof(fc.jsonValue({ maxDepth: 2 }), fc.constant({ roles: ['admin'], isAdmin: true }))), { minLength: 1, maxLength: 4 })
  .map((entries) => objectWith(entries));

/** A value of the wrong type for nearly any field. */
export const wrongTyped: fc.Arbitrary<unknown> = fc.oneof(
  fc.integer(),
  fc.double(),
  fc.boolean(),
  fc.constant(null),
  fc.constant([]),
  fc.constant({}),
  fc.array(fc.jsonValue({ maxDepth: 2 }), { minLength: 1, maxLength: 3 }),
  fc.dictionary(fc.string({ maxLength: 8 }), fc.jsonValue({ maxDepth: 2 }), { maxKeys: 4 }),
  prototypeObject,
);

/** Anything at all that might stand where a value goes. */
export const hostileValue: fc.Arbitrary<unknown> = fc.oneof(
  { weight: 4, arbitrary: wrongTyped },
  { weight: 4, arbitrary: hostileString },
  { weight: 1, arbitrary: deepJson },
);

type Path = ReadonlyArray<string>;

/** A change to a generated document: `at` picks one of its places, whatever shape it has by then. */
export type Mutation =
  | Readonly<{ op: 'delete'; at: number }>
  | Readonly<{ op: 'replace'; at: number; value: unknown }>
  | Readonly<{ op: 'add'; at: number; key: string; value: unknown }>;

export const mutation: fc.Arbitrary<Mutation> = fc.oneof(
  fc.record({ op: fc.constant('delete' as const), at: fc.nat() }),
  { weight: 3, arbitrary: fc.record({ op: fc.constant('replace' as const), at: fc.nat(), value: hostileValue }) },
  fc.record({ op: fc.constant('add' as const), at: fc.nat(), key: hostileKey, value: hostileValue }),
);

function isRecord(value: unknown): value is Record<string, unknown> {
  return typeof value === 'object' && value !== null && !(value instanceof DeepJson);
}

/** Every place in a document, breadth first and bounded, with the objects (where keys can be added) marked. */
function placesOf(root: unknown, limit = 400): Array<{ path: Path; isObject: boolean }> {
  const places: Array<{ path: Path; isObject: boolean }> = [];
  const queue: Array<{ path: Path; value: unknown }> = [{ path: [], value: root }];
  while (queue.length > 0 && places.length < limit) {
    const next = queue.shift();
    if (!next) break;
    const isObject = isRecord(next.value) && !Array.isArray(next.value);
    places.push({ path: next.path, isObject });
    if (isRecord(next.value)) for (const key of Object.keys(next.value)) queue.push({ path: [...next.path, key], value: next.value[key] });
  }
  return places;
}

function parentOf(root: unknown, path: Path): Record<string, unknown> | undefined {
  let node: unknown = root;
  for (const key of path.slice(0, -1)) {
    if (!isRecord(node)) return undefined;
    node = node[key];
  }
  return isRecord(node) ? node : undefined;
}

function define(target: Record<string, unknown>, key: string, value: unknown): void {
  if (Array.isArray(target) && /^\d+$/.test(key)) target[Number(key)] = value;
  else Object.defineProperty(target, key, { value, enumerable: true, writable: true, configurable: true });
}

/** A copy that keeps own "__proto__" keys as keys and DeepJson as it is. */
export function cloneDocument<T>(value: T): T {
  if (Array.isArray(value)) return value.map((item: unknown) => cloneDocument(item)) as T;
  if (isRecord(value)) return objectWith(Object.keys(value).map((key) => [key, cloneDocument(value[key])])) as T;
  return value;
}

/** Applies mutations to a copy of the document, in order; inserted values are copied, so generated values are never altered or shared. */
export function mutate(document: unknown, mutations: readonly Mutation[]): unknown {
  let root = cloneDocument(document);
  for (const change of mutations) {
    const places = placesOf(root);
    if (change.op === 'add') {
      const objects = places.filter((place) => place.isObject);
      const place = objects[change.at % Math.max(1, objects.length)];
      const target = place ? (place.path.length === 0 ? root : parentOf(root, [...place.path, ''])) : undefined;
      if (isRecord(target)) define(target, change.key, cloneDocument(change.value));
      continue;
    }
    const inner = places.filter((place) => place.path.length > 0);
    const place = inner[change.at % Math.max(1, inner.length)];
    if (!place) {
      if (change.op === 'replace') root = cloneDocument(change.value);
      continue;
    }
    const parent = parentOf(root, place.path);
    const key = place.path[place.path.length - 1];
    if (!parent || key === undefined) continue;
    if (change.op === 'delete') {
      if (Array.isArray(parent)) parent.splice(Number(key), 1);
      else delete parent[key];
    } else define(parent, key, cloneDocument(change.value));
  }
  return root;
}

/** Sets (or with `undefined`, deletes) one field at a dotted path, making the objects on the way. */
export function setField(document: unknown, dotted: string, value: unknown): unknown {
  const root = isRecord(document) && !Array.isArray(document) ? cloneDocument(document) : {};
  const keys = dotted.split('.');
  let node: Record<string, unknown> = root;
  for (const key of keys.slice(0, -1)) {
    const next = node[key];
    if (!isRecord(next) || Array.isArray(next)) {
      const fresh = {};
      define(node, key, fresh);
      node = fresh;
    } else node = next;
  }
  const last = keys[keys.length - 1] ?? '';
  if (value === undefined) delete node[last];
  else define(node, last, cloneDocument(value));
  return root;
}

/** A readable form of a generated document for failure reports: long strings and deep JSON summarised. */
export function display(value: unknown): string {
  return (
    JSON.stringify(value, (_key, item: unknown) => {
      if (item instanceof DeepJson) return item.toString();
      if (typeof item === 'string' && item.length > 160) return `${item.slice(0, 80)}… (${item.length.toLocaleString('en-GB')} chars)`;
      return item;
    }) ?? String(value)
  );
}
