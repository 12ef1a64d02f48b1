/**
 * Jets against closed forms written out by hand: each case is an expression built from the jet
 * operations and the list of its derivatives [f, f', f'', ...] in closed form, checked at several
 * points to every order listed.
 */
import * as assert from 'assert';
import { getElementaryRule } from '../../../src/core/autodiff/elementary-rules';
import { cosJet, erfcJet, erfJet, expJet, expm1Jet, log1pJet, logJet, logisticJet, sinJet, sqrtJet, tanhJet, tanJet } from '../../../src/core/autodiff/elementary-jets';
import { Jet } from '../../../src/core/autodiff/jet';
import { add, div, mul, neg, scale, sub } from '../../../src/core/autodiff/jet-arithmetic';
import { constantPower, powJet } from '../../../src/core/autodiff/jet-power';
import { assertClose } from './jet-test-helpers';

interface ClosedFormCase {
  name: string;
  f: (x: Jet) => Jet;
  /** [f(x), f'(x), f''(x), ...]: as many as are checked. */
  derivatives: (x: number) => number[];
  points: number[];
  /** Relative tolerance (default 1e-12). */
  rel?: number;
}

const c = (v: number, x: Jet) => Jet.constant(v, x.order);
const sig = (x: number) => 1 / (1 + Math.exp(-x));
const SQRT_PI = Math.sqrt(Math.PI);
const fact = (k: number): number => (k <= 1 ? 1 : k * fact(k - 1));

const CASES: ClosedFormCase[] = [
  { name: 'x^3', f: (x) => constantPower(x, 3), derivatives: (x) => [x ** 3, 3 * x * x, 6 * x, 6, 0, 0], points: [-2, 0, 0.3, 1.7] },
  { name: 'x^3 as x*x*x', f: (x) => mul(mul(x, x), x), derivatives: (x) => [x ** 3, 3 * x * x, 6 * x, 6, 0], points: [-1.5, 0, 2] },
  { name: 'x^-2', f: (x) => constantPower(x, -2), derivatives: (x) => [x ** -2, -2 * x ** -3, 6 * x ** -4, -24 * x ** -5], points: [-3, 0.5, 2] },
  {
    name: 'x^2.5',
    f: (x) => constantPower(x, 2.5),
    derivatives: (x) => [x ** 2.5, 2.5 * x ** 1.5, 3.75 * x ** 0.5, 1.875 * x ** -0.5, -0.9375 * x ** -1.5],
    points: [0.2, 1, 3.5],
  },
  { name: 'x^2.5 at 0: zero below the power, infinite above', f: (x) => constantPower(x, 2.5), derivatives: () => [0, 0, 0, Infinity], points: [0] },
  { name: 'sqrt(x)', f: sqrtJet, derivatives: (x) => [Math.sqrt(x), 0.5 / Math.sqrt(x), -0.25 * x ** -1.5, 0.375 * x ** -2.5], points: [0.01, 1, 4, 9.5] },
  { name: 'sqrt(x) at 0', f: sqrtJet, derivatives: () => [0, Infinity], points: [0] },
  { name: '1 / (1 + x^2)', f: (x) => div(c(1, x), add(c(1, x), mul(x, x))), derivatives: (x) => [1 / (1 + x * x), -2 * x / (1 + x * x) ** 2, (6 * x * x - 2) / (1 + x * x) ** 3], points: [-2, 0, 0.7] },
  { name: 'exp(2x) to order 10', f: (x) => expJet(scale(x, 2)), derivatives: (x) => Array.from({ length: 11 }, (_, k) => 2 ** k * Math.exp(2 * x)), points: [-1, 0, 0.5], rel: 1e-11 },
  { name: 'sin(x) to order 9', f: sinJet, derivatives: (x) => Array.from({ length: 10 }, (_, k) => Math.sin(x + (k * Math.PI) / 2)), points: [-2, 0, 1.1], rel: 1e-11 },
  { name: 'cos(x) to order 6', f: cosJet, derivatives: (x) => Array.from({ length: 7 }, (_, k) => Math.cos(x + (k * Math.PI) / 2)), points: [-0.4, 0, 3] },
  {
    name: 'exp(sin(x))',
    f: (x) => expJet(sinJet(x)),
    derivatives: (x) => {
      const s = Math.sin(x);
      const k = Math.cos(x);
      const g = Math.exp(s);
      return [g, k * g, (k * k - s) * g, (k ** 3 - 3 * s * k - k) * g];
    },
    points: [-1.3, 0, 0.6, 2.9],
  },
  { name: 'log(x)', f: logJet, derivatives: (x) => [Math.log(x), 1 / x, -1 / x ** 2, 2 / x ** 3, -6 / x ** 4], points: [0.1, 1, 7] },
  { name: 'log1p(x)', f: log1pJet, derivatives: (x) => [Math.log1p(x), 1 / (1 + x), -1 / (1 + x) ** 2, 2 / (1 + x) ** 3], points: [-0.5, 1e-10, 0, 3] },
  {
    name: 'x^x',
    f: (x) => powJet(x, x),
    derivatives: (x) => {
      const v = x ** x;
      const l = Math.log(x) + 1;
      return [v, v * l, v * (l * l + 1 / x), v * (l ** 3 + (3 * l) / x - 1 / (x * x))];
    },
    points: [0.3, 1, 2.2],
  },
  { name: '2^x', f: (x) => powJet(c(2, x), x), derivatives: (x) => [2 ** x, Math.LN2 * 2 ** x, Math.LN2 ** 2 * 2 ** x], points: [-1, 0, 3] },
  {
    name: 'tanh(x)',
    f: tanhJet,
    derivatives: (x) => {
      const t = Math.tanh(x);
      const s = 1 - t * t;
      return [t, s, -2 * t * s, -2 * s * (1 - 3 * t * t)];
    },
    points: [-2, 0, 0.4, 1.5],
  },
  {
    name: 'sigmoid(x) (logistic jet)',
    f: logisticJet,
    derivatives: (x) => {
      const s = sig(x);
      return [s, s * (1 - s), s * (1 - s) * (1 - 2 * s), s * (1 - s) * (1 - 6 * s + 6 * s * s)];
    },
    points: [-3, 0, 0.8],
  },
  {
    name: 'x * sigmoid(1.5 x)',
    f: (x) => mul(x, logisticJet(scale(x, 1.5))),
    derivatives: (x) => {
      const s = sig(1.5 * x);
      const ds = 1.5 * s * (1 - s);
      const dds = 2.25 * s * (1 - s) * (1 - 2 * s);
      return [x * s, s + x * ds, 2 * ds + x * dds];
    },
    points: [-2, 0, 0.3, 1.1],
  },
  {
    name: 'erf(x)',
    f: erfJet,
    derivatives: (x) => {
      const g = (2 / SQRT_PI) * Math.exp(-x * x);
      return [NaN, g, -2 * x * g, (4 * x * x - 2) * g];
    },
    points: [-1, 0, 0.5, 2],
  },
  {
    name: 'erfc(x)',
    f: erfcJet,
    derivatives: (x) => {
      const g = (2 / SQRT_PI) * Math.exp(-x * x);
      return [NaN, -g, 2 * x * g, -(4 * x * x - 2) * g];
    },
    points: [-1, 0, 3],
  },
  { name: 'expm1(x)', f: expm1Jet, derivatives: (x) => [Math.expm1(x), Math.exp(x), Math.exp(x), Math.exp(x)], points: [-2, 1e-9, 0.7] },
  {
    name: 'tan(x)',
    f: tanJet,
    derivatives: (x) => {
      const t = Math.tan(x);
      const s = 1 + t * t;
      return [t, s, 2 * t * s, 2 * s * (1 + 3 * t * t)];
    },
    points: [-1.2, 0, 0.5],
  },
  { name: 'sin(x) / x', f: (x) => div(sinJet(x), x), derivatives: (x) => [Math.sin(x) / x, (x * Math.cos(x) - Math.sin(x)) / (x * x)], points: [0.5, 2, -3] },
  { name: 'exp(x)^3 = exp(3x)', f: (x) => constantPower(expJet(x), 3), derivatives: (x) => Array.from({ length: 6 }, (_, k) => 3 ** k * Math.exp(3 * x)), points: [-0.5, 0.2] },
  { name: '1 / (1 - x) = sum x^k to order 8', f: (x) => div(c(1, x), sub(c(1, x), x)), derivatives: (x) => Array.from({ length: 9 }, (_, k) => fact(k) / (1 - x) ** (k + 1)), points: [0, 0.25, -0.5], rel: 1e-11 },
  { name: '-x^2 + 3', f: (x) => add(neg(mul(x, x)), c(3, x)), derivatives: (x) => [3 - x * x, -2 * x, -2, 0], points: [-1, 4] },
];

describe('core/autodiff jets vs closed forms', () => {
  for (const k of CASES) {
    for (const x0 of k.points) {
      it(`${k.name} at x = ${x0}`, () => {
        const expected = k.derivatives(x0);
        const order = expected.length - 1;
        const got = k.f(Jet.variable(x0, order)).derivatives();
        for (let d = 0; d <= order; d++) {
          if (Number.isNaN(expected[d])) continue; // value not given in closed form (erf)
          assertClose(got[d], expected[d], k.rel ?? 1e-12, `${k.name}: derivative ${d} at ${x0}`);
        }
      });
    }
  }

  it('log1p keeps its relative accuracy for tiny x (log(1 + x) would not)', () => {
    const x = 1e-12;
    const jet = log1pJet(Jet.variable(x, 1));
    const expected = x - (x * x) / 2;
    assert.ok(Math.abs(jet.value - expected) / expected < 1e-15, `log1p(1e-12) = ${jet.value}`);
    assertClose(jet.derivative(1), 1 / (1 + x), 1e-16, "log1p'(1e-12)");
  });

  it('every unary rule gives a constant jet for a constant argument (no 0/0 at sqrt(0), log(0))', () => {
    for (const name of ['exp', 'log', 'log1p', 'expm1', 'sqrt', 'sin', 'cos', 'tan', 'erf', 'erfc', 'abs', 'sign', 'floor', 'ceil', 'round']) {
      const rule = getElementaryRule(name);
      if (!rule) throw new Error(`no rule ${name}`);
      const jet = rule.jet([Jet.constant(0, 3)]);
      assertClose(jet.value, rule.value(0), 0, `${name}(0)`);
      for (let d = 1; d <= 3; d++) assertClose(jet.derivative(d), 0, 0, `${name}(constant) derivative ${d}`);
    }
  });
});
