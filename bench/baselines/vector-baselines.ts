/**
 * Baselines for the vector activations over one row: the textbook max-shifted loops
 * (max, exp, sum, divide), written independently of src/core/vector. For finite rows.
 */
import type { Floats } from './baseline-types';

export type VectorBaseline = (xs: Floats, out: Floats) => void;

function rowMax(xs: Floats): number {
  let m = -Infinity;
  for (let i = 0; i < xs.length; i++) m = Math.max(m, xs[i]);
  return m;
}

export function softmax(xs: Floats, out: Floats): void {
  const m = rowMax(xs);
  let sum = 0;
  for (let i = 0; i < xs.length; i++) {
    const e = Math.exp(xs[i] - m);
    out[i] = e;
    sum += e;
  }
  for (let i = 0; i < xs.length; i++) out[i] = out[i] / sum;
}

export function softmin(xs: Floats, out: Floats): void {
  let m = Infinity;
  for (let i = 0; i < xs.length; i++) m = Math.min(m, xs[i]);
  let sum = 0;
  for (let i = 0; i < xs.length; i++) {
    const e = Math.exp(m - xs[i]);
    out[i] = e;
    sum += e;
  }
  for (let i = 0; i < xs.length; i++) out[i] = out[i] / sum;
}

function logSumExpOf(xs: Floats): number {
  const m = rowMax(xs);
  let sum = 0;
  for (let i = 0; i < xs.length; i++) sum += Math.exp(xs[i] - m);
  return m + Math.log(sum);
}

export function logSoftmax(xs: Floats, out: Floats): void {
  const lse = logSumExpOf(xs);
  for (let i = 0; i < xs.length; i++) out[i] = xs[i] - lse;
}

export function logsumexp(xs: Floats, out: Floats): void {
  out[0] = logSumExpOf(xs);
}

/**
 * a * sigmoid(b) with a, b the two halves, the sigmoid in its overflow-free form (the registry's:
 * e = exp(-|b|), numerator 1 above 0 and e below, over 1 + e): the same numbers bit for bit.
 */
export function glu(xs: Floats, out: Floats): void {
  const h = xs.length / 2;
  for (let i = 0; i < h; i++) {
    const b = xs[h + i];
    const e = Math.exp(-Math.abs(b));
    const pos = +(b >= 0);
    out[i] = xs[i] * ((pos + (1 - pos) * e) / (1 + e));
  }
}

/** The textbook a / (1 + e^-b): not the same numbers (informational column only). */
export function gluTextbook(xs: Floats, out: Floats): void {
  const h = xs.length / 2;
  for (let i = 0; i < h; i++) out[i] = xs[i] / (1 + Math.exp(-xs[h + i]));
}

/** The maximum of each group of k consecutive entries. */
export function maxout(xs: Floats, out: Floats, k: number): void {
  const groups = xs.length / k;
  for (let g = 0; g < groups; g++) {
    let m = xs[g * k];
    for (let j = 1; j < k; j++) m = Math.max(m, xs[g * k + j]);
    out[g] = m;
  }
}

/** maxout with the bench's k = 2. */
export const maxout2: VectorBaseline = (xs, out) => maxout(xs, out, 2);

/** gx = s ⊙ (gy - s·gy), s = softmax(xs) computed into gx first. */
export function softmaxVjp(xs: Floats, gy: Floats, gx: Floats): void {
  softmax(xs, gx);
  let dot = 0;
  for (let i = 0; i < xs.length; i++) dot += gx[i] * gy[i];
  for (let i = 0; i < xs.length; i++) gx[i] = gx[i] * (gy[i] - dot);
}

/** Vector baselines that compute the registry's numbers bit for bit (test/bench checks Object.is). */
export const EXACT_VECTOR_BASELINES: ReadonlySet<string> = new Set(['glu', 'maxout']);

/** Textbook loops timed beside a same-formula baseline, as the informational column. */
export const VECTOR_TEXTBOOK: ReadonlyMap<string, VectorBaseline> = new Map<string, VectorBaseline>([['glu', gluTextbook]]);

export const VECTOR_BASELINES: ReadonlyMap<string, VectorBaseline> = new Map<string, VectorBaseline>([
  ['softmax', softmax],
  ['log_softmax', logSoftmax],
  ['softmin', softmin],
  ['logsumexp', logsumexp],
  ['glu', glu],
  ['maxout', maxout2],
]);
