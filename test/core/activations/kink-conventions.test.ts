import * as assert from 'assert';
import { KINK_CONVENTIONS, nextDown, nextUp } from '../../../src/core/activations/kink';
import { listActivations, getActivation } from '../../../src/core/activations/registry';

function spec(name: string) {
  const s = getActivation(name);
  if (!s) throw new Error(`no activation ${name}`);
  return s;
}

/** [activation, params, kink x, order, pytorch, left, right] — the one-sided values from the closed forms. */
const TABLE: Array<[string, Record<string, number>, number, 1 | 2, number, number, number]> = [
  ['relu', {}, 0, 1, 0, 0, 1],
  ['relu6', {}, 0, 1, 0, 0, 1],
  ['relu6', {}, 6, 1, 0, 1, 0],
  ['leaky_relu', { negative_slope: 0.2 }, 0, 1, 0.2, 0.2, 1],
  ['prelu', {}, 0, 1, 0.25, 0.25, 1],
  ['elu', { alpha: 0.5 }, 0, 1, 0.5, 0.5, 1],
  ['elu', {}, 0, 2, 0, 1, 0],
  ['selu', {}, 0, 1, 1.0507009873554805 * 1.6732632423543772, 1.0507009873554805 * 1.6732632423543772, 1.0507009873554805],
  ['celu', { alpha: 2 }, 0, 2, 0, 0.5, 0],
  ['softsign', {}, 0, 2, -0, 2, -2],
  ['hardsigmoid', {}, -3, 1, 0, 0, 1 / 6],
  ['hardsigmoid', {}, 3, 1, 0, 1 / 6, 0],
  ['hardswish', {}, -3, 1, -0.5, 0, -0.5],
  ['hardswish', {}, 3, 1, 1, 1.5, 1],
  ['hardtanh', { min_val: -2, max_val: 3 }, -2, 1, 0, 0, 1],
  ['hardtanh', { min_val: -2, max_val: 3 }, 3, 1, 0, 1, 0],
  ['hardshrink', { lambd: 1 }, -1, 1, 0, 1, 0],
  ['softshrink', { lambd: 1 }, 1, 1, 0, 0, 1],
  ['threshold', { threshold: 0.5, value: -1 }, 0.5, 1, 0, 0, 1],
  ['sparse_plus', {}, -1, 2, 0, 0, 0.5],
  ['sparse_plus', {}, 1, 2, 0, 0.5, 0],
  ['srelu', { a: 2 }, -2, 1, 0, 0, 1],
  ['rrelu', {}, 0, 1, (1 / 8 + 1 / 3) / 2, (1 / 8 + 1 / 3) / 2, 1],
];

const close = (a: number, b: number) => Object.is(a, b) || Math.abs(a - b) <= 1e-15 * Math.max(1, Math.abs(b));

describe('core/activations kink conventions', () => {
  for (const [name, params, x, order, pytorch, left, right] of TABLE) {
    it(`${name} ${JSON.stringify(params)}: order ${order} at ${x} is ${pytorch} (pytorch), ${left} (left), ${right} (right)`, () => {
      const s = spec(name);
      const rule = (kink: string) => (order === 1 ? s.derivative(x, { ...params, kink }) : s.secondDerivative(x, { ...params, kink }));
      assert.ok(close(rule('pytorch'), pytorch), `pytorch: ${rule('pytorch')}`);
      assert.ok(close(rule('left'), left), `left: ${rule('left')}`);
      assert.ok(close(rule('right'), right), `right: ${rule('right')}`);
      assert.ok(close(rule('mean'), (left + right) / 2), `mean: ${rule('mean')}`);
      // Without the keyword it is PyTorch's, and the kink is one of the declared points.
      assert.ok(close(order === 1 ? s.derivative(x, params) : s.secondDerivative(x, params), pytorch));
      assert.ok(s.kinkPoints(params).includes(x), `${x} not among ${s.kinkPoints(params)}`);
    });
  }

  it('the convention changes nothing away from the kinks, nor the value at a kink', () => {
    for (const s of listActivations()) {
      if (!s.params.some((p) => p.name === 'kink') || s.isRandom()) continue;
      for (const kink of KINK_CONVENTIONS) {
        for (const x of [-2.5, -0.7, 0.3, 1.7, 4.2]) {
          if (s.kinkPoints().includes(x)) continue;
          assert.strictEqual(s.derivative(x, { kink }), s.derivative(x), `${s.name}'(${x}) kink=${kink}`);
          assert.strictEqual(s.secondDerivative(x, { kink }), s.secondDerivative(x), `${s.name}''(${x}) kink=${kink}`);
        }
        for (const k of s.kinkPoints()) assert.ok(Object.is(s.value(k, { kink }), s.value(k)), `${s.name}(${k}) kink=${kink}`);
      }
    }
  });

  it('every activation with declared kinks accepts the kink keyword, and those without kinks do not', () => {
    for (const s of listActivations()) {
      const hasKeyword = s.params.some((p) => p.name === 'kink');
      assert.strictEqual(hasKeyword, s.kinks.length > 0, s.name);
      if (hasKeyword) {
        assert.deepStrictEqual(s.kinks.map((k) => k.x), [...s.kinkPoints()], `${s.name}: kinks vs kinkPoints at the defaults`);
        assert.strictEqual(s.defaults.kink, 'pytorch');
        assert.match(s.doc.kinkConvention, /kink=|every kink convention/, `${s.name}'s kinkConvention should say what the keyword does`);
      }
    }
  });

  it('the declared kinks are where the derivative (or second derivative, or value) jumps', () => {
    for (const s of listActivations()) {
      for (const k of s.kinkPoints()) {
        const jump = (f: (x: number) => number) => Math.abs(f(nextDown(k)) - f(nextUp(k)));
        const jumps = [jump((x) => s.value(x)), jump((x) => s.derivative(x)), jump((x) => s.secondDerivative(x))];
        const heavisideLike = s.name === 'heaviside'; // the value jumps; both derivatives are 0
        assert.ok(jumps.some((j) => j > 1e-9) || heavisideLike, `${s.name}: nothing jumps at ${k} (${jumps})`);
      }
    }
  });

  it('nextUp / nextDown step to the adjacent doubles', () => {
    assert.strictEqual(nextUp(0), Number.MIN_VALUE);
    assert.strictEqual(nextDown(0), -Number.MIN_VALUE);
    assert.strictEqual(nextUp(1), 1 + Number.EPSILON);
    assert.strictEqual(nextDown(1), 1 - Number.EPSILON / 2);
    assert.strictEqual(nextUp(-1), -1 + Number.EPSILON / 2);
    assert.strictEqual(nextDown(6), 5.999999999999999);
  });
});
