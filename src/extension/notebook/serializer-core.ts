/**
 * The serializer without vscode: the `.actnb` file (src/kernel/notebook-file/) to and from plain
 * objects shaped like VS Code's NotebookData, NotebookCellData, NotebookCellOutput and
 * NotebookCellOutputItem. serializer.ts only turns these into the vscode classes and back, so the
 * whole open → save path is unit-tested in Node (test/extension/notebook/round-trip.test.ts).
 *
 * What the editor's model cannot hold is parked in metadata slots (kept-fields.ts): unknown fields
 * at every level, that an `execution` or an output's `metadata` was written even when empty, and the
 * form (base64, text, JSON) of each output item where a save would otherwise choose another.
 */
import type { JsonObject, NotebookFile, NotebookFileCell, NotebookFileExecution, NotebookFileOutput } from '../../kernel/notebook-file/notebook-file';
import {
  KEPT_EXECUTION_FIELDS_KEY,
  KEPT_FIELDS_KEY,
  KEPT_ITEM_FIELDS_KEY,
  KEPT_ITEM_FORMS_KEY,
  KEPT_METADATA_PRESENT_KEY,
  KEPT_TIMING_FIELDS_KEY,
  stashKept,
  unstashKept,
} from './kept-fields';
import { LANGUAGE_ID } from '../ids';
import { bytesToFileItem, fileItemToBytes, formOf } from './output-item-bytes';

/** vscode.NotebookCellKind's values. */
export const MARKUP_CELL = 1;
export const CODE_CELL = 2;

export interface ModelOutputItem {
  mime: string;
  data: Uint8Array;
}

export interface ModelOutput {
  items: ModelOutputItem[];
  metadata?: Record<string, unknown>;
}

export interface ModelExecutionSummary {
  executionOrder?: number;
  success?: boolean;
  timing?: { startTime: number; endTime: number };
}

export interface ModelCell {
  kind: number;
  value: string;
  languageId: string;
  metadata?: Record<string, unknown>;
  outputs?: ModelOutput[];
  executionSummary?: ModelExecutionSummary;
}

export interface ModelNotebook {
  cells: ModelCell[];
  metadata?: Record<string, unknown>;
}

// ---------------------------------------------------------------------------------------------
// Open: file → model

export function fileToModel(file: NotebookFile): ModelNotebook {
  return { cells: file.cells.map(cellToModel), metadata: stashKept(file.metadata, { [KEPT_FIELDS_KEY]: file.unknownFields }) };
}

function cellToModel(cell: NotebookFileCell): ModelCell {
  const model: ModelCell = {
    kind: cell.kind === 'markdown' ? MARKUP_CELL : CODE_CELL,
    value: cell.source,
    languageId: cell.language,
    metadata: stashKept(cell.metadata, {
      [KEPT_FIELDS_KEY]: cell.unknownFields,
      // {} too: the file had an execution, even one the editor's summary cannot show.
      [KEPT_EXECUTION_FIELDS_KEY]: cell.execution ? (cell.execution.unknownFields ?? {}) : undefined,
      [KEPT_TIMING_FIELDS_KEY]: cell.execution?.timing?.unknownFields,
    }),
    outputs: cell.outputs.map(outputToModel),
  };
  if (cell.execution) {
    const { executionOrder, success, timing } = cell.execution;
    model.executionSummary = { executionOrder, success, timing: timing && { startTime: timing.startTime, endTime: timing.endTime } };
  }
  return model;
}

function outputToModel(output: NotebookFileOutput): ModelOutput {
  const items = output.items.map((item) => ({ mime: item.mime, data: fileItemToBytes(item) }));
  const itemFields = output.items.some((item) => item.unknownFields) ? output.items.map((item) => item.unknownFields ?? null) : undefined;
  // The form a save would choose for these bytes; where the file's differs, it is kept.
  const forms = output.items.map((item, i) => {
    const form = formOf(item);
    return formOf(bytesToFileItem(item.mime, items[i].data)) === form ? null : form;
  });
  const metadata = stashKept(output.metadata, {
    [KEPT_FIELDS_KEY]: output.unknownFields,
    [KEPT_ITEM_FIELDS_KEY]: itemFields,
    [KEPT_ITEM_FORMS_KEY]: forms.some((f) => f !== null) ? forms : undefined,
    [KEPT_METADATA_PRESENT_KEY]: output.metadata !== undefined && Object.keys(output.metadata).length === 0 ? true : undefined,
  });
  return Object.keys(metadata).length ? { items, metadata } : { items };
}

// ---------------------------------------------------------------------------------------------
// Save: model → file

export function modelToFile(model: ModelNotebook): NotebookFile {
  const top = unstashKept(model.metadata);
  const file: NotebookFile = { metadata: top.metadata, cells: model.cells.map(cellToFile) };
  if (top.fields) file.unknownFields = top.fields;
  return file;
}

function cellToFile(cell: ModelCell): NotebookFileCell {
  const kept = unstashKept(cell.metadata);
  const isMarkdown = cell.kind === MARKUP_CELL;
  const result: NotebookFileCell = {
    kind: isMarkdown ? 'markdown' : 'code',
    language: cell.languageId || (isMarkdown ? 'markdown' : LANGUAGE_ID),
    source: cell.value,
    metadata: kept.metadata,
    outputs: (cell.outputs ?? []).map(outputToFile),
  };
  const execution = executionToFile(cell.executionSummary, kept.executionFields, kept.timingFields);
  if (execution) result.execution = execution;
  if (kept.fields) result.unknownFields = kept.fields;
  return result;
}

function executionToFile(summary: ModelExecutionSummary | undefined, unknownFields: JsonObject | undefined, timingFields: JsonObject | undefined): NotebookFileExecution | undefined {
  const execution: NotebookFileExecution = {};
  if (summary?.executionOrder !== undefined) execution.executionOrder = summary.executionOrder;
  if (summary?.success !== undefined) execution.success = summary.success;
  if (summary?.timing) {
    execution.timing = { startTime: summary.timing.startTime, endTime: summary.timing.endTime };
    if (timingFields) execution.timing.unknownFields = timingFields;
  }
  if (unknownFields && Object.keys(unknownFields).length) execution.unknownFields = unknownFields;
  // An execution the file had stays, even empty; otherwise only a summary with something in it is written.
  return Object.keys(execution).length || unknownFields ? execution : undefined;
}

function outputToFile(output: ModelOutput): NotebookFileOutput {
  const kept = unstashKept(output.metadata);
  const items = output.items.map((item, i) => {
    const fileItem = bytesToFileItem(item.mime, item.data, kept.itemForms?.[i] ?? undefined);
    const fields = kept.itemFields?.[i];
    if (fields) fileItem.unknownFields = fields;
    return fileItem;
  });
  const result: NotebookFileOutput = { items };
  if (Object.keys(kept.metadata).length || kept.metadataPresent) result.metadata = kept.metadata;
  if (kept.fields) result.unknownFields = kept.fields;
  return result;
}
