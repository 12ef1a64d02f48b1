/**
 * Opens and saves `.actnb` files (format: src/kernel/notebook-file/notebook-file.ts). Outputs are restored with
 * their MIME items, so saved charts draw again on open. A file that does not parse is reported with
 * its line and column and not opened: opening it as an empty notebook would overwrite it on save.
 */
import * as vscode from 'vscode';
import { parseNotebookFile, serializeNotebookFile, type NotebookFile, type NotebookFileCell, type NotebookFileExecution, type NotebookFileOutput } from '../../kernel/notebook-file/notebook-file';
import { LANGUAGE_ID } from '../ids';
import { KEPT_EXECUTION_FIELDS_KEY, KEPT_FIELDS_KEY, KEPT_ITEM_FIELDS_KEY, KEPT_TIMING_FIELDS_KEY, stashKept, unstashKept } from './kept-fields';
import { bytesToFileItem, fileItemToBytes } from './output-item-bytes';

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
    let text: string;
    try {
      text = new TextDecoder('utf-8', { fatal: true }).decode(content);
    } catch {
      return this.refuse(new NotebookFileError('the file is not valid UTF-8 text', 1, 1));
    }
    const result = parseNotebookFile(text);
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
  const data = new vscode.NotebookData(file.cells.map(toCellData));
  data.metadata = stashKept(file.metadata, { [KEPT_FIELDS_KEY]: file.unknownFields });
  return data;
}

function toCellData(cell: NotebookFileCell): vscode.NotebookCellData {
  const kind = cell.kind === 'markdown' ? vscode.NotebookCellKind.Markup : vscode.NotebookCellKind.Code;
  const data = new vscode.NotebookCellData(kind, cell.source, cell.language);
  data.metadata = stashKept(cell.metadata, {
    [KEPT_FIELDS_KEY]: cell.unknownFields,
    [KEPT_EXECUTION_FIELDS_KEY]: cell.execution?.unknownFields,
    [KEPT_TIMING_FIELDS_KEY]: cell.execution?.timing?.unknownFields,
  });
  data.outputs = cell.outputs.map(toCellOutput);
  if (cell.execution) {
    const { executionOrder, success, timing } = cell.execution;
    data.executionSummary = { executionOrder, success, timing: timing && { startTime: timing.startTime, endTime: timing.endTime } };
  }
  return data;
}

function toCellOutput(output: NotebookFileOutput): vscode.NotebookCellOutput {
  const items = output.items.map((item) => new vscode.NotebookCellOutputItem(fileItemToBytes(item), item.mime));
  const itemFields = output.items.some((item) => item.unknownFields) ? output.items.map((item) => item.unknownFields ?? null) : undefined;
  const metadata = stashKept(output.metadata, { [KEPT_FIELDS_KEY]: output.unknownFields, [KEPT_ITEM_FIELDS_KEY]: itemFields });
  return new vscode.NotebookCellOutput(items, Object.keys(metadata).length ? metadata : undefined);
}

export function fromNotebookData(data: vscode.NotebookData): NotebookFile {
  const top = unstashKept(data.metadata);
  const file: NotebookFile = { metadata: top.metadata, cells: data.cells.map(fromCellData) };
  if (top.fields) file.unknownFields = top.fields;
  return file;
}

function fromCellData(cell: vscode.NotebookCellData): NotebookFileCell {
  const kept = unstashKept(cell.metadata);
  const isMarkdown = cell.kind === vscode.NotebookCellKind.Markup;
  const result: NotebookFileCell = {
    kind: isMarkdown ? 'markdown' : 'code',
    language: cell.languageId || (isMarkdown ? 'markdown' : LANGUAGE_ID),
    source: cell.value,
    metadata: kept.metadata,
    outputs: (cell.outputs ?? []).map(fromCellOutput),
  };
  const execution = fromExecutionSummary(cell.executionSummary, kept.executionFields, kept.timingFields);
  if (execution) result.execution = execution;
  if (kept.fields) result.unknownFields = kept.fields;
  return result;
}

function fromExecutionSummary(
  summary: vscode.NotebookCellExecutionSummary | undefined,
  unknownFields: NotebookFileExecution['unknownFields'],
  timingFields: NotebookFileExecution['unknownFields'],
): NotebookFileExecution | undefined {
  const execution: NotebookFileExecution = {};
  if (summary?.executionOrder !== undefined) execution.executionOrder = summary.executionOrder;
  if (summary?.success !== undefined) execution.success = summary.success;
  if (summary?.timing) {
    execution.timing = { startTime: summary.timing.startTime, endTime: summary.timing.endTime };
    if (timingFields) execution.timing.unknownFields = timingFields;
  }
  if (unknownFields) execution.unknownFields = unknownFields;
  return Object.keys(execution).length ? execution : undefined;
}

function fromCellOutput(output: vscode.NotebookCellOutput): NotebookFileOutput {
  const kept = unstashKept(output.metadata);
  const items = output.items.map((item, i) => {
    const fileItem = bytesToFileItem(item.mime, item.data);
    const fields = kept.itemFields?.[i];
    if (fields) fileItem.unknownFields = fields;
    return fileItem;
  });
  const result: NotebookFileOutput = { items };
  if (Object.keys(kept.metadata).length) result.metadata = kept.metadata;
  if (kept.fields) result.unknownFields = kept.fields;
  return result;
}
