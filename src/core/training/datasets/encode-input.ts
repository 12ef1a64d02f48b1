/**
 * Encodes a new source point (e.g. predict(run, [0.5, -1]) or a heatmap cell) the way the
 * dataset's rows were: the same feature expansion, then the same training-set scaling.
 */
import { Dataset } from './dataset';
import { DatasetError } from './dataset-error';
import { expandPoint } from './features';

/** The network input for one source point of length `data.source.d`; writes into `out` if given. */
export function encodeInput(data: Dataset, point: ArrayLike<number>, out = new Float64Array(data.d)): Float64Array {
  if (point.length !== data.source.d) {
    throw new DatasetError(`the point has ${point.length} values, this dataset's points have ${data.source.d} (${data.source.names.join(', ')})`);
  }
  if (data.features) expandPoint(data.features, point[0], point.length > 1 ? point[1] : 0, out, 0);
  else for (let j = 0; j < data.d; j++) out[j] = point[j];
  if (data.scaling) {
    for (let j = 0; j < data.d; j++) out[j] = (out[j] - data.scaling.mean[j]) / data.scaling.std[j];
  }
  return out;
}
