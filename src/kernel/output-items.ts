/** Turns a language value into the output items of one statement (the cell-result contract). */
import type { CellOutput, OutputItem } from '../shared/cell-result';
import { CHART_PAYLOAD_VERSION, type ChartPayloadV1 } from '../shared/chart-payload';
import { MIME_CHART, MIME_JSON, MIME_TEXT } from '../shared/mime-types';
import { formatValue } from '../lang/format-value';
import type { PlotValue, Value } from '../lang/values';

/** A JSON-safe number: non-finite numbers become the strings "NaN", "Infinity", "-Infinity". */
export function jsonNumber(x: number): number | string {
  if (Number.isFinite(x)) return x;
  return Number.isNaN(x) ? 'NaN' : x > 0 ? 'Infinity' : '-Infinity';
}

export function chartPayload(plot: PlotValue): ChartPayloadV1 {
  return {
    version: CHART_PAYLOAD_VERSION,
    title: plot.title,
    range: [plot.range[0], plot.range[1]],
    x: Array.from(plot.x),
    series: plot.series.map((s) => ({ label: s.label, order: s.order, y: Array.from(s.y, (y) => (Number.isFinite(y) ? y : null)) })),
  };
}

/** text/plain first, then the richest representation. */
export function outputFor(value: Value): CellOutput {
  const items: OutputItem[] = [{ mime: MIME_TEXT, data: formatValue(value) }];
  switch (value.kind) {
    case 'number':
      items.push({ mime: MIME_JSON, data: jsonNumber(value.value) });
      break;
    case 'vector':
      items.push({ mime: MIME_JSON, data: Array.from(value.items, jsonNumber) });
      break;
    case 'string':
    case 'boolean':
      items.push({ mime: MIME_JSON, data: value.value });
      break;
    case 'plot':
      items.push({ mime: MIME_CHART, data: chartPayload(value) });
      break;
    case 'function':
      break;
  }
  return { items };
}
