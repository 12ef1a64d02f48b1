/**
 * Issue 11: the session's memory budget (memory-budget.ts): the vectors in names plus those the
 * statement holds. Past it, the statement ends with a positioned "out of memory" error and the
 * names defined before are kept.
 */
import * as assert from 'assert';
import { Evaluator } from '../../../src/lang/runtime/evaluator';
import { BYTES_PER_MB, DEFAULT_MAX_MEMORY_MB } from '../../../src/lang/runtime/memory-budget';
import { LangError } from '../../../src/lang/syntax/errors';
import { parse } from '../../../src/lang/syntax/parser';

/** Runs the statements in order; the index and error of the first that fails. */
function run(evaluator: Evaluator, source: string): { failedAt: number; error: LangError | undefined } {
  const { program, errors } = parse(source);
  assert.deepStrictEqual(errors, []);
  for (const [i, statement] of program.statements.entries()) {
    try {
      evaluator.execute(statement);
    } catch (e) {
      if (!(e instanceof LangError)) throw e;
      return { failedAt: i + 1, error: e };
    }
  }
  return { failedAt: 0, error: undefined };
}

const MB = BYTES_PER_MB;
/** 100,000 numbers: 800,000 bytes. */
const V = 'linspace(0, 1, 100000)';

describe('lang/runtime: the memory budget (issue 11)', () => {
  it(`the default is ${DEFAULT_MAX_MEMORY_MB} MiB`, () => assert.strictEqual(DEFAULT_MAX_MEMORY_MB, 2048));

  const cases: Array<{ name: string; maxMB: number; source: string; failedAt: number; underlined?: string }> = [
    { name: 'names: the 11th vector of 0.8 MB does not fit in 8 MB', maxMB: 8, source: Array.from({ length: 20 }, (_, k) => `a${k} = ${V}`).join('\n'), failedAt: 11, underlined: V },
    { name: 'a name reassigned a number frees its vector', maxMB: 8, source: Array.from({ length: 20 }, (_, k) => `a = ${V}\nb${k} = sum(a)\na = 0`).join('\n'), failedAt: 0 },
    { name: 'two names sharing one vector count it once', maxMB: 2, source: `a = ${V}\nb = a\nc = b\nw = c`, failedAt: 0 },
    { name: 'temporaries: a long sum of fresh vectors holds only two at a time', maxMB: 4, source: `x = ${V}\ny = ${Array(50).fill('x * 2').join(' + ')}`, failedAt: 0 },
    { name: 'temporaries: a recursion passing new vectors down holds one per level', maxMB: 8, source: `x = ${V}\nf(n, v) = where(n <= 0, sum(v), f(n - 1, v + 1))\nf(20, x)`, failedAt: 3, underlined: '+' },
    { name: 'the same recursion, shallow enough, fits', maxMB: 8, source: `x = ${V}\nf(n, v) = where(n <= 0, sum(v), f(n - 1, v + 1))\nf(5, x)`, failedAt: 0 },
    { name: 'an operator whose result does not fit is the place', maxMB: 1, source: `x = ${V}\ny = x\nz = x * 2`, failedAt: 3, underlined: '*' },
  ];
  for (const c of cases) {
    it(c.name, () => {
      const evaluator = new Evaluator({ maxMemoryBytes: c.maxMB * MB });
      const { failedAt, error } = run(evaluator, c.source);
      assert.strictEqual(failedAt, c.failedAt, error?.message);
      if (c.failedAt === 0) return;
      assert.match(error!.message, /^out of memory: this vector \(1 MB\) would take the session past its memory budget of \d+ MB .*activationLab\.kernel\.maxMemoryMB/);
      const line = c.source.split('\n')[error!.span.line - 1];
      if (c.underlined) assert.strictEqual(line.slice(error!.span.column - 1, error!.span.endColumn), c.underlined);
      // The names defined before the failing statement are kept.
      assert.ok(evaluator.definedNames().size >= 1);
    });
  }

  it('twenty 10,000,000-item vectors under the default budget: the 27th would not fit, the first 26 are kept', () => {
    // Counted, not allocated: a budget scaled down by 100 with vectors 100 times shorter.
    const evaluator = new Evaluator({ maxMemoryBytes: (DEFAULT_MAX_MEMORY_MB * MB) / 100 });
    const { failedAt } = run(evaluator, Array.from({ length: 30 }, (_, k) => `a${k} = linspace(0, 1, 1e5)`).join('\n'));
    assert.strictEqual(failedAt, 27);
    assert.strictEqual(evaluator.definedNames().size, 26);
  });
});
