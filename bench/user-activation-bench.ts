/**
 * `npm run bench -- user-activation [rounds]`: a user-defined activation as the language makes it
 * (f(x) = x * sigmoid(1.5 * x), compiled to vectorised dual numbers by src/lang/training) against
 * the same built-in (swish, beta=1.5), training 2-16-16-1 on 1,000 points with Adam, batch 32 and
 * full batch, without epoch records. Interleaved rounds, median of the paired ratios. Target: the
 * user activation at least 1/3 of the built-in's steps per second (issue 9). This bench imports
 * src/lang (the others only src/core): the activation under test is the language's.
 */
import { getActivation } from '../src/core/activations/registry';
import { fromActivationSpec, type LayerActivation } from '../src/core/training/layer-activation';
import { createNetwork } from '../src/core/training/network';
import { train } from '../src/core/training/train';
import { SeededRng } from '../src/core/random/seeded-rng';
import { Evaluator } from '../src/lang/runtime/evaluator';
import { parse } from '../src/lang/syntax/parser';

function userActivation(): LayerActivation {
  const ev = new Evaluator();
  let value;
  for (const s of parse('f(x) = x * sigmoid(1.5 * x)\nmlp([2, 16, 1], activation=f)').program.statements) value = ev.execute(s);
  if (!value || value.kind !== 'network') throw new Error('mlp gave no network');
  return value.network.layers[0].activation!;
}

function data(n: number): { x: Float64Array; y: Float64Array; n: number } {
  const rng = new SeededRng(7);
  const x = new Float64Array(2 * n);
  const y = new Float64Array(n);
  for (let i = 0; i < n; i++) {
    x[2 * i] = rng.nextUniform(-3, 3);
    x[2 * i + 1] = rng.nextUniform(-3, 3);
    y[i] = x[2 * i] * x[2 * i + 1] > 0 ? 1 : 0;
  }
  return { x, y, n };
}

function stepsPerSecond(activation: LayerActivation, batch: number, epochs: number): number {
  const net = createNetwork({ sizes: [2, 16, 16, 1], hidden: { kind: 'activation', activation }, seed: 1 });
  const split = data(1000);
  const t = process.hrtime.bigint();
  const run = train(net, split, null, { loss: 'bce', optimizer: { kind: 'adam', lr: 0.01 }, epochs, batchSize: batch, records: false });
  return run.steps / (Number(process.hrtime.bigint() - t) * 1e-9);
}

function median(xs: number[]): number {
  const s = [...xs].sort((a, b) => a - b);
  return s[Math.floor(s.length / 2)];
}

export function runUserActivationBench(argv: readonly string[]): void {
  const rounds = Number(argv[0] ?? 7);
  const user = userActivation();
  const builtin = fromActivationSpec(getActivation('swish')!, { beta: 1.5 });
  console.log(`User activation (language, compiled) vs built-in swish(beta=1.5): 2-16-16-1, 1,000 points, adam; ${rounds} interleaved rounds; node ${process.version}.`);
  for (const [label, batch, epochs] of [['batch 32', 32, 20], ['full batch', 0, 300]] as const) {
    stepsPerSecond(user, batch, 2);
    stepsPerSecond(builtin, batch, 2);
    const ratios: number[] = [];
    const u: number[] = [];
    const b: number[] = [];
    for (let r = 0; r < rounds; r++) {
      const a = stepsPerSecond(builtin, batch, epochs);
      const c = stepsPerSecond(user, batch, epochs);
      b.push(a);
      u.push(c);
      ratios.push(c / a);
    }
    const ratio = median(ratios);
    console.log(`${label.padEnd(10)}  built-in ${Math.round(median(b)).toLocaleString('en-US')} steps/s  user ${Math.round(median(u)).toLocaleString('en-US')} steps/s  ratio ${ratio.toFixed(2)}x (target >= 0.33x): ${ratio >= 1 / 3 ? 'PASS' : 'MISS'}`);
  }
}

