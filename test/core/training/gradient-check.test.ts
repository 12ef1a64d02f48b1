/** Every layer kind, loss, head and several activations against central finite differences of the objective. */
import * as assert from 'assert';
import { getActivation } from '../../../src/core/activations/registry';
import { SeededRng } from '../../../src/core/random/seeded-rng';
import { fromActivationSpec } from '../../../src/core/training/layer-activation';
import { lossSum, lossTermCount, LossName, targetWidth } from '../../../src/core/training/losses';
import { createNetwork, HiddenLayerSpec, Network, OutputHead } from '../../../src/core/training/network';
import { backwardPass, forwardPass } from '../../../src/core/training/propagation';
import { applyPenalty, hiddenActivationL1 } from '../../../src/core/training/regularisation';
import { Workspace } from '../../../src/core/training/workspace';
import { userSwish15 } from './reference-cases';

interface GradCase { name: string; sizes: number[]; hidden: HiddenLayerSpec | HiddenLayerSpec[]; loss: LossName; output?: OutputHead; l1?: number; l2?: number; l1Activations?: number }

const act = (name: string, params?: Record<string, number | string>): HiddenLayerSpec => ({ kind: 'activation', activation: fromActivationSpec(getActivation(name)!, params) });

const CASES: GradCase[] = [
  { name: 'tanh, mse', sizes: [3, 5, 4, 1], hidden: act('tanh'), loss: 'mse' },
  { name: 'relu, bce', sizes: [3, 6, 1], hidden: act('relu'), loss: 'bce' },
  { name: 'gelu, cross_entropy', sizes: [3, 5, 4], hidden: act('gelu'), loss: 'cross_entropy' },
  { name: 'user x*sigmoid(1.5x), hinge', sizes: [3, 5, 1], hidden: { kind: 'activation', activation: userSwish15 }, loss: 'hinge' },
  { name: 'prelu shared, mse', sizes: [3, 5, 5, 2], hidden: { kind: 'prelu' }, loss: 'mse' },
  { name: 'prelu per unit, bce', sizes: [3, 5, 1], hidden: { kind: 'prelu', perUnit: true, init: 0.1 }, loss: 'bce' },
  { name: 'maxout k=2, cross_entropy', sizes: [3, 4, 3], hidden: { kind: 'maxout', pieces: 2 }, loss: 'cross_entropy' },
  { name: 'maxout k=3, mse', sizes: [3, 4, 4, 1], hidden: { kind: 'maxout', pieces: 3 }, loss: 'mse' },
  { name: 'sigmoid head, mse', sizes: [3, 5, 2], hidden: act('tanh'), loss: 'mse', output: 'sigmoid' },
  { name: 'sigmoid head, bce (logits)', sizes: [3, 5, 1], hidden: act('elu'), loss: 'bce', output: 'sigmoid' },
  { name: 'softmax head, cross_entropy (logits)', sizes: [3, 5, 4], hidden: act('silu'), loss: 'cross_entropy', output: 'softmax' },
  { name: 'leaky_relu(0.2), mse', sizes: [3, 6, 1], hidden: act('leaky_relu', { negative_slope: 0.2 }), loss: 'mse' },
  { name: 'softplus, mish, sigmoid per layer, mse', sizes: [3, 4, 4, 4, 1], hidden: [act('softplus'), act('mish'), act('sigmoid')], loss: 'mse' },
  { name: 'selu, hinge with 2 outputs', sizes: [3, 5, 2], hidden: act('selu'), loss: 'hinge' },
  { name: 'L1 + L2 penalty, tanh, mse', sizes: [3, 5, 1], hidden: act('tanh'), loss: 'mse', l1: 0.01, l2: 0.02 },
  { name: 'L1 on the hidden activations, tanh (two layers), mse', sizes: [3, 5, 4, 1], hidden: act('tanh'), loss: 'mse', l1Activations: 0.05 },
  { name: 'L1 on the hidden activations, maxout then softplus, bce', sizes: [3, 4, 3, 1], hidden: [{ kind: 'maxout', pieces: 2 }, act('softplus')], loss: 'bce', l1Activations: 0.1 },
  { name: 'no hidden layer, cross_entropy', sizes: [3, 4], hidden: [], loss: 'cross_entropy' },
];

function data(c: GradCase, n: number): { x: Float64Array; y: Float64Array } {
  const rng = new SeededRng(7);
  const inputs = c.sizes[0];
  const outputs = c.sizes[c.sizes.length - 1];
  const x = new Float64Array(n * inputs).map(() => rng.nextUniform(-2, 2));
  const w = targetWidth(c.loss, outputs);
  const y = new Float64Array(n * w).map(() => {
    const u = rng.nextFloat();
    return c.loss === 'cross_entropy' ? Math.floor(u * outputs) : c.loss === 'bce' ? (u > 0.5 ? 1 : 0) : c.loss === 'hinge' ? (u > 0.5 ? 1 : -1) : 2 * u - 1;
  });
  return { x, y };
}

/** The objective (mean loss + penalty) and, with `grad`, its gradient. */
function objective(net: Network, c: GradCase, x: Float64Array, y: Float64Array, n: number, grad: Float64Array | null): number {
  const ws = new Workspace(net, n);
  ws.input.set(x);
  ws.target.set(y);
  forwardPass(net, ws, n);
  const last = net.layers.length - 1;
  const count = lossTermCount(c.loss, n, net.outputs);
  const sum = lossSum(c.loss, net.head, ws.pre[last], ws.post[last], ws.target, n, net.outputs, count, grad === null ? null : ws.gradPre[last]);
  const la = c.l1Activations ?? 0;
  if (grad !== null) backwardPass(net, ws, n, undefined, la / n);
  const pen = applyPenalty(net, c.l1 ?? 0, c.l2 ?? 0, grad === null ? null : ws.gradients);
  if (grad !== null) grad.set(ws.gradients);
  return sum / count + pen + (la / n) * hiddenActivationL1(net, ws, n);
}

describe('training gradients vs central finite differences', () => {
  for (const c of CASES) {
    it(c.name, () => {
      const net = createNetwork({ sizes: c.sizes, hidden: c.hidden, output: c.output, seed: 3, init: 'xavier_normal', bias: 0.05 });
      const n = 7;
      const { x, y } = data(c, n);
      const g = new Float64Array(net.parameters.length);
      objective(net, c, x, y, n, g);
      const p = net.parameters;
      const h = 1e-6;
      for (let i = 0; i < p.length; i++) {
        const keep = p[i];
        p[i] = keep + h;
        const up = objective(net, c, x, y, n, null);
        p[i] = keep - h;
        const down = objective(net, c, x, y, n, null);
        p[i] = keep;
        const fd = (up - down) / (2 * h);
        const name = net.tensors.find((t) => i >= t.offset && i < t.offset + t.length)!.name;
        assert.ok(Math.abs(fd - g[i]) <= 1e-6 * Math.max(1, Math.abs(fd)), `${name}[${i}]: analytic ${g[i]}, finite difference ${fd}`);
      }
    });
  }
});
