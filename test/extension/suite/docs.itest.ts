import * as assert from 'assert';
import * as vscode from 'vscode';
import { listActivations } from '../../../src/core/activations/registry';
import { listVectorActivations } from '../../../src/core/vector/registry';
import { activateExtension, workspaceUri } from './notebook-helpers';
import { waitFor } from './wait';

/** Every hover's Markdown at a position, joined (other providers, e.g. TypeScript's, contribute too). */
async function hoverText(uri: vscode.Uri, position: vscode.Position): Promise<string> {
  const hovers = (await vscode.commands.executeCommand<vscode.Hover[]>('vscode.executeHoverProvider', uri, position)) ?? [];
  return hovers.flatMap((h) => h.contents.map((c) => (typeof c === 'string' ? c : 'value' in c ? c.value : ''))).join('\n');
}

/** The position of `needle` (its first occurrence after `after`, if given) plus `delta` characters. */
function positionOf(document: vscode.TextDocument, needle: string, delta = 1, after?: string): vscode.Position {
  const text = document.getText();
  const from = after ? text.indexOf(after) : 0;
  assert.ok(from >= 0, `${after} not in ${document.uri.path}`);
  const index = text.indexOf(needle, from);
  assert.ok(index >= 0, `${needle} not in ${document.uri.path}`);
  return document.positionAt(index + delta);
}

/** The hover of ours among them: it starts with the framework's name (or carries the record's chart). */
function assertChart(text: string): void {
  assert.match(text, /!\[[^\]]*\]\(data:image\/svg\+xml;base64,[A-Za-z0-9+/=]+\)/, 'an inline chart of f and f′');
}

describe('activation docs in a real VS Code', () => {
  before(async () => {
    await activateExtension();
  });

  it('an activation cell: hovering gelu shows the record with a data:image/svg+xml chart', async () => {
    const data = new vscode.NotebookData([
      new vscode.NotebookCellData(vscode.NotebookCellKind.Code, 'plot(gelu, relu)', 'activation'),
      new vscode.NotebookCellData(vscode.NotebookCellKind.Code, 'leaky_relu(-1, negative_slope=0.2)', 'activation'),
      new vscode.NotebookCellData(vscode.NotebookCellKind.Code, 'p = softmax([1, 2, 3])', 'activation'),
    ]);
    const notebook = await vscode.workspace.openNotebookDocument('activation-lab-notebook', data);
    await vscode.window.showNotebookDocument(notebook);
    try {
      await assertActivationCellHovers(notebook);
    } finally {
      // Leave no dirty untitled notebook behind for the suites that run after this one.
      await vscode.window.showNotebookDocument(notebook);
      await vscode.commands.executeCommand('workbench.action.revertAndCloseActiveEditor');
    }
  });

  async function assertActivationCellHovers(notebook: vscode.NotebookDocument): Promise<void> {
    const [plotCell, leakyCell, softmaxCell] = notebook.getCells();
    assert.strictEqual(plotCell.document.languageId, 'activation');
    const text = await hoverText(plotCell.document.uri, positionOf(plotCell.document, 'gelu', 2));
    assert.match(text, /\*\*GELU\*\* — `gelu`/);
    assert.match(text, /erf/);
    assert.match(text, /\*\*Properties\*\*/);
    assert.match(text, /Hendrycks/);
    assertChart(text);
    const leaky = await hoverText(leakyCell.document.uri, positionOf(leakyCell.document, 'leaky_relu', 3));
    assert.match(leaky, /\*\*Written here\*\*\n\n- `negative_slope=0\.2`/, 'the parameter value written in the call');
    assert.match(leaky, /with negative\\_slope=0\.2/);
    assertChart(leaky);
    // A vector activation: its record (Jacobian, shape) and the chart of the two-class slice, captioned.
    const softmax = await hoverText(softmaxCell.document.uri, positionOf(softmaxCell.document, 'softmax', 3));
    assert.match(softmax, /\*\*Softmax\*\* — `softmax`/);
    assert.match(softmax, /\*\*Jacobian\*\*/);
    assert.match(softmax, /\*\*Shape\*\*: `n → n`/);
    assert.match(softmax, /Bridle/);
    assert.ok(softmax.includes('f(x) = softmax(\\[x, 0\\])\\[0\\] = sigmoid(x)'), 'the caption says what the chart draws');
    assertChart(softmax);
  }

  describe('a Python file (samples/frameworks/example.py)', () => {
    let document: vscode.TextDocument;
    before(async () => {
      document = await vscode.workspace.openTextDocument(workspaceUri('frameworks', 'example.py'));
      await vscode.window.showTextDocument(document);
      assert.strictEqual(document.languageId, 'python');
    });

    it('torch.nn.GELU() is PyTorch GELU, with the record and chart', async () => {
      const text = await hoverText(document.uri, positionOf(document, 'torch.nn.GELU', 10));
      assert.match(text, /^\*\*PyTorch\*\*: `torch\.nn\.GELU` is `gelu` — GELU/m);
      assert.match(text, /Hendrycks/);
      assertChart(text);
    });

    it('F.silu is PyTorch SiLU', async () => {
      const text = await hoverText(document.uri, positionOf(document, 'F.silu', 3));
      assert.match(text, /^\*\*PyTorch\*\*: `F\.silu`(?: \(`torch\.nn\.functional\.silu`\))? is `silu`/m);
      assertChart(text);
    });

    it('nn.LeakyReLU(0.2) shows the slope written there', async () => {
      const text = await hoverText(document.uri, positionOf(document, 'nn.LeakyReLU', 4));
      assert.match(text, /is `leaky_relu`/);
      assert.match(text, /- `negative_slope=0\.2`\n/);
    });

    it('activation="relu" in a Keras layer is TensorFlow / Keras ReLU', async () => {
      const text = await hoverText(document.uri, positionOf(document, '"relu"', 2));
      assert.match(text, /^\*\*TensorFlow \/ Keras\*\*: `"relu"` is `relu` — ReLU/m);
      assertChart(text);
    });

    it("jax.nn.gelu says where JAX's defaults differ from PyTorch's", async () => {
      const text = await hoverText(document.uri, positionOf(document, 'jax.nn.gelu', 8));
      assert.match(text, /^\*\*JAX\*\*: `jax\.nn\.gelu` is `gelu`/m);
      assert.match(text, /\*\*Differs from PyTorch\*\*/);
      assert.match(text, /- `approximate=False`/, 'the argument written there');
    });

    it('F.softmax is PyTorch Softmax, with the note on dim and the chart', async () => {
      const text = await hoverText(document.uri, positionOf(document, 'F.softmax', 3));
      assert.match(text, /^\*\*PyTorch\*\*: `F\.softmax`(?: \(`torch\.nn\.functional\.softmax`\))? is `softmax` — Softmax/m);
      assert.match(text, /\*\*Note\*\*: dim has no usable default/);
      assert.match(text, /\*\*Jacobian\*\*/);
      assertChart(text);
    });

    it('no hover on relu_count or on a name="relu_logits" string', async () => {
      assert.strictEqual(await hoverText(document.uri, positionOf(document, 'relu_count', 2)), '');
      assert.strictEqual(await hoverText(document.uri, positionOf(document, 'relu_logits', 2)), '');
    });
  });

  it("a TypeScript file (TensorFlow.js): activation: 'relu' and tf.leakyRelu", async () => {
    const document = await vscode.workspace.openTextDocument(workspaceUri('frameworks', 'example.ts'));
    await vscode.window.showTextDocument(document);
    assert.strictEqual(document.languageId, 'typescript');
    const text = await hoverText(document.uri, positionOf(document, "'relu'", 2));
    assert.match(text, /\*\*TensorFlow\.js\*\*: `"relu"` is `relu` — ReLU/);
    assertChart(text);
    const sigmoid = await hoverText(document.uri, positionOf(document, "'sigmoid'", 2));
    assert.match(sigmoid, /\*\*TensorFlow\.js\*\*: `"sigmoid"` is `sigmoid`/);
    const leaky = await hoverText(document.uri, positionOf(document, 'tf.leakyRelu', 4));
    assert.match(leaky, /\*\*TensorFlow\.js\*\*: `tf\.leakyRelu` \(`tf\.nn\.leaky_relu`\) is `leaky_relu`/);
  });

  it('a Jupyter notebook cell: F.gelu', async () => {
    const notebook = await vscode.workspace.openNotebookDocument(workspaceUri('frameworks', 'example.ipynb'));
    const cell = notebook.cellAt(0);
    assert.strictEqual(cell.document.uri.scheme, 'vscode-notebook-cell');
    assert.strictEqual(cell.document.languageId, 'python');
    const text = await hoverText(cell.document.uri, positionOf(cell.document, 'F.gelu', 3));
    assert.match(text, /^\*\*PyTorch\*\*: `F\.gelu`(?: \(`torch\.nn\.functional\.gelu`\))? is `gelu`/m);
    assertChart(text);
  });

  it('"Activation Lab: Open Activation Reference" opens a webview listing the activations, searchable', async () => {
    const total = listActivations().length + listVectorActivations().length;
    const first = await vscode.commands.executeCommand<{ query: string; shown: number; total: number } | undefined>('activation-lab.openReference');
    const tab = await waitFor('the Activation Reference tab', () =>
      vscode.window.tabGroups.all.flatMap((g) => g.tabs).find((t) => t.input instanceof vscode.TabInputWebview && t.label === 'Activation Reference'),
    );
    assert.ok((tab.input as vscode.TabInputWebview).viewType.endsWith('activation-lab.reference'));
    assert.deepStrictEqual(first, { type: 'rendered', query: '', shown: total, total }, 'the page ran its script and lists every activation');
    // With a query the same panel reloads with the search filled in; its script filters the entries.
    const gelu = await vscode.commands.executeCommand<{ query: string; shown: number; total: number } | undefined>('activation-lab.openReference', 'gelu');
    assert.ok(gelu && gelu.query === 'gelu' && gelu.shown >= 1 && gelu.shown < total, JSON.stringify(gelu));
    const softmax = await vscode.commands.executeCommand<{ query: string; shown: number; total: number } | undefined>('activation-lab.openReference', 'F.softmax');
    assert.ok(softmax && softmax.shown === 1 && softmax.total === total, `the vector activations are listed: ${JSON.stringify(softmax)}`);
    const none = await vscode.commands.executeCommand<{ shown: number } | undefined>('activation-lab.openReference', 'no-such-activation');
    assert.strictEqual(none?.shown, 0);
    const tabs = vscode.window.tabGroups.all.flatMap((g) => g.tabs).filter((t) => t.label === 'Activation Reference');
    assert.strictEqual(tabs.length, 1, 'one panel, revealed again');
    await vscode.commands.executeCommand('activation-lab.openReference', 'gelu');
  });

  it('the hover shows in the editor (left open for the exit screenshot)', async () => {
    const document = await vscode.workspace.openTextDocument(workspaceUri('frameworks', 'example.py'));
    const editor = await vscode.window.showTextDocument(document, vscode.ViewColumn.One);
    const position = positionOf(document, 'torch.nn.GELU', 10);
    editor.selection = new vscode.Selection(position, position);
    editor.revealRange(new vscode.Range(position, position), vscode.TextEditorRevealType.InCenter);
    await vscode.commands.executeCommand('editor.action.showHover');
    await new Promise((r) => setTimeout(r, 1500));
    assert.ok(vscode.window.activeTextEditor?.document.uri.toString() === document.uri.toString());
  });
});
