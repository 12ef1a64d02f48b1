/** Single optimizer steps against values computed by hand from torch.optim's update rules. */
import * as assert from 'assert';
import { createOptimizer, OptimizerConfig, resolveOptimizer } from '../../../src/core/training/optimizers';
import { TrainingArgumentError } from '../../../src/core/training/training-error';

function steps(config: OptimizerConfig, p0: number[], g: number[], count: number): number[] {
  const p = new Float64Array(p0);
  const opt = createOptimizer(config, p.length);
  for (let s = 0; s < count; s++) opt.step(p, new Float64Array(g));
  return Array.from(p);
}

function close(actual: number[], expected: number[], tol = 1e-14): void {
  actual.forEach((a, i) => assert.ok(Math.abs(a - expected[i]) <= tol * Math.max(1, Math.abs(expected[i])), `entry ${i}: ${a} vs ${expected[i]}`));
}

const P = [1, -2];
const G = [0.5, 0.1];

describe('optimizer steps (hand-computed)', () => {
  it('SGD: p - lr g', () => close(steps({ kind: 'sgd', lr: 0.1 }, P, G, 1), [0.95, -2.01]));
  it('SGD nesterov, momentum 0.9, weight_decay 0.1: two steps', () => {
    close(steps({ kind: 'sgd', lr: 0.1, momentum: 0.9, nesterov: true, weightDecay: 0.1 }, P, G, 1), [0.886, -1.981]);
    close(steps({ kind: 'sgd', lr: 0.1, momentum: 0.9, nesterov: true, weightDecay: 0.1 }, P, G, 2), [0.725566, -1.954261]);
  });
  it('SGD momentum 0.9 with dampening 0.5: the first buffer is g undamped', () => {
    // b1 = g, p1 = p - 0.1 g; b2 = 0.9 g + 0.5 g = 1.4 g, p2 = p1 - 0.14 g
    close(steps({ kind: 'sgd', lr: 0.1, momentum: 0.9, dampening: 0.5 }, P, G, 2), [1 - 0.24 * 0.5, -2 - 0.24 * 0.1]);
  });
  it('Adam step 1: p - lr g / (|g| + eps) (bias corrections cancel)', () => {
    close(steps({ kind: 'adam', lr: 0.1 }, P, G, 1), [1 - (0.1 * 0.5) / (0.5 + 1e-8), -2 - (0.1 * 0.1) / (0.1 + 1e-8)]);
  });
  it('Adam with weight_decay adds wd p to the gradient', () => {
    const g = [0.5 + 0.1 * 1, 0.1 + 0.1 * -2];
    close(steps({ kind: 'adam', lr: 0.1, weightDecay: 0.1 }, P, G, 1), [1 - (0.1 * g[0]) / (Math.abs(g[0]) + 1e-8), -2 - (0.1 * g[1]) / (Math.abs(g[1]) + 1e-8)]);
  });
  it('Adam step 2 with a constant gradient', () => {
    // m2 = (0.09 + 0.1) g = 0.19 g, v2 = (0.000999 + 0.001) g^2; bc1 = 0.19, bc2 = 0.001999
    const expected = P.map((p, i) => {
      const p1 = p - (0.1 * G[i]) / (Math.abs(G[i]) + 1e-8);
      const m = 0.19 * G[i];
      const v = 0.001999 * G[i] * G[i];
      return p1 - ((0.1 / 0.19) * m) / (Math.sqrt(v) / Math.sqrt(0.001999) + 1e-8);
    });
    close(steps({ kind: 'adam', lr: 0.1 }, P, G, 2), expected, 1e-13);
  });
  it('AdamW: p (1 - lr wd) first, then the Adam step', () => {
    close(steps({ kind: 'adamw', lr: 0.1, weightDecay: 0.1 }, P, G, 1), [0.99 - (0.1 * 0.5) / (0.5 + 1e-8), -1.98 - (0.1 * 0.1) / (0.1 + 1e-8)]);
  });
  it('AdamW defaults to weight_decay 0.01, Adam to 0; RMSprop lr 0.01, alpha 0.99', () => {
    assert.strictEqual(resolveOptimizer({ kind: 'adamw' }).weightDecay, 0.01);
    assert.strictEqual(resolveOptimizer({ kind: 'adam' }).weightDecay, 0);
    assert.strictEqual(resolveOptimizer({ kind: 'adam' }).lr, 1e-3);
    const r = resolveOptimizer({ kind: 'rmsprop' });
    assert.deepStrictEqual([r.lr, r.alpha, r.eps, r.momentum, r.centered], [1e-2, 0.99, 1e-8, 0, false]);
  });
  it('RMSprop step 1: p - lr g / (sqrt(0.01 g^2) + eps)', () => {
    close(steps({ kind: 'rmsprop', lr: 0.01 }, P, G, 1), [1 - (0.01 * 0.5) / (0.05 + 1e-8), -2 - (0.01 * 0.1) / (0.01 + 1e-8)]);
  });
  it('RMSprop centered: sqrt(sq - avg^2)', () => {
    close(steps({ kind: 'rmsprop', lr: 0.01, centered: true }, P, G, 1), P.map((p, i) => p - (0.01 * G[i]) / (Math.sqrt(0.0099) * Math.abs(G[i]) + 1e-8)));
  });
  it('RMSprop momentum 0.9: two steps', () => {
    const expected = P.map((p, i) => {
      const g = G[i];
      const b1 = g / (Math.sqrt(0.01 * g * g) + 1e-8);
      const p1 = p - 0.01 * b1;
      const sq2 = 0.99 * 0.01 * g * g + 0.01 * g * g;
      const b2 = 0.9 * b1 + g / (Math.sqrt(sq2) + 1e-8);
      return p1 - 0.01 * b2;
    });
    close(steps({ kind: 'rmsprop', lr: 0.01, momentum: 0.9 }, P, G, 2), expected, 1e-13);
  });
  it('bad hyper-parameters are argument errors', () => {
    assert.throws(() => resolveOptimizer({ kind: 'sgd', lr: -1 }), (e: unknown) => e instanceof TrainingArgumentError && e.argument === 'lr');
    assert.throws(() => resolveOptimizer({ kind: 'adam', beta1: 1 }), (e: unknown) => e instanceof TrainingArgumentError && e.argument === 'beta1');
    assert.throws(() => resolveOptimizer({ kind: 'sgd', nesterov: true }), (e: unknown) => e instanceof TrainingArgumentError && e.argument === 'nesterov');
    assert.throws(() => resolveOptimizer({ kind: 'lbfgs' } as never), /optimizer: unknown optimizer 'lbfgs'; accepted: sgd, adam, adamw, rmsprop/);
  });
});
