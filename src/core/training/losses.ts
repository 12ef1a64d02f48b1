/**
 * The losses, reduction "mean" as in PyTorch, each as a sum over a chunk plus the gradient with
 * respect to the output layer's pre-activations (the logits), scaled by the caller (1 / count of
 * the whole batch), so chunks add up to the mean.
 *
 * - mse: mean over samples x outputs of (o - t)^2, o the head's output (linear or sigmoid).
 * - bce: BCEWithLogitsLoss on the logits z: mean of max(z, 0) - z t + log1p(exp(-|z|)), t in [0, 1].
 * - cross_entropy: CrossEntropyLoss on the logits, integer labels 0..outputs-1: mean of logsumexp(z) - z[label].
 * - hinge: mean over samples x outputs of max(0, 1 - y o), y in {-1, +1} (micrograd's / the SVM's);
 *   the gradient -y where 1 - y o >= 0 (torch's clamp(min=0) passes the gradient at the kink).
 */
import type { Network, OutputHead } from './network';
import { TrainingArgumentError } from './training-error';

export type LossName = 'mse' | 'bce' | 'cross_entropy' | 'hinge';
export const LOSS_NAMES: readonly LossName[] = ['mse', 'bce', 'cross_entropy', 'hinge'];

/** Entries of targets per sample: `outputs` for elementwise losses, 1 label for cross-entropy. */
export function targetWidth(loss: LossName, outputs: number): number {
  return loss === 'cross_entropy' ? 1 : outputs;
}

/** How many terms the mean divides by for a batch of n samples. */
export function lossTermCount(loss: LossName, n: number, outputs: number): number {
  return loss === 'cross_entropy' ? n : n * outputs;
}

/** Refuses loss / head / target combinations PyTorch would not compute the same way. */
export function checkLoss(loss: LossName, net: Network): void {
  if (!LOSS_NAMES.includes(loss)) throw new TrainingArgumentError('loss', `unknown loss '${String(loss)}'`, LOSS_NAMES.join(', '));
  const head: OutputHead = net.head;
  const ok =
    (loss === 'mse' && head !== 'softmax') ||
    (loss === 'bce' && head !== 'softmax') ||
    (loss === 'cross_entropy' && head !== 'sigmoid' && net.outputs >= 2) ||
    (loss === 'hinge' && head === 'linear');
  if (!ok) {
    const accepted = { mse: 'a linear or sigmoid output', bce: 'a linear or sigmoid output (the loss reads the logits)', cross_entropy: 'a linear or softmax output with at least 2 outputs (the loss reads the logits)', hinge: 'a linear output' }[loss];
    throw new TrainingArgumentError('loss', `${loss} does not go with a ${head} output of ${net.outputs} unit(s)`, accepted);
  }
}

/** Checks every target against the loss (labels whole and in range, bce in [0, 1], hinge +-1). */
export function checkTargets(argument: string, loss: LossName, targets: Float64Array, n: number, outputs: number): void {
  const width = targetWidth(loss, outputs);
  if (targets.length !== n * width) throw new TrainingArgumentError(argument, `${targets.length} target values for ${n} samples`, `${width} per sample (${n * width})`);
  for (let i = 0; i < targets.length; i++) {
    const t = targets[i];
    const bad =
      loss === 'cross_entropy' ? !(Number.isInteger(t) && t >= 0 && t < outputs) :
      loss === 'bce' ? !(t >= 0 && t <= 1) :
      loss === 'hinge' ? !(t === 1 || t === -1) : !Number.isFinite(t);
    if (bad) {
      const accepted = { cross_entropy: `class labels 0 to ${outputs - 1}`, bce: 'numbers from 0 to 1', hinge: 'labels -1 and +1', mse: 'finite numbers' }[loss];
      throw new TrainingArgumentError(argument, `entry ${i} is ${t}`, accepted);
    }
  }
}

/**
 * The sum of the loss terms of rows 0..n-1 (Z the logits, A the head output, T the targets). With
 * `dZ`, also writes d(sum)/dZ / termCount into it (termCount: the terms of the whole batch, so
 * chunks add up to the gradient of the mean).
 */
export function lossSum(loss: LossName, head: OutputHead, Z: Float64Array, A: Float64Array, T: Float64Array, n: number, outputs: number, termCount: number, dZ: Float64Array | null): number {
  const acc = new Float64Array(1);
  addLossSum(acc, loss, head, Z, A, T, n, outputs, termCount, dZ);
  return acc[0];
}

/**
 * lossSum added into acc[0]: the training loop's form. A double returned from (or passed to) a call
 * that is not inlined is boxed on the heap; a slot in a preallocated array and an integer are not.
 */
export function addLossSum(acc: Float64Array, loss: LossName, head: OutputHead, Z: Float64Array, A: Float64Array, T: Float64Array, n: number, outputs: number, termCount: number, dZ: Float64Array | null): void {
  const scale = 1 / termCount;
  let sum = 0;
  const count = n * outputs;
  switch (loss) {
    case 'mse': {
      const sig = head === 'sigmoid';
      for (let i = 0; i < count; i++) {
        const d = A[i] - T[i];
        sum += d * d;
        if (dZ !== null) dZ[i] = sig ? 2 * d * scale * (A[i] * (1 - A[i])) : 2 * d * scale;
      }
      acc[0] += sum;
      return;
    }
    case 'bce':
      for (let i = 0; i < count; i++) {
        const z = Z[i];
        const t = T[i];
        const e = Math.exp(-Math.abs(z)); // one exp serves the loss and sigmoid(z): 1/(1+e) for z >= 0, e/(1+e) below
        sum += Math.max(z, 0) - z * t + Math.log1p(e);
        if (dZ !== null) {
          const s = 1 / (1 + e);
          dZ[i] = ((z >= 0 ? s : e * s) - t) * scale;
        }
      }
      acc[0] += sum;
      return;
    case 'hinge':
      for (let i = 0; i < count; i++) {
        const y = T[i];
        const m = 1 - y * Z[i];
        if (m > 0) sum += m;
        if (dZ !== null) dZ[i] = m >= 0 ? -y * scale : 0;
      }
      acc[0] += sum;
      return;
    case 'cross_entropy':
      for (let r = 0; r < n; r++) {
        const o = r * outputs;
        let m = Z[o];
        for (let j = 1; j < outputs; j++) if (Z[o + j] > m) m = Z[o + j];
        let s = 0;
        for (let j = 0; j < outputs; j++) s += Math.exp(Z[o + j] - m);
        const label = T[r];
        sum += m + Math.log(s) - Z[o + label];
        if (dZ !== null) {
          for (let j = 0; j < outputs; j++) dZ[o + j] = (Math.exp(Z[o + j] - m) / s - (j === label ? 1 : 0)) * scale;
        }
      }
      acc[0] += sum;
  }
}

/**
 * How MSE targets are class labels, for accuracy (TensorFlow Playground trains classes with mse):
 * 'sign' ±1 labels judged by the output > 0, 'zero-one' 0/1 labels by the output > 0.5, 'one-hot'
 * rows by the first argmax of the outputs; 'none': real-valued targets (regression), accuracy NaN.
 */
export type MseLabels = 'sign' | 'zero-one' | 'one-hot' | 'none';
export const MSE_LABELS: readonly MseLabels[] = ['sign', 'zero-one', 'one-hot', 'none'];

/**
 * The MSE labels the targets of these splits are (for a caller that does not say): several outputs
 * with every row one-hot: 'one-hot'; one output, every target ±1 (a linear output) or 0/1: 'sign'
 * or 'zero-one' (a sigmoid output reads 0/1 first, as its outputs lie in (0, 1)); else 'none'.
 */
export function inferMseLabels(head: OutputHead, outputs: number, ...targets: Float64Array[]): MseLabels {
  let total = 0;
  for (const t of targets) total += t.length;
  if (total === 0) return 'none';
  if (outputs > 1) {
    for (const t of targets) {
      for (let o = 0; o < t.length; o += outputs) {
        let ones = 0;
        for (let j = 0; j < outputs; j++) {
          const v = t[o + j];
          if (v === 1) ones++;
          else if (v !== 0) return 'none';
        }
        if (ones !== 1) return 'none';
      }
    }
    return 'one-hot';
  }
  const all = (ok: (v: number) => boolean) => targets.every((t) => t.every(ok));
  const zeroOne = all((v) => v === 0 || v === 1);
  const sign = all((v) => v === -1 || v === 1);
  if (head === 'sigmoid') return zeroOne ? 'zero-one' : 'none';
  return sign ? 'sign' : zeroOne ? 'zero-one' : 'none';
}

/**
 * Correct MSE predictions among rows 0..n-1 of A (the head's outputs) against labelled targets T:
 * the rule of MseLabels, the one the per-epoch record and the language's summary both use.
 */
export function countCorrectLabels(labels: MseLabels, A: Float64Array, T: Float64Array, n: number, outputs: number): number {
  let correct = 0;
  if (labels === 'one-hot') {
    for (let r = 0; r < n; r++) {
      const o = r * outputs;
      let best = 0;
      for (let j = 1; j < outputs; j++) if (A[o + j] > A[o + best]) best = j;
      if (T[o + best] === 1) correct++;
    }
  } else if (labels === 'sign' || labels === 'zero-one') {
    const cut = labels === 'zero-one' ? 0.5 : 0;
    for (let i = 0; i < n * outputs; i++) if ((A[i] > cut) === (T[i] > cut)) correct++;
  }
  return correct;
}

/**
 * Correct predictions among rows 0..n-1, and how many were judged: bce by logit > 0 vs target > 0.5,
 * hinge by output > 0 vs label +1 (both per output), cross-entropy by the first argmax; mse on the
 * head's outputs A by `labels` (countCorrectLabels; 'none', regression, judges none).
 */
export function countCorrect(loss: LossName, Z: Float64Array, A: Float64Array, T: Float64Array, n: number, outputs: number, labels: MseLabels = 'none'): number {
  let correct = 0;
  if (loss === 'bce' || loss === 'hinge') {
    const cut = loss === 'bce' ? 0.5 : 0;
    for (let i = 0; i < n * outputs; i++) if ((Z[i] > 0) === (T[i] > cut)) correct++;
  } else if (loss === 'cross_entropy') {
    for (let r = 0; r < n; r++) {
      const o = r * outputs;
      let best = 0;
      for (let j = 1; j < outputs; j++) if (Z[o + j] > Z[o + best]) best = j;
      if (best === T[r]) correct++;
    }
  } else {
    correct = countCorrectLabels(labels, A, T, n, outputs);
  }
  return correct;
}

/** Number of judgements countCorrect makes for n rows (0 for mse on regression targets: accuracy is NaN). */
export function accuracyDenominator(loss: LossName, n: number, outputs: number, labels: MseLabels = 'none'): number {
  if (loss === 'mse') return labels === 'none' ? 0 : labels === 'one-hot' ? n : n * outputs;
  return loss === 'cross_entropy' ? n : n * outputs;
}
