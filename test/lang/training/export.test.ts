/**
 * export(run, "pytorch"): the core's script, with a user activation written as torch code; where
 * python3-torch is installed, the script prints the run's step losses.
 */
import * as assert from 'assert';
import { spawnSync } from 'child_process';
import * as fs from 'fs';
import { formatValue } from '../../../src/kernel/format/format-value';
import { errorOf } from '../lang-helpers';
import { lastValue, networkOf, runOf } from './training-helpers';
import type { UserLayerActivation } from '../../../src/lang/training/user-activation';

const PYTHON = '/usr/bin/python3';

function hasTorch(): boolean {
  if (!fs.existsSync(PYTHON)) return false;
  return spawnSync(PYTHON, ['-c', 'import torch'], { timeout: 60000 }).status === 0;
}

const F = 'f(x) = x * sigmoid(1.5 * x) + max(x, 0) ^ 2 - where(x > 1, 1, 0) + leaky_relu(x, negative_slope=0.3) + exp(-abs(x))\n';
const RUN = `${F}r = train(mlp([2, 4, 4, 1], f, tanh, seed=3), dataset("circle", n=40, seed=2), epochs=3, batch=8, optimizer="sgd", lr=0.05, momentum=0.9)\n`;

describe('export(run, "pytorch")', function () {
  this.timeout(120000);

  const torchCases = [
    { name: 'swish-like', define: 'f(x) = x * sigmoid(1.5 * x)', code: 'x * torch.sigmoid(1.5 * x)' },
    { name: 'powers and maximum', define: 'f(x) = max(x, 0) ^ 2', code: 'torch.maximum(x, torch.tensor(0.0, dtype=torch.float64)) ** 2.0' },
    { name: 'an activation with a keyword', define: 'f(x) = leaky_relu(x, negative_slope=0.3)', code: 'F.leaky_relu((x), negative_slope=0.3)' },
    { name: 'round has no torch form', define: 'f(x) = round(x) + x', code: undefined },
  ];
  for (const c of torchCases) {
    it(`a user activation's torch code: ${c.name}`, () => {
      const act = networkOf(`${c.define}\nmlp([1, 2, 1], activation=f)`).network.layers[0].activation as UserLayerActivation;
      const code = act.torchExpression?.replace(/[()]/g, '');
      assert.strictEqual(code, c.code?.replace(/[()]/g, ''));
    });
  }

  it('gives the script as text', () => {
    const v = lastValue(`${RUN}export(r, "pytorch")`);
    assert.strictEqual(v.kind, 'script');
    const text = formatValue(v);
    assert.match(text, /^#!\/usr\/bin\/env python3\n/);
    assert.match(text, /def activation0\(x\):\n    return .*torch\.sigmoid/);
  });

  it('an unknown format is an error at it', () => {
    const e = errorOf(`${RUN}export(r, "onnx")`);
    assert.match(e.message, /^export: argument format must be "pytorch", got "onnx"$/);
    assert.deepStrictEqual([e.span.line, e.span.column], [3, 11]);
  });

  it('the script prints the run\'s step losses (python3-torch, where installed)', function () {
    if (!hasTorch()) this.skip();
    const r = runOf(`${RUN}r`);
    const script = lastValue(`${RUN}export(r)`);
    assert.ok(script.kind === 'script');
    const out = spawnSync(PYTHON, ['-'], { input: script.text, encoding: 'utf8', timeout: 100000 });
    assert.strictEqual(out.status, 0, out.stderr);
    const losses = out.stdout.trim().split('\n').map(Number);
    assert.strictEqual(losses.length, r.run.steps);
    losses.forEach((l, i) => assert.ok(Math.abs(l - r.run.stepLosses[i]) <= 1e-9 * Math.abs(r.run.stepLosses[i]), `step ${i}: torch ${l}, ours ${r.run.stepLosses[i]}`));
  });
});
