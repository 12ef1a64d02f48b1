/**
 * VS Code's notebook model has no place for the `.actnb` fields this version does not know (nor for
 * how an output item was written), so the serializer parks them in metadata under reserved keys (the
 * slots) on open and takes them out again on save: they survive a round trip through the editor.
 *
 * The user's own metadata keys are kept whatever they are called: a key starting with
 * "activationLab.kept" (a slot's name, or anything that could be one) is stored with the prefix
 * "activationLab.kept~" in front and loses it again on save, so a user key never lands in a slot
 * and a slot never swallows a user key. Pure (no vscode import).
 */
import type { JsonObject } from '../../kernel/notebook-file/notebook-file';

/** Unknown fields of the notebook, a cell or an output. */
export const KEPT_FIELDS_KEY = 'activationLab.keptFields';
/** Unknown fields of a cell's `execution` ({} when it has none: the execution was in the file), in the cell's metadata. */
export const KEPT_EXECUTION_FIELDS_KEY = 'activationLab.keptExecutionFields';
/** Unknown fields of a cell's `execution.timing`, in the cell's metadata. */
export const KEPT_TIMING_FIELDS_KEY = 'activationLab.keptTimingFields';
/** Unknown fields of each item of an output, by index (null where none), in the output's metadata. */
export const KEPT_ITEM_FIELDS_KEY = 'activationLab.keptItemFields';
/** How each item of an output was written where that is not how a save would write it ("base64", "text", "json"; null elsewhere). */
export const KEPT_ITEM_FORMS_KEY = 'activationLab.keptItemForms';
/** true when the output had a `metadata` member in the file, even an empty one. */
export const KEPT_METADATA_PRESENT_KEY = 'activationLab.keptMetadataPresent';

const RESERVED_PREFIX = 'activationLab.kept';
const ESCAPE_PREFIX = 'activationLab.kept~';
const SLOTS = [KEPT_FIELDS_KEY, KEPT_EXECUTION_FIELDS_KEY, KEPT_TIMING_FIELDS_KEY, KEPT_ITEM_FIELDS_KEY, KEPT_ITEM_FORMS_KEY, KEPT_METADATA_PRESENT_KEY];

export type ItemForm = 'base64' | 'text' | 'json';

/** The key a user's metadata key is stored under in the editor's metadata. */
export function editorKey(userKey: string): string {
  return userKey.startsWith(RESERVED_PREFIX) ? ESCAPE_PREFIX + userKey : userKey;
}

/** A copy of `metadata` (keys escaped) with the given extras stored in their slots (absent ones left out). */
export function stashKept(metadata: JsonObject | undefined, kept: Partial<Record<string, unknown>>): JsonObject {
  const out: JsonObject = {};
  for (const [key, value] of Object.entries(metadata ?? {})) setOwn(out, editorKey(key), value);
  for (const [key, value] of Object.entries(kept)) if (value !== undefined) setOwn(out, key, value);
  return out;
}

export interface Unstashed {
  metadata: JsonObject;
  fields?: JsonObject;
  /** Present (maybe {}) when the file had an `execution`. */
  executionFields?: JsonObject;
  timingFields?: JsonObject;
  itemFields?: Array<JsonObject | null>;
  itemForms?: Array<ItemForm | null>;
  metadataPresent?: boolean;
}

/** Splits editor metadata back into the file's metadata (keys unescaped) and the extras parked in it. */
export function unstashKept(metadata: Record<string, unknown> | undefined): Unstashed {
  const clean: JsonObject = {};
  const m = metadata ?? {};
  for (const [key, value] of Object.entries(m)) {
    if (key.startsWith(ESCAPE_PREFIX)) setOwn(clean, key.slice(ESCAPE_PREFIX.length), value);
    else if (!SLOTS.includes(key)) setOwn(clean, key, value);
  }
  const forms = m[KEPT_ITEM_FORMS_KEY];
  return {
    metadata: clean,
    fields: nonEmptyObject(m[KEPT_FIELDS_KEY]),
    executionFields: isObject(m[KEPT_EXECUTION_FIELDS_KEY]) ? (m[KEPT_EXECUTION_FIELDS_KEY] as JsonObject) : undefined,
    timingFields: nonEmptyObject(m[KEPT_TIMING_FIELDS_KEY]),
    itemFields: Array.isArray(m[KEPT_ITEM_FIELDS_KEY]) ? (m[KEPT_ITEM_FIELDS_KEY] as unknown[]).map((v) => nonEmptyObject(v) ?? null) : undefined,
    itemForms: Array.isArray(forms) ? forms.map((f) => (f === 'base64' || f === 'text' || f === 'json' ? f : null)) : undefined,
    metadataPresent: m[KEPT_METADATA_PRESENT_KEY] === true ? true : undefined,
  };
}

function isObject(value: unknown): boolean {
  return typeof value === 'object' && value !== null && !Array.isArray(value);
}

function nonEmptyObject(value: unknown): JsonObject | undefined {
  return isObject(value) && Object.keys(value as object).length > 0 ? (value as JsonObject) : undefined;
}

/** Like `target[key] = value`, but a "__proto__" key stays an ordinary property. */
function setOwn(target: JsonObject, key: string, value: unknown): void {
  Object.defineProperty(target, key, { value, writable: true, enumerable: true, configurable: true });
}
