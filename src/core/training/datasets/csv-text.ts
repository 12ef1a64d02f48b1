/**
 * Splits CSV text into rows of fields (RFC 4180): a delimiter (default ","), fields in double
 * quotes may hold the delimiter, line breaks and doubled quotes (""); LF, CRLF and CR end rows; a
 * leading byte-order mark is dropped; blank lines are skipped. Each row keeps the 1-based line it
 * starts on, for error messages. Stops with an error as soon as a limit is passed.
 */
import { DatasetError } from './dataset-error';

export interface CsvRow {
  readonly line: number;
  readonly fields: readonly string[];
}

export interface CsvTextLimits {
  /** Data rows; one more row is read (it may be a header) before reading stops with an error. */
  readonly maxRows: number;
  /** Input columns; one more field is allowed per row (the label). */
  readonly maxColumns: number;
}

export function splitCsv(text: string, delimiter: string, limits: CsvTextLimits): CsvRow[] {
  const rows: CsvRow[] = [];
  let i = text.charCodeAt(0) === 0xfeff ? 1 : 0;
  let line = 1;
  const n = text.length;
  while (i < n) {
    const start = line;
    const fields: string[] = [];
    let blank = true;
    for (;;) {
      // one field
      let field = '';
      if (text[i] === '"') {
        blank = false;
        const openLine = line;
        i++;
        for (;;) {
          if (i >= n) throw new DatasetError(`line ${openLine}: a quoted field is never closed (a " is missing)`, null, openLine, fields.length + 1);
          const ch = text[i];
          if (ch === '"') {
            if (text[i + 1] === '"') {
              field += '"';
              i += 2;
              continue;
            }
            i++;
            break;
          }
          if (ch === '\n' || (ch === '\r' && text[i + 1] !== '\n')) line++;
          field += ch;
          i++;
        }
        if (i < n && text[i] !== delimiter && text[i] !== '\n' && text[i] !== '\r') {
          throw new DatasetError(`line ${line}, column ${fields.length + 1}: text after a closing quote; put the whole field in quotes`, null, line, fields.length + 1);
        }
      } else {
        const from = i;
        while (i < n && text[i] !== delimiter && text[i] !== '\n' && text[i] !== '\r') i++;
        field = text.slice(from, i);
        if (field.trim() !== '') blank = false;
      }
      fields.push(field);
      if (fields.length > limits.maxColumns + 1) {
        throw new DatasetError(`line ${start}: more than ${limits.maxColumns} input columns and a label (the column limit)`, null, start, fields.length);
      }
      if (i < n && text[i] === delimiter) {
        blank = false;
        i++;
        continue;
      }
      break;
    }
    // end of row
    if (text[i] === '\r') i++;
    if (text[i] === '\n') i++;
    line++;
    if (blank) continue;
    rows.push({ line: start, fields });
    if (rows.length > limits.maxRows + 1) {
      throw new DatasetError(`the text has more than ${limits.maxRows} data rows (the row limit); use fewer rows or raise the limit`, null, start);
    }
  }
  return rows;
}
