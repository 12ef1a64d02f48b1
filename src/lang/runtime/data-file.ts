/**
 * Reading a data file named in a cell (`dataset("points.csv")`): the language reads no files itself
 * (src/lang imports no Node module); whoever runs it lends a reader through
 * EvaluatorOptions.readDataFile. The kernel's reads from the notebook's folder (src/kernel/data-file-reader.ts).
 */

/** Why a file could not be read, and the full path that was tried. */
export class DataFileError extends Error {
  constructor(readonly reason: string, readonly path: string) {
    super(`${reason} (${path})`);
  }
}

/** The text of `file` (relative to the notebook's folder), at most maxBytes; throws DataFileError. */
export type DataFileReader = (file: string, maxBytes: number) => { text: string; path: string };
