/**
 * The PyTorch reference cases, shared by the fixture test and the generator
 * (scripts/reference/training_cases.js writes them as JSON for training_reference.py). Everything
 * comes from our code and SeededRng: data, initial weights (createNetwork), batch orders
 * (nextEpochOrder). Every optimizer, loss and activation appears; tanh and gelu in full crosses.
 */
import { fromActivationSpec, LayerActivation } from '../../../src/core/training/layer-activation';
import { getActivation } from '../../../src/core/activations/registry';
import { SeededRng } from '../../../src/core/random/seeded-rng';
import { nextEpochOrder } from '../../../src/core/training/batch-order';
import type { LossName } from '../../../src/core/training/losses';
import { createNetwork, HiddenLayerSpec, Network, OutputHead } from '../../../src/core/training/network';
import type { OptimizerConfig } from '../../../src/core/training/optimizers';
import type { DataSplit } from '../../../src/core/training/training-data';
import type { TrainOptions } from '../../../src/core/training/train';

/** The "user-defined" activation x * sigmoid(1.5 x), written out by hand as a LayerActivation. */
export const userSwish15: LayerActivation = {
  name: 'user:x*sigmoid(1.5x)',
  torchExpression: 'x * torch.sigmoid(1.5 * x)',
  valueAndSlope(pre, post, slope, n) {
    for (let i = 0; i < n; i++) {
      const x = pre[i];
      const s = 1 / (1 + Math.exp(-1.5 * x));
      post[i] = x * s;
      slope[i] = s + 1.5 * x * s * (1 - s);
    }
  },
};

/** Activation names of the cases: registry names, 'user', 'prelu' (learned, shared), 'prelu_unit', 'maxout2', 'maxout3'. */
export type CaseActivation = 'relu' | 'tanh' | 'gelu' | 'user' | 'prelu' | 'prelu_unit' | 'maxout2' | 'maxout3' | 'leaky_relu' | 'elu' | 'sigmoid';

export interface ReferenceCase {
  name: string;
  sizes: number[];
  activation: CaseActivation | CaseActivation[];
  output: OutputHead;
  loss: LossName;
  optimizer: OptimizerConfig;
  n: number;
  batchSize: number;
  epochs: number;
  l1?: number;
  l2?: number;
  clipNorm?: number;
  clipValue?: number;
  seed: number;
}

/** What the reference script needs to know about a hidden activation. */
export function activationDescription(a: CaseActivation): { kind: string; name?: string; params?: Record<string, number | string>; pieces?: number; perUnit?: boolean } {
  switch (a) {
    case 'prelu': return { kind: 'prelu', perUnit: false };
    case 'prelu_unit': return { kind: 'prelu', perUnit: true };
    case 'maxout2': return { kind: 'maxout', pieces: 2 };
    case 'maxout3': return { kind: 'maxout', pieces: 3 };
    case 'user': return { kind: 'user', name: 'x*sigmoid(1.5x)' };
    case 'leaky_relu': return { kind: 'builtin', name: 'leaky_relu', params: { negative_slope: 0.2 } };
    case 'elu': return { kind: 'builtin', name: 'elu', params: { alpha: 0.7 } };
    case 'gelu': return { kind: 'builtin', name: 'gelu', params: { approximate: 'none' } };
    default: return { kind: 'builtin', name: a, params: {} };
  }
}

export function hiddenSpec(a: CaseActivation): HiddenLayerSpec {
  const d = activationDescription(a);
  if (d.kind === 'prelu') return { kind: 'prelu', perUnit: d.perUnit };
  if (d.kind === 'maxout') return { kind: 'maxout', pieces: d.pieces! };
  if (d.kind === 'user') return { kind: 'activation', activation: userSwish15 };
  return { kind: 'activation', activation: fromActivationSpec(getActivation(d.name!)!, d.params) };
}

/** Seeded 2-D points in [-1.5, 1.5)^2 with targets for the loss (mse: 1 or 2 outputs; bce/hinge: quadrant sign; ce: angle sector). */
export function caseData(c: ReferenceCase): DataSplit {
  const rng = new SeededRng(1000 + c.seed);
  const inputs = c.sizes[0];
  const outputs = c.sizes[c.sizes.length - 1];
  const x = new Float64Array(c.n * inputs);
  const width = c.loss === 'cross_entropy' ? 1 : outputs;
  const y = new Float64Array(c.n * width);
  for (let s = 0; s < c.n; s++) {
    for (let i = 0; i < inputs; i++) x[s * inputs + i] = rng.nextUniform(-1.5, 1.5);
    const a = x[s * inputs];
    const b = x[s * inputs + 1];
    for (let j = 0; j < width; j++) {
      const k = s * width + j;
      switch (c.loss) {
        case 'mse': y[k] = c.output === 'sigmoid' ? 1 / (1 + Math.exp(-3 * a * b)) : Math.sin(2 * a + j) + 0.5 * b; break;
        case 'bce': y[k] = a * b + 0.1 * j > 0 ? 1 : 0; break;
        case 'hinge': y[k] = a * b > 0 ? 1 : -1; break;
        case 'cross_entropy': y[k] = Math.floor(((Math.atan2(b, a) + Math.PI) / (2 * Math.PI)) * outputs) % outputs; break;
      }
    }
  }
  return { x, y, n: c.n };
}

export function caseNetwork(c: ReferenceCase): Network {
  const hidden = Array.isArray(c.activation) ? c.activation.map(hiddenSpec) : hiddenSpec(c.activation);
  return createNetwork({ sizes: c.sizes, hidden, output: c.output, init: 'torch_default', seed: c.seed });
}

export function caseOptions(c: ReferenceCase): TrainOptions {
  return {
    loss: c.loss, optimizer: c.optimizer, epochs: c.epochs, batchSize: c.batchSize, shuffle: true, seed: c.seed,
    l1: c.l1, l2: c.l2, clipNorm: c.clipNorm, clipValue: c.clipValue, recordEvery: 0,
  };
}

/** The batch orders of every epoch, as the engine draws them (concatenated). */
export function caseOrders(c: ReferenceCase): number[] {
  const rng = new SeededRng(c.seed);
  const order = new Int32Array(c.n);
  const all: number[] = [];
  for (let e = 0; e < c.epochs; e++) {
    nextEpochOrder(order, rng);
    all.push(...order);
  }
  return all;
}

const OPTIMIZERS: Record<string, OptimizerConfig> = {
  sgd: { kind: 'sgd', lr: 0.1 },
  sgd_nesterov_wd: { kind: 'sgd', lr: 0.05, momentum: 0.9, nesterov: true, weightDecay: 1e-3 },
  sgd_momentum_dampening: { kind: 'sgd', lr: 0.05, momentum: 0.8, dampening: 0.3 },
  adam: { kind: 'adam', lr: 0.01 },
  adamw: { kind: 'adamw', lr: 0.01, weightDecay: 0.05 },
  rmsprop: { kind: 'rmsprop', lr: 0.003 },
  rmsprop_centered_momentum: { kind: 'rmsprop', lr: 0.002, momentum: 0.5, centered: true, weightDecay: 1e-3 },
};
const MAIN_OPTIMIZERS = ['sgd', 'sgd_nesterov_wd', 'adam', 'adamw', 'rmsprop', 'rmsprop_centered_momentum'];
const LOSSES: LossName[] = ['mse', 'bce', 'cross_entropy', 'hinge'];

function outputsFor(loss: LossName): number { return loss === 'cross_entropy' ? 3 : 1; }

/** 1,000 steps: 40 points in batches of 8 for 200 epochs. */
function standard(name: string, activation: CaseActivation | CaseActivation[], loss: LossName, opt: string, seed: number, extra: Partial<ReferenceCase> = {}): ReferenceCase {
  return { name, sizes: [2, 8, 8, outputsFor(loss)], activation, output: 'linear', loss, optimizer: OPTIMIZERS[opt], n: 40, batchSize: 8, epochs: 200, seed, ...extra };
}

export function referenceCases(): ReferenceCase[] {
  const cases: ReferenceCase[] = [];
  let seed = 1;
  for (const act of ['tanh', 'gelu'] as CaseActivation[]) {
    for (const loss of LOSSES) for (const opt of MAIN_OPTIMIZERS) cases.push(standard(`${act}/${loss}/${opt}`, act, loss, opt, seed++));
  }
  // relu, the user activation and PReLU: every loss and every optimizer, rotated.
  for (const act of ['relu', 'user', 'prelu'] as CaseActivation[]) {
    MAIN_OPTIMIZERS.forEach((opt, i) => { const loss = LOSSES[i % 4]; cases.push(standard(`${act}/${loss}/${opt}`, act, loss, opt, seed++)); });
    cases.push(standard(`${act}/hinge/adam`, act, 'hinge', 'adam', seed++));
    cases.push(standard(`${act}/cross_entropy/sgd`, act, 'cross_entropy', 'sgd', seed++));
  }
  cases.push(standard('tanh/mse/sgd_momentum_dampening', 'tanh', 'mse', 'sgd_momentum_dampening', seed++));
  cases.push(standard('prelu_unit/bce/adam', 'prelu_unit', 'bce', 'adam', seed++));
  cases.push(standard('maxout2/mse/adam', 'maxout2', 'mse', 'adam', seed++));
  cases.push(standard('maxout3/cross_entropy/sgd_nesterov_wd', 'maxout3', 'cross_entropy', 'sgd_nesterov_wd', seed++));
  cases.push(standard('mixed[relu,gelu]/bce/rmsprop', ['relu', 'gelu'], 'bce', 'rmsprop', seed++));
  cases.push(standard('leaky_relu/hinge/sgd', 'leaky_relu', 'hinge', 'sgd', seed++));
  cases.push(standard('elu/mse/adamw', 'elu', 'mse', 'adamw', seed++));
  cases.push(standard('l1l2/tanh/mse/sgd', 'tanh', 'mse', 'sgd', seed++, { l1: 1e-3, l2: 1e-3 }));
  cases.push(standard('l1l2/relu/bce/adam', 'relu', 'bce', 'adam', seed++, { l1: 5e-4, l2: 2e-3 }));
  cases.push(standard('clipnorm/gelu/cross_entropy/sgd', 'gelu', 'cross_entropy', 'sgd', seed++, { clipNorm: 0.5 }));
  cases.push(standard('clipvalue/tanh/mse/adam', 'tanh', 'mse', 'adam', seed++, { clipValue: 0.05 }));
  cases.push(standard('clip-both/relu/hinge/sgd_nesterov_wd', 'relu', 'hinge', 'sgd_nesterov_wd', seed++, { clipNorm: 1, clipValue: 0.1 }));
  cases.push(standard('softmax-output/tanh/cross_entropy/adam', 'tanh', 'cross_entropy', 'adam', seed++, { output: 'softmax' }));
  cases.push(standard('sigmoid-output/tanh/mse/adam', 'tanh', 'mse', 'adam', seed++, { output: 'sigmoid' }));
  cases.push(standard('sigmoid-output/gelu/bce/sgd', 'gelu', 'bce', 'sgd', seed++, { output: 'sigmoid' }));
  cases.push(standard('two-outputs/tanh/mse/rmsprop', 'tanh', 'mse', 'rmsprop', seed++, { sizes: [2, 8, 8, 2] }));
  cases.push(standard('deep/tanh/cross_entropy/adam', 'tanh', 'cross_entropy', 'adam', seed++, { sizes: [2, 16, 12, 8, 3] }));
  cases.push(standard('batch1/relu/mse/sgd', 'relu', 'mse', 'sgd', seed++, { n: 20, batchSize: 1, epochs: 50, optimizer: { kind: 'sgd', lr: 0.02 } }));
  cases.push(standard('batch1/gelu/bce/adam', 'gelu', 'bce', 'adam', seed++, { n: 20, batchSize: 1, epochs: 50 }));
  cases.push(standard('fullbatch/tanh/mse/sgd', 'tanh', 'mse', 'sgd', seed++, { batchSize: 40, epochs: 1000 }));
  cases.push(standard('fullbatch/user/cross_entropy/adam', 'user', 'cross_entropy', 'adam', seed++, { batchSize: 40, epochs: 1000 }));
  cases.push(standard('ragged-batch/prelu/hinge/rmsprop', 'prelu', 'hinge', 'rmsprop', seed++, { n: 42, batchSize: 10, epochs: 200 }));
  return cases;
}

/** Steps recorded in the fixture (1-based): 1..100, then every 50th to 1,000 (or the last). */
export function recordedSteps(total: number): number[] {
  const steps: number[] = [];
  for (let s = 1; s <= Math.min(100, total); s++) steps.push(s);
  for (let s = 150; s <= total; s += 50) steps.push(s);
  return steps;
}

/** The JSON the reference script reads for one case. */
export function caseJson(c: ReferenceCase): object {
  const net = caseNetwork(c);
  const data = caseData(c);
  const acts = Array.isArray(c.activation) ? c.activation : new Array(c.sizes.length - 2).fill(c.activation);
  return {
    name: c.name,
    sizes: c.sizes,
    hidden: acts.map(activationDescription),
    output: c.output,
    loss: c.loss,
    optimizer: c.optimizer,
    l1: c.l1 ?? 0,
    l2: c.l2 ?? 0,
    clipNorm: c.clipNorm ?? null,
    clipValue: c.clipValue ?? null,
    parameters: net.tensors.map((t) => ({ name: t.name, shape: t.shape, values: Array.from(net.parameters.subarray(t.offset, t.offset + t.length)) })),
    x: Array.from(data.x),
    y: Array.from(data.y),
    n: c.n,
    batchSize: c.batchSize,
    epochs: c.epochs,
    orders: caseOrders(c),
    recordedSteps: recordedSteps(Math.ceil(c.n / c.batchSize) * c.epochs),
  };
}
