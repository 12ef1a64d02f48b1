/**
 * d(f) in the language: named cases against closed forms written out here, user functions against
 * finite differences of the evaluator's own values, elementwise vectors, error messages with their
 * positions, and the end-to-end path through KernelSession.
 */
import * as assert from 'assert';
import { KernelSession } from '../../../src/kernel/session';
import { derivativeOf, derivativeProblem } from '../../../src/lang/calculus/differentiate';
import { LangError } from '../../../src/lang/syntax/errors';
import { Evaluator } from '../../../src/lang/runtime/evaluator';
import { parseProgram } from '../../../src/lang/syntax/parser';
import type { Value } from '../../../src/lang/runtime/values';
import { assertClose, finiteDifference, seededRandom } from '../../core/autodiff/jet-test-helpers';

/** Runs every statement; returns the value of the last expression statement, if any. */
function execute(source: string, evaluator: Evaluator): Value | undefined {
  let last: Value | undefined;
  for (const s of parseProgram(source).statements) {
    const v = evaluator.execute(s);
    if (v) last = v;
  }
  return last;
}

function run(source: string, evaluator = new Evaluator()): Value {
  const last = execute(source, evaluator);
  if (!last) throw new Error(`no value from ${source}`);
  return last;
}

function numberOf(source: string, evaluator?: Evaluator): number {
  const v = run(source, evaluator);
  if (v.kind !== 'number') throw new Error(`${source} gave ${v.kind}`);
  return v.value;
}

function vectorOf(source: string): number[] {
  const v = run(source);
  if (v.kind !== 'vector') throw new Error(`${source} gave ${v.kind}`);
  return [...v.items];
}

const sig = (x: number) => 1 / (1 + Math.exp(-x));
const phi = (x: number) => Math.exp(-0.5 * x * x) / Math.sqrt(2 * Math.PI);
const SWISH = 'f(x) = x * sigmoid(1.5 * x)\n';
/** f(x) = x sigmoid(1.5 x): f' = s + 1.5 x s (1 - s), f'' = 3 s (1 - s) + 2.25 x s (1 - s)(1 - 2s), s = sigmoid(1.5 x). */
const swish1 = (x: number) => {
  const s = sig(1.5 * x);
  return s + 1.5 * x * s * (1 - s);
};
const swish2 = (x: number) => {
  const s = sig(1.5 * x);
  return 3 * s * (1 - s) + 2.25 * x * s * (1 - s) * (1 - 2 * s);
};
/** PyTorch's tanh-approximate GELU derivative, written from its formula. */
const geluTanh1 = (x: number) => {
  const c = Math.sqrt(2 / Math.PI);
  const a = c * (x + 0.044715 * x ** 3);
  const t = Math.tanh(a);
  return 0.5 * (1 + t) + 0.5 * x * (1 - t * t) * c * (1 + 3 * 0.044715 * x * x);
};

const NUMBERS: Array<{ name: string; source: string; expected: number }> = [
  { name: 'leaky_relu below 0 with a keyword (the issue)', source: 'd(leaky_relu)(-1, negative_slope=0.2)', expected: 0.2 },
  { name: 'lambda x^3 at 2 (the issue)', source: 'd(x -> x^3)(2)', expected: 12 },
  { name: 'second derivative of x^3', source: 'd(x -> x^3, 2)(2)', expected: 12 },
  { name: 'third derivative of x^3', source: 'd(x -> x^3, 3)(2)', expected: 6 },
  { name: 'fourth derivative of x^3 is 0', source: 'd(x -> x^3, 4)(2)', expected: 0 },
  { name: 'order by keyword', source: 'd(x -> x^3, n=2)(-1)', expected: -6 },
  { name: "user swish: f'(0.3) (the issue)", source: SWISH + 'd(f)(0.3)', expected: swish1(0.3) },
  { name: "user swish: f''(0.3)", source: SWISH + 'd(f, 2)(0.3)', expected: swish2(0.3) },
  { name: 'd(d(f)) is d(f, 2)', source: SWISH + 'd(d(f))(-1.2)', expected: swish2(-1.2) },
  { name: "gelu''(0.5) = phi(x) (2 - x^2)", source: 'd(gelu, 2)(0.5)', expected: phi(0.5) * (2 - 0.25) },
  { name: 'gelu tanh approximation by keyword', source: 'd(gelu)(0.7, approximate="tanh")', expected: geluTanh1(0.7) },
  { name: "relu'(0) = 0 (PyTorch's convention)", source: 'd(relu)(0)', expected: 0 },
  { name: "relu'(0) with kink=\"mean\"", source: 'd(relu)(0, kink="mean")', expected: 0.5 },
  { name: 'keywords bound first: d(leaky_relu(negative_slope=0.3))', source: 'd(leaky_relu(negative_slope=0.3))(-5)', expected: 0.3 },
  { name: 'keywords after d: d(leaky_relu)(negative_slope=0.3)(-5)', source: 'd(leaky_relu)(negative_slope=0.3)(-5)', expected: 0.3 },
  { name: "tanh''' to any order: -2 (1 - t^2)(1 - 3 t^2)", source: 'd(tanh, 3)(0.5)', expected: -2 * (1 - Math.tanh(0.5) ** 2) * (1 - 3 * Math.tanh(0.5) ** 2) },
  { name: 'exp built-in', source: 'd(exp)(1)', expected: Math.E },
  { name: 'sin built-in, second derivative', source: 'd(sin, 2)(1)', expected: -Math.sin(1) },
  { name: 'log at 2', source: 'd(log)(2)', expected: 0.5 },
  {
    name: "exp(sin(x))''' in a lambda",
    source: 'd(x -> exp(sin(x)), 3)(0.7)',
    expected: (Math.cos(0.7) ** 3 - 3 * Math.sin(0.7) * Math.cos(0.7) - Math.cos(0.7)) * Math.exp(Math.sin(0.7)),
  },
  { name: 'log1p(x^2)', source: 'd(x -> log1p(x^2))(0.5)', expected: 1 / 1.25 },
  { name: "x^x'' = x^x ((log x + 1)^2 + 1/x)", source: 'd(x -> x^x, 2)(1.5)', expected: 1.5 ** 1.5 * ((Math.log(1.5) + 1) ** 2 + 1 / 1.5) },
  { name: 'where differentiates the branch chosen (left)', source: 'd(x -> where(x > 0, x^2, -x))(-2)', expected: -1 },
  { name: 'where differentiates the branch chosen (right)', source: 'd(x -> where(x > 0, x^2, -x))(3)', expected: 6 },
  { name: 'a comparison times x: the step has derivative 0', source: 'd(x -> (x > 0) * x)(2)', expected: 1 },
  { name: 'a comparison times x below 0', source: 'd(x -> (x > 0) * x^2)(-2)', expected: 0 },
  { name: 'keyword parameter of a user function', source: 'g(x, beta=1.5) = x * sigmoid(beta * x)\nd(g)(1, beta=2)', expected: sig(2) + 2 * sig(2) * (1 - sig(2)) },
  { name: 'keyword parameter default', source: 'g(x, beta=1.5) = x * sigmoid(beta * x)\nd(g)(0.3)', expected: swish1(0.3) },
  { name: 'keywords only bind: d(g)(beta=2)(1)', source: 'g(x, beta=1.5) = x * sigmoid(beta * x)\nd(g)(beta=2)(1)', expected: sig(2) + 2 * sig(2) * (1 - sig(2)) },
  { name: 'recursion: p(x, n) = x^n, d/dx at 2 with n = 5', source: 'p(x, n) = where(n <= 0, 1, x * p(x, n - 1))\nd(p)(2, 5)', expected: 80 },
  { name: 'recursion, second derivative', source: 'p(x, n) = where(n <= 0, 1, x * p(x, n - 1))\nd(p, 2)(2, 5)', expected: 160 },
  { name: 'a global captured as a constant', source: 'a = 3\nd(x -> a * x^2)(2)', expected: 12 },
  { name: 'a closure captured as a constant', source: 'make(k) = x -> k * x^2\nd(make(3))(1)', expected: 6 },
  { name: 'calls another user function', source: 'sq(x) = x * x\nh(x) = sq(sin(x))\nd(h)(0.4)', expected: Math.sin(0.8) },
  { name: 'a derivative function inside a body', source: SWISH + 'h(x) = d(f)(x) * x\nd(h)(0.3)', expected: swish2(0.3) * 0.3 + swish1(0.3) },
  { name: 'an inner lambda shadowing x is a constant', source: 'h(x) = (x -> x^2)(3) * x\nd(h)(1)', expected: 9 },
  { name: 'a constant function', source: 'd(x -> 5)(1)', expected: 0 },
  { name: 'pi is a constant', source: 'd(x -> pi * x)(1)', expected: Math.PI },
  { name: 'max at a tie is the mean of both slopes (torch.maximum)', source: 'd(x -> max(x, 0))(0)', expected: 0.5 },
  { name: 'max away from the tie', source: 'd(x -> max(x^2, 1))(3)', expected: 6 },
  { name: "abs'(0) = 0", source: 'd(abs)(0)', expected: 0 },
  { name: 'clip passes the slope at its bound (torch.clamp)', source: 'd(x -> clip(2 * x, -1, 1))(0.5)', expected: 2 },
  { name: 'the variable by keyword', source: 'd(x -> x^2)(x=3)', expected: 6 },
  { name: 'activation of an activation through a lambda', source: 'd(x -> tanh(gelu(x)))(0.4)', expected: (1 - Math.tanh(0.4 * (0.5 * (1 + erfApprox(0.4 / Math.SQRT2)))) ** 2) * (0.5 * (1 + erfApprox(0.4 / Math.SQRT2)) + 0.4 * phi(0.4)) },
];

/** erf for the expected values (Abramowitz-Stegun 7.1.26 is too coarse): a series, ample at |x| < 1. */
function erfApprox(x: number): number {
  let sum = 0;
  let term = x;
  for (let n = 0; n < 40; n++) {
    sum += term / (2 * n + 1);
    term *= (-x * x) / (n + 1);
  }
  return (2 / Math.sqrt(Math.PI)) * sum;
}

describe('lang/differentiate: d(f)', () => {
  for (const c of NUMBERS) {
    it(c.name, () => assertClose(numberOf(c.source), c.expected, 1e-13, c.source));
  }

  it('vectors: d(f) applies to each item, as the scalar calls do', () => {
    assert.deepStrictEqual(vectorOf('d(relu)([-1, 0, 2])'), [0, 0, 1]);
    assert.deepStrictEqual(vectorOf('d(x -> x^2)([1, 2, 3])'), [2, 4, 6]);
    assert.deepStrictEqual(vectorOf('d(x -> 5)([1, 2])'), [0, 0]);
    const xs = [-2, -0.5, 0, 0.3, 1.7];
    const swish = vectorOf(`${SWISH}d(f, 2)([${xs.join(', ')}])`);
    xs.forEach((x, i) => assertClose(swish[i], swish2(x), 1e-13, `f''(${x})`));
    const gelu2 = vectorOf(`d(gelu, 2)([${xs.join(', ')}])`);
    xs.forEach((x, i) => assertClose(gelu2[i], phi(x) * (2 - x * x), 1e-13, `gelu''(${x})`));
  });

  describe('user functions against finite differences of the evaluator', () => {
    const bodies = [
      'x * sigmoid(1.5 * x)',
      'exp(sin(x)) / (1 + x^2)',
      'gelu(x) * tanh(x) + log1p(x^2)',
      'sqrt(1 + x^2) - erf(x / 2) * cos(3 * x)',
      'x * tanh(log1p(exp(x)))',
      'where(x > 0, x^3, sin(x))',
    ];
    const random = seededRandom(4242);
    for (const body of bodies) {
      it(`f(x) = ${body}: f' and f'' at random points`, () => {
        const ev = new Evaluator();
        execute(`f(x) = ${body}`, ev);
        const f = (x: number) => numberOf(`f(${x})`, ev);
        const f1 = (x: number) => numberOf(`d(f)(${x})`, ev);
        for (let i = 0; i < 6; i++) {
          const x = Number((-3 + 6 * random()).toFixed(6));
          if (Math.abs(x) < 0.01) continue; // keep the where() kink out of the difference stencil
          assertClose(f1(x), finiteDifference(f, x), 1e-6, `d(f)(${x})`);
          assertClose(numberOf(`d(f, 2)(${x})`, ev), finiteDifference(f1, x), 1e-6, `d(f, 2)(${x})`);
        }
      });
    }
  });

  const ERRORS: Array<{ name: string; source: string; message: string; line: number; column: number }> = [
    { name: 'not a function', source: 'd(3)', message: 'd expects a function as its first argument, got a number', line: 1, column: 3 },
    { name: 'no argument', source: 'd()', message: 'd expects a function as its first argument, e.g. d(gelu) or d(x -> x^3)', line: 1, column: 1 },
    { name: 'order 0', source: 'd(relu, 0)', message: 'd: the order n must be a positive whole number (1 for f′, 2 for f″), got 0', line: 1, column: 9 },
    { name: 'fractional order', source: 'd(relu, 1.5)', message: 'd: the order n must be a positive whole number (1 for f′, 2 for f″), got 1.5', line: 1, column: 9 },
    { name: 'unknown keyword', source: 'd(relu, order=2)', message: "d has no keyword argument 'order'. It accepts: n", line: 1, column: 9 },
    { name: 'third derivative of an activation', source: 'x = 1\nd(relu, 3)', message: 'd(relu, 3): third derivatives of relu are not available; orders 1 and 2 are', line: 2, column: 1 },
    { name: 'third derivative through a user function', source: 'f(x) = x * relu(x)\nd(f, 3)(1)', message: 'd(f, 3): third derivatives of relu are not available; orders 1 and 2 are', line: 2, column: 1 },
    { name: 'vector activation', source: 'd(softmax)', message: 'd(softmax): softmax is a function of a whole vector; d differentiates functions of one number', line: 1, column: 1 },
    { name: 'a display built-in', source: 'd(plot)', message: 'd(plot): plot is not a function of a number with a derivative', line: 1, column: 1 },
    { name: 'a vector built from x', source: 'd(x -> [x, 1])(1)', message: 'd(x -> [x, 1]): this vector depends on the variable; d differentiates functions of one number (give d(f) a vector to get the derivative at each item)', line: 1, column: 8 },
    { name: 'a function giving a string', source: 'q(x) = "a"\nd(q)(1)', message: 'd(q): q gives a string, not a number; d differentiates functions of one number', line: 2, column: 1 },
    { name: 'a string as x', source: 'd(relu)("a")', message: 'd(relu): argument x must be a number or a vector, got a string', line: 1, column: 9 },
    { name: 'too many positional arguments for an activation', source: 'd(leaky_relu)(1, 2)', message: 'd(leaky_relu) takes 1 positional argument (x), got 2; pass negative_slope, kink by keyword', line: 1, column: 18 },
    { name: 'a built-in without a rule in a body', source: 'd(x -> sum(x))(1)', message: 'd(x -> sum(x)): cannot differentiate through sum: it has no derivative rule', line: 1, column: 8 },
    { name: 'orders adding up past the limit inside a body', source: 'f(x) = d(x -> x^2, 15)(x)\nd(f, 10)(1)', message: 'd(f, 10): x -> x^2 would need derivatives of order 25; at most 20 are available', line: 1, column: 8 },
    { name: 'endless recursion', source: 'r(x) = r(x) + x\nd(r)(1)', message: 'recursion too deep', line: 0, column: 0 },
  ];
  for (const c of ERRORS) {
    it(`error: ${c.name}`, () => {
      assert.throws(
        () => run(c.source),
        (e: unknown) => {
          assert.ok(e instanceof LangError, `not a LangError: ${String(e)}`);
          if (c.line === 0) assert.ok(e.message.includes(c.message), e.message);
          else {
            assert.strictEqual(e.message, c.message);
            assert.deepStrictEqual([e.span.line, e.span.column], [c.line, c.column], `position of: ${e.message}`);
          }
          return true;
        },
      );
    });
  }

  it('derivativeOf and derivativeProblem for plot and table', () => {
    const ev = new Evaluator();
    const f = run('x -> x^3', ev);
    assert.ok(f.kind === 'function');
    const d2 = derivativeOf(f.callable, 2);
    assert.strictEqual(d2.name, 'd(x -> x^3, 2)');
    const d3 = derivativeOf(d2, 1);
    assert.strictEqual(d3.name, 'd(x -> x^3, 3)');
    const y = ev.callFunction(d3, [{ kind: 'vector', items: new Float64Array([1, 2]) }], { start: 0, end: 0, line: 1, column: 1, endLine: 1, endColumn: 1 });
    assert.deepStrictEqual(y.kind === 'vector' ? [...y.items] : y, [6, 6]);
    const relu = run('relu', ev);
    assert.ok(relu.kind === 'function');
    assert.strictEqual(derivativeProblem(relu.callable, 2), undefined);
    assert.strictEqual(derivativeProblem(relu.callable, 3), 'third derivatives of relu are not available; orders 1 and 2 are');
    assert.throws(() => derivativeOf(relu.callable, 3), /d\(relu, 3\): third derivatives/);
  });
});

describe('lang/differentiate through KernelSession (end to end)', () => {
  it('a definition in one cell, d(f)(0.3) in the next', async () => {
    const session = new KernelSession();
    const defined = await session.execute('f(x) = x * sigmoid(1.5 * x)');
    assert.strictEqual(defined.ok, true);
    const result = await session.execute('d(f)(0.3)');
    assert.strictEqual(result.ok, true, JSON.stringify(result.error));
    const json = result.outputs[0].items.find((i) => i.mime === 'application/json');
    assertClose(json?.data as number, swish1(0.3), 1e-14, 'd(f)(0.3)');
  });

  it('d(x -> x^3)(2) is 12', async () => {
    const result = await new KernelSession().execute('d(x -> x^3)(2)');
    assert.deepStrictEqual(result.outputs[0].items, [
      { mime: 'text/plain', data: '12' },
      { mime: 'application/json', data: 12 },
    ]);
  });

  it('an unavailable order is an error with its line and column', async () => {
    const result = await new KernelSession().execute('f(x) = x * relu(x)\n\n  d(f, 3)(1)');
    assert.strictEqual(result.ok, false);
    assert.deepStrictEqual(result.error && [result.error.message, result.error.line, result.error.column], [
      'd(f, 3): third derivatives of relu are not available; orders 1 and 2 are',
      3,
      3,
    ]);
  });
});
