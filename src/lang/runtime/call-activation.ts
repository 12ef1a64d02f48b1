/**
 * Calling activations: `gelu(x, approximate="tanh")` from src/core/activations (elementwise on
 * vectors), and `softmax(v)`, `maxout(v, k=3)` from src/core/vector (functions of a whole vector).
 * A call with keywords only binds them: `leaky_relu(negative_slope=0.1)` is a function.
 */
import { DEFAULT_KINK_CONVENTION } from '../../core/activations/kink';
import type { ActivationParams, ParamSpec, ParamValue } from '../../core/activations/params';
import { resolveParams } from '../../core/activations/params';
import { VectorActivationError } from '../../core/vector/vector-error';
import { LangError } from '../syntax/errors';
import { forChunks, type ElementMeter } from './element-work';
import { nearest } from './suggest';
import type { ActivationFunction, CallArguments, Value, VectorFunction } from './values';
import { describeValue, functionLabel, num, vector } from './values';

/**
 * Merges the call's keywords over those already bound, checked against the parameter specs. The
 * kink convention the function value carries (the session's setting, see Evaluator) applies unless
 * the call or a bound keyword gives `kink`; it is not part of `given`, so labels do not show it.
 */
function resolveKeywords(name: string, specs: readonly ParamSpec[], base: ActivationParams, bound: ReadonlyArray<readonly [string, ParamValue]>, args: CallArguments) {
  const given = new Map<string, ParamValue>(bound);
  const sessionKink = base.kink;
  for (const kw of args.keywords) {
    if (!specs.some((p) => p.name === kw.name)) {
      const accepted = specs.map((p) => p.name);
      const guess = nearest(kw.name, accepted);
      const tail = accepted.length === 0 ? `; ${name} takes no keyword arguments` : `${guess ? `; did you mean '${guess}'?` : '.'} It accepts: ${accepted.join(', ')}`;
      throw new LangError('eval', `${name} has no keyword argument '${kw.name}'${tail}`, kw.nameSpan);
    }
    const v = kw.value;
    if (v.kind !== 'number' && v.kind !== 'string' && v.kind !== 'boolean') {
      throw new LangError('eval', `${name}: ${kw.name} must be a single value, got ${describeValue(v)}`, kw.span);
    }
    given.set(kw.name, v.value);
  }
  let toResolve: ReadonlyMap<string, ParamValue> = given;
  if (sessionKink !== undefined && sessionKink !== DEFAULT_KINK_CONVENTION && !given.has('kink')) toResolve = new Map(given).set('kink', sessionKink);
  const checked = resolveParams(specs, toResolve);
  if (!checked.ok) {
    const kw = args.keywords.find((k) => k.name === checked.name);
    throw new LangError('eval', `${name}: ${checked.name} ${checked.problem}`, kw ? kw.span : args.span);
  }
  return { params: checked.params, given };
}

function positionalCountError(label: string, specs: readonly ParamSpec[], args: CallArguments): LangError {
  if (args.positional.length === 0) return new LangError('eval', `${label} takes 1 positional argument (x), got 0`, args.span);
  const hint = specs.length > 0 ? `; pass ${specs.map((p) => p.name).join(', ')} by keyword, e.g. ${specs[0].name}=${JSON.stringify(specs[0].default)}` : '';
  return new LangError('eval', `${label} takes 1 positional argument (x), got ${args.positional.length}${hint}`, args.positional[1].span);
}

/**
 * On a vector the work is charged to meter a chunk at a time (a random activation, whose noise is
 * one stream over the whole vector, is charged once and computed in one go).
 */
export function callActivation(fn: ActivationFunction, args: CallArguments, meter?: ElementMeter): Value {
  const spec = fn.spec;
  const { params, given } = resolveKeywords(spec.name, spec.params, fn.params, fn.bound, args);
  if (args.positional.length === 0 && args.keywords.length > 0) {
    return { kind: 'function', callable: { type: 'activation', spec, params, bound: [...given.entries()] } };
  }
  if (args.positional.length !== 1) throw positionalCountError(functionLabel(fn), spec.params, args);
  const x = args.positional[0];
  if (x.value.kind === 'number') return num(spec.value(x.value.value, params));
  if (x.value.kind === 'boolean') return num(spec.value(x.value.value ? 1 : 0, params));
  if (x.value.kind === 'vector') {
    const items = x.value.items;
    const out = new Float64Array(items.length);
    if (spec.isRandom(params)) {
      meter?.(items.length);
      spec.valueInto(items, out, params);
    } else {
      forChunks(items.length, meter, (start, end) => spec.valueInto(items.subarray(start, end), out.subarray(start, end), params));
    }
    return vector(out);
  }
  throw new LangError('eval', `${functionLabel(fn)}: argument x must be a number or a vector, got ${describeValue(x.value)}`, x.span);
}

/** A function of the whole vector: its work (a few passes) is charged to meter before it runs. */
export function callVectorActivation(fn: VectorFunction, args: CallArguments, meter?: ElementMeter): Value {
  const spec = fn.spec;
  const { params, given } = resolveKeywords(spec.name, spec.params, fn.params, fn.bound, args);
  if (args.positional.length === 0 && args.keywords.length > 0) {
    return { kind: 'function', callable: { type: 'vector', spec, params, bound: [...given.entries()] } };
  }
  if (args.positional.length !== 1) throw positionalCountError(functionLabel(fn), spec.params, args);
  const x = args.positional[0];
  if (x.value.kind !== 'vector') {
    throw new LangError('eval', `${functionLabel(fn)}: argument x must be a vector (it is a function of the whole vector), got ${describeValue(x.value)}`, x.span);
  }
  meter?.(x.value.items.length);
  try {
    const out = spec.value(x.value.items, params);
    return reducesToNumber(fn) ? num(out[0]) : vector(out);
  } catch (error) {
    if (error instanceof VectorActivationError) throw new LangError('eval', error.message, args.span);
    throw error;
  }
}

/** Whether the activation always gives one output, whatever the input length (logsumexp): its result is a number. */
function reducesToNumber(fn: VectorFunction): boolean {
  try {
    return fn.spec.outputLength(4, fn.params) === 1 && fn.spec.outputLength(6, fn.params) === 1;
  } catch {
    return false;
  }
}
