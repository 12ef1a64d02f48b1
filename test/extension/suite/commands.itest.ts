import * as assert from 'assert';
import * as vscode from 'vscode';
import { activateExtension } from './notebook-helpers';

describe('the new-notebook and welcome commands', () => {
  before(async () => {
    await activateExtension();
  });

  it('"New Activation Lab Notebook" opens an untitled .actnb notebook with a starter code cell', async () => {
    const editor = await vscode.commands.executeCommand<vscode.NotebookEditor>('activation-lab.newNotebook');
    const notebook = editor?.notebook ?? vscode.window.activeNotebookEditor?.notebook;
    assert.ok(notebook, 'a notebook editor is active');
    assert.strictEqual(notebook.notebookType, 'activation-lab-notebook');
    assert.strictEqual(notebook.uri.scheme, 'untitled');
    const code = notebook.getCells().filter((c) => c.kind === vscode.NotebookCellKind.Code);
    assert.ok(code.length >= 1);
    assert.strictEqual(code[0].document.languageId, 'activation');
    assert.match(code[0].document.getText(), /plot\(/);
  });

  it('"Open Welcome Notebook" opens a copy of the welcome notebook shipped with the extension', async () => {
    const editor = await vscode.commands.executeCommand<vscode.NotebookEditor>('activation-lab.openWelcome');
    const notebook = editor?.notebook ?? vscode.window.activeNotebookEditor?.notebook;
    assert.ok(notebook);
    assert.strictEqual(notebook.notebookType, 'activation-lab-notebook');
    assert.strictEqual(notebook.uri.scheme, 'untitled');
    assert.match(notebook.cellAt(0).document.getText(), /Welcome to Activation Lab/);
  });
});
