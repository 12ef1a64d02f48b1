import * as assert from 'assert';
import * as vscode from 'vscode';
import { MIME_CHART, MIME_ERROR, MIME_TEXT, MIME_VALUE } from '../../../src/shared/mime-types';
import { activateExtension, codeCells, executeCells, ExtensionApi, item, openWithKernel, workspaceUri } from './notebook-helpers';
import { waitFor } from './wait';

describe('welcome.actnb in a real VS Code', () => {
  let api: ExtensionApi;
  let editor: vscode.NotebookEditor;

  before(async () => {
    api = await activateExtension();
    editor = await openWithKernel(workspaceUri('welcome.actnb'));
    await executeCells(editor);
  });

  it('opens as an Activation Lab notebook with activation code cells', () => {
    assert.strictEqual(editor.notebook.notebookType, 'activation-lab-notebook');
    const cells = codeCells(editor.notebook);
    assert.ok(cells.length >= 4, `expected at least 4 code cells, found ${cells.length}`);
    for (const cell of cells) assert.strictEqual(cell.document.languageId, 'activation');
  });

  it('every code cell succeeded, in execution order', () => {
    const cells = codeCells(editor.notebook);
    const orders = cells.map((c) => c.executionSummary?.executionOrder);
    for (const [i, cell] of cells.entries()) {
      assert.strictEqual(cell.executionSummary?.success, true, `cell ${i} failed: ${cell.outputs.map((o) => o.items.map((x) => new TextDecoder().decode(x.data)).join()).join()}`);
    }
    for (let i = 1; i < orders.length; i++) assert.ok(orders[i]! > orders[i - 1]!, `execution order ${orders.join(', ')}`);
  });

  it('relu(-2) shows 0 as text, with the number kept as JSON', () => {
    const cell = codeCells(editor.notebook)[0];
    assert.strictEqual(cell.document.getText().trim(), 'relu(-2)');
    assert.strictEqual(item(cell, MIME_TEXT), '0');
    assert.strictEqual(JSON.parse(item(cell, MIME_VALUE)), 0);
  });

  it('relu over a vector shows [0, 0, 0, 1, 2]', () => {
    const cell = codeCells(editor.notebook)[1];
    assert.strictEqual(item(cell, MIME_TEXT), '[0, 0, 0, 1, 2]');
    assert.deepStrictEqual(JSON.parse(item(cell, MIME_VALUE)), [0, 0, 0, 1, 2]);
  });

  it('leaky_relu with a keyword argument shows -0.2', () => {
    const cell = codeCells(editor.notebook)[2];
    assert.strictEqual(item(cell, MIME_TEXT), '-0.2');
    assert.strictEqual(JSON.parse(item(cell, MIME_VALUE)), -0.2);
  });

  it('plot(relu, gelu, sigmoid, tanh) outputs a chart payload of each function and its derivative on [-4, 4]', () => {
    const cell = codeCells(editor.notebook)[3];
    const payload = JSON.parse(item(cell, MIME_CHART));
    assert.strictEqual(payload.version, 1);
    assert.deepStrictEqual(payload.range, [-4, 4]);
    assert.strictEqual(payload.x[0], -4);
    assert.strictEqual(payload.x[payload.x.length - 1], 4);
    const labels = payload.series.map((s: { label: string; order: number }) => `${s.label}/${s.order}`).sort();
    assert.deepStrictEqual(labels, ['gelu/0', 'gelu/1', 'relu/0', 'relu/1', 'sigmoid/0', 'sigmoid/1', 'tanh/0', 'tanh/1']);
    const sigmoid = payload.series.find((s: { label: string; order: number }) => s.label === 'sigmoid' && s.order === 0);
    const at = payload.x.indexOf(1);
    assert.ok(at >= 0, 'x = 1 is a sample point');
    assert.ok(Math.abs(sigmoid.y[at] - 1 / (1 + Math.exp(-1))) < 1e-12);
  });

  it('the renderer drew the chart (non-blank canvas, reported back through renderer messaging)', async () => {
    const drawn = await waitFor(
      'the renderer to report a drawn chart',
      () => api.chartsDrawn.find((c) => c.paintedPixels > 0 && /relu/.test(c.title)),
      60_000,
    );
    assert.strictEqual(drawn.seriesCount, 8);
    assert.ok(drawn.paintedPixels > 1000, `only ${drawn.paintedPixels} pixels painted`);
  });

  it('hovering gelu shows its formula, derivative, parameters and origin', async () => {
    const cell = codeCells(editor.notebook)[3];
    const offset = cell.document.getText().indexOf('gelu');
    const position = cell.document.positionAt(offset + 2);
    const hovers = await vscode.commands.executeCommand<vscode.Hover[]>('vscode.executeHoverProvider', cell.document.uri, position);
    const text = hovers
      .flatMap((h) => h.contents.map((c) => (typeof c === 'string' ? c : 'value' in c ? c.value : '')))
      .join('\n');
    assert.match(text, /GELU/);
    assert.match(text, /erf/, 'formula mentions erf');
    assert.match(text, /approximate/, 'parameter approximate with its default');
    assert.match(text, /Hendrycks/);
    assert.match(text, /2016/);
    assert.match(text, /[Dd]erivative/);
  });

  it('a syntax error fails its cell with line and column, and the next cell still runs', async () => {
    const notebook = editor.notebook;
    const at = notebook.cellCount;
    const edit = new vscode.WorkspaceEdit();
    edit.set(notebook.uri, [
      vscode.NotebookEdit.insertCells(at, [
        new vscode.NotebookCellData(vscode.NotebookCellKind.Code, 'relu(1,,2)', 'activation'),
        new vscode.NotebookCellData(vscode.NotebookCellKind.Code, 'relu(3)', 'activation'),
      ]),
    ]);
    assert.ok(await vscode.workspace.applyEdit(edit));
    const [bad, good] = [notebook.cellAt(at), notebook.cellAt(at + 1)];
    await executeCells(editor); // Run All: the failing cell must not stop the ones after it
    assert.strictEqual(bad.executionSummary?.success, false);
    const error = JSON.parse(item(bad, MIME_ERROR, bad.outputs.length - 1));
    assert.match(error.message, /line 1, column 8/);
    assert.match(error.message, /expected/);
    assert.strictEqual(good.executionSummary?.success, true);
    assert.strictEqual(item(good, MIME_TEXT), '3');
  });
});
