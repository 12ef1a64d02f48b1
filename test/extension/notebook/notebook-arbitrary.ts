/**
 * fast-check generators of `.actnb` notebooks for the round-trip property: unknown fields at every
 * level, metadata keys named like the serializer's slots, odd (but keepable) numbers, unicode
 * (unpaired surrogates where JSON escapes them, RTL marks, NUL, CR), every output form and MIME kind.
 */
import fc from 'fast-check';
import type { JsonObject, NotebookFile, NotebookFileCell, NotebookFileExecution, NotebookFileOutput, NotebookFileOutputItem } from '../../../src/kernel/notebook-file/notebook-file';
import { isJsonMime, isTextMime, isWellFormedText } from '../../../src/kernel/notebook-file/item-data';
import { KEPT_EXECUTION_FIELDS_KEY, KEPT_FIELDS_KEY, KEPT_ITEM_FIELDS_KEY, KEPT_ITEM_FORMS_KEY, KEPT_METADATA_PRESENT_KEY, KEPT_TIMING_FIELDS_KEY } from '../../../src/extension/notebook/kept-fields';

const SLOT_NAMES = [KEPT_FIELDS_KEY, KEPT_EXECUTION_FIELDS_KEY, KEPT_TIMING_FIELDS_KEY, KEPT_ITEM_FIELDS_KEY, KEPT_ITEM_FORMS_KEY, KEPT_METADATA_PRESENT_KEY];
const NASTY_STRINGS = ['', ' ', '\0', '\r', '\r\n', '\n\n', '\u202e', '\u200f', '\ufeff', '\ud800', '\udfff', '😀', '`', '```', '<img src=x onerror=alert(1)>', '\\', '"', '\u2028', 'é', 'e\u0301'];
const NASTY_KEYS = [...SLOT_NAMES, 'activationLab.kept', 'activationLab.kept~', `activationLab.kept~${KEPT_FIELDS_KEY}`, '__proto__', 'constructor', 'toString', '0', '10', '1e3', '', 'format', 'version', 'cells', 'metadata', 'kind', 'source', 'outputs', 'items', 'mime', 'data', 'encoding', 'execution'];
const ODD_NUMBERS = [0, 1, -1, 0.1, 0.30000000000000004, 1e21, 1e-7, 2 ** 53, -(2 ** 53), 2 ** 53 + 2, Number.MAX_VALUE, Number.MIN_VALUE, -Number.MAX_VALUE, 123456789012345680000, 1.5e300, 5e-324];

export const anyString: fc.Arbitrary<string> = fc.oneof(fc.string({ unit: 'binary', maxLength: 12 }), fc.constantFrom(...NASTY_STRINGS), fc.string({ maxLength: 6 }));
const wellFormedString = anyString.filter(isWellFormedText);
const key: fc.Arbitrary<string> = fc.oneof(fc.constantFrom(...NASTY_KEYS), anyString);

/** Numbers the file can keep: finite, not -0 (json-number.ts). */
export const keepableNumber: fc.Arbitrary<number> = fc.oneof(
  fc.constantFrom(...ODD_NUMBERS),
  fc.integer(),
  fc.double({ noNaN: true, noDefaultInfinity: true }).filter((v) => !Object.is(v, -0)),
);

function object<T>(value: fc.Arbitrary<T>, keys: fc.Arbitrary<string> = key, maxKeys = 4): fc.Arbitrary<JsonObject> {
  return fc.array(fc.tuple(keys, value), { maxLength: maxKeys }).map((entries) => {
    const out: JsonObject = {};
    for (const [k, v] of entries) Object.defineProperty(out, k, { value: v, writable: true, enumerable: true, configurable: true });
    return out;
  });
}

export const jsonValue: fc.Arbitrary<unknown> = fc.letrec<{ value: unknown }>((tie) => ({
  value: fc.oneof(
    { depthSize: 'small' },
    fc.constant(null),
    fc.boolean(),
    keepableNumber,
    anyString,
    fc.array(tie('value'), { maxLength: 4 }),
    object(tie('value')),
  ),
})).value;

const jsonObject = object(jsonValue);

/** Unknown fields of a level: keys that are not the level's own. */
function unknownFields(known: readonly string[]): fc.Arbitrary<JsonObject | undefined> {
  const objectOrNone = object(jsonValue, key.filter((k) => !known.includes(k)), 3).map((o) => (Object.keys(o).length ? o : undefined));
  return fc.option(objectOrNone, { nil: undefined }).map((o) => o ?? undefined);
}

const MIMES = [
  'text/plain', 'text/markdown', 'text/html', 'application/json', 'application/vnd.activation-lab.chart+json', 'application/vnd.activation-lab.value+json',
  'application/vnd.code.notebook.error', 'application/vnd.code.notebook.stdout', 'application/vnd.code.notebook.stderr', 'image/png', 'image/svg+xml', 'application/x-thing',
];

const base64 = fc.uint8Array({ maxLength: 12 }).map((b) => Buffer.from(b).toString('base64'));

const item: fc.Arbitrary<NotebookFileOutputItem> = fc
  .tuple(fc.constantFrom(...MIMES), fc.nat(2), base64, wellFormedString, jsonValue, unknownFields(['mime', 'data', 'encoding']))
  .map(([mime, pick, b64, text, json, extra]) => {
    let result: NotebookFileOutputItem;
    if (pick === 0) result = { mime, data: b64, encoding: 'base64' };
    else if (isJsonMime(mime)) result = { mime, data: json };
    else if (isTextMime(mime) || pick === 1) result = { mime, data: text };
    else result = { mime, data: typeof json === 'string' ? [json] : json };
    if (extra) result.unknownFields = extra;
    return result;
  });

const output: fc.Arbitrary<NotebookFileOutput> = fc
  .tuple(fc.uniqueArray(item, { maxLength: 3, selector: (i) => i.mime }), fc.option(jsonObject, { nil: undefined }), unknownFields(['items', 'metadata']))
  .map(([items, metadata, extra]) => {
    const out: NotebookFileOutput = { items };
    if (metadata) out.metadata = metadata;
    if (extra) out.unknownFields = extra;
    return out;
  });

const execution: fc.Arbitrary<NotebookFileExecution> = fc
  .record(
    {
      executionOrder: fc.integer({ min: -5, max: 1_000_000 }),
      success: fc.boolean(),
      timing: fc.record({ startTime: keepableNumber, endTime: keepableNumber }),
      timingExtra: unknownFields(['startTime', 'endTime']),
      unknownFields: unknownFields(['executionOrder', 'success', 'timing']),
    },
    { requiredKeys: [] },
  )
  .map(({ executionOrder, success, timing, timingExtra, unknownFields: extra }) => {
    const e: NotebookFileExecution = {};
    if (executionOrder !== undefined) e.executionOrder = executionOrder;
    if (success !== undefined) e.success = success;
    if (timing) e.timing = timingExtra ? { ...timing, unknownFields: timingExtra } : timing;
    if (extra) e.unknownFields = extra;
    return e;
  });

const cell: fc.Arbitrary<NotebookFileCell> = fc
  .tuple(
    fc.boolean(),
    fc.constantFrom('activation', 'python', 'plaintext'),
    anyString,
    fc.array(anyString, { maxLength: 3 }),
    jsonObject,
    fc.array(output, { maxLength: 2 }),
    fc.option(execution, { nil: undefined }),
    unknownFields(['kind', 'language', 'source', 'metadata', 'outputs', 'execution']),
  )
  .map(([code, language, first, lines, metadata, outputs, exec, extra]) => {
    const c: NotebookFileCell = { kind: code ? 'code' : 'markdown', language: code ? language : 'markdown', source: [first, ...lines].join('\n'), metadata, outputs: code ? outputs : [] };
    if (code && exec) c.execution = exec;
    if (extra) c.unknownFields = extra;
    return c;
  });

export const notebook: fc.Arbitrary<NotebookFile> = fc
  .tuple(jsonObject, fc.array(cell, { maxLength: 4 }), unknownFields(['format', 'version', 'metadata', 'cells']))
  .map(([metadata, cells, extra]) => {
    const nb: NotebookFile = { metadata, cells };
    if (extra) nb.unknownFields = extra;
    return nb;
  });
