import * as assert from 'assert';
import * as vscode from 'vscode';
import { MIME_CHART, MIME_ERROR, MIME_MARKDOWN, MIME_TEXT } from '../../../src/shared/mime-types';
import { activateExtension, codeCells, executeCells, item, openWithKernel, workspaceUri } from './notebook-helpers';

/** Every output item's MIME types of a cell, in order, one string per output. */
function mimesOf(cell: vscode.NotebookCell): string[] {
  return cell.outputs.map((o) => o.items.map((i) => i.mime).join(' '));
}

/** The values a cell shows; a cell showing several echoes each after its statement (`source  →  value`). */
function texts(cell: vscode.NotebookCell): string[] {
  const all = cell.outputs.map((_, index) => item(cell, MIME_TEXT, index));
  if (all.length < 2) return all;
  return all.map((text) => {
    const echo = /^[^\n]*?  →(  |\n)/.exec(text);
    assert.ok(echo, `no statement echo in ${JSON.stringify(text)}`);
    return text.slice(echo[0].length);
  });
}

describe('tour.actnb in a real VS Code', () => {
  let cells: vscode.NotebookCell[];

  before(async () => {
    await activateExtension();
    const editor = await openWithKernel(workspaceUri('tour.actnb'));
    await executeCells(editor);
    cells = codeCells(editor.notebook);
  });

  it('runs every cell; only the deliberate error cell fails, and it is the last', () => {
    const failed = cells.filter((c) => c.executionSummary?.success !== true).map((c) => c.document.getText());
    assert.deepStrictEqual(failed, ['gleu(1)']);
  });

  it('arithmetic, broadcasting, precedence and slicing', () => {
    assert.deepStrictEqual(texts(cells[0]), ['[-2, -1, 0, 1, 2]', '[2, 1, 0, 0, 0]', '-4', '[-1, 0]']);
  });

  it('user functions with keyword parameters and lambdas, checked against the closed form', () => {
    const swish = (x: number, beta: number) => x / (1 + Math.exp(-beta * x));
    const [a, b, c] = texts(cells[1]);
    assert.strictEqual(Number(a), Number(swish(1, 1.5).toPrecision(6)));
    assert.strictEqual(Number(b), Number(swish(1, 2).toPrecision(6)));
    assert.strictEqual(c, '[1, 4, 9]');
  });

  it('derivatives: autodiff of a user function, exact rules and kink conventions', () => {
    const s = (z: number) => 1 / (1 + Math.exp(-z));
    const dSwish = (x: number, b: number) => s(b * x) + b * x * s(b * x) * (1 - s(b * x));
    const [d1, d2, , d4, d5] = texts(cells[2]).map(Number);
    assert.ok(Math.abs(d1 - dSwish(0.3, 1.5)) < 5e-6, `${d1}`);
    assert.strictEqual(d2, 0.2);
    assert.strictEqual(d4, 0);
    assert.strictEqual(d5, 0.5);
  });

  it('plot with derivative=2 sends value, first and second derivative series on the asked range', () => {
    const payload = JSON.parse(item(cells[3], MIME_CHART));
    assert.deepStrictEqual(payload.range, [-5, 3]);
    const orders = new Set(payload.series.map((s: { order: number }) => s.order));
    assert.deepStrictEqual([...orders].sort(), [0, 1, 2]);
  });

  it('table, compare and describe show markdown tables and charts', () => {
    assert.ok(mimesOf(cells[4]).some((m) => m.includes(MIME_MARKDOWN)), mimesOf(cells[4]).join(' / '));
    assert.match(item(cells[4], MIME_MARKDOWN), /gelu′?\(x\)/);
    assert.ok(mimesOf(cells[5]).some((m) => m.includes(MIME_CHART)));
    const describe = mimesOf(cells[6]).join(' / ');
    assert.ok(describe.includes(MIME_MARKDOWN) && describe.includes(MIME_CHART), describe);
    assert.match(item(cells[6], MIME_MARKDOWN), /Misra/);
  });

  it('the error cell names line, column and the nearest name', () => {
    const cell = cells[cells.length - 1];
    const error = JSON.parse(item(cell, MIME_ERROR, cell.outputs.length - 1));
    assert.match(error.message, /line 1, column 1/);
    assert.match(error.message, /did you mean 'gelu'/);
  });
});
