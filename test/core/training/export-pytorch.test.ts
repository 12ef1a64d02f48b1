/**
 * exportPyTorch: the script, run by /usr/bin/python3 with Debian's python3-torch, prints our step
 * losses (1e-9 relative for the first 100 steps). Skipped, saying so, when torch is not installed.
 */
import * as assert from 'assert';
import { spawnSync } from 'child_process';
import * as fs from 'fs';
import * as os from 'os';
import * as path from 'path';
import { getActivation } from '../../../src/core/activations/registry';
import { exportPyTorch } from '../../../src/core/training/export-pytorch';
import { fromActivationSpec } from '../../../src/core/training/layer-activation';
import { createNetwork, MlpConfig } from '../../../src/core/training/network';
import { train, TrainOptions } from '../../../src/core/training/train';
import { TrainingArgumentError } from '../../../src/core/training/training-error';
import { caseData, userSwish15 } from './reference-cases';

const PYTHON = '/usr/bin/python3';
const torchAvailable = fs.existsSync(PYTHON) && spawnSync(PYTHON, ['-c', 'import torch'], { encoding: 'utf8' }).status === 0;
const act = (name: string, params?: Record<string, number | string>) => ({ kind: 'activation' as const, activation: fromActivationSpec(getActivation(name)!, params) });

interface ExportCase { name: string; config: MlpConfig; options: TrainOptions; classes?: number }

const CASES: ExportCase[] = [
  { name: 'tanh, bce, adam, batch 8', config: { sizes: [2, 6, 1], hidden: act('tanh'), seed: 1 }, options: { loss: 'bce', optimizer: { kind: 'adam', lr: 0.01 }, epochs: 25, batchSize: 8 } },
  { name: 'prelu then maxout, mse, sgd momentum + l1/l2 + clipping', config: { sizes: [2, 5, 4, 1], hidden: [{ kind: 'prelu', perUnit: true }, { kind: 'maxout', pieces: 2 }], seed: 2, init: 'kaiming_uniform', bias: 0.1 },
    options: { loss: 'mse', optimizer: { kind: 'sgd', lr: 0.05, momentum: 0.9, weightDecay: 1e-3 }, epochs: 25, batchSize: 10, l1: 1e-3, l2: 1e-3, clipNorm: 0.5, clipValue: 0.2 } },
  { name: 'gelu(tanh) + softplus(beta=2), softmax output, cross_entropy, rmsprop centered', config: { sizes: [2, 6, 6, 3], hidden: [act('gelu', { approximate: 'tanh' }), act('softplus', { beta: 2 })], output: 'softmax', seed: 3 },
    options: { loss: 'cross_entropy', optimizer: { kind: 'rmsprop', lr: 0.005, centered: true, momentum: 0.3 }, epochs: 25, batchSize: 7 } },
  { name: 'user x*sigmoid(1.5x), hinge, adamw, full batch', config: { sizes: [2, 6, 1], hidden: { kind: 'activation', activation: userSwish15 }, seed: 4 }, options: { loss: 'hinge', optimizer: { kind: 'adamw', lr: 0.01 }, epochs: 120 } },
];

function dataFor(c: ExportCase) {
  return caseData({ name: c.name, sizes: c.config.sizes as number[], activation: 'tanh', output: c.config.output ?? 'linear', loss: c.options.loss, optimizer: c.options.optimizer, n: 40, batchSize: 8, epochs: 1, seed: 11 });
}

describe('exportPyTorch', () => {
  it('refuses an activation without a PyTorch form, naming it', () => {
    const net = createNetwork({ sizes: [2, 3, 1], hidden: act('squareplus'), seed: 1 });
    const data = dataFor(CASES[0]);
    assert.throws(() => exportPyTorch({ network: net, train: data, options: CASES[0].options }), (e: unknown) => e instanceof TrainingArgumentError && /squareplus .*cannot be exported/.test(e.message));
  });

  it('an interrupted run is exported up to the steps it took', function () {
    if (!torchAvailable) this.skip();
    this.timeout(60000);
    let polls = 0;
    const run = train(createNetwork(CASES[0].config), dataFor(CASES[0]), null, { ...CASES[0].options, shouldStop: () => ++polls > 37 });
    assert.strictEqual(run.steps, 37);
    const file = path.join(os.tmpdir(), `activation-lab-export-${process.pid}.py`);
    fs.writeFileSync(file, exportPyTorch(run));
    const py = spawnSync(PYTHON, [file], { encoding: 'utf8' });
    fs.rmSync(file, { force: true });
    assert.strictEqual(py.status, 0, py.stderr);
    const losses = py.stdout.trim().split('\n').map(Number);
    assert.strictEqual(losses.length, 37);
    assert.ok(Math.abs(losses[36] - run.stepLosses[36]) <= 1e-9 * Math.abs(losses[36]));
  });

  for (const c of CASES) {
    it(`reproduces the run: ${c.name}`, function () {
      if (!torchAvailable) {
        console.log(`      skipped: ${PYTHON} with torch is not installed (apt-get install python3-torch)`);
        this.skip();
      }
      this.timeout(60000);
      const data = dataFor(c);
      const run = train(createNetwork(c.config), data, null, c.options);
      const script = exportPyTorch(run);
      const file = path.join(os.tmpdir(), `activation-lab-export-${process.pid}.py`);
      fs.writeFileSync(file, script);
      const py = spawnSync(PYTHON, [file], { encoding: 'utf8', maxBuffer: 1 << 26 });
      fs.rmSync(file, { force: true });
      assert.strictEqual(py.status, 0, py.stderr);
      const losses = py.stdout.trim().split('\n').map(Number);
      assert.strictEqual(losses.length, run.steps);
      for (let s = 0; s < Math.min(100, run.steps); s++) {
        const err = Math.abs(losses[s] - run.stepLosses[s]) / Math.max(Math.abs(losses[s]), 1e-12);
        assert.ok(err <= 1e-9, `step ${s + 1}: torch ${losses[s]}, ours ${run.stepLosses[s]}`);
      }
    });
  }
});
