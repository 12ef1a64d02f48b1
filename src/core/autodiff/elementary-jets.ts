/**
 * Jets of the elementary functions, to any order, by the standard Taylor-coefficient recurrences.
 * Most follow from an equation w' = h * u' where h is known from the coefficients of w already
 * computed; matching the coefficients of t^(k-1) gives
 *   k w_k = sum_{j=1..k} j u_j h_{k-j}.
 * exp: h = w.  expm1: h = 1 + w.  sin: h = cos, cos: h = -sin (computed together).
 * tan: h = 1 + w^2.  tanh: h = 1 - w^2.
 * logistic: h = w (1 - w).  erf: h = 2/sqrt(pi) exp(-u^2).
 * log solves u w' = u' instead, sqrt solves w^2 = u (see each function).
 * The value w_0 always comes from the library function itself (Math.exp, erf, ...), so the jet's
 * value is exactly what the evaluator computes.
 */
import { erf, erfc } from '../math/erf';
import { logistic } from '../activations/sigmoid';
import { Jet } from './jet';
import { mul, neg } from './jet-arithmetic';

/** The coefficients w_1..w_n of w' = h u', given w_0 and a way to read h_m once w_0..w_m are known. */
function chain(u: Jet, w: Float64Array, h: (m: number) => number): void {
  const n = u.order;
  for (let k = 1; k <= n; k++) {
    let s = 0;
    for (let j = 1; j <= k; j++) s += j * u.c[j] * h(k - j);
    w[k] = s / k;
  }
}

export function expJet(u: Jet): Jet {
  const w = new Float64Array(u.c.length);
  w[0] = Math.exp(u.c[0]);
  chain(u, w, (m) => w[m]);
  return new Jet(w);
}

/** exp(u) - 1, accurate for small u (its value is expm1(u_0)). */
export function expm1Jet(u: Jet): Jet {
  const w = new Float64Array(u.c.length);
  w[0] = Math.expm1(u.c[0]);
  chain(u, w, (m) => (m === 0 ? 1 : 0) + w[m]);
  return new Jet(w);
}

/** sin(u) and cos(u) together (each one's recurrence needs the other). */
export function sinCosJets(u: Jet): { sin: Jet; cos: Jet } {
  const n = u.order;
  const s = new Float64Array(n + 1);
  const c = new Float64Array(n + 1);
  s[0] = Math.sin(u.c[0]);
  c[0] = Math.cos(u.c[0]);
  for (let k = 1; k <= n; k++) {
    let ss = 0;
    let cc = 0;
    for (let j = 1; j <= k; j++) {
      ss += j * u.c[j] * c[k - j];
      cc -= j * u.c[j] * s[k - j];
    }
    s[k] = ss / k;
    c[k] = cc / k;
  }
  return { sin: new Jet(s), cos: new Jet(c) };
}

export function sinJet(u: Jet): Jet {
  return sinCosJets(u).sin;
}

export function cosJet(u: Jet): Jet {
  return sinCosJets(u).cos;
}

/** tan' = 1 + tan^2. */
export function tanJet(u: Jet): Jet {
  const w = new Float64Array(u.c.length);
  w[0] = Math.tan(u.c[0]);
  chain(u, w, (m) => (m === 0 ? 1 : 0) + cauchy(w, w, m));
  return new Jet(w);
}

/** tanh' = 1 - tanh^2. */
export function tanhJet(u: Jet): Jet {
  const w = new Float64Array(u.c.length);
  w[0] = Math.tanh(u.c[0]);
  chain(u, w, (m) => (m === 0 ? 1 : 0) - cauchy(w, w, m));
  return new Jet(w);
}

/** logistic' = logistic (1 - logistic), the sigmoid activation to any order. */
export function logisticJet(u: Jet): Jet {
  const w = new Float64Array(u.c.length);
  w[0] = logistic(u.c[0]);
  chain(u, w, (m) => w[m] - cauchy(w, w, m));
  return new Jet(w);
}

const TWO_OVER_SQRT_PI = 1.1283791670955126; // 2 / sqrt(pi)

/** erf' = 2/sqrt(pi) exp(-u^2). */
export function erfJet(u: Jet): Jet {
  const g = expJet(neg(mul(u, u)));
  const w = new Float64Array(u.c.length);
  w[0] = erf(u.c[0]);
  chain(u, w, (m) => TWO_OVER_SQRT_PI * g.c[m]);
  return new Jet(w);
}

/** erfc(u) = 1 - erf(u): the erf jet negated, with the value erfc(u_0) (accurate in the right tail). */
export function erfcJet(u: Jet): Jet {
  const e = erfJet(u);
  const w = new Float64Array(u.c.length);
  w[0] = erfc(u.c[0]);
  for (let k = 1; k < w.length; k++) w[k] = -e.c[k];
  return new Jet(w);
}

/** w = log(u): u w' = u', so k u_0 w_k = k u_k - sum_{j=1..k-1} j w_j u_{k-j}. */
export function logJet(u: Jet): Jet {
  return logOfShifted(u, Math.log(u.c[0]), u.c[0]);
}

/** w = log(1 + u), accurate for small u (its value is log1p(u_0)). */
export function log1pJet(u: Jet): Jet {
  return logOfShifted(u, Math.log1p(u.c[0]), 1 + u.c[0]);
}

/** The log recurrence for the jet (base + u - u_0), given its value and its constant term base. */
function logOfShifted(u: Jet, value: number, base: number): Jet {
  const n = u.order;
  const w = new Float64Array(n + 1);
  w[0] = value;
  for (let k = 1; k <= n; k++) {
    let s = k * u.c[k];
    for (let j = 1; j < k; j++) s -= j * w[j] * u.c[k - j];
    w[k] = s / (k * base);
  }
  return new Jet(w);
}

/** w = sqrt(u): w^2 = u, so 2 w_0 w_k = u_k - sum_{j=1..k-1} w_j w_{k-j}. */
export function sqrtJet(u: Jet): Jet {
  const n = u.order;
  const w = new Float64Array(n + 1);
  w[0] = Math.sqrt(u.c[0]);
  for (let k = 1; k <= n; k++) {
    let s = u.c[k];
    for (let j = 1; j < k; j++) s -= w[j] * w[k - j];
    w[k] = s / (2 * w[0]);
  }
  return new Jet(w);
}

/** (a * b)_m for coefficient arrays whose entries 0..m are known. */
function cauchy(a: Float64Array, b: Float64Array, m: number): number {
  let s = 0;
  for (let i = 0; i <= m; i++) s += a[i] * b[m - i];
  return s;
}
