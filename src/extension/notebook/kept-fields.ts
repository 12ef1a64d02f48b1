/**
 * VS Code's notebook model has no place for the `.actnb` fields this version does not know, so the
 * serializer parks them in metadata under reserved keys on open and takes them out again on save:
 * unknown fields survive a round trip through the editor. Pure (no vscode import).
 */
import type { JsonObject } from '../../kernel/notebook-file/notebook-file';

/** Unknown fields of the notebook, a cell or an output. */
export const KEPT_FIELDS_KEY = 'activationLab.keptFields';
/** Unknown fields of a cell's `execution`, in the cell's metadata. */
export const KEPT_EXECUTION_FIELDS_KEY = 'activationLab.keptExecutionFields';
/** Unknown fields of a cell's `execution.timing`, in the cell's metadata. */
export const KEPT_TIMING_FIELDS_KEY = 'activationLab.keptTimingFields';
/** Unknown fields of each item of an output, by index (null where none), in the output's metadata. */
export const KEPT_ITEM_FIELDS_KEY = 'activationLab.keptItemFields';

const RESERVED = [KEPT_FIELDS_KEY, KEPT_EXECUTION_FIELDS_KEY, KEPT_TIMING_FIELDS_KEY, KEPT_ITEM_FIELDS_KEY];

/** A copy of `metadata` with the given extras stored under their reserved keys (absent ones left out). */
export function stashKept(metadata: JsonObject | undefined, kept: Partial<Record<string, unknown>>): JsonObject {
  const out: JsonObject = { ...(metadata ?? {}) };
  for (const [key, value] of Object.entries(kept)) if (value !== undefined) setOwn(out, key, value);
  return out;
}

/** Splits editor metadata back into the file's metadata and the extras parked in it. */
export function unstashKept(metadata: Record<string, unknown> | undefined): {
  metadata: JsonObject;
  fields?: JsonObject;
  executionFields?: JsonObject;
  timingFields?: JsonObject;
  itemFields?: Array<JsonObject | null>;
} {
  const clean: JsonObject = {};
  for (const [key, value] of Object.entries(metadata ?? {})) if (!RESERVED.includes(key)) setOwn(clean, key, value);
  const m = metadata ?? {};
  return {
    metadata: clean,
    fields: asObject(m[KEPT_FIELDS_KEY]),
    executionFields: asObject(m[KEPT_EXECUTION_FIELDS_KEY]),
    timingFields: asObject(m[KEPT_TIMING_FIELDS_KEY]),
    itemFields: Array.isArray(m[KEPT_ITEM_FIELDS_KEY]) ? (m[KEPT_ITEM_FIELDS_KEY] as unknown[]).map((v) => asObject(v) ?? null) : undefined,
  };
}

function asObject(value: unknown): JsonObject | undefined {
  return typeof value === 'object' && value !== null && !Array.isArray(value) && Object.keys(value).length > 0 ? (value as JsonObject) : undefined;
}

/** Like `target[key] = value`, but a "__proto__" key stays an ordinary property. */
function setOwn(target: JsonObject, key: string, value: unknown): void {
  Object.defineProperty(target, key, { value, writable: true, enumerable: true, configurable: true });
}
