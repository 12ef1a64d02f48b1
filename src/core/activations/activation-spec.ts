/**
 * What every activation provides. One activation per file, each exporting one ActivationSpec built
 * with `defineActivation` (define-activation.ts); registry.ts lists them.
 *
 * - `value` / `derivative` / `secondDerivative` are the scalar rules, written out by hand next to
 *   the value (the gradient rule is data on the spec, as in micrograd's or TF.js's op tables), so
 *   the autodiff of the language can use them as the local rules of a call.
 * - `valueInto` / `derivativeInto` / `valueAndDerivativeInto` / `secondDerivativeInto` are the
 *   array kernels: plain loops over Float64Array or Float32Array, reading their parameters once,
 *   with no allocation and no closure call per element. `valueAndDerivativeInto` shares the work
 *   (one exp instead of two) and costs less than the two separate passes.
 * - `kinks` names the points where the derivative (or the second derivative) jumps and which
 *   convention `derivative` follows there: PyTorch's by default, so results match autograd; the
 *   keyword `kink` ("pytorch" | "left" | "right" | "mean", see kink.ts) chooses another.
 * - Scalar rules and kernels accept `params` undefined (the defaults) or a partial record (the
 *   missing ones take their defaults); the language passes complete records from `resolveParams`.
 */
import type { ActivationDoc } from './activation-doc';
import type { ActivationParams, ParamSpec } from './params';

export type { KinkConvention } from './kink';

/** The typed arrays the kernels accept (input and output may differ in type, and may be the same array). */
export type NumericArray = Float64Array | Float32Array;

export interface KinkSpec {
  /** Where the derivative jumps, at the default parameters. */
  x: number;
  /** The value `derivative` returns exactly at `x`, and why, e.g. "0, as in PyTorch". */
  convention: string;
}

export interface ActivationSpec {
  /** Which kind of activation this is: element-wise (a VectorActivationSpec says 'vector'). */
  readonly kind: 'elementwise';
  /** The canonical name, as written in the language: "leaky_relu". */
  readonly name: string;
  /** Other names that resolve to this spec: "lrelu". */
  readonly aliases: readonly string[];
  readonly doc: ActivationDoc;
  /** Keyword-only parameters, in order: the single positional argument is x. Includes `kink` where there are kinks. */
  readonly params: readonly ParamSpec[];
  /** Every parameter at its default value. */
  readonly defaults: ActivationParams;
  /** The kinks at the default parameters. */
  readonly kinks: readonly KinkSpec[];
  /** Where the kinks are for these parameters (hardtanh's move with min_val and max_val). */
  kinkPoints(params?: ActivationParams): readonly number[];
  /**
   * True when these parameters make the function random (rrelu with training=true, noisy_relu):
   * then it is deterministic given `seed`, a scalar call uses the first draw of the seeded stream
   * and a kernel gives element i the i-th draw, so value and derivative kernels agree elementwise.
   */
  isRandom(params?: ActivationParams): boolean;
  value(x: number, params?: ActivationParams): number;
  derivative(x: number, params?: ActivationParams): number;
  secondDerivative(x: number, params?: ActivationParams): number;
  /** out[i] = value(xs[i]) for i < xs.length; out must be at least as long as xs. */
  valueInto(xs: NumericArray, out: NumericArray, params?: ActivationParams): void;
  /** out[i] = derivative(xs[i]). */
  derivativeInto(xs: NumericArray, out: NumericArray, params?: ActivationParams): void;
  /** outValue[i] = value(xs[i]) and outDerivative[i] = derivative(xs[i]) in one pass (outValue may be xs). */
  valueAndDerivativeInto(xs: NumericArray, outValue: NumericArray, outDerivative: NumericArray, params?: ActivationParams): void;
  /** out[i] = secondDerivative(xs[i]). */
  secondDerivativeInto(xs: NumericArray, out: NumericArray, params?: ActivationParams): void;
}
