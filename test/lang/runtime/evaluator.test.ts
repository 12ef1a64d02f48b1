import * as assert from 'assert';
import { LangError } from '../../../src/lang/syntax/errors';
import { Evaluator } from '../../../src/lang/runtime/evaluator';
import { parseProgram as parse } from '../../../src/lang/syntax/parser';
import type { Value } from '../../../src/lang/runtime/values';

/** Runs every statement; returns the values of the non-assignments. */
function run(source: string, evaluator = new Evaluator()): Value[] {
  const out: Value[] = [];
  for (const s of parse(source).statements) {
    const v = evaluator.execute(s);
    if (v) out.push(v);
  }
  return out;
}

function one(source: string): Value {
  const values = run(source);
  assert.strictEqual(values.length, 1);
  return values[0];
}

function numberOf(source: string): number {
  const v = one(source);
  assert.strictEqual(v.kind, 'number');
  return v.value;
}

function vectorOf(source: string): number[] {
  const v = one(source);
  assert.strictEqual(v.kind, 'vector');
  return [...v.items];
}

const sigmoid = (x: number) => 1 / (1 + Math.exp(-x));

describe('lang/evaluator', () => {
  const numbers: Array<{ name: string; source: string; expected: number }> = [
    { name: 'literal', source: '1e-3', expected: 0.001 },
    { name: 'relu of a negative', source: 'relu(-2)', expected: 0 },
    { name: 'leaky_relu with a keyword', source: 'leaky_relu(-2, negative_slope=0.1)', expected: -0.2 },
    { name: 'leaky_relu default slope', source: 'leaky_relu(-2)', expected: -0.02 },
    { name: 'alias resolves', source: 'lrelu(-3)', expected: -0.03 },
    { name: 'sigmoid', source: 'sigmoid(1.5)', expected: sigmoid(1.5) },
    { name: 'tanh', source: 'tanh(0.5)', expected: Math.tanh(0.5) },
    { name: 'arithmetic precedence', source: '1 + 2 * 3 ^ 2', expected: 19 },
    { name: 'unary minus below ^', source: '-2 ^ 2', expected: -4 },
    { name: 'right-assoc ^', source: '2 ^ 3 ^ 2', expected: 512 },
    { name: 'division', source: '1 / 4', expected: 0.25 },
    { name: 'bound keywords then a call', source: 'leaky_relu(negative_slope=0.5)(-4)', expected: -2 },
    { name: 'gelu tanh approximation differs from exact', source: 'gelu(1, approximate="tanh") - gelu(1)', expected: 0.8411919906082768 - 0.8413447460685429 },
  ];
  for (const c of numbers) {
    it(c.name, () => assert.ok(Math.abs(numberOf(c.source) - c.expected) <= 1e-15 * Math.max(1, Math.abs(c.expected)), `${c.source} = ${numberOf(c.source)}`));
  }

  const vectors: Array<{ name: string; source: string; expected: number[] }> = [
    { name: 'relu elementwise', source: 'relu([-2, -1, 0, 1, 2])', expected: [0, 0, 0, 1, 2] },
    { name: 'leaky_relu elementwise with a keyword', source: 'leaky_relu([-10, 10], negative_slope=0.2)', expected: [-2, 10] },
    { name: 'vector arithmetic broadcasts', source: '[1, 2, 3] * 2 + [10, 20, 30]', expected: [12, 24, 36] },
    { name: 'negated vector', source: '-[1, -2]', expected: [-1, 2] },
    { name: 'empty vector', source: 'relu([])', expected: [] },
  ];
  for (const c of vectors) it(c.name, () => assert.deepStrictEqual(vectorOf(c.source), c.expected));

  it('names assigned in one run are visible later, until reset', () => {
    const ev = new Evaluator();
    assert.deepStrictEqual(run('x = [-1, 3]', ev), []);
    const [v] = run('relu(x)', ev);
    assert.ok(v.kind === 'vector');
    assert.deepStrictEqual([...v.items], [0, 3]);
    ev.reset();
    assert.throws(() => run('x', ev), /unknown name 'x'/);
  });

  it('an activation name without a call is a function value', () => {
    const v = one('gelu');
    assert.ok(v.kind === 'function' && v.callable.type === 'activation');
    assert.strictEqual(v.callable.spec.name, 'gelu');
  });

  it('keywords without x bind them into a new function value', () => {
    const v = one('leaky_relu(negative_slope=0.1)');
    assert.ok(v.kind === 'function' && v.callable.type === 'activation');
    assert.strictEqual(v.callable.params.negative_slope, 0.1);
    assert.deepStrictEqual(v.callable.bound, [['negative_slope', 0.1]]);
  });

  describe('plot', () => {
    it('samples 401 points on [-4, 4] with 0 and the integers among them', () => {
      const p = one('plot(relu, gelu, sigmoid, tanh)');
      assert.ok(p.kind === 'plot');
      assert.strictEqual(p.title, 'relu, gelu, sigmoid, tanh');
      assert.deepStrictEqual(p.range, [-4, 4]);
      assert.strictEqual(p.x.length, 401);
      assert.strictEqual(p.x[0], -4);
      assert.strictEqual(p.x[400], 4);
      for (let k = -4; k <= 4; k++) assert.ok(p.x.includes(k), `${k} is a sample`);
      for (let i = 1; i < p.x.length; i++) assert.ok(Math.abs(p.x[i] - p.x[i - 1] - 0.02) < 1e-12);
      assert.deepStrictEqual(p.series.map((s) => `${s.label}:${s.order}`), ['relu:0', 'relu:1', 'gelu:0', 'gelu:1', 'sigmoid:0', 'sigmoid:1', 'tanh:0', 'tanh:1']);
      const i0 = p.x.indexOf(0);
      const i1 = p.x.indexOf(1);
      // relu' jumps at its kink 0: a gap there (plot-gaps.ts), its neighbours 0 and 1.
      assert.deepStrictEqual([p.series[1].y[i0 - 1], p.series[1].y[i0], p.series[1].y[i0 + 1]], [0, NaN, 1], "relu' around 0");
      assert.strictEqual(p.series[0].y[i0], 0, 'relu(0) = 0');
      assert.strictEqual(p.series[0].y[i1], 1);
      assert.ok(Math.abs(p.series[4].y[i1] - sigmoid(1)) < 1e-15);
      assert.ok(Math.abs(p.series[5].y[i1] - sigmoid(1) * (1 - sigmoid(1))) < 1e-15);
    });
    it('takes range= and labels bound functions with their keywords', () => {
      const p = one('plot(leaky_relu(negative_slope=0.1), gelu(approximate="tanh"), range=[-1, 3])');
      assert.ok(p.kind === 'plot');
      assert.deepStrictEqual(p.range, [-1, 3]);
      assert.strictEqual(p.title, 'leaky_relu(negative_slope=0.1), gelu(approximate="tanh")');
      assert.strictEqual(p.x[0], -1);
      assert.strictEqual(p.x[400], 3);
      assert.strictEqual(p.series[0].y[0], -0.1);
      assert.strictEqual(p.series[1].y[0], 0.1);
    });
  });

  const errors: Array<{ name: string; source: string; message: string; line: number; column: number }> = [
    { name: 'unknown function with a suggestion', source: 'gleu(1)', message: "unknown function 'gleu'; did you mean 'gelu'?", line: 1, column: 1 },
    { name: 'unknown name (not called) with a suggestion', source: 'plot(gleu)', message: "unknown name 'gleu'; did you mean 'gelu'?", line: 1, column: 6 },
    { name: 'one-letter names get no far-fetched suggestion', source: 'x', message: "unknown name 'x'", line: 1, column: 1 },
    { name: 'unknown name without one', source: 'x = 1\nwibble', message: "unknown name 'wibble'", line: 2, column: 1 },
    { name: 'suggests assigned names too', source: 'slope = 1\nslpoe', message: "unknown name 'slpoe'; did you mean 'slope'?", line: 2, column: 1 },
    { name: '__proto__ is an ordinary unknown name', source: '__proto__', message: "unknown name '__proto__'", line: 1, column: 1 },
    { name: 'constructor is an ordinary unknown name', source: 'relu(constructor)', message: "unknown name 'constructor'", line: 1, column: 6 },
    { name: 'wrong keyword lists the accepted ones', source: 'leaky_relu(-2, slope=0.1)', message: "leaky_relu has no keyword argument 'slope'. It accepts: negative_slope, kink", line: 1, column: 16 },
    { name: 'near-miss keyword', source: 'leaky_relu(-2, negative_slop=0.1)', message: "leaky_relu has no keyword argument 'negative_slop'; did you mean 'negative_slope'? It accepts: negative_slope, kink", line: 1, column: 16 },
    { name: 'keyword on an activation without it', source: 'relu(1, alpha=2)', message: "relu has no keyword argument 'alpha'. It accepts: kink", line: 1, column: 9 },
    { name: 'keyword on a vector activation without parameters', source: 'softmax([1, 2], alpha=2)', message: "softmax has no keyword argument 'alpha'; softmax takes no keyword arguments", line: 1, column: 17 },
    { name: 'too many positional arguments', source: 'relu(1, 2)', message: 'relu takes 1 positional argument (x), got 2; pass kink by keyword, e.g. kink="pytorch"', line: 1, column: 9 },
    { name: 'parameter passed positionally', source: 'leaky_relu(-2, 0.1)', message: 'leaky_relu takes 1 positional argument (x), got 2; pass negative_slope, kink by keyword, e.g. negative_slope=0.01', line: 1, column: 16 },
    { name: 'no argument', source: 'tanh()', message: 'tanh takes 1 positional argument (x), got 0', line: 1, column: 1 },
    { name: 'wrong argument type', source: 'relu("a")', message: 'relu: argument x must be a number or a vector, got a string', line: 1, column: 6 },
    { name: 'function as an argument', source: 'sigmoid(relu)', message: 'sigmoid: argument x must be a number or a vector, got the function relu', line: 1, column: 9 },
    { name: 'bad choice', source: 'gelu(1, approximate="fast")', message: 'gelu: approximate must be one of "none", "tanh", got "fast"', line: 1, column: 21 },
    { name: 'number for a choice', source: 'gelu(1, approximate=1)', message: 'gelu: approximate must be one of "none", "tanh", got 1', line: 1, column: 21 },
    { name: 'string for a number', source: 'leaky_relu(1, negative_slope="x")', message: 'leaky_relu: negative_slope must be a number, got "x"', line: 1, column: 30 },
    { name: 'calling a number', source: '3(1)', message: 'cannot call a number: only functions can be called', line: 1, column: 1 },
    { name: 'vector of vectors', source: '[1, [2]]', message: 'vector elements must be numbers; element 2 is a vector of 1 number', line: 1, column: 5 },
    { name: 'vector lengths differ', source: '[1, 2] + [1, 2, 3]', message: "cannot apply '+' to vectors of different lengths (2 and 3)", line: 1, column: 8 },
    { name: 'adding a function', source: 'relu + 1', message: "cannot apply '+' to the function relu and a number", line: 1, column: 6 },
    { name: 'reassigning a built-in', source: 'gelu = 3', message: "'gelu' is a built-in function and cannot be assigned; choose another name, e.g. my_gelu", line: 1, column: 1 },
    { name: 'plot with nothing', source: 'plot()', message: 'plot needs at least one function, e.g. plot(relu)', line: 1, column: 1 },
    { name: 'plot of a number', source: 'plot(relu, 3)', message: 'plot: argument 2 must be a function, got a number', line: 1, column: 12 },
    { name: 'plot of plot', source: 'plot(plot)', message: 'plot: argument 1 (plot) is not a function of one number and cannot be plotted', line: 1, column: 6 },
    { name: 'plot with a bad range', source: 'plot(relu, range=[2, 1])', message: 'plot: range must be [a, b] with finite a < b, got [2, 1]', line: 1, column: 18 },
    { name: 'plot with a bad keyword', source: 'plot(relu, rnage=[0, 1])', message: "plot has no keyword argument 'rnage'; did you mean 'range'? It accepts: range, derivative, samples", line: 1, column: 12 },
  ];
  for (const e of errors) {
    it(`error: ${e.name}`, () => {
      assert.throws(
        () => run(e.source),
        (err: unknown) => {
          assert.ok(err instanceof LangError, String(err));
          assert.strictEqual(err.kind, 'eval');
          assert.strictEqual(err.message, e.message);
          assert.deepStrictEqual([err.span.line, err.span.column], [e.line, e.column]);
          return true;
        },
      );
    });
  }

  it('refuses vectors larger than the size limit', () => {
    const ev = new Evaluator({ maxElements: 3 });
    assert.deepStrictEqual(run('[1, 2, 3]', ev).length, 1);
    assert.throws(() => run('[1, 2, 3, 4]', ev), /value too large: 4 elements \(the limit is 3, the setting activationLab.kernel.maxElements\)/);
    assert.strictEqual(new Evaluator().maxElements, 10_000_000);
  });
});
