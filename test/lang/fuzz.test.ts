/**
 * Property-based fuzzing of the whole language: generated programs (a grammar-aware arbitrary) and
 * mutated sample programs (characters and tokens inserted, deleted, replaced) go through lexer,
 * parser, evaluator and output formatting. Each must end in values or a LangError whose span lies
 * inside the source with a line and column that match its offset: never another exception, never a
 * hang (the evaluator's step, depth and size limits are set small here so every run is quick;
 * work-budget.test.ts runs hostile programs, d over many points included, under the default limits
 * and bounds them by the step count).
 *
 * Runs 100,000 programs (50,000 generated + 50,000 mutated; about 10 s), or FUZZ_RUNS when set
 * (FUZZ_RUNS=5000 npm run test:unit for a quicker loop).
 */
import * as assert from 'assert';
import fc from 'fast-check';
import { outputsFor } from '../../src/kernel/output-items';
import { KernelSession } from '../../src/kernel/session';
import { LangError } from '../../src/lang/syntax/errors';
import { Evaluator } from '../../src/lang/runtime/evaluator';
import { parse } from '../../src/lang/syntax/parser';
import type { Span } from '../../src/lang/syntax/span';
import { program } from './program-arbitrary';

const TOTAL_RUNS = Number(process.env.FUZZ_RUNS ?? 100_000);

/** line and column of an offset, as the lexer counts them (1-based; only '\n' ends a line). */
function lineColumn(source: string, offset: number): [number, number] {
  let line = 1;
  let lineStart = 0;
  for (let i = 0; i < offset; i++) {
    if (source[i] === '\n') {
      line++;
      lineStart = i + 1;
    }
  }
  return [line, offset - lineStart + 1];
}

function checkSpan(source: string, span: Span, what: string): void {
  assert.ok(Number.isInteger(span.start) && Number.isInteger(span.end), `${what}: offsets are integers`);
  assert.ok(span.start >= 0 && span.start <= span.end && span.end <= source.length, `${what}: span [${span.start}, ${span.end}) inside a source of ${source.length}`);
  assert.deepStrictEqual([span.line, span.column], lineColumn(source, span.start), `${what}: line and column match the offset ${span.start}`);
  assert.ok(span.endLine >= span.line && span.endColumn >= 1, `${what}: a sane end`);
}

const evaluator = new Evaluator({ maxElements: 5_000, maxSteps: 20_000, maxCallDepth: 60 });

/** Runs one program; returns how it ended, or throws an AssertionError naming what went wrong. */
function runProgram(source: string): 'values' | 'error' {
  evaluator.reset();
  let parsed;
  try {
    parsed = parse(source);
  } catch (error) {
    assert.fail(`parse threw ${String(error)} for ${JSON.stringify(source)}`);
  }
  for (const e of parsed.errors) {
    assert.ok(e instanceof LangError, 'parse errors are LangErrors');
    checkSpan(source, e.span, `${e.kind} error '${e.message}' in ${JSON.stringify(source)}`);
  }
  if (parsed.errors.length > 0) return 'error';
  for (const statement of parsed.program.statements) {
    try {
      const value = evaluator.execute(statement);
      if (value !== undefined) JSON.stringify(outputsFor(value));
    } catch (error) {
      if (!(error instanceof LangError)) assert.fail(`evaluating ${JSON.stringify(source)} threw ${error instanceof Error ? error.stack : String(error)}`);
      checkSpan(source, error.span, `eval error '${error.message}' in ${JSON.stringify(source)}`);
      return 'error';
    }
  }
  return 'values';
}

/** Sample programs that exercise every feature; the mutations start from these. */
const SAMPLES = [
  'relu(-2)\nrelu([-2, -1, 0, 1, 2])\nleaky_relu(-2, negative_slope=0.1)',
  'plot(relu, gelu, sigmoid, tanh, range=[-3, 3], derivative=2, samples=50)',
  'swish_b(x, beta=1.5) = x * sigmoid(beta * x)\nswish_b([1, 2]); swish_b(beta=2)(1)',
  'f = x -> x * tanh(softplus(x))\ntable(f, relu, at=[-1, 0, 1])',
  'fact(n) = where(n <= 1, 1, n * fact(n - 1))\nfact(10)',
  'v = linspace(-2, 2, 9)\nv[0]; v[-1]; v[1:3]; v[:2]; v[3:]\nsum(v > 0); mean(v); std(v, ddof=1)',
  'x = range(0, 10, 2)\nclip(x, 2, 6) + max(x) - min(x, 3)\nexp(1) * log1p(1e-3) / sqrt(2) ^ 2 ^ 0.5',
  '-2^2 == -4; 2^3^2 != 512; [1, 2] <= [2, 1]; "adam" == "adam"',
  'softmax([1, 2, 3]); logsumexp([1, 2]); maxout([1, 2, 3, 4], k=2)',
  'g(x, y=2) = x * y\ng(3); g(3, 4); g(y=5)(1); (t -> t + 1)(2)',
  'plot(x -> x^2, (x, a=2) -> a * x, range=[0, 1], derivative=false)',
  'compare(relu, x -> max(x, 0.1 * x), range=[-1, 1])',
  'describe(gelu)',
  'd(x -> x^3)(2); d(gelu, 2)(0.5); plot(d(swish), x -> x * sigmoid(x), derivative=2, samples=9)',
  '# comment\nerf(0.5); sign([-1, 0, 2]); abs(-3); pi * e; inf - inf; nan == nan',
];
const INSERTS = ['(', ')', '[', ']', ',', '=', '->', ':', '^', '-', '*', '**', '!', '@', '"', "'", '\\', '\n', ';', '#', '1e', '.', 'x', 'relu', '__proto__', '99999999', '1e999', ' ', '\t', '\u00e9', '\ud83d\ude00', '=='];

type Mutation = { kind: 'insert'; at: number; text: string } | { kind: 'delete'; at: number; length: number } | { kind: 'duplicate'; at: number; length: number };
const mutation: fc.Arbitrary<Mutation> = fc.oneof(
  fc.record({ kind: fc.constant('insert' as const), at: fc.nat(), text: fc.oneof(fc.constantFrom(...INSERTS), fc.string({ maxLength: 3 })) }),
  fc.record({ kind: fc.constant('delete' as const), at: fc.nat(), length: fc.integer({ min: 1, max: 6 }) }),
  fc.record({ kind: fc.constant('duplicate' as const), at: fc.nat(), length: fc.integer({ min: 1, max: 12 }) }),
);

function mutate(source: string, mutations: Mutation[]): string {
  let s = source;
  for (const m of mutations) {
    const at = s.length === 0 ? 0 : m.at % (s.length + 1);
    if (m.kind === 'insert') s = s.slice(0, at) + m.text + s.slice(at);
    else if (m.kind === 'delete') s = s.slice(0, at) + s.slice(at + m.length);
    else s = s.slice(0, at) + s.slice(at, at + m.length) + s.slice(at);
  }
  return s;
}

const mutated = fc.tuple(fc.constantFrom(...SAMPLES), fc.array(mutation, { minLength: 1, maxLength: 4 })).map(([s, ms]) => mutate(s, ms));

describe('lang: fuzzing lexer, parser and evaluator', function () {
  this.timeout(300_000);
  const half = Math.ceil(TOTAL_RUNS / 2);

  it('every sample program runs (the mutations start from working code)', () => {
    for (const s of SAMPLES) assert.strictEqual(runProgram(s), 'values', s);
  });

  it(`${half.toLocaleString('en-US')} generated programs end in values or a positioned LangError`, () => {
    const endings = { values: 0, error: 0 };
    fc.assert(fc.property(program, (source) => void endings[runProgram(source)]++), { numRuns: half, seed: 4 });
    // The generator is useful only if it reaches the evaluator often and fails sometimes.
    assert.ok(endings.values > half / 20, `programs that gave values: ${endings.values}`);
    assert.ok(endings.error > half / 20, `programs that gave errors: ${endings.error}`);
  });

  it(`${half.toLocaleString('en-US')} mutated sample programs end in values or a positioned LangError`, () => {
    fc.assert(fc.property(mutated, (source) => void runProgram(source)), { numRuns: half, seed: 7 });
  });

  it(`${Math.ceil(half / 5).toLocaleString('en-US')} programs split over two cells of one kernel: an error points into the cell that ran`, () => {
    fc.assert(
      fc.property(program, program, (first, second) => {
        const session = new KernelSession({ maxElements: 5_000, maxSteps: 20_000, maxCallDepth: 60 });
        session.executeSync(first);
        const result = session.executeSync(second);
        if (result.error) {
          const lines = second.split('\n');
          const { line, column, message } = result.error;
          assert.ok(!message.startsWith('internal error'), message);
          assert.ok(line >= 1 && line <= lines.length, `line ${line} of a ${lines.length}-line cell: ${message} in ${JSON.stringify([first, second])}`);
          assert.ok(column >= 1 && column <= lines[line - 1].length + 1, `column ${column} of ${JSON.stringify(lines[line - 1])}: ${message} in ${JSON.stringify([first, second])}`);
        }
      }),
      { numRuns: Math.ceil(half / 5), seed: 9 },
    );
  });

  it('hostile inputs: deep nesting, long chains, huge sizes, runaway recursion', () => {
    const hostile = [
      '('.repeat(5000) + '1' + ')'.repeat(5000),
      '['.repeat(3000),
      '-'.repeat(10000) + '1',
      Array.from({ length: 5000 }, () => '1').join(' + '),
      'f' + '(1)'.repeat(3000),
      'x -> '.repeat(3000) + '1',
      '2' + '^2'.repeat(3000),
      'linspace(0, 1, 1e300)',
      'range(0, 1e300)',
      'r(n) = r(n + 1)\nr(0)',
      'b(n) = b(n - 1) + b(n - 2)\nb(30)',
      'h(n) = where(n < 1, 0, h(n - 1) + h(n - 1))\nh(40)',
      '"' + 'a'.repeat(100000),
    ];
    for (const source of hostile) assert.ok(['values', 'error'].includes(runProgram(source)));
  });
});
