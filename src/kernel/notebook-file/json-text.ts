/**
 * JSON text helpers for the notebook file: a parser that remembers where every value starts (so
 * errors can name a line and column; JSON.parse gives no positions), a printer with a stable key
 * order, and offset → line/column. The parser refuses what a round trip would change: a key given
 * twice in one object (JSON.parse keeps the last silently) and a number the printer could not
 * write back (json-number.ts). Pure TypeScript: imports only ./json-number.
 */
import { numberLoss } from './json-number';

type JsonObject = Record<string, unknown>;

/** 1-based line and column of a UTF-16 offset. */
export function lineAndColumn(text: string, offset: number): { line: number; column: number } {
  let line = 1;
  let lineStart = 0;
  const end = Math.min(offset, text.length);
  for (let i = 0; i < end; i++) {
    if (text.charCodeAt(i) === 10) {
      line++;
      lineStart = i + 1;
    }
  }
  return { line, column: end - lineStart + 1 };
}

/**
 * Prints JSON with 2-space indentation: Maps keep their order, plain objects are sorted by key,
 * arrays of numbers/booleans/nulls go on one line. Non-finite numbers become null, as in JSON.stringify.
 */
export function printJson(value: unknown, indent: string): string {
  if (value === null || value === undefined) return 'null';
  if (typeof value === 'number') return Number.isFinite(value) ? JSON.stringify(value) : 'null';
  if (typeof value === 'string' || typeof value === 'boolean') return JSON.stringify(value);
  const inner = indent + '  ';
  if (Array.isArray(value)) {
    if (value.length === 0) return '[]';
    if (value.every((v) => v === null || typeof v === 'number' || typeof v === 'boolean')) {
      return '[' + value.map((v) => printJson(v, inner)).join(', ') + ']';
    }
    return '[\n' + value.map((v) => inner + printJson(v, inner)).join(',\n') + '\n' + indent + ']';
  }
  if (typeof value === 'object') {
    const entries: Array<[string, unknown]> =
      value instanceof Map ? [...(value as Map<string, unknown>).entries()] : Object.keys(value).sort().map((k) => [k, (value as JsonObject)[k]]);
    const shown = entries.filter(([, v]) => v !== undefined && typeof v !== 'function');
    if (shown.length === 0) return '{}';
    return '{\n' + shown.map(([k, v]) => `${inner}${JSON.stringify(k)}: ${printJson(v, inner)}`).join(',\n') + '\n' + indent + '}';
  }
  return 'null';
}

// A small JSON parser that remembers where every value starts.

export class JsonSyntaxError extends Error {
  constructor(
    message: string,
    readonly offset: number,
  ) {
    super(message);
  }
}

export interface ParsedJson {
  value: unknown;
  rootOffset: number;
  /** For each object or array: the offset where each member's value starts. */
  offsets: WeakMap<object, Map<string | number, number>>;
}

export function defineMember(target: JsonObject, key: string, value: unknown): void {
  // defineProperty, so a "__proto__" key is an ordinary own property.
  Object.defineProperty(target, key, { value, writable: true, enumerable: true, configurable: true });
}

const NUMBER = /-?(?:0|[1-9][0-9]*)(?:\.[0-9]+)?(?:[eE][+-]?[0-9]+)?/y;
const ESCAPES = '"\\/bfnrtu';

export function parseJsonWithOffsets(text: string): ParsedJson {
  const offsets = new WeakMap<object, Map<string | number, number>>();
  let i = 0;
  const n = text.length;

  const describe = (at: number): string => (at >= n ? 'end of file' : `${JSON.stringify(text[at])}`);
  const fail = (message: string, at = i): never => {
    throw new JsonSyntaxError(message, at);
  };
  const skipSpace = (): void => {
    while (i < n) {
      const c = text.charCodeAt(i);
      if (c === 32 || c === 9 || c === 10 || c === 13) i++;
      else break;
    }
  };

  const parseString = (): string => {
    const start = i;
    i++;
    for (;;) {
      if (i >= n) fail('unterminated string', start);
      const c = text.charCodeAt(i);
      if (c === 34) break;
      if (c === 10 || c === 13) fail('unterminated string: a string must end on the line it starts (write a line break as \\n)', start);
      if (c < 0x20) fail('control character in a string (write it as an escape such as \\n)');
      if (c === 92) {
        const e = text[i + 1];
        if (e === undefined || !ESCAPES.includes(e)) fail(`invalid escape ${JSON.stringify('\\' + (e ?? ''))} in a string`);
        if (e === 'u' && !/^[0-9a-fA-F]{4}$/.test(text.slice(i + 2, i + 6))) fail('\\u must be followed by 4 hex digits');
        i += e === 'u' ? 6 : 2;
      } else {
        i++;
      }
    }
    i++;
    return JSON.parse(text.slice(start, i)) as string;
  };

  const parseValue = (depth: number): unknown => {
    if (depth > 500) fail('nesting is too deep');
    skipSpace();
    if (i >= n) fail('unexpected end of file, expected a value');
    const c = text[i];
    if (c === '{') return parseObject(depth);
    if (c === '[') return parseArray(depth);
    if (c === '"') return parseString();
    if (c === '-' || (c >= '0' && c <= '9')) {
      NUMBER.lastIndex = i;
      const m = NUMBER.exec(text);
      if (!m) fail('invalid number');
      const loss = numberLoss(m![0]);
      if (loss) fail(loss);
      i += m![0].length;
      return Number(m![0]);
    }
    for (const [word, value] of [['true', true], ['false', false], ['null', null]] as const) {
      if (text.startsWith(word, i)) {
        i += word.length;
        return value;
      }
    }
    return fail(`unexpected ${describe(i)}, expected a value`);
  };

  const parseObject = (depth: number): JsonObject => {
    const obj: JsonObject = {};
    const members = new Map<string | number, number>();
    const keyOffsets = new Map<string, number>();
    offsets.set(obj, members);
    i++;
    skipSpace();
    if (text[i] === '}') {
      i++;
      return obj;
    }
    for (;;) {
      skipSpace();
      if (text[i] !== '"') fail(text[i] === '}' ? "trailing comma before '}'" : `expected a property name in double quotes, found ${describe(i)}`);
      const keyStart = i;
      const key = parseString();
      const first = keyOffsets.get(key);
      if (first !== undefined) {
        const at = lineAndColumn(text, first);
        fail(`duplicate key ${JSON.stringify(key)} (first at line ${at.line}, column ${at.column}): only one can be kept`, keyStart);
      }
      keyOffsets.set(key, keyStart);
      skipSpace();
      if (text[i] !== ':') fail(`expected ':' after property name ${JSON.stringify(key)}, found ${describe(i)}`);
      i++;
      skipSpace();
      members.set(key, i);
      defineMember(obj, key, parseValue(depth + 1));
      skipSpace();
      if (text[i] === ',') {
        i++;
        continue;
      }
      if (text[i] === '}') {
        i++;
        return obj;
      }
      fail(`expected ',' or '}' after a property value, found ${describe(i)}`);
    }
  };

  const parseArray = (depth: number): unknown[] => {
    const arr: unknown[] = [];
    const members = new Map<string | number, number>();
    offsets.set(arr, members);
    i++;
    skipSpace();
    if (text[i] === ']') {
      i++;
      return arr;
    }
    for (;;) {
      skipSpace();
      if (text[i] === ']') fail("trailing comma before ']'");
      members.set(arr.length, i);
      arr.push(parseValue(depth + 1));
      skipSpace();
      if (text[i] === ',') {
        i++;
        continue;
      }
      if (text[i] === ']') {
        i++;
        return arr;
      }
      fail(`expected ',' or ']' after an array element, found ${describe(i)}`);
    }
  };

  skipSpace();
  const rootOffset = i;
  const value = parseValue(0);
  skipSpace();
  if (i < n) fail(`unexpected ${describe(i)} after the end of the JSON value`);
  return { value, rootOffset, offsets };
}
