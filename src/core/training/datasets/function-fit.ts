/**
 * A 1-D function to fit (regression): x uniform on [lo, hi] (or an even grid with both ends when
 * `grid`), target f(x) + N(0, noise²). "sine" is f = sin on [−π, π]; the language layer passes a
 * user's function as the callback. A non-finite f(x) is an error naming x.
 */
import { SeededRng } from '../../random/seeded-rng';
import { RawData } from './dataset';
import { DatasetError } from './dataset-error';
import { regressionRaw } from './raw-data';

export interface FunctionFitSpec {
  readonly n: number;
  readonly noise: number;
  readonly lo: number;
  readonly hi: number;
  readonly grid: boolean;
  readonly fn: (x: number) => number;
}

export function functionFit(spec: FunctionFitSpec, rng: SeededRng): RawData {
  const { n, noise, lo, hi, grid, fn } = spec;
  if (!(lo < hi)) throw new DatasetError(`lo must be less than hi, got lo ${lo} and hi ${hi}`, 'lo');
  const inputs = new Float64Array(n);
  const targets = new Float64Array(n);
  for (let i = 0; i < n; i++) {
    const x = grid ? lo + ((hi - lo) * i) / (n - 1) : rng.nextUniform(lo, hi);
    const y = fn(x);
    if (typeof y !== 'number' || !Number.isFinite(y)) {
      throw new DatasetError(`fn must give a finite number, it gave ${String(y)} at x = ${x}`, 'fn');
    }
    inputs[i] = x;
    targets[i] = noise > 0 ? y + rng.nextNormal(0, noise) : y;
  }
  return regressionRaw(inputs, targets, 1, ['x1']);
}
