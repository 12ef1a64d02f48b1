/**
 * Reads a CSV file for dataset("file.csv") and csv("file.csv"): a relative path is relative to the
 * notebook's folder (EvaluatorOptions.baseDirectory: the CLI's `run` sets it from the file, the
 * extension from the notebook's URI), else to the process's working directory.
 */
import * as fs from 'fs';
import * as path from 'path';
import { LangError } from '../syntax/errors';
import type { Span } from '../syntax/span';
import type { CallContext } from '../runtime/values';

/** The largest file read (bytes): larger is an error before reading. */
export const MAX_CSV_BYTES = 256 * 1024 * 1024;

export function resolveDataPath(file: string, context: CallContext): string {
  return path.resolve(context.baseDirectory ?? process.cwd(), file);
}

export function readCsvFile(name: string, file: string, span: Span, context: CallContext): string {
  const full = resolveDataPath(file, context);
  let size: number;
  try {
    const stat = fs.statSync(full);
    if (!stat.isFile()) throw new LangError('eval', `${name}: ${file} is not a file (looked at ${full})`, span);
    size = stat.size;
  } catch (error) {
    if (error instanceof LangError) throw error;
    const code = (error as NodeJS.ErrnoException).code;
    const why = code === 'ENOENT' ? 'no such file' : (error as Error).message;
    const where = context.baseDirectory ? 'relative to the notebook\'s folder' : 'relative to the working directory';
    throw new LangError('eval', `${name}: cannot read ${file}: ${why} (a path is ${where}: ${full})`, span);
  }
  if (size > MAX_CSV_BYTES) throw new LangError('eval', `${name}: ${file} has ${size} bytes, more than the ${MAX_CSV_BYTES} a dataset file may have`, span);
  try {
    return fs.readFileSync(full, 'utf8');
  } catch (error) {
    throw new LangError('eval', `${name}: cannot read ${file}: ${(error as Error).message}`, span);
  }
}
