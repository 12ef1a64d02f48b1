/**
 * Truncated Taylor jets: forward-mode automatic differentiation to any order.
 *
 * A jet of order n is the Taylor polynomial of some quantity u(x) around a point x0, kept as its
 * normalized coefficients c[k] = u^(k)(x0) / k! for k = 0..n. The input itself is the jet
 * [x0, 1, 0, ..., 0] and a constant is [c, 0, ..., 0]. Arithmetic on the coefficients (the Cauchy
 * product for *, its inverse for /, the standard recurrences for exp, log, sin, ... in
 * elementary-jets.ts) gives the jet of the result, so after evaluating an expression the k-th
 * derivative at x0 is c[k] * k!. All jets taking part in one computation have the same order.
 */

export class Jet {
  /** c[k] = (d/dx)^k u(x0) / k!, k = 0..order. Do not modify: jets are values. */
  readonly c: Float64Array;

  constructor(coefficients: Float64Array) {
    if (coefficients.length === 0) throw new Error('a jet needs at least its value (order 0)');
    this.c = coefficients;
  }

  /** The highest derivative this jet carries. */
  get order(): number {
    return this.c.length - 1;
  }

  /** u(x0). */
  get value(): number {
    return this.c[0];
  }

  /** The k-th derivative u^(k)(x0) = c[k] * k!. */
  derivative(k: number): number {
    if (!Number.isInteger(k) || k < 0 || k > this.order) {
      throw new Error(`derivative ${k} is outside this jet of order ${this.order}`);
    }
    return this.c[k] * factorial(k);
  }

  /** [u(x0), u'(x0), ..., u^(order)(x0)]. */
  derivatives(): number[] {
    const out: number[] = [];
    for (let k = 0; k <= this.order; k++) out.push(this.derivative(k));
    return out;
  }

  /** True when nothing but the value is non-zero: the quantity does not depend on x (to this order). */
  isConstant(): boolean {
    for (let k = 1; k < this.c.length; k++) if (this.c[k] !== 0) return false;
    return true;
  }

  /** The jet of a quantity that does not depend on x. */
  static constant(value: number, order: number): Jet {
    const c = new Float64Array(checkOrder(order) + 1);
    c[0] = value;
    return new Jet(c);
  }

  /** The jet of the input itself at x0: [x0, 1, 0, ...]. */
  static variable(x0: number, order: number): Jet {
    const c = new Float64Array(checkOrder(order) + 1);
    c[0] = x0;
    if (order >= 1) c[1] = 1;
    return new Jet(c);
  }

  /** The jet whose k-th derivative is derivatives[k] (k = 0..order). */
  static fromDerivatives(derivatives: readonly number[]): Jet {
    const c = new Float64Array(derivatives.length);
    for (let k = 0; k < derivatives.length; k++) c[k] = derivatives[k] / factorial(k);
    return new Jet(c);
  }
}

/** The largest order a jet may have (factorials stay exact and the O(n^2) recurrences cheap). */
export const MAX_JET_ORDER = 20;

function checkOrder(order: number): number {
  if (!Number.isInteger(order) || order < 0 || order > MAX_JET_ORDER) {
    throw new Error(`jet order must be an integer from 0 to ${MAX_JET_ORDER}, got ${order}`);
  }
  return order;
}

const FACTORIALS: number[] = [1];
for (let k = 1; k <= MAX_JET_ORDER; k++) FACTORIALS.push(FACTORIALS[k - 1] * k);

/** k! for 0 <= k <= MAX_JET_ORDER (exact in double precision up to 18!, correctly rounded above). */
export function factorial(k: number): number {
  const f = FACTORIALS[k];
  if (f === undefined) throw new Error(`factorial(${k}) is outside 0..${MAX_JET_ORDER}`);
  return f;
}
