/**
 * chart.js configurations of the training outputs: the loss curves (linear or log y), the 1-D fit
 * (the network's curve over the data points), one small chart per layer-health metric, and the
 * comparison's overlaid loss curves. Pure (no DOM, no chart.js runtime), so it is unit-tested in Node.
 */
import type { ChartConfiguration, ChartDataset, TooltipItem } from 'chart.js';
import type { ComparisonPayloadV1, FunctionFit, XYSeries } from '../shared/training-payload';
import { downsampleXY } from '../shared/downsample';
import { formatNumber } from './chart-config';
import { cssRgb, pointColor } from './heatmap-colors';
import { lineStyle, type TrainingTheme } from './training-theme';

export type XY = { x: number; y: number | null };
export type LineConfig = ChartConfiguration<'line', XY[]>;
export type ScatterConfig = ChartConfiguration<'scatter', XY[]>;

/** Most points per line the renderer draws (payloads from the builder are already thinner). */
export const MAX_DRAWN_POINTS = 1000;

/** Log scale pays off when every value is positive and they span at least two decades. */
export function prefersLogScale(series: readonly XYSeries[]): boolean {
  let lo = Infinity;
  let hi = -Infinity;
  for (const s of series) for (const y of s.y) {
    if (y === null) continue;
    if (y <= 0) return false;
    lo = Math.min(lo, y);
    hi = Math.max(hi, y);
  }
  return hi > 0 && lo > 0 && hi / lo >= 100;
}

/**
 * A log axis labels only 1, 2 and 5 × 10^k (chart.js would label every 1 … 9 × 10^k); a small chart
 * over two decades or more (`powersOnly`) only the powers of ten.
 */
export function logTickLabel(value: number, powersOnly = false): string {
  if (!(value > 0)) return '';
  const mantissa = value / Math.pow(10, Math.floor(Math.log10(value) + 1e-9));
  const m = Math.round(mantissa * 1000) / 1000;
  return m === 1 || (!powersOnly && (m === 2 || m === 5)) ? formatNumber(value) : '';
}

/** Points for chart.js: downsampled, and on a log axis non-positive values become gaps. */
export function toPoints(s: XYSeries, log: boolean): XY[] {
  const d = s.x.length > MAX_DRAWN_POINTS ? downsampleXY(s.x, s.y, MAX_DRAWN_POINTS) : s;
  return d.x.map((x, i) => {
    const y = d.y[i];
    return { x, y: y === null || !Number.isFinite(y) || (log && y <= 0) ? null : y };
  });
}

function axisFont(theme: TrainingTheme) {
  return { family: theme.fontFamily, size: Math.max(10, theme.fontSize - 1) };
}

function axis(title: string, theme: TrainingTheme, log: boolean, extra: Record<string, unknown> = {}) {
  const font = axisFont(theme);
  return {
    type: log ? ('logarithmic' as const) : ('linear' as const),
    title: { display: true, text: title, color: theme.foreground, font },
    grid: { color: theme.gridColor },
    border: { color: theme.gridColor },
    ticks: { color: theme.foreground, font, maxTicksLimit: 7, callback: (v: number | string) => (log ? logTickLabel(Number(v)) : formatNumber(Number(v))) },
    ...extra,
  };
}

export interface LineChartOptions {
  title?: string;
  xTitle: string;
  yTitle: string;
  log: boolean;
  /** Show y as a percentage (shares in [0, 1]). */
  percent?: boolean;
  legend?: boolean;
  /** Style index per series (default its position). */
  styleIndex?: (i: number, s: XYSeries) => number;
  /** Fixed y range, e.g. [0, 1] for shares. */
  yRange?: [number, number];
  /** Dash patterns per line (default true); small multiples draw solid lines. */
  dashes?: boolean;
  /** Room above the plot (CSS pixels), e.g. for the log-scale switch. */
  topPadding?: number;
  /** Smaller legend and fonts for small multiples. */
  compact?: boolean;
}

/** A chart of several lines over a shared x (epochs), with legend, tooltip and axis titles. */
export function lineChartConfig(series: readonly XYSeries[], theme: TrainingTheme, o: LineChartOptions): LineConfig {
  const font = axisFont(theme);
  const fmt = (v: number) => (o.percent ? `${formatNumber(v * 100)} %` : formatNumber(v));
  const datasets: ChartDataset<'line', XY[]>[] = series.map((s, i) => {
    const style = lineStyle(o.styleIndex ? o.styleIndex(i, s) : i, theme);
    return {
      label: s.label,
      data: toPoints(s, o.log),
      borderColor: style.color,
      backgroundColor: style.color,
      borderDash: o.dashes === false ? [] : style.dash,
      borderWidth: 2,
      pointRadius: 0,
      pointHoverRadius: 3,
      tension: 0,
      spanGaps: false,
    };
  });
  const y = axis(o.yTitle, theme, o.log, o.yRange ? { min: o.yRange[0], max: o.yRange[1] } : {});
  if (o.percent) y.ticks.callback = (v: number | string) => `${formatNumber(Number(v) * 100)}`;
  else if (o.log && o.compact && prefersLogScale(series)) y.ticks.callback = (v: number | string) => logTickLabel(Number(v), true);
  return {
    type: 'line',
    data: { datasets },
    options: {
      responsive: true,
      maintainAspectRatio: false,
      animation: false,
      normalized: true,
      parsing: false,
      interaction: { mode: 'nearest', intersect: false, axis: 'x' },
      layout: { padding: { top: o.topPadding ?? 0, right: 12 } },
      scales: { x: axis(o.xTitle, theme, false, { ticks: { color: theme.foreground, font, maxTicksLimit: 8, precision: 0 } }), y },
      plugins: {
        title: { display: o.title !== undefined, text: o.title ?? '', color: theme.foreground, font: { ...font, weight: 'bold' } },
        legend: { display: o.legend !== false, position: 'bottom', labels: { color: theme.foreground, font: o.compact ? { ...font, size: Math.max(9, font.size - 2) } : font, boxWidth: o.compact ? 12 : 18, boxHeight: 2, padding: o.compact ? 6 : 10 } },
        tooltip: {
          enabled: true,
          callbacks: {
            title: (items: TooltipItem<'line'>[]) => (items.length ? `${o.xTitle} ${formatNumber(items[0].parsed.x as number)}` : ''),
            label: (item: TooltipItem<'line'>) => `${item.dataset.label}: ${item.parsed.y === null ? '—' : fmt(item.parsed.y as number)}`,
          },
        },
      },
    },
  };
}

/** The loss curves of one run: train solid (first colour), test dashed (second colour). */
export function lossChartConfig(series: readonly XYSeries[], lossName: string, theme: TrainingTheme, log: boolean): LineConfig {
  return lineChartConfig(series, theme, { xTitle: 'epoch', yTitle: `loss (${lossName})`, log, topPadding: 20 });
}

/** The 1-D fit: the network's curve over train (filled) and test (outlined) points. */
export function fitChartConfig(fit: FunctionFit, theme: TrainingTheme): ScatterConfig {
  const font = axisFont(theme);
  const curveColor = theme.palette[1] ?? theme.foreground;
  const dataColor = cssRgb(pointColor(1, undefined, theme.heatmap, false));
  const pts = (p: FunctionFit['train']): XY[] => p.x.map((x, i) => ({ x, y: p.y[i] }));
  return {
    type: 'scatter',
    data: {
      datasets: [
        { label: 'train data', data: pts(fit.train), backgroundColor: dataColor, borderColor: theme.background, borderWidth: 0.5, pointRadius: 3 },
        { label: 'test data', data: pts(fit.test), backgroundColor: 'transparent', borderColor: dataColor, borderWidth: 1.5, pointRadius: 3 },
        { label: fit.curve.label, data: toPoints(fit.curve, false), showLine: true, borderColor: curveColor, backgroundColor: curveColor, borderWidth: 2.5, pointRadius: 0, spanGaps: false },
      ],
    },
    options: {
      responsive: true,
      maintainAspectRatio: false,
      animation: false,
      scales: { x: axis(fit.xLabel, theme, false), y: axis(fit.yLabel, theme, false) },
      plugins: {
        title: { display: true, text: 'fit', color: theme.foreground, font: { ...font, weight: 'bold' } },
        legend: { display: true, position: 'bottom', labels: { color: theme.foreground, font, boxWidth: 12 } },
        tooltip: { enabled: true, callbacks: { label: (item: TooltipItem<'scatter'>) => `${item.dataset.label}: (${formatNumber(item.parsed.x as number)}, ${formatNumber(item.parsed.y as number)})` } },
      },
    },
  };
}

export interface HealthMetric {
  key: 'gradientNorm' | 'dead' | 'sparsity' | 'saturated';
  title: string;
  yTitle: string;
  log: boolean;
  percent: boolean;
}

export const HEALTH_METRICS: readonly HealthMetric[] = [
  { key: 'gradientNorm', title: 'gradient norm per layer', yTitle: '‖∇W‖ (log)', log: true, percent: false },
  { key: 'dead', title: 'dead units', yTitle: '% of units', log: false, percent: true },
  { key: 'sparsity', title: 'activation sparsity', yTitle: '% zeros', log: false, percent: true },
  { key: 'saturated', title: 'saturated units', yTitle: '% of units', log: false, percent: true },
];

/** One small multiple of the layer health: one line per layer (a layer keeps its colour across metrics). */
export function healthChartConfig(metric: HealthMetric, series: readonly XYSeries[], layers: readonly string[], theme: TrainingTheme): LineConfig {
  return lineChartConfig(series, theme, {
    title: metric.title,
    xTitle: 'epoch',
    yTitle: metric.yTitle,
    log: metric.log && series.some((s) => s.y.some((v) => v !== null && v > 0)),
    percent: metric.percent,
    yRange: metric.percent ? [0, 1] : undefined,
    styleIndex: (_, s) => Math.max(0, layers.indexOf(s.label)),
    dashes: false,
    compact: true,
  });
}

/** The train loss of each compared run, labelled by the run (the comparison's overlaid curves). */
export function comparisonLossSeries(payload: ComparisonPayloadV1): XYSeries[] {
  return payload.runs.map((r) => {
    const train = r.loss.find((s) => s.label === 'train') ?? r.loss[0] ?? { label: '', x: [], y: [] };
    return { label: r.label, x: train.x, y: train.y };
  });
}
