/**
 * The jet of g(u) for a function g known only through its derivatives at one point (a built-in
 * activation's value / derivative / secondDerivative): Faà di Bruno's formula in Taylor form,
 *   g(u) = sum_{j=0..n} g^(j)(u_0) / j! * (u - u_0)^j     truncated at the jet's order n.
 * To order 2 that is the familiar  g(u)' = g'(u) u'  and  g(u)'' = g''(u) u'^2 + g'(u) u''.
 */
import { DerivativeOrderError } from './derivative-order-error';
import { factorial, Jet } from './jet';
import { mul } from './jet-arithmetic';

/**
 * derivatives[j] = g^(j)(u_0). Needs at least order + 1 of them unless u is constant. Terms whose
 * power of (u - u_0) is exactly 0 are skipped, so an infinite g^(j) there does not make 0 * inf = NaN.
 */
export function composeWithDerivatives(u: Jet, derivatives: readonly number[]): Jet {
  const n = u.order;
  if (u.isConstant()) return Jet.constant(derivatives[0], n);
  if (derivatives.length < n + 1) {
    throw new Error(`composition to order ${n} needs ${n + 1} derivatives, got ${derivatives.length}`);
  }
  const w = new Float64Array(n + 1);
  w[0] = derivatives[0];
  const du = Float64Array.from(u.c);
  du[0] = 0;
  const step = new Jet(du);
  let power = step; // (u - u_0)^j
  for (let j = 1; j <= n; j++) {
    const g = derivatives[j] / factorial(j);
    for (let k = j; k <= n; k++) if (power.c[k] !== 0) w[k] += g * power.c[k];
    if (j < n) power = mul(power, step);
  }
  return new Jet(w);
}

/** One function known to a limited order, e.g. an activation with value, derivative, secondDerivative. */
export interface LimitedOrderFunction {
  /** Its name, for the error: "relu". */
  name: string;
  /** The highest derivative available at every point. */
  maxOrder: number;
  /** [g(x), g'(x), ..., g^(maxOrder)(x)]. */
  derivativesAt(x: number): number[];
}

/** g(u) for a function known up to g.maxOrder; throws DerivativeOrderError when u's order is higher and u varies. */
export function composeLimited(g: LimitedOrderFunction, u: Jet): Jet {
  const derivatives = g.derivativesAt(u.value);
  if (u.isConstant()) return Jet.constant(derivatives[0], u.order);
  if (u.order > g.maxOrder) throw new DerivativeOrderError(g.name, u.order, g.maxOrder);
  return composeWithDerivatives(u, derivatives);
}
