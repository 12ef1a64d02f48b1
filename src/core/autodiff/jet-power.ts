/**
 * Powers of jets, u^v. Which rule applies depends on what varies:
 * - v a constant integer: repeated squaring with the Cauchy product (exact also where u_0 = 0,
 *   e.g. the derivatives of x^3 at 0); negative integers are 1 / u^|v|.
 * - v a constant real: u w' = a u' w gives k u_0 w_k = sum_{j=1..k} (a j - (k - j)) u_j w_{k-j}.
 *   Where u_0 = 0 that recurrence divides by zero, so the jet is built from the derivatives of
 *   t^a at 0 instead (0 below the power, infinite above it), as in composition.ts.
 * - v varies: u^v = exp(v log u) (x^x), defined for u_0 > 0; a constant base a > 0 gives
 *   exp(v log a), a constant base 0 gives 0 where v_0 > 0.
 * The value w_0 is Math.pow(u_0, v_0) in every case, as the evaluator computes it.
 */
import { Jet } from './jet';
import { div, mul, scale } from './jet-arithmetic';
import { expJet, logJet } from './elementary-jets';
import { composeWithDerivatives } from './composition';

export function powJet(u: Jet, v: Jet): Jet {
  const value = Math.pow(u.value, v.value);
  if (v.isConstant()) return withValue(constantPower(u, v.value), value);
  if (u.isConstant()) return withValue(constantBase(u.value, v), value);
  return withValue(expJet(mul(v, logJet(u))), value);
}

/** u^a for a number a. */
export function constantPower(u: Jet, a: number): Jet {
  const n = u.order;
  if (u.isConstant()) return Jet.constant(Math.pow(u.value, a), n);
  if (a === 0) return Jet.constant(1, n);
  if (Number.isInteger(a)) {
    const positive = integerPower(u, Math.abs(a));
    return a > 0 ? positive : div(Jet.constant(1, n), positive);
  }
  if (u.value === 0) return composeWithDerivatives(u, powerDerivativesAtZero(a, n));
  const w = new Float64Array(n + 1);
  w[0] = Math.pow(u.value, a);
  for (let k = 1; k <= n; k++) {
    let s = 0;
    for (let j = 1; j <= k; j++) s += (a * j - (k - j)) * u.c[j] * w[k - j];
    w[k] = s / (k * u.value);
  }
  return new Jet(w);
}

/** u^m for an integer m >= 1, by repeated squaring. */
function integerPower(u: Jet, m: number): Jet {
  let result: Jet | undefined;
  let base = u;
  let e = m;
  while (e > 0) {
    if (e % 2 === 1) result = result ? mul(result, base) : base;
    e = Math.floor(e / 2);
    if (e > 0) base = mul(base, base);
  }
  return result as Jet;
}

/** d^j/dt^j t^a at t = 0 for j = 0..n, a not an integer: 0 while j < a, +-Infinity (or NaN) once j > a. */
function powerDerivativesAtZero(a: number, n: number): number[] {
  const out: number[] = [];
  let falling = 1; // a (a - 1) ... (a - j + 1)
  for (let j = 0; j <= n; j++) {
    out.push(falling * Math.pow(0, a - j));
    falling *= a - j;
  }
  return out;
}

/** a^v for a number a and a varying exponent v. */
function constantBase(a: number, v: Jet): Jet {
  const n = v.order;
  if (a > 0) return expJet(scale(v, Math.log(a)));
  if (a === 0 && v.value > 0) return Jet.constant(0, n);
  // a < 0 (or 0 with v_0 <= 0): not differentiable in v; only the value is meaningful.
  const c = new Float64Array(n + 1).fill(NaN);
  return new Jet(c);
}

function withValue(jet: Jet, value: number): Jet {
  if (jet.c[0] === value || (Number.isNaN(value) && Number.isNaN(jet.c[0]))) return jet;
  const c = Float64Array.from(jet.c);
  c[0] = value;
  return new Jet(c);
}
