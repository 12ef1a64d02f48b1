/** The states a notebook's kernel shows in the status bar, and how they read (pure: no vscode import). */
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
      return 'Activation Lab kernel: idle. Names defined by the cells that ran are visible to the next ones. Click to restart the kernel.';
    case 'running':
      return 'Activation Lab kernel: running cells.';
    case 'restarted':
      return 'Activation Lab kernel: restarted; every name is forgotten. Click to restart again.';
  }
}
