/** Where a piece of source text is: every token and AST node carries one. */
export interface Span {
  /** Offset of the first character (0-based, UTF-16 code units). */
  start: number;
  /** Offset just past the last character. */
  end: number;
  /** 1-based line of the first character. */
  line: number;
  /** 1-based column of the first character. */
  column: number;
  /** 1-based line of the last character (equal to line for an empty span). */
  endLine: number;
  /** 1-based column of the last character, inclusive (equal to column for an empty span). */
  endColumn: number;
}

/** The span covering both a and b (a before b). */
export function joinSpans(a: Span, b: Span): Span {
  return { start: a.start, end: b.end, line: a.line, column: a.column, endLine: b.endLine, endColumn: b.endColumn };
}
