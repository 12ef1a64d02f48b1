/**
 * Samples a function value and its derivatives at many x at once, for plot, table, compare and
 * describe. Activations use their own kernels (value, derivative and second derivative written by
 * hand). Any other function of one number (a user function, a lambda, exp, ...) is called once on
 * the whole vector of x, and its derivatives come from the language's `d` built-in (forward-mode
 * autodiff, differentiate.ts) when it is registered.
 */
import { isDerivativeFunction } from '../calculus/differentiate';
import { LangError, LimitError } from '../syntax/errors';
import { elementwiseRule } from './math-builtins';
import type { Span } from '../syntax/span';
import { forChunks } from '../runtime/element-work';
import type { ActivationFunction, CallArguments, CallContext, Callable, Value } from '../runtime/values';
import { describeValue, functionLabel, num, vector } from '../runtime/values';

export type DerivativeOrder = 0 | 1 | 2;

/** Functions of one number: activations, elementwise math built-ins, user functions whose other parameters have defaults. */
export function isPlottable(fn: Callable): boolean {
  switch (fn.type) {
    case 'activation':
      return true;
    case 'vector':
      return false;
    case 'builtin':
      return elementwiseRule(fn.name) !== undefined || isDerivativeFunction(fn);
    case 'user':
      return fn.params.length >= 1 && fn.params.slice(1).every((p) => p.default !== undefined);
  }
}

/** Why a derivative cannot be drawn, for the note under a chart. */
export class DerivativeUnavailable {
  constructor(readonly reason: string) {}
}

/** One y per x: the function (order 0) or its derivative of that order. */
export function sampleFunction(fn: Callable, xs: Float64Array, order: DerivativeOrder, context: CallContext, span: Span): Float64Array | DerivativeUnavailable {
  if (fn.type === 'activation') return sampleActivation(fn, xs, order, context);
  if (order === 0) return callOnVector(fn, xs, context, span);
  const derivative = differentiate(fn, context, span);
  if (derivative instanceof DerivativeUnavailable) return derivative;
  try {
    return sampleFunction(derivative, xs, (order - 1) as DerivativeOrder, context, span);
  } catch (error) {
    // d(f) exists as a function but cannot be computed here (x -> mean(x), x -> [x][0], an order
    // beyond what f's parts allow): the display shows f with a note, as for d(relu, 2). A limit
    // (too much work, recursion too deep) or an interrupt still stops the statement.
    if (error instanceof LangError && !(error instanceof LimitError)) return new DerivativeUnavailable(error.message);
    throw error;
  }
}

/**
 * d(f) through the `d` built-in.
 * HOOK(autodiff): until `d` is registered in builtins.ts, functions other than activations are
 * drawn without derivatives and the chart says so (see DerivativeUnavailable).
 */
/**
 * An activation's kernel on the samples, its work charged to the statement a chunk at a time (a
 * random one, whose noise is one stream over all the samples, is charged once and run in one go).
 */
function sampleActivation(fn: ActivationFunction, xs: Float64Array, order: DerivativeOrder, context: CallContext): Float64Array {
  const out = new Float64Array(xs.length);
  const run = (x: Float64Array, y: Float64Array): void => {
    if (order === 0) fn.spec.valueInto(x, y, fn.params);
    else if (order === 1) fn.spec.derivativeInto(x, y, fn.params);
    else fn.spec.secondDerivativeInto(x, y, fn.params);
  };
  if (fn.spec.isRandom(fn.params)) {
    context.chargeElements(xs.length);
    run(xs, out);
  } else {
    forChunks(xs.length, (n) => context.chargeElements(n), (start, end) => run(xs.subarray(start, end), out.subarray(start, end)));
  }
  return out;
}

function differentiate(fn: Callable, context: CallContext, span: Span): Callable | DerivativeUnavailable {
  const d = context.builtin('d');
  if (!d) return new DerivativeUnavailable(`the derivative of ${functionLabel(fn)} is not available yet (d is not built in)`);
  const args: CallArguments = { positional: [{ value: { kind: 'function', callable: fn }, span }], keywords: [], span };
  let result: Value;
  try {
    result = d.call(args, context);
  } catch (error) {
    if (error instanceof LangError) return new DerivativeUnavailable(error.message);
    throw error;
  }
  if (result.kind !== 'function') return new DerivativeUnavailable(`d(${functionLabel(fn)}) is ${describeValue(result)}, not a function`);
  return result.callable;
}

/**
 * Calls fn on the whole vector of x (every operator broadcasts, so most bodies run once); if that
 * fails or does not give one number per x (x -> 1 gives a single number, x -> sum(x) reduces),
 * calls it at each x instead.
 */
function callOnVector(fn: Callable, xs: Float64Array, context: CallContext, span: Span): Float64Array {
  let y: Value | undefined;
  try {
    y = context.callFunction(fn, [vector(xs)], span);
  } catch (error) {
    // A body that only works on numbers (x -> [x, 1][0]): the calls point by point say what is wrong, if anything.
    if (!(error instanceof LangError)) throw error;
  }
  if (y && y.kind === 'vector' && y.items.length === xs.length) return y.items;
  const out = new Float64Array(xs.length);
  for (let i = 0; i < xs.length; i++) {
    const yi = context.callFunction(fn, [num(xs[i])], span);
    if (yi.kind === 'number') out[i] = yi.value;
    else if (yi.kind === 'boolean') out[i] = yi.value ? 1 : 0;
    else throw new LangError('eval', `${functionLabel(fn)} must give a number for each x, but at x = ${xs[i]} it gave ${describeValue(yi)}`, span);
  }
  return out;
}
