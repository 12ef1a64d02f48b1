/**
 * The numbers of a displayed vector are stored in the output: in a notebook (and its saved file)
 * and in the CLI's --json. `linspace(0, 1, 1e7)` would put 192 MB there, and `x; x; x` more than
 * JavaScript can make into one string. So an output keeps at most `limit` numbers per item and
 * `total` per cell result, as `{ truncated: true, length, items, note }`: the note says how many
 * were kept and how to get the others (a slice of the vector in a cell of its own). The text/plain
 * item already shows a summary. The notebook uses the MAX_STORED_* limits, --json the larger
 * CLI_JSON_* ones (src/cli).
 */
import type { CellResult, OutputItem } from './cell-result';
import { MIME_JSON, MIME_VALUE } from '../shared/mime-types';

/** Numbers kept per vector output in a notebook. */
export const MAX_STORED_NUMBERS = 100_000;
/** Numbers kept per cell in a notebook, all its outputs together. */
export const MAX_STORED_NUMBERS_PER_CELL = 1_000_000;
/** Numbers kept per vector output in `--json` (about 20 MB of JSON at most). */
export const CLI_JSON_MAX_NUMBERS = 1_000_000;
/** Numbers kept per cell result in `--json`, all its outputs together (about 100 MB of JSON at most). */
export const CLI_JSON_MAX_NUMBERS_PER_CELL = 5_000_000;

/** The shape of a capped vector in a MIME_VALUE (or application/json) item. */
export interface TruncatedVector {
  truncated: true;
  /** How many numbers the vector has. */
  length: number;
  /** The first of them (at most the limit). */
  items: unknown[];
  /** How many were kept, and how to get the others. */
  note: string;
}

/** The note of a vector of `length` numbers of which the first `kept` are stored. */
export function truncationNote(kept: number, length: number, limit: number): string {
  const next = `v[${kept}:${Math.min(length, kept + Math.max(1, limit))}]`;
  return `${kept.toLocaleString('en-US')} of ${length.toLocaleString('en-US')} numbers are stored in this output (the output limit); to get the others, show a slice of the vector in a cell of its own, e.g. ${next}, or a summary such as sum(v), mean(v) or describe`;
}

/** The item with an over-long array replaced by a TruncatedVector; other items unchanged. */
export function capOutputItem(item: OutputItem, limit = MAX_STORED_NUMBERS): OutputItem {
  return capItem(item, limit, { left: Infinity });
}

function capItem(item: OutputItem, limit: number, budget: { left: number }): OutputItem {
  if (item.mime !== MIME_JSON && item.mime !== MIME_VALUE) return item;
  // An array, or a vector already capped when its output was built (output-items.ts), maybe more than here.
  const prior = isTruncatedVector(item.data) ? item.data : undefined;
  const numbers = prior ? prior.items : item.data;
  if (!Array.isArray(numbers)) return item;
  const length = prior ? prior.length : numbers.length;
  const keep = Math.max(0, Math.min(limit, budget.left));
  if (numbers.length <= keep) {
    budget.left -= numbers.length;
    return item;
  }
  budget.left -= keep;
  const capped: TruncatedVector = { truncated: true, length, items: numbers.slice(0, keep), note: truncationNote(keep, length, limit) };
  return { mime: item.mime, data: capped };
}

function isTruncatedVector(data: unknown): data is TruncatedVector {
  return typeof data === 'object' && data !== null && (data as TruncatedVector).truncated === true && Array.isArray((data as TruncatedVector).items);
}

/** Every vector item capped at `limit` numbers, and the cell's items together at `total`. */
export function capCellResult(result: CellResult, limit = MAX_STORED_NUMBERS, total = MAX_STORED_NUMBERS_PER_CELL): CellResult {
  const budget = { left: total };
  return { ...result, outputs: result.outputs.map((output) => ({ ...output, items: output.items.map((item) => capItem(item, limit, budget)) })) };
}
