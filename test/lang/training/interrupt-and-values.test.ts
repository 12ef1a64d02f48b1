/**
 * Interrupt (EvaluatorOptions.shouldStop) ends training with the run so far kept, and the next
 * statement can use it; a diverging run is kept with its message; fields and displays of the values.
 */
import * as assert from 'assert';
import { outputsFor } from '../../../src/kernel/output-items';
import { Evaluator } from '../../../src/lang/runtime/evaluator';
import { formatValue } from '../../../src/kernel/format/format-value';
import type { Value } from '../../../src/lang/runtime/values';
import { run } from '../lang-helpers';
import { datasetOf, lastValue, runOf } from './training-helpers';

/** A shouldStop that says "stop" on calls from..to (1-based), else "go on". */
function stopOnCalls(from: number, to = from): () => boolean {
  let calls = 0;
  return () => {
    calls++;
    return calls >= from && calls <= to;
  };
}

const TRAIN = 'data = dataset("spiral", n=200, seed=1)\nrun = train(mlp([2, 8, 1], ACT, seed=1), data, epochs=200)\n';

describe('training: interrupt, divergence, fields and display', () => {
  const interruptCases = [
    { name: 'built-in activation', act: 'activation=tanh' },
    { name: 'compiled user activation', act: 'activation=x -> x * sigmoid(x)' },
    { name: 'interpreted user activation', act: 'activation=x -> (t -> t * sigmoid(t))(x)' },
  ];
  for (const c of interruptCases) {
    it(`an interrupt keeps the run so far (${c.name}) and the next statement uses it`, () => {
      const ev = new Evaluator({ shouldStop: stopOnCalls(40, 45) });
      const values = run(`${TRAIN.replace('ACT', c.act)}run.stopped\nrun.steps\npredict(run, [0.5, -1])`, ev);
      assert.deepStrictEqual(values[0], { kind: 'string', value: 'interrupted' });
      const steps = (values[1] as { value: number }).value;
      assert.ok(steps > 0 && steps < 200 * 4, `steps ${steps}`);
      assert.strictEqual(values[2].kind, 'number');
      assert.ok(Number.isFinite((values[2] as { value: number }).value));
      const r = ev.definedNames().get('run') as Extract<Value, { kind: 'run' }>;
      assert.ok(r.run.epochs.every((e) => Number.isFinite(e.trainLoss)));
      assert.ok(r.run.stepLosses.every((l) => Number.isFinite(l)));
      assert.match(formatValue(r), /interrupted after \d+ steps/);
    });
  }

  it('an interpreted user activation that spends the step budget stops the run, which is kept', () => {
    const ev = new Evaluator({ maxSteps: 20000 });
    const values = run('data = dataset("circle", n=100)\nr = train(mlp([2, 8, 1], activation=x -> (t -> t * sigmoid(t))(x)), data, epochs=50)\nr.stopped\nr.message\nr.steps\npredict(r, [0.5, 0.5])', ev);
    assert.ok(values[3].kind === 'number' && Number.isFinite(values[3].value), 'predict after the stop');
    assert.deepStrictEqual(values[0], { kind: 'string', value: 'interrupted' });
    assert.match((values[1] as { value: string }).value, /^stopped after \d+ steps \(\d+ full epochs?\): the activation .* runs through the interpreter and used up the statement's step budget \(20,000 steps\); .*the run so far is kept$/);
    assert.ok((values[2] as { value: number }).value > 0);
  });

  it('a diverging run is kept with its message', () => {
    const r = runOf('train(mlp([2, 16, 1]), dataset("spiral", n=500, noise=0.2, seed=1), optimizer="sgd", lr=1e12, epochs=5)');
    assert.strictEqual(r.run.stopped, 'diverged');
    assert.match(r.run.message, /the loss became .* in epoch \d+ .*try a lower learning rate .*clip=1/);
    assert.match(formatValue(r), /diverged: .*\n(.*\n)*  note: the loss became/);
  });

  it('run fields: per-epoch vectors and numbers', () => {
    const src = 'r = train(mlp([2, 4, 1]), dataset("circle", n=80), epochs=7, batch=10)\n';
    const r = runOf(`${src}r`);
    const vec = (f: string) => { const v = lastValue(`${src}r.${f}`); assert.ok(v.kind === 'vector'); return Array.from(v.items); };
    const one = (f: string) => lastValue(`${src}r.${f}`);
    assert.deepStrictEqual(vec('loss'), r.run.epochs.map((e) => e.trainLoss));
    assert.deepStrictEqual(vec('test_loss'), r.run.epochs.map((e) => e.testLoss));
    assert.deepStrictEqual(vec('accuracy'), r.run.epochs.map((e) => e.trainAccuracy));
    assert.deepStrictEqual(vec('test_accuracy'), r.run.epochs.map((e) => e.testAccuracy));
    assert.deepStrictEqual(vec('epoch'), [1, 2, 3, 4, 5, 6, 7]);
    assert.strictEqual(vec('step_loss').length, 28);
    assert.deepStrictEqual(one('steps'), { kind: 'number', value: 28 });
    assert.deepStrictEqual(one('epochs'), { kind: 'number', value: 7 });
    assert.deepStrictEqual(one('stopped'), { kind: 'string', value: 'completed' });
    assert.deepStrictEqual(lastValue(`${src}r["steps"]`), { kind: 'number', value: 28 });
    assert.strictEqual(one('network').kind, 'network');
    assert.deepStrictEqual(vec('dead'), [r.run.epochs[6].layers[0].dead]);
    assert.deepStrictEqual(vec('grad_norm'), r.run.epochs[6].layers.map((l) => l.gradientNorm));
  });

  it('health functions: per layer at the end, or one layer at every epoch', () => {
    const src = 'r = train(mlp([2, 8, 8, 1], activation=relu), dataset("circle", n=80), epochs=4)\n';
    const r = runOf(`${src}r`);
    const v = (s: string) => { const x = lastValue(`${src}${s}`); assert.ok(x.kind === 'vector'); return Array.from(x.items); };
    assert.deepStrictEqual(v('dead(r)'), r.run.epochs[3].layers.slice(0, 2).map((l) => l.dead));
    assert.deepStrictEqual(v('sparsity(r)'), r.run.epochs[3].layers.slice(0, 2).map((l) => l.sparsity));
    assert.deepStrictEqual(v('saturation(r)'), r.run.epochs[3].layers.slice(0, 2).map((l) => l.saturated));
    assert.deepStrictEqual(v('grad_norm(r)'), r.run.epochs[3].layers.map((l) => l.gradientNorm));
    assert.deepStrictEqual(v('dead(r, layer=2)'), r.run.epochs.map((e) => e.layers[1].dead));
    const table = lastValue(`${src}layers(r)`);
    assert.ok(table.kind === 'table');
    assert.strictEqual(table.rows.length, 3);
  });

  it('dataset fields', () => {
    const src = 's = dataset("spiral", n=100, split=0.6)\n';
    assert.deepStrictEqual(lastValue(`${src}s.n_train`), { kind: 'number', value: 60 });
    assert.deepStrictEqual(lastValue(`${src}s.task`), { kind: 'string', value: 'binary' });
    const d = datasetOf(`${src}s`).dataset;
    const x2 = lastValue(`${src}s.x2`);
    assert.ok(x2.kind === 'vector');
    assert.deepStrictEqual(Array.from(x2.items), Array.from({ length: 100 }, (_, i) => d.inputs[2 * i + 1]));
  });

  const displayCases: Array<{ name: string; source: string; text: RegExp[] }> = [
    { name: 'dataset', source: 'dataset("spiral", n=500, noise=0.2, seed=1)', text: [/^dataset spiral\(n=500, noise=0\.2, seed=1\)\n/, /500 points: 250 train, 250 test; 2 inputs \(x1, x2\)/, /binary, 2 classes \(-1: 250, 1: 250\)/] },
    { name: 'network', source: 'mlp([2, 16, 16, 1], activation=gelu, seed=1)', text: [/^network mlp \[2, 16, 16, 1\], gelu, linear output\n  337 parameters; init torch_default, seed 1$/] },
    { name: 'run', source: 'train(mlp([2, 8, 1], activation=gelu), dataset("spiral", n=100), epochs=5)', text: [/^run: mlp \[2, 8, 1\], gelu, linear output; bce loss, adam lr=0\.01, batch 32\n/, /  completed: 5 epochs, 10 steps in [\d.e-]+ m?s \([\d,—]+ steps\/s\)\n/, /  loss: train [\d.]+, test [\d.]+ \(epoch 5\)\n/, /  accuracy: train [\d.]+%, test [\d.]+%$/] },
    { name: 'regression data shows its target range', source: 'dataset("sine", n=50, grid=true)', text: [/regression, targets from -?[\d.e-]+ to [\d.]+$/] },
    { name: 'mse on classes shows an accuracy too', source: 'train(mlp([2, 4, 1]), dataset("circle", n=100), epochs=5, loss="mse")', text: [/accuracy: train [\d.]+%, test [\d.]+%/] },
  ];
  for (const c of displayCases) {
    it(`display: ${c.name}`, () => {
      const v = lastValue(c.source);
      const text = formatValue(v);
      for (const re of c.text) assert.match(text, re);
      const outputs = outputsFor(v);
      assert.strictEqual(outputs.length, 1);
      assert.deepStrictEqual(outputs[0].items[0], { mime: 'text/plain', data: text });
      // A run also draws its training view (training+json, then its SVG); the numbers come last as application/json.
      const json = outputs[0].items[outputs[0].items.length - 1];
      assert.strictEqual(json.mime, 'application/json');
      assert.strictEqual((json.data as { kind: string }).kind, v.kind);
      if (v.kind === 'run') assert.deepStrictEqual(outputs[0].items.map((i) => i.mime), ['text/plain', 'application/vnd.activation-lab.training+json', 'image/svg+xml', 'application/json']);
    });
  }
});
