/**
 * One step budget per statement bounds all the work, d's included (review finding B1): the jet
 * interpreter charges the evaluator's counter for every node it walks and for every jet operation
 * (about (order + 1)² multiply-adds), across all the points of a vector, so hostile programs stop
 * with "too much work" at the statement under the default settings. Bounded by the step count,
 * never by a timer: each case checks the count the statement reached against the limit.
 */
import * as assert from 'assert';
import { LangError } from '../../../src/lang/syntax/errors';
import { DEFAULT_MAX_STEPS, Evaluator } from '../../../src/lang/runtime/evaluator';
import { parse } from '../../../src/lang/syntax/parser';
import { KernelSession } from '../../../src/kernel/session';
import { jetOperationSteps } from '../../../src/lang/calculus/differentiate-body';

/** Runs source on evaluator; the error of the last statement (or undefined) and the steps it took. */
function runCounting(source: string, evaluator: Evaluator): { error: LangError | undefined; steps: number } {
  const { program, errors } = parse(source);
  assert.strictEqual(errors.length, 0, `parses: ${source}`);
  let error: LangError | undefined;
  for (const s of program.statements) {
    try {
      evaluator.execute(s);
    } catch (e) {
      if (!(e instanceof LangError)) throw e;
      error = e;
      break;
    }
  }
  return { error, steps: evaluator.stepsTaken };
}

/** The most one charge can overshoot the limit: a jet operation at the highest order, or a vector of the largest size. */
const OVERSHOOT = Math.max(1 + jetOperationSteps(20), 10_000_000 >>> 6);

describe('lang: one step budget per statement, d included', function () {
  this.timeout(60_000);

  const hostile = [
    { name: 'a branching recursion through d on 10,000 points', source: 'h(n) = where(n < 1, n, h(n - 1) + h(n - 1))\nd(h)(linspace(17, 17, 1e4))', line: 2 },
    { name: 'd of order 20 on 10,000,000 points', source: 'f(x) = x * sigmoid(1.5 * x)\nsum(d(f, 20)(linspace(-4, 4, 1e7)))', line: 2 },
    { name: 'an activation jet of order 20 on 10,000,000 points', source: 'y = linspace(-4, 4, 1e7)\ns = sum(d(tanh, 20)(y))', line: 2 },
    { name: 'd of d inside a body on many points', source: 'g(x) = d(x -> x * tanh(x), 3)(x) + d(x -> x^5)(x)\nd(g, 10)(linspace(0, 1, 1e6))', line: 2 },
  ];
  for (const c of hostile) {
    it(`default settings: ${c.name} stops with "too much work" at the statement`, () => {
      const evaluator = new Evaluator();
      const { error, steps } = runCounting(c.source, evaluator);
      assert.ok(error, 'it stops');
      assert.match(error.message, /^too much work: more than 30,000,000 steps in one statement/);
      assert.deepStrictEqual([error.span.line, error.span.column], [c.line, 1]);
      assert.ok(steps > DEFAULT_MAX_STEPS && steps <= DEFAULT_MAX_STEPS + OVERSHOOT, `steps ${steps}`);
    });
  }

  it('the budget is shared by all the points of d (it used to restart at each point)', () => {
    // 2^9 calls of h per point, about 10 steps each: some 5,000 steps per point, far below the
    // limit per point, and 100 points together far above it.
    const source = 'h(n) = where(n < 1, n, h(n - 1) + h(n - 1))\nd(h)(linspace(9, 9, 100))';
    const { error, steps } = runCounting(source, new Evaluator({ maxSteps: 100_000 }));
    assert.match(error?.message ?? '', /^too much work: more than 100,000 steps/);
    assert.ok(steps <= 100_000 + OVERSHOOT);
    const onePoint = runCounting('h(n) = where(n < 1, n, h(n - 1) + h(n - 1))\nd(h)(9)', new Evaluator({ maxSteps: 100_000 }));
    assert.strictEqual(onePoint.error, undefined, 'one point fits');
    assert.ok(onePoint.steps > 100_000 / 100, `one point takes ${onePoint.steps} steps: 100 of them do not fit`);
  });

  it('jet work is charged by the order: order 20 costs at least (21/2)² times order 1 per operation', () => {
    const steps = (n: number) => runCounting(`f(x) = x * sigmoid(1.5 * x) + exp(x) / (1 + x^2)\nd(f, ${n})(linspace(0, 1, 1000))`, new Evaluator()).steps;
    const s1 = steps(1);
    const s20 = steps(20);
    assert.ok(s1 >= 1000 * 10, `order 1: ${s1}`);
    assert.ok(s20 >= s1 * 20, `order 20 (${s20}) against order 1 (${s1})`);
  });

  it('the evaluator and d share the count: work before d in the same statement leaves less for d', () => {
    const evaluator = new Evaluator({ maxSteps: 50_000 });
    const alone = runCounting('f(x) = x * tanh(x)\nd(f)(linspace(0, 1, 3000))', evaluator);
    assert.strictEqual(alone.error, undefined);
    const withWork = runCounting('h(n) = where(n < 1, n, h(n - 1) + h(n - 1))\nh(11) + d(f)(linspace(0, 1, 3000))', evaluator);
    assert.ok(alone.steps < 50_000 && alone.steps > 20_000, `d alone: ${alone.steps}`);
    assert.match(withWork.error?.message ?? '', /^too much work/);
  });

  it('ordinary cells fit the default budget with room to spare', () => {
    const cells = [
      'f(x) = x * sigmoid(1.5 * x)\ng(x) = x * tanh(log(1 + exp(x)))\nplot(relu, gelu, silu, mish, f, g, derivative=2)',
      'f(x) = x * sigmoid(1.5 * x)\ncompare(gelu, silu, f)',
      'f(x) = x * sigmoid(1.5 * x)\ndescribe(f)',
      'f(x) = x * sigmoid(1.5 * x)\nsum(d(f, 2)(linspace(-4, 4, 1e5)))',
      'f(x) = x * sigmoid(1.5 * x)\ng(x) = x * tanh(log(1 + exp(x)))\nplot(f, g, derivative=2, samples=100000)',
    ];
    for (const cell of cells) {
      const { error, steps } = runCounting(cell, new Evaluator());
      assert.strictEqual(error, undefined, `${cell}: ${error?.message}`);
      assert.ok(steps < DEFAULT_MAX_STEPS / 3, `${cell}: ${steps} steps`);
    }
  });

  it('the kernel reports it with line and column, and the session goes on', () => {
    const session = new KernelSession();
    const result = session.executeSync('h(n) = where(n < 1, n, h(n - 1) + h(n - 1))\nd(h)(linspace(17, 17, 1e4))');
    assert.ok(result.error);
    assert.match(result.error.message, /^too much work/);
    assert.deepStrictEqual([result.error.line, result.error.column], [2, 1]);
    const next = session.executeSync('d(h)(3)');
    assert.ok(!next.error, next.error?.message);
  });
});
