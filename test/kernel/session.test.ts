import * as assert from 'assert';
import { KernelSession } from '../../src/kernel/session';
import { validateChartPayload, type ChartPayloadV1 } from '../../src/shared/chart-payload';
import { MIME_CHART, MIME_JSON, MIME_TEXT } from '../../src/shared/mime-types';

describe('kernel/session: the cell-result contract', () => {
  it('relu(-2) gives exactly the documented JSON', async () => {
    const result = await new KernelSession().execute('relu(-2)');
    assert.strictEqual(
      JSON.stringify(result),
      '{"ok":true,"outputs":[{"items":[{"mime":"text/plain","data":"0"},{"mime":"application/json","data":0}]}],"error":null}',
    );
  });

  it('the four skeleton statements give 0, [0, 0, 0, 1, 2], -0.2 and a chart', async () => {
    const source = 'relu(-2)\nrelu([-2, -1, 0, 1, 2])\nleaky_relu(-2, negative_slope=0.1)\nplot(relu, gelu, sigmoid, tanh)';
    const result = await new KernelSession().execute(source);
    assert.strictEqual(result.ok, true);
    assert.strictEqual(result.error, null);
    assert.strictEqual(result.outputs.length, 4);
    // Several values: each output names its statement and echoes it in text/plain.
    assert.deepStrictEqual(result.outputs.map((o) => o.statement), ['relu(-2)', 'relu([-2, -1, 0, 1, 2])', 'leaky_relu(-2, negative_slope=0.1)', 'plot(relu, gelu, sigmoid, tanh)']);
    assert.deepStrictEqual(result.outputs[0].items, [{ mime: MIME_TEXT, data: 'relu(-2)  →  0' }, { mime: MIME_JSON, data: 0 }]);
    assert.deepStrictEqual(result.outputs[1].items, [{ mime: MIME_TEXT, data: 'relu([-2, -1, 0, 1, 2])  →  [0, 0, 0, 1, 2]' }, { mime: MIME_JSON, data: [0, 0, 0, 1, 2] }]);
    assert.deepStrictEqual(result.outputs[2].items, [{ mime: MIME_TEXT, data: 'leaky_relu(-2, negative_slope=0.1)  →  -0.2' }, { mime: MIME_JSON, data: -0.2 }]);
    const chart = result.outputs[3].items;
    assert.deepStrictEqual(chart.map((i) => i.mime), [MIME_TEXT, MIME_CHART, 'image/svg+xml']);
    assert.strictEqual(chart[0].data, 'plot(relu, gelu, sigmoid, tanh)  →  chart: relu, gelu, sigmoid, tanh on [-4, 4]');
    assert.strictEqual((chart[1].data as ChartPayloadV1).statement, 'plot(relu, gelu, sigmoid, tanh)');
    const checked = validateChartPayload(JSON.parse(JSON.stringify(chart[1].data)));
    assert.ok(checked.ok, checked.ok ? '' : checked.reason);
    const payload = chart[1].data as ChartPayloadV1;
    assert.strictEqual(payload.version, 1);
    assert.strictEqual(payload.title, 'relu, gelu, sigmoid, tanh');
    assert.deepStrictEqual(payload.range, [-4, 4]);
    assert.strictEqual(payload.x.length, 401);
    assert.deepStrictEqual(payload.series.map((s) => [s.label, s.order]), [
      ['relu', 0], ['relu', 1], ['gelu', 0], ['gelu', 1], ['sigmoid', 0], ['sigmoid', 1], ['tanh', 0], ['tanh', 1],
    ]);
    const at2 = payload.x.indexOf(2);
    assert.strictEqual(payload.series[0].y[at2], 2);
    assert.ok(Math.abs((payload.series[6].y[at2] as number) - Math.tanh(2)) < 1e-15);
  });

  it('full precision in JSON, 6 significant digits in text', async () => {
    const r = await new KernelSession().execute('sigmoid(1)');
    assert.strictEqual(r.outputs[0].items[0].data, '0.731059');
    assert.strictEqual(r.outputs[0].items[1].data, 1 / (1 + Math.exp(-1)));
  });

  it('non-finite numbers are JSON strings and text words', async () => {
    const r = await new KernelSession().execute('1/0; [0/0, -1/0, 1]');
    assert.deepStrictEqual(r.outputs[0].items, [{ mime: MIME_TEXT, data: '1/0  →  Infinity' }, { mime: MIME_JSON, data: 'Infinity' }]);
    assert.deepStrictEqual(r.outputs[1].items, [{ mime: MIME_TEXT, data: '[0/0, -1/0, 1]  →  [NaN, -Infinity, 1]' }, { mime: MIME_JSON, data: ['NaN', '-Infinity', 1] }]);
  });

  it('a function value shows as text only', async () => {
    const r = await new KernelSession().execute('gelu');
    assert.deepStrictEqual(r.outputs, [{ items: [{ mime: MIME_TEXT, data: '<activation gelu>' }] }]);
  });

  it('non-finite chart samples become null', async () => {
    const r = await new KernelSession().execute('plot(leaky_relu(negative_slope=1/0), range=[-1, 1])');
    assert.ok(r.ok, JSON.stringify(r.error));
    const payload = r.outputs[0].items[1].data as ChartPayloadV1;
    assert.ok(validateChartPayload(payload).ok);
    assert.strictEqual(payload.series[0].y[0], null);
    assert.strictEqual(payload.series[0].y[400], 1);
  });

  it('assignments show nothing; names persist across cells until reset', async () => {
    const session = new KernelSession();
    const a = await session.execute('x = [-1, 2]');
    assert.deepStrictEqual(a, { ok: true, outputs: [], error: null });
    const b = await session.execute('relu(x)');
    assert.deepStrictEqual(b.outputs[0].items[1], { mime: MIME_JSON, data: [0, 2] });
    session.reset();
    const c = await session.execute('relu(x)');
    assert.strictEqual(c.ok, false);
    assert.strictEqual(c.error?.message, "unknown name 'x'");
  });

  it('a parse error: nothing runs, position of the offending token', async () => {
    const r = await new KernelSession().execute('relu(1,,2)');
    assert.deepStrictEqual(r, {
      ok: false,
      outputs: [],
      error: { message: "expected an expression, found ','", line: 1, column: 8, endLine: 1, endColumn: 8 },
    });
  });

  it('an evaluation error keeps the outputs before it and stops there', async () => {
    const r = await new KernelSession().execute('relu(-2)\ngleu(1)\nrelu(3)');
    assert.strictEqual(r.ok, false);
    assert.strictEqual(r.outputs.length, 1);
    assert.deepStrictEqual(r.error, { message: "unknown function 'gleu'; did you mean 'gelu'?", line: 2, column: 1, endLine: 2, endColumn: 4 });
  });

  it('a JavaScript exception inside the evaluator becomes an error result', async () => {
    const session = new KernelSession();
    // Simulate a bug: an activation kernel that throws.
    const evaluator = (session as unknown as { evaluator: { execute: () => never } }).evaluator;
    evaluator.execute = () => {
      throw new TypeError('boom');
    };
    const r = await session.execute('relu(1)');
    assert.strictEqual(r.ok, false);
    assert.match(r.error!.message, /^internal error: boom/);
    assert.deepStrictEqual([r.error!.line, r.error!.column], [1, 1]);
  });

  it('deep nesting does not escape as an exception', async () => {
    const source = '('.repeat(20000) + '1' + ')'.repeat(20000);
    const r = await new KernelSession().execute(source);
    assert.strictEqual(r.ok, false);
    assert.ok(r.error && r.error.message.length > 0);
  });

  it('several values in one cell: each output names its statement; one value stays bare', async () => {
    const session = new KernelSession();
    const r = await session.execute('swish_b = swish(beta=1.5)\nd(swish_b)(0.3)\nd(relu)(0, kink="mean")\ngelu');
    assert.deepStrictEqual(r.outputs.map((o) => o.statement), ['d(swish_b)(0.3)', 'd(relu)(0, kink="mean")', 'gelu']);
    assert.match(r.outputs[0].items[0].data as string, /^d\(swish_b\)\(0\.3\)  →  0\.\d+$/);
    assert.strictEqual(r.outputs[1].items[0].data, 'd(relu)(0, kink="mean")  →  0.5');
    assert.strictEqual(r.outputs[2].items[0].data, 'gelu  →  <activation gelu>');
    // Assignments show nothing, so one shown value is bare; so is the one value before an error.
    assert.deepStrictEqual((await session.execute('y = 2\nrelu(y)')).outputs, [{ items: [{ mime: MIME_TEXT, data: '2' }, { mime: MIME_JSON, data: 2 }] }]);
    const failed = await session.execute('relu(1)\nnope(2)');
    assert.strictEqual(failed.ok, false);
    assert.strictEqual(failed.outputs[0].statement, undefined);
  });

  it('a labelled multi-line value starts on the next line; a long statement is shortened to one line', async () => {
    const r = await new KernelSession().execute('table(relu, at=[0, 1])\nrelu(\n  2\n)');
    assert.match(r.outputs[0].items[0].data as string, /^table\(relu, at=\[0, 1\]\)  →\n/);
    assert.strictEqual(r.outputs[1].statement, 'relu( 2 )');
    const markdown = r.outputs[0].items.find((i) => i.mime === 'text/markdown')?.data as string;
    assert.ok(markdown.startsWith('`table(relu, at=[0, 1])`\n\n'), markdown);
  });
});
