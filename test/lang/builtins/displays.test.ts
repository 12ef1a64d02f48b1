/**
 * plot, table, compare and describe: options, series, values against closed forms (Python's math
 * for gelu and sigmoid), and the N(0, 1) properties against their exact values for relu:
 * mean 1/sqrt(2π), std sqrt(1/2 - 1/(2π)), half the outputs exactly 0.
 */
import * as assert from 'assert';
import { formatValue } from '../../../src/kernel/format/format-value';
import type { CompareValue, DescribeValue, PlotValue, TableValue } from '../../../src/lang/runtime/values';
import { close, errorTable, last } from '../lang-helpers';

function plotOf(source: string): PlotValue {
  const v = last(source);
  assert.strictEqual(v.kind, 'plot');
  return v;
}

function series(p: PlotValue): string[] {
  return p.series.map((s) => `${s.label}:${s.order}`);
}

describe('lang: plot', () => {
  const cases: Array<{ name: string; source: string; series: string[]; samples?: number; range?: [number, number] }> = [
    { name: 'default: f and f′', source: 'plot(relu, tanh)', series: ['relu:0', 'relu:1', 'tanh:0', 'tanh:1'], samples: 401, range: [-4, 4] },
    { name: 'derivative=false', source: 'plot(relu, derivative=false)', series: ['relu:0'] },
    { name: 'derivative="only"', source: 'plot(relu, derivative="only")', series: ['relu:1'] },
    { name: 'derivative=2', source: 'plot(sigmoid, derivative=2)', series: ['sigmoid:0', 'sigmoid:1', 'sigmoid:2'] },
    { name: 'samples and range', source: 'plot(gelu, range=[0, 1], samples=11)', series: ['gelu:0', 'gelu:1'], samples: 11, range: [0, 1] },
    { name: 'a lambda is labelled by its text', source: 'plot(x -> x^2, derivative=false)', series: ['x -> x^2:0'] },
    { name: 'a user function with a keyword bound', source: 'sw(x, beta=1) = x * sigmoid(beta * x)\nplot(sw(beta=2), derivative=false)', series: ['sw(beta=2):0'] },
    { name: 'an elementwise built-in', source: 'plot(exp, range=[0, 1], derivative=false)', series: ['exp:0'] },
  ];
  for (const c of cases) {
    it(c.name, () => {
      const p = plotOf(c.source);
      assert.deepStrictEqual(series(p), c.series);
      if (c.samples) assert.strictEqual(p.x.length, c.samples);
      if (c.range) assert.deepStrictEqual([p.x[0], p.x[p.x.length - 1]], c.range);
    });
  }

  it('a user function is sampled exactly: f(x) = x * sigmoid(x) at every x', () => {
    const p = plotOf('f(x) = x * sigmoid(x)\nplot(f, derivative=false, samples=21)');
    p.x.forEach((x, i) => assert.ok(close(p.series[0].y[i], x / (1 + Math.exp(-x)), 1e-15)));
  });

  it('a function that gives one number is drawn flat; one that does not vectorise is sampled point by point', () => {
    const flat = plotOf('plot(x -> 2, derivative=false, samples=5)');
    assert.deepStrictEqual([...flat.series[0].y], [2, 2, 2, 2, 2]);
    const pointwise = plotOf('plot(x -> sum([x, x]), derivative=false, samples=3, range=[0, 1])');
    assert.deepStrictEqual([...pointwise.series[0].y], [0, 1, 2]);
  });

  it('the derivative of a user function comes from d (automatic differentiation): f(x) = x^3 gives 3x^2', () => {
    const p = plotOf('f(x) = x^3\nplot(f, samples=5, range=[-1, 1])');
    assert.deepStrictEqual(series(p), ['f:0', 'f:1']);
    p.x.forEach((x, i) => assert.ok(close(p.series[1].y[i], 3 * x * x, 1e-14), `f'(${x})`));
    assert.deepStrictEqual(p.notes, []);
  });

  it('a derivative that cannot be had becomes a note under the chart, not an error', () => {
    // relu has hand-written rules up to the second derivative only, so d(relu, 2) has no derivative.
    const p = plotOf('plot(d(relu, 2), samples=5)');
    assert.deepStrictEqual(series(p), ['d(relu, 2):0']);
    assert.strictEqual(p.notes.length, 1);
    assert.match(p.notes[0], /^d\(relu, 2\)′ not shown: .*third derivatives of relu are not available/);
  });

  it('text form', () => {
    assert.strictEqual(formatValue(plotOf('plot(relu, gelu, range=[-1, 2])')), 'chart: relu, gelu on [-1, 2]');
  });

  errorTable([
    { name: 'plot with nothing', source: 'plot()', message: 'plot needs at least one function, e.g. plot(relu)', line: 1, column: 1 },
    { name: 'bad derivative choice', source: 'plot(relu, derivative=3)', message: 'plot: derivative must be true, false, "only" or 2, got 3', line: 1, column: 23 },
    { name: 'too few samples', source: 'plot(relu, samples=1)', message: 'plot: argument samples must be a whole number of at least 2, got 1', line: 1, column: 20 },
    { name: 'too many samples', source: 'plot(relu, samples=1e6)', message: 'plot: samples must be at most 100,000, got 1000000', line: 1, column: 20 },
    { name: 'a vector activation', source: 'plot(relu, softmax)', message: 'plot: argument 2 (softmax) is not a function of one number and cannot be plotted', line: 1, column: 12 },
    { name: 'a function of two numbers', source: 'g(a, b) = a + b\nplot(g)', message: 'plot: argument 1 (g) is not a function of one number and cannot be plotted', line: 2, column: 6 },
    { name: 'range not an interval', source: 'plot(relu, range=[1, 1])', message: 'plot: range must be [a, b] with finite a < b, got [1, 1]', line: 1, column: 18 },
    { name: 'range not a vector', source: 'plot(relu, range=4)', message: 'plot: argument range must be a vector [a, b] of two numbers, got a number', line: 1, column: 18 },
    { name: 'a function that gives a string', source: 'plot(x -> "a")', message: 'x -> "a" must give a number for each x, but at x = -4 it gave a string', line: 1, column: 6 },
  ]);
});

describe('lang: table', () => {
  it('values and derivatives at the points (gelu against Python math.erf)', () => {
    const t = last('table(relu, gelu, at=[-1, 1])') as TableValue;
    assert.strictEqual(t.kind, 'table');
    assert.deepStrictEqual(t.columns, ['x', 'relu(x)', 'relu′(x)', 'gelu(x)', 'gelu′(x)']);
    assert.deepStrictEqual(t.rows.map((r) => r.slice(0, 3)), [[-1, 0, 0], [1, 1, 1]]);
    const expected = [[-0.15865525393145707, -0.08331547058768629], [0.8413447460685429, 1.0833154705876864]];
    t.rows.forEach((r, i) => {
      assert.ok(close(r[3] as number, expected[i][0], 1e-15) && close(r[4] as number, expected[i][1], 1e-15), JSON.stringify(r));
    });
  });

  it('default points, derivative=false, and a user function', () => {
    const t = last('f(x) = 2 * x + 1\ntable(f, derivative=false)') as TableValue;
    assert.deepStrictEqual(t.columns, ['x', 'f(x)']);
    assert.deepStrictEqual(t.rows, [[-2, -3], [-1, -1], [0, 1], [1, 3], [2, 5]]);
  });

  it('text form: aligned columns under a rule', () => {
    const text = formatValue(last('table(sigmoid, at=[0, 0.5], derivative=false)'));
    assert.strictEqual(text, ['  x  sigmoid(x)', '---  ----------', '  0         0.5', '0.5    0.622459'].join('\n'));
  });

  errorTable([
    { name: 'at is not a vector', source: 'table(relu, at="x")', message: 'table: argument at must be a vector of x values, got a string', line: 1, column: 16 },
    { name: 'not a function', source: 'table(relu, 3)', message: 'table: argument 2 must be a function, got a number', line: 1, column: 13 },
  ]);
});

describe('lang: compare and describe', () => {
  it('relu: half the N(0,1) outputs are 0, mean 1/sqrt(2π), std sqrt(1/2 - 1/(2π)); sigmoid at 0 is 1/2 with slope 1/4', () => {
    const c = last('compare(relu, sigmoid, tanh)') as CompareValue;
    assert.strictEqual(c.kind, 'compare');
    assert.deepStrictEqual(series(c.plot), ['relu:0', 'relu:1', 'sigmoid:0', 'sigmoid:1', 'tanh:0', 'tanh:1']);
    const [relu, sigmoid, tanh] = c.properties.rows;
    assert.deepStrictEqual(relu.slice(0, 6), ['relu', '[0, ∞)', 'non-decreasing', 0, 0, '50%']);
    assert.ok(close(relu[6] as number, 1 / Math.sqrt(2 * Math.PI), 1e-11), String(relu[6]));
    assert.ok(close(relu[7] as number, Math.sqrt(0.5 - 1 / (2 * Math.PI)), 1e-11), String(relu[7]));
    assert.deepStrictEqual(sigmoid.slice(2, 6), ['increasing', 0.5, 0.25, '0%']);
    assert.ok(Math.abs(tanh[6] as number) < 1e-12, 'tanh is odd: mean 0');
  });

  it('a user function gets its observed range', () => {
    const c = last('compare(x -> x^2, range=[-2, 2])') as CompareValue;
    assert.deepStrictEqual(c.properties.rows[0].slice(0, 3), ['x -> x^2', '[0, 4] on [-2, 2]', 'no']);
    const up = last('compare(x -> x^3, range=[-1, 1])') as CompareValue;
    assert.deepStrictEqual(up.properties.rows[0].slice(1, 3), ['[-1, 1] on [-1, 1]', 'increasing']);
  });

  it('describe(gelu) carries the doc record, kinks, properties and a chart with f″', () => {
    const d = last('describe(gelu)') as DescribeValue;
    assert.strictEqual(d.kind, 'describe');
    assert.strictEqual(d.doc?.name, 'gelu');
    assert.strictEqual(d.doc?.displayName, 'GELU');
    assert.strictEqual(d.definition, undefined);
    assert.deepStrictEqual(series(d.plot!), ['gelu:0', 'gelu:1', 'gelu:2']);
    assert.strictEqual(d.properties!.rows[0][0], 'gelu');
    assert.strictEqual(d.doc?.derivativeKind, 'derivative');
    const text = formatValue(d);
    assert.match(text, /^GELU \(gelu\)\n/);
    assert.match(text, /origin: +Dan Hendrycks, Kevin Gimpel \(2016\)/);
  });

  it('describe of a user function shows its definition', () => {
    const d = last('swish_b(x, beta=1.5) = x * sigmoid(beta * x)\ndescribe(swish_b)') as DescribeValue;
    assert.strictEqual(d.doc, undefined);
    assert.strictEqual(d.definition, 'swish_b(x, beta=1.5) = x * sigmoid(beta * x)');
    assert.match(formatValue(d), /^swish_b\(x, beta=1\.5\) = x \* sigmoid\(beta \* x\)\n/);
  });

  it('describe(softmax): the record of a vector activation, with its Jacobian and shape, and the chart of a slice (describe-vector.test.ts)', () => {
    const d = last('describe(softmax)') as DescribeValue;
    assert.strictEqual(d.doc?.derivativeKind, 'Jacobian');
    assert.strictEqual(d.doc?.shape, 'n → n');
    assert.deepStrictEqual(d.plot?.labels, ['softmax([x, 0])[0]']);
    assert.match(formatValue(d), /^Softmax \(softmax\)\n[^]*\nJacobian: +J = /);
  });

  errorTable([
    { name: 'describe of a number', source: 'describe(3)', message: 'describe: argument f must be a function, got a number', line: 1, column: 10 },
    { name: 'describe of two functions', source: 'describe(relu, gelu)', message: 'describe takes 1 positional argument (f), got 2', line: 1, column: 16 },
    { name: 'compare of nothing', source: 'compare()', message: 'compare needs at least one function, e.g. compare(relu)', line: 1, column: 1 },
  ]);
});
