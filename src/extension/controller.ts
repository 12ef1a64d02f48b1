/**
 * The notebook controller (kernel `activation-lab-kernel`): one KernelSession per notebook document,
 * cells run one at a time in the order they were asked for, each shown with its execution order,
 * timing, outputs and, on an error, an error output naming line and column. A failing cell never
 * stops the kernel. Interrupting (the cancellation token) skips queued cells and abandons the one running.
 */
import * as vscode from 'vscode';
import type { CellOutput, CellResult } from '../shared/cell-result';
import { KernelSession } from '../kernel/session';
import { formatCellError, formatInternalError, type ErrorOutputValue } from './error-output';
import { readConfiguration } from './configuration';
import { CONTROLLER_ID, CONTROLLER_LABEL, LANGUAGE_ID, NOTEBOOK_TYPE } from './ids';
import type { KernelState } from './kernel-state';
import { isJsonMime } from './output-items';
import { MIME_JSON, MIME_VALUE } from '../shared/mime-types';

/** The kernel state of one open notebook. */
class NotebookKernel {
  session: KernelSession;
  executionOrder = 0;
  /** Cells run one after another: each waits for the previous run to settle. */
  queue: Promise<void> = Promise.resolve();
  /** Runs asked for and not finished yet (the kernel is running while this is above 0). */
  pendingRuns = 0;
  state: KernelState = 'not started';

  constructor(private readonly notebook: vscode.NotebookDocument) {
    this.session = this.newSession();
  }

  /** A fresh session (every name forgotten, current settings applied) and the execution count from 1. */
  restart(): void {
    this.session = this.newSession();
    this.executionOrder = 0;
    this.state = 'restarted';
  }

  private newSession(): KernelSession {
    return new KernelSession({ maxElements: readConfiguration(this.notebook.uri).kernelMaxElements });
  }
}

export class ActivationNotebookController implements vscode.Disposable {
  private readonly controller: vscode.NotebookController;
  private readonly kernels = new Map<vscode.NotebookDocument, NotebookKernel>();
  private readonly disposables: vscode.Disposable[] = [];
  private readonly stateChanged = new vscode.EventEmitter<{ notebook: vscode.NotebookDocument; state: KernelState }>();
  /** Fires when a notebook's kernel starts running cells, finishes, or is restarted. */
  readonly onDidChangeKernelState = this.stateChanged.event;

  constructor() {
    this.controller = vscode.notebooks.createNotebookController(CONTROLLER_ID, NOTEBOOK_TYPE, CONTROLLER_LABEL);
    this.controller.supportedLanguages = [LANGUAGE_ID];
    this.controller.supportsExecutionOrder = true;
    this.controller.description = 'Activation expressions, evaluated in the editor';
    this.controller.executeHandler = (cells, notebook) => this.execute(cells, notebook);
    this.disposables.push(
      this.controller,
      this.stateChanged,
      vscode.workspace.onDidCloseNotebookDocument((notebook) => this.kernels.delete(notebook)),
    );
  }

  /** Forgets every name defined in the notebook and restarts the execution count. */
  restartKernel(notebook: vscode.NotebookDocument): void {
    this.kernelFor(notebook).restart();
    this.stateChanged.fire({ notebook, state: 'restarted' });
  }

  /** The state of a notebook's kernel, for the status bar. */
  kernelState(notebook: vscode.NotebookDocument): KernelState {
    return this.kernels.get(notebook)?.state ?? 'not started';
  }

  private setState(kernel: NotebookKernel, notebook: vscode.NotebookDocument, state: KernelState): void {
    if (kernel.state === state) return;
    kernel.state = state;
    this.stateChanged.fire({ notebook, state });
  }

  private kernelFor(notebook: vscode.NotebookDocument): NotebookKernel {
    let kernel = this.kernels.get(notebook);
    if (!kernel) {
      kernel = new NotebookKernel(notebook);
      this.kernels.set(notebook, kernel);
    }
    return kernel;
  }

  private execute(cells: vscode.NotebookCell[], notebook: vscode.NotebookDocument): Promise<void> {
    const kernel = this.kernelFor(notebook);
    // Create every execution now, so queued cells show as pending right away.
    const executions: Array<[vscode.NotebookCell, vscode.NotebookCellExecution]> = [];
    for (const cell of cells) {
      try {
        executions.push([cell, this.controller.createNotebookCellExecution(cell)]);
      } catch {
        // The cell is already queued or running: VS Code allows one execution per cell.
      }
    }
    kernel.pendingRuns++;
    const run = kernel.queue.then(async () => {
      this.setState(kernel, notebook, 'running');
      for (const [cell, execution] of executions) await this.runCell(kernel, cell, execution);
    });
    kernel.queue = run
      .catch(() => undefined)
      .finally(() => {
        if (--kernel.pendingRuns === 0) this.setState(kernel, notebook, 'idle');
      });
    return run;
  }

  private async runCell(kernel: NotebookKernel, cell: vscode.NotebookCell, execution: vscode.NotebookCellExecution): Promise<void> {
    if (execution.token.isCancellationRequested || cell.notebook.isClosed) {
      execution.start();
      execution.end(undefined);
      return;
    }
    execution.executionOrder = ++kernel.executionOrder;
    execution.start(Date.now());
    await execution.clearOutput();
    const source = cell.document.getText();
    let result: CellResult | undefined;
    let internal: unknown;
    try {
      result = await raceCancellation(kernel.session.execute(source), execution.token);
    } catch (e) {
      internal = e;
    }
    if (execution.token.isCancellationRequested) {
      await execution.replaceOutput(new vscode.NotebookCellOutput([vscode.NotebookCellOutputItem.stderr('Interrupted.')]));
      execution.end(false, Date.now());
      return;
    }
    const outputs = (result?.outputs ?? []).map(toNotebookOutput);
    let error: ErrorOutputValue | undefined;
    if (internal !== undefined) error = formatInternalError(internal);
    else if (result && !result.ok) error = result.error ? formatCellError(result.error, source) : formatInternalError('the cell failed without saying why');
    if (error) outputs.push(errorOutput(error));
    if (outputs.length) await execution.replaceOutput(outputs);
    execution.end(error === undefined, Date.now());
  }

  dispose(): void {
    this.kernels.clear();
    for (const d of this.disposables.splice(0)) d.dispose();
  }
}

/**
 * One CellOutput → one NotebookCellOutput, keeping every representation (VS Code picks one to show).
 * application/json becomes MIME_VALUE so that VS Code shows the text/plain item (see MIME_VALUE).
 */
export function toNotebookOutput(output: CellOutput): vscode.NotebookCellOutput {
  const items = output.items.map(({ mime: kernelMime, data }) => {
    const mime = kernelMime === MIME_JSON ? MIME_VALUE : kernelMime;
    if (isJsonMime(mime)) return vscode.NotebookCellOutputItem.json(data, mime);
    return vscode.NotebookCellOutputItem.text(typeof data === 'string' ? data : JSON.stringify(data), mime);
  });
  return new vscode.NotebookCellOutput(items);
}

function errorOutput(value: ErrorOutputValue): vscode.NotebookCellOutput {
  const error = new Error(value.message);
  error.name = value.name;
  error.stack = value.stack;
  return new vscode.NotebookCellOutput([vscode.NotebookCellOutputItem.error(error)]);
}

/** Settles with the kernel's result, or as soon as the execution is cancelled (the result is then dropped). */
function raceCancellation<T>(work: Promise<T>, token: vscode.CancellationToken): Promise<T | undefined> {
  if (token.isCancellationRequested) return Promise.resolve(undefined);
  return new Promise<T | undefined>((resolve, reject) => {
    const listener = token.onCancellationRequested(() => {
      listener.dispose();
      resolve(undefined);
    });
    work.then(
      (value) => {
        listener.dispose();
        resolve(value);
      },
      (e: unknown) => {
        listener.dispose();
        reject(e);
      },
    );
  });
}
