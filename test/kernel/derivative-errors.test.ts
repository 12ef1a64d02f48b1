/**
 * Errors met while d(f) differentiates a function defined in an earlier cell are placed like the
 * evaluator's: at the call in the running cell, the message saying where in the function it was
 * ("(in f from another cell, at its line 1, column 12)"), whichever of the two interpreters
 * (evaluator or d's) raised it.
 */
import * as assert from 'assert';
import { KernelSession } from '../../src/kernel/session';

function errorAfter(cells: string[]): { message: string; at: [number, number] } {
  const session = new KernelSession();
  let result = session.executeSync(cells[0]);
  for (const cell of cells.slice(1)) {
    assert.ok(result.ok, `an earlier cell failed: ${result.error?.message}`);
    result = session.executeSync(cell);
  }
  assert.strictEqual(result.ok, false, `${cells[cells.length - 1]} ran`);
  return { message: result.error!.message, at: [result.error!.line, result.error!.column] };
}

const CASES: Array<{ name: string; cells: string[]; message: string; at: [number, number] }> = [
  {
    name: 'an unknown name in the body (raised by the evaluator for d)',
    cells: ['f(x) = x * foo', 'y = 1\n  d(f)(1)'],
    message: "unknown name 'foo' (in f from another cell, at its line 1, column 12)",
    at: [2, 3],
  },
  {
    name: 'a built-in given a string in the body',
    cells: ['k(x) = x * sqrt("a")', 'd(k)(1)'],
    message: 'sqrt: argument x must be a number or a vector, got a string (in k from another cell, at its line 1, column 17)',
    at: [1, 1],
  },
  {
    name: "d's own error: a vector built from the variable",
    cells: ['g(x) = x + [x, 1]', 'd(g)(1)'],
    message: 'd(g): this vector depends on the variable; d differentiates functions of one number (give d(f) a vector to get the derivative at each item) (in g from another cell, at its line 1, column 12)',
    at: [1, 1],
  },
  {
    name: 'a function of a third cell, called by one of the second',
    cells: ['f(x) = x * foo', 'h(x) = 1 + f(x)', 'd(h)(2)'],
    message: "unknown name 'foo' (in f from another cell, at its line 1, column 12)",
    at: [1, 1],
  },
  {
    name: 'through a lambda of the running cell',
    cells: ['f(x) = x * foo', 'd(x -> 2 * f(x))(1)'],
    message: "unknown name 'foo' (in f from another cell, at its line 1, column 12)",
    at: [1, 12],
  },
  {
    name: 'an unavailable order stays at the d call',
    cells: ['q(x) = x * relu(x)', 'd(q, 3)(1)'],
    message: 'd(q, 3): third derivatives of relu are not available; orders 1 and 2 are',
    at: [1, 1],
  },
];

describe('kernel: errors inside d(f) for functions of another cell', () => {
  for (const c of CASES) {
    it(c.name, () => assert.deepStrictEqual(errorAfter(c.cells), { message: c.message, at: c.at }));
  }

  it('d(f)(1) fails where f(1) fails, with the same message', () => {
    const plain = errorAfter(['f(x) = x * foo', 'f(1)']);
    const derived = errorAfter(['f(x) = x * foo', 'd(f)(1)']);
    assert.deepStrictEqual(derived, plain);
  });

  it('in the same cell, the error stays in the body', () => {
    assert.deepStrictEqual(errorAfter(['f(x) = x * foo\nd(f)(1)']), { message: "unknown name 'foo'", at: [1, 12] });
  });
});
