import * as assert from 'assert';
import { activationNames, getActivation, listActivations } from '../../../src/core/activations/registry';
import { DETERMINISTIC } from './deterministic-params';

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
  it("has every elementwise activation of issue 3: PyTorch's, the JAX/Keras/TF extras and the literature's", () => {
    const pytorch = ['relu', 'relu6', 'leaky_relu', 'prelu', 'rrelu', 'elu', 'selu', 'celu', 'gelu', 'silu', 'mish', 'softplus', 'softsign', 'tanh', 'sigmoid',
      'hardsigmoid', 'hardswish', 'hardtanh', 'hardshrink', 'softshrink', 'tanhshrink', 'logsigmoid', 'threshold'];
    const extras = ['squareplus', 'sparse_plus', 'hard_silu', 'swish', 'identity', 'linear', 'exponential', 'heaviside', 'step', 'srelu', 'noisy_relu'];
    const missing = [...pytorch, ...extras].filter((name) => getActivation(name) === undefined);
    assert.deepStrictEqual(missing, []);
    assert.strictEqual(new Set(listActivations().map((s) => s.name)).size, listActivations().length, 'canonical names are unique');
  });

  it('resolves aliases to the same spec and unknown names to undefined', () => {
    const aliases: Array<[string, string]> = [
      ['lrelu', 'leaky_relu'], ['logistic', 'sigmoid'], ['smoothrelu', 'softplus'], ['ramp', 'relu'], ['step', 'heaviside'],
      ['hard_silu', 'hardswish'], ['hard_swish', 'hardswish'], ['linear', 'identity'], ['log_sigmoid', 'logsigmoid'],
    ];
    for (const [alias, name] of aliases) assert.strictEqual(getActivation(alias), getActivation(name), `${alias} -> ${name}`);
    assert.strictEqual(getActivation('gleu'), undefined);
    assert.strictEqual(getActivation('__proto__'), undefined);
    assert.strictEqual(getActivation('constructor'), undefined);
  });

  it('swish with its default beta = 1 is silu (PyTorch\'s silu keeps no beta)', () => {
    const swish = getActivation('swish')!;
    const silu = getActivation('silu')!;
    assert.strictEqual(swish.defaults.beta, 1);
    assert.deepStrictEqual(silu.params, []);
    for (const x of [-20, -3, -0.5, 0, 0.25, 1, 7]) {
      assert.strictEqual(swish.value(x), silu.value(x));
      assert.strictEqual(swish.derivative(x), silu.derivative(x));
      assert.strictEqual(swish.secondDerivative(x), silu.secondDerivative(x));
    }
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
      const params = DETERMINISTIC[spec.name] ?? spec.defaults;
      const f = (x: number) => spec.value(x, params);
      const range = parseRange(spec.doc.range);
      const xs: number[] = [];
      for (let x = -12; x <= 12; x += 1 / 256) xs.push(x);
      const ys = xs.map(f);
      const min = Math.min(...ys);
      const max = Math.max(...ys);
      const v0 = f(0);
      // An open endpoint is the limit at -Infinity / +Infinity (where the rules return their limits).
      const limitTolerance = Math.max(1e-12, range.tolerance);
      assert.ok(v0 >= range.lo && v0 <= range.hi, `value at 0 (${v0}) is outside ${spec.doc.range}`);
      assert.ok(min >= range.lo - range.tolerance, `sampled minimum ${min} is below ${spec.doc.range}`);
      assert.ok(max <= range.hi + range.tolerance, `sampled maximum ${max} is above ${spec.doc.range}`);
      if (Number.isFinite(range.lo)) {
        if (range.loClosed) assert.ok(Math.abs(min - range.lo) <= range.tolerance, `lower endpoint ${range.lo} is not attained (min ${min})`);
        else {
          assert.ok(min > range.lo, `open lower endpoint ${range.lo} is attained`);
          const limit = Math.min(f(-Infinity), f(Infinity));
          assert.ok(Math.abs(limit - range.lo) <= limitTolerance, `the open lower endpoint ${range.lo} is not the limit (${limit})`);
        }
      } else assert.ok(f(-1e6) < -100 || f(1e6) < -100, 'unbounded below');
      if (Number.isFinite(range.hi)) {
        if (range.hiClosed) assert.ok(Math.abs(max - range.hi) <= range.tolerance, `upper endpoint ${range.hi} is not attained (max ${max})`);
        else {
          assert.ok(max < range.hi, `open upper endpoint ${range.hi} is attained`);
          const limit = Math.max(f(-Infinity), f(Infinity));
          assert.ok(Math.abs(limit - range.hi) <= limitTolerance, `the open upper endpoint ${range.hi} is not the limit (${limit})`);
        }
      } else assert.ok(f(1e6) > 100 || f(-1e6) > 100, 'unbounded above');
    });
  }
});
