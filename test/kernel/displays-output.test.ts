/** How the kernel turns tables, comparisons and descriptions into output items (new MIME types just add items). */
import * as assert from 'assert';
import { KernelSession } from '../../src/kernel/session';
import { validateChartPayload, type ChartPayloadV1 } from '../../src/shared/chart-payload';
import { MIME_CHART, MIME_HTML, MIME_JSON, MIME_MARKDOWN, MIME_SVG, MIME_TEXT } from '../../src/shared/mime-types';

function mimes(result: { outputs: Array<{ items: Array<{ mime: string }> }> }): string[][] {
  return result.outputs.map((o) => o.items.map((i) => i.mime));
}

describe('kernel: outputs of the displays', () => {
  it('table: text/plain, text/markdown, text/html and application/json at full precision (non-finite as strings)', () => {
    const r = new KernelSession().executeSync('table(x -> 1 / x, at=[0, 3], derivative=false)');
    assert.ok(r.ok, JSON.stringify(r.error));
    assert.deepStrictEqual(mimes(r), [[MIME_TEXT, MIME_MARKDOWN, MIME_HTML, MIME_JSON]]);
    const [text, markdown, , json] = r.outputs[0].items;
    assert.strictEqual(text.data, ['x  (x -> 1 / x)(x)', '-  ---------------', '0         Infinity', '3         0.333333'].join('\n'));
    // '>' is escaped in Markdown (lang/builtins/markup-escape.ts markdownText); it still renders as '>'.
    // Short texts keep together in a narrow table: their spaces are non-breaking (format-table.ts keepTogether).
    assert.strictEqual(markdown.data, '| x | (x\u00a0-\\>\u00a01\u00a0/\u00a0x)(x) |\n| ---: | ---: |\n| 0 | Infinity |\n| 3 | 0.333333 |');
    assert.deepStrictEqual(json.data, { title: 'x -> 1 / x', columns: ['x', '(x -> 1 / x)(x)'], rows: [[0, 'Infinity'], [3, 1 / 3]], notes: [] });
  });

  it('compare: a chart output, then the property table output', () => {
    const r = new KernelSession().executeSync('compare(relu, gelu)');
    assert.ok(r.ok, JSON.stringify(r.error));
    assert.deepStrictEqual(mimes(r), [[MIME_TEXT, MIME_CHART, MIME_SVG], [MIME_TEXT, MIME_MARKDOWN, MIME_HTML, MIME_JSON]]);
    const chart = r.outputs[0].items[1].data as ChartPayloadV1;
    assert.ok(validateChartPayload(JSON.parse(JSON.stringify(chart))).ok);
    assert.deepStrictEqual(chart.series.map((s) => [s.label, s.order]), [['relu', 0], ['relu', 1], ['gelu', 0], ['gelu', 1]]);
    const markdown = r.outputs[1].items[1].data as string;
    // "monotonic on [-4, 4]" and the ranges never wrap: non-breaking spaces inside a cell.
    assert.match(markdown, /^\| function \| range \| monotonic\u00a0on\u00a0\\\[-4,\u00a04\\\] \| f\(0\) \| f′\(0\) \| zeros\u00a0for\u00a0N\(0,1\) \| mean\u00a0for\u00a0N\(0,1\) \| std\u00a0for\u00a0N\(0,1\) \|\n/);
    assert.match(markdown, /\n\| relu \| \\\[0,\u00a0∞\) \| non-decreasing \|/);
  });

  it('describe(activation): Markdown doc record, then its chart with f″', () => {
    const r = new KernelSession().executeSync('describe(sigmoid)');
    assert.ok(r.ok, JSON.stringify(r.error));
    assert.deepStrictEqual(mimes(r), [[MIME_TEXT, MIME_MARKDOWN], [MIME_TEXT, MIME_CHART, MIME_SVG]]);
    const markdown = r.outputs[0].items[1].data as string;
    for (const heading of ['**Formula:**', '**Derivative:**', '**Range:**', '**Properties:**', '**Origin:**']) assert.ok(markdown.includes(heading), heading);
    assert.match(markdown, /^### Sigmoid — `sigmoid`/);
    const chart = r.outputs[1].items[1].data as ChartPayloadV1;
    assert.deepStrictEqual(chart.series.map((s) => s.order), [0, 1, 2]);
    const at0 = chart.x.indexOf(0);
    assert.strictEqual(chart.series[0].y[at0], 0.5);
    assert.strictEqual(chart.series[1].y[at0], 0.25);
    assert.ok(chart.series[2].y[at0] === 0, 'sigmoid″(0) = 0');
  });

  it('a plot with a note keeps the contract: text/plain names the note', () => {
    const r = new KernelSession().executeSync('plot(relu, x -> x, derivative=false)');
    assert.ok(r.ok);
    assert.strictEqual(r.outputs[0].items[0].data, 'chart: relu, x -> x on [-4, 4]');
  });

  it('several syntax errors: the first is the error, the message names the others', () => {
    // An unclosed '(' joins the lines after it (newlines inside brackets do not end a statement).
    const r = new KernelSession().executeSync('x = (1 +\n\nrelu(1 2)');
    assert.strictEqual(r.ok, false);
    assert.deepStrictEqual([r.error?.line, r.error?.column], [3, 8]);
    const one = new KernelSession().executeSync('a = 1 +\nb = * 2\nrelu(1 2)');
    assert.deepStrictEqual([one.error?.line, one.error?.column], [1, 8]);
    assert.strictEqual(
      one.error?.message,
      "expected an expression, found end of line (2 more syntax errors in this cell — line 2, column 5: expected an expression, found '*'; line 3, column 8: expected ')' after arguments, found number 2 (the '(' is at line 3, column 5))",
    );
    assert.deepStrictEqual(one.outputs, []);
  });

  it('names defined in one cell are visible in the next; definedNames lists them', () => {
    const session = new KernelSession();
    assert.ok(session.executeSync('swish_b(x, beta=1.5) = x * sigmoid(beta * x)\nk = 2').ok);
    const r = session.executeSync('swish_b(k)');
    assert.strictEqual(r.outputs[0].items[1].data, 2 / (1 + Math.exp(-3)));
    assert.deepStrictEqual(session.definedNames(), [
      { name: 'swish_b', value: '<function swish_b(x, beta=1.5) = x * sigmoid(beta * x)>' },
      { name: 'k', value: '2' },
    ]);
  });

  it('runaway work ends in a positioned error with the limits of the session', () => {
    const session = new KernelSession({ maxSteps: 50_000, maxCallDepth: 100 });
    const steps = session.executeSync('h(n) = where(n < 1, 0, h(n - 1) + h(n - 1))\nh(25)');
    assert.strictEqual(steps.ok, false);
    assert.match(steps.error!.message, /^too much work: more than 50,000 steps in one statement/);
    assert.deepStrictEqual([steps.error!.line, steps.error!.column, steps.error!.endColumn], [2, 1, 5]);
    const depth = session.executeSync('r(n) = r(n + 1)\nr(0)');
    assert.strictEqual(depth.error!.message, 'recursion too deep: more than 100 nested calls of user functions (does r call itself without end?)');
    assert.deepStrictEqual([depth.error!.line, depth.error!.column], [1, 8]);
  });
});

describe('kernel: errors inside functions defined in another cell', () => {
  const cases: Array<{ name: string; cells: string[]; message: string; line: number; column: number }> = [
    {
      name: 'moves to the call in the running cell, saying where in the function',
      cells: ['f(x) = x * 2', '\ny = f("a")'],
      message: "cannot apply '*' to a string and a number (in f from another cell, at its line 1, column 10)",
      line: 2,
      column: 5,
    },
    {
      name: 'through two functions of earlier cells, the innermost is named',
      cells: ['g(x) = x[5]', 'f(x) = 1 + g(x)', 'f([1, 2])'],
      message: 'index 5 is out of range for a vector of 2 items: valid indexes are 0 to 1, or -2 to -1 from the end (in g from another cell, at its line 1, column 10)',
      line: 1,
      column: 1,
    },
    {
      name: 'an error in a lambda of the running cell stays where it is',
      cells: ['apply(h, x) = h(x)', 'apply(t -> t + "s", 1)'],
      message: "cannot apply '+' to a number and a string",
      line: 1,
      column: 14,
    },
    {
      name: 'through a built-in that calls the function',
      cells: ['bad(x) = x + "s"', 'plot(relu,\n  bad)'],
      message: "cannot apply '+' to a number and a string (in bad from another cell, at its line 1, column 12)",
      line: 2,
      column: 3,
    },
    {
      name: 'a function of the same cell keeps its own span',
      cells: ['f(x) = x * "a"\nf(1)'],
      message: "cannot apply '*' to a number and a string",
      line: 1,
      column: 10,
    },
  ];
  for (const c of cases) {
    it(c.name, () => {
      const session = new KernelSession();
      const results = c.cells.map((cell) => session.executeSync(cell));
      results.slice(0, -1).forEach((r) => assert.ok(r.ok, JSON.stringify(r.error)));
      const error = results[results.length - 1].error;
      assert.strictEqual(error?.message, c.message);
      assert.deepStrictEqual([error?.line, error?.column], [c.line, c.column]);
    });
  }
});
