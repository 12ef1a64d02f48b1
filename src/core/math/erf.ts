/**
 * The error function erf and its complement erfc in double precision, accurate to about 1 ulp
 * (JavaScript has no Math.erf). Written in the fdlibm style: the real line is cut into intervals,
 * each with its own reduced argument and polynomial (see erf-coefficients.ts and the script that
 * fits them, scripts/reference/erf_coefficients.py):
 *
 *   |x| < 0.84375          erf(x)   = x + x * P(x^2)
 *   0.84375 <= |x| < 1.25  erf(|x|) = ERX + Q(|x| - 1)
 *   1.25 <= |x| < 28       erfc(|x|) = exp(-z^2 - 0.5625) * exp((z - x)(z + x) + R(1/x^2)) / x
 *                          where z is x rounded to float32, so that z^2 + 0.5625 is exact and the
 *                          large exponent carries no rounding error.
 *   |x| >= 28              erfc(x) underflows to 0 (erf is +-1 already from |x| >= 6).
 *
 * erfc is computed directly (never as 1 - erf) wherever erf is close to 1, so its relative
 * accuracy holds far into the tail (erfc(26) ~ 5.7e-296).
 */
import {
  ERX,
  erfcTail0,
  erfcTail1,
  erfcTail2,
  erfcTail3,
  erfcTail4,
  erfcTail5,
  erfMid,
  erfSmall,
} from './erf-coefficients';

/** 1 - ERX, exact because ERX has a float32 significand. */
const ONE_MINUS_ERX = 1 - ERX;

/** erfc(x) for 1.25 <= x < 28 (x positive). */
function erfcLarge(x: number): number {
  const u = 1 / (x * x);
  let r: number;
  if (x < 2.1) r = x < 1.6 ? erfcTail0(u) : erfcTail1(u);
  else if (x < 4.5) r = x < 3 ? erfcTail2(u) : erfcTail3(u);
  else r = x < 7 ? erfcTail4(u) : erfcTail5(u);
  const z = Math.fround(x);
  return (Math.exp(-z * z - 0.5625) * Math.exp((z - x) * (z + x) + r)) / x;
}

/** The error function, erf(x) = 2/sqrt(pi) * integral from 0 to x of exp(-t^2) dt. */
export function erf(x: number): number {
  const ax = Math.abs(x);
  if (ax < 0.84375) return x + x * erfSmall(x * x);
  if (ax < 1.25) {
    const v = ERX + erfMid(ax - 1);
    return x < 0 ? -v : v;
  }
  if (ax < 6) {
    const v = 1 - erfcLarge(ax);
    return x < 0 ? -v : v;
  }
  if (ax === ax) return x < 0 ? -1 : 1; // includes +-Infinity
  return x; // NaN
}

/** The complementary error function, erfc(x) = 1 - erf(x), accurate also where it is tiny. */
export function erfc(x: number): number {
  const ax = Math.abs(x);
  if (ax < 0.84375) {
    const y = x * erfSmall(x * x); // erf(x) - x
    if (x < 0.25) return 1 - (x + y);
    return 0.5 - (x - 0.5 + y);
  }
  if (ax < 1.25) {
    const p = erfMid(ax - 1);
    return x < 0 ? 1 + (ERX + p) : ONE_MINUS_ERX - p;
  }
  if (ax < 28) {
    const v = erfcLarge(ax);
    return x < 0 ? 2 - v : v;
  }
  if (ax === ax) return x < 0 ? 2 : 0; // includes +-Infinity
  return x; // NaN
}
