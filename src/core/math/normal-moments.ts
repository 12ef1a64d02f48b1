/**
 * E[f(X)], sd(f(X)) and P(f(X) = 0) for X ~ N(0, 1), by adaptive Gauss–Kronrod quadrature (7-point
 * Gauss inside 15-point Kronrod) of f·φ, f²·φ and [f = 0]·φ over [-40, 40] (φ(40) is 1e-348, below
 * the smallest double). The interval is first split at fixed points around the bulk of the density
 * and at the function's kinks, where the rule's polynomial model breaks; any interval whose Gauss
 * and Kronrod sums still disagree is halved, round after round, with every node of a round evaluated
 * in one call (one vector call of a user function). The variance is summed on the final intervals as
 * E[(f - mean)²], not as E[f²] - mean², so it loses no digits to cancellation.
 */

/** Kronrod nodes on [-1, 1] (the positive half; 0 last) and their weights; the Gauss nodes are the odd-indexed ones. */
const KRONROD_NODES = [
  0.991455371120812639206854697526329, 0.949107912342758524526189684047851, 0.864864423359769072789712788640926, 0.741531185599394439863864773280788,
  0.586087235467691130294144845693013, 0.405845151377397166906606412076961, 0.207784955007898467600689403773245, 0,
];
const KRONROD_WEIGHTS = [
  0.02293532201052922496373200805897, 0.063092092629978553290700663189204, 0.104790010322250183839876322541518, 0.140653259715525918745189590510238,
  0.16900472663926790282658342659855, 0.190350578064785409913256402421014, 0.204432940075298892414161999234649, 0.209482141084727828012999174891714,
];
/** Gauss weights of KRONROD_NODES[1], [3], [5] and [7]. */
const GAUSS_WEIGHTS = [0.129484966168869693270611432679082, 0.27970539148927666790146777142378, 0.381830050505118944950369775488975, 0.417959183673469387755102040816327];

/** The 15 nodes and the Kronrod and Gauss weights of one rule on [-1, 1], in node order. */
export const GAUSS_KRONROD_15 = (() => {
  const nodes: number[] = [];
  const kronrod: number[] = [];
  const gauss: number[] = [];
  for (let i = 0; i < 7; i++) {
    for (const sign of [-1, 1]) {
      nodes.push(sign * KRONROD_NODES[i]);
      kronrod.push(KRONROD_WEIGHTS[i]);
      gauss.push(i % 2 === 1 ? GAUSS_WEIGHTS[(i - 1) / 2] : 0);
    }
  }
  nodes.push(0);
  kronrod.push(KRONROD_WEIGHTS[7]);
  gauss.push(GAUSS_WEIGHTS[3]);
  return { nodes, kronrod, gauss };
})();

const LIMIT = 40;
/** Where the interval is split before any refinement: the density's bulk in steps of one standard deviation, then wider. */
const BASE_POINTS = [-LIMIT, -20, -12, -8, -6, -5, -4, -3, -2, -1, 0, 1, 2, 3, 4, 5, 6, 8, 12, 20, LIMIT];
/** An interval is accepted when each integral's Gauss–Kronrod difference is below RELATIVE·|its Kronrod sum| or ABSOLUTE. */
const RELATIVE = 1e-13;
const ABSOLUTE = 1e-16;
/** Halving stops at this width (a jump of [f = 0] is then located to it) or after this many rounds, or this many intervals. */
const MIN_WIDTH = 1e-13;
const MAX_ROUNDS = 64;
const MAX_INTERVALS = 20_000;
const INV_SQRT_2PI = 1 / Math.sqrt(2 * Math.PI);

export interface NormalMoments {
  mean: number;
  std: number;
  /** P(f(X) = 0). */
  zeroShare: number;
  /** How many x f was evaluated at. */
  evaluations: number;
}

/** f of many x at once: one y per x. */
export type VectorFunction = (xs: Float64Array) => Float64Array;

interface Piece {
  a: number;
  b: number;
}

/** The moments of f(X), X ~ N(0, 1); `kinks` are extra split points (an activation's kink points). */
export function normalMoments(f: VectorFunction, kinks: readonly number[] = []): NormalMoments {
  const points = [...new Set([...BASE_POINTS, ...kinks.filter((k) => Number.isFinite(k) && Math.abs(k) < LIMIT)])].sort((p, q) => p - q);
  let active: Piece[] = points.slice(1).map((b, i) => ({ a: points[i], b }));
  // The accepted intervals' weighted values: w·φ(x) and f(x) at each node.
  const weights: number[] = [];
  const values: number[] = [];
  const { nodes, kronrod, gauss } = GAUSS_KRONROD_15;
  const n = nodes.length;
  let evaluations = 0;
  for (let round = 0; active.length > 0; round++) {
    const xs = new Float64Array(active.length * n);
    active.forEach(({ a, b }, j) => {
      const mid = (a + b) / 2;
      const half = (b - a) / 2;
      for (let i = 0; i < n; i++) xs[j * n + i] = mid + half * nodes[i];
    });
    const ys = f(xs);
    evaluations += xs.length;
    const next: Piece[] = [];
    const lastRound = round + 1 >= MAX_ROUNDS || weights.length / n + active.length * 2 > MAX_INTERVALS;
    active.forEach(({ a, b }, j) => {
      const half = (b - a) / 2;
      const k = [0, 0, 0];
      const g = [0, 0, 0];
      const w: number[] = [];
      for (let i = 0; i < n; i++) {
        const x = xs[j * n + i];
        const y = ys[j * n + i];
        const density = half * INV_SQRT_2PI * Math.exp(-0.5 * x * x);
        w.push(kronrod[i] * density);
        const parts = [y, y * y, y === 0 ? 1 : 0];
        for (let c = 0; c < 3; c++) {
          k[c] += kronrod[i] * density * parts[c];
          g[c] += gauss[i] * density * parts[c];
        }
      }
      const converged = k.every((kc, c) => !(Math.abs(kc - g[c]) > Math.max(ABSOLUTE, RELATIVE * Math.abs(kc))));
      if (converged || lastRound || b - a < MIN_WIDTH) {
        for (let i = 0; i < n; i++) {
          weights.push(w[i]);
          values.push(ys[j * n + i]);
        }
      } else {
        const mid = (a + b) / 2;
        next.push({ a, b: mid }, { a: mid, b });
      }
    });
    active = next;
  }
  let mean = 0;
  let zeroShare = 0;
  for (let i = 0; i < weights.length; i++) {
    mean += weights[i] * values[i];
    if (values[i] === 0) zeroShare += weights[i];
  }
  let variance = 0;
  for (let i = 0; i < weights.length; i++) variance += weights[i] * (values[i] - mean) * (values[i] - mean);
  return { mean, std: Math.sqrt(variance), zeroShare, evaluations };
}
