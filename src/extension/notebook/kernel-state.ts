/** The states a notebook's kernel shows in the status bar, how they read, and its menu (pure: no vscode import). */
export type KernelState = 'not started' | 'idle' | 'running' | 'restarted';

export function kernelStatusText(state: KernelState): string {
  const icon = state === 'running' ? '$(sync~spin)' : state === 'restarted' ? '$(debug-restart)' : '$(circle-outline)';
  return `${icon} Activation Lab: ${state}`;
}

export function kernelStatusTooltip(state: KernelState): string {
  switch (state) {
    case 'not started':
      return 'Activation Lab kernel: no cell has run in this notebook yet.';
    case 'idle':
      return 'Activation Lab kernel: idle. Names defined by the cells that ran are visible to the next ones. Click for kernel actions.';
    case 'running':
      return 'Activation Lab kernel: running cells. Click to interrupt or restart.';
    case 'restarted':
      return 'Activation Lab kernel: restarted; every name is forgotten. Click for kernel actions.';
  }
}

export type KernelMenuAction = 'restart' | 'interrupt' | 'cancel';

/** A quick-pick entry of the status bar menu (the shape of vscode.QuickPickItem plus the action). */
export interface KernelMenuChoice {
  label: string;
  description?: string;
  action: KernelMenuAction;
}

/** What the status bar menu offers: interrupt only while cells run; always restart and cancel. */
export function kernelMenuChoices(state: KernelState): KernelMenuChoice[] {
  const choices: KernelMenuChoice[] = [];
  if (state === 'running') choices.push({ label: '$(debug-stop) Interrupt', description: 'stop the running cell; names defined so far are kept', action: 'interrupt' });
  choices.push({ label: '$(debug-restart) Restart kernel', description: 'forget every name the cells defined', action: 'restart' });
  choices.push({ label: 'Cancel', description: 'keep the kernel as it is', action: 'cancel' });
  return choices;
}
