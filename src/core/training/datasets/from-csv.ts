/**
 * The user's data from CSV text (the language layer reads the file and passes its text).
 *
 * - Header row: "auto" (default) takes the first row as a header when a field of it is not a
 *   number where the row below has a number, or when none of its fields is a number.
 * - Label column: `label` names it (header name) or numbers it (1 = first); default the last.
 *   Labels are encoded by `encodeLabels` (class names or numbers; `task` overrides).
 * - Every other column is an input and must hold finite numbers; each bad field is an error naming
 *   its line and column (and the column's name). Every row must have as many fields as the first.
 */
import { RawData } from './dataset';
import { DatasetError } from './dataset-error';
import { CsvRow, splitCsv } from './csv-text';
import { DatasetLimits } from './common-options';
import { encodeLabels, LabelTask } from './labels';
import { parseNumber } from './parse-number';

export interface CsvOptions {
  readonly text: string;
  readonly label: string | number | null;
  readonly header: boolean | 'auto';
  readonly delimiter: string;
  readonly task: LabelTask;
}

function isNumber(field: string | undefined): boolean {
  return field !== undefined && parseNumber(field).ok;
}

function detectHeader(rows: readonly CsvRow[]): boolean {
  const first = rows[0].fields;
  if (first.every((f) => !isNumber(f))) return true;
  if (rows.length < 2) return false;
  const second = rows[1].fields;
  return first.some((f, j) => !isNumber(f) && isNumber(second[j]));
}

function labelColumn(spec: string | number | null, header: readonly string[] | null, columns: number): number {
  if (spec === null) return columns - 1;
  if (typeof spec === 'number') {
    if (spec > columns) throw new DatasetError(`label must be a column number from 1 to ${columns}, got ${spec}`, 'label');
    return spec - 1;
  }
  if (!header) throw new DatasetError(`label ${JSON.stringify(spec)} names a column, but the text has no header row; give the column number instead`, 'label');
  const j = header.indexOf(spec.trim());
  if (j < 0) {
    throw new DatasetError(`label: no column is named ${JSON.stringify(spec)}; the columns are ${header.map((h) => JSON.stringify(h)).join(', ')}`, 'label');
  }
  return j;
}

export function readCsv(options: CsvOptions, limits: DatasetLimits): RawData {
  if (options.text.trim() === '') throw new DatasetError('the CSV text is empty', 'text');
  const rows = splitCsv(options.text, options.delimiter, limits);
  if (rows.length === 0) throw new DatasetError('the CSV text has no rows', 'text');
  const hasHeader = options.header === 'auto' ? detectHeader(rows) : options.header;
  const columns = rows[0].fields.length;
  const header = hasHeader ? rows[0].fields.map((f) => f.trim()) : null;
  const data = hasHeader ? rows.slice(1) : rows;
  if (columns < 2) {
    throw new DatasetError(`the CSV needs at least 2 columns (inputs and a label), line ${rows[0].line} has ${columns}; is the delimiter ${JSON.stringify(options.delimiter)} right?`, 'text', rows[0].line);
  }
  if (data.length === 0) throw new DatasetError(`the CSV text has a header (line ${rows[0].line}) but no data rows`, 'text', rows[0].line);
  if (data.length > limits.maxRows) {
    throw new DatasetError(`the CSV text has ${data.length} data rows, more than the row limit ${limits.maxRows}`, 'text');
  }
  if (columns - 1 > limits.maxColumns) {
    throw new DatasetError(`the CSV text has ${columns - 1} input columns, more than the column limit ${limits.maxColumns}`, 'text');
  }
  const lab = labelColumn(options.label, header, columns);
  const inputCols = [...Array(columns).keys()].filter((j) => j !== lab);
  const colName = (j: number) => (header && header[j] !== '' ? header[j] : `x${inputCols.indexOf(j) + 1}`);
  const where = (row: CsvRow, j: number) => `line ${row.line}, column ${j + 1}${header ? ` (${JSON.stringify(header[j])})` : ''}`;

  const d = inputCols.length;
  const inputs = new Float64Array(data.length * d);
  const rawLabels: string[] = [];
  // Every bad row is found in one reading: the error shows the first (with its position) and lists
  // the next ones, so a file with several bad rows needs one fix-up, not one run per row.
  const problems: { message: string; line: number; column?: number }[] = [];
  for (let i = 0; i < data.length; i++) {
    const row = data[i];
    if (row.fields.length !== columns) {
      problems.push({ message: `line ${row.line}: ${row.fields.length} fields, expected ${columns} (as on line ${rows[0].line})`, line: row.line });
      continue;
    }
    let rowOk = true;
    for (let k = 0; k < d; k++) {
      const j = inputCols[k];
      const parsed = parseNumber(row.fields[j]);
      if (!parsed.ok) {
        if (rowOk) problems.push({ message: `${where(row, j)}: ${parsed.why}`, line: row.line, column: j + 1 });
        rowOk = false;
        continue;
      }
      inputs[i * d + k] = parsed.value;
    }
    const label = row.fields[lab].trim();
    if (label === '' && rowOk) problems.push({ message: `${where(row, lab)}: the label is empty`, line: row.line, column: lab + 1 });
    rawLabels.push(label);
  }
  if (problems.length > 0) throw badRowsError(problems);
  const labels = labelValues(rawLabels, data, lab, where, options.task);
  const encoded = encodeLabels(labels, options.task, 'label', (i) => `line ${data[i].line}`);
  return { n: data.length, d, inputs, ...encoded, names: inputCols.map(colName) };
}

/** How many further bad rows an error lists after the first. */
const LISTED_BAD_ROWS = 5;

/** The first bad row's error (positioned there), with the next few listed and the rest counted. */
function badRowsError(problems: readonly { message: string; line: number; column?: number }[]): DatasetError {
  const [first, ...rest] = problems;
  if (rest.length === 0) return new DatasetError(first.message, 'text', first.line, first.column);
  const listed = rest.slice(0, LISTED_BAD_ROWS).map((p) => p.message).join('; ');
  const more = rest.length > LISTED_BAD_ROWS ? `; and ${rest.length - LISTED_BAD_ROWS} more` : '';
  return new DatasetError(`${first.message} (${rest.length} more bad row${rest.length === 1 ? '' : 's'}: ${listed}${more})`, 'text', first.line, first.column);
}

/** All numbers, or (for class names) all strings; a mix is an error unless the task says classes. */
function labelValues(raw: readonly string[], data: readonly CsvRow[], lab: number, where: (r: CsvRow, j: number) => string, task: LabelTask): (string | number)[] {
  const parsed = raw.map(parseNumber);
  const firstBad = parsed.findIndex((p) => !p.ok);
  if (firstBad < 0) return parsed.map((p) => (p as { value: number }).value);
  const bad = parsed[firstBad] as { why: string };
  const row = data[firstBad];
  if (task === 'regression') throw new DatasetError(`${where(row, lab)}: ${bad.why}; regression needs numeric labels`, 'text', row.line, lab + 1);
  if (/^[+-]?(nan|inf|infinity)$/i.test(raw[firstBad])) {
    throw new DatasetError(`${where(row, lab)}: ${bad.why}`, 'text', row.line, lab + 1);
  }
  const numbers = parsed.filter((p) => p.ok).length;
  if (task === 'auto' && numbers > 0) {
    throw new DatasetError(
      `${where(row, lab)}: the label ${JSON.stringify(raw[firstBad])} is not a number while ${numbers} other labels are; fix it, or pass task="multiclass" (or "binary") to read every label as a class name`,
      'text',
      row.line,
      lab + 1,
    );
  }
  return raw.slice();
}
