// The setting activationLab.derivatives.kinkConvention reaches the kernel: d(relu)(0) follows it,
// from the next kernel start or restart on.
import * as assert from 'assert';
import * as vscode from 'vscode';
import { activateExtension, codeCells, executeCells, item, openWithKernel } from './notebook-helpers';

const SETTING = 'derivatives.kinkConvention';

describe('kink setting in a real VS Code', () => {
  before(async () => {
    await activateExtension();
  });

  it('d(relu)(0) is 1 with "right", and 0.5 with "mean" after a kernel restart; kink= in the call still wins', async () => {
    const config = () => vscode.workspace.getConfiguration('activationLab');
    const data = new vscode.NotebookData([
      new vscode.NotebookCellData(vscode.NotebookCellKind.Code, 'd(relu)(0)', 'activation'),
      new vscode.NotebookCellData(vscode.NotebookCellKind.Code, 'd(relu)(0, kink="left")', 'activation'),
    ]);
    const notebook = await vscode.workspace.openNotebookDocument('activation-lab-notebook', data);
    try {
      await config().update(SETTING, 'right', vscode.ConfigurationTarget.Global);
      const editor = await openWithKernel(notebook.uri);
      const [setting, keyword] = codeCells(notebook);
      await executeCells(editor);
      // relu's slope is 0 left of 0 and 1 right of it.
      assert.strictEqual(item(setting, 'text/plain'), '1');
      assert.strictEqual(item(keyword, 'text/plain'), '0');
      await config().update(SETTING, 'mean', vscode.ConfigurationTarget.Global);
      await executeCells(editor);
      assert.strictEqual(item(setting, 'text/plain'), '1', 'a running kernel keeps the convention it started with');
      await vscode.commands.executeCommand('activation-lab.restartKernel');
      await executeCells(editor);
      assert.strictEqual(item(setting, 'text/plain'), '0.5');
    } finally {
      await config().update(SETTING, undefined, vscode.ConfigurationTarget.Global);
      await vscode.window.showNotebookDocument(notebook);
      await vscode.commands.executeCommand('workbench.action.revertAndCloseActiveEditor');
    }
  });
});
