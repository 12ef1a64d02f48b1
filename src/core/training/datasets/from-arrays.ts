/**
 * The user's data from arrays (vectors in the notebook): `inputs` as rows (a list of equal-length
 * lists of numbers, or a flat list of numbers for 1-D data, one row each) and `labels` (all
 * numbers or all strings, one per row; encoded by `encodeLabels`). Every value is checked and an
 * error names the entry, e.g. `inputs[3][1] is NaN`.
 */
import { RawData } from './dataset';
import { DatasetError } from './dataset-error';
import { DatasetLimits } from './common-options';
import { encodeLabels, LabelTask } from './labels';

export interface ArraysOptions {
  readonly inputs: ArrayLike<unknown>;
  readonly labels: ArrayLike<unknown>;
  readonly task: LabelTask;
}

function show(v: unknown): string {
  return typeof v === 'string' ? JSON.stringify(v) : Array.isArray(v) ? 'a list' : String(v);
}

export function readArrays(options: ArraysOptions, limits: DatasetLimits): RawData {
  const rows = options.inputs;
  const n = rows.length;
  if (n === 0) throw new DatasetError('inputs is empty; give one row of numbers per point', 'inputs');
  if (n > limits.maxRows) throw new DatasetError(`inputs has ${n} rows, more than the row limit ${limits.maxRows}`, 'inputs');
  const flat = typeof rows[0] === 'number';
  const d = flat ? 1 : (rows[0] as ArrayLike<unknown>)?.length;
  if (!flat && (typeof rows[0] !== 'object' || rows[0] === null || typeof d !== 'number')) {
    throw new DatasetError(`inputs[0] must be a number or a list of numbers, got ${show(rows[0])}`, 'inputs');
  }
  if (d === 0) throw new DatasetError('inputs[0] is an empty list; every row needs at least one number', 'inputs');
  if (d > limits.maxColumns) throw new DatasetError(`inputs rows have ${d} values, more than the column limit ${limits.maxColumns}`, 'inputs');
  const inputs = new Float64Array(n * d);
  for (let i = 0; i < n; i++) {
    const row = rows[i];
    if (flat) {
      if (typeof row !== 'number') throw new DatasetError(`inputs[${i}] must be a number like inputs[0], got ${show(row)}`, 'inputs');
      if (!Number.isFinite(row)) throw new DatasetError(`inputs[${i}] is ${row}; inputs must be finite numbers`, 'inputs');
      inputs[i] = row;
      continue;
    }
    const r = row as ArrayLike<unknown>;
    if (typeof r !== 'object' || r === null || typeof r.length !== 'number') {
      throw new DatasetError(`inputs[${i}] must be a list of ${d} numbers like inputs[0], got ${show(row)}`, 'inputs');
    }
    if (r.length !== d) throw new DatasetError(`inputs[${i}] has ${r.length} values, expected ${d} (as inputs[0])`, 'inputs');
    for (let j = 0; j < d; j++) {
      const v = r[j];
      if (typeof v !== 'number') throw new DatasetError(`inputs[${i}][${j}] must be a number, got ${show(v)}`, 'inputs');
      if (!Number.isFinite(v)) throw new DatasetError(`inputs[${i}][${j}] is ${v}; inputs must be finite numbers`, 'inputs');
      inputs[i * d + j] = v;
    }
  }
  const labels = options.labels;
  if (labels.length !== n) throw new DatasetError(`labels has ${labels.length} values but inputs has ${n} rows; give one label per row`, 'labels');
  const values: (string | number)[] = [];
  const kind = typeof labels[0];
  for (let i = 0; i < n; i++) {
    const v = labels[i];
    if (typeof v !== 'number' && typeof v !== 'string') throw new DatasetError(`labels[${i}] must be a number or a string, got ${show(v)}`, 'labels');
    if (typeof v !== kind) throw new DatasetError(`labels must be all numbers or all strings; labels[0] is a ${kind}, labels[${i}] a ${typeof v}`, 'labels');
    if (typeof v === 'number' && !Number.isFinite(v)) throw new DatasetError(`labels[${i}] is ${v}; labels must be finite`, 'labels');
    if (typeof v === 'string' && v === '') throw new DatasetError(`labels[${i}] is an empty string`, 'labels');
    values.push(v);
  }
  const encoded = encodeLabels(values, options.task, 'labels', (i) => `labels[${i}]`);
  const names = Array.from({ length: d }, (_, j) => `x${j + 1}`);
  return { n, d, inputs, ...encoded, names };
}
