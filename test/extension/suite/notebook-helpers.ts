import * as vscode from 'vscode';
import { waitFor } from './wait';

export const EXTENSION_ID = 'activation-lab.activation-lab';
export const CONTROLLER_ID = 'activation-lab-kernel';

export interface ExtensionApi {
  chartsDrawn: Array<{ type: string; title: string; seriesCount: number; paintedPixels: number }>;
}

export async function activateExtension(): Promise<ExtensionApi> {
  const extension = vscode.extensions.getExtension<ExtensionApi>(EXTENSION_ID);
  if (!extension) throw new Error(`extension ${EXTENSION_ID} is not loaded`);
  return extension.activate();
}

export function workspaceUri(...segments: string[]): vscode.Uri {
  const folder = vscode.workspace.workspaceFolders?.[0];
  if (!folder) throw new Error('no workspace folder is open');
  return vscode.Uri.joinPath(folder.uri, ...segments);
}

/** Opens a notebook in an editor and selects the Activation Lab kernel for it. */
export async function openWithKernel(uri: vscode.Uri): Promise<vscode.NotebookEditor> {
  const document = await vscode.workspace.openNotebookDocument(uri);
  const editor = await vscode.window.showNotebookDocument(document);
  await vscode.commands.executeCommand('notebook.selectKernel', { editor, id: CONTROLLER_ID, extension: EXTENSION_ID });
  return editor;
}

/** Runs every cell (Run All) and waits until each code cell has a new, finished execution. */
export async function executeCells(editor: vscode.NotebookEditor): Promise<void> {
  const targets = editor.notebook.getCells().filter((c) => c.kind === vscode.NotebookCellKind.Code);
  const before = new Map(targets.map((c) => [c, c.executionSummary?.executionOrder]));
  await vscode.commands.executeCommand('notebook.execute', editor.notebook.uri);
  await waitFor('the cells to finish', () => {
    const done = targets.every((c) => {
      const summary = c.executionSummary;
      return summary?.success !== undefined && summary.executionOrder !== before.get(c) && summary.timing !== undefined;
    });
    return done ? true : undefined;
  });
}

export function item(cell: vscode.NotebookCell, mime: string, outputIndex = 0): string {
  const output = cell.outputs[outputIndex];
  if (!output) throw new Error(`cell ${cell.index} has no output ${outputIndex}; it has ${cell.outputs.length}`);
  const found = output.items.find((i) => i.mime === mime);
  if (!found) {
    throw new Error(`cell ${cell.index} output ${outputIndex} has no ${mime} item; it has ${output.items.map((i) => i.mime).join(', ')}`);
  }
  return new TextDecoder().decode(found.data);
}

export function codeCells(notebook: vscode.NotebookDocument): vscode.NotebookCell[] {
  return notebook.getCells().filter((c) => c.kind === vscode.NotebookCellKind.Code);
}
