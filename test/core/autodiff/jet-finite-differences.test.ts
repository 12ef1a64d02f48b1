/**
 * Jets against finite differences at seeded random points: derivative k + 1 of the jet must match
 * a fourth-order central difference of derivative k (itself taken from a jet one order lower), so
 * every order is checked against an independent numerical reference, up to order 3.
 */
import { getElementaryRule } from '../../../src/core/autodiff/elementary-rules';
import { Jet } from '../../../src/core/autodiff/jet';
import { add, div, mul, scale, sub } from '../../../src/core/autodiff/jet-arithmetic';
import { assertClose, finiteDifference, seededRandom } from './jet-test-helpers';

function rule(name: string): (...args: Jet[]) => Jet {
  const r = getElementaryRule(name);
  if (!r) throw new Error(`no elementary rule '${name}'`);
  return (...args) => r.jet(args);
}

const exp = rule('exp');
const log = rule('log');
const log1p = rule('log1p');
const sqrt = rule('sqrt');
const sin = rule('sin');
const cos = rule('cos');
const erf = rule('erf');
const pow = rule('pow');
const k = (v: number, x: Jet) => Jet.constant(v, x.order);

interface FdCase {
  name: string;
  f: (x: Jet) => Jet;
  /** Random points are drawn from [a, b] (the function is smooth there). */
  domain: [number, number];
}

const CASES: FdCase[] = [
  { name: 'x^3 - 2x', f: (x) => sub(pow(x, k(3, x)), scale(x, 2)), domain: [-3, 3] },
  { name: 'exp(sin(x))', f: (x) => exp(sin(x)), domain: [-4, 4] },
  { name: 'log1p(x^2)', f: (x) => log1p(mul(x, x)), domain: [-3, 3] },
  { name: 'x^x', f: (x) => pow(x, x), domain: [0.2, 3] },
  { name: 'sqrt(1 + cos(x)^2)', f: (x) => sqrt(add(k(1, x), mul(cos(x), cos(x)))), domain: [-4, 4] },
  { name: 'erf(x / sqrt 2) * x', f: (x) => mul(erf(scale(x, Math.SQRT1_2)), x), domain: [-3, 3] },
  { name: 'log(x) / (1 + x)', f: (x) => div(log(x), add(k(1, x), x)), domain: [0.1, 5] },
  { name: 'x^1.7 * exp(-x)', f: (x) => mul(pow(x, k(1.7, x)), exp(scale(x, -1))), domain: [0.2, 4] },
  { name: '3^(x^2)', f: (x) => pow(k(3, x), mul(x, x)), domain: [-1.5, 1.5] },
  { name: '1 / (2 + sin(3x))', f: (x) => div(k(1, x), add(k(2, x), sin(scale(x, 3)))), domain: [-2, 2] },
];

const POINTS_PER_CASE = 8;
const MAX_ORDER = 3;

describe('core/autodiff jets vs finite differences', () => {
  const random = seededRandom(20261122);
  for (const c of CASES) {
    const xs = Array.from({ length: POINTS_PER_CASE }, () => c.domain[0] + (c.domain[1] - c.domain[0]) * random());
    it(`${c.name}: derivatives 1..${MAX_ORDER} at ${POINTS_PER_CASE} random points`, () => {
      for (const x0 of xs) {
        const jet = c.f(Jet.variable(x0, MAX_ORDER));
        for (let d = 1; d <= MAX_ORDER; d++) {
          const lower = (x: number) => c.f(Jet.variable(x, d - 1)).derivative(d - 1);
          assertClose(jet.derivative(d), finiteDifference(lower, x0), 1e-6, `${c.name}: derivative ${d} at ${x0}`);
        }
      }
    });
  }
});
