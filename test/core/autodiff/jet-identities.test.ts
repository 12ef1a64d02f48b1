/**
 * Algebraic identities on random jets (fast-check): each recurrence is checked on arbitrary input
 * jets, not only on x itself, by an identity that another rule must reproduce, e.g.
 * exp(log(u)) = u, (a * b) / b = a, sin^2 + cos^2 = 1, u^2.5 = exp(2.5 log u), erf + erfc = 1.
 */
import fc from 'fast-check';
import { composeWithDerivatives } from '../../../src/core/autodiff/composition';
import {
  cosJet,
  erfcJet,
  erfJet,
  expJet,
  expm1Jet,
  log1pJet,
  logJet,
  logisticJet,
  sinJet,
  sqrtJet,
  tanhJet,
  tanJet,
} from '../../../src/core/autodiff/elementary-jets';
import { Jet } from '../../../src/core/autodiff/jet';
import { add, div, mul, neg, scale, sub } from '../../../src/core/autodiff/jet-arithmetic';
import { constantPower } from '../../../src/core/autodiff/jet-power';
import { assertClose } from './jet-test-helpers';

const ORDER = 5;
const coefficient = fc.double({ min: -2, max: 2, noNaN: true });

/** A jet of order 5 with its value in [lo, hi] and other coefficients in [-2, 2]. */
function jet(lo: number, hi: number): fc.Arbitrary<Jet> {
  return fc
    .tuple(fc.double({ min: lo, max: hi, noNaN: true }), fc.array(coefficient, { minLength: ORDER, maxLength: ORDER }))
    .map(([v, rest]) => new Jet(Float64Array.from([v, ...rest])));
}

function assertJetsClose(a: Jet, b: Jet, rel: number, what: string): void {
  for (let k = 0; k <= ORDER; k++) assertClose(a.c[k], b.c[k], rel, `${what}: coefficient ${k}`);
}

const one = Jet.constant(1, ORDER);
const RUNS = { numRuns: 300, seed: 20261122 };

describe('core/autodiff jet identities on random jets', () => {
  it('(a * b) / b = a', () => {
    fc.assert(fc.property(jet(-3, 3), jet(0.5, 3), (a, b) => assertJetsClose(div(mul(a, b), b), a, 1e-9, '(a*b)/b')), RUNS);
  });

  it('a - b + b = a and -(-a) = a', () => {
    fc.assert(fc.property(jet(-3, 3), jet(-3, 3), (a, b) => {
      assertJetsClose(add(sub(a, b), b), a, 1e-14, 'a - b + b');
      assertJetsClose(neg(neg(a)), a, 0, '-(-a)');
    }), RUNS);
  });

  it('exp(log(u)) = u and log(exp(u)) = u', () => {
    fc.assert(fc.property(jet(0.3, 4), (u) => {
      assertJetsClose(expJet(logJet(u)), u, 1e-9, 'exp(log u)');
      assertJetsClose(logJet(expJet(u)), u, 1e-9, 'log(exp u)');
    }), RUNS);
  });

  it('log1p(u) = log(1 + u), expm1(u) = exp(u) - 1', () => {
    fc.assert(fc.property(jet(-0.5, 3), (u) => {
      assertJetsClose(log1pJet(u), logJet(add(one, u)), 1e-10, 'log1p');
      assertJetsClose(expm1Jet(u), sub(expJet(u), one), 1e-10, 'expm1');
    }), RUNS);
  });

  it('sqrt(u)^2 = u and u^2.5 = exp(2.5 log u), u^-3 = 1 / (u u u)', () => {
    fc.assert(fc.property(jet(0.3, 4), (u) => {
      const r = sqrtJet(u);
      assertJetsClose(mul(r, r), u, 1e-9, 'sqrt^2');
      assertJetsClose(constantPower(u, 2.5), expJet(scale(logJet(u), 2.5)), 1e-9, 'u^2.5');
      assertJetsClose(constantPower(u, -3), div(one, mul(mul(u, u), u)), 1e-9, 'u^-3');
    }), RUNS);
  });

  it('sin^2 + cos^2 = 1 and tan = sin / cos', () => {
    fc.assert(fc.property(jet(-1.2, 1.2), (u) => {
      const s = sinJet(u);
      const c = cosJet(u);
      assertJetsClose(add(mul(s, s), mul(c, c)), one, 1e-12, 'sin^2 + cos^2');
      assertJetsClose(tanJet(u), div(s, c), 1e-9, 'tan');
    }), RUNS);
  });

  it('tanh(u) = 2 logistic(2u) - 1 = (e^2u - 1) / (e^2u + 1)', () => {
    fc.assert(fc.property(jet(-3, 3), (u) => {
      const t = tanhJet(u);
      assertJetsClose(t, sub(scale(logisticJet(scale(u, 2)), 2), one), 1e-10, 'tanh vs logistic');
      const e = expJet(scale(u, 2));
      assertJetsClose(t, div(sub(e, one), add(e, one)), 1e-9, 'tanh vs exp');
    }), RUNS);
  });

  it('erf(u) + erfc(u) = 1', () => {
    fc.assert(fc.property(jet(-2, 2), (u) => assertJetsClose(add(erfJet(u), erfcJet(u)), one, 1e-12, 'erf + erfc')), RUNS);
  });

  it("composition from derivatives (Faà di Bruno) agrees with the exp and sin recurrences", () => {
    fc.assert(fc.property(jet(-2, 2), (u) => {
      const e = Math.exp(u.value);
      assertJetsClose(composeWithDerivatives(u, Array(ORDER + 1).fill(e)), expJet(u), 1e-10, 'exp by composition');
      const sinDerivatives = Array.from({ length: ORDER + 1 }, (_, k) => Math.sin(u.value + (k * Math.PI) / 2));
      assertJetsClose(composeWithDerivatives(u, sinDerivatives), sinJet(u), 1e-10, 'sin by composition');
    }), RUNS);
  });
});
