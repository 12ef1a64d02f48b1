/**
 * The shape of a hand-written baseline: the plain loop a person would write for one activation's
 * formula, to measure the registry's kernels against in the same run. `value`/`derivative` are the
 * same formula and semantics as the registry's rule, bit for bit (same-formula-*.ts); `textbook`
 * holds the textbook loop (exponential-, hard-, rectifier-, sigmoid-baselines.ts: finite inputs,
 * PyTorch's kink conventions, no care for NaN or ±Infinity), timed only as an informational column.
 */
export type Floats = Float64Array | Float32Array;
export type BaselineParams = Readonly<Record<string, number | string | boolean>>;
export type BaselineKernel = (xs: Floats, out: Floats, p: BaselineParams) => void;

export interface ElementwiseBaseline {
  /** out[i] = f(xs[i]). */
  value: BaselineKernel;
  /** out[i] = f'(xs[i]), PyTorch's one-sided choice at kinks. */
  derivative: BaselineKernel;
  /**
   * True when value and derivative are the registry's formula and semantics, bit for bit on every
   * input (NaN, ±Infinity, -0 included); test/bench/baselines.test.ts holds them to Object.is.
   * Otherwise the baseline is the textbook formula for finite inputs (checked to 1e-12).
   */
  exact?: boolean;
  /**
   * The textbook loop for the same activation when `value`/`derivative` are an accurate or
   * NaN-propagating form: timed as an informational column ("textbook formula, not the same
   * results"), no PASS/MISS on it.
   */
  textbook?: { value: BaselineKernel; derivative: BaselineKernel };
}

/** Reads a numeric parameter once, before the loop. */
export function num(p: BaselineParams, name: string): number {
  const v = p[name];
  if (typeof v !== 'number') throw new Error(`baseline needs the number parameter '${name}', got ${String(v)}`);
  return v;
}
