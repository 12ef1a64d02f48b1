/**
 * Issue 11: every kind of long cell polls the interrupt flag often, counted in work, not wall time.
 * shouldStop is instrumented: at each poll it reads the evaluator's work counter (every step
 * charged: syntax nodes, element work at a step per 64 items, jet work), and the test asserts the
 * most work that ran between two polls. The bound is the poll interval plus one charge: a chunk
 * of element work (WORK_CHUNK items) or a call's result (a step per 64 items of it).
 */
import * as assert from 'assert';
import { Evaluator } from '../../../src/lang/runtime/evaluator';
import { WORK_CHUNK } from '../../../src/lang/runtime/element-work';
import { ELEMENTS_PER_STEP, INTERRUPT_POLL_STEPS } from '../../../src/lang/runtime/step-budget';
import { LangError } from '../../../src/lang/syntax/errors';
import { parse } from '../../../src/lang/syntax/parser';

const N = 1_000_000;
/** Poll interval, one chunk, and one vector result of N items charged after the call that made it. */
const BOUND = INTERRUPT_POLL_STEPS + WORK_CHUNK / ELEMENTS_PER_STEP + N / ELEMENTS_PER_STEP;
/** The same without the result charge: cells whose vectors come from operators and reductions only. */
const TIGHT = INTERRUPT_POLL_STEPS + WORK_CHUNK / ELEMENTS_PER_STEP + 64;

interface Measured {
  polls: number;
  largestGap: number;
  error: LangError | undefined;
}

/** Runs setup, then cell, stopping after `polls` polls of the cell; the largest work between two of them. */
function measure(setup: string, cell: string, polls = 300): Measured {
  let evaluator: Evaluator | undefined;
  let counting = false;
  let last = 0;
  let seen = 0;
  let largestGap = 0;
  evaluator = new Evaluator({
    shouldStop: () => {
      if (!counting || !evaluator) return false;
      const work = evaluator.workDone;
      if (seen > 0) largestGap = Math.max(largestGap, work - last);
      last = work;
      seen++;
      return seen >= polls;
    },
  });
  for (const [source, counted] of [[setup, false], [cell, true]] as const) {
    const { program, errors } = parse(source);
    assert.deepStrictEqual(errors, [], source.slice(0, 40));
    counting = counted;
    if (counted) last = evaluator.workDone;
    for (const statement of program.statements) {
      try {
        evaluator.execute(statement);
      } catch (e) {
        if (!(e instanceof LangError)) throw e;
        return { polls: seen, largestGap, error: e };
      }
    }
  }
  return { polls: seen, largestGap, error: undefined };
}

const x = `x = linspace(0, 1, ${N})`;
const terms = (n: number, term: string) => Array(n).fill(term).join(' + ');

describe('lang/runtime: the interrupt flag is polled by work (issue 11)', function () {
  this.timeout(60_000);
  const cases: Array<{ name: string; setup: string; cell: string; bound: number }> = [
    { name: 'a 300-term sum of sum(x)', setup: x, cell: terms(300, 'sum(x)'), bound: TIGHT },
    { name: 'a sum of mean, std, max and min of x', setup: x, cell: terms(60, 'mean(x) + std(x) + max(x) + min(x)'), bound: TIGHT },
    { name: 'compare(t -> t * mean(x))', setup: x, cell: 'compare(t -> t * mean(x))', bound: TIGHT },
    { name: 'plot(t -> t * sum(x))', setup: x, cell: 'plot(t -> t * sum(x))', bound: TIGHT },
    { name: 'table(t -> mean(x) * t)', setup: x, cell: Array(50).fill('table(t -> mean(x) * t)').join('; '), bound: TIGHT },
    { name: 'describe of a function of x', setup: `${x}\nf(t) = t * mean(x)`, cell: Array(5).fill('describe(f)').join('; '), bound: TIGHT },
    { name: 'operators on long vectors', setup: x, cell: terms(300, 'x * x'), bound: TIGHT },
    { name: 'comparisons and signs', setup: x, cell: terms(300, '(x > 0.5) * -x'), bound: TIGHT },
    { name: 'elementwise functions', setup: x, cell: terms(300, 'exp(x)'), bound: BOUND },
    { name: 'activations on a long vector', setup: x, cell: terms(300, 'gelu(x)'), bound: BOUND },
    { name: 'a long string compared', setup: `s = "${'a'.repeat(N)}"\nt = "${'a'.repeat(N)}"`, cell: terms(300, '(s == t)'), bound: TIGHT },
    { name: 'a recursion with vectors', setup: `${x}\nf(n) = where(n <= 0, x, f(n - 1) + x)`, cell: 'sum(f(150))', bound: TIGHT },
    { name: 'linspace and range built big', setup: '', cell: terms(300, `sum(linspace(0, 1, ${N})) + sum(range(${N}))`), bound: BOUND },
    { name: 'a plot of many samples', setup: '', cell: Array(50).fill('plot(gelu, samples=100000)').join('; '), bound: TIGHT },
  ];
  for (const c of cases) {
    it(`${c.name}: at most ${Math.round(c.bound).toLocaleString('en-US')} steps between two polls`, () => {
      const m = measure(c.setup, c.cell);
      assert.ok(m.polls >= 10, `polled ${m.polls} times (${m.error?.message})`);
      assert.ok(m.largestGap <= c.bound, `largest gap ${m.largestGap} steps (bound ${c.bound})`);
      if (m.error) assert.match(m.error.message, /^(interrupted|too much work)/);
    });
  }

  it('statements that only show a long vector (x; x; x) poll between them: showing it is work', () => {
    const m = measure(x, Array(30).fill('x').join('\n'), Infinity);
    assert.strictEqual(m.error, undefined);
    assert.ok(m.polls >= 29, `polled ${m.polls} times`);
    const small = measure('y = 1', Array(30).fill('y').join('\n'), Infinity);
    assert.strictEqual(small.polls, 0, 'short values are not: a cell of small statements polls by its steps only');
  });

  it('the 300-term sum of sum(x) is charged: it ends in "too much work" (it ran uncharged for minutes)', () => {
    const evaluator = new Evaluator({ maxSteps: 3_000_000 });
    const run = (source: string) => parse(source).program.statements.map((st) => evaluator.execute(st));
    run(x);
    assert.throws(() => run(terms(300, 'sum(x)')), /^LangError: too much work: more than 3,000,000 steps/);
    assert.ok(evaluator.stepsTaken <= 3_000_000 + WORK_CHUNK / ELEMENTS_PER_STEP + 1, `${evaluator.stepsTaken}`);
  });
});
