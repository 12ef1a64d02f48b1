/**
 * A standalone PyTorch float64 script that reproduces a run: the network (initial weights inline),
 * the training data, every epoch's batch order, the loss, penalty, clipping and optimizer; it prints
 * the loss of every step, one per line (Python's shortest round-trip repr), so it can be compared
 * with run.stepLosses. Activations need a `torchExpression`: built-ins with an exact torch
 * counterpart have one (see layer-activation.ts); random ones (rrelu training, noisy_relu) and
 * srelu, squareplus, sparse_plus, heaviside have none, nor does a user activation unless the
 * language layer gives its formula as torch code.
 */
import { SeededRng } from '../random/seeded-rng';
import { nextEpochOrder } from './batch-order';
import type { Network } from './network';
import { resolveOptimizer } from './optimizers';
import type { TrainingData } from './export-types';
import { TrainingArgumentError } from './training-error';

/** Python literal of a double that reads back as the same double. */
function num(v: number): string {
  if (Number.isNaN(v)) return "float('nan')";
  if (!Number.isFinite(v)) return v > 0 ? "float('inf')" : "float('-inf')";
  if (Object.is(v, -0)) return '-0.0';
  return String(v);
}

function list(values: ArrayLike<number>, perLine = 16): string {
  const parts: string[] = [];
  for (let i = 0; i < values.length; i += perLine) {
    parts.push(Array.from(Array.prototype.slice.call(values, i, i + perLine) as number[], num).join(', '));
  }
  return `[${parts.join(',\n ')}]`;
}

function pyBool(b: boolean): string {
  return b ? 'True' : 'False';
}

function optimizerCode(run: TrainingData): string {
  const o = resolveOptimizer(run.options.optimizer);
  switch (o.kind) {
    case 'sgd':
      return `torch.optim.SGD(model.parameters(), lr=${num(o.lr)}, momentum=${num(o.momentum)}, dampening=${num(o.dampening)}, nesterov=${pyBool(o.nesterov)}, weight_decay=${num(o.weightDecay)})`;
    case 'adam':
    case 'adamw':
      return `torch.optim.${o.kind === 'adam' ? 'Adam' : 'AdamW'}(model.parameters(), lr=${num(o.lr)}, betas=(${num(o.beta1)}, ${num(o.beta2)}), eps=${num(o.eps)}, weight_decay=${num(o.weightDecay)})`;
    case 'rmsprop':
      return `torch.optim.RMSprop(model.parameters(), lr=${num(o.lr)}, alpha=${num(o.alpha)}, eps=${num(o.eps)}, momentum=${num(o.momentum)}, centered=${pyBool(o.centered)}, weight_decay=${num(o.weightDecay)})`;
  }
}

function lossCode(run: TrainingData): string {
  const head = run.network.head;
  switch (run.options.loss) {
    case 'mse': return head === 'sigmoid' ? 'lambda z, y: F.mse_loss(torch.sigmoid(z), y)' : 'nn.MSELoss()';
    case 'bce': return 'nn.BCEWithLogitsLoss()';
    case 'cross_entropy': return 'nn.CrossEntropyLoss()';
    case 'hinge': return 'lambda z, y: torch.clamp(1 - y * z, min=0).mean()';
  }
}

function modelCode(net: Network): string {
  const init: string[] = [];
  const fwd: string[] = [];
  const fns: string[] = [];
  for (const layer of net.layers) {
    const l = layer.index;
    init.push(`        self.linear${l} = nn.Linear(${layer.inputs}, ${layer.rows})`);
    fwd.push(`        x = self.linear${l}(x)`);
    if (layer.kind === 'prelu') {
      init.push(`        self.prelu${l} = nn.PReLU(num_parameters=${layer.slopeCount})`);
      fwd.push(`        x = self.prelu${l}(x)`);
    } else if (layer.kind === 'maxout') {
      fwd.push(`        x = x.view(-1, ${layer.units}, ${layer.pieces}).max(dim=-1).values`);
    } else if (layer.kind === 'activation') {
      const a = layer.activation!;
      if (a.torchExpression === undefined) {
        throw new TrainingArgumentError('activation', `${a.name} (layer ${l + 1}) has no PyTorch form and cannot be exported`,
          'built-ins with a torch counterpart (relu, relu6, leaky_relu, prelu, elu, selu, celu, gelu, silu, mish, softplus, softsign, tanh, sigmoid, hardsigmoid, hardswish, hardtanh, hardshrink, softshrink, tanhshrink, logsigmoid, threshold, identity, swish, exponential), or a user activation with a torch expression');
      }
      fns.push(`def activation${l}(x):\n    return ${a.torchExpression}\n`);
      fwd.push(`        x = activation${l}(x)`);
    }
  }
  return `${fns.join('\n')}\n\nclass Model(nn.Module):\n    def __init__(self):\n        super().__init__()\n${init.join('\n')}\n\n    def forward(self, x):\n${fwd.join('\n')}\n        return x  # logits (the loss applies the head where it needs it)\n`;
}

/**
 * The script as a string. `data.network` must carry the initial parameters (a run's
 * `initialParameters`). A run that stopped early (interrupted, diverged) is exported up to the steps
 * it took (`steps`); a config not yet trained, with all its epochs.
 */
export function exportPyTorch(run: TrainingData): string {
  const net = run.network;
  const o = run.options;
  const params = run.initialParameters ?? net.parameters;
  const n = run.train.n;
  const batch = o.batchSize === undefined || o.batchSize === 0 || o.batchSize >= n ? n : o.batchSize;
  const rng = o.shuffle === false ? null : new SeededRng(o.seed ?? 0);
  const order = new Int32Array(n);
  const orders: string[] = [];
  for (let e = 0; e < o.epochs; e++) {
    nextEpochOrder(order, rng);
    orders.push(list(order, 64));
  }
  const tensors = net.tensors.map((t) => `    ${list(params.subarray(t.offset, t.offset + t.length))},`).join('\n');
  const ce = o.loss === 'cross_entropy';
  const yShape = ce ? '' : `.view(${n}, ${net.outputs})`;
  const lines = [
    '#!/usr/bin/env python3',
    '# Exported by Activation Lab: this training run in PyTorch float64. Prints the loss of every step.',
    'import torch',
    'import torch.nn as nn',
    'import torch.nn.functional as F',
    '',
    'torch.set_default_dtype(torch.float64)',
    '',
    modelCode(net),
    'model = Model()',
    '# initial parameters, in model.parameters() order',
    'INITIAL = [',
    tensors,
    ']',
    'with torch.no_grad():',
    '    for p, values in zip(model.parameters(), INITIAL):',
    '        p.copy_(torch.tensor(values, dtype=torch.float64).view(p.shape))',
    '',
    `X = torch.tensor(${list(run.train.x)}, dtype=torch.float64).view(${n}, ${net.inputs})`,
    `Y = torch.tensor(${list(run.train.y)}, dtype=${ce ? 'torch.float64).long(' : 'torch.float64'})${yShape}`,
    '# the sample order of every epoch (batches are consecutive slices)',
    'ORDERS = [',
    orders.map((s) => ` ${s},`).join('\n'),
    ']',
    `BATCH = ${batch}`,
    `L1, L2 = ${num(o.l1 ?? 0)}, ${num(o.l2 ?? 0)}`,
    `CLIP_NORM = ${o.clipNorm === undefined ? 'None' : num(o.clipNorm)}`,
    `CLIP_VALUE = ${o.clipValue === undefined ? 'None' : num(o.clipValue)}`,
    `criterion = ${lossCode(run)}`,
    `optimizer = ${optimizerCode(run)}`,
    'weights = [p for name, p in model.named_parameters() if name.endswith("weight") and name.startswith("linear")]',
    `STEPS = ${run.steps === undefined ? 'None' : run.steps}  # stop after this many steps (None: all epochs)`,
    '',
    'step = 0',
    'for order in ORDERS:',
    '    for start in range(0, len(order), BATCH):',
    '        if STEPS is not None and step == STEPS:',
    '            break',
    '        step += 1',
    '        idx = torch.tensor(order[start:start + BATCH], dtype=torch.long)',
    '        optimizer.zero_grad()',
    '        loss = criterion(model(X[idx]), Y[idx])',
    '        if L1 != 0 or L2 != 0:',
    '            loss = loss + sum(L1 * w.abs().sum() + L2 * (w * w).sum() for w in weights)',
    '        loss.backward()',
    '        if CLIP_NORM is not None:',
    '            torch.nn.utils.clip_grad_norm_(model.parameters(), CLIP_NORM)',
    '        if CLIP_VALUE is not None:',
    '            torch.nn.utils.clip_grad_value_(model.parameters(), CLIP_VALUE)',
    '        optimizer.step()',
    '        print(repr(loss.item()))',
    '',
  ];
  return lines.join('\n');
}
