/**
 * The status bar item showing the kernel state of the active Activation Lab notebook
 * ("Activation Lab: idle", "running", "restarted"); hidden when no such notebook is active.
 * Clicking it opens a small menu (restart, interrupt while running): a restart forgets every name,
 * so it is never done by a single stray click. The "Activation Lab: Restart Kernel" command still
 * restarts directly (it is explicit).
 */
import * as vscode from 'vscode';
import type { ActivationNotebookController } from './controller';
import { kernelMenuChoices, kernelStatusText, kernelStatusTooltip, type KernelMenuAction } from './kernel-state';

/** Internal (not in the command palette): what clicking the status bar item runs. */
export const KERNEL_MENU_COMMAND = 'activation-lab.kernelStatusMenu';

export class KernelStatusItem implements vscode.Disposable {
  readonly item = vscode.window.createStatusBarItem('activation-lab.kernelStatus', vscode.StatusBarAlignment.Left, 100);
  private readonly disposables: vscode.Disposable[] = [this.item];

  constructor(private readonly controller: ActivationNotebookController) {
    this.item.name = 'Activation Lab Kernel';
    this.item.command = KERNEL_MENU_COMMAND;
    this.disposables.push(
      vscode.commands.registerCommand(KERNEL_MENU_COMMAND, () => this.showMenu()),
      vscode.window.onDidChangeActiveNotebookEditor(() => this.update()),
      controller.onDidChangeSelection((notebook) => {
        if (notebook === vscode.window.activeNotebookEditor?.notebook) this.update();
      }),
      controller.onDidChangeKernelState(({ notebook }) => {
        if (notebook === vscode.window.activeNotebookEditor?.notebook) this.update();
      }),
    );
    this.update();
  }

  update(): void {
    const notebook = vscode.window.activeNotebookEditor?.notebook;
    if (!notebook || !this.controller.ownsKernelOf(notebook)) {
      this.item.hide();
      return;
    }
    const state = this.controller.kernelState(notebook);
    this.item.text = kernelStatusText(state);
    this.item.tooltip = kernelStatusTooltip(state);
    this.item.show();
  }

  /** The menu behind the status bar item; resolves with the action taken (undefined when dismissed). */
  async showMenu(): Promise<KernelMenuAction | undefined> {
    const notebook = vscode.window.activeNotebookEditor?.notebook;
    if (!notebook || !this.controller.ownsKernelOf(notebook)) return undefined;
    const picked = await vscode.window.showQuickPick(kernelMenuChoices(this.controller.kernelState(notebook)), {
      title: 'Activation Lab kernel',
      placeHolder: 'Restarting forgets every name the cells defined',
    });
    if (!picked || picked.action === 'cancel' || notebook.isClosed) return picked?.action;
    if (picked.action === 'restart') {
      this.controller.restartKernel(notebook);
      void vscode.window.setStatusBarMessage('Activation Lab: kernel restarted; every name is forgotten.', 3000);
    } else {
      this.controller.interruptKernel(notebook);
    }
    return picked.action;
  }

  dispose(): void {
    for (const d of this.disposables.splice(0)) d.dispose();
  }
}
