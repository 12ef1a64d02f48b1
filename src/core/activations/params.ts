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
}

export interface ChoiceParamSpec {
  kind: 'choice';
  name: string;
  default: string;
  choices: readonly string[];
  description: string;
}

export type ParamSpec = NumberParamSpec | ChoiceParamSpec;

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
    } else if (typeof value !== 'string' || !spec.choices.includes(value)) {
      return { ok: false, name, problem: `must be one of ${spec.choices.map((c) => `"${c}"`).join(', ')}, got ${describe(value)}` };
    }
    out[name] = value;
  }
  return { ok: true, params: Object.freeze(out) };
}

function describe(value: ParamValue): string {
  return typeof value === 'string' ? `"${value}"` : String(value);
}
