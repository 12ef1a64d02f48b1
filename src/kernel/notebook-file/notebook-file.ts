/**
 * The `.actnb` notebook file: JSON that diffs well and survives round trips.
 *
 * - Pretty-printed with 2 spaces, known keys in a fixed order, unknown keys after them sorted,
 *   a trailing newline. Arrays holding only numbers, booleans and nulls (chart samples) go on one
 *   line, so a saved chart is a handful of lines instead of thousands.
 * - A cell's source is a single string for callers; in the file it is an array of lines (split on
 *   "\n", newline not included), so a one-line edit is a one-line diff and merges line by line.
 *   A plain string is accepted on read too.
 * - Unknown fields at every level are kept in `unknownFields` and written back.
 * - Errors (JSON syntax or schema) carry a 1-based line and column; schema errors name the path.
 *
 * - Nothing read is changed by a write: what could not be written back unchanged is refused with its
 *   line and column (duplicate keys, numbers a 64-bit float cannot hold exactly, -0, non-canonical
 *   base64, non-string data of a text MIME type, unpaired surrogates in text data, two items of one
 *   MIME type in an output, an empty language); what is kept
 *   may be re-laid out (whitespace, key order, a source string as lines, 1.0 as 1).
 *
 * Pure TypeScript: imports only this folder and src/shared (used by the extension and the CLI).
 */

import { isCanonicalBase64, isJsonMime, isTextMime, isWellFormedText } from './item-data';
import { defineMember, JsonSyntaxError, lineAndColumn, parseJsonWithOffsets, printJson, type ParsedJson } from './json-text';

export { lineAndColumn } from './json-text';

export const NOTEBOOK_FORMAT = 'activation-lab-notebook';
export const NOTEBOOK_FORMAT_VERSION = 1;

export type JsonObject = Record<string, unknown>;

export interface NotebookFile {
  metadata: JsonObject;
  cells: NotebookFileCell[];
  /** Top-level fields this version does not know, kept on a round trip. */
  unknownFields?: JsonObject;
}

export type NotebookCellKind = 'code' | 'markdown';

export interface NotebookFileCell {
  kind: NotebookCellKind;
  /** "activation" for code cells, "markdown" for markdown cells. */
  language: string;
  source: string;
  metadata: JsonObject;
  outputs: NotebookFileOutput[];
  execution?: NotebookFileExecution;
  unknownFields?: JsonObject;
}

export interface NotebookFileOutput {
  items: NotebookFileOutputItem[];
  metadata?: JsonObject;
  unknownFields?: JsonObject;
}

export interface NotebookFileOutputItem {
  mime: string;
  /** A string for text MIME types, any JSON value for JSON MIME types, base64 when `encoding` says so. */
  data: unknown;
  encoding?: 'base64';
  unknownFields?: JsonObject;
}

export interface NotebookFileExecution {
  executionOrder?: number;
  success?: boolean;
  timing?: NotebookFileTiming;
  unknownFields?: JsonObject;
}

export interface NotebookFileTiming {
  startTime: number;
  endTime: number;
  unknownFields?: JsonObject;
}

export interface NotebookFileError {
  message: string;
  /** 1-based. */
  line: number;
  /** 1-based. */
  column: number;
}

export type ParseNotebookResult = { ok: true; notebook: NotebookFile } | { ok: false; error: NotebookFileError };

const TOP_KEYS = ['format', 'version', 'metadata', 'cells'];
const CELL_KEYS = ['kind', 'language', 'source', 'metadata', 'outputs', 'execution'];
const OUTPUT_KEYS = ['items', 'metadata'];
const ITEM_KEYS = ['mime', 'data', 'encoding'];
const EXECUTION_KEYS = ['executionOrder', 'success', 'timing'];
const TIMING_KEYS = ['startTime', 'endTime'];

// ---------------------------------------------------------------------------------------------
// Reading

export function parseNotebookFile(text: string): ParseNotebookResult {
  // A byte-order mark is not part of the JSON, nor a column of line 1: positions are counted without it.
  const body = text.charCodeAt(0) === 0xfeff ? text.slice(1) : text;
  if (body.trim() === '') return { ok: true, notebook: { metadata: {}, cells: [] } };
  let parsed: ParsedJson;
  try {
    parsed = parseJsonWithOffsets(body);
  } catch (e) {
    if (e instanceof JsonSyntaxError) return failAt(body, e.offset, e.message);
    throw e;
  }
  try {
    return { ok: true, notebook: readNotebook(parsed) };
  } catch (e) {
    if (e instanceof SchemaError) return failAt(body, e.offset, `${e.path}: ${e.message}`);
    throw e;
  }
}

function failAt(text: string, offset: number, message: string): ParseNotebookResult {
  const { line, column } = lineAndColumn(text, offset);
  return { ok: false, error: { message, line, column } };
}

class SchemaError extends Error {
  constructor(
    readonly path: string,
    message: string,
    readonly offset: number,
  ) {
    super(message);
  }
}

/** Walks the parsed JSON with the offset of every value, so schema errors point into the file. */
class Reader {
  constructor(
    private readonly parsed: ParsedJson,
    readonly value: unknown,
    readonly path: string,
    readonly offset: number,
  ) {}

  fail(message: string): never {
    throw new SchemaError(this.path || '(file)', message, this.offset);
  }

  child(key: string | number): Reader {
    const members = typeof this.value === 'object' && this.value !== null ? this.parsed.offsets.get(this.value) : undefined;
    const value = (this.value as Record<string | number, unknown>)[key];
    const offset = members?.get(key) ?? this.offset;
    const path = typeof key === 'number' ? `${this.path}[${key}]` : this.path ? `${this.path}.${key}` : key;
    return new Reader(this.parsed, value, path, offset);
  }

  has(key: string): boolean {
    return Object.prototype.hasOwnProperty.call(this.value, key);
  }

  object(): JsonObject {
    if (typeof this.value !== 'object' || this.value === null || Array.isArray(this.value)) this.fail(`must be an object, found ${jsonKind(this.value)}`);
    return this.value as JsonObject;
  }

  array(): unknown[] {
    if (!Array.isArray(this.value)) this.fail(`must be an array, found ${jsonKind(this.value)}`);
    return this.value;
  }

  string(): string {
    if (typeof this.value !== 'string') this.fail(`must be a string, found ${jsonKind(this.value)}`);
    return this.value;
  }

  /** An optional object member: absent means {}. */
  optionalObject(key: string): JsonObject {
    return this.has(key) ? this.child(key).object() : {};
  }

  unknownFields(known: string[]): JsonObject | undefined {
    const rest: JsonObject = {};
    let any = false;
    for (const key of Object.keys(this.object())) {
      if (known.includes(key)) continue;
      defineMember(rest, key, (this.value as JsonObject)[key]);
      any = true;
    }
    return any ? rest : undefined;
  }
}

function jsonKind(value: unknown): string {
  if (value === null) return 'null';
  if (Array.isArray(value)) return 'an array';
  if (typeof value === 'object') return 'an object';
  if (typeof value === 'string') return 'a string';
  return `${typeof value} ${JSON.stringify(value)}`;
}

function readNotebook(parsed: ParsedJson): NotebookFile {
  const root = new Reader(parsed, parsed.value, '', parsed.rootOffset);
  root.object();
  if (root.has('format') && root.child('format').value !== NOTEBOOK_FORMAT) {
    root.child('format').fail(`must be "${NOTEBOOK_FORMAT}", found ${JSON.stringify(root.child('format').value)}`);
  }
  if (root.has('version') && root.child('version').value !== NOTEBOOK_FORMAT_VERSION) {
    root.child('version').fail(`unsupported notebook version ${JSON.stringify(root.child('version').value)} (this version of Activation Lab reads version ${NOTEBOOK_FORMAT_VERSION})`);
  }
  const cellsReader = root.has('cells') ? root.child('cells') : undefined;
  const cells = cellsReader ? cellsReader.array().map((_, i) => readCell(cellsReader.child(i))) : [];
  const notebook: NotebookFile = { metadata: root.optionalObject('metadata'), cells };
  return withUnknown(notebook, root.unknownFields(TOP_KEYS));
}

function readCell(r: Reader): NotebookFileCell {
  r.object();
  const kindReader: Reader = r.child('kind');
  if (!r.has('kind')) r.fail('missing "kind" ("code" or "markdown")');
  if (kindReader.value !== 'code' && kindReader.value !== 'markdown') kindReader.fail(`must be "code" or "markdown", found ${JSON.stringify(kindReader.value)}`);
  const kind = kindReader.value;
  const language = r.has('language') ? r.child('language').string() : kind === 'code' ? 'activation' : 'markdown';
  // The editor has no cell without a language: an empty one would be saved as the default.
  if (language === '') r.child('language').fail('must not be empty (leave "language" out for the default)');
  const source = r.has('source') ? readSource(r.child('source')) : '';
  const outputsReader = r.has('outputs') ? r.child('outputs') : undefined;
  const outputs = outputsReader ? outputsReader.array().map((_, i) => readOutput(outputsReader.child(i))) : [];
  const cell: NotebookFileCell = { kind, language, source, metadata: r.optionalObject('metadata'), outputs };
  if (r.has('execution')) cell.execution = readExecution(r.child('execution'));
  return withUnknown(cell, r.unknownFields(CELL_KEYS));
}

function readSource(r: Reader): string {
  if (typeof r.value === 'string') return r.value;
  const lines = r.array();
  lines.forEach((_, i) => r.child(i).string());
  return (lines as string[]).join('\n');
}

function readOutput(r: Reader): NotebookFileOutput {
  r.object();
  if (!r.has('items')) r.fail('missing "items"');
  const itemsReader = r.child('items');
  const items = itemsReader.array().map((_, i) => readItem(itemsReader.child(i)));
  // VS Code keeps one item per MIME type in an output (the first): a second one would be lost on save.
  items.forEach((item, i) => {
    const first = items.findIndex((other) => other.mime === item.mime);
    if (first !== i) itemsReader.child(i).child('mime').fail(`${JSON.stringify(item.mime)} is already item ${first} of this output: an output holds one item per MIME type`);
  });
  const output: NotebookFileOutput = { items };
  if (r.has('metadata')) output.metadata = r.child('metadata').object();
  return withUnknown(output, r.unknownFields(OUTPUT_KEYS));
}

function readItem(r: Reader): NotebookFileOutputItem {
  r.object();
  if (!r.has('mime')) r.fail('missing "mime"');
  const mime = r.child('mime').string();
  if (!r.has('data')) r.fail('missing "data"');
  const data: Reader = r.child('data');
  const item: NotebookFileOutputItem = { mime, data: data.value };
  if (r.has('encoding')) {
    const enc: Reader = r.child('encoding');
    if (enc.value !== 'base64') enc.fail(`must be "base64", found ${JSON.stringify(enc.value)}`);
    if (typeof item.data !== 'string') data.fail('must be a base64 string when "encoding" is "base64"');
    // Lenient decoding would drop stray characters and rewrite the rest: only the one canonical spelling is kept.
    if (!isCanonicalBase64(item.data)) data.fail('is not canonical base64 (A-Z a-z 0-9 + /, padded with =, no spaces or line breaks): it would not be saved unchanged');
    item.encoding = 'base64';
  } else if (isTextMime(mime) && typeof item.data !== 'string') {
    data.fail(`must be a string for ${mime}, found ${jsonKind(item.data)} (it would be saved as a string)`);
  } else if (!isJsonMime(mime) && typeof item.data === 'string' && !isWellFormedText(item.data)) {
    data.fail('holds an unpaired surrogate (\\ud800-\\udfff) that UTF-8 cannot store: write the data as base64');
  }
  return withUnknown(item, r.unknownFields(ITEM_KEYS));
}

function readExecution(r: Reader): NotebookFileExecution {
  r.object();
  const execution: NotebookFileExecution = {};
  if (r.has('executionOrder')) {
    const order: Reader = r.child('executionOrder');
    if (typeof order.value !== 'number' || !Number.isInteger(order.value)) order.fail(`must be an integer, found ${jsonKind(order.value)}`);
    execution.executionOrder = order.value;
  }
  if (r.has('success')) {
    const success: Reader = r.child('success');
    if (typeof success.value !== 'boolean') success.fail(`must be true or false, found ${jsonKind(success.value)}`);
    execution.success = success.value;
  }
  if (r.has('timing')) {
    const timing: Reader = r.child('timing');
    timing.object();
    const time = (key: string): number => {
      const t: Reader = timing.child(key);
      if (typeof t.value !== 'number') t.fail(`must be a number, found ${jsonKind(t.value)}`);
      return t.value;
    };
    const known: NotebookFileTiming = { startTime: time('startTime'), endTime: time('endTime') };
    execution.timing = withUnknown(known, timing.unknownFields(TIMING_KEYS));
  }
  return withUnknown(execution, r.unknownFields(EXECUTION_KEYS));
}

function withUnknown<T extends { unknownFields?: JsonObject }>(value: T, unknownFields: JsonObject | undefined): T {
  if (unknownFields) value.unknownFields = unknownFields;
  return value;
}

// ---------------------------------------------------------------------------------------------
// Writing

export function serializeNotebookFile(nb: NotebookFile): string {
  const top = ordered([
    ['format', NOTEBOOK_FORMAT],
    ['version', NOTEBOOK_FORMAT_VERSION],
    ['metadata', nb.metadata ?? {}],
    ['cells', nb.cells.map(cellToJson)],
  ], nb.unknownFields);
  return printJson(top, '') + '\n';
}

function cellToJson(cell: NotebookFileCell): Map<string, unknown> {
  return ordered([
    ['kind', cell.kind],
    ['language', cell.language],
    ['source', cell.source === '' ? [] : cell.source.split('\n')],
    ['metadata', cell.metadata ?? {}],
    // Markdown cells have no outputs: leave the empty list out rather than write noise.
    ['outputs', cell.kind === 'markdown' && !cell.outputs?.length ? undefined : (cell.outputs ?? []).map(outputToJson)],
    ['execution', cell.execution === undefined ? undefined : executionToJson(cell.execution)],
  ], cell.unknownFields);
}

function outputToJson(output: NotebookFileOutput): Map<string, unknown> {
  return ordered([
    ['items', output.items.map((item) => ordered([['mime', item.mime], ['data', item.data], ['encoding', item.encoding]], item.unknownFields))],
    ['metadata', output.metadata],
  ], output.unknownFields);
}

function executionToJson(execution: NotebookFileExecution): Map<string, unknown> {
  const timing = execution.timing && ordered([['startTime', execution.timing.startTime], ['endTime', execution.timing.endTime]], execution.timing.unknownFields);
  return ordered([
    ['executionOrder', execution.executionOrder],
    ['success', execution.success],
    ['timing', timing],
  ], execution.unknownFields);
}

/** Known keys in the given order (undefined values left out), then unknown keys sorted. */
function ordered(known: Array<[string, unknown]>, unknownFields: JsonObject | undefined): Map<string, unknown> {
  const map = new Map<string, unknown>();
  const knownNames = new Set(known.map(([k]) => k));
  for (const [key, value] of known) if (value !== undefined) map.set(key, value);
  for (const key of Object.keys(unknownFields ?? {}).sort()) {
    if (!knownNames.has(key)) map.set(key, (unknownFields as JsonObject)[key]);
  }
  return map;
}

