/**
 * The language analysis (src/lang/analysis/analysis.ts) for an open document: a cell of an Activation Lab
 * notebook is analysed together with the notebook's other activation cells, in order, so names
 * defined in earlier cells are known; a `.act` file is one cell on its own. Results are cached per
 * notebook (or file) until a cell's text or the list of cells changes.
 */
import * as vscode from 'vscode';
import type { Span } from '../../lang/syntax/span';
import { analyzeCells, type NotebookAnalysis } from '../../lang/analysis/analysis';
import { KERNEL_NOTEBOOK_TYPES, LANGUAGE_ID } from '../ids';

export interface DocumentAnalysis {
  analysis: NotebookAnalysis;
  /** The index of the document among the analysed cells. */
  cell: number;
  /** The analysed documents, in order (one for a script file). */
  documents: readonly vscode.TextDocument[];
}

const cache = new WeakMap<object, { key: string; analysis: NotebookAnalysis }>();

/** The notebook a cell document belongs to, if it is a cell of an Activation Lab notebook. */
export function notebookOf(document: vscode.TextDocument): vscode.NotebookDocument | undefined {
  if (document.uri.scheme !== 'vscode-notebook-cell') return undefined;
  const uri = document.uri.toString();
  return vscode.workspace.notebookDocuments.find(
    (n) => KERNEL_NOTEBOOK_TYPES.includes(n.notebookType) && n.getCells().some((c) => c.document.uri.toString() === uri),
  );
}

/** The activation code cells of a notebook, in order. */
export function activationCells(notebook: vscode.NotebookDocument): vscode.TextDocument[] {
  return notebook
    .getCells()
    .filter((c) => c.kind === vscode.NotebookCellKind.Code && c.document.languageId === LANGUAGE_ID)
    .map((c) => c.document);
}

/** Whether the editor features apply to a document: activation code in a notebook cell or a `.act` file. */
export function isAnalysable(document: vscode.TextDocument): boolean {
  if (document.languageId !== LANGUAGE_ID) return false;
  if (document.uri.scheme === 'vscode-notebook-cell') return notebookOf(document) !== undefined;
  return true;
}

export function analyseDocument(document: vscode.TextDocument): DocumentAnalysis | undefined {
  if (document.languageId !== LANGUAGE_ID) return undefined;
  const notebook = document.uri.scheme === 'vscode-notebook-cell' ? notebookOf(document) : undefined;
  if (document.uri.scheme === 'vscode-notebook-cell' && !notebook) return undefined;
  const documents = notebook ? activationCells(notebook) : [document];
  const cell = documents.findIndex((d) => d.uri.toString() === document.uri.toString());
  if (cell < 0) return undefined;
  return { analysis: analysisOf(notebook ?? document, documents), cell, documents };
}

/** The analysis of every activation cell of a notebook (for diagnostics of all its cells at once). */
export function analyseNotebook(notebook: vscode.NotebookDocument): { analysis: NotebookAnalysis; documents: vscode.TextDocument[] } {
  const documents = activationCells(notebook);
  return { analysis: analysisOf(notebook, documents), documents };
}

function analysisOf(owner: object, documents: readonly vscode.TextDocument[]): NotebookAnalysis {
  const key = documents.map((d) => `${d.uri.toString()}@${d.version}`).join('|');
  const hit = cache.get(owner);
  if (hit && hit.key === key) return hit.analysis;
  const analysis = analyzeCells(documents.map((d) => d.getText()));
  cache.set(owner, { key, analysis });
  return analysis;
}

export function spanToRange(document: vscode.TextDocument, span: Span): vscode.Range {
  return new vscode.Range(document.positionAt(span.start), document.positionAt(span.end));
}
