/**
 * Option specifications (name, kind, default, range, doc) and their validation: the registry lists
 * them for completion and docs, and `resolveOptions` checks a call's options against them, filling
 * in defaults. Every error names the option and what it accepts.
 */
import { DatasetError } from './dataset-error';
import { FEATURE_IDS, parseFeatureList } from './features';

export type OptionKind =
  | 'number' // a finite number in [min, max]
  | 'integer' // a whole number in [min, max]
  | 'boolean'
  | 'choice' // one of `choices`
  | 'string'
  | 'char' // a one-character string (a CSV delimiter)
  | 'header' // true, false or "auto"
  | 'column' // a column name or a 1-based column number; null for "the last"
  | 'features' // a list of feature names (or "all")
  | 'function' // a callback (x: number) => number
  | 'matrix' // rows of numbers (checked by the reader)
  | 'labels'; // a list of numbers or strings (checked by the reader)

export interface OptionSpec {
  readonly name: string;
  readonly kind: OptionKind;
  /** The default; `undefined` when the option is required. `null` is a real default ("none"). */
  readonly default?: unknown;
  readonly min?: number;
  readonly max?: number;
  /** Why max is what it is, shown after the range in an error ("the row limit"). */
  readonly maxNote?: string;
  readonly choices?: readonly string[];
  readonly doc: string;
}

export type ResolvedOptions = Readonly<Record<string, unknown>>;

function show(value: unknown): string {
  if (typeof value === 'string') return JSON.stringify(value);
  if (typeof value === 'function') return 'a function';
  if (Array.isArray(value)) return 'a list';
  if (value === null) return 'null';
  if (typeof value === 'object') return 'an object';
  return String(value);
}

function range(spec: OptionSpec): string {
  return `${spec.min} and ${spec.max}${spec.maxNote ? ` (${spec.maxNote})` : ''}`;
}

/** Checks one value against its spec and returns it normalised (features as canonical ids). */
export function checkOption(spec: OptionSpec, value: unknown): unknown {
  const name = spec.name;
  const fail = (what: string) => new DatasetError(`${name} must be ${what}, got ${show(value)}`, name);
  switch (spec.kind) {
    case 'number': {
      if (typeof value !== 'number' || !Number.isFinite(value)) throw fail(`a number between ${range(spec)}`);
      if (value < spec.min! || value > spec.max!) throw fail(`between ${range(spec)}`);
      return value;
    }
    case 'integer': {
      if (typeof value !== 'number' || !Number.isInteger(value)) throw fail(`a whole number between ${range(spec)}`);
      if (value < spec.min! || value > spec.max!) throw fail(`between ${range(spec)}`);
      return value;
    }
    case 'boolean':
      if (typeof value !== 'boolean') throw fail('true or false');
      return value;
    case 'choice':
      if (typeof value !== 'string' || !spec.choices!.includes(value)) {
        throw fail(`one of ${spec.choices!.map((c) => JSON.stringify(c)).join(', ')}`);
      }
      return value;
    case 'string':
      if (typeof value !== 'string') throw fail('a string');
      return value;
    case 'char':
      if (typeof value !== 'string' || value.length !== 1 || value === '"' || value === '\n' || value === '\r') {
        throw fail('a single character other than a quote or a line break');
      }
      return value;
    case 'header':
      if (value !== true && value !== false && value !== 'auto') throw fail('true, false or "auto"');
      return value;
    case 'column':
      if (value === null) return null;
      if (typeof value === 'string' && value.length > 0) return value;
      if (typeof value === 'number' && Number.isInteger(value) && value >= 1) return value;
      throw fail('a column name or a column number (1 for the first)');
    case 'features': {
      if (value === null) return null;
      const list = typeof value === 'string' ? [value] : value;
      if (!Array.isArray(list) || list.length === 0 || !list.every((v) => typeof v === 'string')) {
        throw fail(`a non-empty list of feature names (${FEATURE_IDS.join(', ')}) or "all"`);
      }
      return parseFeatureList(list as string[], name);
    }
    case 'function':
      if (typeof value !== 'function') throw fail('a function of one number');
      return value;
    case 'matrix':
    case 'labels':
      if (!Array.isArray(value) && !ArrayBuffer.isView(value)) throw fail('a list');
      return value;
  }
}

/**
 * Checks `given` against `specs` for the named generator: unknown names and missing required
 * options are errors; absent options take their defaults. Keys whose value is `undefined` count as absent.
 */
export function resolveOptions(generator: string, specs: readonly OptionSpec[], given: Readonly<Record<string, unknown>>): ResolvedOptions {
  const byName = new Map(specs.map((s) => [s.name, s]));
  for (const key of Object.keys(given)) {
    if (!byName.has(key) && given[key] !== undefined) {
      throw new DatasetError(
        `dataset "${generator}" has no option "${key}"; its options are ${specs.map((s) => s.name).join(', ')}`,
        key,
      );
    }
  }
  const out: Record<string, unknown> = {};
  for (const spec of specs) {
    const value = given[spec.name];
    if (value === undefined) {
      if (spec.default === undefined) {
        throw new DatasetError(`dataset "${generator}" needs the option ${spec.name} (${spec.doc})`, spec.name);
      }
      out[spec.name] = spec.default;
    } else {
      out[spec.name] = checkOption(spec, value);
    }
  }
  return out;
}
