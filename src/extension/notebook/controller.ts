/**
 * The notebook controller (kernel `activation-lab-kernel`): one kernel per notebook document, each in
 * its own worker thread (KernelWorker), so a long cell never freezes the editor. Cells run one at a
 * time in the order they were asked for, each shown with its execution order, timing, outputs and,
 * on an error, an error output naming line and column. A failing cell never stops the kernel.
 *
 * - Every execution always ends (try/finally), whatever fails around it (a deleted cell, a closed notebook).
 * - Interrupt (a cancelled execution): a queued cell ends without running; the running one is asked
 *   to stop (the worker's interrupt flag) and ends failed with "interrupted", names kept. A kernel that
 *   has not stopped INTERRUPT_GRACE_MS later (one long native operation) is replaced by a fresh one,
 *   and the cell says that every name was forgotten.
 * - Restart: the queued cells end without running, the running one ends failed, the thread is ended
 *   and the next run starts a fresh one (current settings); execution order starts again at 1.
 * - Closing a notebook ends its kernel thread.
 */
import * as path from 'path';
import * as vscode from 'vscode';
import type { CellOutput, CellResult } from '../../kernel/cell-result';
import { MIME_JSON, MIME_VALUE } from '../../shared/mime-types';
import { capOutputItem } from '../../kernel/notebook-value-cap';
import { readConfiguration } from '../configuration';
import { formatCellError, formatInternalError, type ErrorOutputValue } from './error-output';
import { CELL_ERROR_NAME, CONTROLLER_ID, CONTROLLER_LABEL, JUPYTER_CONTROLLER_ID, JUPYTER_NOTEBOOK_TYPE, LANGUAGE_ID, NOTEBOOK_TYPE } from '../ids';
import type { KernelState } from './kernel-state';
import { KernelStoppedError, KernelWorker } from '../../kernel/worker/kernel-worker';
import { BYTES_PER_MB } from '../../lang/runtime/memory-budget';
import { isJsonMime } from './output-item-bytes';
import { LiveOutput } from './live-output';

/** How long an interrupted kernel may take to stop before it is replaced (its names are then lost). */
export const INTERRUPT_GRACE_MS = 2000;
/** The worker entry, bundled next to dist/extension.js (esbuild.js). */
const WORKER_SCRIPT = path.join(__dirname, 'kernel-worker.js');

/** One cell asked to run: queued, then running, then done (its execution ended). */
interface CellRun {
  readonly cell: vscode.NotebookCell;
  readonly execution: vscode.NotebookCellExecution;
  started: boolean;
  done: boolean;
  cancelListener?: vscode.Disposable;
}

/** The kernel of one open notebook. */
class NotebookKernel {
  /** Started on the first run after opening or restarting (with the settings in force then). */
  worker: KernelWorker | undefined;
  executionOrder = 0;
  /** Goes up each time the thread is ended: a run that began before must not go on in the next one. */
  generation = 0;
  readonly queue: CellRun[] = [];
  current: CellRun | undefined;
  draining = false;
  state: KernelState = 'not started';
  /**
   * What its worker threads reported, oldest first: "started" when one began computing a cell,
   * "interrupt seen" when one saw an interrupt and ended the statement. Tests wait for these, not a clock.
   */
  readonly events: string[] = [];

  constructor(readonly notebook: vscode.NotebookDocument) {}

  workerForRun(): KernelWorker {
    if (!this.worker?.alive) {
      const config = readConfiguration(this.notebook.uri);
      // A relative path in a cell (dataset("data.csv")) is relative to the notebook's folder.
      const baseDirectory = this.notebook.uri.scheme === 'file' ? path.dirname(this.notebook.uri.fsPath) : undefined;
      const maxMemoryBytes = config.kernelMaxMemoryMB * BYTES_PER_MB;
      this.worker = new KernelWorker(WORKER_SCRIPT, { maxElements: config.kernelMaxElements, maxMemoryBytes, kinkConvention: config.kinkConvention, trainingLimits: config.trainingLimits, baseDirectory });
    }
    return this.worker;
  }

  /** Ends the thread (the running cell fails with reason) and forgets it; the next run starts a fresh one. */
  stopWorker(reason: string): void {
    const worker = this.worker;
    this.worker = undefined;
    this.executionOrder = 0;
    this.generation++;
    if (worker) void worker.terminate(reason).catch(() => undefined);
  }
}

export class ActivationNotebookController implements vscode.Disposable {
  private readonly kernels = new Map<vscode.NotebookDocument, NotebookKernel>();
  private readonly disposables: vscode.Disposable[] = [];
  private readonly stateChanged = new vscode.EventEmitter<{ notebook: vscode.NotebookDocument; state: KernelState }>();
  /** Fires when a notebook's kernel starts running cells, finishes, or is restarted. */
  readonly onDidChangeKernelState = this.stateChanged.event;
  /** The Jupyter notebooks whose kernel is currently ours (picked in VS Code's kernel picker). */
  private readonly jupyterSelected = new Set<vscode.NotebookDocument>();
  private readonly selectionChanged = new vscode.EventEmitter<vscode.NotebookDocument>();
  /** Fires when a Jupyter notebook picks our kernel or another one. */
  readonly onDidChangeSelection = this.selectionChanged.event;

  constructor() {
    // One controller per notebook type (.actnb, and .ipynb where only the `activation` cells are ours:
    // supportedLanguages leaves the others to their own kernel); both share the kernels and the code.
    for (const [id, notebookType] of [[CONTROLLER_ID, NOTEBOOK_TYPE], [JUPYTER_CONTROLLER_ID, JUPYTER_NOTEBOOK_TYPE]]) {
      const controller = vscode.notebooks.createNotebookController(id, notebookType, CONTROLLER_LABEL);
      controller.supportedLanguages = [LANGUAGE_ID];
      controller.supportsExecutionOrder = true;
      controller.description = 'Activation expressions, evaluated in the editor';
      controller.executeHandler = (cells, notebook) => this.execute(controller, cells, notebook);
      this.disposables.push(controller);
      if (notebookType === JUPYTER_NOTEBOOK_TYPE) {
        this.disposables.push(controller.onDidChangeSelectedNotebooks(({ notebook, selected }) => {
          if (selected) this.jupyterSelected.add(notebook);
          else this.jupyterSelected.delete(notebook);
          this.selectionChanged.fire(notebook);
        }));
      }
    }
    this.disposables.push(
      this.stateChanged,
      this.selectionChanged,
      vscode.workspace.onDidCloseNotebookDocument((notebook) => this.closeKernel(notebook)),
    );
  }

  /** True when this notebook's cells run on our kernel: every .actnb, and a .ipynb that picked it. */
  ownsKernelOf(notebook: vscode.NotebookDocument): boolean {
    return notebook.notebookType === NOTEBOOK_TYPE || this.jupyterSelected.has(notebook);
  }

  /** Forgets every name defined in the notebook and restarts the execution count; queued cells do not run. */
  restartKernel(notebook: vscode.NotebookDocument): void {
    const kernel = this.kernelFor(notebook);
    this.cancelQueued(kernel);
    kernel.stopWorker('The kernel was restarted while this cell ran: it did not finish, and every name is forgotten.');
    this.setState(kernel, 'restarted');
  }

  /** Interrupts the running cell (names kept) and ends the queued ones without running them. */
  interruptKernel(notebook: vscode.NotebookDocument): void {
    const kernel = this.kernels.get(notebook);
    if (!kernel) return;
    this.cancelQueued(kernel);
    if (kernel.current) this.interruptRun(kernel, kernel.current);
  }

  /** The events the notebook's kernel threads reported (NotebookKernel.events). */
  kernelEvents(notebook: vscode.NotebookDocument): readonly string[] {
    return this.kernels.get(notebook)?.events ?? [];
  }

  /** The state of a notebook's kernel, for the status bar. */
  kernelState(notebook: vscode.NotebookDocument): KernelState {
    return this.kernels.get(notebook)?.state ?? 'not started';
  }

  private setState(kernel: NotebookKernel, state: KernelState): void {
    if (kernel.state === state) return;
    kernel.state = state;
    this.stateChanged.fire({ notebook: kernel.notebook, state });
  }

  private kernelFor(notebook: vscode.NotebookDocument): NotebookKernel {
    let kernel = this.kernels.get(notebook);
    if (!kernel) {
      kernel = new NotebookKernel(notebook);
      this.kernels.set(notebook, kernel);
    }
    return kernel;
  }

  private closeKernel(notebook: vscode.NotebookDocument): void {
    const kernel = this.kernels.get(notebook);
    if (!kernel) return;
    this.kernels.delete(notebook);
    this.jupyterSelected.delete(notebook);
    this.cancelQueued(kernel);
    kernel.stopWorker('The notebook was closed while this cell ran.');
  }

  private execute(controller: vscode.NotebookController, cells: vscode.NotebookCell[], notebook: vscode.NotebookDocument): void {
    const kernel = this.kernelFor(notebook);
    // Create every execution now, so queued cells show as pending right away.
    for (const cell of cells) {
      let execution: vscode.NotebookCellExecution;
      try {
        execution = controller.createNotebookCellExecution(cell);
      } catch {
        continue; // The cell is already queued or running: VS Code allows one execution per cell.
      }
      const run: CellRun = { cell, execution, started: false, done: false };
      run.cancelListener = execution.token.onCancellationRequested(() => {
        if (kernel.current === run) this.interruptRun(kernel, run);
        else if (kernel.queue.includes(run)) this.endUnrun(kernel, run);
      });
      kernel.queue.push(run);
    }
    void this.drain(kernel);
  }

  /** Runs the queue until it is empty; one loop per kernel at a time. */
  private async drain(kernel: NotebookKernel): Promise<void> {
    if (kernel.draining) return;
    kernel.draining = true;
    try {
      for (let run = kernel.queue.shift(); run; run = kernel.queue.shift()) {
        if (run.done) continue;
        this.setState(kernel, 'running');
        await this.runCell(kernel, run);
      }
    } finally {
      kernel.draining = false;
      if (kernel.state === 'running') this.setState(kernel, 'idle');
    }
  }

  /** Runs one cell; never throws, and always ends its execution. */
  private async runCell(kernel: NotebookKernel, run: CellRun): Promise<void> {
    const { cell, execution } = run;
    let success: boolean | undefined;
    try {
      if (execution.token.isCancellationRequested || cell.notebook.isClosed) return;
      const generation = kernel.generation;
      execution.executionOrder = ++kernel.executionOrder;
      execution.start(Date.now());
      run.started = true;
      await execution.clearOutput();
      // Cancelled, restarted or closed while the outputs were cleared: the cell did not run.
      if (run.done || execution.token.isCancellationRequested || cell.notebook.isClosed || generation !== kernel.generation) return;
      const source = cell.document.getText();
      const worker = kernel.workerForRun();
      kernel.current = run;
      let result: CellResult | undefined;
      let failure: unknown;
      // A training's progress replaces the cell's output in place while it runs (live-output.ts).
      const live = new LiveOutput(execution, toNotebookOutput);
      try {
        result = await worker.run(source, {
          started: () => kernel.events.push('started'),
          interruptSeen: () => kernel.events.push('interrupt seen'),
          progress: (outputs) => live.show(outputs),
        });
      } catch (e) {
        failure = e;
      } finally {
        if (kernel.current === run) kernel.current = undefined;
        await live.settled();
      }
      if (run.done) return;
      if (failure instanceof KernelStoppedError && kernel.worker === worker) {
        // The thread ended by itself (out of memory, a crash) or did not stop when interrupted, not by a
        // restart or a close: its names are gone too.
        this.cancelQueued(kernel);
        kernel.stopWorker(failure.message);
        this.setState(kernel, 'restarted');
        failure = new KernelStoppedError(`${failure.message}: every name is forgotten, and the next cell starts a fresh kernel.`);
      }
      const outputs = (result?.outputs ?? []).map(toNotebookOutput);
      let error: ErrorOutputValue | undefined;
      if (failure instanceof KernelStoppedError) error = { name: CELL_ERROR_NAME, message: failure.message, stack: `${CELL_ERROR_NAME}: ${failure.message}` };
      else if (failure !== undefined) error = formatInternalError(failure);
      else if (result && !result.ok) error = result.error ? formatCellError(result.error, source) : formatInternalError('the cell failed without saying why');
      if (error) outputs.push(errorOutput(error));
      if (outputs.length || live.drawn > 0) await execution.replaceOutput(outputs);
      success = error === undefined;
    } catch (e) {
      // The cell or its notebook went away mid-run (clearOutput/replaceOutput rejected): end it failed.
      success = false;
      console.error('[activation-lab] a cell execution failed', e);
    } finally {
      this.finish(run, success);
    }
  }

  /**
   * Asks the running cell to stop. A kernel that has not stopped after the grace period is ended by
   * the worker wrapper; runCell then treats it as a kernel that died (fresh kernel, names forgotten).
   */
  private interruptRun(kernel: NotebookKernel, run: CellRun): void {
    if (kernel.current !== run) return;
    kernel.worker?.interrupt({ ms: INTERRUPT_GRACE_MS, reason: `Interrupted, but the kernel did not stop within ${INTERRUPT_GRACE_MS / 1000} s (one long operation), so it was ended` });
  }

  /** Ends every queued cell without running it. */
  private cancelQueued(kernel: NotebookKernel): void {
    for (const run of kernel.queue.splice(0)) this.endUnrun(kernel, run);
  }

  private endUnrun(kernel: NotebookKernel, run: CellRun): void {
    const i = kernel.queue.indexOf(run);
    if (i >= 0) kernel.queue.splice(i, 1);
    this.finish(run, undefined);
  }

  /** Ends the execution once: with success or failure if the cell started, with no result if it never did. */
  private finish(run: CellRun, success: boolean | undefined): void {
    if (run.done) return;
    run.done = true;
    run.cancelListener?.dispose();
    try {
      if (!run.started) {
        run.execution.start();
        run.execution.end(undefined);
      } else {
        run.execution.end(success, Date.now());
      }
    } catch (e) {
      console.error('[activation-lab] could not end a cell execution', e);
    }
  }

  dispose(): void {
    for (const notebook of [...this.kernels.keys()]) this.closeKernel(notebook);
    for (const d of this.disposables.splice(0)) d.dispose();
  }
}

/**
 * One CellOutput → one NotebookCellOutput, keeping every representation (VS Code picks one to show).
 * application/json becomes MIME_VALUE so that VS Code shows the text/plain item (see MIME_VALUE), with
 * at most MAX_STORED_NUMBERS numbers of a vector (see notebook-value-cap.ts).
 */
export function toNotebookOutput(output: CellOutput): vscode.NotebookCellOutput {
  const items = output.items.map((kernelItem) => {
    const { mime: kernelMime, data } = capOutputItem(kernelItem);
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
