/**
 * Activations inside jets: the jet of spec(x) must reproduce the spec's own derivative and
 * secondDerivative exactly (including at kinks), the chain rule through an inner function must
 * match the hand-written Faà di Bruno formula, and the full-order rules of tanh and sigmoid must
 * agree with the specs and with finite differences.
 */
import * as assert from 'assert';
import { activationDerivative, activationJet, maxActivationOrder } from '../../../src/core/autodiff/activation-jets';
import { DerivativeOrderError } from '../../../src/core/autodiff/derivative-order-error';
import { expJet, sinJet } from '../../../src/core/autodiff/elementary-jets';
import { Jet } from '../../../src/core/autodiff/jet';
import { add, mul, scale } from '../../../src/core/autodiff/jet-arithmetic';
import { getActivation, listActivations } from '../../../src/core/activations/registry';
import { assertClose, finiteDifference } from './jet-test-helpers';

const POINTS = [-3.2, -1, -0.25, 0, 0.5, 1, 2.7];

function spec(name: string) {
  const s = getActivation(name);
  if (!s) throw new Error(`no activation ${name}`);
  return s;
}

/** Bit-for-bit equal, except that -0 and 0 count as the same derivative. */
function assertSame(actual: number, expected: number, what: string): void {
  assert.ok(actual === expected || (Number.isNaN(actual) && Number.isNaN(expected)), `${what}: got ${actual}, expected ${expected}`);
}

describe('core/autodiff activation jets', () => {
  for (const s of listActivations().filter((a) => !a.isRandom(a.defaults))) {
    const points = [...POINTS, ...s.kinkPoints(s.defaults)];
    it(`${s.name}: jet of ${s.name}(x) is the spec's value, derivative and second derivative, kinks included`, () => {
      for (const x0 of points) {
        const jet = activationJet(s, s.defaults, Jet.variable(x0, 2));
        assertSame(jet.derivative(0), s.value(x0, s.defaults), `value at ${x0}`);
        assertSame(jet.derivative(1), s.derivative(x0, s.defaults), `derivative at ${x0}`);
        assertSame(jet.derivative(2), s.secondDerivative(x0, s.defaults), `second derivative at ${x0}`);
      }
    });

    it(`${s.name}: chain rule through sin(2x) + x (f(g)' = f'(g) g', f(g)'' = f''(g) g'^2 + f'(g) g'')`, () => {
      for (const x0 of POINTS) {
        const inner = (x: Jet) => add(sinJet(scale(x, 2)), x);
        const g = Math.sin(2 * x0) + x0;
        const g1 = 2 * Math.cos(2 * x0) + 1;
        const g2 = -4 * Math.sin(2 * x0);
        const jet = activationJet(s, s.defaults, inner(Jet.variable(x0, 2)));
        assertClose(jet.derivative(1), s.derivative(g, s.defaults) * g1, 1e-14, `${s.name}(g)' at ${x0}`);
        assertClose(jet.derivative(2), s.secondDerivative(g, s.defaults) * g1 * g1 + s.derivative(g, s.defaults) * g2, 1e-14, `${s.name}(g)'' at ${x0}`);
      }
    });
  }

  it('keyword parameters reach the rules: leaky_relu(x, negative_slope=0.2) below 0', () => {
    const s = spec('leaky_relu');
    const params = { ...s.defaults, negative_slope: 0.2 };
    const jet = activationJet(s, params, scale(Jet.variable(-1, 2), 3));
    assert.deepStrictEqual([jet.derivative(1), jet.derivative(2) + 0], [0.2 * 3, 0]);
    assert.strictEqual(activationDerivative(s, params, -1, 1), 0.2);
  });

  it('a third derivative of relu is refused with a clear error', () => {
    assert.throws(
      () => activationJet(spec('relu'), spec('relu').defaults, Jet.variable(1, 3)),
      (e: unknown) => e instanceof DerivativeOrderError && e.message === 'third derivatives of relu are not available; orders 1 and 2 are' && e.requestedOrder === 3,
    );
    assert.throws(() => activationDerivative(spec('gelu'), spec('gelu').defaults, 0.5, 4), /fourth derivatives of gelu are not available; orders 1 and 2 are/);
    assert.strictEqual(maxActivationOrder(spec('relu')), 2);
  });

  it('an activation of a constant is a constant at any order', () => {
    const jet = activationJet(spec('relu'), spec('relu').defaults, Jet.constant(2, 5));
    assert.deepStrictEqual(jet.derivatives(), [2, 0, 0, 0, 0, 0]);
  });

  for (const name of ['tanh', 'sigmoid']) {
    it(`${name}: the full-order rule agrees with the spec to order 2 and with finite differences to order 4`, () => {
      const s = spec(name);
      assert.strictEqual(maxActivationOrder(s), Infinity);
      for (const x0 of POINTS) {
        const jet = activationJet(s, s.defaults, Jet.variable(x0, 4));
        assertClose(jet.derivative(1), s.derivative(x0), 1e-15, `${name}' at ${x0}`);
        assertClose(jet.derivative(2), s.secondDerivative(x0), 1e-15, `${name}'' at ${x0}`);
        for (const d of [3, 4]) {
          const lower = (x: number) => activationJet(s, s.defaults, Jet.variable(x, d - 1)).derivative(d - 1);
          assertClose(jet.derivative(d), finiteDifference(lower, x0), 1e-6, `${name} derivative ${d} at ${x0}`);
          assertClose(activationDerivative(s, s.defaults, x0, d), jet.derivative(d), 1e-15, `activationDerivative ${d}`);
        }
      }
    });
  }

  it('x * sigmoid(1.5 x) through the sigmoid spec matches the closed form', () => {
    const s = spec('sigmoid');
    for (const x0 of POINTS) {
      const jet = mul(Jet.variable(x0, 2), activationJet(s, s.defaults, scale(Jet.variable(x0, 2), 1.5)));
      const sg = 1 / (1 + Math.exp(-1.5 * x0));
      const ds = 1.5 * sg * (1 - sg);
      const dds = 2.25 * sg * (1 - sg) * (1 - 2 * sg);
      assertClose(jet.derivative(1), sg + x0 * ds, 1e-14, `first at ${x0}`);
      assertClose(jet.derivative(2), 2 * ds + x0 * dds, 1e-14, `second at ${x0}`);
    }
  });

  it('gelu(exp(x)) second derivative matches finite differences of the first', () => {
    const s = spec('gelu');
    for (const x0 of [-1, 0, 0.4]) {
      const first = (x: number) => activationJet(s, s.defaults, expJet(Jet.variable(x, 1))).derivative(1);
      const jet = activationJet(s, s.defaults, expJet(Jet.variable(x0, 2)));
      assertClose(jet.derivative(2), finiteDifference(first, x0), 1e-6, `gelu(exp(x))'' at ${x0}`);
    }
  });
});
