/**
 * Reads a CSV file for dataset("file.csv") and csv("file.csv"): a relative path is relative to the
 * notebook's folder (EvaluatorOptions.baseDirectory: the CLI's `run` sets it from the file, the
 * extension from the notebook's URI), else to the process's working directory.
 */
import { LangError } from '../syntax/errors';
import type { Span } from '../syntax/span';
import { DataFileError } from '../runtime/data-file';
import type { CallContext } from '../runtime/values';

/** The largest file read (bytes): larger is an error before reading. */
export const MAX_CSV_BYTES = 256 * 1024 * 1024;

export function readCsvFile(name: string, file: string, span: Span, context: CallContext): string {
  if (!context.readDataFile) throw new LangError('eval', `${name}: this kernel cannot read files (${file})`, span);
  try {
    return context.readDataFile(file, MAX_CSV_BYTES).text;
  } catch (error) {
    if (!(error instanceof DataFileError)) throw error;
    const where = context.baseDirectory ? "relative to the notebook's folder" : 'relative to the working directory';
    throw new LangError('eval', `${name}: cannot read ${file}: ${error.reason} (a path is ${where}: ${error.path})`, span);
  }
}
