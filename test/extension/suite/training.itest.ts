// Training in a real VS Code (issue 10): a training cell's output updates in place while it runs,
// Interrupt ends it with the run kept for the next cell, both sample notebooks run, and the renderer
// reports drawn training charts and heatmaps.
import * as assert from 'assert';
import { execFileSync } from 'child_process';
import * as path from 'path';
import * as vscode from 'vscode';
import { MIME_TEXT, MIME_TRAINING, MIME_VALUE } from '../../../src/shared/mime-types';
import type { TrainingDrawnMessage } from '../../../src/shared/renderer-messages';
import { activateExtension, codeCells, executeCells, openWithKernel, workspaceUri } from './notebook-helpers';
import { waitFor } from './wait';

interface TrainingApi {
  trainingsDrawn: TrainingDrawnMessage[];
}

type Payload = { kind: string; progress?: { state: string; epoch: number }; runs?: unknown[] };

function payloadOf(cell: vscode.NotebookCell): Payload | undefined {
  for (const output of cell.outputs) {
    const found = output.items.find((i) => i.mime === MIME_TRAINING);
    if (found) return JSON.parse(new TextDecoder().decode(found.data)) as Payload;
  }
  return undefined;
}

function texts(cell: vscode.NotebookCell): string[] {
  return cell.outputs.map((o) => new TextDecoder().decode(o.items.find((i) => i.mime === MIME_TEXT)?.data ?? new Uint8Array()));
}

async function openCells(sources: string[]): Promise<vscode.NotebookEditor> {
  const data = new vscode.NotebookData(sources.map((s) => new vscode.NotebookCellData(vscode.NotebookCellKind.Code, s, 'activation')));
  const notebook = await vscode.workspace.openNotebookDocument('activation-lab-notebook', data);
  return openWithKernel(notebook.uri);
}

async function closeNotebook(editor: vscode.NotebookEditor): Promise<void> {
  await vscode.window.showNotebookDocument(editor.notebook);
  await vscode.commands.executeCommand('workbench.action.revertAndCloseActiveEditor');
}

function finished(cell: vscode.NotebookCell, beforeOrder: number | undefined, timeoutMs = 60_000): Promise<boolean> {
  return waitFor(`cell ${cell.index} to finish`, () => {
    const s = cell.executionSummary;
    return s?.success === undefined || !s.timing || s.executionOrder === beforeOrder ? undefined : s.success;
  }, timeoutMs);
}

const LONG_TRAINING = 'data = dataset("spiral", n=400, noise=0.2, seed=1)\nrun = train(mlp([2, 16, 16, 1], activation=tanh), data, epochs=1000000)';

describe('training in a real VS Code', () => {
  let api: TrainingApi;
  before(async () => {
    api = (await activateExtension()) as unknown as TrainingApi;
  });

  it('the same training cell gives bit-identical step losses and weights in the notebook and in the CLI', async () => {
    const source = 'data = dataset("spiral", n=200, noise=0.2, seed=1)\nrun = train(mlp([2, 8, 8, 1], activation=tanh, seed=3), data, epochs=15, batch=16, optimizer="adam")';
    const readout = 'run.step_loss\npredict(run, [0.25, -0.5])';
    const editor = await openCells([source, readout]);
    const [, reading] = codeCells(editor.notebook);
    await executeCells(editor);
    await finished(reading, undefined);
    const notebook = reading.outputs.map((o) => JSON.parse(new TextDecoder().decode(o.items.find((i) => i.mime === MIME_VALUE)!.data)));
    await closeNotebook(editor);
    const root = path.resolve(__dirname, '..', '..', '..', '..');
    const cli = JSON.parse(execFileSync(process.execPath, [path.join(root, 'bin', 'activation-lab.js'), 'eval', '--json', `${source}\n${readout}`], { encoding: 'utf8', env: { ...process.env, ELECTRON_RUN_AS_NODE: '1' } }));
    const values = (cli.outputs as Array<{ items: Array<{ mime: string; data: unknown }> }>).map((o) => o.items.find((i) => i.mime === 'application/json')!.data);
    assert.ok((notebook[0] as number[]).length >= 15, JSON.stringify(notebook).slice(0, 200));
    assert.deepStrictEqual(notebook, values.slice(-2));
  });

  it('a training cell updates its output in place while it runs; Interrupt stops it and keeps the run for the next cell', async () => {
    const editor = await openCells([LONG_TRAINING, 'run.stopped\nrun.steps > 0']);
    const [training, reading] = codeCells(editor.notebook);
    // Each live update replaces the cell's output: count the ones that show a running training.
    const live: number[] = [];
    const listener = vscode.workspace.onDidChangeNotebookDocument((e) => {
      for (const change of e.cellChanges) {
        if (change.cell !== training || change.outputs === undefined) continue;
        const p = payloadOf(change.cell);
        if (p?.progress?.state === 'running') live.push(p.progress.epoch);
      }
    });
    try {
      await vscode.commands.executeCommand('notebook.cell.execute', { ranges: [{ start: 0, end: 1 }], document: editor.notebook.uri });
      await waitFor('3 live output updates', () => (live.length >= 3 ? true : undefined), 60_000);
      assert.strictEqual(training.outputs.length, 1, 'a live update replaces the output, it does not add one');
      assert.ok(live[live.length - 1] > live[0], `epochs ${live.join(', ')}`);
      await vscode.commands.executeCommand('notebook.cancelExecution', editor.notebook.uri);
      assert.strictEqual(await finished(training, undefined), true, 'run = train(...) still assigns when interrupted');
      const p = payloadOf(training);
      assert.strictEqual(p?.progress?.state, 'interrupted', 'the run so far is drawn as interrupted');

      await vscode.commands.executeCommand('notebook.cell.execute', { ranges: [{ start: 1, end: 2 }], document: editor.notebook.uri });
      assert.strictEqual(await finished(reading, undefined), true);
      assert.deepStrictEqual(texts(reading), ['run.stopped  →  "interrupted"', 'run.steps > 0  →  true']);
    } finally {
      listener.dispose();
      await closeNotebook(editor);
    }
  });

  it('samples/relu-claims.actnb: every cell succeeds and prints its numbers', async () => {
    const editor = await openWithKernel(workspaceUri('relu-claims.actnb'));
    try {
      await executeCells(editor);
      const cells = codeCells(editor.notebook);
      assert.ok(cells.length >= 7);
      const failed = cells.filter((c) => c.executionSummary?.success !== true).map((c) => c.document.getText().split('\n')[0]);
      assert.deepStrictEqual(failed, []);
      for (const c of cells) assert.ok(texts(c).some((t) => /\d/.test(t)), `cell ${c.index} printed no number`);
    } finally {
      await closeNotebook(editor);
    }
  });

  it('samples/training.actnb runs; the renderer reports drawn training charts and heatmaps (a view and a comparison)', async () => {
    const editor = await openWithKernel(workspaceUri('training.actnb'));
    try {
      await executeCells(editor);
      const cells = codeCells(editor.notebook);
      const failed = cells.filter((c) => c.executionSummary?.success !== true).map((c) => c.document.getText().split('\n')[0]);
      assert.deepStrictEqual(failed, []);
      const compare = cells.find((c) => c.document.getText().startsWith('cmp = compare_training'));
      assert.ok(compare);
      const cmp = payloadOf(compare);
      assert.strictEqual(cmp?.kind, 'comparison');
      assert.strictEqual(cmp?.runs?.length, 5);
      // The renderer draws the outputs that are on screen: show the comparison and the boundary cell.
      for (const cell of [cells.find((c) => c.document.getText().startsWith('boundary(run)')), compare]) {
        if (!cell) continue;
        editor.revealRange(new vscode.NotebookRange(cell.index, cell.index + 1), vscode.NotebookEditorRevealType.InCenter);
      }
      const view = await waitFor('a drawn training view with a heatmap', () => api.trainingsDrawn.find((m) => m.kind === 'view' && m.heatmaps > 0 && m.heatmapPixels > 0 && m.paintedPixels > 1000), 60_000);
      // (A live update's message can count 0 painted pixels: the next update had redrawn the output by then.)
      const comparison = await waitFor('a drawn comparison', () => api.trainingsDrawn.find((m) => m.kind === 'comparison' && m.charts > 0 && m.heatmaps >= 5 && m.paintedPixels > 1000), 60_000);
      assert.ok(comparison.heatmapPixels > 0);
    } finally {
      await closeNotebook(editor);
    }
  });
});
