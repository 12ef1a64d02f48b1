/**
 * What every activation provides. One activation per file, each exporting one ActivationSpec;
 * registry.ts lists them. The shape is meant to grow (second derivatives, more kernels) without
 * changing its callers:
 *
 * - `value` / `derivative` are the scalar rules. The derivative is written out by hand next to the
 *   value (the gradient rule is data on the spec, as in micrograd's or TF.js's op tables), so the
 *   autodiff of the language can use it as the local gradient of a call.
 * - `valueInto` / `derivativeInto` are the array kernels: plain loops over Float64Array or
 *   Float32Array, reading their parameters once, with no allocation and no closure call per element.
 * - `kinks` names the points where the function is not differentiable and which one-sided
 *   convention `derivative` follows there (PyTorch's, so results match autograd).
 */
import type { ActivationDoc } from './activation-doc';
import type { ActivationParams, ParamSpec } from './params';

/** The typed arrays the kernels accept (input and output may differ in type, and may be the same array). */
export type NumericArray = Float64Array | Float32Array;

export interface KinkSpec {
  /** Where the derivative jumps. */
  x: number;
  /** The value `derivative` returns exactly at `x`, and why, e.g. "0, as in PyTorch". */
  convention: string;
}

export interface ActivationSpec {
  /** The canonical name, as written in the language: "leaky_relu". */
  readonly name: string;
  /** Other names that resolve to this spec: "lrelu". */
  readonly aliases: readonly string[];
  readonly doc: ActivationDoc;
  /** Keyword-only parameters, in order: the single positional argument is x. */
  readonly params: readonly ParamSpec[];
  /** Every parameter at its default value. */
  readonly defaults: ActivationParams;
  readonly kinks: readonly KinkSpec[];
  value(x: number, params?: ActivationParams): number;
  derivative(x: number, params?: ActivationParams): number;
  /** out[i] = value(xs[i]) for i < xs.length; out must be at least as long as xs. */
  valueInto(xs: NumericArray, out: NumericArray, params?: ActivationParams): void;
  /** out[i] = derivative(xs[i]). */
  derivativeInto(xs: NumericArray, out: NumericArray, params?: ActivationParams): void;
}
