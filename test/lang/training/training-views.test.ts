/** boundary / health / losses panels and compare_training: values, fields, outputs and positioned errors. */
import * as assert from 'assert';
import { outputsFor } from '../../../src/kernel/output-items';
import { validateTrainingPayload } from '../../../src/shared/training-payload';
import type { TrainingComparisonValue } from '../../../src/lang/training/training-values';
import { errorOf } from '../lang-helpers';
import { lastValue, runOf } from './training-helpers';

const S = 's = dataset("spiral", n=120, seed=1)\nr = train(mlp([2, 6, 1], activation=tanh), s, epochs=4)\n';
const CMP = 's = dataset("xor", n=100, seed=2)\ncmp = compare_training(relu, tanh, x -> x * tanh(softplus(x)), data=s, hidden=[4, 4], epochs=3, seed=3)\n';

function payloadOf(source: string): Record<string, unknown> {
  const out = outputsFor(lastValue(source));
  assert.strictEqual(out.length, 1);
  const item = out[0].items.find((i) => i.mime === 'application/vnd.activation-lab.training+json');
  assert.ok(item, 'no training payload');
  const checked = validateTrainingPayload(item.data);
  assert.ok(checked.ok, checked.ok ? '' : checked.reason);
  return item.data as Record<string, unknown>;
}

describe('training views: a run, its panels, compare_training', () => {
  it('a run keeps its dataset and draws the whole view (loss, boundary, health)', () => {
    const r = runOf(`${S}r`);
    assert.strictEqual(r.dataset?.source.d, 2);
    const p = payloadOf(`${S}r`);
    assert.strictEqual(p.kind, 'view');
    assert.ok(p.boundary && p.health && (p.loss as unknown[]).length > 0);
  });

  const panels: Array<{ call: string; has: string[]; lacks: string[] }> = [
    { call: 'boundary(r)', has: ['boundary'], lacks: ['health', 'fit'] },
    { call: 'health(r)', has: ['health'], lacks: ['boundary', 'fit'] },
    { call: 'losses(r)', has: [], lacks: ['boundary', 'health', 'fit'] },
  ];
  for (const c of panels) {
    it(`${c.call} draws only its part`, () => {
      const p = payloadOf(`${S}${c.call}`);
      for (const k of c.has) assert.ok(p[k] !== undefined, `${c.call} lacks ${k}`);
      for (const k of c.lacks) assert.strictEqual(p[k], undefined, `${c.call} has ${k}`);
      assert.strictEqual((p.loss as unknown[]).length > 0, c.call.startsWith('losses'));
    });
  }

  it('boundary of a 1-D regression is the fitted curve; fields of a panel are the run\'s', () => {
    const p = payloadOf('sd = dataset("sine", n=60)\nr = train(mlp([1, 8, 1]), sd, epochs=3)\nboundary(r)');
    assert.ok(p.fit);
    assert.strictEqual(lastValue(`${S}boundary(r).steps`).kind, 'number');
  });

  it('compare_training: one run per activation, same initial weights and batch order', () => {
    const c = lastValue(`${CMP}cmp`) as TrainingComparisonValue;
    assert.strictEqual(c.kind, 'training-comparison');
    assert.deepStrictEqual(c.entries.map((e) => e.label), ['relu', 'tanh', 'x -> x * tanh(softplus(x))']);
    const inits = c.entries.map((e) => Array.from(e.run.run.initialParameters));
    assert.deepStrictEqual(inits[1], inits[0]);
    assert.deepStrictEqual(inits[2], inits[0]);
    const p = payloadOf(`${CMP}cmp`);
    assert.strictEqual(p.kind, 'comparison');
    assert.strictEqual((p.runs as Array<{ grid?: unknown }>).every((r) => r.grid !== undefined), true);
  });

  const reads: Array<{ expr: string; kind: string; check?: (v: unknown) => void }> = [
    { expr: 'cmp[0].steps', kind: 'number', check: (v) => assert.strictEqual(v, 6) },
    { expr: 'cmp[-1].steps', kind: 'number' },
    { expr: 'cmp["tanh"].loss', kind: 'vector' },
    { expr: 'cmp.relu.stopped', kind: 'string' },
    { expr: 'cmp.final_loss', kind: 'vector' },
    { expr: 'cmp.steps_to_target', kind: 'vector' },
    { expr: 'cmp.count', kind: 'number', check: (v) => assert.strictEqual(v, 3) },
    { expr: 'cmp.target_loss', kind: 'number' },
  ];
  for (const r of reads) {
    it(`reads ${r.expr}`, () => {
      const v = lastValue(`${CMP}${r.expr}`);
      assert.strictEqual(v.kind, r.kind);
      if (r.check && v.kind === 'number') r.check(v.value);
    });
  }

  it('target_loss= sets the level of steps to reach', () => {
    const v = lastValue('s = dataset("xor", n=100, seed=2)\ncompare_training(relu, tanh, data=s, hidden=[4], epochs=3, target_loss=100).steps_to_target');
    assert.ok(v.kind === 'vector' && Array.from(v.items).every((x) => x > 0));
  });

  const errors: Array<{ name: string; source: string; message: RegExp; line: number; column: number }> = [
    { name: 'no activation', source: 'compare_training(data=dataset("xor"))', message: /^compare_training needs at least one activation/, line: 1, column: 1 },
    { name: 'no data', source: 'compare_training(relu, tanh)', message: /^compare_training is missing argument 'data'/, line: 1, column: 1 },
    { name: 'data not a dataset', source: 'compare_training(relu, data=3)', message: /^compare_training: argument data must be a dataset/, line: 1, column: 29 },
    { name: 'bad hidden', source: 's = dataset("xor")\ncompare_training(relu, data=s, hidden=[8, 0.5])', message: /^compare_training: argument hidden must be a vector of hidden layer sizes/, line: 2, column: 39 },
    { name: 'bad activation', source: 's = dataset("xor")\ncompare_training(relu, 3, data=s)', message: /^mlp: /, line: 2, column: 24 },
    { name: 'bad epochs', source: 's = dataset("xor")\ncompare_training(relu, data=s, epochs=0)', message: /^train: epochs/, line: 2, column: 39 },
    { name: 'bad optimizer', source: 's = dataset("xor")\ncompare_training(relu, data=s, optimizer="lbfgs")', message: /^train: argument optimizer must be one of/, line: 2, column: 42 },
    { name: 'negative target', source: 's = dataset("xor")\ncompare_training(relu, data=s, target_loss=-1)', message: /^compare_training: argument target_loss must be a finite number ≥ 0/, line: 2, column: 44 },
    { name: 'unknown keyword', source: 's = dataset("xor")\ncompare_training(relu, data=s, hiden=[4])', message: /^compare_training has no keyword argument 'hiden'; did you mean 'hidden'\?/, line: 2, column: 32 },
    { name: 'index out of range', source: `${CMP}cmp[3]`, message: /^index 3 is out of range: the comparison has 3 runs/, line: 3, column: 5 },
    { name: 'unknown label', source: `${CMP}cmp.gelu`, message: /has no field 'gelu'.*Its fields: count, .*relu, tanh/, line: 3, column: 5 },
    { name: 'boundary of a number', source: 'boundary(3)', message: /^boundary: argument run must be a training run/, line: 1, column: 10 },
    { name: 'boundary of 3-D data', source: 'b3 = dataset("blobs", dim=3, classes=2)\nr = train(mlp([3, 4, 1]), b3, epochs=1)\nboundary(r)', message: /^boundary: the run's data has 3 input columns/, line: 3, column: 10 },
    { name: 'health without records', source: `${S.split('\n')[0]}\nr = train(mlp([2, 4, 1]), s, epochs=2, record_every=0)\nhealth(mlp([2, 1]))`, message: /^health: argument run must be a training run/, line: 3, column: 8 },
  ];
  for (const c of errors) {
    it(`error: ${c.name}`, () => {
      const e = errorOf(c.source);
      assert.match(e.message, c.message);
      assert.deepStrictEqual([e.span.line, e.span.column], [c.line, c.column], e.message);
    });
  }
});
