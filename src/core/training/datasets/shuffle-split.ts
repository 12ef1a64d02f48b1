/**
 * The seeded shuffle and the train/test split, as TensorFlow Playground does them: one
 * Fisher–Yates shuffle (from the end, index = floor(u · counter)) of the whole data, then the
 * first floor(n · share) rows are for training and the rest for testing. We keep at least one row
 * on each side, so tiny data sets still have both.
 */
import { SeededRng } from '../../random/seeded-rng';

/** A permutation of 0 … n − 1: the identity, Fisher–Yates shuffled when `rng` is given. */
export function shuffledOrder(n: number, rng: SeededRng | null): Uint32Array {
  const order = new Uint32Array(n);
  for (let i = 0; i < n; i++) order[i] = i;
  if (!rng) return order;
  for (let counter = n; counter > 0; ) {
    const index = Math.floor(rng.nextFloat() * counter);
    counter--;
    const t = order[counter];
    order[counter] = order[index];
    order[index] = t;
  }
  return order;
}

/** The number of training rows: floor(n · share), kept within [1, n − 1] (n ≥ 2). */
export function trainCount(n: number, share: number): number {
  return Math.min(n - 1, Math.max(1, Math.floor(n * share)));
}

/** Rows of an n × d row-major matrix in the given order. */
export function reorderRows(values: Float64Array, d: number, order: Uint32Array): Float64Array {
  const out = new Float64Array(order.length * d);
  for (let i = 0; i < order.length; i++) {
    const from = order[i] * d;
    for (let j = 0; j < d; j++) out[i * d + j] = values[from + j];
  }
  return out;
}
