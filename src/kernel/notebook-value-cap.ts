/**
 * In a notebook, the numbers of a displayed vector are stored in the output (and the saved file):
 * `linspace(0, 1, 1e7)` would put 192 MB there. The notebook keeps at most MAX_STORED_NUMBERS of them,
 * as `{ truncated: true, length, items }`; the text/plain item already shows a summary. The CLI's
 * --json contract is not capped (it does not use this).
 */
import type { CellResult, OutputItem } from './cell-result';
import { MIME_JSON, MIME_VALUE } from '../shared/mime-types';

export const MAX_STORED_NUMBERS = 100_000;

/** The shape of a capped vector in a MIME_VALUE (or application/json) item. */
export interface TruncatedVector {
  truncated: true;
  /** How many numbers the vector has. */
  length: number;
  /** The first MAX_STORED_NUMBERS of them. */
  items: unknown[];
}

/** The item with an over-long array replaced by a TruncatedVector; other items unchanged. */
export function capOutputItem(item: OutputItem, limit = MAX_STORED_NUMBERS): OutputItem {
  if ((item.mime !== MIME_JSON && item.mime !== MIME_VALUE) || !Array.isArray(item.data) || item.data.length <= limit) return item;
  const capped: TruncatedVector = { truncated: true, length: item.data.length, items: item.data.slice(0, limit) };
  return { mime: item.mime, data: capped };
}

export function capCellResult(result: CellResult, limit = MAX_STORED_NUMBERS): CellResult {
  return { ...result, outputs: result.outputs.map((output) => ({ ...output, items: output.items.map((item) => capOutputItem(item, limit)) })) };
}
