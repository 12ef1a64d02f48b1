/**
 * The --json output: cell results with their vectors capped (kernel/notebook-value-cap.ts, the
 * CLI_JSON_* limits: each capped vector says how to get the rest), and a JSON line even when the
 * whole is still more than JavaScript can make into one string (never a RangeError stack trace).
 */
import type { CellResult } from '../kernel/cell-result';
import { capCellResult, CLI_JSON_MAX_NUMBERS, CLI_JSON_MAX_NUMBERS_PER_CELL } from '../kernel/notebook-value-cap';

/** A cell result as --json prints it: vectors capped. */
export function jsonCellResult(result: CellResult): CellResult {
  return capCellResult(result, CLI_JSON_MAX_NUMBERS, CLI_JSON_MAX_NUMBERS_PER_CELL);
}

export const OUTPUT_TOO_LARGE = 'output too large to print as JSON (more text than one string can hold); show fewer or smaller values per cell';

/** JSON.stringify(value) and a newline; if the text cannot be built, a JSON line {ok: false, error} saying so. */
export function jsonLine(value: unknown): string {
  try {
    return JSON.stringify(value) + '\n';
  } catch (error) {
    if (!(error instanceof RangeError)) throw error;
    return JSON.stringify({ ok: false, outputs: [], error: { message: OUTPUT_TOO_LARGE, line: 1, column: 1 } }) + '\n';
  }
}
