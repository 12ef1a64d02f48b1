/**
 * TensorFlow Playground's four classification sets (src/dataset.ts), with its semantics:
 * labels ±1; the first class is generated first, then the second. For an odd n we make exactly n
 * points (the first class gets ceil(n / 2)); Playground only ever uses even n (500).
 *
 * - circle: radius 5. Points of the first half have r ~ U(0, 2.5), the second r ~ U(3.5, 5),
 *   angle ~ U(0, 2π), point (r·sin a, r·cos a). The label is +1 iff the distance of the point plus
 *   noise (U(−5, 5)·noise per coordinate) from the centre is < 2.5: noise flips labels, the point does not move.
 * - xor: x, y ~ U(−5, 5), each pushed 0.3 away from 0 (x > 0 ? +0.3 : −0.3): the point moves.
 *   Label +1 iff (x + nx)·(y + ny) ≥ 0 with nx, ny ~ U(−5, 5)·noise: noise moves only the label.
 * - gauss: half N((2, 2), v·I) labelled +1, half N((−2, −2), v·I) labelled −1, where the variance
 *   v = 0.5 + 7·noise (Playground's linear map of noise [0, 0.5] onto [0.5, 4], unclamped).
 * - spiral: for i < count, r = 5·i/(n/2), t = 1.75·2π·i/(n/2) + δ, δ = 0 (+1) or π (−1), point
 *   (r·sin t + U(−1, 1)·noise, r·cos t + U(−1, 1)·noise): noise moves the point.
 * Random draws per point, in order: circle r, angle, nx, ny; xor x, y, nx, ny; gauss x, y; spiral nx, ny.
 */
import { SeededRng } from '../../random/seeded-rng';
import { RawData } from './dataset';
import { binaryRaw, firstHalf } from './raw-data';

export const CIRCLE_RADIUS = 5;
export const XOR_PADDING = 0.3;
export const SPIRAL_TURNS = 1.75;

/** Gauss: Playground's variance for a noise level (0.5 at 0, 4 at 0.5). */
export function gaussVariance(noise: number): number {
  return 0.5 + (noise / 0.5) * (4 - 0.5);
}

/** Euclidean norm as Playground computes it (not Math.hypot, which may round differently). */
function distance(x: number, y: number): number {
  return Math.sqrt(x * x + y * y);
}

export function circle(n: number, noise: number, rng: SeededRng): RawData {
  const inputs = new Float64Array(2 * n);
  const targets = new Float64Array(n);
  const half = firstHalf(n);
  const r0 = CIRCLE_RADIUS;
  for (let i = 0; i < n; i++) {
    const r = i < half ? rng.nextUniform(0, r0 * 0.5) : rng.nextUniform(r0 * 0.7, r0);
    const angle = rng.nextUniform(0, 2 * Math.PI);
    const x = r * Math.sin(angle);
    const y = r * Math.cos(angle);
    const nx = rng.nextUniform(-r0, r0) * noise;
    const ny = rng.nextUniform(-r0, r0) * noise;
    inputs[2 * i] = x;
    inputs[2 * i + 1] = y;
    targets[i] = distance(x + nx, y + ny) < r0 * 0.5 ? 1 : -1;
  }
  return binaryRaw(inputs, targets);
}

export function xor(n: number, noise: number, rng: SeededRng): RawData {
  const inputs = new Float64Array(2 * n);
  const targets = new Float64Array(n);
  for (let i = 0; i < n; i++) {
    let x = rng.nextUniform(-5, 5);
    x += x > 0 ? XOR_PADDING : -XOR_PADDING;
    let y = rng.nextUniform(-5, 5);
    y += y > 0 ? XOR_PADDING : -XOR_PADDING;
    const nx = rng.nextUniform(-5, 5) * noise;
    const ny = rng.nextUniform(-5, 5) * noise;
    inputs[2 * i] = x;
    inputs[2 * i + 1] = y;
    targets[i] = (x + nx) * (y + ny) >= 0 ? 1 : -1;
  }
  return binaryRaw(inputs, targets);
}

export function gauss(n: number, noise: number, rng: SeededRng): RawData {
  const inputs = new Float64Array(2 * n);
  const targets = new Float64Array(n);
  const sd = Math.sqrt(gaussVariance(noise));
  const half = firstHalf(n);
  for (let i = 0; i < n; i++) {
    const c = i < half ? 2 : -2;
    inputs[2 * i] = rng.nextNormal(c, sd);
    inputs[2 * i + 1] = rng.nextNormal(c, sd);
    targets[i] = i < half ? 1 : -1;
  }
  return binaryRaw(inputs, targets);
}

export function spiral(n: number, noise: number, rng: SeededRng): RawData {
  const inputs = new Float64Array(2 * n);
  const targets = new Float64Array(n);
  const per = n / 2;
  const half = firstHalf(n);
  for (let k = 0; k < n; k++) {
    const first = k < half;
    const i = first ? k : k - half;
    const r = (i / per) * 5;
    const t = ((SPIRAL_TURNS * i) / per) * 2 * Math.PI + (first ? 0 : Math.PI);
    inputs[2 * k] = r * Math.sin(t) + rng.nextUniform(-1, 1) * noise;
    inputs[2 * k + 1] = r * Math.cos(t) + rng.nextUniform(-1, 1) * noise;
    targets[k] = first ? 1 : -1;
  }
  return binaryRaw(inputs, targets);
}
