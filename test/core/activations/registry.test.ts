import * as assert from 'assert';
import { activationNames, getActivation, listActivations } from '../../../src/core/activations/registry';

/** Parses a documented range like "[0, ∞)", "(-1, 1)", "[-0.17, ∞)". */
function parseRange(text: string): { lo: number; hi: number; loClosed: boolean; hiClosed: boolean; tolerance: number } {
  const m = /^([[(])\s*(-?∞|-?[0-9.]+)\s*,\s*(-?∞|-?[0-9.]+)\s*([\])])$/.exec(text);
  if (!m) throw new Error(`unreadable range ${JSON.stringify(text)}`);
  const num = (s: string) => (s === '∞' ? Infinity : s === '-∞' ? -Infinity : Number(s));
  const decimals = (s: string) => (s.includes('.') ? s.split('.')[1].length : 0);
  // An endpoint written with d decimals is exact to half a unit in its last place.
  const tolerance = Math.max(decimals(m[2]), decimals(m[3])) > 0 ? 0.5 * 10 ** -Math.max(decimals(m[2]), decimals(m[3])) : 0;
  return { lo: num(m[2]), hi: num(m[3]), loClosed: m[1] === '[', hiClosed: m[4] === ']', tolerance };
}

describe('core/activations/registry and documentation records', () => {
  it('has the skeleton activations', () => {
    assert.deepStrictEqual(listActivations().map((s) => s.name).sort(), ['gelu', 'leaky_relu', 'relu', 'sigmoid', 'tanh']);
  });

  it('resolves aliases to the same spec and unknown names to undefined', () => {
    assert.strictEqual(getActivation('lrelu'), getActivation('leaky_relu'));
    assert.strictEqual(getActivation('logistic'), getActivation('sigmoid'));
    assert.strictEqual(getActivation('gleu'), undefined);
    assert.strictEqual(getActivation('__proto__'), undefined);
    assert.strictEqual(getActivation('constructor'), undefined);
  });

  for (const name of activationNames()) {
    it(`${name}: the documentation record is complete`, () => {
      const spec = getActivation(name)!;
      const doc = spec.doc;
      for (const field of [doc.displayName, doc.summary, doc.formula.text, doc.formula.latex, doc.derivative.text, doc.derivative.latex, doc.range]) {
        assert.ok(typeof field === 'string' && field.trim().length > 0, `an empty field in ${name}`);
      }
      assert.ok(doc.summary.length >= 40 && doc.summary.endsWith('.'), 'summary is one full sentence');
      assert.ok(doc.origin.authors.length > 0 && doc.origin.title.length > 0);
      assert.ok(Number.isInteger(doc.origin.year) && doc.origin.year >= 1940 && doc.origin.year <= 2030);
      if (doc.origin.url !== undefined) assert.match(doc.origin.url, /^https:\/\//);
      assert.deepStrictEqual(doc.params.map((p) => p.name), spec.params.map((p) => p.name));
      for (const p of doc.params) {
        assert.strictEqual(p.default, spec.defaults[p.name]);
        assert.ok(p.description.length > 0);
      }
    });
  }

  for (const spec of listActivations()) {
    it(`${spec.name}: the documented range matches sampled values`, () => {
      const range = parseRange(spec.doc.range);
      const xs: number[] = [];
      for (let x = -12; x <= 12; x += 1 / 256) xs.push(x);
      const ys = xs.map((x) => spec.value(x));
      const min = Math.min(...ys);
      const max = Math.max(...ys);
      const v0 = spec.value(0);
      assert.ok(v0 >= range.lo && v0 <= range.hi, `value at 0 (${v0}) is outside ${spec.doc.range}`);
      assert.ok(min >= range.lo - range.tolerance, `sampled minimum ${min} is below ${spec.doc.range}`);
      assert.ok(max <= range.hi + range.tolerance, `sampled maximum ${max} is above ${spec.doc.range}`);
      if (Number.isFinite(range.lo)) {
        if (range.loClosed) assert.ok(Math.abs(min - range.lo) <= range.tolerance, `lower endpoint ${range.lo} is not attained (min ${min})`);
        else {
          assert.ok(min > range.lo, `open lower endpoint ${range.lo} is attained`);
          assert.ok(Math.abs(spec.value(-1000) - range.lo) < 1e-9, 'the open lower endpoint is the limit at -∞');
        }
      } else assert.ok(spec.value(-1e6) < -100, 'unbounded below');
      if (Number.isFinite(range.hi)) {
        if (range.hiClosed) assert.ok(Math.abs(max - range.hi) <= range.tolerance);
        else {
          assert.ok(max < range.hi, `open upper endpoint ${range.hi} is attained`);
          assert.ok(Math.abs(spec.value(1000) - range.hi) < 1e-9, 'the open upper endpoint is the limit at +∞');
        }
      } else assert.ok(spec.value(1e6) > 100, 'unbounded above');
    });
  }
});
