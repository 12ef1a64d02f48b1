/**
 * The kernel's DataFileReader (src/lang/runtime/data-file.ts): a relative path is relative to the
 * notebook's folder (the CLI's `run` passes the file's folder, the extension the notebook's), else to
 * the working directory; a file larger than the limit is refused before it is read; the text must be UTF-8.
 */
import * as fs from 'fs';
import * as path from 'path';
import { DataFileError, type DataFileReader } from '../lang/runtime/data-file';

export function nodeDataFileReader(baseDirectory: string | undefined): DataFileReader {
  return (file, maxBytes) => {
    const full = path.resolve(baseDirectory ?? process.cwd(), file);
    let size: number;
    try {
      const stat = fs.statSync(full);
      if (!stat.isFile()) throw new DataFileError('not a file', full);
      size = stat.size;
    } catch (error) {
      if (error instanceof DataFileError) throw error;
      const code = (error as NodeJS.ErrnoException).code;
      throw new DataFileError(code === 'ENOENT' ? 'no such file' : (error as Error).message, full);
    }
    if (size > maxBytes) throw new DataFileError(`${size} bytes, more than the ${maxBytes} a data file may have`, full);
    let bytes: Buffer;
    try {
      bytes = fs.readFileSync(full);
    } catch (error) {
      throw new DataFileError((error as Error).message, full);
    }
    let text: string;
    try {
      text = new TextDecoder('utf-8', { fatal: true }).decode(bytes);
    } catch {
      throw new DataFileError('not valid UTF-8 text', full);
    }
    return { text, path: full };
  };
}
