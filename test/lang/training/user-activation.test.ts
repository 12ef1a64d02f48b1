/**
 * User-defined activations train: compiled to vectorised dual numbers, they give the same values as
 * the function in a cell and the slopes of d(f); a run matches one with a hand-written
 * LayerActivation of the same formula within 1e-12; bodies the compiler does not cover run through
 * the interpreter and d(f), with the same numbers.
 */
import * as assert from 'assert';
import { makeDataset, zeroOneTargets } from '../../../src/core/training/datasets';
import type { LayerActivation } from '../../../src/core/training/layer-activation';
import { createNetwork } from '../../../src/core/training/network';
import { train } from '../../../src/core/training/train';
import { Evaluator } from '../../../src/lang/runtime/evaluator';
import type { UserLayerActivation } from '../../../src/lang/training/user-activation';
import { run } from '../lang-helpers';
import { assertClose, networkOf, runOf } from './training-helpers';

/** x * sigmoid(1.5 x), written out by hand. */
const handSwish: LayerActivation = {
  name: 'hand swish 1.5',
  valueAndSlope(pre, post, slope, n) {
    for (let i = 0; i < n; i++) {
      const x = pre[i];
      const s = 1 / (1 + Math.exp(-1.5 * x));
      post[i] = x * s;
      slope[i] = s + 1.5 * x * s * (1 - s);
    }
  },
};

const GRID = Float64Array.from({ length: 81 }, (_, i) => -4 + i * 0.1 + 0.0123);

function layerActivation(source: string): UserLayerActivation {
  const net = networkOf(source).network;
  return net.layers[0].activation as UserLayerActivation;
}

function evaluate(ev: Evaluator, source: string): Float64Array {
  const values = run(source, ev);
  const v = values[values.length - 1];
  assert.ok(v.kind === 'vector');
  return v.items;
}

describe('user-defined activations in training', () => {
  it('a run with f(x) = x * sigmoid(1.5 * x) matches a hand-written LayerActivation within 1e-12', () => {
    const r = runOf('f(x) = x * sigmoid(1.5 * x)\ntrain(mlp([2, 8, 8, 1], activation=f, seed=1), dataset("spiral", n=200, noise=0.2, seed=1), epochs=10, batch=32)');
    const data = makeDataset('spiral', { n: 200, noise: 0.2, seed: 1 });
    const net = createNetwork({ sizes: [2, 8, 8, 1], hidden: { kind: 'activation', activation: handSwish }, seed: 1 });
    const core = train(net, { x: data.train.inputs, y: zeroOneTargets(data.train, 'binary'), n: data.nTrain }, null, { loss: 'bce', optimizer: { kind: 'adam', lr: 0.01 }, epochs: 10, batchSize: 32, seed: 0 });
    assert.strictEqual(r.run.steps, core.steps);
    assertClose(r.run.stepLosses, core.stepLosses, 1e-12, 'stepLosses');
    assertClose(r.run.network.parameters, core.network.parameters, 1e-12, 'parameters');
  });

  const formulas: Array<{ name: string; define: string; compiled: boolean }> = [
    { name: 'swish with a constant', define: 'f(x) = x * sigmoid(1.5 * x)', compiled: true },
    { name: 'a lambda', define: 'f = x -> x * tanh(softplus(x))', compiled: true },
    { name: 'a default parameter and a global', define: 'k = 0.7\nf(x, beta=2) = x / (1 + exp(-beta * k * x))', compiled: true },
    { name: 'powers, abs, sqrt and division', define: 'f(x) = x^3 / (1 + abs(x)) + sqrt(x^2 + 1) - 2^x', compiled: true },
    { name: 'where and comparisons', define: 'f(x) = where(x > 0, x, 0.1 * (exp(x) - 1))', compiled: true },
    { name: 'max, min and clip', define: 'f(x) = max(x, 0.2 * x) + min(x, 1) + clip(x, -1, 1)', compiled: true },
    { name: 'an activation with a keyword', define: 'f(x) = leaky_relu(x, negative_slope=0.3) + elu(x, alpha=0.5)', compiled: true },
    { name: 'another user function inlined', define: 'g(t, a=1) = t * sigmoid(a * t)\nf(x) = g(g(x), a=2) + sin(x) * erf(x)', compiled: true },
    { name: 'a bound keyword', define: 'sw(x, beta=1) = x * sigmoid(beta * x)\nf = sw(beta=1.7)', compiled: true },
    { name: 'a lambda called in the body (interpreter)', define: 'f(x) = (t -> t * sigmoid(1.5 * t))(x)', compiled: false },
  ];
  for (const c of formulas) {
    it(`${c.name}: values as f(x) in a cell, slopes as d(f), ${c.compiled ? 'compiled' : 'interpreted'}`, () => {
      const ev = new Evaluator();
      run(c.define, ev);
      const act = layerActivation(`${c.define}\nmlp([1, 3, 1], activation=f)`);
      assert.strictEqual(act.compiled, c.compiled);
      const post = new Float64Array(GRID.length);
      const slope = new Float64Array(GRID.length);
      act.valueAndSlope(GRID, post, slope, GRID.length);
      const grid = `[${Array.from(GRID).join(', ')}]`;
      assertClose(post, evaluate(ev, `f(${grid})`), 0, 'values');
      assertClose(slope, evaluate(ev, `d(f)(${grid})`), 1e-12, 'slopes');
    });
  }

  it('the interpreted path trains to the compiled path\'s numbers', () => {
    const s = 'data = dataset("moons", n=60, seed=3)\n';
    const a = runOf(`${s}f(x) = x * sigmoid(1.5 * x)\ntrain(mlp([2, 4, 1], activation=f), data, epochs=3)`);
    const b = runOf(`${s}f(x) = (t -> t * sigmoid(1.5 * t))(x)\ntrain(mlp([2, 4, 1], activation=f), data, epochs=3)`);
    assertClose(b.run.stepLosses, a.run.stepLosses, 1e-12, 'stepLosses');
  });

  it('per-layer: a built-in and a user activation', () => {
    const r = runOf('f(x) = x * sigmoid(x)\ntrain(mlp([2, 4, 4, 1], relu, f), dataset("circle", n=40), epochs=2)');
    assert.deepStrictEqual(r.hiddenLabels, ['relu', 'f']);
    assert.strictEqual(r.run.stopped, 'completed');
  });
});
