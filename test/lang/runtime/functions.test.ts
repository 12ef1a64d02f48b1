/** Assignment, definitions with keyword parameters, lambdas, closures, recursion, functions as values; indexing and slicing. */
import * as assert from 'assert';
import { Evaluator } from '../../../src/lang/runtime/evaluator';
import { formatValue } from '../../../src/kernel/format/format-value';
import { close, errorTable, last, numberOf, run, vectorOf } from '../lang-helpers';

const sigmoid = (x: number): number => 1 / (1 + Math.exp(-x));
const softplus = (x: number): number => Math.log1p(Math.exp(x));

describe('lang: functions and names', () => {
  const numbers: Array<{ name: string; source: string; expected: number }> = [
    { name: 'assignment then use', source: 'x = 3\nx * 2', expected: 6 },
    { name: 'definition', source: 'f(x) = x^2 + 1\nf(3)', expected: 10 },
    { name: 'keyword parameter default', source: 'swish_b(x, beta=1.5) = x * sigmoid(beta * x)\nswish_b(2)', expected: 2 * sigmoid(3) },
    { name: 'keyword parameter given', source: 'swish_b(x, beta=1.5) = x * sigmoid(beta * x)\nswish_b(2, beta=0.5)', expected: 2 * sigmoid(1) },
    { name: 'keyword parameter by position', source: 'swish_b(x, beta=1.5) = x * sigmoid(beta * x)\nswish_b(2, 0.5)', expected: 2 * sigmoid(1) },
    { name: 'keyword-only call binds: swish_b(beta=2) is a function', source: 'swish_b(x, beta=1.5) = x * sigmoid(beta * x)\nswish_b(beta=2)(1)', expected: sigmoid(2) },
    { name: 'lambda called directly', source: '(x -> x * tanh(softplus(x)))(0.7)', expected: 0.7 * Math.tanh(softplus(0.7)) },
    { name: 'lambda with two parameters', source: '((a, b) -> a - b)(5, 2)', expected: 3 },
    { name: 'lambda with a default', source: '((x, k=3) -> k * x)(2)', expected: 6 },
    { name: 'assigned lambda', source: 'sq = x -> x^2\nsq(4)', expected: 16 },
    { name: 'a parameter shadows a global', source: 'x = 100\nf(x) = x + 1\nf(1)', expected: 2 },
    { name: 'a global read at call time', source: 'f(x) = x + c\nc = 10\nf(1)', expected: 11 },
    { name: 'defaults are evaluated at definition', source: 'b = 2\nh(x, k=b) = x * k\nb = 5\nh(1)', expected: 2 },
    { name: 'closure over a parameter', source: 'scale(a) = x -> a * x\nscale(3)(2)', expected: 6 },
    { name: 'nested closures', source: 'add(a) = b -> c -> a + b + c\nadd(1)(2)(3)', expected: 6 },
    { name: 'functions as arguments', source: 'apply(f, x) = f(x)\napply(relu, -3) + apply(x -> x + 1, 1)', expected: 2 },
    { name: 'a function returned and called', source: 'pick(k) = where(k > 0, 1, 0)\npick(2)', expected: 1 },
    { name: 'recursion with where (only the chosen branch runs)', source: 'fact(n) = where(n <= 1, 1, n * fact(n - 1))\nfact(10)', expected: 3628800 },
    { name: 'mutual recursion', source: 'ev(n) = where(n == 0, 1, od(n - 1))\nod(n) = where(n == 0, 0, ev(n - 1))\nev(10)', expected: 1 },
    { name: 'fibonacci', source: 'fib(n) = where(n < 2, n, fib(n - 1) + fib(n - 2))\nfib(15)', expected: 610 },
    { name: 'a bound activation is a value', source: 'lr = leaky_relu(negative_slope=0.5)\nlr(-4)', expected: -2 },
    { name: 'redefinition replaces', source: 'f(x) = 1\nf(x) = 2\nf(0)', expected: 2 },
    { name: 'local names may shadow activations', source: 'g(relu) = relu * 2\ng(3)', expected: 6 },
    { name: 'a boolean argument counts as 1', source: 'relu(true)', expected: 1 },
    { name: 'semicolons separate statements', source: 'a = 1; b = 2; a + b', expected: 3 },
  ];
  for (const c of numbers) it(c.name, () => assert.ok(close(numberOf(c.source), c.expected, 1e-14), `${c.source} = ${numberOf(c.source)}`));

  it('a user function applies to vectors by broadcasting, like an activation', () => {
    const xs = [-2, -0.5, 0, 1.5];
    const got = vectorOf(`f(x) = x * sigmoid(x)\nf([${xs.join(', ')}])`);
    got.forEach((y, i) => assert.ok(close(y, xs[i] * sigmoid(xs[i]), 1e-15)));
  });

  it('names persist across runs on the same evaluator and go with reset', () => {
    const ev = new Evaluator();
    run('f(x) = 2 * x', ev);
    assert.strictEqual(numberOf('f(4)', ev), 8);
    assert.deepStrictEqual([...ev.definedNames().keys()], ['f']);
    ev.reset();
    assert.throws(() => run('f(4)', ev), /unknown function 'f'/);
  });

  const shown: Array<{ source: string; text: string }> = [
    { source: 'f(x, beta=1.5) = x * sigmoid(beta * x)\nf', text: '<function f(x, beta=1.5) = x * sigmoid(beta * x)>' },
    { source: 'x -> x^2', text: '<function x -> x^2>' },
    { source: 'g = (x, k=2) -> k * x\ng', text: '<function g(x, k=2) = k * x>' },
    { source: 'f(x, beta=1.5) = x * sigmoid(beta * x)\nf(beta=2)', text: '<function f(beta=2)>' },
    { source: 'leaky_relu(negative_slope=0.2)', text: '<activation leaky_relu(negative_slope=0.2)>' },
    { source: 'softmax', text: '<vector activation softmax>' },
    { source: 'clip', text: '<builtin clip(x, lo, hi)>' },
  ];
  for (const s of shown) it(`shows ${s.text}`, () => assert.strictEqual(formatValue(last(s.source)), s.text));

  errorTable([
    { name: 'too many arguments', source: 'f(x) = x\nf(1, 2)', message: 'f takes 1 argument (x), got 2', line: 2, column: 6 },
    { name: 'missing argument', source: 'f(x, y) = x + y\nf(1)', message: "f is missing argument 'y'; it takes (x, y)", line: 2, column: 1 },
    { name: 'unknown keyword of a user function', source: 'sw(x, beta=1) = x\nsw(1, betta=2)', message: "sw has no parameter 'betta'; did you mean 'beta'? It accepts: x, beta", line: 2, column: 7 },
    { name: 'argument given twice', source: 'f(x) = x\nf(1, x=2)', message: 'f: argument x is given twice (by position and by keyword)', line: 2, column: 6 },
    { name: 'defining over a built-in', source: 'relu(x) = x', message: "'relu' is a built-in function and cannot be redefined; choose another name, e.g. my_relu", line: 1, column: 1 },
    { name: 'assigning a constant', source: 'pi = 3', message: "'pi' is a built-in constant and cannot be assigned", line: 1, column: 1 },
    { name: 'calling a number', source: 'x = 2\nx(3)', message: 'cannot call a number: only functions can be called', line: 2, column: 1 },
    { name: 'unknown name inside a body is found when called', source: 'f(x) = x * sigmod(x)\nf(1)', message: "unknown function 'sigmod'; did you mean 'sigmoid'?", line: 1, column: 12 },
    { name: 'recursion past the depth limit', source: 'r(n) = r(n + 1)\nr(0)', message: 'recursion too deep: more than 50 nested calls of user functions (does r call itself without end?)', line: 1, column: 8, options: { maxCallDepth: 50 } },
    { name: 'recursion at the default limit', source: 'r(n) = r(n + 1)\nr(0)', message: 'recursion too deep: more than 200 nested calls of user functions (does r call itself without end?)', line: 1, column: 8 },
    { name: 'recursion without where never ends', source: 'fact(n) = n * fact(n - 1)\nfact(3)', message: /^recursion too deep/, line: 1, column: 15, options: { maxCallDepth: 100 } },
    { name: 'a branching recursion runs out of steps', source: 'h(n) = where(n < 1, 0, h(n - 1) + h(n - 1))\nh(30)', message: /^too much work: more than 100,000 steps in one statement/, line: 2, column: 1, options: { maxSteps: 100_000 } },
    { name: 'long vector work counts as steps', source: 'v = linspace(0, 1, 100000)\nw(n) = where(n < 1, 0, w(n - 1) + sum(v * v))\nw(100)', message: /^too much work: more than 100,000 steps in one statement/, line: 3, column: 1, options: { maxSteps: 100_000 } },
  ]);
});

describe('lang: indexing and slicing', () => {
  const cases: Array<{ name: string; source: string; expected: number | number[] }> = [
    { name: 'first item is 0', source: '[10, 20, 30][0]', expected: 10 },
    { name: 'negative counts from the end', source: '[10, 20, 30][-1]', expected: 30 },
    { name: 'slice a:b excludes b', source: '[10, 20, 30, 40][1:3]', expected: [20, 30] },
    { name: 'open start', source: '[10, 20, 30][:2]', expected: [10, 20] },
    { name: 'open end', source: '[10, 20, 30][1:]', expected: [20, 30] },
    { name: 'whole', source: '[10, 20, 30][:]', expected: [10, 20, 30] },
    { name: 'negative slice bounds', source: '[10, 20, 30, 40][-3:-1]', expected: [20, 30] },
    { name: 'bounds are clamped', source: '[10, 20][1:100]', expected: [20] },
    { name: 'empty when start >= end', source: '[10, 20, 30][2:1]', expected: [] },
    { name: 'index by an expression', source: 'v = range(5)\nv[len(v) - 2]', expected: 3 },
    { name: 'index of a call result', source: 'relu([-1, 2])[1]', expected: 2 },
  ];
  for (const c of cases) it(c.name, () => assert.deepStrictEqual(typeof c.expected === 'number' ? numberOf(c.source) : vectorOf(c.source), c.expected));

  errorTable([
    { name: 'index out of range', source: 'v = [1, 2, 3]\nv[3]', message: 'index 3 is out of range for a vector of 3 items: valid indexes are 0 to 2, or -3 to -1 from the end', line: 2, column: 3 },
    { name: 'negative index out of range', source: '[1, 2][-3]', message: 'index -3 is out of range for a vector of 2 items: valid indexes are 0 to 1, or -2 to -1 from the end', line: 1, column: 8 },
    { name: 'index into an empty vector', source: '[][0]', message: 'index 0 is out of range for a vector of 0 items: the vector is empty', line: 1, column: 4 },
    { name: 'fractional index', source: '[1, 2][0.5]', message: 'an index must be a whole number, got 0.5', line: 1, column: 8 },
    { name: 'indexing a number', source: 'x = 3\nx[0]', message: 'only vectors can be indexed, not a number', line: 2, column: 1 },
    { name: 'slice bound not a number', source: '[1, 2]["a":]', message: 'a slice bound must be a whole number, got a string', line: 1, column: 8 },
  ]);
});
