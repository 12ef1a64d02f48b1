import * as assert from 'assert';
import * as vscode from 'vscode';
import { MIME_TEXT } from '../../../src/shared/mime-types';
import { activateExtension, codeCells, executeCells, item, openWithKernel, workspaceUri } from './notebook-helpers';
import { waitFor } from './wait';

/** A fresh notebook in the workspace, one code cell per source. */
async function writeNotebook(name: string, sources: string[]): Promise<vscode.Uri> {
  const uri = workspaceUri(name);
  const file = {
    format: 'activation-lab-notebook',
    version: 1,
    metadata: {},
    cells: sources.map((source) => ({ kind: 'code', language: 'activation', source: source.split('\n'), metadata: {}, outputs: [] })),
  };
  await vscode.workspace.fs.writeFile(uri, new TextEncoder().encode(JSON.stringify(file, null, 2) + '\n'));
  return uri;
}

function ours(uri: vscode.Uri): vscode.Diagnostic[] {
  return vscode.languages.getDiagnostics(uri).filter((d) => d.source === 'activation-lab');
}

function labelOf(item: vscode.CompletionItem): string {
  return typeof item.label === 'string' ? item.label : item.label.label;
}

function hoverText(hovers: vscode.Hover[]): string {
  return hovers.flatMap((h) => h.contents.map((c) => (typeof c === 'string' ? c : 'value' in c ? c.value : ''))).join('\n');
}

function rangeOf(r: vscode.Range): string {
  return `${r.start.line}:${r.start.character}-${r.end.line}:${r.end.character}`;
}

/** Replaces the whole text of a cell (as typing would) and waits until the document has it. */
async function setCellText(cell: vscode.NotebookCell, text: string): Promise<void> {
  const document = cell.document;
  const edit = new vscode.WorkspaceEdit();
  edit.replace(document.uri, new vscode.Range(0, 0, document.lineCount, 0), text);
  assert.ok(await vscode.workspace.applyEdit(edit));
  await waitFor(`cell ${cell.index} to read ${text}`, () => (document.getText() === text ? true : undefined));
}

/** The part of the extension's API these tests read. */
interface KernelStateApi {
  kernelState(notebook: vscode.NotebookDocument): string;
}

describe('editor support in a real VS Code', () => {
  let notebook: vscode.NotebookDocument;
  let cells: vscode.NotebookCell[];
  let api: KernelStateApi;

  before(async () => {
    api = (await activateExtension()) as unknown as KernelStateApi;
    const uri = await writeNotebook(`editor-support-${Date.now()}.actnb`, [
      'my_f(x) = x * 2', // 0: a definition
      'my_f(3) + 1', // 1: uses it
      'gleu(1)', // 2: a misspelt activation
      'leaky_relu(1, ', // 3: an argument being typed
      'relu(1,,2)', // 4: a syntax error
    ]);
    notebook = await vscode.workspace.openNotebookDocument(uri);
    await vscode.window.showNotebookDocument(notebook);
    cells = codeCells(notebook);
    assert.strictEqual(cells.length, 5);
  });

  it('squiggles an unknown name with a suggestion, at the name', async () => {
    const uri = cells[2].document.uri;
    const [diagnostic] = await waitFor('a diagnostic on gleu(1)', () => (ours(uri).length > 0 ? ours(uri) : undefined));
    assert.strictEqual(diagnostic.message, "unknown name 'gleu'; did you mean 'gelu'?");
    assert.strictEqual(rangeOf(diagnostic.range), '0:0-0:4');
    assert.strictEqual(diagnostic.severity, vscode.DiagnosticSeverity.Error);
  });

  it('squiggles a syntax error at the offending token, saying what was expected', async () => {
    const uri = cells[4].document.uri;
    const [diagnostic] = await waitFor('a diagnostic on relu(1,,2)', () => (ours(uri).length > 0 ? ours(uri) : undefined));
    assert.match(diagnostic.message, /expected/);
    assert.strictEqual(rangeOf(diagnostic.range), '0:7-0:8', diagnostic.message);
    assert.strictEqual(diagnostic.severity, vscode.DiagnosticSeverity.Error);
  });

  it('knows a name defined in an earlier cell (no squiggle on my_f in cell 2)', async () => {
    await waitFor('diagnostics of cell 3', () => (ours(cells[2].document.uri).length > 0 ? true : undefined));
    assert.deepStrictEqual(ours(cells[1].document.uri).map((d) => d.message), []);
    assert.deepStrictEqual(ours(cells[0].document.uri).map((d) => d.message), []);
  });

  it('updates the squiggles as you type, and a name defined later is unknown before it', async () => {
    const cell = cells[1];
    await setCellText(cell, 'my_f(3) + later_name');
    const [diagnostic] = await waitFor('a diagnostic on later_name', () => (ours(cell.document.uri).length > 0 ? ours(cell.document.uri) : undefined));
    assert.match(diagnostic.message, /^unknown name 'later_name'/);
    assert.strictEqual(rangeOf(diagnostic.range), '0:10-0:20');
    await setCellText(cell, 'my_f(3) + 1');
    await waitFor('the squiggle to go', () => (ours(cell.document.uri).length === 0 ? true : undefined));
  });

  it('the quick fix replaces the misspelt name: gleu(1) becomes gelu(1)', async () => {
    const document = cells[2].document;
    const [diagnostic] = await waitFor('a diagnostic on gleu(1)', () => (ours(document.uri).length > 0 ? ours(document.uri) : undefined));
    const actions = await vscode.commands.executeCommand<vscode.CodeAction[]>('vscode.executeCodeActionProvider', document.uri, diagnostic.range);
    const fix = actions.find((a) => a.title.includes("'gelu'"));
    assert.ok(fix, `a fix to gelu among: ${actions.map((a) => a.title).join('; ')}`);
    assert.strictEqual(fix.kind?.value, vscode.CodeActionKind.QuickFix.value);
    assert.strictEqual(fix.isPreferred, true);
    assert.ok(fix.edit, 'the fix carries an edit');
    assert.ok(await vscode.workspace.applyEdit(fix.edit));
    assert.strictEqual(document.getText(), 'gelu(1)');
    await waitFor('the squiggle to go', () => (ours(document.uri).length === 0 ? true : undefined));
  });

  it('completes keyword arguments inside leaky_relu(1, ', async () => {
    const document = cells[3].document;
    const position = document.positionAt(document.getText().length);
    const list = await vscode.commands.executeCommand<vscode.CompletionList>('vscode.executeCompletionItemProvider', document.uri, position);
    const item = list.items.find((i) => labelOf(i) === 'negative_slope');
    assert.ok(item, `negative_slope among ${list.items.length} items: ${list.items.slice(0, 20).map(labelOf).join(', ')}`);
    assert.strictEqual(item.insertText, 'negative_slope=');
    assert.match(item.detail ?? '', /0\.01/);
  });

  it('completes activations and names from earlier cells at the start of a cell', async () => {
    const document = cells[1].document;
    const list = await vscode.commands.executeCommand<vscode.CompletionList>('vscode.executeCompletionItemProvider', document.uri, new vscode.Position(0, 0));
    const labels = new Set(list.items.map(labelOf));
    for (const name of ['gelu', 'relu', 'leaky_relu', 'plot', 'my_f']) assert.ok(labels.has(name), `${name} is offered`);
    const gelu = list.items.find((i) => labelOf(i) === 'gelu')!;
    assert.strictEqual(gelu.kind, vscode.CompletionItemKind.Function);
    assert.match(gelu.detail ?? '', /^gelu\(x, approximate=/);
    const myF = list.items.find((i) => labelOf(i) === 'my_f')!;
    assert.strictEqual(myF.detail, 'my_f(x)');
    const firstCell = await vscode.commands.executeCommand<vscode.CompletionList>('vscode.executeCompletionItemProvider', cells[0].document.uri, new vscode.Position(0, 0));
    assert.ok(firstCell.items.some((i) => labelOf(i) === 'gelu'));
    assert.ok(!firstCell.items.some((i) => labelOf(i) === 'my_f' && i.detail === 'my_f(x)'), 'my_f is not defined before cell 1');
  });

  it('signature help inside leaky_relu(1, | marks negative_slope', async () => {
    const document = cells[3].document;
    const position = document.positionAt(document.getText().length);
    const help = await vscode.commands.executeCommand<vscode.SignatureHelp>('vscode.executeSignatureHelpProvider', document.uri, position, ',');
    assert.ok(help && help.signatures.length > 0, 'a signature');
    const signature = help.signatures[help.activeSignature];
    assert.match(signature.label, /^leaky_relu\(x, negative_slope=0\.01[,)]/);
    const active = signature.parameters[help.activeParameter];
    assert.ok(active, `active parameter ${help.activeParameter}`);
    const label = typeof active.label === 'string' ? active.label : signature.label.slice(active.label[0], active.label[1]);
    assert.strictEqual(label, 'negative_slope=0.01');
  });

  it('go to definition on my_f in cell 2 jumps to cell 1', async () => {
    const document = cells[1].document;
    const position = new vscode.Position(0, 2);
    const targets = await vscode.commands.executeCommand<Array<vscode.Location | vscode.LocationLink>>('vscode.executeDefinitionProvider', document.uri, position);
    assert.strictEqual(targets.length, 1, JSON.stringify(targets));
    const target = targets[0];
    const uri = 'targetUri' in target ? target.targetUri : target.uri;
    const range = 'targetUri' in target ? (target.targetSelectionRange ?? target.targetRange) : target.range;
    assert.strictEqual(uri.toString(), cells[0].document.uri.toString());
    assert.strictEqual(rangeOf(range), '0:0-0:4');
  });

  it('hover on my_f shows its definition and the cell it is in', async () => {
    const document = cells[1].document;
    const hovers = await vscode.commands.executeCommand<vscode.Hover[]>('vscode.executeHoverProvider', document.uri, new vscode.Position(0, 1));
    const text = hoverText(hovers);
    assert.match(text, /my_f\(x\) = x \* 2/);
    assert.match(text, /cell 1\b/);
  });

  it('checks .act script files too', async () => {
    const uri = workspaceUri(`editor-support-${Date.now()}.act`);
    await vscode.workspace.fs.writeFile(uri, new TextEncoder().encode('scale = 2\nrelu(scale) + sigmod(1)\n'));
    const document = await vscode.workspace.openTextDocument(uri);
    await vscode.window.showTextDocument(document);
    assert.strictEqual(document.languageId, 'activation');
    const [diagnostic] = await waitFor('a diagnostic in the script', () => (ours(uri).length > 0 ? ours(uri) : undefined));
    assert.strictEqual(diagnostic.message, "unknown name 'sigmod'; did you mean 'sigmoid'?");
    assert.strictEqual(rangeOf(diagnostic.range), '1:14-1:20');
  });

  it('the kernel runs the cells with the same scoping (my_f from cell 1 in cell 2), then reports idle, then restarted', async () => {
    const editor = await openWithKernel(notebook.uri);
    assert.strictEqual(api.kernelState(notebook), 'not started');
    await executeCells(editor);
    assert.strictEqual(item(cells[1], MIME_TEXT), '7');
    await waitFor('the kernel to be idle', () => (api.kernelState(notebook) === 'idle' ? true : undefined));
    await vscode.commands.executeCommand('activation-lab.restartKernel');
    assert.strictEqual(api.kernelState(notebook), 'restarted');
  });
});
