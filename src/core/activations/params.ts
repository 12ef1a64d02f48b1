/**
 * Keyword parameters of activations: their declarations, and checking a caller's values against
 * them (filling in defaults) once per call, so the kernels read plain fields.
 */
import type { ActivationParamDoc } from './activation-doc';

export type ParamValue = number | string | boolean;
export type ActivationParams = Readonly<Record<string, ParamValue>>;

export interface NumberParamSpec {
  kind: 'number';
  name: string;
  default: number;
  description: string;
  /** Inclusive lower bound, when there is one. */
  min?: number;
  /** Inclusive upper bound, when there is one. */
  max?: number;
  /** Only whole numbers (seeds). */
  integer?: boolean;
  /**
   * Another name for the parameter `aliasOf` (softplus's sharpness `k` for `beta`): giving it sets
   * that parameter; after resolving, both names hold the same value. Give one or the other, not both.
   */
  aliasOf?: string;
}

export interface ChoiceParamSpec {
  kind: 'choice';
  name: string;
  default: string;
  choices: readonly string[];
  description: string;
}

export interface BooleanParamSpec {
  kind: 'boolean';
  name: string;
  default: boolean;
  description: string;
}

export type ParamSpec = NumberParamSpec | ChoiceParamSpec | BooleanParamSpec;

export function defaultParams(specs: readonly ParamSpec[]): ActivationParams {
  const out: Record<string, ParamValue> = {};
  for (const s of specs) out[s.name] = s.default;
  return Object.freeze(out);
}

export function paramDocs(specs: readonly ParamSpec[]): ActivationParamDoc[] {
  return specs.map((s) => ({
    name: s.name,
    default: s.default,
    description: s.kind === 'choice' ? `${s.description} One of ${s.choices.map((c) => `"${c}"`).join(', ')}.` : s.description,
  }));
}

export type ParamCheck = { ok: true; params: ActivationParams } | { ok: false; name: string; problem: string };

/**
 * Merges the given keyword values over the defaults. Reports the first unknown name or bad value;
 * `problem` is a sentence fragment for the caller to put into its own error ("must be a number, got ...").
 */
export function resolveParams(specs: readonly ParamSpec[], given: ReadonlyMap<string, ParamValue>): ParamCheck {
  const out: Record<string, ParamValue> = {};
  for (const s of specs) out[s.name] = s.default;
  for (const [name, value] of given) {
    const spec = specs.find((s) => s.name === name);
    if (!spec) return { ok: false, name, problem: 'unknown' };
    if (spec.kind === 'number') {
      if (typeof value !== 'number') return { ok: false, name, problem: `must be a number, got ${describe(value)}` };
      if (Number.isNaN(value)) return { ok: false, name, problem: 'must be a number, got NaN' };
      if (spec.min !== undefined && value < spec.min) return { ok: false, name, problem: `must be at least ${spec.min}, got ${value}` };
      if (spec.max !== undefined && value > spec.max) return { ok: false, name, problem: `must be at most ${spec.max}, got ${value}` };
      if (spec.integer && !Number.isInteger(value)) return { ok: false, name, problem: `must be a whole number, got ${value}` };
      if (spec.aliasOf !== undefined && given.has(spec.aliasOf)) {
        return { ok: false, name, problem: `is another name for ${spec.aliasOf}: give one of them, not both` };
      }
    } else if (spec.kind === 'boolean') {
      if (typeof value !== 'boolean') return { ok: false, name, problem: `must be true or false, got ${describe(value)}` };
    } else if (typeof value !== 'string' || !spec.choices.includes(value)) {
      return { ok: false, name, problem: `must be one of ${spec.choices.map((c) => `"${c}"`).join(', ')}, got ${describe(value)}` };
    }
    out[name] = value;
  }
  // Aliases mirror their parameter, whichever of the two names was given.
  for (const s of specs) {
    if (s.kind !== 'number' || s.aliasOf === undefined) continue;
    if (given.has(s.name)) out[s.aliasOf] = out[s.name];
    else out[s.name] = out[s.aliasOf];
  }
  return { ok: true, params: Object.freeze(out) };
}

/**
 * `params` with every declared parameter present: undefined gives the defaults, a partial record
 * (a caller passing only `{negative_slope: 0.3}`) is completed from them. Cheap when nothing is missing.
 */
export function completeParams(specs: readonly ParamSpec[], defaults: ActivationParams, params: ActivationParams | undefined): ActivationParams {
  if (params === undefined || params === defaults) return defaults;
  for (const s of specs) {
    if (params[s.name] === undefined) {
      const given = new Map<string, ParamValue>();
      for (const key of Object.keys(params)) if (params[key] !== undefined) given.set(key, params[key]);
      const out: Record<string, ParamValue> = { ...defaults, ...Object.fromEntries(given) };
      for (const a of specs) {
        if (a.kind === 'number' && a.aliasOf !== undefined) {
          if (given.has(a.name)) out[a.aliasOf] = out[a.name];
          else out[a.name] = out[a.aliasOf];
        }
      }
      return out;
    }
  }
  return params;
}

function describe(value: ParamValue): string {
  return typeof value === 'string' ? `"${value}"` : String(value);
}
