/**
 * The error every dataset function throws for a bad option, bad user data or a size past a limit.
 * The message is a full sentence naming what is wrong and what is accepted, e.g.
 * `noise must be between 0 and 1, got 2`; the language adds the position of the call.
 */
export class DatasetError extends Error {
  constructor(
    message: string,
    /** The option (keyword argument) at fault, e.g. "noise", or null when it is the data itself. */
    readonly option: string | null = null,
    /** For CSV text: the 1-based line of the offending row, else null. */
    readonly line: number | null = null,
    /** For CSV text: the 1-based column (field number) of the offending field, else null. */
    readonly column: number | null = null,
  ) {
    super(message);
    this.name = 'DatasetError';
  }
}
