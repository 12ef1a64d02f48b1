/**
 * TensorFlow Playground's two regression sets (src/dataset.ts), with its semantics: points
 * (x, y) ~ U(−6, 6)², and the target computed at the point plus noise (U(−6, 6)·noise per
 * coordinate): noise moves the target, not the point. Draws per point, in order: x, y, nx, ny.
 *
 * - plane: target = (x' + y') / 10 (Playground maps x' + y' from [−10, 10] onto [−1, 1], unclamped).
 * - multi-gauss: six signed bumps at (−4, 2.5)+, (0, 2.5)−, (4, 2.5)+, (−4, −2.5)−, (0, −2.5)+,
 *   (4, −2.5)−; each gives sign·max(0, 1 − dist/2) and the target is the one largest in absolute
 *   value (the first in that list on a tie; 0 far from all).
 */
import { SeededRng } from '../../random/seeded-rng';
import { RawData } from './dataset';
import { regressionRaw } from './raw-data';

export const REGRESSION_RADIUS = 6;

export const MULTI_GAUSS_BUMPS: ReadonlyArray<readonly [number, number, number]> = [
  [-4, 2.5, 1],
  [0, 2.5, -1],
  [4, 2.5, 1],
  [-4, -2.5, -1],
  [0, -2.5, 1],
  [4, -2.5, -1],
];

export function planeTarget(x: number, y: number): number {
  return (x + y) / 10;
}

export function multiGaussTarget(x: number, y: number): number {
  let label = 0;
  for (const [cx, cy, sign] of MULTI_GAUSS_BUMPS) {
    const v = sign * Math.min(1, Math.max(0, 1 - Math.sqrt((x - cx) * (x - cx) + (y - cy) * (y - cy)) / 2));
    if (Math.abs(v) > Math.abs(label)) label = v;
  }
  return label;
}

function regress(n: number, noise: number, rng: SeededRng, target: (x: number, y: number) => number): RawData {
  const inputs = new Float64Array(2 * n);
  const targets = new Float64Array(n);
  const r = REGRESSION_RADIUS;
  for (let i = 0; i < n; i++) {
    const x = rng.nextUniform(-r, r);
    const y = rng.nextUniform(-r, r);
    const nx = rng.nextUniform(-r, r) * noise;
    const ny = rng.nextUniform(-r, r) * noise;
    inputs[2 * i] = x;
    inputs[2 * i + 1] = y;
    targets[i] = target(x + nx, y + ny);
  }
  return regressionRaw(inputs, targets);
}

export function plane(n: number, noise: number, rng: SeededRng): RawData {
  return regress(n, noise, rng, planeTarget);
}

export function multiGauss(n: number, noise: number, rng: SeededRng): RawData {
  return regress(n, noise, rng, multiGaussTarget);
}
