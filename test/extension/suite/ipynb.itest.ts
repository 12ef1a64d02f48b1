// A Jupyter notebook (.ipynb, VS Code's built-in ipynb serializer, notebook type jupyter-notebook) with
// the Activation Lab kernel: its `activation` cells run with the same outputs (the chart with its SVG
// fallback, tables with HTML), the python cell is left alone, hovers know names from other cells, and
// the file VS Code saves validates against nbformat 4 (Debian's python3-nbformat) with the SVG kept.
import * as assert from 'assert';
import { execFileSync } from 'child_process';
import * as fs from 'fs';
import * as vscode from 'vscode';
import { MIME_CHART, MIME_HTML, MIME_SVG, MIME_TEXT } from '../../../src/shared/mime-types';
import { activateExtension, EXTENSION_ID, item, workspaceUri } from './notebook-helpers';
import { waitFor } from './wait';

const JUPYTER_CONTROLLER_ID = 'activation-lab-kernel-jupyter';
const PYTHON = '/usr/bin/python3';

function hoverText(hovers: vscode.Hover[]): string {
  return hovers.flatMap((h) => h.contents.map((c) => (typeof c === 'string' ? c : 'value' in c ? c.value : ''))).join('\n');
}

function cellWith(notebook: vscode.NotebookDocument, start: string): vscode.NotebookCell {
  const cell = notebook.getCells().find((c) => c.document.getText().startsWith(start));
  assert.ok(cell, `a cell starting with ${start}`);
  return cell;
}

describe('a Jupyter notebook (samples/activations.ipynb) with the Activation Lab kernel', () => {
  let notebook: vscode.NotebookDocument;
  let activation: vscode.NotebookCell[];

  before(async () => {
    await activateExtension();
    notebook = await vscode.workspace.openNotebookDocument(workspaceUri('activations.ipynb'));
    const editor = await vscode.window.showNotebookDocument(notebook);
    await vscode.commands.executeCommand('notebook.selectKernel', { editor, id: JUPYTER_CONTROLLER_ID, extension: EXTENSION_ID });
    activation = notebook.getCells().filter((c) => c.kind === vscode.NotebookCellKind.Code && c.document.languageId === 'activation');
    await vscode.commands.executeCommand('notebook.execute', notebook.uri);
    await waitFor('the activation cells to finish', () => (activation.every((c) => c.executionSummary?.success !== undefined && c.executionSummary.timing) ? true : undefined));
  });

  it('opens as a jupyter-notebook with activation cells and one python cell', () => {
    assert.strictEqual(notebook.notebookType, 'jupyter-notebook');
    assert.strictEqual(activation.length, 5);
    assert.deepStrictEqual(notebook.getCells().filter((c) => c.kind === vscode.NotebookCellKind.Code && c.document.languageId !== 'activation').map((c) => c.document.languageId), ['python']);
  });

  it('runs every activation cell; the python cell is not ours and does not run', () => {
    assert.deepStrictEqual(activation.map((c) => c.executionSummary?.success), [true, true, true, true, true]);
    assert.strictEqual(item(activation[0], MIME_TEXT), '[0, 0, 0, 1, 2]');
    const python = cellWith(notebook, 'import math');
    assert.strictEqual(python.outputs.length, 0);
    assert.strictEqual(python.executionSummary?.executionOrder, undefined);
  });

  it('a plot carries the chart for the renderer first, then its SVG fallback', () => {
    const plot = cellWith(notebook, 'plot(relu');
    const mimes = plot.outputs[0].items.map((i) => i.mime);
    assert.ok(mimes.indexOf(MIME_CHART) >= 0 && mimes.indexOf(MIME_CHART) < mimes.indexOf(MIME_SVG), mimes.join(', '));
    assert.deepStrictEqual(JSON.parse(item(plot, MIME_CHART)).series.map((s: { label: string }) => s.label).slice(0, 2), ['relu', 'relu']);
    const svg = item(plot, MIME_SVG);
    assert.ok(svg.startsWith('<svg xmlns="http://www.w3.org/2000/svg"') && svg.includes('>gelu</text>'), svg.slice(0, 200));
  });

  it('names cross cells: swish_b from one cell is known in the next (table with HTML) and in its hover', async () => {
    const table = cellWith(notebook, 'table(swish_b');
    assert.match(item(table, MIME_HTML), /<th [^>]*>swish_b\(x\)<\/th>/);
    const hovers = await vscode.commands.executeCommand<vscode.Hover[]>('vscode.executeHoverProvider', table.document.uri, new vscode.Position(0, 8));
    assert.match(hoverText(hovers), /swish_b\(x\) = x \* sigmoid\(1\.5 \* x\)/);
    const gelu = await vscode.commands.executeCommand<vscode.Hover[]>('vscode.executeHoverProvider', table.document.uri, new vscode.Position(0, 16));
    assert.match(hoverText(gelu), /gelu/i);
  });

  it('an unknown name in an activation cell is flagged, as in .actnb', async () => {
    const cell = activation[0];
    const edit = new vscode.WorkspaceEdit();
    edit.insert(cell.document.uri, new vscode.Position(0, 0), 'sigmod(1)\n');
    await vscode.workspace.applyEdit(edit);
    const found = await waitFor('a diagnostic in the ipynb cell', () => {
      const d = vscode.languages.getDiagnostics(cell.document.uri).filter((x) => /sigmod/.test(x.message));
      return d.length > 0 ? d : undefined;
    });
    assert.match(found[0].message, /did you mean 'sigmoid'/);
    const undo = new vscode.WorkspaceEdit();
    undo.delete(cell.document.uri, new vscode.Range(0, 0, 1, 0));
    await vscode.workspace.applyEdit(undo);
  });

  it('is on our kernel: Restart Kernel applies to it as to an .actnb, and forgets the names its cells defined', async () => {
    const api = vscode.extensions.getExtension(EXTENSION_ID)!.exports as { ownsKernelOf(n: vscode.NotebookDocument): boolean; kernelState(n: vscode.NotebookDocument): string };
    assert.strictEqual(api.ownsKernelOf(notebook), true);
    await waitFor('the kernel to be idle', () => (api.kernelState(notebook) === 'idle' ? true : undefined));
    await vscode.commands.executeCommand('activation-lab.restartKernel');
    assert.strictEqual(api.kernelState(notebook), 'restarted');
    const table = cellWith(notebook, 'table(swish_b');
    const before = table.executionSummary?.executionOrder;
    await vscode.commands.executeCommand('notebook.cell.execute', { ranges: [{ start: table.index, end: table.index + 1 }], document: notebook.uri });
    await waitFor('the table cell to run again', () => (table.executionSummary?.executionOrder !== before && table.executionSummary?.success !== undefined ? true : undefined));
    assert.strictEqual(table.executionSummary?.success, false, 'swish_b was forgotten by the restart');
    assert.match(item(table, 'application/vnd.code.notebook.error'), /swish_b/);
  });

  it('the saved .ipynb validates against nbformat 4 and keeps the SVG and the chart', async function () {
    if (!fs.existsSync(PYTHON)) this.skip();
    assert.ok(await notebook.save(), 'saved');
    const file = notebook.uri.fsPath;
    const script = 'import sys, nbformat\nnb = nbformat.read(sys.argv[1], as_version=4)\nnbformat.validate(nb)\nprint(nb.nbformat, len(nb.cells))';
    const out = execFileSync(PYTHON, ['-c', script, file], { encoding: 'utf8' });
    assert.match(out, /^4 9\n/);
    const saved = JSON.parse(fs.readFileSync(file, 'utf8'));
    const plot = saved.cells.find((c: { source: string[] | string }) => [c.source].flat().join('').startsWith('plot(relu'));
    const data = plot.outputs[0].data;
    assert.ok(data[MIME_SVG], Object.keys(data).join(', '));
    assert.ok([data[MIME_SVG]].flat().join('').includes('</svg>'));
    assert.ok(data[MIME_CHART]);
  });
});
