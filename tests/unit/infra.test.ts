/**
 * The Azure infrastructure (infra/azure.bicep, its parameters, infra/containers.json, m365agents.yml)
 * against the code it hosts: the Cosmos containers of src/store/containers.ts, the variables
 * src/config.ts reads, the health endpoint and the start command.
 *
 * The Bicep is read by a small reader below (tokenizer, parser and evaluator for the part of Bicep
 * this template uses), not by regular expressions: resources are found by type, their bodies are
 * evaluated with the parameters the toolkit would pass, resource loops are expanded over
 * loadJsonContent, and what only Azure knows (a resource id, an endpoint) stays an opaque reference
 * the checks compare by name. Anything the reader does not understand fails loudly.
 */
import { readdirSync, readFileSync, statSync } from 'node:fs';
import path from 'node:path';
import YAML from 'yaml';
import { describe, expect, it } from 'vitest';
import { loadConfig } from '../../src/config';
import { CONTAINERS } from '../../src/store/containers';
import { INFRA_CONTAINERS_FILE, renderInfraContainers } from '../../scripts/writeInfraContainers';

const ROOT = path.resolve(__dirname, '../..');
const INFRA = path.join(ROOT, 'infra');

// ================================================================================================
// A small Bicep reader
// ================================================================================================

type Expr =
  | { kind: 'string'; parts: ReadonlyArray<string | Expr>; text: string }
  | { kind: 'number'; value: number; text: string }
  | { kind: 'bool'; value: boolean; text: string }
  | { kind: 'null'; text: string }
  | { kind: 'ident'; name: string; text: string }
  | { kind: 'object'; props: ReadonlyArray<{ key: string; value: Expr }>; text: string }
  | { kind: 'array'; items: readonly Expr[]; text: string }
  | { kind: 'for'; item: string; index: string | undefined; source: Expr; condition: Expr | undefined; body: Expr; text: string }
  | { kind: 'if'; condition: Expr; body: Expr; text: string }
  | { kind: 'member'; object: Expr; name: string; text: string }
  | { kind: 'index'; object: Expr; index: Expr; text: string }
  | { kind: 'call'; callee: string; args: readonly Expr[]; text: string }
  | { kind: 'unary'; op: string; operand: Expr; text: string }
  | { kind: 'binary'; op: string; left: Expr; right: Expr; text: string }
  | { kind: 'ternary'; test: Expr; then: Expr; otherwise: Expr; text: string };

type Decorator = Readonly<{ name: string; args: readonly Expr[] }>;
type Param = Readonly<{ name: string; type: string; defaultValue: Expr | undefined; decorators: readonly Decorator[] }>;
type Resource = Readonly<{ symbol: string; type: string; apiVersion: string; existing: boolean; value: Expr; decorators: readonly Decorator[] }>;
type Output = Readonly<{ name: string; type: string; value: Expr }>;
type BicepFile = Readonly<{
  dir: string;
  params: ReadonlyMap<string, Param>;
  vars: ReadonlyMap<string, Expr>;
  resources: readonly Resource[];
  outputs: ReadonlyMap<string, Output>;
}>;

type Token =
  | { kind: 'newline'; pos: number }
  | { kind: 'eof'; pos: number }
  | { kind: 'ident'; value: string; pos: number; end: number }
  | { kind: 'number'; value: number; pos: number; end: number }
  | { kind: 'punct'; value: string; pos: number; end: number }
  | { kind: 'string'; parts: ReadonlyArray<string | { source: string; offset: number }>; pos: number; end: number };

const PUNCTUATION = [
  '::',
  '==',
  '!=',
  '<=',
  '>=',
  '&&',
  '||',
  '??',
  '=~',
  '!~',
  '.?',
  '=>',
  '{',
  '}',
  '[',
  ']',
  '(',
  ')',
  ',',
  ':',
  '.',
  '?',
  '!',
  '=',
  '@',
  '<',
  '>',
  '+',
  '-',
  '*',
  '/',
  '%',
  '|',
];

class BicepSyntaxError extends Error {
  constructor(message: string, source: string, pos: number) {
    const line = source.slice(0, pos).split('\n').length;
    super(`${message} (line ${line}: ${JSON.stringify(source.split('\n')[line - 1]?.trim() ?? '')})`);
  }
}

/** Index just past the `}` closing an interpolation that starts at `start` (just after `${`). */
function interpolationEnd(src: string, start: number): number {
  let depth = 0;
  for (let i = start; i < src.length; i++) {
    const c = src[i];
    if (c === "'") i = stringEnd(src, i) - 1;
    else if (c === '{') depth++;
    else if (c === '}') {
      if (depth === 0) return i + 1;
      depth--;
    }
  }
  throw new BicepSyntaxError('unterminated ${...} in a string', src, start);
}

/** Index just past the string literal that opens at `start`. */
function stringEnd(src: string, start: number): number {
  for (let i = start + 1; i < src.length; i++) {
    const c = src[i];
    if (c === '\\') i++;
    else if (c === '$' && src[i + 1] === '{') i = interpolationEnd(src, i + 2) - 1;
    else if (c === "'") return i + 1;
    else if (c === '\n') break;
  }
  throw new BicepSyntaxError('unterminated string', src, start);
}

function tokenize(src: string, base = 0): Token[] {
  const tokens: Token[] = [];
  let i = 0;
  const push = (token: Token): void => {
    if (token.kind === 'newline' && (tokens.length === 0 || tokens[tokens.length - 1]?.kind === 'newline')) return;
    tokens.push(token);
  };
  while (i < src.length) {
    const c = src[i] ?? '';
    if (c === '\n') {
      push({ kind: 'newline', pos: base + i });
      i++;
    } else if (c === ' ' || c === '\t' || c === '\r') {
      i++;
    } else if (src.startsWith('//', i)) {
      while (i < src.length && src[i] !== '\n') i++;
    } else if (src.startsWith('/*', i)) {
      const close = src.indexOf('*/', i + 2);
      if (close < 0) throw new BicepSyntaxError('unterminated comment', src, i);
      i = close + 2;
    } else if (src.startsWith("'''", i)) {
      const close = src.indexOf("'''", i + 3);
      if (close < 0) throw new BicepSyntaxError('unterminated multi-line string', src, i);
      tokens.push({ kind: 'string', parts: [src.slice(i + 3, close).replace(/^\r?\n/, '')], pos: base + i, end: base + close + 3 });
      i = close + 3;
    } else if (c === "'") {
      const end = stringEnd(src, i);
      const parts: Array<string | { source: string; offset: number }> = [];
      let literal = '';
      for (let j = i + 1; j < end - 1; j++) {
        const ch = src[j] ?? '';
        if (ch === '\\') {
          const next = src[++j] ?? '';
          const escapes: Record<string, string> = { n: '\n', r: '\r', t: '\t', '\\': '\\', "'": "'", $: '$' };
          const escaped = escapes[next];
          if (escaped === undefined) throw new BicepSyntaxError(`unsupported escape \\${next}`, src, j);
          literal += escaped;
        } else if (ch === '$' && src[j + 1] === '{') {
          const close = interpolationEnd(src, j + 2);
          if (literal) parts.push(literal);
          literal = '';
          parts.push({ source: src.slice(j + 2, close - 1), offset: base + j + 2 });
          j = close - 1;
        } else {
          literal += ch;
        }
      }
      if (literal || parts.length === 0) parts.push(literal);
      tokens.push({ kind: 'string', parts, pos: base + i, end: base + end });
      i = end;
    } else if (/[0-9]/.test(c)) {
      const match = /^[0-9]+(\.[0-9]+)?/.exec(src.slice(i))?.[0] ?? c;
      tokens.push({ kind: 'number', value: Number(match), pos: base + i, end: base + i + match.length });
      i += match.length;
    } else if (/[A-Za-z_]/.test(c)) {
      const match = /^[A-Za-z_][A-Za-z0-9_]*/.exec(src.slice(i))?.[0] ?? c;
      tokens.push({ kind: 'ident', value: match, pos: base + i, end: base + i + match.length });
      i += match.length;
    } else {
      const punct = PUNCTUATION.find((p) => src.startsWith(p, i));
      if (!punct) throw new BicepSyntaxError(`unexpected character ${JSON.stringify(c)}`, src, i);
      tokens.push({ kind: 'punct', value: punct, pos: base + i, end: base + i + punct.length });
      i += punct.length;
    }
  }
  tokens.push({ kind: 'eof', pos: base + src.length });
  return tokens;
}

const BINARY_PRECEDENCE: ReadonlyArray<readonly string[]> = [
  ['??'],
  ['||'],
  ['&&'],
  ['==', '!=', '=~', '!~'],
  ['<', '>', '<=', '>='],
  ['+', '-'],
  ['*', '/', '%'],
];

class Parser {
  private i = 0;
  private readonly tokens: Token[];

  constructor(
    private readonly src: string,
    tokens?: Token[],
  ) {
    this.tokens = tokens ?? tokenize(src);
  }

  private peek(offset = 0): Token {
    return this.tokens[Math.min(this.i + offset, this.tokens.length - 1)] ?? { kind: 'eof', pos: this.src.length };
  }

  private next(): Token {
    const token = this.peek();
    this.i++;
    return token;
  }

  private fail(message: string, token: Token = this.peek()): never {
    throw new BicepSyntaxError(message, this.src, token.pos);
  }

  private isPunct(value: string, offset = 0): boolean {
    const token = this.peek(offset);
    return token.kind === 'punct' && token.value === value;
  }

  private isIdent(value: string, offset = 0): boolean {
    const token = this.peek(offset);
    return token.kind === 'ident' && token.value === value;
  }

  private expectPunct(value: string): Token {
    if (!this.isPunct(value)) this.fail(`expected "${value}"`);
    return this.next();
  }

  private expectIdent(): string {
    const token = this.next();
    if (token.kind !== 'ident') this.fail('expected a name', token);
    return token.value;
  }

  private skipNewlines(): void {
    while (this.peek().kind === 'newline') this.i++;
  }

  private endOfStatement(): void {
    const token = this.peek();
    if (token.kind !== 'newline' && token.kind !== 'eof') this.fail('expected the end of the line');
    this.skipNewlines();
  }

  private textFrom(start: number): string {
    const last = this.tokens[this.i - 1];
    const end = last && 'end' in last ? last.end : start;
    return this.src.slice(start, end);
  }

  parseFile(dir: string): BicepFile {
    const params = new Map<string, Param>();
    const vars = new Map<string, Expr>();
    const resources: Resource[] = [];
    const outputs = new Map<string, Output>();
    let decorators: Decorator[] = [];
    this.skipNewlines();
    while (this.peek().kind !== 'eof') {
      if (this.isPunct('@')) {
        this.next();
        const call = this.parsePostfix();
        if (call.kind !== 'call') this.fail('expected a decorator call such as @description(...)');
        decorators.push({ name: call.callee.replace(/^sys\./, ''), args: call.args });
        this.endOfStatement();
        continue;
      }
      const keyword = this.expectIdent();
      switch (keyword) {
        case 'targetScope':
        case 'metadata': {
          if (keyword === 'metadata') this.expectIdent();
          this.expectPunct('=');
          this.parseExpression();
          break;
        }
        case 'param': {
          const name = this.expectIdent();
          const type = this.parseTypeText();
          let defaultValue: Expr | undefined;
          if (this.isPunct('=')) {
            this.next();
            defaultValue = this.parseExpression();
          }
          params.set(name, { name, type, defaultValue, decorators });
          break;
        }
        case 'var': {
          const name = this.expectIdent();
          this.expectPunct('=');
          vars.set(name, this.parseExpression());
          break;
        }
        case 'resource': {
          const symbol = this.expectIdent();
          const typeToken = this.next();
          if (typeToken.kind !== 'string' || typeToken.parts.length !== 1 || typeof typeToken.parts[0] !== 'string')
            this.fail("expected a resource type such as 'Microsoft.Web/sites@2023-12-01'", typeToken);
          const [type = '', apiVersion = ''] = (typeToken.parts[0] ?? '').split('@');
          const existing = this.isIdent('existing');
          if (existing) this.next();
          this.expectPunct('=');
          resources.push({ symbol, type, apiVersion, existing, value: this.parseResourceValue(), decorators });
          break;
        }
        case 'output': {
          const name = this.expectIdent();
          const type = this.parseTypeText();
          this.expectPunct('=');
          outputs.set(name, { name, type, value: this.parseExpression() });
          break;
        }
        default:
          this.fail(`the test's Bicep reader does not handle "${keyword}" statements; extend it in tests/unit/infra.test.ts`);
      }
      decorators = [];
      this.endOfStatement();
    }
    return { dir, params, vars, resources, outputs };
  }

  /** A declared type, kept as text: everything up to "=" or the end of the line. */
  private parseTypeText(): string {
    const start = this.peek().pos;
    let depth = 0;
    while (this.peek().kind !== 'eof' && (depth > 0 || (!this.isPunct('=') && this.peek().kind !== 'newline'))) {
      const token = this.next();
      if (token.kind === 'punct' && ['{', '[', '('].includes(token.value)) depth++;
      if (token.kind === 'punct' && ['}', ']', ')'].includes(token.value)) depth--;
    }
    return this.textFrom(start).trim();
  }

  private parseResourceValue(): Expr {
    if (this.isIdent('if')) {
      const start = this.next().pos;
      this.expectPunct('(');
      const condition = this.parseExpression();
      this.expectPunct(')');
      const body = this.parseExpression();
      return { kind: 'if', condition, body, text: this.textFrom(start) };
    }
    return this.parseExpression();
  }

  parseExpression(): Expr {
    const start = this.peek().pos;
    const test = this.parseBinary(0);
    if (!this.isPunct('?')) return test;
    this.next();
    this.skipNewlines();
    const then = this.parseExpression();
    this.skipNewlines();
    this.expectPunct(':');
    this.skipNewlines();
    const otherwise = this.parseExpression();
    return { kind: 'ternary', test, then, otherwise, text: this.textFrom(start) };
  }

  private parseBinary(level: number): Expr {
    const ops = BINARY_PRECEDENCE[level];
    if (!ops) return this.parseUnary();
    const start = this.peek().pos;
    let left = this.parseBinary(level + 1);
    for (;;) {
      const token = this.peek();
      if (token.kind !== 'punct' || !ops.includes(token.value)) return left;
      this.next();
      const right = this.parseBinary(level + 1);
      left = { kind: 'binary', op: token.value, left, right, text: this.textFrom(start) };
    }
  }

  private parseUnary(): Expr {
    if (this.isPunct('!') || this.isPunct('-')) {
      const start = this.peek().pos;
      const op = this.next();
      const operand = this.parseUnary();
      return { kind: 'unary', op: op.kind === 'punct' ? op.value : '', operand, text: this.textFrom(start) };
    }
    return this.parsePostfix();
  }

  private parsePostfix(): Expr {
    const start = this.peek().pos;
    let expr = this.parsePrimary();
    for (;;) {
      if (this.isPunct('.') || this.isPunct('.?') || this.isPunct('::')) {
        this.next();
        const name = this.expectIdent();
        if (this.isPunct('(') && expr.kind === 'ident') {
          // A namespaced function: az.resourceGroup(), sys.description(...).
          expr = { kind: 'call', callee: `${expr.name}.${name}`, args: this.parseArguments(), text: this.textFrom(start) };
        } else {
          expr = { kind: 'member', object: expr, name, text: this.textFrom(start) };
        }
      } else if (this.isPunct('[')) {
        this.next();
        const index = this.parseExpression();
        this.expectPunct(']');
        expr = { kind: 'index', object: expr, index, text: this.textFrom(start) };
      } else if (this.isPunct('(') && expr.kind === 'ident') {
        expr = { kind: 'call', callee: expr.name, args: this.parseArguments(), text: this.textFrom(start) };
      } else {
        return expr;
      }
    }
  }

  private parseArguments(): Expr[] {
    this.expectPunct('(');
    const args: Expr[] = [];
    this.skipNewlines();
    while (!this.isPunct(')')) {
      args.push(this.parseExpression());
      this.skipNewlines();
      if (this.isPunct(',')) this.next();
      this.skipNewlines();
    }
    this.expectPunct(')');
    return args;
  }

  private parsePrimary(): Expr {
    const token = this.peek();
    switch (token.kind) {
      case 'string': {
        this.next();
        const parts = token.parts.map((part) => {
          if (typeof part === 'string') return part;
          // An interpolation: parse its text as an expression on its own.
          return new Parser(this.src, tokenize(part.source, part.offset)).parseExpression();
        });
        return { kind: 'string', parts, text: this.src.slice(token.pos, token.end) };
      }
      case 'number':
        this.next();
        return { kind: 'number', value: token.value, text: String(token.value) };
      case 'ident': {
        this.next();
        if (this.isPunct('=>')) this.fail("the test's Bicep reader does not handle lambdas; extend it in tests/unit/infra.test.ts");
        if (token.value === 'true' || token.value === 'false') return { kind: 'bool', value: token.value === 'true', text: token.value };
        if (token.value === 'null') return { kind: 'null', text: 'null' };
        return { kind: 'ident', name: token.value, text: token.value };
      }
      case 'punct':
        if (token.value === '(') {
          this.next();
          this.skipNewlines();
          const inner = this.parseExpression();
          this.skipNewlines();
          this.expectPunct(')');
          return inner;
        }
        if (token.value === '{') return this.parseObject();
        if (token.value === '[') return this.parseArray();
        return this.fail(`unexpected "${token.value}"`);
      default:
        return this.fail('expected a value');
    }
  }

  private parseObject(): Expr {
    const start = this.expectPunct('{').pos;
    const props: Array<{ key: string; value: Expr }> = [];
    this.skipNewlines();
    while (!this.isPunct('}')) {
      const keyToken = this.next();
      let key: string;
      if (keyToken.kind === 'ident') key = keyToken.value;
      else if (keyToken.kind === 'string' && keyToken.parts.every((part) => typeof part === 'string')) key = keyToken.parts.join('');
      else this.fail('expected a property name', keyToken);
      this.expectPunct(':');
      props.push({ key, value: this.parseExpression() });
      if (this.isPunct(',')) this.next();
      else if (!this.isPunct('}') && this.peek().kind !== 'newline') this.fail('expected a new line or "}" after a property');
      this.skipNewlines();
    }
    this.expectPunct('}');
    return { kind: 'object', props, text: this.textFrom(start) };
  }

  private parseArray(): Expr {
    const start = this.expectPunct('[').pos;
    this.skipNewlines();
    if (this.isIdent('for')) {
      this.next();
      let item: string;
      let index: string | undefined;
      if (this.isPunct('(')) {
        this.next();
        item = this.expectIdent();
        this.expectPunct(',');
        index = this.expectIdent();
        this.expectPunct(')');
      } else {
        item = this.expectIdent();
      }
      if (!this.isIdent('in')) this.fail('expected "in"');
      this.next();
      const source = this.parseExpression();
      this.expectPunct(':');
      let condition: Expr | undefined;
      if (this.isIdent('if')) {
        this.next();
        this.expectPunct('(');
        condition = this.parseExpression();
        this.expectPunct(')');
      }
      const body = this.parseExpression();
      this.skipNewlines();
      this.expectPunct(']');
      return { kind: 'for', item, index, source, condition, body, text: this.textFrom(start) };
    }
    const items: Expr[] = [];
    while (!this.isPunct(']')) {
      items.push(this.parseExpression());
      if (this.isPunct(',')) this.next();
      else if (!this.isPunct(']') && this.peek().kind !== 'newline') this.fail('expected a new line or "]" after an item');
      this.skipNewlines();
    }
    this.expectPunct(']');
    return { kind: 'array', items, text: this.textFrom(start) };
  }
}

function readBicep(file: string): BicepFile {
  return new Parser(readFileSync(file, 'utf8')).parseFile(path.dirname(file));
}

// --- evaluation ---------------------------------------------------------------------------------

/** A value only Azure knows at deployment time, named by the expression that yields it. */
class Opaque {
  constructor(readonly text: string) {}
}

type Value = string | number | boolean | null | Opaque | readonly Value[] | { readonly [key: string]: Value };

function isRecord(value: Value | undefined): value is { readonly [key: string]: Value } {
  return typeof value === 'object' && value !== null && !Array.isArray(value) && !(value instanceof Opaque);
}

function textOf(value: Value): string {
  return value instanceof Opaque ? `\${${value.text}}` : typeof value === 'string' ? value : JSON.stringify(value);
}

/** Evaluates Bicep expressions with given parameter values; variables are evaluated on first use. */
class Evaluator {
  private readonly varCache = new Map<string, Value>();
  private readonly symbols: ReadonlySet<string>;

  constructor(
    readonly file: BicepFile,
    private readonly paramValues: Readonly<Record<string, Value>>,
  ) {
    this.symbols = new Set(file.resources.map((resource) => resource.symbol));
    for (const name of Object.keys(paramValues)) {
      if (!file.params.has(name)) throw new Error(`a value was given for parameter ${name}, which azure.bicep does not declare`);
    }
  }

  param(name: string): Value {
    if (name in this.paramValues) return this.paramValues[name] ?? null;
    const param = this.file.params.get(name);
    if (!param) throw new Error(`unknown parameter ${name}`);
    if (!param.defaultValue) throw new Error(`parameter ${name} has no default and no value was given`);
    return this.evaluate(param.defaultValue);
  }

  evaluate(expr: Expr, scope: ReadonlyMap<string, Value> = new Map()): Value {
    switch (expr.kind) {
      case 'string': {
        const parts = expr.parts.map((part) => (typeof part === 'string' ? part : this.evaluate(part, scope)));
        const [only] = parts;
        if (parts.length === 1 && only instanceof Opaque) return only;
        if (parts.some((part) => part instanceof Opaque)) return new Opaque(parts.map((part) => textOf(part)).join(''));
        return parts.map((part) => textOf(part)).join('');
      }
      case 'number':
      case 'bool':
        return expr.value;
      case 'null':
        return null;
      case 'ident': {
        if (scope.has(expr.name)) return scope.get(expr.name) ?? null;
        if (this.file.vars.has(expr.name)) {
          if (!this.varCache.has(expr.name)) this.varCache.set(expr.name, this.evaluate(this.file.vars.get(expr.name) as Expr));
          return this.varCache.get(expr.name) ?? null;
        }
        if (this.file.params.has(expr.name)) return this.param(expr.name);
        if (this.symbols.has(expr.name)) return new Opaque(expr.name);
        throw new Error(`unknown name ${expr.name} in ${expr.text}`);
      }
      case 'object':
        return Object.fromEntries(expr.props.map((prop) => [prop.key, this.evaluate(prop.value, scope)]));
      case 'array':
        return expr.items.map((item) => this.evaluate(item, scope));
      case 'for': {
        const source = this.evaluate(expr.source, scope);
        if (!Array.isArray(source)) throw new Error(`a loop over something that is not a known array: ${expr.source.text}`);
        const out: Value[] = [];
        (source as readonly Value[]).forEach((item, index) => {
          const inner = new Map(scope);
          inner.set(expr.item, item);
          if (expr.index) inner.set(expr.index, index);
          if (expr.condition && this.evaluate(expr.condition, inner) !== true) return;
          out.push(this.evaluate(expr.body, inner));
        });
        return out;
      }
      case 'if':
        throw new Error('a conditional resource body is evaluated by instancesOf');
      case 'member': {
        const object = this.evaluate(expr.object, scope);
        if (object instanceof Opaque) return new Opaque(`${object.text}.${expr.name}`);
        if (!isRecord(object)) throw new Error(`${expr.text}: not an object`);
        if (!(expr.name in object)) throw new Error(`${expr.text}: no property ${expr.name}`);
        return object[expr.name] ?? null;
      }
      case 'index': {
        const object = this.evaluate(expr.object, scope);
        const index = this.evaluate(expr.index, scope);
        if (object instanceof Opaque || index instanceof Opaque) return new Opaque(expr.text);
        if (Array.isArray(object) && typeof index === 'number') return (object as readonly Value[])[index] ?? null;
        if (isRecord(object) && typeof index === 'string') return object[index] ?? null;
        throw new Error(`${expr.text}: cannot index`);
      }
      case 'call':
        return this.call(expr, scope);
      case 'unary': {
        const operand = this.evaluate(expr.operand, scope);
        if (operand instanceof Opaque) return new Opaque(expr.text);
        if (expr.op === '!' && typeof operand === 'boolean') return !operand;
        if (expr.op === '-' && typeof operand === 'number') return -operand;
        throw new Error(`${expr.text}: bad operand`);
      }
      case 'binary': {
        const left = this.evaluate(expr.left, scope);
        const right = this.evaluate(expr.right, scope);
        if (left instanceof Opaque || right instanceof Opaque) return new Opaque(expr.text);
        switch (expr.op) {
          case '==':
            return JSON.stringify(left) === JSON.stringify(right);
          case '!=':
            return JSON.stringify(left) !== JSON.stringify(right);
          case '=~':
            return String(left).toLowerCase() === String(right).toLowerCase();
          case '&&':
            return left === true && right === true;
          case '||':
            return left === true || right === true;
          case '??':
            return left ?? right;
          default:
            if (typeof left === 'number' && typeof right === 'number') {
              const arithmetic: Record<string, number | boolean> = {
                '+': left + right,
                '-': left - right,
                '*': left * right,
                '/': Math.trunc(left / right),
                '%': left % right,
                '<': left < right,
                '>': left > right,
                '<=': left <= right,
                '>=': left >= right,
              };
              const result = arithmetic[expr.op];
              if (result !== undefined) return result;
            }
            throw new Error(`${expr.text}: unsupported operator ${expr.op}`);
        }
      }
      case 'ternary': {
        const test = this.evaluate(expr.test, scope);
        if (test === true) return this.evaluate(expr.then, scope);
        if (test === false) return this.evaluate(expr.otherwise, scope);
        return new Opaque(expr.text);
      }
    }
  }

  private call(expr: Extract<Expr, { kind: 'call' }>, scope: ReadonlyMap<string, Value>): Value {
    const args = expr.args.map((arg) => this.evaluate(arg, scope));
    const name = expr.callee.replace(/^(sys|az)\./, '');
    if (name === 'loadJsonContent') {
      const [file, jsonPath] = args;
      if (typeof file !== 'string' || jsonPath !== undefined) throw new Error(`${expr.text}: only loadJsonContent('file') is handled`);
      return JSON.parse(readFileSync(path.join(this.file.dir, file), 'utf8')) as Value;
    }
    if (args.some((arg) => arg instanceof Opaque)) return new Opaque(expr.text);
    if (name === 'empty') {
      const [value] = args;
      return value === null || value === '' || (Array.isArray(value) && value.length === 0) || (isRecord(value) && Object.keys(value).length === 0);
    }
    if (name === 'toLower' && typeof args[0] === 'string') return args[0].toLowerCase();
    // guid(), resourceGroup(), uniqueString() and the like: Azure works them out.
    return new Opaque(expr.text);
  }

  /** The instances a resource declaration deploys: one, none (a false condition) or one per loop item. */
  instancesOf(resource: Resource): Array<{ readonly [key: string]: Value }> {
    const value = resource.value;
    let instances: Value[];
    if (value.kind === 'if') {
      const condition = this.evaluate(value.condition);
      instances = condition === false ? [] : [this.evaluate(value.body)];
    } else if (value.kind === 'for') {
      instances = [...(this.evaluate(value) as readonly Value[])];
    } else {
      instances = [this.evaluate(value)];
    }
    return instances.map((instance) => {
      if (!isRecord(instance)) throw new Error(`resource ${resource.symbol} is not an object`);
      return instance;
    });
  }
}

/** The expression under a path of property names in an object literal (before evaluation). */
function exprAt(expr: Expr, ...keys: string[]): Expr {
  let current = expr;
  for (const [i, key] of keys.entries()) {
    const prop = current.kind === 'object' ? current.props.find((candidate) => candidate.key === key) : undefined;
    if (!prop) throw new Error(`no ${keys.slice(0, i + 1).join('.')} in ${expr.text.slice(0, 60)}`);
    current = prop.value;
  }
  return current;
}

/** Follows a path of property names, failing with the path when one is missing. */
function at(value: Value | undefined, ...keys: string[]): Value {
  let current: Value | undefined = value;
  for (const [i, key] of keys.entries()) {
    if (!isRecord(current) || !(key in current)) throw new Error(`no ${keys.slice(0, i + 1).join('.')}`);
    current = current[key];
  }
  return current ?? null;
}

// ================================================================================================
// The checks
// ================================================================================================

const bicep = readBicep(path.join(INFRA, 'azure.bicep'));
const parametersFile = JSON.parse(readFileSync(path.join(INFRA, 'azure.parameters.json'), 'utf8')) as { parameters: Record<string, { value: unknown }> };

/** What the toolkit fills `${{NAME}}` with, for the checks: plausible values of the right shape. */
const SAMPLE_ENV: Readonly<Record<string, string>> = {
  RESOURCE_SUFFIX: 'ab12cd',
  BOT_ID: '5f0b3c1e-7a0d-4c8e-9d35-2b7a51e1c0aa',
  BOT_TENANT_ID: 'cc8e62c6-ac50-5768-afb3-feec6b8286af',
  SECRET_BOT_PASSWORD: 'sample-secret-value',
};

/** The parameters exactly as azure.parameters.json passes them, placeholders filled in. */
function parametersAsDeployed(overrides: Readonly<Record<string, Value>> = {}): Record<string, Value> {
  const values: Record<string, Value> = {};
  for (const [name, { value }] of Object.entries(parametersFile.parameters)) {
    values[name] =
      typeof value === 'string'
        ? value.replace(/\$\{\{\s*([A-Z0-9_]+)\s*\}\}/g, (_whole, env: string) => SAMPLE_ENV[env] ?? `<no sample value for ${env}>`)
        : (value as Value);
  }
  return { ...values, ...overrides };
}

function resourcesOfType(type: string): Resource[] {
  return bicep.resources.filter((resource) => resource.type.toLowerCase() === type.toLowerCase() && !resource.existing);
}

function onlyResource(type: string): Resource {
  const found = resourcesOfType(type);
  expect(
    found.map((resource) => resource.symbol),
    `resources of type ${type}`,
  ).toHaveLength(1);
  return found[0] as Resource;
}

function onlyInstance(evaluator: Evaluator, type: string): { readonly [key: string]: Value } {
  const instances = evaluator.instancesOf(onlyResource(type));
  expect(instances, `instances of ${type}`).toHaveLength(1);
  return instances[0] as { readonly [key: string]: Value };
}

const deployed = new Evaluator(bicep, parametersAsDeployed());
const webAppResource = onlyResource('Microsoft.Web/sites');
const cosmosResource = onlyResource('Microsoft.DocumentDB/databaseAccounts');
const webApp = onlyInstance(deployed, 'Microsoft.Web/sites');

function appSettings(evaluator: Evaluator): Map<string, Value> {
  const instance = onlyInstance(evaluator, 'Microsoft.Web/sites');
  const list = at(instance, 'properties', 'siteConfig', 'appSettings');
  if (!Array.isArray(list)) throw new Error('siteConfig.appSettings is not a list');
  const settings = new Map<string, Value>();
  for (const entry of list as readonly Value[]) {
    const name = at(entry, 'name');
    if (typeof name !== 'string') throw new Error('an app setting without a literal name');
    expect(settings.has(name), `app setting ${name} is set twice`).toBe(false);
    settings.set(name, at(entry, 'value'));
  }
  return settings;
}

describe('the Bicep reader used by these checks', () => {
  it('parses nested objects, loops, ternaries, interpolation and decorators', () => {
    const file = new Parser(
      [
        '@secure()',
        'param secret string',
        "param mode string = 'a'",
        'var items = [',
        '  {',
        "    id: 'x'",
        '  }',
        "  { id: 'y' }",
        ']',
        "resource r 'Microsoft.Test/things@2024-01-01' = [for (item, i) in items: if (item.id != 'y') {",
        "  name: '${item.id}-${i}'",
        '  properties: {',
        "    on: mode == 'a' ? true : false",
        '    ref: other.properties.endpoint',
        '  }',
        '}]',
        "resource other 'Microsoft.Test/others@2024-01-01' = {",
        "  name: 'o'",
        '}',
        "output OUT string = 'https://${other.properties.host}/api' // trailing comment",
      ].join('\n'),
    ).parseFile('.');
    expect(file.params.get('secret')?.decorators.map((decorator) => decorator.name)).toEqual(['secure']);
    const evaluator = new Evaluator(file, { secret: 's' });
    const [thing] = file.resources;
    expect(evaluator.instancesOf(thing as Resource)).toEqual([{ name: 'x-0', properties: { on: true, ref: new Opaque('other.properties.endpoint') } }]);
    expect(evaluator.evaluate((file.outputs.get('OUT') as Output).value)).toEqual(new Opaque('https://${other.properties.host}/api'));
  });

  it('refuses what it does not understand rather than guess', () => {
    expect(() => new Parser("func f() string => 'x'").parseFile('.')).toThrow(/does not handle "func"/);
    expect(() => new Parser("var x = {\n  a: 'b' c: 'd'\n}").parseFile('.')).toThrow(/expected a new line/);
  });
});

describe('Cosmos DB containers: exactly as src/store/containers.ts declares them', () => {
  it('infra/containers.json is generated from the code and up to date (npm run infra:containers)', () => {
    expect(readFileSync(INFRA_CONTAINERS_FILE, 'utf8'), 'infra/containers.json is out of date: run npm run infra:containers').toBe(renderInfraContainers());
  });

  it('the Bicep creates every declared container, and no other, with its partition key and indexing policy', () => {
    const containers = deployed.instancesOf(onlyResource('Microsoft.DocumentDB/databaseAccounts/sqlDatabases/containers'));
    const declared = Object.values(CONTAINERS);
    expect(containers.map((container) => at(container, 'name')).sort()).toEqual(declared.map((container) => container.id).sort());
    for (const declaration of declared) {
      const container = containers.find((candidate) => at(candidate, 'name') === declaration.id);
      const resource = at(container, 'properties', 'resource');
      expect(at(resource, 'id'), `${declaration.id}: resource.id`).toBe(declaration.id);
      expect(at(resource, 'partitionKey', 'paths'), `${declaration.id}: partition key`).toEqual([declaration.partitionKeyPath]);
      expect(at(resource, 'partitionKey', 'kind'), `${declaration.id}: partition key kind`).toBe('Hash');
      expect(at(resource, 'indexingPolicy'), `${declaration.id}: indexing policy`).toEqual(JSON.parse(JSON.stringify(declaration.indexingPolicy)));
      expect(at(container, 'parent'), `${declaration.id}: parent`).toEqual(
        new Opaque(onlyResource('Microsoft.DocumentDB/databaseAccounts/sqlDatabases').symbol),
      );
    }
  });

  it('puts them in the database the app is told to use', () => {
    const database = onlyInstance(deployed, 'Microsoft.DocumentDB/databaseAccounts/sqlDatabases');
    expect(at(database, 'parent')).toEqual(new Opaque(cosmosResource.symbol));
    expect(at(database, 'name')).toBe(at(database, 'properties', 'resource', 'id'));
    expect(appSettings(deployed).get('COSMOS_DATABASE')).toBe(at(database, 'name'));
  });
});

describe('Cosmos DB account', () => {
  it('has keys turned off, continuous backup and TLS 1.2', () => {
    const account = onlyInstance(deployed, 'Microsoft.DocumentDB/databaseAccounts');
    expect(at(account, 'properties', 'disableLocalAuth')).toBe(true);
    expect(at(account, 'properties', 'backupPolicy')).toEqual({ type: 'Continuous', continuousModeProperties: { tier: 'Continuous7Days' } });
    expect(at(account, 'properties', 'minimalTlsVersion')).toBe('Tls12');
  });

  it('is serverless by default, and autoscale (shared by the containers) when asked', () => {
    expect(
      bicep.params
        .get('cosmosThroughputMode')
        ?.decorators.find((decorator) => decorator.name === 'allowed')
        ?.args.map((arg) => deployed.evaluate(arg)),
    ).toEqual([['serverless', 'autoscale']]);
    const byDefault = new Evaluator(bicep, parametersAsDeployed({ cosmosThroughputMode: 'serverless' }));
    expect(at(onlyInstance(byDefault, 'Microsoft.DocumentDB/databaseAccounts'), 'properties', 'capabilities')).toEqual([{ name: 'EnableServerless' }]);
    expect(at(onlyInstance(byDefault, 'Microsoft.DocumentDB/databaseAccounts/sqlDatabases'), 'properties', 'options')).toEqual({});

    const autoscale = new Evaluator(bicep, parametersAsDeployed({ cosmosThroughputMode: 'autoscale', autoscaleMaxThroughput: 4000 }));
    expect(at(onlyInstance(autoscale, 'Microsoft.DocumentDB/databaseAccounts'), 'properties', 'capabilities')).toEqual([]);
    expect(at(onlyInstance(autoscale, 'Microsoft.DocumentDB/databaseAccounts/sqlDatabases'), 'properties', 'options')).toEqual({
      autoscaleSettings: { maxThroughput: 4000 },
    });
    for (const container of autoscale.instancesOf(onlyResource('Microsoft.DocumentDB/databaseAccounts/sqlDatabases/containers'))) {
      expect(isRecord(at(container, 'properties')) && 'options' in (at(container, 'properties') as object), 'containers take no throughput of their own').toBe(
        false,
      );
    }
  });

  it("gives the web app's own identity the built-in Data Contributor role on the account", () => {
    expect(at(webApp, 'identity', 'type')).toBe('SystemAssigned');
    const assignments = resourcesOfType('Microsoft.DocumentDB/databaseAccounts/sqlRoleAssignments').flatMap((resource) => deployed.instancesOf(resource));
    const forWebApp = assignments.filter(
      (assignment) =>
        JSON.stringify(at(assignment, 'properties', 'principalId')) === JSON.stringify(new Opaque(`${webAppResource.symbol}.identity.principalId`)),
    );
    expect(forWebApp).toHaveLength(1);
    const assignment = forWebApp[0];
    expect(at(assignment, 'parent')).toEqual(new Opaque(cosmosResource.symbol));
    expect(at(assignment, 'properties', 'roleDefinitionId')).toEqual(
      new Opaque(`\${${cosmosResource.symbol}.id}/sqlRoleDefinitions/00000000-0000-0000-0000-000000000002`),
    );
    expect(at(assignment, 'properties', 'scope')).toEqual(new Opaque(`${cosmosResource.symbol}.id`));
  });
});

describe('web app', () => {
  it('runs Node 22 LTS on Linux, always on, HTTPS only, TLS 1.2', () => {
    expect(at(webApp, 'kind')).toBe('app,linux');
    expect(at(webApp, 'properties', 'httpsOnly')).toBe(true);
    expect(at(webApp, 'properties', 'siteConfig', 'linuxFxVersion')).toBe('NODE|22-lts');
    expect(at(webApp, 'properties', 'siteConfig', 'alwaysOn')).toBe(true);
    expect(at(webApp, 'properties', 'siteConfig', 'minTlsVersion')).toBe('1.2');
    expect(at(onlyInstance(deployed, 'Microsoft.Web/serverfarms'), 'properties', 'reserved')).toBe(true);
  });

  it('is health-checked on /healthz, which the server serves', () => {
    expect(at(webApp, 'properties', 'siteConfig', 'healthCheckPath')).toBe('/healthz');
    expect(readFileSync(path.join(ROOT, 'src', 'bot', 'server.ts'), 'utf8')).toContain("server.get('/healthz'");
  });

  it('starts the compiled bot alone: the start command names the build output of src/cli/start.ts', () => {
    const command = at(webApp, 'properties', 'siteConfig', 'appCommandLine');
    expect(typeof command).toBe('string');
    const script = /\bnode\b.*?\s(\S+\.js)\b/.exec(String(command))?.[1] ?? '';
    const build = JSON.parse(readFileSync(path.join(ROOT, 'tsconfig.build.json'), 'utf8')) as { compilerOptions: { rootDir: string; outDir: string } };
    expect(script.startsWith(`${build.compilerOptions.outDir}/`)).toBe(true);
    const source = path.join(ROOT, build.compilerOptions.rootDir, script.slice(build.compilerOptions.outDir.length + 1).replace(/\.js$/, '.ts'));
    expect(statSync(source).isFile(), `${source} exists`).toBe(true);
    expect(String(command)).toContain('--no-client');
    expect(appSettings(deployed).get('SCM_DO_BUILD_DURING_DEPLOYMENT'), 'App Service builds dist/ on deploy').toBe('true');
  });

  describe('app settings', () => {
    const settings = appSettings(deployed);
    const REQUIRED = [
      'COSMOS_ENDPOINT',
      'COSMOS_DATABASE',
      'BOT_ID',
      'BOT_PASSWORD',
      'BOT_TENANT_ID',
      'BOT_TYPE',
      'ALLOWED_TENANT_IDS',
      'TZ',
      'APPLICATIONINSIGHTS_CONNECTION_STRING',
      'WEBSITE_NODE_DEFAULT_VERSION',
      'SCM_DO_BUILD_DURING_DEPLOYMENT',
    ];
    /** Read by App Service itself or by a library, not by our code. */
    const NOT_OURS = new Set(['WEBSITE_NODE_DEFAULT_VERSION', 'SCM_DO_BUILD_DURING_DEPLOYMENT', 'APPLICATIONINSIGHTS_CONNECTION_STRING']);
    /** What Azure fills in, for the start-up check below. */
    const AZURE_VALUES: Readonly<Record<string, string>> = {
      [`${cosmosResource.symbol}.properties.documentEndpoint`]: 'https://imptrackab12cd-cosmos.documents.azure.com:443/',
      [`${onlyResource('Microsoft.Insights/components').symbol}.properties.ConnectionString`]:
        'InstrumentationKey=00000000-0000-0000-0000-000000000000;IngestionEndpoint=https://uksouth-1.in.applicationinsights.azure.com/',
    };

    it('sets every variable the app needs in Azure', () => {
      expect(REQUIRED.filter((name) => !settings.has(name))).toEqual([]);
    });

    it('sets only variables something reads (a misspelt name would be silently ignored)', () => {
      const sources = readdirSync(path.join(ROOT, 'src'), { recursive: true, encoding: 'utf8' })
        .filter((file) => file.endsWith('.ts'))
        .map((file) => readFileSync(path.join(ROOT, 'src', file), 'utf8'))
        .join('\n');
      const unread = [...settings.keys()].filter((name) => !NOT_OURS.has(name) && !new RegExp(`\\b${name}\\b`).test(sources));
      expect(unread).toEqual([]);
    });

    it('uses the managed identity for Cosmos DB: no key setting', () => {
      expect(settings.has('COSMOS_KEY')).toBe(false);
    });

    it('takes the bot password from a @secure() parameter', () => {
      const list = exprAt(webAppResource.value, 'properties', 'siteConfig', 'appSettings');
      const entry = list.kind === 'array' ? list.items.find((item) => deployed.evaluate(exprAt(item, 'name')) === 'BOT_PASSWORD') : undefined;
      const value = entry ? exprAt(entry, 'value') : undefined;
      expect(value?.kind, 'BOT_PASSWORD is set straight from a parameter').toBe('ident');
      const passwordParam = value?.kind === 'ident' ? bicep.params.get(value.name) : undefined;
      expect(passwordParam?.name).toBe('botPassword');
      expect(passwordParam?.decorators.map((decorator) => decorator.name)).toContain('secure');
      expect(String(parametersFile.parameters.botPassword?.value)).toMatch(/^\$\{\{SECRET_[A-Z0-9_]+\}\}$/);
    });

    it('are enough for the app to start in production mode: Azure Cosmos DB with its identity, authenticated single-tenant bot, one tenant', () => {
      const env: Record<string, string> = {};
      for (const [name, value] of settings) {
        if (value instanceof Opaque) {
          const known = AZURE_VALUES[value.text];
          if (!known) throw new Error(`app setting ${name} is ${value.text}; add a sample value for it to AZURE_VALUES`);
          env[name] = known;
        } else {
          env[name] = String(value);
        }
      }
      const config = loadConfig(env);
      expect(config.cosmos).toEqual({
        kind: 'azure',
        endpoint: AZURE_VALUES[`${cosmosResource.symbol}.properties.documentEndpoint`],
        key: undefined,
        database: 'improvement-tracker',
      });
      expect(config.bot).toEqual({
        appId: SAMPLE_ENV.BOT_ID,
        password: SAMPLE_ENV.SECRET_BOT_PASSWORD,
        tenantId: SAMPLE_ENV.BOT_TENANT_ID,
        appType: 'SingleTenant',
      });
      expect(config.allowedTenantIds).toEqual([SAMPLE_ENV.BOT_TENANT_ID]);
      expect(config.host).toBe('0.0.0.0');
      expect(config.timeZone).toBe('Europe/London');
    });
  });
});

describe('Azure Bot', () => {
  it('is a single-tenant Azure Bot for the app registration, pointing at the web app', () => {
    const bot = onlyInstance(deployed, 'Microsoft.BotService/botServices');
    expect(at(bot, 'kind')).toBe('azurebot');
    expect(at(bot, 'location')).toBe('global');
    expect(at(bot, 'properties', 'msaAppType')).toBe('SingleTenant');
    expect(at(bot, 'properties', 'msaAppId')).toBe(SAMPLE_ENV.BOT_ID);
    expect(at(bot, 'properties', 'msaAppTenantId')).toBe(SAMPLE_ENV.BOT_TENANT_ID);
    expect(at(bot, 'properties', 'endpoint')).toEqual(new Opaque(`https://\${${webAppResource.symbol}.properties.defaultHostName}/api/messages`));
  });

  it('has the Microsoft Teams channel', () => {
    const channel = onlyInstance(deployed, 'Microsoft.BotService/botServices/channels');
    expect(at(channel, 'parent')).toEqual(new Opaque(onlyResource('Microsoft.BotService/botServices').symbol));
    expect(at(channel, 'name')).toBe('MsTeamsChannel');
    expect(at(channel, 'properties', 'channelName')).toBe('MsTeamsChannel');
  });
});

describe('parameters and outputs', () => {
  it('azure.parameters.json passes only declared parameters, and every parameter without a default', () => {
    const passed = Object.keys(parametersFile.parameters);
    expect(passed.filter((name) => !bicep.params.has(name))).toEqual([]);
    const needed = [...bicep.params.values()].filter((param) => !param.defaultValue).map((param) => param.name);
    expect(needed.filter((name) => !passed.includes(name))).toEqual([]);
  });

  it('outputs what the toolkit writes back for deploy, packaging and operations', () => {
    const outputs = Object.fromEntries([...bicep.outputs.values()].map((output) => [output.name, deployed.evaluate(output.value)]));
    expect(outputs.BOT_DOMAIN).toEqual(new Opaque(`${webAppResource.symbol}.properties.defaultHostName`));
    expect(outputs.BOT_AZURE_APP_SERVICE_RESOURCE_ID).toEqual(new Opaque(`${webAppResource.symbol}.id`));
    expect(outputs.COSMOS_ENDPOINT).toEqual(new Opaque(`${cosmosResource.symbol}.properties.documentEndpoint`));
    expect(outputs.APPLICATIONINSIGHTS_CONNECTION_STRING).toEqual(appSettings(deployed).get('APPLICATIONINSIGHTS_CONNECTION_STRING'));
  });
});

describe('m365agents.yml', () => {
  type Action = { uses: string; with?: Record<string, unknown>; writeToEnvironmentFile?: Record<string, string> };
  const project = YAML.parse(readFileSync(path.join(ROOT, 'm365agents.yml'), 'utf8')) as {
    version: string;
    provision: Action[];
    deploy: Action[];
    publish: Action[];
  };
  const envDev = readFileSync(path.join(ROOT, 'env', '.env.dev'), 'utf8');
  const envDevKeys = new Set([...envDev.matchAll(/^([A-Z0-9_]+)=/gm)].map((match) => match[1] ?? ''));
  const placeholders = (text: string): string[] => [...text.matchAll(/\$\{\{\s*([A-Za-z0-9_]+)\s*\}\}/g)].map((match) => match[1] ?? '');
  /** What each action reads: its own `${{...}}`, and those of the files it renders. */
  const readsOf = (action: Action): string[] => {
    const names = placeholders(JSON.stringify(action.with ?? {}));
    if (action.uses === 'arm/deploy') names.push(...placeholders(readFileSync(path.join(INFRA, 'azure.parameters.json'), 'utf8')));
    const manifestPath = action.with?.manifestPath;
    if (typeof manifestPath === 'string') names.push(...placeholders(readFileSync(path.join(ROOT, manifestPath), 'utf8')));
    return names;
  };

  it('uses the toolkit file format and the real action names', () => {
    expect(project.version).toMatch(/^v1\.\d+$/);
    expect(project.provision.map((action) => action.uses)).toEqual([
      'teamsApp/create',
      'aadApp/create',
      'arm/deploy',
      'teamsApp/validateManifest',
      'teamsApp/zipAppPackage',
      'teamsApp/validateAppPackage',
      'teamsApp/update',
    ]);
    expect(project.deploy.map((action) => action.uses)).toEqual(['cli/runNpmCommand', 'cli/runNpmCommand', 'azureAppService/zipDeploy']);
    expect(project.publish.map((action) => action.uses)).toContain('teamsApp/publishAppPackage');
    const arm = project.provision.find((action) => action.uses === 'arm/deploy');
    expect(arm?.with?.templates).toEqual([expect.objectContaining({ path: './infra/azure.bicep', parameters: './infra/azure.parameters.json' })]);
    const bot = project.provision.find((action) => action.uses === 'aadApp/create');
    expect(bot?.with).toMatchObject({ generateClientSecret: true, signInAudience: 'AzureADMyOrg' });
  });

  it('only reads values an earlier step (or the environment file) provides, and env/.env.dev lists them', () => {
    // Set by the toolkit itself or asked for when empty.
    const known = new Set(['TEAMSFX_ENV', 'APP_NAME_SUFFIX', 'AZURE_SUBSCRIPTION_ID', 'AZURE_RESOURCE_GROUP_NAME', 'RESOURCE_SUFFIX']);
    const produced: string[] = [];
    const problems: string[] = [];
    const run = (stage: string, actions: readonly Action[]): void => {
      for (const action of actions) {
        for (const name of readsOf(action)) if (!known.has(name)) problems.push(`${stage} ${action.uses} reads ${name} before anything writes it`);
        for (const name of Object.values(action.writeToEnvironmentFile ?? {})) {
          known.add(name);
          produced.push(name);
        }
        if (action.uses === 'arm/deploy') {
          for (const output of bicep.outputs.keys()) {
            known.add(output.toUpperCase());
            produced.push(output.toUpperCase());
          }
        }
      }
    };
    run('provision', project.provision);
    run('deploy', project.deploy);
    run('publish', project.publish);
    expect(problems).toEqual([]);
    expect(produced.filter((name) => !name.startsWith('SECRET_') && !envDevKeys.has(name))).toEqual([]);
    // The committed file holds no secret.
    expect([...envDevKeys].filter((name) => name.startsWith('SECRET_'))).toEqual([]);
  });

  it('deploys to the web app the Bicep creates', () => {
    const zipDeploy = project.deploy.find((action) => action.uses === 'azureAppService/zipDeploy');
    expect(zipDeploy?.with?.resourceId).toBe('${{BOT_AZURE_APP_SERVICE_RESOURCE_ID}}');
    expect(bicep.outputs.get('BOT_AZURE_APP_SERVICE_RESOURCE_ID')).toBeDefined();
    const ignore = readFileSync(path.join(ROOT, String(zipDeploy?.with?.ignoreFile)), 'utf8')
      .split('\n')
      .map((line) => line.trim());
    expect(ignore).toContain('node_modules/');
    expect(ignore).toContain('env/');
    expect(
      ignore.some((line) => /^(src|package\.json|package-lock\.json)\/?$/.test(line)),
      'the source App Service builds must go up',
    ).toBe(false);
  });
});
