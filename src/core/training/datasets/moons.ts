/**
 * Two interleaving half circles, as sklearn.datasets.make_moons: floor(n/2) points on the outer
 * arc (cos s, sin s) and the rest on the inner arc (1 − cos s, 0.5 − sin s), s evenly spaced on
 * [0, π] (both ends included) on each arc; then Gaussian noise of standard deviation `noise` is
 * added to every coordinate (x then y, row by row): noise moves the point. The outer arc is class 0
 * (target −1), the inner arc class 1 (+1). Without noise x ∈ [−1, 2], y ∈ [−0.5, 1].
 */
import { SeededRng } from '../../random/seeded-rng';
import { RawData } from './dataset';
import { binaryRaw } from './raw-data';

/** The k-th of m evenly spaced values on [0, π] (numpy.linspace; m = 1 gives 0). */
function arc(k: number, m: number): number {
  return m === 1 ? 0 : (Math.PI * k) / (m - 1);
}

export function moons(n: number, noise: number, rng: SeededRng): RawData {
  const outer = Math.floor(n / 2);
  const inner = n - outer;
  const inputs = new Float64Array(2 * n);
  const targets = new Float64Array(n);
  for (let i = 0; i < n; i++) {
    if (i < outer) {
      const s = arc(i, outer);
      inputs[2 * i] = Math.cos(s);
      inputs[2 * i + 1] = Math.sin(s);
      targets[i] = -1;
    } else {
      const s = arc(i - outer, inner);
      inputs[2 * i] = 1 - Math.cos(s);
      inputs[2 * i + 1] = 1 - Math.sin(s) - 0.5;
      targets[i] = 1;
    }
  }
  if (noise > 0) for (let i = 0; i < 2 * n; i++) inputs[i] += rng.nextNormal(0, noise);
  return binaryRaw(inputs, targets);
}
