/**
 * The shape of a hand-written baseline: the plain loop a person would write for one activation's
 * formula, straight from the math, to measure the registry's kernels against in the same run.
 * Baselines are written for finite inputs (the bench feeds random numbers in [-6, 6]); they do not
 * repeat the registry's care for ±Infinity, NaN or a non-default kink convention.
 */
export type Floats = Float64Array | Float32Array;
export type BaselineParams = Readonly<Record<string, number | string | boolean>>;
export type BaselineKernel = (xs: Floats, out: Floats, p: BaselineParams) => void;

export interface ElementwiseBaseline {
  /** out[i] = f(xs[i]). */
  value: BaselineKernel;
  /** out[i] = f'(xs[i]), PyTorch's one-sided choice at kinks. */
  derivative: BaselineKernel;
}

/** Reads a numeric parameter once, before the loop. */
export function num(p: BaselineParams, name: string): number {
  const v = p[name];
  if (typeof v !== 'number') throw new Error(`baseline needs the number parameter '${name}', got ${String(v)}`);
  return v;
}
