/**
 * Which implementation runs the dense kernels: 'wasm' (WebAssembly SIMD, f64x2, the default where
 * `WebAssembly.validate` accepts the module) or 'js' (the plain loops of dense-kernels.ts, also the
 * fallback). Both give bit-identical results: every output is summed over the same index in the
 * same increasing order, each product and sum rounded once (no FMA), and tanh is the same sequence
 * of operations in both (tanh-kernel.ts), so switching never changes a number. The switch is a
 * module flag (no environment): tests and the bench compare the two.
 */
import { denseForward, denseInputGradient, denseWeightGradient } from './dense-kernels';
import { reluValueAndSlope } from './relu-kernel';
import { tanhValueAndSlope } from './tanh-kernel';

/** The three dense kernels, with the signatures of dense-kernels.ts, the tanh and relu layers of tanh-kernel.ts and relu-kernel.ts, and an elementwise product. */
export interface DenseKernels {
  forward(X: Float64Array, W: Float64Array, b: Float64Array, Z: Float64Array, n: number, inputs: number, rows: number, wOff: number, bOff: number): void;
  weightGradient(X: Float64Array, dZ: Float64Array, G: Float64Array, n: number, inputs: number, rows: number, wOff: number, bOff: number): void;
  inputGradient(dZ: Float64Array, W: Float64Array, dX: Float64Array, n: number, inputs: number, rows: number, wOff: number): void;
  tanhValueAndSlope(pre: Float64Array, post: Float64Array, slope: Float64Array, n: number): void;
  reluValueAndSlope(pre: Float64Array, post: Float64Array, slope: Float64Array, n: number): void;
  /** out[i] = a[i] * b[i] for i < n (the backward pass's gradPre = gradPost * slope). */
  multiply(a: Float64Array, b: Float64Array, out: Float64Array, n: number): void;
}

export const JS_DENSE_KERNELS: DenseKernels = {
  forward: denseForward,
  weightGradient: denseWeightGradient,
  inputGradient: denseInputGradient,
  tanhValueAndSlope,
  reluValueAndSlope,
  multiply: multiplyElementwise,
};

export type DenseBackend = 'js' | 'wasm';

/** out[i] = a[i] * b[i] for i < n. */
export function multiplyElementwise(a: Float64Array, b: Float64Array, out: Float64Array, n: number): void {
  for (let i = 0; i < n; i++) out[i] = a[i] * b[i];
}

let requested: DenseBackend = 'wasm';

/** Selects the backend for runs started from now on ('wasm' still falls back to 'js' where unsupported). */
export function setDenseBackend(backend: DenseBackend): void {
  if (backend !== 'js' && backend !== 'wasm') throw new Error(`dense backend: got '${String(backend)}'; accepted: js, wasm`);
  requested = backend;
}

/** The backend requested by setDenseBackend (default 'wasm'). */
export function requestedDenseBackend(): DenseBackend {
  return requested;
}
