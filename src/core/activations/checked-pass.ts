/**
 * The "checked pass" used by the cheap kernels: V8 compiles a data-dependent `?:` to a branch (it
 * mispredicts on random signs), and even an always-taken guard such as `x === x ? d : x` costs a
 * third of a memory-bound loop. So a kernel first runs a branch-free loop that is exact for the
 * usual inputs and adds up what it wrote (or read) in `s`; a NaN or an infinity anywhere makes `s`
 * non-finite (a NaN never leaves a sum, an infinity leaves it only as NaN). Only then, rarely, the
 * guarded loop runs again over the whole array and writes the exact values. Finite sums that overflow
 * merely trigger that rerun. The rerun needs the inputs intact, so the fast loop is used only when no
 * output shares memory with the input (`disjoint`); in place, the guarded loop runs directly.
 */
import type { NumericArray } from './activation-spec';

/** True when neither output can overwrite xs (different buffers). */
export function disjoint(xs: NumericArray, out: NumericArray, out2?: NumericArray): boolean {
  return xs.buffer !== out.buffer && (out2 === undefined || xs.buffer !== out2.buffer);
}
