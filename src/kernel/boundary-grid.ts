/**
 * The decision-boundary grid of a trained network over a 2-D dataset's input plane: each cell centre
 * is encoded exactly as the dataset's rows were (feature expansion, then the training-set scaling:
 * encodeInput), all cells go through one batched forward pass (Predictor), and the pre-head outputs
 * become what the payload shows (src/shared/training-payload.ts, BoundaryGrid):
 * - one output, classification: the probability of class 1 — sigmoid(z) for a sigmoid head or BCE,
 *   else the output read on the targets' scale ((z + 1) / 2 for ±1 targets, z for 0/1), clamped;
 * - several outputs: the arg-max class, with the softmax probability as confidence;
 * - regression: the output value, coloured over the targets' range.
 * Also the source points (what a point "is", before features) with their labels. Pure.
 */
import { classIndexTargets, encodeInput, type Dataset } from '../core/training/datasets';
import type { LossName } from '../core/training/losses';
import type { Network } from '../core/training/network';
import { Predictor } from '../core/training/predict';
import type { BoundaryGrid, PointSet } from '../shared/training-payload';

/** Cells per side unless asked otherwise (10,000 forward rows: a few milliseconds). */
export const DEFAULT_GRID_SIDE = 100;

/** How the single output of a network is read as P(class 1). */
export type ProbabilityReading = 'sigmoid' | 'sign' | 'zero-one';

/** The reading of a one-output classifier trained with `loss` on targets `y`. */
export function probabilityReading(net: Network, loss: LossName, y: ArrayLike<number>): ProbabilityReading {
  if (net.head === 'sigmoid' || loss === 'bce') return 'sigmoid';
  for (let i = 0; i < y.length; i++) if (y[i] < 0) return 'sign';
  return loss === 'hinge' ? 'sign' : 'zero-one';
}

const clamp01 = (v: number): number => (v < 0 ? 0 : v > 1 ? 1 : v);
const sigmoid = (z: number): number => (z >= 0 ? 1 / (1 + Math.exp(-z)) : Math.exp(z) / (1 + Math.exp(z)));

/** P(class 1) from the pre-head output z. */
export function probabilityOf(z: number, reading: ProbabilityReading): number {
  if (!Number.isFinite(z)) return z > 0 ? 1 : 0.5;
  if (reading === 'sigmoid') return sigmoid(z);
  if (reading === 'sign') return clamp01((z + 1) / 2);
  return clamp01(z);
}

/** The source-plane extent of the data, padded by 5 % of each span (a point never sits on the edge). */
export function planeRange(data: Dataset): { x: [number, number]; y: [number, number] } {
  const src = data.source.inputs;
  const d = data.source.d;
  const ext = (col: number): [number, number] => {
    let lo = Infinity;
    let hi = -Infinity;
    for (let i = col; i < src.length; i += d) {
      if (src[i] < lo) lo = src[i];
      if (src[i] > hi) hi = src[i];
    }
    if (!(hi > lo)) return [Number.isFinite(lo) ? lo - 1 : -1, Number.isFinite(hi) ? hi + 1 : 1];
    const pad = (hi - lo) * 0.05;
    return [lo - pad, hi + pad];
  };
  return { x: ext(0), y: ext(d > 1 ? 1 : 0) };
}

/** Whether the dataset's points lie on a plane the network reads (2 source columns, matching inputs). */
export function hasPlane(net: Network, data: Dataset | undefined): data is Dataset {
  return data !== undefined && data.source.d === 2 && data.d === net.inputs;
}

export interface GridOptions {
  nx?: number;
  ny?: number;
  xRange?: [number, number];
  yRange?: [number, number];
}

/** The network's output over the plane of `data` (see the file comment). */
export function boundaryGrid(net: Network, loss: LossName, trainY: ArrayLike<number>, data: Dataset, options: GridOptions = {}): BoundaryGrid {
  const nx = options.nx ?? DEFAULT_GRID_SIDE;
  const ny = options.ny ?? nx;
  const range = planeRange(data);
  const xRange = options.xRange ?? range.x;
  const yRange = options.yRange ?? range.y;
  const cells = nx * ny;
  const encoded = new Float64Array(cells * data.d);
  const point = new Float64Array(2);
  for (let j = 0; j < ny; j++) {
    point[1] = yRange[0] + ((j + 0.5) * (yRange[1] - yRange[0])) / ny;
    for (let i = 0; i < nx; i++) {
      point[0] = xRange[0] + ((i + 0.5) * (xRange[1] - xRange[0])) / nx;
      const c = j * nx + i;
      encodeInput(data, point, encoded.subarray(c * data.d, (c + 1) * data.d));
    }
  }
  const k = net.outputs;
  const z = new Float64Array(cells * k);
  new Predictor(net, 1024).predictInto(encoded, cells, z, true);
  const values = new Array<number>(cells);
  const base = { nx, ny, xRange: [xRange[0], xRange[1]] as [number, number], yRange: [yRange[0], yRange[1]] as [number, number] };
  if (data.task === 'regression' || (k === 1 && data.task !== 'binary')) {
    let lo = Infinity;
    let hi = -Infinity;
    for (let i = 0; i < trainY.length; i++) { lo = Math.min(lo, trainY[i]); hi = Math.max(hi, trainY[i]); }
    if (!(hi > lo)) { lo = (Number.isFinite(lo) ? lo : 0) - 1; hi = lo + 2; }
    for (let c = 0; c < cells; c++) {
      const v = net.head === 'sigmoid' ? sigmoid(z[c * k]) : z[c * k];
      values[c] = Number.isFinite(v) ? v : v > 0 ? hi : lo;
    }
    return { kind: 'value', ...base, values, classes: 0, valueRange: [lo, hi] };
  }
  if (k === 1) {
    const reading = probabilityReading(net, loss, trainY);
    for (let c = 0; c < cells; c++) values[c] = probabilityOf(z[c], reading);
    return { kind: 'probability', ...base, values, classes: 2 };
  }
  const confidence = new Array<number>(cells);
  for (let c = 0; c < cells; c++) {
    let best = 0;
    let max = -Infinity;
    for (let j = 0; j < k; j++) if (z[c * k + j] > max) { max = z[c * k + j]; best = j; }
    let sum = 0;
    for (let j = 0; j < k; j++) sum += Math.exp(z[c * k + j] - max);
    values[c] = best;
    confidence[c] = Number.isFinite(sum) && sum > 0 ? 1 / sum : 1;
  }
  return { kind: 'class', ...base, values, classes: k, confidence };
}

/** Every `step`-th row from `from` to `to` of the source plane, labelled by class (or target value). */
function pointRows(data: Dataset, from: number, to: number, step: number, col: 0 | 1 | 'target'): PointSet {
  const d = data.source.d;
  const labels = data.task === 'regression' ? data.targets : Float64Array.from(classIndexTargets(data, data.task));
  const out: PointSet = { x: [], y: [], label: [] };
  for (let r = from; r < to; r += step) {
    out.x.push(data.source.inputs[r * d]);
    out.y.push(col === 'target' ? data.targets[r] : data.source.inputs[r * d + col]);
    out.label.push(labels[r]);
  }
  return out;
}

/** The train and test points of the source plane (y = the second column), thinned evenly to at most maxPoints. */
export function planePoints(data: Dataset, maxPoints: number): { train: PointSet; test: PointSet } {
  const step = Math.max(1, Math.ceil(data.n / maxPoints));
  return { train: pointRows(data, 0, data.nTrain, step, 1), test: pointRows(data, data.nTrain, data.n, step, 1) };
}

/** The train and test points of a 1-D dataset: x = the source column, y = the target. */
export function fitPoints(data: Dataset, maxPoints: number): { train: PointSet; test: PointSet } {
  const step = Math.max(1, Math.ceil(data.n / maxPoints));
  return { train: pointRows(data, 0, data.nTrain, step, 'target'), test: pointRows(data, data.nTrain, data.n, step, 'target') };
}
