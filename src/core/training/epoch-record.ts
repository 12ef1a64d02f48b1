/**
 * The per-epoch record, computed on a full pass over the training set at the epoch's end (with the
 * parameters after its last step), plus a forward pass over the test set.
 *
 * Per layer (hidden and output):
 * - gradientNorm: 2-norm of the layer's weight gradient of the full-training-set objective (data
 *   loss + L1/L2 penalty), before clipping.
 * - weightNorm: 2-norm of the layer's weight matrix.
 * - preMean, preStd: mean and population standard deviation of all pre-activations (units x pieces x samples).
 * Hidden layers only (NaN for the output layer):
 * - dead: share of units whose output is exactly 0 for every training sample.
 * - sparsity: share of exact zeros among all outputs (units x samples).
 * - saturated: share of units with |f'(pre)| < 0.01 for every training sample (f' as used in the
 *   backward pass: the activation's slope, PReLU's 1 or a; maxout units never saturate).
 */
import type { Network } from './network';
import type { Workspace } from './workspace';

export interface LayerRecord {
  gradientNorm: number;
  weightNorm: number;
  preMean: number;
  preStd: number;
  dead: number;
  sparsity: number;
  saturated: number;
}

export interface EpochRecord {
  /** 1-based. */
  epoch: number;
  /** Steps taken up to the end of this epoch. */
  steps: number;
  /** Data loss on the whole training set (without the penalty). */
  trainLoss: number;
  testLoss: number;
  /** Share of correct predictions (losses.ts countCorrect); mse judges class labels (TrainOptions.mseLabels), NaN for regression targets. */
  trainAccuracy: number;
  testAccuracy: number;
  /** The L1/L2 penalty at the epoch's end (added to the step losses). */
  penalty: number;
  /** Mean of this epoch's step losses. */
  meanStepLoss: number;
  layers: LayerRecord[];
  elapsedMs: number;
}

/** SATURATION_THRESHOLD: |f'| below it counts as saturated. */
export const SATURATION_THRESHOLD = 0.01;

/** Accumulates the activation statistics of one full pass, chunk by chunk (buffers allocated once per run). */
export class LayerStatsAccumulator {
  private readonly everNonZero: Uint8Array[];
  private readonly everUnsaturated: Uint8Array[];
  private readonly zeros: Float64Array;
  private readonly preSum: Float64Array;
  private readonly preSumSq: Float64Array;
  private rows = 0;

  constructor(private readonly net: Network) {
    this.everNonZero = net.layers.map((l) => new Uint8Array(l.units));
    this.everUnsaturated = net.layers.map((l) => new Uint8Array(l.units));
    const L = net.layers.length;
    this.zeros = new Float64Array(L);
    this.preSum = new Float64Array(L);
    this.preSumSq = new Float64Array(L);
  }

  reset(): void {
    for (const a of this.everNonZero) a.fill(0);
    for (const a of this.everUnsaturated) a.fill(0);
    this.zeros.fill(0);
    this.preSum.fill(0);
    this.preSumSq.fill(0);
    this.rows = 0;
  }

  /** Adds rows 0..n-1 of the workspace's last forward pass. */
  add(ws: Workspace, n: number): void {
    const layers = this.net.layers;
    for (let l = 0; l < layers.length; l++) {
      const layer = layers[l];
      const Z = ws.pre[l];
      let s = 0;
      let s2 = 0;
      for (let i = 0; i < n * layer.rows; i++) { const z = Z[i]; s += z; s2 += z * z; }
      this.preSum[l] += s;
      this.preSumSq[l] += s2;
      if (layer.kind === 'output') continue;
      const A = ws.post[l];
      const S = ws.slope[l];
      const nz = this.everNonZero[l];
      const us = this.everUnsaturated[l];
      const units = layer.units;
      let zeros = 0;
      for (let r = 0; r < n; r++) {
        for (let u = 0; u < units; u++) {
          const i = r * units + u;
          if (A[i] === 0) zeros++;
          else nz[u] = 1;
          if (layer.kind === 'maxout' || !(Math.abs(S[i]) < SATURATION_THRESHOLD)) us[u] = 1;
        }
      }
      this.zeros[l] += zeros;
    }
    this.rows += n;
  }

  /** The layer records, given the full-set gradient (layout of net.parameters). */
  finish(gradients: Float64Array): LayerRecord[] {
    const p = this.net.parameters;
    return this.net.layers.map((layer, l) => {
      const w0 = layer.weightOffset;
      const w1 = w0 + layer.rows * layer.inputs;
      let gn = 0;
      let wn = 0;
      for (let i = w0; i < w1; i++) { gn += gradients[i] * gradients[i]; wn += p[i] * p[i]; }
      const count = this.rows * layer.rows;
      const mean = this.preSum[l] / count;
      const variance = Math.max(0, this.preSumSq[l] / count - mean * mean);
      const hidden = layer.kind !== 'output';
      const share = (flags: Uint8Array) => { let c = 0; for (let u = 0; u < flags.length; u++) if (flags[u] === 0) c++; return c / flags.length; };
      return {
        gradientNorm: Math.sqrt(gn),
        weightNorm: Math.sqrt(wn),
        preMean: mean,
        preStd: Math.sqrt(variance),
        dead: hidden ? share(this.everNonZero[l]) : NaN,
        sparsity: hidden ? this.zeros[l] / (this.rows * layer.units) : NaN,
        saturated: hidden ? share(this.everUnsaturated[l]) : NaN,
      };
    });
  }
}
