/**
 * The result of running one cell's source: the stable output contract that the notebook controller
 * shows and `activation-lab eval|run --json` prints (other tools read it: keep it stable).
 */
export interface OutputItem {
  mime: string;
  /** A string for text/plain; any JSON value for the JSON-based MIME types. */
  data: unknown;
}

/** One displayed statement: its alternative representations, richest last. */
export interface CellOutput {
  /**
   * Only when the cell shows more than one value: the source of the statement this output belongs to,
   * on one line (its text/plain then reads `source  →  value`). Absent for a cell with one value.
   */
  statement?: string;
  items: OutputItem[];
}

export interface CellError {
  message: string;
  /** 1-based. */
  line: number;
  /** 1-based. */
  column: number;
  /** 1-based, inclusive end of the offending span when known. */
  endLine?: number;
  endColumn?: number;
}

export interface CellResult {
  ok: boolean;
  /** The outputs of the statements that ran, in order (on an error: those before it). */
  outputs: CellOutput[];
  error: CellError | null;
}
