/**
 * +, -, *, / and negation of jets. With a = sum a_k t^k and b = sum b_k t^k (t = x - x0):
 *   (a ± b)_k = a_k ± b_k
 *   (a * b)_k = sum_{j=0..k} a_j b_{k-j}                      (Cauchy product, truncated at the order)
 *   (a / b)_k = (a_k - sum_{j=1..k} b_j (a/b)_{k-j}) / b_0     (solving b * w = a for w term by term)
 */
import { Jet } from './jet';

/** The common order of jets taking part in one operation (they must agree). */
export function commonOrder(...jets: Jet[]): number {
  const n = jets[0].order;
  for (const j of jets) {
    if (j.order !== n) throw new Error(`jets of different orders (${n} and ${j.order}) cannot be combined`);
  }
  return n;
}

export function add(a: Jet, b: Jet): Jet {
  const n = commonOrder(a, b);
  const c = new Float64Array(n + 1);
  for (let k = 0; k <= n; k++) c[k] = a.c[k] + b.c[k];
  return new Jet(c);
}

export function sub(a: Jet, b: Jet): Jet {
  const n = commonOrder(a, b);
  const c = new Float64Array(n + 1);
  for (let k = 0; k <= n; k++) c[k] = a.c[k] - b.c[k];
  return new Jet(c);
}

export function neg(a: Jet): Jet {
  return scale(a, -1);
}

/** s * a for a plain number s. */
export function scale(a: Jet, s: number): Jet {
  const c = new Float64Array(a.c.length);
  for (let k = 0; k < c.length; k++) c[k] = s * a.c[k];
  return new Jet(c);
}

export function mul(a: Jet, b: Jet): Jet {
  const n = commonOrder(a, b);
  const c = new Float64Array(n + 1);
  for (let k = 0; k <= n; k++) {
    let s = 0;
    for (let j = 0; j <= k; j++) s += a.c[j] * b.c[k - j];
    c[k] = s;
  }
  return new Jet(c);
}

export function div(a: Jet, b: Jet): Jet {
  const n = commonOrder(a, b);
  const w = new Float64Array(n + 1);
  const b0 = b.c[0];
  for (let k = 0; k <= n; k++) {
    let s = a.c[k];
    for (let j = 1; j <= k; j++) s -= b.c[j] * w[k - j];
    w[k] = s / b0;
  }
  return new Jet(w);
}
