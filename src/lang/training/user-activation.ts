/**
 * A user-defined activation (f(x) = ..., a lambda) as the core's LayerActivation. Forward and slope
 * come in one vectorised pass over the whole layer-batch: the body compiled to dual numbers
 * (vector-dual.ts), so f′ is exact (automatic differentiation) and no interpreter runs per step;
 * this path is not charged to the step budget (it is work of the training, bounded by its size limits).
 *
 * A body the compiler does not cover falls back to the interpreter: f on the batch as a vector and
 * d(f) (the language's Taylor-jet autodiff) for the slopes, charged to the statement's step budget
 * like any other call. An interrupt met inside it marks the activation `interrupted` and writes NaN,
 * so the step's loss is not finite and the engine stops before any update (train-builtin.ts reports
 * the run as interrupted, not diverged).
 */
import type { LayerActivation } from '../../core/training/layer-activation';
import { derivativeOf, derivativeProblem } from '../calculus/differentiate';
import { LangError, LimitError } from '../syntax/errors';
import type { Span } from '../syntax/span';
import { INTERRUPTED } from '../runtime/step-budget';
import type { CallContext, UserFunction, Value } from '../runtime/values';
import { describeValue, functionLabel, vector } from '../runtime/values';
import { startPass } from './dual-nodes';
import { compileActivation, Unsupported, type CompiledActivation } from './vector-dual';

export interface UserLayerActivation extends LayerActivation {
  /** True once an interrupt (or the step budget's end) was met inside the interpreter fallback. */
  interrupted: boolean;
  /** Why the interpreter fallback stopped when it was not an interrupt (the step budget ran out). */
  stopMessage?: string;
  /** Whether f runs compiled (vectorised dual numbers) or through the interpreter. */
  readonly compiled: boolean;
  /** The span interpreter errors are reported at (the train call running it). */
  span: Span;
}

/** The points an activation is tried on when it is made, so a broken f fails at mlp(...), not mid-training. */
const PROBE = Float64Array.of(-2, -0.5, 0, 0.5, 2);

export function userActivation(fn: UserFunction, context: CallContext, span: Span): UserLayerActivation {
  const name = functionLabel(fn);
  const extra = fn.params.slice(1).find((p) => p.default === undefined && !fn.bound.some(([k]) => k === p.name));
  if (fn.params.length === 0 || extra) {
    const why = fn.params.length === 0 ? 'takes no argument' : `needs ${extra!.name} too`;
    throw new LangError('eval', `mlp: the activation ${name} ${why}; an activation is a function of one number (give other parameters defaults, as in f(x, beta=1.5) = x * sigmoid(beta * x))`, span);
  }
  let compiled: CompiledActivation | undefined;
  try {
    compiled = compileActivation(fn, context);
  } catch (error) {
    // A name the body cannot resolve (or any other error while compiling) is the activation's error, at it.
    if (error instanceof LangError) throw new LangError('eval', `mlp: the activation ${name} fails on a vector of inputs: ${error.message}`, span);
    if (!(error instanceof Unsupported)) throw error;
  }
  const activation = compiled ? compiledActivation(name, compiled, span) : interpretedActivation(name, fn, context, span);
  probe(activation, name, span);
  return activation;
}

function compiledActivation(name: string, c: CompiledActivation, span: Span): UserLayerActivation {
  return {
    name,
    torchExpression: c.root.torch,
    compiled: true,
    interrupted: false,
    span,
    valueAndSlope(pre, post, slope, n) {
      startPass();
      c.input.set(pre, n);
      c.root.run(n);
      const v = c.root.v;
      const d = c.root.d;
      for (let i = 0; i < n; i++) {
        post[i] = v[i];
        slope[i] = d[i];
      }
    },
  };
}

function interpretedActivation(name: string, fn: UserFunction, context: CallContext, span: Span): UserLayerActivation {
  const problem = derivativeProblem(fn, 1);
  if (problem) throw new LangError('eval', `mlp: the activation ${name} cannot be trained: ${problem}`, span);
  const derivative = derivativeOf(fn, 1);
  const self: UserLayerActivation = {
    name,
    compiled: false,
    interrupted: false,
    span,
    valueAndSlope(pre, post, slope, n) {
      if (self.interrupted) {
        post.fill(NaN, 0, n);
        slope.fill(NaN, 0, n);
        return;
      }
      const x = vector(pre.slice(0, n));
      try {
        copyInto(post, context.callFunction(fn, [x], self.span), n, name, self.span);
        copyInto(slope, context.callFunction(derivative, [x], self.span), n, `d(${name})`, self.span);
      } catch (error) {
        if (error !== INTERRUPTED && !(error instanceof LimitError)) throw error;
        if (error instanceof LimitError) self.stopMessage = error.message;
        self.interrupted = true;
        post.fill(NaN, 0, n);
        slope.fill(NaN, 0, n);
      }
    },
  };
  return self;
}

/** A vector of n values (or one number for all) into out. */
function copyInto(out: Float64Array, v: Value, n: number, label: string, span: Span): void {
  if (v.kind === 'number' || v.kind === 'boolean') {
    out.fill(v.kind === 'number' ? v.value : v.value ? 1 : 0, 0, n);
    return;
  }
  if (v.kind === 'vector' && v.items.length === n) {
    out.set(v.items.length === out.length ? v.items : v.items.subarray(0, n));
    return;
  }
  throw new LangError('eval', `the activation ${label} must give one number per input; for a vector of ${n} it gives ${describeValue(v)}`, span);
}

function probe(activation: UserLayerActivation, name: string, span: Span): void {
  const post = new Float64Array(PROBE.length);
  const slope = new Float64Array(PROBE.length);
  try {
    activation.valueAndSlope(PROBE, post, slope, PROBE.length);
  } catch (error) {
    if (error instanceof LangError) throw new LangError('eval', `mlp: the activation ${name} fails on a vector of inputs: ${error.message}`, span);
    throw error;
  }
}
