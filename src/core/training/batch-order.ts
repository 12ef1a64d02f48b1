/**
 * The order in which an epoch visits the training samples: a Fisher–Yates shuffle driven by the
 * run's SeededRng (one fresh permutation per epoch, the first epoch included, as a torch
 * DataLoader with shuffle=True), or 0..n-1 when shuffling is off.
 */
import type { SeededRng } from '../random/seeded-rng';

/** Writes the next epoch's order into `order` (length n). */
export function nextEpochOrder(order: Int32Array, rng: SeededRng | null): void {
  const n = order.length;
  for (let i = 0; i < n; i++) order[i] = i;
  if (rng === null) return;
  for (let i = n - 1; i > 0; i--) {
    const j = Math.floor(rng.nextFloat() * (i + 1));
    const t = order[i];
    order[i] = order[j];
    order[j] = t;
  }
}
