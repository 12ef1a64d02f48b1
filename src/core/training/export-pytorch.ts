/**
 * A standalone PyTorch float64 script that reproduces a run: the network (initial weights inline),
 * the training data, every epoch's batch order, the loss, penalty, clipping and optimizer; it prints
 * the loss of every step, one per line (Python's shortest round-trip repr), so it can be compared
 * with run.stepLosses. Activations need a `torchExpression`: built-ins with an exact torch
 * counterpart have one (see layer-activation.ts); random ones (rrelu training, noisy_relu) and
 * srelu, squareplus, sparse_plus, heaviside have none, nor does a user activation unless the
 * language layer gives its formula as torch code.
 */
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
  fwd.push('        self.acts = []  # the hidden activations, for the activation L1 penalty');
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
    if (layer.kind !== 'output') fwd.push('        self.acts.append(x)');
  }
  return `${fns.join('\n')}\n\nclass Model(nn.Module):\n    def __init__(self):\n        super().__init__()\n${init.join('\n')}\n\n    def forward(self, x):\n${fwd.join('\n')}\n        return x  # logits (the loss applies the head where it needs it)\n`;
}

/** The most numbers (training inputs, targets, initial parameters) a script writes out: ~20 MB of text. */
export const EXPORT_MAX_NUMBERS = 1_000_000;

/**
 * The engine's batch orders regenerated in Python (so the script does not list epochs x n indices):
 * SeededRng (splitmix32-seeded xoshiro128**, random/seeded-rng.ts) and nextEpochOrder's
 * Fisher-Yates (batch-order.ts), with JavaScript's 32-bit integer semantics spelt out. The export
 * test runs the script and compares its losses step by step, so a difference would show.
 */
const EPOCH_ORDERS_PY = `# the sample order of every epoch (batches are consecutive slices): Activation Lab's seeded
# shuffle (xoshiro128** seeded by splitmix32, Fisher-Yates from the top), with 32-bit integer semantics
M32 = 0xFFFFFFFF


def i32(v):
    v &= M32
    return v - (1 << 32) if v >> 31 else v


def imul(a, b):
    return i32((a & M32) * (b & M32))


def rotl(x, k):
    return i32(((x & M32) << k) | ((x & M32) >> (32 - k)))


def splitmix32(state):
    nxt = i32(state + 0x9E3779B9)
    z = imul(nxt ^ ((nxt & M32) >> 16), 0x85EBCA6B)
    z = imul(z ^ ((z & M32) >> 13), 0xC2B2AE35)
    return nxt, (z ^ ((z & M32) >> 16)) & M32


class SeededRng:
    def __init__(self, seed):
        low = int(math.fmod(seed, 4294967296))
        high = seed // 4294967296
        sm = i32(i32(low) ^ imul(i32(high), 0x6C078965))
        s = []
        for _ in range(4):
            sm, value = splitmix32(sm)
            s.append(i32(value))
        if s[0] | s[1] | s[2] | s[3] == 0:
            s[0] = 1
        self.s = s

    def next_uint32(self):
        s0, s1, s2, s3 = self.s
        result = imul(rotl(imul(s1, 5), 7), 9) & M32
        t2 = i32((s1 & M32) << 9)
        s2 = i32(s2 ^ s0)
        s3 = i32(s3 ^ s1)
        s1 = i32(s1 ^ s2)
        s0 = i32(s0 ^ s3)
        s2 = i32(s2 ^ t2)
        s3 = rotl(s3, 11)
        self.s = [s0, s1, s2, s3]
        return result

    def next_float(self):
        hi = self.next_uint32() >> 5
        lo = self.next_uint32() >> 6
        return (hi * 67108864 + lo) / 9007199254740992.0


def epoch_orders(n, epochs, seed):
    rng = None if seed is None else SeededRng(seed)
    orders = []
    for _ in range(epochs):
        order = list(range(n))
        if rng is not None:
            for i in range(n - 1, 0, -1):
                j = math.floor(rng.next_float() * (i + 1))
                order[i], order[j] = order[j], order[i]
        orders.append(order)
    return orders
`;

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
  const numbers = run.train.x.length + run.train.y.length + params.length;
  if (numbers > EXPORT_MAX_NUMBERS) {
    throw new TrainingArgumentError('export', `the script would write out ${numbers.toLocaleString('en-US')} numbers (the training data and the initial parameters, about ${Math.round((numbers * 20) / 1e6)} MB)`, `runs with up to ${EXPORT_MAX_NUMBERS.toLocaleString('en-US')} (export a run on a smaller dataset)`);
  }
  const batch = o.batchSize === undefined || o.batchSize === 0 || o.batchSize >= n ? n : o.batchSize;
  const tensors = net.tensors.map((t) => `    ${list(params.subarray(t.offset, t.offset + t.length))},`).join('\n');
  const ce = o.loss === 'cross_entropy';
  const yShape = ce ? '' : `.view(${n}, ${net.outputs})`;
  const lines = [
    '#!/usr/bin/env python3',
    '# Exported by Activation Lab: this training run in PyTorch float64. Prints the loss of every step.',
    'import math',
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
    EPOCH_ORDERS_PY,
    `ORDERS = epoch_orders(${n}, ${o.epochs}, ${o.shuffle === false ? 'None' : String(o.seed ?? 0)})`,
    `BATCH = ${batch}`,
    `L1, L2 = ${num(o.l1 ?? 0)}, ${num(o.l2 ?? 0)}`,
    `L1_ACTIVATIONS = ${num(o.l1Activations ?? 0)}  # times the sum of |hidden activations| over the batch, / the batch size`,
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
    '        if L1_ACTIVATIONS != 0:',
    '            loss = loss + L1_ACTIVATIONS / len(idx) * sum(a.abs().sum() for a in model.acts)',
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
