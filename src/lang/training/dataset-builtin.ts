/**
 * dataset(...) and csv(...): a core Dataset from a generator, the notebook's vectors or a CSV file.
 *
 *     dataset("spiral", n=500, noise=0.2, seed=1, split=0.5, features="x1, x2, x1^2", standardize=true)
 *     dataset(x, y)                               # 1-D inputs x, labels y (vectors of the same length)
 *     dataset(x1=[...], x2=[...], y=[...])        # columns x1, x2, ... and the labels y
 *     dataset("points.csv", label="class")        # a CSV file relative to the notebook; csv("points.csv") too
 *
 * Every keyword goes to the core's option specs (the registry checks names, kinds and ranges);
 * split= is the core's train=. Errors are at the argument they are about.
 */
import { DatasetError, datasetGeneratorNames, DEFAULT_LIMITS, makeDataset, type Dataset, type DatasetLimits } from '../../core/training/datasets';
import { DEFAULT_MAX_ELEMENTS } from '../runtime/evaluator-options';
import { getBuiltinSignature, signatureText } from '../builtins/builtin-signatures';
import { LangError } from '../syntax/errors';
import type { Span } from '../syntax/span';
import type { BuiltinFunction, CallArguments, CallContext, Value } from '../runtime/values';
import { describeValue, functionLabel, num } from '../runtime/values';
import { readCsvFile } from './csv-file';
import { positioned } from './training-errors';
import type { DatasetValue } from './training-values';

/** Keywords of the language that are not core options. */
const COLUMN = /^x([1-9][0-9]*)$/;

/** A keyword's value as the core's option specs read it. */
function optionValue(name: string, value: Value, span: Span, context: CallContext): unknown {
  switch (value.kind) {
    case 'number':
    case 'boolean':
      return value.value;
    case 'string':
      if (name === 'features') return value.value === 'all' ? 'all' : value.value.split(',').map((s) => s.trim()).filter((s) => s.length > 0);
      return value.value;
    case 'vector':
      return Array.from(value.items);
    case 'function': {
      const fn = value.callable;
      return (x: number): number => {
        const y = context.callFunction(fn, [num(x)], span);
        if (y.kind === 'number') return y.value;
        if (y.kind === 'boolean') return y.value ? 1 : 0;
        throw new LangError('eval', `dataset: fn must give a number for a number, ${functionLabel(fn)} gives ${describeValue(y)}`, span);
      };
    }
    default:
      throw new LangError('eval', `dataset: argument ${name} must be a number, a string, a boolean, a vector or a function, got ${describeValue(value)}`, span);
  }
}

function labelOf(source: string, options: Record<string, unknown>): string {
  const shown = Object.entries(options)
    .filter(([k, v]) => v !== undefined && typeof v !== 'function' && (!Array.isArray(v) || k === 'features') && k !== 'text' && k !== 'inputs' && k !== 'labels')
    .map(([k, v]) => `${k === 'train' ? 'split' : k}=${typeof v === 'string' ? JSON.stringify(v) : Array.isArray(v) ? JSON.stringify(v.join(', ')) : String(v)}`);
  // A generator reads like its call, spiral(n=500); a file or your data with the options after a space.
  const gap = /^[a-z-]+$/.test(source) ? '' : ' ';
  return shown.length > 0 ? `${source}${gap}(${shown.join(', ')})` : source;
}

function isFilePath(s: string): boolean {
  return /\.(csv|txt|tsv)$/i.test(s) || s.includes('/') || s.includes('\\');
}

/** Builds the dataset of a call; `forceCsv` for csv(path). */
export function datasetCall(name: string, args: CallArguments, context: CallContext, forceCsv: boolean): DatasetValue {
  if (args.positional.length > 2) {
    throw new LangError('eval', `${name} takes at most 2 positional arguments (a source and, for vectors, the labels), got ${args.positional.length}; give options by keyword, as in dataset("spiral", n=200)`, args.positional[2].span);
  }
  const spans = new Map<string, Span>();
  const options: Record<string, unknown> = {};
  const columns: Array<{ index: number; value: Value; span: Span }> = [];
  let labelsArg: { value: Value; span: Span } | undefined = args.positional[1];
  /** The keyword the user wrote for the core's train option: split (the documented one) unless train= was given. */
  let splitWord = 'split';
  for (const k of args.keywords) {
    const key = k.name === 'split' ? 'train' : k.name;
    if (key === 'train') splitWord = k.name;
    if (spans.has(key)) throw new LangError('eval', `${name}: ${k.name} is given twice${key === 'train' ? ' (split= and train= are the same option)' : ''}`, k.nameSpan);
    spans.set(key, k.span);
    if (key === 'train') spans.set('split', k.span);
    const column = COLUMN.exec(k.name);
    if (column) { columns.push({ index: Number(column[1]), value: k.value, span: k.span }); continue; }
    if (k.name === 'y' || k.name === 'labels') {
      if (labelsArg) throw new LangError('eval', `${name}: the labels are given twice`, k.nameSpan);
      labelsArg = { value: k.value, span: k.span };
      continue;
    }
    options[key] = optionValue(k.name, k.value, k.span, context);
  }
  const first = args.positional[0];
  const find = (key: string): Span | undefined => spans.get(key) ?? (key === 'name' || key === 'text' || key === 'inputs' ? first?.span ?? columns[0]?.span : key === 'labels' ? labelsArg?.span : undefined);
  let source: string;
  let make: () => Dataset;
  // A dataset's inputs are a vector of the notebook: n is bounded by the vector limit too (in points, by the values per point).
  const limits: DatasetLimits = { ...DEFAULT_LIMITS, maxValues: context.maxElements ?? DEFAULT_MAX_ELEMENTS, maxValuesSource: 'the setting activationLab.kernel.maxElements' };
  if (columns.length > 0 || (first && first.value.kind === 'vector')) {
    if (first && columns.length > 0) throw new LangError('eval', `${name}: give the inputs either as a vector (dataset(x, y)) or by columns (x1=[...], x2=[...]), not both`, columns[0].span);
    if (!labelsArg) throw new LangError('eval', `${name}: your data needs labels: dataset(x, y) or dataset(x1=[...], x2=[...], y=[...]), one label per point`, args.span);
    const labels = vectorOf(name, 'y', labelsArg.value, labelsArg.span);
    const inputs: number[] | number[][] = first ? rowsOfOne(vectorOf(name, 'x', first.value, first.span)) : rowsOfColumns(name, columns);
    context.checkSize(inputs.length * (first ? 1 : columns.length), first?.span ?? columns[0].span);
    source = 'arrays';
    make = () => makeDataset('arrays', { ...options, inputs, labels: Array.from(labels) }, limits);
  } else if (first && first.value.kind === 'string' && (forceCsv || isFilePath(first.value.value))) {
    const path = first.value.value;
    if (labelsArg && args.positional[1]) throw new LangError('eval', `${name}: the label column is a keyword: ${name}(${JSON.stringify(path)}, label=...) (its header name or its number, 1 = first); a second positional argument is the labels of your own inputs (dataset(x, y))`, labelsArg.span);
    const text = readCsvFile(name, path, first.span, context);
    source = path;
    make = () => {
      try {
        return makeDataset('csv', { ...options, text }, limits);
      } catch (error) {
        throw csvError(asWritten(error, splitWord), name, path, first.span, find, args.span);
      }
    };
  } else if (first && first.value.kind === 'string') {
    source = first.value.value;
    // n (and the other options) are keywords: dataset("circle", 200) means n=200.
    const second = args.positional[1];
    if (second && second.value.kind === 'number') {
      throw new LangError('eval', `${name}: n is a keyword: ${name}(${JSON.stringify(source)}, n=${second.value.value}); a second positional argument is the labels of your own inputs (dataset(x, y))`, second.span);
    }
    if (labelsArg) throw new LangError('eval', `${name}: labels go with your own inputs (dataset(x, y)), not with the generator "${source}"`, labelsArg.span);
    make = () => makeDataset(source, options, limits);
  } else if (first) {
    throw new LangError('eval', `${name}: argument source must be a dataset name (${datasetGeneratorNames().filter((g) => g !== 'csv' && g !== 'arrays').join(', ')}), a .csv file path, or a vector of inputs, got ${describeValue(first.value)}`, first.span);
  } else {
    throw new LangError('eval', `${name} needs a source: a dataset name (dataset("spiral")), a .csv file path, or your vectors (dataset(x1=[...], x2=[...], y=[...]))`, args.span);
  }
  let dataset: Dataset;
  try {
    dataset = make();
  } catch (error) {
    const e = positioned(asWritten(error, splitWord), name, args.span, find);
    if (e instanceof LangError && source !== 'arrays' && !source.startsWith('csv') && e.message.includes('unknown dataset')) {
      throw new LangError('eval', `${e.message}, or a .csv file path`, e.span);
    }
    throw e;
  }
  return { kind: 'dataset', dataset, label: labelOf(source === 'arrays' ? 'your data' : source, options) };
}

/** The core's dataset errors in the user's words: its option train is split= (or train=, when written so). */
function asWritten(error: unknown, splitWord: string): unknown {
  if (!(error instanceof DatasetError)) return error;
  let message = error.message;
  if (error.option === 'train') message = message.replace(/^train /, `${splitWord} `);
  message = message.replace(/(its options are .*)\btrain\b/, `$1${splitWord}`);
  return message === error.message ? error : new DatasetError(message, error.option, error.line, error.column);
}

function csvError(error: unknown, name: string, path: string, pathSpan: Span, find: (key: string) => Span | undefined, callSpan: Span): unknown {
  const e = positioned(error, name, callSpan, (key) => (key === 'text' ? pathSpan : find(key)));
  if (e instanceof LangError && (e.span === pathSpan || e.span === callSpan)) return new LangError('eval', e.message.replace(`${name}: `, `${name}: ${path}: `), pathSpan);
  return e;
}

function vectorOf(name: string, what: string, v: Value, span: Span): Float64Array {
  if (v.kind === 'vector') return v.items;
  throw new LangError('eval', `${name}: argument ${what} must be a vector (one number per point), got ${describeValue(v)}`, span);
}

function rowsOfOne(x: Float64Array): number[] {
  return Array.from(x);
}

/** x1=[...], x2=[...]: rows of the columns, which must be x1 … xk without a gap and of one length. */
function rowsOfColumns(name: string, columns: Array<{ index: number; value: Value; span: Span }>): number[][] {
  const sorted = [...columns].sort((a, b) => a.index - b.index);
  sorted.forEach((c, i) => {
    if (c.index !== i + 1) throw new LangError('eval', `${name}: the columns must be x1, x2, ... without a gap; x${i + 1} is missing`, c.span);
  });
  const cols = sorted.map((c) => vectorOf(name, `x${c.index}`, c.value, c.span));
  const n = cols[0].length;
  cols.forEach((c, i) => {
    if (c.length !== n) throw new LangError('eval', `${name}: x${i + 1} has ${c.length} values but x1 has ${n}; every column needs one value per point`, sorted[i].span);
  });
  const rows: number[][] = [];
  for (let r = 0; r < n; r++) rows.push(cols.map((c) => c[r]));
  return rows;
}

function builtin(name: 'dataset' | 'csv', forceCsv: boolean): BuiltinFunction {
  return { type: 'builtin', name, signature: signatureText(getBuiltinSignature(name)!), call: (args, context) => datasetCall(name, args, context, forceCsv) };
}

export const datasetBuiltin = builtin('dataset', false);
export const csvBuiltin = builtin('csv', true);
