/** Derivative functions are recognised by what made them (isDerivativeFunction), never by their label. */
import * as assert from 'assert';
import { differentiate, isDerivativeFunction } from '../../../src/lang/calculus/differentiate';
import { isPlottable } from '../../../src/lang/builtins/function-sampler';
import type { BuiltinFunction, Callable, Value } from '../../../src/lang/runtime/values';
import { last } from '../lang-helpers';

function callableOf(source: string): Callable {
  const v: Value = last(source);
  assert.strictEqual(v.kind, 'function', source);
  return v.callable;
}

/** A built-in that only looks like a derivative: its name is a derivative's label. */
const lookalike: BuiltinFunction = { type: 'builtin', name: 'd(relu)', signature: 'd(relu)(x)', call: () => ({ kind: 'number', value: 0 }) };

describe('lang/differentiate: isDerivativeFunction', () => {
  const cases: Array<{ name: string; fn: () => Callable; expected: boolean }> = [
    { name: 'd itself', fn: () => differentiate, expected: true },
    { name: 'd(relu)', fn: () => callableOf('d(relu)'), expected: true },
    { name: 'd(gelu, 2)', fn: () => callableOf('d(gelu, 2)'), expected: true },
    { name: 'd(d(x -> x^3))', fn: () => callableOf('d(d(x -> x^3))'), expected: true },
    { name: 'd(f) of a user function', fn: () => callableOf('f(x) = x^2\nd(f)'), expected: true },
    { name: 'd(leaky_relu)(negative_slope=0.2), keywords bound', fn: () => callableOf('d(leaky_relu)(negative_slope=0.2)'), expected: true },
    { name: 'a built-in named like a derivative', fn: () => lookalike, expected: false },
    { name: 'exp', fn: () => callableOf('exp'), expected: false },
    { name: 'relu', fn: () => callableOf('relu'), expected: false },
    { name: 'a lambda', fn: () => callableOf('x -> x'), expected: false },
  ];
  for (const c of cases) it(`${c.name}: ${c.expected}`, () => assert.strictEqual(isDerivativeFunction(c.fn()), c.expected));

  it('plot takes derivative functions, and not a built-in merely named like one', () => {
    assert.strictEqual(isPlottable(callableOf('d(relu)')), true);
    assert.strictEqual(isPlottable(callableOf('d(x -> x^3, 2)')), true);
    assert.strictEqual(isPlottable(lookalike), false);
  });
});
