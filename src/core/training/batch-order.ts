/**
 * The order in which an epoch visits the training samples: a Fisher–Yates shuffle driven by the
 * run's SeededRng (one fresh permutation per epoch, the first epoch included, as a torch
 * DataLoader with shuffle=True), or 0..n-1 when shuffling is off.
 */
import type { SeededRng } from '../random/seeded-rng';

/** Swaps per call of shuffleDown: short calls get hot (and optimized, rng inlined) within the first epoch. */
const SWAPS_PER_CALL = 64;

/** Writes the next epoch's order into `order` (length n). */
export function nextEpochOrder(order: Int32Array, rng: SeededRng | null): void {
  const n = order.length;
  for (let i = 0; i < n; i++) order[i] = i;
  if (rng === null) return;
  for (let top = n - 1; top > 0; top -= SWAPS_PER_CALL) shuffleDown(order, rng, top, Math.max(0, top - SWAPS_PER_CALL));
}

/** The Fisher–Yates steps i = top, top-1, ..., bottom+1: swap order[i] with order[j], j uniform in [0, i]. */
function shuffleDown(order: Int32Array, rng: SeededRng, top: number, bottom: number): void {
  for (let i = top; i > bottom; i--) {
    const j = Math.floor(rng.nextFloat() * (i + 1));
    const t = order[i];
    order[i] = order[j];
    order[j] = t;
  }
}
