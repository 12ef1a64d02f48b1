/**
 * k Gaussian blobs, like sklearn.datasets.make_blobs: the k centres are drawn first, uniformly in
 * the box [−spread, spread]^dim (sklearn's box is ±10; ours defaults to ±5 so the blobs sit inside
 * Playground's [−6, 6] view); then centre c gets floor(n/k) points (the first n mod k centres one
 * more), each coordinate ~ N(centre, std²), centre by centre. Class c is the c-th centre: with
 * k = 2 the task is binary (class 0 → −1, class 1 → +1), with more multiclass (targets 0 … k − 1).
 */
import { SeededRng } from '../../random/seeded-rng';
import { RawData } from './dataset';
import { binaryRaw } from './raw-data';

export interface BlobsSpec {
  readonly n: number;
  readonly classes: number;
  readonly std: number;
  readonly spread: number;
  readonly dim: number;
}

export function blobNames(dim: number): string[] {
  return Array.from({ length: dim }, (_, j) => `x${j + 1}`);
}

/** The centres (classes × dim, row-major) that `blobs` draws first from the same stream. */
export function blobCentres(spec: BlobsSpec, rng: SeededRng): Float64Array {
  const centres = new Float64Array(spec.classes * spec.dim);
  for (let i = 0; i < centres.length; i++) centres[i] = rng.nextUniform(-spec.spread, spec.spread);
  return centres;
}

export function blobs(spec: BlobsSpec, rng: SeededRng): RawData {
  const { n, classes: k, std, dim } = spec;
  const centres = blobCentres(spec, rng);
  const inputs = new Float64Array(n * dim);
  const targets = new Float64Array(n);
  const base = Math.floor(n / k);
  let row = 0;
  for (let c = 0; c < k; c++) {
    const count = base + (c < n % k ? 1 : 0);
    for (let m = 0; m < count; m++, row++) {
      for (let j = 0; j < dim; j++) inputs[row * dim + j] = rng.nextNormal(centres[c * dim + j], std);
      targets[row] = k === 2 ? (c === 0 ? -1 : 1) : c;
    }
  }
  const names = blobNames(dim);
  if (k === 2) return binaryRaw(inputs, targets, dim, names);
  return {
    n,
    d: dim,
    inputs,
    targets,
    task: 'multiclass',
    classes: k,
    classNames: Array.from({ length: k }, (_, c) => String(c)),
    names,
  };
}
