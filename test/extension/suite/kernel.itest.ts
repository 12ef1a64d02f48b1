// The kernel runs in a worker thread: a long cell leaves the editor responsive and can be interrupted
// (names kept); a restart during Run All does not run the queued cells in the fresh kernel; a cell
// failing or deleted mid-queue leaves no cell pending; a large vector is capped in the notebook.
import * as assert from 'assert';
import * as vscode from 'vscode';
import { MIME_ERROR, MIME_TEXT, MIME_VALUE } from '../../../src/shared/mime-types';
import { activateExtension, codeCells, item, openWithKernel } from './notebook-helpers';
import { waitFor } from './wait';

/** About ten seconds of work in the kernel (the 12th derivative through a user function at three million points). */
const LONG_CELL = 'sum(d(x -> x*sigmoid(x), 12)(linspace(-4, 4, 3000000)))';
/** About a second and a half of the same work. */
const SHORTER_CELL = 'sum(d(x -> x*sigmoid(x), 12)(linspace(-4, 4, 500000)))';

interface KernelApi {
  kernelState(notebook: vscode.NotebookDocument): string;
  kernelEvents(notebook: vscode.NotebookDocument): readonly string[];
}

/** How many times an event ("started", "interrupt seen") was reported by the notebook's kernel threads. */
function eventCount(api: KernelApi, notebook: vscode.NotebookDocument, event: string): number {
  return api.kernelEvents(notebook).filter((e) => e === event).length;
}

/** Waits until the kernel thread reported `event` for the n-th time. */
function kernelReported(api: KernelApi, notebook: vscode.NotebookDocument, event: string, n: number): Promise<true> {
  return waitFor(`the kernel to report "${event}" ${n} time(s)`, () => (eventCount(api, notebook, event) >= n ? true : undefined));
}

/**
 * Runs a quick-pick command and answers its quick pick with `answer`, sent again until the command
 * settles (the quick pick may not be showing yet when the first one is sent).
 */
async function answerQuickPick<T>(command: string, answer: string): Promise<T | undefined> {
  let settled = false;
  const result = Promise.resolve(vscode.commands.executeCommand<T | undefined>(command)).finally(() => (settled = true));
  while (!settled) {
    await vscode.commands.executeCommand(answer);
    await Promise.race([result, new Promise((r) => setTimeout(r, 100))]);
  }
  return result;
}

async function openNotebook(sources: string[]): Promise<vscode.NotebookEditor> {
  const data = new vscode.NotebookData(sources.map((s) => new vscode.NotebookCellData(vscode.NotebookCellKind.Code, s, 'activation')));
  const notebook = await vscode.workspace.openNotebookDocument('activation-lab-notebook', data);
  return openWithKernel(notebook.uri);
}

async function closeNotebook(editor: vscode.NotebookEditor): Promise<void> {
  await vscode.window.showNotebookDocument(editor.notebook);
  await vscode.commands.executeCommand('workbench.action.revertAndCloseActiveEditor');
}

/** The cells' execution orders now, to tell a new finished execution from an old one. */
function ordersOf(cells: vscode.NotebookCell[]): Array<number | undefined> {
  return cells.map((c) => c.executionSummary?.executionOrder);
}

/** Runs cells (by index) and returns at once; finishedAfter(...) waits for them. */
async function startCells(editor: vscode.NotebookEditor, start: number, end = start + 1): Promise<void> {
  await vscode.commands.executeCommand('notebook.cell.execute', { ranges: [{ start, end }], document: editor.notebook.uri });
}

/** Waits until the cell has a finished execution with a success flag and a timing it did not have before. */
function finished(cell: vscode.NotebookCell, before: { order?: number; end?: number }, timeoutMs = 60_000): Promise<boolean> {
  return waitFor(
    `cell ${cell.index} to finish`,
    () => {
      const s = cell.executionSummary;
      if (s?.success === undefined || !s.timing || (s.executionOrder === before.order && s.timing.endTime === before.end)) return undefined;
      return s.success;
    },
    timeoutMs,
  );
}

function lastRun(cell: vscode.NotebookCell): { order?: number; end?: number } {
  return { order: cell.executionSummary?.executionOrder, end: cell.executionSummary?.timing?.endTime };
}

function errorText(cell: vscode.NotebookCell): string {
  return cell.outputs.flatMap((o) => o.items.filter((i) => i.mime === MIME_ERROR).map((i) => new TextDecoder().decode(i.data))).join('\n');
}

describe('the kernel in a real VS Code', () => {
  let api: KernelApi;

  before(async () => {
    api = (await activateExtension()) as unknown as KernelApi;
  });

  it('a long cell leaves the editor responsive; Interrupt stops it as "interrupted" and keeps the names defined before', async function () {
    const editor = await openNotebook(['kept = relu(41)', LONG_CELL, 'kept + 1']);
    try {
      const [defining, long, reading] = codeCells(editor.notebook);
      await startCells(editor, 0);
      assert.strictEqual(await finished(defining, {}), true);

      const before = lastRun(long);
      await startCells(editor, 1);
      await waitFor('the kernel to run', () => (api.kernelState(editor.notebook) === 'running' ? true : undefined));
      // The worker thread is computing the long cell (its second "started": the first was cell 0).
      await kernelReported(api, editor.notebook, 'started', 2);
      assert.strictEqual(api.kernelState(editor.notebook), 'running', 'the long cell finished too soon for this test');

      // The extension host answers while the cell computes: a hover from our own provider, and a timer.
      const hoverStart = Date.now();
      const hovers = await vscode.commands.executeCommand<vscode.Hover[]>('vscode.executeHoverProvider', defining.document.uri, new vscode.Position(0, 8));
      const hoverMs = Date.now() - hoverStart;
      assert.ok(hoverMs < 1000, `the hover took ${hoverMs} ms while the cell ran`);
      const hoverText = hovers.flatMap((h) => h.contents.map((c) => (typeof c === 'string' ? c : c.value))).join('\n');
      assert.match(hoverText, /relu/i);
      const timerStart = Date.now();
      await new Promise((r) => setTimeout(r, 50));
      assert.ok(Date.now() - timerStart < 500, `a 50 ms timer took ${Date.now() - timerStart} ms`);
      assert.strictEqual(api.kernelState(editor.notebook), 'running');

      await vscode.commands.executeCommand('notebook.cancelExecution', editor.notebook.uri);
      assert.strictEqual(await finished(long, before, 10_000), false);
      // The worker stopped at its next poll (it saw the interrupt); it was not replaced after the grace period.
      assert.strictEqual(eventCount(api, editor.notebook, 'interrupt seen'), 1, 'the worker did not report seeing the interrupt');
      assert.notStrictEqual(api.kernelState(editor.notebook), 'restarted', 'the kernel was replaced, not interrupted');
      assert.match(errorText(long), /line 1, column 1: interrupted/);

      await startCells(editor, 2);
      assert.strictEqual(await finished(reading, {}), true, errorText(reading));
      assert.strictEqual(item(reading, MIME_TEXT), '42');
      assert.strictEqual(reading.executionSummary?.executionOrder, 3, 'the kernel was not restarted: the count goes on');
    } finally {
      await closeNotebook(editor);
    }
  });

  it('restart during Run All: the running cell fails as restarted, the queued ones end without running, the count starts again at 1', async () => {
    const editor = await openNotebook(['a = 1', LONG_CELL, 'a + 1', 'a + 2', 'fresh = 5']);
    try {
      const [first, long, queued1, queued2, fresh] = codeCells(editor.notebook);
      await vscode.commands.executeCommand('notebook.cell.execute', { ranges: [{ start: 0, end: 4 }], document: editor.notebook.uri });
      assert.strictEqual(await finished(first, {}), true);
      await kernelReported(api, editor.notebook, 'started', 2);
      assert.strictEqual(api.kernelState(editor.notebook), 'running');

      await vscode.commands.executeCommand('activation-lab.restartKernel');
      assert.strictEqual(api.kernelState(editor.notebook), 'restarted');
      assert.strictEqual(await finished(long, {}, 10_000), false);
      assert.match(errorText(long), /restarted while this cell ran/);

      // A cell run now is the fresh kernel's first: had a queued cell run in it, this one would be [2] or later.
      await startCells(editor, 4);
      assert.strictEqual(await finished(fresh, {}), true, errorText(fresh));
      assert.strictEqual(fresh.executionSummary?.executionOrder, 1);
      for (const cell of [queued1, queued2]) {
        assert.notStrictEqual(cell.executionSummary?.success, true, `cell ${cell.index} ran`);
        assert.strictEqual(cell.outputs.length, 0, `cell ${cell.index} has outputs: ${errorText(cell)}`);
      }
      assert.deepStrictEqual(ordersOf([first]), [1]);
    } finally {
      await closeNotebook(editor);
    }
  });

  it('a failing cell mid-queue does not stop the rest; nor does a running cell being deleted', async () => {
    const editor = await openNotebook(['y = 1', 'nope(', 'y + 1', SHORTER_CELL, 'z = y + 2', 'z * 10']);
    try {
      const cells = codeCells(editor.notebook);
      await vscode.commands.executeCommand('notebook.execute', editor.notebook.uri);
      assert.strictEqual(await finished(cells[0], {}), true);
      assert.strictEqual(await finished(cells[1], {}), false);
      assert.match(errorText(cells[1]), /line 1/);
      assert.strictEqual(await finished(cells[2], {}), true);
      assert.strictEqual(item(cells[2], MIME_TEXT), '2');

      // Delete the running cell: its execution can no longer write outputs; the cells after it still run.
      await waitFor('the shorter cell to start', () => (cells[2].executionSummary?.success === true ? true : undefined));
      const edit = new vscode.WorkspaceEdit();
      edit.set(editor.notebook.uri, [vscode.NotebookEdit.deleteCells(new vscode.NotebookRange(3, 4))]);
      assert.ok(await vscode.workspace.applyEdit(edit));
      const [, , , zDef, zTimes] = codeCells(editor.notebook);
      assert.strictEqual(zDef.document.getText(), 'z = y + 2');
      assert.strictEqual(await finished(zDef, {}, 20_000), true, errorText(zDef));
      assert.strictEqual(await finished(zTimes, {}, 20_000), true, errorText(zTimes));
      assert.strictEqual(item(zTimes, MIME_TEXT), '30');
      await waitFor('the kernel to be idle', () => (api.kernelState(editor.notebook) === 'idle' ? true : undefined));
    } finally {
      await closeNotebook(editor);
    }
  });

  it('closing a notebook while a cell runs ends its kernel; other notebooks run on', async () => {
    const editor = await openNotebook([LONG_CELL]);
    const notebook = editor.notebook;
    await startCells(editor, 0);
    await waitFor('the kernel to run', () => (api.kernelState(notebook) === 'running' ? true : undefined));
    const closed = new Promise<void>((resolve) => {
      const listener = vscode.workspace.onDidCloseNotebookDocument((n) => {
        if (n !== notebook) return;
        listener.dispose();
        resolve();
      });
    });
    await closeNotebook(editor);
    await closed;
    // The controller forgot the kernel (and ended its thread) when the notebook closed.
    assert.strictEqual(api.kernelState(notebook), 'not started');
    const other = await openNotebook(['relu(3)']);
    try {
      const [cell] = codeCells(other.notebook);
      const started = Date.now();
      await startCells(other, 0);
      assert.strictEqual(await finished(cell, {}), true, errorText(cell));
      assert.strictEqual(item(cell, MIME_TEXT), '3');
      assert.ok(Date.now() - started < 5000, `the next notebook's cell took ${Date.now() - started} ms`);
    } finally {
      await closeNotebook(other);
    }
  });

  it('clicking the status bar item asks before restarting: dismissed, nothing happens; "Restart kernel" restarts', async () => {
    const editor = await openNotebook(['m = 2', 'm']);
    try {
      const [define, read] = codeCells(editor.notebook);
      await startCells(editor, 0);
      assert.strictEqual(await finished(define, {}), true);
      await waitFor('the kernel to be idle', () => (api.kernelState(editor.notebook) === 'idle' ? true : undefined));
      const dismissed = await answerQuickPick<string>('activation-lab.kernelStatusMenu', 'workbench.action.closeQuickOpen');
      assert.strictEqual(dismissed, undefined);
      assert.strictEqual(api.kernelState(editor.notebook), 'idle');

      const chosen = await answerQuickPick<string>('activation-lab.kernelStatusMenu', 'workbench.action.acceptSelectedQuickOpenItem');
      assert.strictEqual(chosen, 'restart');
      assert.strictEqual(api.kernelState(editor.notebook), 'restarted');
      await startCells(editor, 1);
      assert.strictEqual(await finished(read, {}), false);
      assert.match(errorText(read), /unknown name 'm'/);
    } finally {
      await closeNotebook(editor);
    }
  });

  it('a ten-million-number vector keeps its first 100,000 numbers in the notebook, marked truncated', async () => {
    const editor = await openNotebook(['linspace(0, 1, 1e7)']);
    try {
      const [cell] = codeCells(editor.notebook);
      await startCells(editor, 0);
      assert.strictEqual(await finished(cell, {}), true, errorText(cell));
      const stored = item(cell, MIME_VALUE);
      assert.ok(stored.length < 5_000_000, `the value item is ${stored.length} bytes`);
      const value = JSON.parse(stored) as { truncated: boolean; length: number; items: number[] };
      assert.strictEqual(value.truncated, true);
      assert.strictEqual(value.length, 10_000_000);
      assert.strictEqual(value.items.length, 100_000);
      assert.strictEqual(value.items[1], 1 / 9_999_999);
      assert.match(item(cell, MIME_TEXT), /10,?000,?000|1e\+?7/);
    } finally {
      await closeNotebook(editor);
    }
  });
});
