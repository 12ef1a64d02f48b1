/**
 * The extension's commands, as data: id, and what it does given the extension context. package.json
 * `contributes.commands` declares the same ids with their titles (a unit test keeps the two in sync).
 */
import * as vscode from 'vscode';
import type { LabContext } from './lab-context';
import { newNotebook, openWelcomeNotebook } from './new-notebook';

export interface LabCommand {
  id: string;
  run(ctx: LabContext, ...args: unknown[]): unknown;
}

export const COMMANDS: LabCommand[] = [
  {
    id: 'activation-lab.restartKernel',
    run(ctx, arg) {
      // From the notebook toolbar VS Code passes { notebookEditor: { notebookUri } }; otherwise use the active editor.
      const uri = (arg as { notebookEditor?: { notebookUri?: vscode.Uri } } | undefined)?.notebookEditor?.notebookUri;
      const notebook = uri
        ? vscode.workspace.notebookDocuments.find((n) => n.uri.toString() === uri.toString())
        : vscode.window.activeNotebookEditor?.notebook;
      if (!notebook || !ctx.controller.ownsKernelOf(notebook)) {
        void vscode.window.showInformationMessage('Activation Lab: open an Activation Lab notebook (or a Jupyter notebook on the Activation Lab kernel) to restart its kernel.');
        return;
      }
      ctx.controller.restartKernel(notebook);
      void vscode.window.setStatusBarMessage('Activation Lab: kernel restarted; every name is forgotten.', 3000);
    },
  },
  {
    id: 'activation-lab.openReference',
    run(ctx, query) {
      // An optional string pre-fills the search box (e.g. executeCommand('activation-lab.openReference', 'gelu')).
      // Resolves with the page's report {query, shown, total} once it is on screen.
      return ctx.referencePanel.show(typeof query === 'string' ? query : undefined);
    },
  },
  {
    id: 'activation-lab.newNotebook',
    run() {
      return newNotebook();
    },
  },
  {
    id: 'activation-lab.openWelcome',
    run(ctx) {
      return openWelcomeNotebook(ctx.extension.extensionUri);
    },
  },
];

export function registerCommands(ctx: LabContext): void {
  for (const command of COMMANDS) {
    ctx.track(vscode.commands.registerCommand(command.id, (...args: unknown[]) => command.run(ctx, ...args)));
  }
}
