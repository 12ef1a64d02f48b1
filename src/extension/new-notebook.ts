/**
 * "New Activation Lab Notebook" (an untitled .actnb with a starter cell, the Activation Lab kernel
 * selected) and "Open Welcome Notebook" (a fresh untitled copy of the welcome notebook shipped with the
 * extension, so the user's edits never touch the installed file), used by the walkthrough.
 */
import * as vscode from 'vscode';
import { CONTROLLER_ID, EXTENSION_ID, LANGUAGE_ID, NOTEBOOK_TYPE } from './ids';
import { ActivationNotebookSerializer } from './notebook/serializer';

/** The starter cells of a new notebook. */
export const STARTER_CELLS: ReadonlyArray<{ kind: 'markdown' | 'code'; source: string }> = [
  { kind: 'markdown', source: '# My activation experiments\n\nRun a cell with **Shift+Enter**. Hover a name for its formula, derivative and origin.' },
  { kind: 'code', source: 'plot(relu, gelu, silu)\nd(gelu)(0.5)' },
];

async function show(data: vscode.NotebookData): Promise<vscode.NotebookEditor> {
  const notebook = await vscode.workspace.openNotebookDocument(NOTEBOOK_TYPE, data);
  const editor = await vscode.window.showNotebookDocument(notebook);
  await vscode.commands.executeCommand('notebook.selectKernel', { editor, id: CONTROLLER_ID, extension: EXTENSION_ID }).then(undefined, () => undefined);
  return editor;
}

export async function newNotebook(): Promise<vscode.NotebookEditor> {
  const cells = STARTER_CELLS.map((c) =>
    c.kind === 'code'
      ? new vscode.NotebookCellData(vscode.NotebookCellKind.Code, c.source, LANGUAGE_ID)
      : new vscode.NotebookCellData(vscode.NotebookCellKind.Markup, c.source, 'markdown'),
  );
  return show(new vscode.NotebookData(cells));
}

export async function openWelcomeNotebook(extensionUri: vscode.Uri): Promise<vscode.NotebookEditor> {
  const bytes = await vscode.workspace.fs.readFile(vscode.Uri.joinPath(extensionUri, 'samples', 'welcome.actnb'));
  const data = new ActivationNotebookSerializer().deserializeNotebook(bytes);
  return show(data);
}
