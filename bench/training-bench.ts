/**
 * `npm run bench -- training`: training throughput (steps/s) of the engine beside PyTorch eager
 * (float32 and float64, one thread; bench/training_torch.py with /usr/bin/python3, measured in the
 * same run, "not installed" otherwise), and heap allocation per step. BCE-with-logits loss, seeded
 * data, no epoch records (records: false), median of interleaved rounds. Ours on both dense backends
 * (setDenseBackend: plain JS, and WebAssembly SIMD, the default; bit-identical results), rounds of the
 * two interleaved. Options: --rounds N, --only <substring of a case label>. A bench reports; it never fails.
 */
import { spawnSync } from 'child_process';
import * as fs from 'fs';
import * as os from 'os';
import * as path from 'path';
import { getActivation } from '../src/core/activations/registry';
import { DenseBackend, setDenseBackend } from '../src/core/training/dense-backend';
import { wasmSimdAvailable } from '../src/core/training/wasm/dense-arena';
import { SeededRng } from '../src/core/random/seeded-rng';
import { fromActivationSpec, LayerActivation } from '../src/core/training/layer-activation';
import { createNetwork, Network } from '../src/core/training/network';
import { train, TrainOptions } from '../src/core/training/train';
import type { DataSplit } from '../src/core/training/training-data';
import { median } from './timing';

interface TrainingCase { label: string; sizes: number[]; activation: 'tanh' | 'relu' | 'swish15' | 'user'; optimizer: 'sgd' | 'adam'; batch: number; n: number; target: number }

const SMALL = [2, 16, 16, 1];
const CASES: TrainingCase[] = [];
for (const activation of ['tanh', 'relu'] as const) {
  for (const optimizer of ['sgd', 'adam'] as const) {
    CASES.push({ label: `2-16-16-1 ${activation} ${optimizer} batch 32`, sizes: SMALL, activation, optimizer, batch: 32, n: 1000, target: 3 });
    CASES.push({ label: `2-16-16-1 ${activation} ${optimizer} full batch`, sizes: SMALL, activation, optimizer, batch: 0, n: 1000, target: 1 });
  }
}
// A user-defined activation (a hand-written LayerActivation, as the language layer will provide) beside the same built-in (swish beta=1.5).
CASES.push({ label: '2-16-16-1 built-in swish(beta=1.5) adam batch 32', sizes: SMALL, activation: 'swish15', optimizer: 'adam', batch: 32, n: 1000, target: 3 });
CASES.push({ label: '2-16-16-1 user x*sigmoid(1.5x) adam batch 32', sizes: SMALL, activation: 'user', optimizer: 'adam', batch: 32, n: 1000, target: 3 });
CASES.push({ label: '2-64-64-64-1 tanh adam batch 32', sizes: [2, 64, 64, 64, 1], activation: 'tanh', optimizer: 'adam', batch: 32, n: 10000, target: 3 });
CASES.push({ label: '2-64-64-64-1 tanh adam full batch', sizes: [2, 64, 64, 64, 1], activation: 'tanh', optimizer: 'adam', batch: 0, n: 10000, target: 1 });

function data(n: number): DataSplit {
  const rng = new SeededRng(20261203);
  const x = new Float64Array(2 * n).map(() => rng.nextUniform(-1, 1));
  const y = new Float64Array(n).map((_, s) => (x[2 * s] * x[2 * s + 1] > 0 ? 1 : 0));
  return { x, y, n };
}

/** x * sigmoid(1.5 x) written out by hand, as a user activation would be. */
const USER_SWISH: LayerActivation = {
  name: 'user',
  valueAndSlope(pre, post, slope, n) {
    for (let i = 0; i < n; i++) {
      const x = pre[i];
      const s = 1 / (1 + Math.exp(-1.5 * x));
      post[i] = x * s;
      slope[i] = s + 1.5 * x * s * (1 - s);
    }
  },
};

function activationOf(c: TrainingCase): LayerActivation {
  if (c.activation === 'user') return USER_SWISH;
  if (c.activation === 'swish15') return fromActivationSpec(getActivation('swish')!, { beta: 1.5 });
  return fromActivationSpec(getActivation(c.activation)!);
}

function setup(c: TrainingCase): { net: Network; split: DataSplit; options: (epochs: number) => TrainOptions } {
  const net = createNetwork({ sizes: c.sizes, hidden: { kind: 'activation', activation: activationOf(c) }, seed: 1 });
  const split = data(c.n);
  return { net, split, options: (epochs) => ({ loss: 'bce', optimizer: { kind: c.optimizer, lr: 0.01 }, epochs, batchSize: c.batch, records: false }) };
}

/** Steps per second on each backend: medians over interleaved rounds (js, wasm, js, ...) of runs lasting about `seconds`. */
function ourStepsPerSecond(c: TrainingCase, rounds: number, seconds: number, backends: readonly DenseBackend[]): number[] {
  const { net, split, options } = setup(c);
  const stepsPerEpoch = Math.ceil(c.n / (c.batch || c.n));
  const epochs = backends.map((backend) => {
    setDenseBackend(backend);
    const t0 = process.hrtime.bigint();
    train(net, split, null, options(2)); // warm-up
    const warm = Number(process.hrtime.bigint() - t0) * 1e-9 / (2 * stepsPerEpoch);
    return Math.max(2, Math.round(seconds / warm / stepsPerEpoch));
  });
  const rates: number[][] = backends.map(() => []);
  for (let r = 0; r < rounds; r++) {
    backends.forEach((backend, k) => {
      setDenseBackend(backend);
      const t = process.hrtime.bigint();
      const run = train(net, split, null, options(epochs[k]));
      rates[k].push(run.steps / (Number(process.hrtime.bigint() - t) * 1e-9));
    });
  }
  setDenseBackend('wasm');
  return rates.map(median);
}

/**
 * Heap bytes allocated per step in steady state: heapUsed sampled from inside one run (by the
 * shouldStop poll) after `warm` steps and again `window` steps later, in a child process with a
 * 64 MB young generation so no scavenge falls between the samples (a drop is reported as NaN),
 * after a first run that takes the JIT's warm-up allocations.
 */
function bytesPerStepChild(c: TrainingCase): number {
  const { net, split, options } = setup(c);
  const stepsPerEpoch = Math.ceil(c.n / (c.batch || c.n));
  const big = c.sizes.length > 4 && c.batch === 0;
  // polls, not steps: a full batch of 10,000 rows is polled once per chunk (80 per step)
  const warm = big ? 400 : 5000;
  const window = big ? 400 : 20000;
  train(net, split, null, options(big ? 1 : Math.ceil(3000 / stepsPerEpoch))); // the first run of a process carries JIT warm-up
  let polls = 0;
  let h0 = 0;
  let result = NaN;
  train(net, split, null, {
    ...options(Math.ceil((warm + window + 2) / stepsPerEpoch)),
    shouldStop: () => {
      polls++;
      if (polls === warm) h0 = process.memoryUsage().heapUsed;
      if (polls === warm + window) {
        const d = process.memoryUsage().heapUsed - h0;
        result = d < 0 ? NaN : d / window;
        return true;
      }
      return false;
    },
  });
  return result;
}

/** A private copy of this bundle for the children (out/ may be rebuilt by a concurrent compile meanwhile). */
let childScript = '';

function bytesPerStep(index: number, backend: DenseBackend): number {
  if (childScript === '') {
    childScript = path.join(os.tmpdir(), `activation-lab-training-bench-${process.pid}.js`);
    fs.copyFileSync(__filename, childScript);
    process.on('exit', () => fs.rmSync(childScript, { force: true }));
  }
  const run = spawnSync(process.execPath, ['--min-semi-space-size=64', '--max-semi-space-size=64', childScript, 'training', '--alloc-child', String(index), backend], { encoding: 'utf8' });
  const v = Number(run.stdout.trim());
  return run.status === 0 ? v : NaN;
}

/** One thread for torch whatever BLAS it loads (torch.set_num_threads covers OpenMP, not OpenBLAS's own pool). */
const TORCH_ENV = { ...process.env, OMP_NUM_THREADS: '1', OPENBLAS_NUM_THREADS: '1', MKL_NUM_THREADS: '1' };

/** "not installed" / "failed: ..." or the python to run. */
function torchPython(): { python: string } | string {
  const python = '/usr/bin/python3';
  if (!fs.existsSync(python) || spawnSync(python, ['-c', 'import torch'], { encoding: 'utf8' }).status !== 0) return 'not installed';
  return { python };
}

/** torch eager steps/s of one case, float32 and float64 (one measurement of ~`seconds` each). */
function torchRates(py: { python: string }, c: TrainingCase, seconds: number): [number, number] | string {
  const script = path.join(__dirname, '..', '..', 'bench', 'training_torch.py');
  const lines = ['float32', 'float64'].map((dtype) => JSON.stringify({ sizes: c.sizes, activation: c.activation, optimizer: c.optimizer, batch: c.batch, n: c.n, dtype, seconds }));
  const run = spawnSync(py.python, [script], { input: lines.join('\n') + '\n', encoding: 'utf8', maxBuffer: 1 << 24, env: TORCH_ENV });
  if (run.status !== 0) return `failed: ${run.stderr.trim().split('\n').pop()}`;
  const [a, b] = run.stdout.trim().split('\n').map((l) => (JSON.parse(l) as { stepsPerSecond: number }).stepsPerSecond);
  return [a, b];
}

export function runTrainingBench(argv: readonly string[]): void {
  if (argv[0] === '--alloc-child') {
    setDenseBackend(argv[2] === 'js' ? 'js' : 'wasm');
    console.log(String(bytesPerStepChild(CASES[Number(argv[1])])));
    return;
  }
  const rounds = argv.includes('--rounds') ? Number(argv[argv.indexOf('--rounds') + 1]) : 5;
  const only = argv.includes('--only') ? argv[argv.indexOf('--only') + 1] : '';
  const backends: DenseBackend[] = wasmSimdAvailable() ? ['js', 'wasm'] : ['js'];
  const seconds = 0.4;
  console.log(`Activation Lab training bench: steps/s, BCE-with-logits, seeded data, median of ${rounds} runs of ~${seconds} s; node ${process.version}, ${os.cpus().length} CPUs, load ${os.loadavg()[0].toFixed(2)}.`);
  console.log('Targets: batch 32 >= 3x torch eager (float32), full batch >= 1x torch (float32). PyTorch: bench/training_torch.py, torch.set_num_threads(1) and one BLAS thread.');
  console.log(`Ours: plain-JS dense kernels (js) and WebAssembly SIMD (wasm, the default${wasmSimdAvailable() ? '' : ': NOT AVAILABLE here'}); the verdict and heap column are the default backend's.`);
  const py = torchPython();
  if (typeof py !== 'string') console.log(`PyTorch: ${spawnSync(py.python, [path.join(__dirname, '..', '..', 'bench', 'training_torch.py'), '--info'], { encoding: 'utf8', env: TORCH_ENV }).stdout.trim()}; the better of a measurement right before and one right after ours.`);
  const head = ['case', 'ours js', 'ours wasm', 'wasm/js', 'torch f32', 'torch f64', 'ours/torch f32', 'target', 'verdict', 'heap B/step'];
  console.log('');
  console.log(`| ${head.join(' | ')} |`);
  console.log(`|${head.map(() => '---').join('|')}|`);
  let pass = 0;
  let judged = 0;
  const oursByLabel = new Map<string, number>();
  for (const [index, c] of CASES.entries()) {
    if (!c.label.includes(only)) continue;
    // torch is measured right before and right after ours, and its better figure counts (this
    // machine's speed drifts by tens of percent; the drift must not count in our favour)
    const torchBefore = typeof py === 'string' ? py : torchRates(py, c, 1.0);
    const rates = ourStepsPerSecond(c, rounds, seconds, backends);
    const js = rates[0];
    const ours = rates[rates.length - 1];
    oursByLabel.set(c.label, ours);
    const alloc = bytesPerStep(index, backends[backends.length - 1]);
    const torchAfter = typeof py === 'string' ? py : torchRates(py, c, 1.0);
    const torch = typeof torchBefore === 'string' ? torchBefore : typeof torchAfter === 'string' ? torchAfter : [Math.max(torchBefore[0], torchAfter[0]), Math.max(torchBefore[1], torchAfter[1])];
    const t32 = typeof torch === 'string' ? NaN : torch[0];
    const t64 = typeof torch === 'string' ? NaN : torch[1];
    const ratio = ours / t32;
    let verdict = typeof torch === 'string' ? 'torch ' + torch : ratio >= c.target ? 'PASS' : 'MISS';
    if (verdict === 'PASS' || verdict === 'MISS') { judged++; if (verdict === 'PASS') pass++; }
    const fmt = (v: number) => (Number.isNaN(v) ? (typeof torch === 'string' ? torch : '-') : v < 100 ? v.toPrecision(2) : Math.round(v).toLocaleString('en-US'));
    const wasmCell = backends.length > 1 ? fmt(ours) : 'n/a';
    const speedup = backends.length > 1 ? (ours / js).toFixed(2) + 'x' : '-';
    console.log(`| ${c.label} | ${fmt(js)} | ${wasmCell} | ${speedup} | ${fmt(t32)} | ${fmt(t64)} | ${Number.isNaN(ratio) ? '-' : ratio.toFixed(2) + 'x'} | ${c.target}x | ${verdict} | ${alloc.toFixed(1)} |`);
  }
  console.log('');
  const user = oursByLabel.get('2-16-16-1 user x*sigmoid(1.5x) adam batch 32');
  const builtin = oursByLabel.get('2-16-16-1 built-in swish(beta=1.5) adam batch 32');
  if (user !== undefined && builtin !== undefined) console.log(`User-defined activation vs the same built-in: ${(user / builtin).toFixed(2)}x the speed (target >= 0.33x): ${user / builtin >= 1 / 3 ? 'PASS' : 'MISS'}.`);
  console.log(`${pass} of ${judged} rows PASS. heap B/step: heapUsed growth per step inside one run (steady state, no GC in the window; the step-loss record is a preallocated Float64Array).`);
}
