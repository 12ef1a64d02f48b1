/**
 * The status bar item showing the kernel state of the active Activation Lab notebook
 * ("Activation Lab: idle", "running", "restarted"); hidden when no such notebook is active.
 * Clicking it restarts the kernel.
 */
import * as vscode from 'vscode';
import type { ActivationNotebookController } from './controller';
import { NOTEBOOK_TYPE } from './ids';
import { kernelStatusText, kernelStatusTooltip } from './kernel-state';

export const RESTART_KERNEL_COMMAND = 'activation-lab.restartKernel';

export class KernelStatusItem implements vscode.Disposable {
  readonly item = vscode.window.createStatusBarItem('activation-lab.kernelStatus', vscode.StatusBarAlignment.Left, 100);
  private readonly disposables: vscode.Disposable[] = [this.item];

  constructor(private readonly controller: ActivationNotebookController) {
    this.item.name = 'Activation Lab Kernel';
    this.item.command = RESTART_KERNEL_COMMAND;
    this.disposables.push(
      vscode.window.onDidChangeActiveNotebookEditor(() => this.update()),
      controller.onDidChangeKernelState(({ notebook }) => {
        if (notebook === vscode.window.activeNotebookEditor?.notebook) this.update();
      }),
    );
    this.update();
  }

  update(): void {
    const notebook = vscode.window.activeNotebookEditor?.notebook;
    if (!notebook || notebook.notebookType !== NOTEBOOK_TYPE) {
      this.item.hide();
      return;
    }
    const state = this.controller.kernelState(notebook);
    this.item.text = kernelStatusText(state);
    this.item.tooltip = kernelStatusTooltip(state);
    this.item.show();
  }

  dispose(): void {
    for (const d of this.disposables.splice(0)) d.dispose();
  }
}
