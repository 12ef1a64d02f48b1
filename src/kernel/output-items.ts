/**
 * Turns a language value into the outputs of one statement (the cell-result contract). Most values
 * give one output whose items are alternative representations (text/plain first). compare(...)
 * gives two outputs, the chart and the property table, and describe(f) the description and the
 * chart: VS Code shows one item per output, so each needs its own to be seen.
 */
import type { CellOutput, OutputItem } from './cell-result';
import { CLI_JSON_MAX_NUMBERS, truncationNote, type TruncatedVector } from './notebook-value-cap';
import { CHART_PAYLOAD_VERSION, type ChartPayloadV1, type ChartSlider } from '../shared/chart-payload';
import { MIME_CHART, MIME_HTML, MIME_JSON, MIME_MARKDOWN, MIME_TEXT } from '../shared/mime-types';
import { formatDescribeMarkdown, formatDescribeText } from './format/format-describe';
import { formatTableMarkdown, formatTableText } from './format/format-table';
import { formatTableHtml } from './format/format-table-html';
import { chartFallbackItem } from './svg/fallback-items';
import { formatPlotText, formatValue } from './format/format-value';
import type { PlotValue, TableValue, Value } from '../lang/runtime/values';
import { trainingJson } from '../lang/training/training-json';
import { trainingOutputs } from './training-outputs';

/**
 * A JSON-safe number: non-finite numbers become the strings "NaN", "Infinity", "-Infinity", and
 * negative zero the string "-0" (JSON.stringify writes -0 as 0), so JSON says what text/plain says.
 */
export function jsonNumber(x: number): number | string {
  if (Object.is(x, -0)) return '-0';
  if (Number.isFinite(x)) return x;
  return Number.isNaN(x) ? 'NaN' : x > 0 ? 'Infinity' : '-Infinity';
}

export function chartPayload(plot: PlotValue): ChartPayloadV1 {
  return {
    version: CHART_PAYLOAD_VERSION,
    title: plot.title,
    range: [plot.range[0], plot.range[1]],
    x: Array.from(plot.x),
    series: plot.series.map((s) => ({ label: s.label, ...(s.name ? { name: s.name } : {}), order: s.order, y: Array.from(s.y, (y) => (Number.isFinite(y) ? y : null)) })),
    ...(plot.slider ? { slider: sliderPayload(plot.slider) } : {}),
  };
}

function sliderPayload(slider: NonNullable<PlotValue['slider']>): ChartSlider {
  const finite = (y: number) => (Number.isFinite(y) ? y : null);
  return {
    name: slider.name,
    values: [...slider.values],
    initial: slider.initial,
    frames: slider.frames.map((f) => ({ x: Array.from(f.x), y: f.ys.map((ys) => Array.from(ys, finite)) })),
  };
}

/** The table's cells at full precision (non-finite numbers as strings), for application/json. */
export function tableJson(table: TableValue): { title: string; columns: string[]; rows: Array<Array<number | string | boolean>>; notes: string[] } {
  return { title: table.title, columns: [...table.columns], rows: table.rows.map((row) => row.map((c) => (typeof c === 'number' ? jsonNumber(c) : c))), notes: [...table.notes] };
}

/** text/plain, the chart for the renderer, then its static SVG for hosts without the renderer. */
function plotOutput(plot: PlotValue): CellOutput {
  const payload = chartPayload(plot);
  return { items: [{ mime: MIME_TEXT, data: formatPlotText(plot) }, { mime: MIME_CHART, data: payload }, chartFallbackItem(payload)] };
}

function tableOutput(table: TableValue): CellOutput {
  return {
    items: [
      { mime: MIME_TEXT, data: formatTableText(table) },
      { mime: MIME_MARKDOWN, data: formatTableMarkdown(table) },
      { mime: MIME_HTML, data: formatTableHtml(table) },
      { mime: MIME_JSON, data: tableJson(table) },
    ],
  };
}

/** The outputs of one value: usually one, two for compare and describe. */
export function outputsFor(value: Value): CellOutput[] {
  switch (value.kind) {
    case 'plot':
      return [plotOutput(value)];
    case 'table':
      return [tableOutput(value)];
    case 'compare':
      return [plotOutput(value.plot), tableOutput(value.properties)];
    case 'describe': {
      const description: CellOutput = {
        items: [
          { mime: MIME_TEXT, data: formatDescribeText(value) },
          { mime: MIME_MARKDOWN, data: formatDescribeMarkdown(value) },
        ],
      };
      return value.plot ? [description, plotOutput(value.plot)] : [description];
    }
    // A run draws its training view (loss, boundary, health); a panel one part; a comparison every run.
    case 'run':
    case 'training-panel':
    case 'training-comparison':
      return trainingOutputs(value);
    default:
      return [valueOutput(value)];
  }
}

/** The values shown as one output: everything but the displays (plot, table, compare, describe). */
type PlainValue = Exclude<Value, { kind: 'plot' | 'table' | 'compare' | 'describe' | 'run' | 'training-panel' | 'training-comparison' }>;

/**
 * A vector's JSON: its numbers, or for a vector longer than CLI_JSON_MAX_NUMBERS the first of them
 * as a TruncatedVector (notebook-value-cap.ts), so that showing x of 10,000,000 numbers does not
 * build (and then cap) 10,000,000 JSON values.
 */
function vectorJson(items: Float64Array): Array<number | string> | TruncatedVector {
  if (items.length <= CLI_JSON_MAX_NUMBERS) return Array.from(items, jsonNumber);
  const kept = Array.from(items.subarray(0, CLI_JSON_MAX_NUMBERS), jsonNumber);
  return { truncated: true, length: items.length, items: kept, note: truncationNote(CLI_JSON_MAX_NUMBERS, items.length, CLI_JSON_MAX_NUMBERS) };
}

/** text/plain first, then the value as JSON (a function has text/plain only). */
function valueOutput(value: PlainValue): CellOutput {
  const items: OutputItem[] = [{ mime: MIME_TEXT, data: formatValue(value) }];
  switch (value.kind) {
    case 'number':
      items.push({ mime: MIME_JSON, data: jsonNumber(value.value) });
      break;
    case 'vector':
      items.push({ mime: MIME_JSON, data: vectorJson(value.items) });
      break;
    case 'string':
    case 'boolean':
      items.push({ mime: MIME_JSON, data: value.value });
      break;
    case 'dataset':
    case 'network':
    case 'script':
      items.push({ mime: MIME_JSON, data: trainingJson(value) });
      break;
    case 'slider':
      items.push({ mime: MIME_JSON, data: { slider: value.name, values: value.values } });
      break;
    case 'function':
      break;
  }
  return { items };
}
