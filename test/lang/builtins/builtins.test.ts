/**
 * The math and vector built-ins against independent references: values printed by Python's math
 * and statistics modules (python3 -c "import math; print(repr(math.erf(0.5)))"), closed forms,
 * and NumPy's documented semantics for range/linspace/std.
 */
import * as assert from 'assert';
import { BUILTIN_SIGNATURES, CONSTANTS, signatureText } from '../../../src/lang/builtins/builtin-signatures';
import { createBuiltins } from '../../../src/lang/builtins/builtins';
import { Evaluator } from '../../../src/lang/runtime/evaluator';
import { close, errorTable, numberOf, vectorOf } from '../lang-helpers';

describe('lang: math and vector built-ins', () => {
  const numbers: Array<{ name: string; source: string; expected: number; rel?: number }> = [
    { name: 'exp(1) (math.exp)', source: 'exp(1)', expected: 2.718281828459045 },
    { name: 'log(10) (math.log)', source: 'log(10)', expected: 2.302585092994046 },
    { name: 'log1p(1e-10) (math.log1p)', source: 'log1p(1e-10)', expected: 9.999999999500001e-11 },
    { name: 'expm1(1e-10) (math.expm1)', source: 'expm1(1e-10)', expected: 1.00000000005e-10 },
    { name: 'sqrt(2) (math.sqrt)', source: 'sqrt(2)', expected: 1.4142135623730951 },
    { name: 'sin(1) (math.sin)', source: 'sin(1)', expected: 0.8414709848078965 },
    { name: 'cos(1) (math.cos)', source: 'cos(1)', expected: 0.5403023058681398 },
    { name: 'tan(1) (math.tan)', source: 'tan(1)', expected: 1.5574077246549023 },
    { name: 'erf(0.5) (math.erf)', source: 'erf(0.5)', expected: 0.5204998778130465 },
    { name: 'erfc(3) (math.erfc)', source: 'erfc(3)', expected: 2.2090496998585438e-5, rel: 1e-14 },
    { name: 'abs', source: 'abs(-2.5)', expected: 2.5 },
    { name: 'sign of a negative', source: 'sign(-0.1)', expected: -1 },
    { name: 'sign of 0', source: 'sign(0)', expected: 0 },
    { name: 'floor', source: 'floor(-1.5)', expected: -2 },
    { name: 'ceil', source: 'ceil(-1.5)', expected: -1 },
    { name: 'round halves away from zero', source: 'round(-2.5) + round(2.5)', expected: 0 },
    { name: 'max of a vector', source: 'max([3, 9, -1])', expected: 9 },
    { name: 'min of a vector', source: 'min([3, 9, -1])', expected: -1 },
    { name: 'max of two numbers', source: 'max(2, 7)', expected: 7 },
    { name: 'max with NaN is NaN', source: 'max([1, nan, 3])', expected: NaN },
    { name: 'sum (compensated: math.fsum([1e16, 1, -1e16]) is 1)', source: 'sum([1e16, 1, -1e16])', expected: 1 },
    { name: 'sum of nothing', source: 'sum([])', expected: 0 },
    { name: 'mean (statistics.fmean)', source: 'mean([0.1, 0.2, 0.3])', expected: 0.19999999999999998, rel: 1e-16 },
    { name: 'mean of nothing', source: 'mean([])', expected: NaN },
    { name: 'std, population (statistics.pstdev)', source: 'std([1, 2, 3, 4])', expected: 1.118033988749895 },
    { name: 'std, sample (statistics.stdev)', source: 'std([1, 2, 3, 4], ddof=1)', expected: 1.2909944487358056 },
    { name: 'std of one item with ddof=1', source: 'std([5], ddof=1)', expected: NaN },
    { name: 'len', source: 'len(range(7))', expected: 7 },
    { name: 'where with a true condition', source: 'where(1 > 0, 5, 6)', expected: 5 },
    { name: 'where: NaN is false', source: 'where(nan, 5, 6)', expected: 6 },
    { name: 'where passed as a value is eager but equal', source: 'w = where\nw(0, 5, 6)', expected: 6 },
    { name: 'clip a number', source: 'clip(5, 0, 1)', expected: 1 },
    { name: 'inf', source: 'inf', expected: Infinity },
    { name: '-inf', source: '-inf', expected: -Infinity },
    { name: 'nan is not equal to itself', source: '(nan == nan) + 0', expected: 0 },
    { name: 'softmax sums to 1', source: 'sum(softmax([1, 2, 3]))', expected: 1, rel: 1e-15 },
    { name: 'logsumexp gives a number', source: 'logsumexp([0, 0])', expected: Math.LN2 },
  ];
  for (const c of numbers) it(c.name, () => assert.ok(close(numberOf(c.source), c.expected, c.rel ?? 1e-15), `${c.source} = ${numberOf(c.source)}`));

  const vectors: Array<{ name: string; source: string; expected: number[] }> = [
    { name: 'linspace includes both ends', source: 'linspace(0, 1, 5)', expected: [0, 0.25, 0.5, 0.75, 1] },
    { name: 'linspace of one point', source: 'linspace(3, 9, 1)', expected: [3] },
    { name: 'linspace default n is 50 (NumPy)', source: '[len(linspace(0, 1))]', expected: [50] },
    { name: 'range(n) (Python)', source: 'range(4)', expected: [0, 1, 2, 3] },
    { name: 'range(a, b, step)', source: 'range(1, 2, 0.25)', expected: [1, 1.25, 1.5, 1.75] },
    { name: 'range counting down', source: 'range(3, 0, -1)', expected: [3, 2, 1] },
    { name: 'empty range', source: 'range(3, 3)', expected: [] },
    { name: 'sign of a vector', source: 'sign([-2, 0, 3])', expected: [-1, 0, 1] },
    { name: 'exp of a vector', source: 'exp([0, 1])', expected: [1, Math.exp(1)] },
    { name: 'min of two vectors', source: 'min([1, 5], [3, 2])', expected: [1, 2] },
    { name: 'clip elementwise', source: 'clip([-5, 0.5, 5], 0, 1)', expected: [0, 0.5, 1] },
    { name: 'maxout with a keyword', source: 'maxout([1, 4, 3, 2], k=2)', expected: [4, 3] },
  ];
  for (const c of vectors) it(c.name, () => assert.deepStrictEqual(vectorOf(c.source), c.expected));

  errorTable([
    { name: 'wrong argument type names the function and the argument', source: 'clip([1], "lo", 2)', message: 'clip: argument lo must be a number or a vector, got a string', line: 1, column: 11 },
    { name: 'a function where a number goes', source: 'exp(relu)', message: 'exp: argument x must be a number or a vector, got the function relu', line: 1, column: 5 },
    { name: 'missing argument names it', source: 'clip([1], 0)', message: "clip is missing argument 'hi' (The upper bound (number or vector)); it is called as clip(x, lo, hi)", line: 1, column: 1 },
    { name: 'too many arguments', source: 'exp(1, 2)', message: 'exp takes 1 positional argument (x), got 2', line: 1, column: 8 },
    { name: 'unknown keyword lists the accepted ones', source: 'std([1, 2], dof=1)', message: "std has no keyword argument 'dof'; did you mean 'ddof'? It accepts: v, ddof", line: 1, column: 13 },
    { name: 'keyword on a function without keywords', source: 'exp(1, base=2)', message: "exp has no keyword argument 'base'. It accepts: x", line: 1, column: 8 },
    { name: 'linspace count not whole', source: 'linspace(0, 1, 2.5)', message: 'linspace: argument n must be a whole number of at least 1, got 2.5', line: 1, column: 16 },
    { name: 'linspace over the size limit', source: 'linspace(0, 1, 1e12)', message: 'value too large: 1,000,000,000,000 elements (the limit is 10,000,000, the setting activationLab.kernel.maxElements)', line: 1, column: 16 },
    { name: 'range over the size limit', source: 'range(0, 1, 1e-9)', message: /^value too large: 1,000,000,00\d elements/, line: 1, column: 1 },
    { name: 'range step 0', source: 'range(0, 1, 0)', message: 'range: step must be a finite number other than 0, got 0', line: 1, column: 13 },
    { name: 'max of nothing', source: 'max([])', message: 'max of an empty vector has no value', line: 1, column: 5 },
    { name: 'softmax of a number', source: 'softmax(3)', message: 'softmax: argument x must be a vector (it is a function of the whole vector), got a number', line: 1, column: 9 },
    { name: 'glu of an odd length', source: 'glu([1, 2, 3])', message: 'glu: the input length must be even (it is split into two halves), got a vector of length 3', line: 1, column: 1 },
    { name: 'where with a string branch', source: 'where(true, "a", 1)', message: 'where: argument a must be a number, a boolean or a vector, got a string', line: 1, column: 13 },
  ]);

  it('every built-in has a signature and every signature a built-in', () => {
    const builtins = createBuiltins();
    const withoutSignature = [...builtins.keys()].filter((n) => !BUILTIN_SIGNATURES.some((s) => s.name === n));
    assert.deepStrictEqual(withoutSignature, []);
    for (const s of BUILTIN_SIGNATURES) {
      assert.ok(builtins.has(s.name), `${s.name} is implemented`);
      assert.strictEqual(builtins.get(s.name)!.signature, signatureText(s));
      assert.ok(s.doc.length > 10 && s.params.every((p) => p.doc.length > 5), `${s.name} is documented`);
    }
    assert.strictEqual(signatureText(BUILTIN_SIGNATURES.find((s) => s.name === 'plot')!), 'plot(f, ..., range=[-4, 4], derivative=true, samples=401)');
  });

  it('constants are visible names and cannot be shadowed by assignment', () => {
    const names = new Evaluator().visibleNames();
    for (const c of CONSTANTS) assert.ok(names.includes(c.name), c.name);
    assert.ok(close(numberOf('pi'), Math.PI) && close(numberOf('e'), Math.E));
  });
});
