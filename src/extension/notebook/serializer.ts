/**
 * Opens and saves `.actnb` files (format: src/kernel/notebook-file/notebook-file.ts). Outputs are restored with
 * their MIME items, so saved charts draw again on open. A file that is not valid UTF-8 or does not
 * parse is reported with its line and column and not opened: opening it as an empty notebook would
 * overwrite it on save. The mapping itself is vscode-free: serializer-core.ts.
 */
import * as vscode from 'vscode';
import { decodeNotebookBytes } from '../../kernel/notebook-file/notebook-bytes';
import { parseNotebookFile, serializeNotebookFile, type NotebookFile } from '../../kernel/notebook-file/notebook-file';
import { CODE_CELL, fileToModel, MARKUP_CELL, modelToFile, type ModelCell, type ModelNotebook } from './serializer-core';

/** Outputs are part of the document: saved to the file, and editing them marks it dirty. */
export const SERIALIZER_OPTIONS: vscode.NotebookDocumentContentOptions = { transientOutputs: false };

export class NotebookFileError extends Error {
  constructor(
    message: string,
    readonly line: number,
    readonly column: number,
  ) {
    super(`This notebook cannot be opened: line ${line}, column ${column}: ${message}. The file was left unchanged.`);
    this.name = 'NotebookFileError';
  }
}

export class ActivationNotebookSerializer implements vscode.NotebookSerializer {
  deserializeNotebook(content: Uint8Array): vscode.NotebookData {
    const decoded = decodeNotebookBytes(content);
    if (!decoded.ok) return this.refuse(new NotebookFileError(decoded.error.message, decoded.error.line, decoded.error.column));
    const result = parseNotebookFile(decoded.text);
    if (!result.ok) return this.refuse(new NotebookFileError(result.error.message, result.error.line, result.error.column));
    return toNotebookData(result.notebook);
  }

  serializeNotebook(data: vscode.NotebookData): Uint8Array {
    return new TextEncoder().encode(serializeNotebookFile(fromNotebookData(data)));
  }

  private refuse(error: NotebookFileError): never {
    void vscode.window.showErrorMessage(error.message);
    throw error;
  }
}

export function toNotebookData(file: NotebookFile): vscode.NotebookData {
  const model = fileToModel(file);
  const data = new vscode.NotebookData(model.cells.map(toCellData));
  data.metadata = model.metadata;
  return data;
}

function toCellData(cell: ModelCell): vscode.NotebookCellData {
  const kind = cell.kind === MARKUP_CELL ? vscode.NotebookCellKind.Markup : vscode.NotebookCellKind.Code;
  const data = new vscode.NotebookCellData(kind, cell.value, cell.languageId);
  data.metadata = cell.metadata;
  data.outputs = (cell.outputs ?? []).map(
    (output) => new vscode.NotebookCellOutput(output.items.map((item) => new vscode.NotebookCellOutputItem(item.data, item.mime)), output.metadata),
  );
  if (cell.executionSummary) data.executionSummary = cell.executionSummary;
  return data;
}

export function fromNotebookData(data: vscode.NotebookData): NotebookFile {
  const model: ModelNotebook = {
    metadata: data.metadata,
    cells: data.cells.map((cell) => ({
      kind: cell.kind === vscode.NotebookCellKind.Markup ? MARKUP_CELL : CODE_CELL,
      value: cell.value,
      languageId: cell.languageId,
      metadata: cell.metadata,
      outputs: (cell.outputs ?? []).map((output) => ({ items: output.items.map((item) => ({ mime: item.mime, data: item.data })), metadata: output.metadata })),
      executionSummary: cell.executionSummary,
    })),
  };
  return modelToFile(model);
}
