/**
 * Prediction: the network's head outputs (linear values, sigmoid probabilities or softmax rows)
 * for given points, in chunks through a reusable Predictor (no allocation per call), e.g. for
 * predict(run, x) and decision-boundary grids.
 */
import type { Network } from './network';
import { forwardPass } from './propagation';
import { TrainingArgumentError } from './training-error';
import { Workspace } from './workspace';

export class Predictor {
  private readonly ws: Workspace;

  constructor(private readonly net: Network, chunkRows = 512) {
    this.ws = new Workspace(net, Math.max(1, chunkRows));
  }

  /**
   * out[r * outputs + j] = head output j of point r, for the n points of `x` (n x inputs). With
   * `logits`, the pre-head values instead.
   */
  predictInto(x: Float64Array, n: number, out: Float64Array, logits = false): void {
    const { net, ws } = this;
    const inputs = net.inputs;
    const outputs = net.outputs;
    if (x.length < n * inputs) throw new TrainingArgumentError('points', `${x.length} values for ${n} points`, `${inputs} values per point`);
    if (out.length < n * outputs) throw new TrainingArgumentError('out', `room for ${out.length} values`, `${n * outputs} values`);
    const last = net.layers.length - 1;
    for (let c = 0; c < n; c += ws.capacity) {
      const rows = Math.min(ws.capacity, n - c);
      for (let i = 0; i < rows * inputs; i++) ws.input[i] = x[c * inputs + i];
      forwardPass(net, ws, rows);
      const src = logits ? ws.pre[last] : ws.post[last];
      for (let i = 0; i < rows * outputs; i++) out[c * outputs + i] = src[i];
    }
  }
}

/** The head outputs for n points (allocates the result; use a Predictor for repeated calls). */
export function predict(net: Network, x: Float64Array, n = x.length / net.inputs): Float64Array {
  const out = new Float64Array(n * net.outputs);
  new Predictor(net, Math.min(512, Math.max(1, n))).predictInto(x, n, out);
  return out;
}
