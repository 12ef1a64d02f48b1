/** Piecewise rules: the branch's jet away from kinks and ties, PyTorch's conventions at them. */
import * as assert from 'assert';
import { getElementaryRule } from '../../../src/core/autodiff/elementary-rules';
import { Jet } from '../../../src/core/autodiff/jet';
import { mul, scale } from '../../../src/core/autodiff/jet-arithmetic';
import { whereJet } from '../../../src/core/autodiff/piecewise-jets';

function call(name: string, ...args: Jet[]): Jet {
  const r = getElementaryRule(name);
  if (!r) throw new Error(`no rule ${name}`);
  assert.strictEqual(r.arity, args.length, `${name} arity`);
  return r.jet(args);
}

const x = (v: number) => Jet.variable(v, 2);
const k = (v: number) => Jet.constant(v, 2);

interface PiecewiseCase {
  name: string;
  jet: () => Jet;
  /** [value, first, second derivative]. */
  expected: [number, number, number];
}

const CASES: PiecewiseCase[] = [
  { name: 'abs on the right', jet: () => call('abs', x(2)), expected: [2, 1, 0] },
  { name: 'abs on the left', jet: () => call('abs', x(-2)), expected: [2, -1, 0] },
  { name: "abs'(0) = 0 as in PyTorch", jet: () => call('abs', x(0)), expected: [0, 0, 0] },
  { name: 'abs(x^2 - 1) on the left branch', jet: () => call('abs', call('pow', x(0.5), k(2))), expected: [0.25, 1, 2] },
  { name: 'sign has derivative 0', jet: () => call('sign', x(-3)), expected: [-1, 0, 0] },
  { name: 'max picks the larger argument', jet: () => call('max', mul(x(3), x(3)), scale(x(3), 2)), expected: [9, 6, 2] },
  { name: 'max(x, 0) below 0', jet: () => call('max', x(-1), k(0)), expected: [0, 0, 0] },
  { name: 'max at a tie is the mean (torch.maximum)', jet: () => call('max', x(0), k(0)), expected: [0, 0.5, 0] },
  { name: 'min picks the smaller argument', jet: () => call('min', x(0.5), mul(x(0.5), x(0.5))), expected: [0.25, 1, 2] },
  { name: 'min at a tie is the mean', jet: () => call('min', x(1), k(1)), expected: [1, 0.5, 0] },
  { name: 'clip inside', jet: () => call('clip', x(0.3), k(-1), k(1)), expected: [0.3, 1, 0] },
  { name: 'clip at the upper bound passes the derivative (torch.clamp)', jet: () => call('clip', x(1), k(-1), k(1)), expected: [1, 1, 0] },
  { name: 'clip at the lower bound passes the derivative', jet: () => call('clip', x(-1), k(-1), k(1)), expected: [-1, 1, 0] },
  { name: 'clip above', jet: () => call('clip', x(2), k(-1), k(1)), expected: [1, 0, 0] },
  { name: 'clip below', jet: () => call('clip', x(-5), k(-1), k(1)), expected: [-1, 0, 0] },
  { name: 'clip with lo > hi gives hi, as min(max(x, lo), hi)', jet: () => call('clip', x(0), k(2), k(1)), expected: [1, 0, 0] },
  { name: 'floor has derivative 0', jet: () => call('floor', x(2.7)), expected: [2, 0, 0] },
  { name: 'round halves away from zero, derivative 0', jet: () => call('round', x(-2.5)), expected: [-3, 0, 0] },
  { name: 'ceil has derivative 0', jet: () => call('ceil', x(-0.5)), expected: [0, 0, 0] },
  { name: 'where true takes the first branch', jet: () => whereJet(true, mul(x(2), x(2)), k(7)), expected: [4, 4, 2] },
  { name: 'where false takes the second branch', jet: () => whereJet(false, mul(x(2), x(2)), scale(x(2), 3)), expected: [6, 3, 0] },
];

describe('core/autodiff piecewise rules', () => {
  for (const c of CASES) {
    it(c.name, () => {
      // -0 and 0 are the same derivative here.
      assert.deepStrictEqual(c.jet().derivatives().map((v) => v + 0), c.expected);
    });
  }

  it('NaN gives NaN derivatives', () => {
    for (const jet of [call('abs', x(NaN)), call('max', x(NaN), k(0)), call('clip', x(NaN), k(0), k(1))]) {
      assert.ok(jet.derivatives().every(Number.isNaN), String(jet.derivatives()));
    }
  });

  it('each rule value agrees with its jet value', () => {
    assert.strictEqual(call('clip', x(5), k(-1), k(1)).value, getElementaryRule('clip')?.value(5, -1, 1));
    assert.strictEqual(call('max', x(-2), k(3)).value, Math.max(-2, 3));
  });
});
