/**
 * tanh of a whole layer-batch and its slope 1 - tanh², written so that WebAssembly SIMD computes it
 * two lanes at a time with exactly the same roundings (`tanh_slope` in wasm/dense-simd.wat, which
 * scripts/generate-dense-wasm.js builds from this file's constants): this loop is the plain-JS twin,
 * the two are bit-identical (tested), so the backend never changes a number. Per element:
 *
 *   y = min(2|x|, 40)                       tanh(x) rounds to ±1 for |x| > 19.06
 *   k = round(y / ln 2) from |x| = ln(5/3)/2 up, else 0 (no reconstruction error where tanh is small)
 *   r = (y - k ln2_hi) - k ln2_lo           ln2_hi has 32 trailing zero bits: k ln2_hi is exact
 *   e = expm1(r) = r + r² P(r)              P: Taylor coefficients 1/2! .. 1/15! (Estrin); |r| <= 0.511
 *   t = expm1(y) = 2^k e + (2^k - 1)        2^k e and 2^k - 1 exact: one rounding (none for k = 0)
 *   tanh|x| = t / (t + 2)                   |x| < ln(3)/2: t in [0, 2), the rounding of t damped by 2/(t+2)
 *           = 1 - 2 / (t + 2)               above:         the rounding of t barely matters
 *   then the sign of x (tanh(-0) = -0); x itself below 2^-27 (tanh rounds to x); NaN stays NaN.
 * (musl's tanh also takes -t / (t + 2) with t = expm1(-2|x|) below ln(5/3)/2: measured here, that
 * costs two selects per lane and is not more accurate: worst 1.97 against 1.83 ulp.)
 *
 * Each range is a select, not a branch, so both backends run every lane the same way. Against exact
 * values (mpmath, 4,281 points): worst 1.83 ulp (Math.tanh, V8's fdlibm port: 1.97), mean 0.30 ulp
 * (Math.tanh 0.34); test/core/training/tanh-kernel.test.ts. In the wasm backend about 4x faster than
 * Math.tanh (6.5 against 25-30 ns per element), which was half of a full-batch tanh training step.
 */

/** 1.5 * 2^52: adding and subtracting it rounds a double in [0, 2^51) to the nearest integer (ties to even). */
export const ROUND_SHIFT = 6755399441055744;
/** 1 / ln 2. */
export const INV_LN2 = 1.4426950408889634;
/** ln 2 = LN2_HI + LN2_LO; LN2_HI has 32 trailing zero bits, so k * LN2_HI is exact for the k here. */
export const LN2_HI = 6.93147180369123816490e-01;
export const LN2_LO = 1.90821492927058770002e-10;
/** Below 2^-27, tanh(x) = x - x³/3 + ... rounds to x (|x³/3| < half an ulp of x). */
export const TINY = 2 ** -27;
/** 2|x| is clamped here: tanh(x) rounds to ±1 for |x| > 19.06. */
export const Y_MAX = 40;

/** The highest power of the expm1 series (its remainder is below 2.1e-18 relative for |r| <= 0.511). */
export const SERIES_DEGREE = 15;
/** P's coefficients, highest first: 1/15!, ..., 1/2! (each n! is exact in a double, so each is rounded once). */
export const EXPM1_COEFFICIENTS: readonly number[] = (() => {
  const c: number[] = [];
  for (let n = SERIES_DEGREE; n >= 2; n--) {
    let f = 1;
    for (let i = 2; i <= n; i++) f *= i;
    c.push(1 / f);
  }
  return c;
})();

/** From ln(5/3)/2 (tanh = 1/4) up, 2|x| is range-reduced by ln 2 (below, |r| = 2|x| < 0.511). */
export const SMALL = 0.25541281188299536;
/** From ln(3)/2 (tanh = 1/2) up tanh|x| = 1 - 2 / (t + 2), below t / (t + 2), t = expm1(2|x|). */
export const LARGE = 0.5493061443340548;
/** POW2[k] = 2^k for k = 0 .. 63 (k = 0 and 2 .. 58 occur). */
const POW2 = (() => {
  const p = new Float64Array(64);
  for (let k = 0; k < 64; k++) p[k] = 2 ** k;
  return p;
})();

const [C15, C14, C13, C12, C11, C10, C9, C8, C7, C6, C5, C4, C3, C2] = EXPM1_COEFFICIENTS;

/** post[i] = tanh(pre[i]), slope[i] = 1 - post[i]² for i < n (the arrays may be longer). */
export function tanhValueAndSlope(pre: Float64Array, post: Float64Array, slope: Float64Array, n: number): void {
  for (let i = 0; i < n; i++) {
    const x = pre[i];
    const a = Math.abs(x);
    const reduced = a >= SMALL; // false for NaN
    const large = a >= LARGE;
    const y = Math.min(a + a, Y_MAX);
    const k = reduced ? (y * INV_LN2 + ROUND_SHIFT) - ROUND_SHIFT : 0;
    const r = (y - k * LN2_HI) - k * LN2_LO;
    // P(r) = C2 + C3 r + ... + C15 r^13 by Estrin's scheme: short dependency chains, so the SIMD
    // twin's lanes overlap (Horner's dependent steps made it latency-bound)
    const r2 = r * r;
    const r4 = r2 * r2;
    const s0 = (C2 + C3 * r) + (C4 + C5 * r) * r2;
    const s1 = (C6 + C7 * r) + (C8 + C9 * r) * r2;
    const s2 = (C10 + C11 * r) + (C12 + C13 * r) * r2;
    const p = (s0 + s1 * r4) + (s2 + (C14 + C15 * r) * r4) * (r4 * r4);
    const e = r + r2 * p;
    const scale = POW2[k | 0];
    const t = scale * e + (scale - 1);
    const h = (large ? 1 : 0) + (large ? -2 : t) / (t + 2);
    const v = a < TINY ? x : h * Math.sign(x); // x itself where tanh(x) rounds to x; ±h with the sign of x; NaN for NaN
    post[i] = v;
    slope[i] = 1 - v * v;
  }
}
