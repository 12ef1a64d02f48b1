/**
 * Squiggles as you type: syntax errors and unknown names in activation cells of Activation Lab
 * notebooks and in `.act` files, updated 150 ms after the last change. A change in one cell
 * re-checks the whole notebook (a name defined or removed there changes what later cells may use).
 */
import * as vscode from 'vscode';
import type { Problem } from '../../lang/analysis/analysis';
import { analyseDocument, analyseNotebook, isAnalysable, notebookOf, spanToRange } from './document-analysis';
import { KERNEL_NOTEBOOK_TYPES, LANGUAGE_ID } from '../ids';

export const DIAGNOSTIC_SOURCE = 'activation-lab';
export const DEBOUNCE_MS = 150;

export class ActivationDiagnostics implements vscode.Disposable {
  private readonly collection = vscode.languages.createDiagnosticCollection(DIAGNOSTIC_SOURCE);
  private readonly disposables: vscode.Disposable[] = [this.collection];
  /** What to re-check when the timer fires: notebooks and script documents. */
  private readonly pending = new Set<vscode.NotebookDocument | vscode.TextDocument>();
  private timer: ReturnType<typeof setTimeout> | undefined;

  constructor() {
    this.disposables.push(
      vscode.workspace.onDidOpenTextDocument((d) => this.schedule(d)),
      vscode.workspace.onDidChangeTextDocument((e) => this.schedule(e.document)),
      vscode.workspace.onDidCloseTextDocument((d) => this.collection.delete(d.uri)),
      vscode.workspace.onDidOpenNotebookDocument((n) => this.scheduleNotebook(n)),
      vscode.workspace.onDidChangeNotebookDocument((e) => {
        this.scheduleNotebook(e.notebook);
        for (const change of e.contentChanges) for (const cell of change.removedCells) this.collection.delete(cell.document.uri);
      }),
      vscode.workspace.onDidCloseNotebookDocument((n) => {
        for (const cell of n.getCells()) this.collection.delete(cell.document.uri);
      }),
    );
    for (const notebook of vscode.workspace.notebookDocuments) this.scheduleNotebook(notebook);
    for (const document of vscode.workspace.textDocuments) this.schedule(document);
  }

  private schedule(document: vscode.TextDocument): void {
    if (document.uri.scheme === 'vscode-notebook-cell') {
      const notebook = notebookOf(document);
      if (notebook) this.scheduleNotebook(notebook);
      return;
    }
    if (document.languageId === LANGUAGE_ID) this.enqueue(document);
    else this.collection.delete(document.uri); // e.g. its language was changed away from activation
  }

  private scheduleNotebook(notebook: vscode.NotebookDocument): void {
    if (KERNEL_NOTEBOOK_TYPES.includes(notebook.notebookType)) this.enqueue(notebook);
  }

  private enqueue(target: vscode.NotebookDocument | vscode.TextDocument): void {
    this.pending.add(target);
    if (this.timer) clearTimeout(this.timer);
    this.timer = setTimeout(() => this.flush(), DEBOUNCE_MS);
  }

  /** Re-checks everything queued now (also called by tests that do not want to wait). */
  flush(): void {
    this.timer = undefined;
    const targets = [...this.pending];
    this.pending.clear();
    for (const target of targets) {
      if ('notebookType' in target) this.checkNotebook(target);
      else this.checkScript(target);
    }
  }

  private checkNotebook(notebook: vscode.NotebookDocument): void {
    if (notebook.isClosed) return;
    const { analysis, documents } = analyseNotebook(notebook);
    documents.forEach((document, i) => {
      this.collection.set(document.uri, analysis.problems(i).map((p) => toDiagnostic(document, p)));
    });
    // Cells that are not activation code (markdown, or another language) have no squiggles of ours.
    for (const cell of notebook.getCells()) if (!documents.includes(cell.document)) this.collection.delete(cell.document.uri);
  }

  private checkScript(document: vscode.TextDocument): void {
    if (document.isClosed || !isAnalysable(document)) return;
    const result = analyseDocument(document);
    if (result) this.collection.set(document.uri, result.analysis.problems(result.cell).map((p) => toDiagnostic(document, p)));
  }

  dispose(): void {
    if (this.timer) clearTimeout(this.timer);
    for (const d of this.disposables.splice(0)) d.dispose();
  }
}

export function toDiagnostic(document: vscode.TextDocument, problem: Problem): vscode.Diagnostic {
  const diagnostic = new vscode.Diagnostic(spanToRange(document, problem.span), problem.message, vscode.DiagnosticSeverity.Error);
  diagnostic.source = DIAGNOSTIC_SOURCE;
  diagnostic.code = problem.code;
  return diagnostic;
}
