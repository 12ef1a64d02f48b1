import * as assert from 'assert';
import { getVectorActivation, listVectorActivations, vectorActivationNames } from '../../../src/core/vector/registry';
import { getActivation } from '../../../src/core/activations/registry';
import { resolveParams } from '../../../src/core/activations/params';

describe('core/vector registry and documentation records', () => {
  it('lists the six vector activations of issue 3', () => {
    assert.deepStrictEqual(listVectorActivations().map((s) => s.name), ['softmax', 'log_softmax', 'softmin', 'logsumexp', 'glu', 'maxout']);
  });

  it('resolves aliases; unknown names and Object.prototype keys are undefined', () => {
    assert.strictEqual(getVectorActivation('logsoftmax'), getVectorActivation('log_softmax'));
    assert.strictEqual(getVectorActivation('softmaxx'), undefined);
    assert.strictEqual(getVectorActivation('__proto__'), undefined);
    assert.strictEqual(getVectorActivation('toString'), undefined);
  });

  it('no vector activation name is also an element-wise activation name (the language looks up both)', () => {
    for (const name of vectorActivationNames()) assert.strictEqual(getActivation(name), undefined, name);
  });

  for (const spec of listVectorActivations()) {
    it(`${spec.name}: the documentation record is complete and matches the spec`, () => {
      const doc = spec.doc;
      for (const field of [doc.displayName, doc.summary, doc.formula.text, doc.formula.latex, doc.jacobian.text, doc.jacobian.latex, doc.range, doc.shape]) {
        assert.ok(typeof field === 'string' && field.trim().length > 0, `an empty field in ${spec.name}`);
      }
      assert.ok(doc.summary.length >= 40 && doc.summary.endsWith('.'), 'summary is one full sentence');
      assert.match(doc.shape, /^n → (n|n\/2|n\/k|1)$/);
      assert.ok(doc.origin.authors.length > 0 && doc.origin.title.length > 0);
      assert.ok(Number.isInteger(doc.origin.year) && doc.origin.year >= 1940 && doc.origin.year <= 2030);
      if (doc.origin.url !== undefined) assert.match(doc.origin.url, /^https:\/\//);
      assert.deepStrictEqual(doc.params.map((p) => p.name), spec.params.map((p) => p.name));
      for (const p of doc.params) assert.strictEqual(p.default, spec.defaults[p.name]);
      // Properties: every field present with one of its allowed values (properties.test.ts checks they hold).
      const p = doc.properties;
      assert.ok(['probabilities', 'log-probabilities', 'none'].includes(p.normalisation), `normalisation ${p.normalisation}`);
      assert.ok(['invariant', 'equivariant', 'none'].includes(p.shift), `shift ${p.shift}`);
      assert.ok(['equivariant', 'invariant', 'invariant within groups', 'equivariant on pairs'].includes(p.permutation), `permutation ${p.permutation}`);
      assert.ok(['convex', 'concave', 'neither'].includes(p.curvature), `curvature ${p.curvature}`);
      for (const flag of [p.positivelyHomogeneous, p.boundedBelow, p.boundedAbove]) assert.strictEqual(typeof flag, 'boolean');
      assert.ok(['C-1', 'C0', 'C1', 'C2', 'C∞'].includes(p.smoothness), `smoothness ${p.smoothness}`);
      // Frameworks: the three, each with the names people write (or a note saying how to get it).
      for (const framework of ['pytorch', 'tensorflow', 'jax'] as const) {
        const f = doc.frameworks[framework];
        assert.ok(Array.isArray(f.names), `${framework}.names`);
        assert.ok(f.names.length > 0 || (f.note ?? '').length > 0, `${framework}: no names and no note saying how to get it`);
        for (const n of f.names) assert.match(n, /^(?:[A-Za-z_][\w]*(?:\.[A-Za-z_][\w]*)*|"[a-z_]+")$/, `${framework} name ${n}`);
        if (f.note !== undefined) assert.ok(f.note.length > 10 && /[.)]$/.test(f.note), `${framework} note is a sentence: ${f.note}`);
      }
      // The chart's slice: entries 'x' or finite numbers, at least one 'x', an output entry that exists.
      const chart = doc.chart;
      assert.ok(chart.input.includes('x'), 'the slice varies x');
      for (const e of chart.input) assert.ok(e === 'x' || Number.isFinite(e), `slice entry ${String(e)}`);
      assert.ok(Number.isInteger(chart.output) && chart.output >= 0 && chart.output < spec.outputLength(chart.input.length), 'output entry');
      assert.ok(chart.caption.startsWith(`${spec.name}([`), `the caption names the slice in the language's syntax: ${chart.caption}`);
    });
  }

  it('the framework names of issue 3 and the dim/axis defaults that differ', () => {
    const names = (name: string, framework: 'pytorch' | 'tensorflow' | 'jax'): string[] => getVectorActivation(name)!.doc.frameworks[framework].names;
    const note = (name: string, framework: 'pytorch' | 'tensorflow' | 'jax'): string => getVectorActivation(name)!.doc.frameworks[framework].note ?? '';
    for (const n of ['torch.softmax', 'F.softmax', 'torch.nn.Softmax']) assert.ok(names('softmax', 'pytorch').includes(n), n);
    for (const n of ['tf.nn.softmax', 'tf.keras.activations.softmax', '"softmax"']) assert.ok(names('softmax', 'tensorflow').includes(n), n);
    assert.ok(names('softmax', 'jax').includes('jax.nn.softmax'));
    for (const n of ['torch.nn.functional.log_softmax', 'torch.nn.LogSoftmax']) assert.ok(names('log_softmax', 'pytorch').includes(n), n);
    assert.ok(names('log_softmax', 'jax').includes('jax.nn.log_softmax'));
    assert.ok(names('softmin', 'pytorch').includes('F.softmin'));
    assert.ok(names('logsumexp', 'pytorch').includes('torch.logsumexp'));
    assert.ok(names('logsumexp', 'tensorflow').includes('tf.math.reduce_logsumexp'));
    for (const n of ['jax.nn.logsumexp', 'jax.scipy.special.logsumexp']) assert.ok(names('logsumexp', 'jax').includes(n), n);
    for (const n of ['F.glu', 'torch.nn.GLU']) assert.ok(names('glu', 'pytorch').includes(n), n);
    assert.ok(names('glu', 'jax').includes('jax.nn.glu'));
    // PyTorch has no usable default dim; TensorFlow and JAX default to the last axis, or (logsumexp) to every axis.
    assert.match(note('softmax', 'pytorch'), /dim/);
    assert.match(note('softmax', 'pytorch'), /deprecated/);
    assert.match(note('softmax', 'tensorflow'), /axis=-1/);
    assert.match(note('softmax', 'jax'), /axis=-1/);
    assert.match(note('logsumexp', 'tensorflow'), /axis=None/);
    assert.match(note('logsumexp', 'jax'), /axis=None/);
    assert.match(note('maxout', 'pytorch'), /^Not built in/);
  });

  it('the documented shape is what outputLength says', () => {
    const expected: Record<string, (n: number) => number> = { 'n → n': (n) => n, 'n → n/2': (n) => n / 2, 'n → n/k': (n) => n / 2, 'n → 1': () => 1 };
    for (const spec of listVectorActivations()) assert.strictEqual(spec.outputLength(12), expected[spec.doc.shape](12), spec.name);
  });

  it('the origins the issue names', () => {
    assert.match(getVectorActivation('maxout')!.doc.origin.title, /^Maxout Networks$/);
    assert.strictEqual(getVectorActivation('maxout')!.doc.origin.year, 2013);
    assert.match(getVectorActivation('glu')!.doc.origin.title, /Gated Convolutional Networks/);
    assert.strictEqual(getVectorActivation('glu')!.doc.origin.year, 2017);
    assert.match(getVectorActivation('softmax')!.doc.origin.authors, /Bridle/);
    assert.strictEqual(getVectorActivation('softmax')!.doc.origin.year, 1990);
  });

  it('documented ranges hold on random vectors', () => {
    for (let seed = 1; seed < 50; seed++) {
      const xs = Float64Array.from({ length: 10 }, (_, i) => Math.sin(seed * 97 + i * 13) * 20);
      for (const v of getVectorActivation('softmax')!.value(xs)) assert.ok(v >= 0 && v <= 1);
      for (const v of getVectorActivation('softmin')!.value(xs)) assert.ok(v >= 0 && v <= 1);
      for (const v of getVectorActivation('log_softmax')!.value(xs)) assert.ok(v <= 0);
      const s = getVectorActivation('softmax')!.value(xs).reduce((a, b) => a + b, 0);
      assert.ok(Math.abs(s - 1) <= 1e-15, `softmax sums to ${s}`);
    }
  });
});

describe('core/vector parameters through resolveParams (what the language calls)', () => {
  it('maxout k: defaults to 2, must be a whole number of at least 1', () => {
    const spec = getVectorActivation('maxout')!;
    const ok = resolveParams(spec.params, new Map([['k', 3]]));
    assert.ok(ok.ok && ok.params.k === 3);
    assert.deepStrictEqual(resolveParams(spec.params, new Map()), { ok: true, params: { k: 2 } });
    const frac = resolveParams(spec.params, new Map([['k', 1.5]]));
    assert.ok(!frac.ok && frac.name === 'k', JSON.stringify(frac));
    const zero = resolveParams(spec.params, new Map([['k', 0]]));
    assert.ok(!zero.ok && /at least 1/.test(zero.problem));
    const unknown = resolveParams(getVectorActivation('softmax')!.params, new Map([['dim', 0]]));
    assert.ok(!unknown.ok && unknown.name === 'dim' && unknown.problem === 'unknown');
  });
});
