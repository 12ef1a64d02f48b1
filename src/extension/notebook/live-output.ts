/**
 * A running cell's live output (a training's progress from the worker): the first update replaces
 * the cell's outputs, every later one replaces the items of those same outputs in place
 * (execution.replaceOutputItems), so a long training redraws one output instead of adding outputs.
 * Updates that arrive while one is being shown are coalesced: only the newest is shown next.
 * The controller waits for settled() before it shows the cell's result.
 */
import type * as vscode from 'vscode';
import type { CellOutput } from '../../kernel/cell-result';

export class LiveOutput {
  private shown: vscode.NotebookCellOutput[] | undefined;
  private next: CellOutput[] | undefined;
  private flushing: Promise<void> | undefined;
  private closed = false;
  /** Updates drawn (for tests and the log). */
  drawn = 0;

  constructor(
    private readonly execution: vscode.NotebookCellExecution,
    private readonly convert: (output: CellOutput) => vscode.NotebookCellOutput,
  ) {}

  show(outputs: CellOutput[]): void {
    if (this.closed) return;
    this.next = outputs;
    this.flushing ??= this.flush().finally(() => (this.flushing = undefined));
  }

  private async flush(): Promise<void> {
    for (let outputs = this.take(); outputs && !this.closed; outputs = this.take()) {
      try {
        const converted = outputs.map(this.convert);
        if (this.shown && this.shown.length === converted.length) {
          for (let i = 0; i < converted.length; i++) await this.execution.replaceOutputItems(converted[i].items, this.shown[i]);
        } else {
          this.shown = converted;
          await this.execution.replaceOutput(converted);
        }
        this.drawn++;
      } catch {
        // The cell or its notebook went away: the run's end handles it.
        this.closed = true;
      }
    }
  }

  private take(): CellOutput[] | undefined {
    const outputs = this.next;
    this.next = undefined;
    return outputs;
  }

  /** No more updates; resolves once the one being shown is done. */
  async settled(): Promise<void> {
    this.closed = true;
    await this.flushing;
  }
}
