/**
 * The depth limit of user function calls is the one a runaway recursion meets, not the end of the
 * JavaScript stack: just under it a recursion runs, at it the error names the limit; the same
 * through d(f) (whose interpreter counts in the same depth), and on a cold start (a fresh node
 * process, where the bytecode interpreter's frames are largest). Past the stack's end (a limit
 * raised far above the default) the error is still a positioned LangError.
 * References: c(n) = where(n <= 0, 0, 1 + c(n - 1)) is n; g(x, n) = x for every n, so d(g) is 1.
 */
import * as assert from 'assert';
import { spawnSync } from 'child_process';
import * as path from 'path';
import { LangError } from '../../../src/lang/syntax/errors';
import { DEFAULT_MAX_CALL_DEPTH, Evaluator } from '../../../src/lang/runtime/evaluator';
import { errorOf, numberOf } from '../lang-helpers';

const L = DEFAULT_MAX_CALL_DEPTH;
const limitMessage = (name: string) => `recursion too deep: more than ${L.toLocaleString('en-US')} nested calls of user functions (does ${name} call itself without end?)`;

/** Recursions of several shapes; `calls(n)` is how many nested user calls `call(n)` makes, `value` its result. */
interface Shape {
  name: string;
  define: string;
  /** The expression with N for the argument. */
  call: string;
  calls: (n: number) => number;
  value: (n: number) => number;
  fn: string;
}

const SHAPES: Shape[] = [
  { name: 'a count', define: 'c(n) = where(n <= 0, 0, 1 + c(n - 1))', call: 'c(N)', calls: (n) => n + 1, value: (n) => n, fn: 'c' },
  { name: 'a tail call', define: 't(n) = where(n <= 0, 0, t(n - 1))', call: 't(N)', calls: (n) => n + 1, value: () => 0, fn: 't' },
  {
    name: 'five operators around the call',
    define: 'k(n) = where(n <= 0, 0, 0 + 1 * (0 + 1 * (0 + 1 * (0 + 1 * (1 + k(n - 1))))))',
    call: 'k(N)',
    calls: (n) => n + 1,
    value: (n) => n,
    fn: 'k',
  },
  { name: 'two functions calling each other', define: 'p(n) = where(n <= 0, 0, 1 + q(n - 1))\nq(n) = where(n <= 0, 0, 1 + p(n - 1))', call: 'p(N)', calls: (n) => n + 1, value: (n) => n, fn: 'p' },
  { name: 'through d', define: 'g(x, n) = where(n <= 0, x, g(x, n - 1) * 1)', call: 'd(g)(2, N)', calls: (n) => n + 1, value: () => 1, fn: 'g' },
  {
    name: 'through d, five operators around the call',
    define: 'g(x, n) = where(n <= 0, x, 0 + 1 * (0 + 1 * (0 + 1 * (0 + 1 * (0 + g(x, n - 1))))))',
    call: 'd(g)(2, N)',
    calls: (n) => n + 1,
    value: () => 1,
    fn: 'g',
  },
  {
    name: 'd inside a recursion (one depth for both)',
    define: 'g(x, n) = where(n <= 0, x, g(x, n - 1) * 1)\nouter(m) = where(m <= 0, d(g)(2, 99), outer(m - 1))',
    call: 'outer(N)',
    // outer(m) nests m + 1 calls of outer, then d(g)(2, 99) nests 100 calls of g.
    calls: (m) => m + 1 + 100,
    value: () => 1,
    fn: 'g',
  },
];

/** The argument making exactly `calls` nested calls. */
function argumentFor(shape: Shape, calls: number): number {
  let n = 0;
  while (shape.calls(n) < calls) n++;
  assert.strictEqual(shape.calls(n), calls, `${shape.name} cannot make exactly ${calls} calls`);
  return n;
}

describe('lang: the depth limit of user function calls', () => {
  it(`the default limit is ${L} nested calls`, () => assert.strictEqual(new Evaluator().maxCallDepth, L));

  for (const shape of SHAPES) {
    describe(shape.name, () => {
      it(`${L} nested calls run`, () => {
        const n = argumentFor(shape, L);
        assert.strictEqual(numberOf(`${shape.define}\n${shape.call.replace('N', String(n))}`), shape.value(n));
      });
      it(`${L + 1} nested calls stop with the limit's message, at the call`, () => {
        const n = argumentFor(shape, L + 1);
        const error = errorOf(`${shape.define}\n${shape.call.replace('N', String(n))}`);
        assert.strictEqual(error.message, limitMessage(shape.fn));
        assert.strictEqual(error.kind, 'eval');
      });
    });
  }

  it('past the end of the stack (a limit far above the default): a positioned error at the outermost call, no internal error', () => {
    for (const call of ['c(1000000)', 'd(g)(2, 1000000)']) {
      const source = `c(n) = where(n <= 0, 0, 1 + c(n - 1))\ng(x, n) = where(n <= 0, x, g(x, n - 1) * 1)\n  ${call}`;
      const error = errorOf(source, { maxCallDepth: 10_000_000 });
      assert.ok(error instanceof LangError);
      assert.match(error.message, /^recursion too deep: the evaluation ran out of stack after [\d,]+ nested calls of user functions, before the limit of 10,000,000 \(does [cg] call itself without end\?\)$/);
      assert.deepStrictEqual([error.span.line, error.span.column], [3, 3], call);
    }
  });

  describe('on a cold start (a fresh node process for each run)', function () {
    this.timeout(60_000);
    const sessionModule = path.join(__dirname, '..', '..', '..', 'src', 'kernel', 'session');
    /** Runs the cells in a new node process with node's default stack; the last cell's result. */
    function coldRun(cells: string[], options: object = {}): { ok: boolean; message?: string; line?: number; column?: number; data?: unknown } {
      const program = `
        const { KernelSession } = require(${JSON.stringify(sessionModule)});
        const [cells, options] = JSON.parse(process.argv[1]);
        const session = new KernelSession(options);
        let r;
        for (const cell of cells) r = session.executeSync(cell);
        const json = r.ok ? r.outputs[r.outputs.length - 1].items.find((i) => i.mime === 'application/json') : undefined;
        process.stdout.write(JSON.stringify(r.ok ? { ok: true, data: json && json.data } : { ok: false, message: r.error.message, line: r.error.line, column: r.error.column }));`;
      const child = spawnSync(process.execPath, ['-e', program, JSON.stringify([cells, options])], { encoding: 'utf8' });
      assert.strictEqual(child.status, 0, child.stderr);
      return JSON.parse(child.stdout);
    }

    for (const shape of SHAPES) {
      it(`${shape.name}: ${L} calls run and ${L + 1} meet the limit, the function defined in an earlier cell`, () => {
        const under = argumentFor(shape, L);
        assert.deepStrictEqual(coldRun([shape.define, shape.call.replace('N', String(under))]), { ok: true, data: shape.value(under) });
        const over = argumentFor(shape, L + 1);
        const result = coldRun([shape.define, `\n ${shape.call.replace('N', String(over))}`]);
        assert.strictEqual(result.ok, false);
        // The call is in the function's own cell: the error moves to the call in this one, saying where it was.
        assert.ok(result.message!.startsWith(limitMessage(shape.fn)), result.message);
        assert.deepStrictEqual([result.line, result.column], [2, 2]);
      });
    }

    it('past the end of the stack: a positioned error, from an earlier cell too', () => {
      const result = coldRun(['c(n) = where(n <= 0, 0, 1 + c(n - 1))', 'x = 1\nc(100000)'], { maxCallDepth: 10_000_000 });
      assert.strictEqual(result.ok, false);
      assert.match(result.message!, /^recursion too deep: the evaluation ran out of stack after [\d,]+ nested calls of user functions, before the limit of 10,000,000/);
      assert.deepStrictEqual([result.line, result.column], [2, 1]);
      const viaD = coldRun(['g(x, n) = where(n <= 0, x, g(x, n - 1) * 1)', 'd(g)(2, 100000)'], { maxCallDepth: 10_000_000 });
      assert.match(viaD.message!, /^recursion too deep: the evaluation ran out of stack after [\d,]+ nested calls/);
      assert.deepStrictEqual([viaD.line, viaD.column], [1, 1]);
    });
  });
});
