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
    });
  }

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
