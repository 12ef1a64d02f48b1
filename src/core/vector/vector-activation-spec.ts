/**
 * What every vector activation provides: a function from a vector to a vector whose entries depend on
 * several inputs (softmax, log_softmax, softmin, logsumexp, glu, maxout). One per file, each exporting
 * one VectorActivationSpec; registry.ts lists them.
 *
 * Conventions shared by all of them:
 * - Inputs are Float64Array or Float32Array; everything is computed in double precision. `value`
 *   returns a new Float64Array; `valueInto` writes into `out` (either type, at least `outputLength`
 *   long; `out` may be `xs` itself). `vjpInto`'s `gx` must not share memory with `xs` or `gy`.
 * - The derivative is exact (closed forms, no finite differences): `vjpInto` computes the
 *   vector-Jacobian product gx = Jᵀ gy in O(n), `jacobian` the full matrix as rows (row i = the
 *   gradient of output i), which is what `torch.autograd.functional.jacobian` returns.
 * - Parameters are already resolved (`resolveParams` from ../activations/params with `spec.params`);
 *   omitted means `spec.defaults`.
 * - Bad input throws VectorActivationError with a sentence naming the problem; NaN inputs propagate.
 */
import type { ActivationParams, ParamSpec } from '../activations/params';
import type { VectorActivationDoc } from './vector-activation-doc';

/** The typed arrays the vector activations accept. */
export type VectorArray = Float64Array | Float32Array;

export interface VectorActivationSpec {
  /** Which kind of activation this is: a function of the whole vector (an ActivationSpec says 'elementwise'). */
  readonly kind: 'vector';
  /** The canonical name, as written in the language: "log_softmax". */
  readonly name: string;
  /** Other names that resolve to this spec. */
  readonly aliases: readonly string[];
  readonly doc: VectorActivationDoc;
  /** Keyword-only parameters, in order: the single positional argument is the vector. */
  readonly params: readonly ParamSpec[];
  /** Every parameter at its default value. */
  readonly defaults: ActivationParams;
  /**
   * How long the output is for an input of length n. Throws VectorActivationError when the
   * activation cannot take a vector of that length (glu: odd n; maxout: n not a multiple of k).
   */
  outputLength(n: number, params?: ActivationParams): number;
  /** The activation of xs, as a new Float64Array of outputLength(xs.length) entries. */
  value(xs: VectorArray, params?: ActivationParams): Float64Array;
  /** Writes the activation of xs into out[0 .. outputLength(xs.length)). */
  valueInto(xs: VectorArray, out: VectorArray, params?: ActivationParams): void;
  /** gx = Jᵀ gy: the gradient with respect to xs of sum(gy * value(xs)), as a new Float64Array. */
  vjp(xs: VectorArray, gy: VectorArray, params?: ActivationParams): Float64Array;
  /** Writes Jᵀ gy into gx[0 .. xs.length); gy has outputLength(xs.length) entries. */
  vjpInto(xs: VectorArray, gy: VectorArray, gx: VectorArray, params?: ActivationParams): void;
  /** The full Jacobian: outputLength(n) rows of n entries, row i = d value_i / d xs. */
  jacobian(xs: VectorArray, params?: ActivationParams): Float64Array[];
}
