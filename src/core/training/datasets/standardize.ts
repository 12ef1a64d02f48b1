/**
 * Standardisation: each column minus the training rows' mean, divided by their standard deviation
 * (population, divide by n: what sklearn's StandardScaler does), applied to every row so the test
 * set is scaled with training statistics. A constant column (std 0) is only centred (divided by 1).
 */
import { DatasetScaling } from './dataset';

/** Per-column mean and std of the first `rows` rows of an n × d row-major matrix. */
export function columnStats(values: Float64Array, rows: number, d: number): DatasetScaling {
  const mean = new Float64Array(d);
  const std = new Float64Array(d);
  for (let j = 0; j < d; j++) {
    let sum = 0;
    for (let i = 0; i < rows; i++) sum += values[i * d + j];
    const m = sum / rows;
    let sq = 0;
    for (let i = 0; i < rows; i++) {
      const e = values[i * d + j] - m;
      sq += e * e;
    }
    mean[j] = m;
    const s = Math.sqrt(sq / rows);
    std[j] = s > 0 ? s : 1;
  }
  return { mean, std };
}

/** Scales every row of `values` (n × d) in place with `scaling`. */
export function applyScaling(values: Float64Array, d: number, scaling: DatasetScaling): void {
  for (let i = 0; i < values.length; i++) {
    const j = i % d;
    values[i] = (values[i] - scaling.mean[j]) / scaling.std[j];
  }
}
