/**
 * The text (text/plain) form of values: whole numbers up to 2^53 exactly, other numbers to 6
 * significant digits, long vectors abbreviated.
 */
import { formatDescribeText } from './format-describe';
import { formatTableText } from './format-table';
import type { PlotValue, Value } from '../../lang/runtime/values';
import { definitionText, functionLabel } from '../../lang/runtime/values';
import { formatTrainingValue } from '../../lang/training/format-training';

export const TEXT_SIGNIFICANT_DIGITS = 6;
/** Vectors longer than this show their first and last three items. */
export const TEXT_MAX_VECTOR_ITEMS = 20;
/** Whole numbers up to this size are printed with every digit: 49999995000000, not 5e+13. */
export const TEXT_EXACT_INTEGER_LIMIT = 2 ** 53;

/** 0, -0.2, 0.333333, 1.5e-7, 10000000, 1.23457e+21, NaN, Infinity, -Infinity. */
export function formatNumber(x: number): string {
  if (Number.isNaN(x)) return 'NaN';
  if (x === Infinity) return 'Infinity';
  if (x === -Infinity) return '-Infinity';
  if (x === 0) return Object.is(x, -0) ? '-0' : '0';
  if (Number.isInteger(x) && Math.abs(x) <= TEXT_EXACT_INTEGER_LIMIT) return x.toFixed(0);
  const text = x.toPrecision(TEXT_SIGNIFICANT_DIGITS);
  const e = text.indexOf('e');
  if (e < 0) return stripZeros(text);
  return stripZeros(text.slice(0, e)) + text.slice(e);
}

function stripZeros(fixed: string): string {
  if (!fixed.includes('.')) return fixed;
  return fixed.replace(/0+$/, '').replace(/\.$/, '');
}

export function formatVector(items: ArrayLike<number>): string {
  const n = items.length;
  if (n <= TEXT_MAX_VECTOR_ITEMS) return `[${Array.from(items, formatNumber).join(', ')}]`;
  const head = [items[0], items[1], items[2]].map(formatNumber);
  const tail = [items[n - 3], items[n - 2], items[n - 1]].map(formatNumber);
  return `[${head.join(', ')}, …, ${tail.join(', ')}] (${n} items)`;
}

/** "chart: relu, gelu on [-4, 4]" and a line per note. */
export function formatPlotText(plot: PlotValue): string {
  const head = `chart: ${plot.labels.join(', ')} on [${formatNumber(plot.range[0])}, ${formatNumber(plot.range[1])}]`;
  return [head, ...plot.notes.map((n) => `note: ${n}`)].join('\n');
}

export function formatValue(value: Value): string {
  switch (value.kind) {
    case 'number':
      return formatNumber(value.value);
    case 'vector':
      return formatVector(value.items);
    case 'string':
      return JSON.stringify(value.value);
    case 'slider':
      return `<slider ${value.name} from ${formatNumber(value.values[0])} to ${formatNumber(value.values[value.values.length - 1])}, ${value.values.length} positions>`;
    case 'boolean':
      return String(value.value);
    case 'function': {
      const fn = value.callable;
      switch (fn.type) {
        case 'activation':
          return `<activation ${functionLabel(fn)}>`;
        case 'vector':
          return `<vector activation ${functionLabel(fn)}>`;
        case 'builtin':
          return `<builtin ${fn.signature}>`;
        case 'user':
          return fn.bound.length > 0 ? `<function ${functionLabel(fn)}>` : `<function ${definitionText(fn)}>`;
      }
      break;
    }
    case 'plot':
      return formatPlotText(value);
    case 'table':
      return formatTableText(value);
    case 'compare':
      return `${formatTableText(value.properties)}\n${formatPlotText(value.plot)}`;
    case 'describe':
      return value.plot ? `${formatDescribeText(value)}\n${formatPlotText(value.plot)}` : formatDescribeText(value);
    case 'dataset':
    case 'network':
    case 'run':
    case 'script':
    case 'training-panel':
    case 'training-comparison':
      return formatTrainingValue(value);
  }
}
