/**
 * d(f) and d(f, n): the derivative of a function with respect to its first argument, as a function
 * value that takes the same arguments as f (keywords included): `d(leaky_relu)(-1,
 * negative_slope=0.2)` is 0.2, `d(gelu, 2)(0.5)` is gelu''(0.5), `d(x -> x^3)(2)` is 12.
 *
 * - Built-in activations: the spec's exact rules (derivative, secondDerivative, and their array
 *   kernels for vectors), so kinks follow the activation's conventions; orders above 2 only for tanh
 *   and sigmoid (core/autodiff/activation-jets.ts).
 * - User functions and lambdas: automatic differentiation, not finite differences: the body runs
 *   with Taylor jets (differentiate-body.ts), to any order the functions it calls allow.
 * - Elementary built-ins (exp, log, sin, ...): their jet rules.
 * - d(d(f)) is d(f, 2): orders add up.
 * Given a vector, a derivative function applies to each item.
 *
 * For plot and table: `derivativeOf(fn, order)` gives the derivative function value (callable
 * through CallContext.callFunction with a number or a vector), and `derivativeProblem(fn, order)`
 * says why there is none (to show as a note instead of a curve).
 */
import { activationDerivative, maxActivationOrder } from '../../core/autodiff/activation-jets';
import { DerivativeOrderError } from '../../core/autodiff/derivative-order-error';
import { getElementaryRule } from '../../core/autodiff/elementary-rules';
import { Jet, MAX_JET_ORDER } from '../../core/autodiff/jet';
import { defineBuiltin } from '../builtins/define-builtin';
import { callActivation } from '../runtime/call-activation';
import { JetInterpreter, derivativeInfo, jetOperationSteps, registerDerivative, type JetArgument, type JetValue } from './differentiate-body';
import { LangError, STACK_EXHAUSTED } from '../syntax/errors';
import { numeric } from '../runtime/operators';
import type { Span } from '../syntax/span';
import { nearest } from '../runtime/suggest';
import { bindUserArguments } from '../runtime/user-function';
import type { ActivationFunction, BuiltinFunction, CallArguments, CallContext, Callable, Value } from '../runtime/values';
import { describeValue, functionLabel, num, vector } from '../runtime/values';

/** The `d` built-in. It checks its arguments itself, for messages that show how d is called. */
export const differentiate: BuiltinFunction = defineBuiltin('d', {
  unbound(args: CallArguments): Value {
    const f = args.positional[0];
    if (!f) throw new LangError('eval', 'd expects a function as its first argument, e.g. d(gelu) or d(x -> x^3)', args.span);
    if (f.value.kind !== 'function') throw new LangError('eval', `d expects a function as its first argument, got ${describeValue(f.value)}`, f.span);
    if (args.positional.length > 2) {
      throw new LangError('eval', `d takes a function and an optional order n, as in d(f) or d(f, 2); got ${args.positional.length} arguments`, args.positional[2].span);
    }
    let nArg = args.positional[1];
    for (const kw of args.keywords) {
      if (kw.name !== 'n') {
        const guess = nearest(kw.name, ['n']);
        throw new LangError('eval', `d has no keyword argument '${kw.name}'${guess ? `; did you mean 'n'?` : '.'} It accepts: n`, kw.nameSpan);
      }
      if (nArg) throw new LangError('eval', 'd: argument n is given twice (by position and by keyword)', kw.nameSpan);
      nArg = kw;
    }
    const order = nArg ? orderOf(nArg.value, nArg.span) : 1;
    const info = derivativeInfo(f.value.callable);
    const base = info ? info.base : f.value.callable;
    const total = order + (info ? info.order : 0);
    const problem = derivativeProblem(base, total);
    if (problem) throw new LangError('eval', `${derivativeLabel(base, total)}: ${problem}`, args.span);
    return { kind: 'function', callable: derivativeOf(base, total) };
  },
});

/**
 * Whether fn is `d` itself or a derivative function that d made (d(g), d(g, 2), ...): the registration
 * d keeps of what it made, never the label, so no other function can pass for one by its name.
 */
export function isDerivativeFunction(fn: Callable): boolean {
  return fn === differentiate || derivativeInfo(fn) !== undefined;
}

function orderOf(v: Value, span: Span): number {
  if (v.kind !== 'number' || !Number.isInteger(v.value) || v.value < 1) {
    const got = v.kind === 'number' ? String(v.value) : describeValue(v);
    throw new LangError('eval', `d: the order n must be a positive whole number (1 for f′, 2 for f″), got ${got}`, span);
  }
  if (v.value > MAX_JET_ORDER) throw new LangError('eval', `d: the order n may be at most ${MAX_JET_ORDER}, got ${v.value}`, span);
  return v.value;
}

/** "d(f)", "d(gelu, 2)", "d(x -> x^3)". */
export function derivativeLabel(fn: Callable, order: number): string {
  return order === 1 ? `d(${functionLabel(fn)})` : `d(${functionLabel(fn)}, ${order})`;
}

/** Why fn has no derivative of this order (a sentence fragment), or undefined when it has one. */
export function derivativeProblem(fn: Callable, order: number): string | undefined {
  const info = derivativeInfo(fn);
  if (info) return derivativeProblem(info.base, info.order + order);
  if (order > MAX_JET_ORDER) return `derivatives of order above ${MAX_JET_ORDER} are not available`;
  switch (fn.type) {
    case 'activation': {
      const max = maxActivationOrder(fn.spec);
      return order > max ? new DerivativeOrderError(fn.spec.name, order, max).message : undefined;
    }
    case 'user':
      return fn.params.length === 0 ? `${functionLabel(fn)} takes no arguments, so there is nothing to differentiate` : undefined;
    case 'builtin':
      return getElementaryRule(fn.name) ? undefined : `${fn.name} is not a function of a number with a derivative`;
    case 'vector':
      return `${functionLabel(fn)} is a function of a whole vector; d differentiates functions of one number`;
  }
}

/**
 * The function value d(fn, order) (with d(d(g, j), k) = d(g, j + k)). Throws an Error with
 * derivativeProblem's text when there is no such derivative.
 */
export function derivativeOf(fn: Callable, order = 1): BuiltinFunction {
  const info = derivativeInfo(fn);
  const base = info ? info.base : fn;
  const total = order + (info ? info.order : 0);
  const problem = derivativeProblem(base, total);
  if (problem) throw new Error(`${derivativeLabel(base, total)}: ${problem}`);
  const label = derivativeLabel(base, total);
  const derivative: BuiltinFunction = {
    type: 'builtin',
    name: label,
    signature: `${label}(${argumentNames(base).join(', ')})`,
    call: (args, context) => callDerivative(base, total, label, args, context),
  };
  registerDerivative(derivative, { base, order: total });
  return derivative;
}

/** How the derivative is called: the base's parameters ("x, beta"), keywords of activations included. */
function argumentNames(fn: Callable): string[] {
  if (fn.type === 'user') return fn.params.map((p) => p.name);
  if (fn.type === 'activation') return ['x', ...fn.spec.params.map((p) => `${p.name}=…`)];
  return ['x'];
}

function callDerivative(base: Callable, order: number, label: string, args: CallArguments, context: CallContext): Value {
  if (base.type === 'activation') return callActivationDerivative(base, order, label, args, context);
  // Keywords only: bind them and differentiate the bound function, d(f)(beta=2) = d(f(beta=2)).
  if (args.positional.length === 0 && args.keywords.length > 0 && base.type === 'user') {
    const binding = bindUserArguments(base, args);
    if (binding.kind === 'partial') return { kind: 'function', callable: derivativeOf(binding.fn, order) };
  }
  const x = variableArgument(base, args, label);
  const interpreter = new JetInterpreter(context, order, { label, span: args.span });
  const at = (x0: number): number => {
    const jetArgs = withVariable(args, x.index, { value: Jet.variable(x0, order), span: x.span });
    let result: JetValue;
    try {
      result = interpreter.call(base, jetArgs.positional, jetArgs.keywords, args.span);
    } catch (error) {
      // The JavaScript stack ran out before the depth limit: nothing may be built here; the evaluator
      // reports it once the stack has unwound (Evaluator.execute).
      if (error === STACK_EXHAUSTED || error instanceof RangeError) throw STACK_EXHAUSTED;
      throw interpreter.translate(error);
    }
    if (result instanceof Jet) return result.derivative(order);
    if (typeof numeric(result) === 'number') return 0; // does not depend on x
    throw new LangError('eval', `${label}: ${functionLabel(base)} gives ${describeValue(result)}, not a number; d differentiates functions of one number`, args.span);
  };
  return mapNumbers(x.value, x.span, label, at);
}

/** Where the variable is among the arguments: the first positional one, or the first parameter by keyword. */
function variableArgument(base: Callable, args: CallArguments, label: string): { value: Value; span: Span; index: number | string } {
  if (args.positional.length > 0) return { value: args.positional[0].value, span: args.positional[0].span, index: 0 };
  const first = base.type === 'user' ? base.params[0]?.name : undefined;
  const kw = first === undefined ? undefined : args.keywords.find((k) => k.name === first);
  if (kw) return { value: kw.value, span: kw.span, index: kw.name };
  if (base.type === 'user' && first !== undefined) {
    const p = base.params[0];
    if (p.default !== undefined) return { value: p.default, span: args.span, index: -1 };
  }
  throw new LangError('eval', `${label} takes the point x to differentiate at, e.g. ${label}(0.5); got no arguments`, args.span);
}

/** The call's arguments with the variable replaced by its jet. */
function withVariable(args: CallArguments, index: number | string, jet: JetArgument): { positional: JetArgument[]; keywords: Array<JetArgument & { name: string; nameSpan: Span }> } {
  const positional: JetArgument[] = args.positional.map((a, i) => (i === index ? jet : a));
  const keywords = args.keywords.map((k) => (k.name === index ? { ...k, value: jet.value } : k));
  if (index === -1) positional.unshift(jet); // the first parameter's default
  return { positional, keywords };
}

/** f(x) for a number (or boolean), and item by item for a vector. */
function mapNumbers(x: Value, span: Span, label: string, f: (x0: number) => number): Value {
  if (x.kind === 'number') return num(f(x.value));
  if (x.kind === 'boolean') return num(f(x.value ? 1 : 0));
  if (x.kind === 'vector') return vector(x.items.map(f));
  throw new LangError('eval', `${label}: argument x must be a number or a vector, got ${describeValue(x)}`, span);
}

function callActivationDerivative(fn: ActivationFunction, order: number, label: string, args: CallArguments, context: CallContext): Value {
  let bound = fn;
  if (args.keywords.length > 0) {
    const v = callActivation(fn, { positional: [], keywords: args.keywords, span: args.span });
    if (v.kind === 'function' && v.callable.type === 'activation') bound = v.callable;
  }
  if (args.positional.length === 0) {
    if (args.keywords.length > 0) return { kind: 'function', callable: derivativeOf(bound, order) };
    throw new LangError('eval', `${label} takes 1 positional argument (x), got 0`, args.span);
  }
  if (args.positional.length > 1) {
    const params = fn.spec.params.map((p) => p.name);
    const hint = params.length > 0 ? `; pass ${params.join(', ')} by keyword` : '';
    throw new LangError('eval', `${label} takes 1 positional argument (x), got ${args.positional.length}${hint}`, args.positional[1].span);
  }
  const { spec, params } = bound;
  const x = args.positional[0];
  if (x.value.kind === 'vector' && order <= 2) {
    const out = new Float64Array(x.value.items.length);
    if (order === 1) spec.derivativeInto(x.value.items, out, params);
    else spec.secondDerivativeInto(x.value.items, out, params);
    return vector(out);
  }
  try {
    // Orders above 2 are jets (tanh, sigmoid), point by point: their work counts like d's interpreter's.
    const steps = 1 + jetOperationSteps(order);
    return mapNumbers(x.value, x.span, label, (x0) => {
      context.chargeSteps(steps, args.span);
      return activationDerivative(spec, params, x0, order);
    });
  } catch (error) {
    if (error instanceof DerivativeOrderError) throw new LangError('eval', `${label}: ${error.message}`, args.span);
    throw error;
  }
}
