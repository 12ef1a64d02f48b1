/**
 * Maps a chart payload and a theme to chart.js configurations: one panel per derivative order
 * present ("f(x)", "f′(x)", "f″(x)"), the same colour for a function in every panel, no points,
 * no animation, gaps where a value is null (a kink: relu′ is a step with no vertical connector),
 * x ticks evenly spaced on a nice step over exactly the asked range, the same in every panel. Pure (no DOM, no chart.js runtime), so it is unit-tested in Node.
 */
import type { ChartConfiguration, Scale, ScriptableScaleContext, TooltipItem } from 'chart.js';
import type { ChartPayload, DerivativeOrder } from '../shared/chart-payload';
import type { ChartTheme } from './theme';
import { evenTicks, MAX_AXIS_TICKS } from './axis-ticks';

export type LineChartConfig = ChartConfiguration<'line', Array<{ x: number; y: number | null }>>;

export interface ChartPanel {
  order: DerivativeOrder;
  /** "f(x)", "f′(x)" or "f″(x)". */
  title: string;
  config: LineChartConfig;
}

export const PANEL_TITLES: Record<DerivativeOrder, string> = { 0: 'f(x)', 1: 'f′(x)', 2: 'f″(x)' };

/** Height of one panel in CSS pixels. */
export const PANEL_HEIGHT_PX = 260;

/** Colour per function label, in the order labels first appear in the payload; cycles through the palette. */
export function colorsByLabel(payload: ChartPayload, theme: ChartTheme): Map<string, string> {
  const colors = new Map<string, string>();
  for (const series of payload.series) {
    if (!colors.has(series.label)) colors.set(series.label, theme.palette[colors.size % theme.palette.length]);
  }
  return colors;
}

/** Formats a number for ticks and tooltips: up to 4 significant digits, no trailing zeros. */
export function formatNumber(value: number): string {
  if (value === 0) return '0';
  const abs = Math.abs(value);
  if (abs >= 1e5 || abs < 1e-4) return value.toExponential(2).replace(/\.?0+e/, 'e');
  return String(Number(value.toPrecision(4)));
}

export function buildChartPanels(payload: ChartPayload, theme: ChartTheme): ChartPanel[] {
  const colors = colorsByLabel(payload, theme);
  const orders = ([0, 1, 2] as DerivativeOrder[]).filter((order) => payload.series.some((s) => s.order === order));
  return orders.map((order) => ({ order, title: PANEL_TITLES[order], config: panelConfig(payload, order, colors, theme) }));
}

function panelConfig(payload: ChartPayload, order: DerivativeOrder, colors: Map<string, string>, theme: ChartTheme): LineChartConfig {
  const font = { family: theme.fontFamily, size: theme.fontSize };
  const isZero = (ctx: ScriptableScaleContext): boolean => ctx.tick !== undefined && ctx.tick.value === 0;
  const grid = {
    color: (ctx: ScriptableScaleContext) => (isZero(ctx) ? theme.zeroLineColor : theme.gridColor),
    lineWidth: (ctx: ScriptableScaleContext) => (isZero(ctx) ? 1.5 : 1),
  };
  const ticks = { color: theme.foreground, font, callback: (value: number | string) => formatNumber(Number(value)), maxTicksLimit: MAX_AXIS_TICKS };
  // chart.js would add the range ends to its own grid ([-5, 3] -> -5, -4, -2, 0, 2, 3); ours is even.
  const xTicks = evenTicks(payload.range[0], payload.range[1]);
  const datasets = payload.series
    .filter((s) => s.order === order)
    .map((s) => {
      const color = colors.get(s.label) as string;
      return {
        label: s.name ?? s.label,
        data: payload.x.map((x, i) => ({ x, y: finiteOrNull(s.y[i]) })),
        borderColor: color,
        backgroundColor: color,
        borderWidth: 2,
        pointRadius: 0,
        pointHoverRadius: 3,
        tension: 0,
        spanGaps: false,
      };
    });
  return {
    type: 'line',
    data: { datasets },
    options: {
      responsive: true,
      maintainAspectRatio: false,
      animation: false,
      normalized: true,
      interaction: { mode: 'index', intersect: false, axis: 'x' },
      scales: {
        x: {
          type: 'linear',
          min: payload.range[0],
          max: payload.range[1],
          title: { display: true, text: 'x', color: theme.foreground, font },
          grid,
          border: { color: theme.gridColor },
          ticks: { ...ticks, stepSize: xTicks.step || undefined, includeBounds: false },
          afterBuildTicks: (axis: Scale) => {
            // Zoomed in (chart-zoom.ts), the ticks follow the view; otherwise the asked range's.
            const zoomed = Number.isFinite(axis.min) && Number.isFinite(axis.max) && axis.max > axis.min && (axis.min !== payload.range[0] || axis.max !== payload.range[1]);
            axis.ticks = (zoomed ? evenTicks(axis.min, axis.max) : xTicks).values.map((value) => ({ value }));
          },
        },
        y: {
          type: 'linear',
          title: { display: true, text: PANEL_TITLES[order], color: theme.foreground, font },
          grid,
          border: { color: theme.gridColor },
          ticks,
          // chart.js may pick ticks off the step's multiples (0.7, 0.5, ..., -0.1: no 0); ours include 0 when in range.
          afterBuildTicks: (axis: Scale) => {
            if (Number.isFinite(axis.min) && Number.isFinite(axis.max) && axis.max > axis.min) axis.ticks = evenTicks(axis.min, axis.max, MAX_AXIS_TICKS).values.map((value) => ({ value }));
          },
        },
      },
      plugins: {
        title: { display: true, text: PANEL_TITLES[order], color: theme.foreground, font: { ...font, weight: 'bold' } },
        legend: { display: true, position: 'bottom', labels: { color: theme.foreground, font, boxWidth: 14, boxHeight: 2 } },
        tooltip: {
          enabled: true,
          callbacks: {
            title: (items: TooltipItem<'line'>[]) => (items.length ? `x = ${formatNumber(items[0].parsed.x as number)}` : ''),
            label: (item: TooltipItem<'line'>) => `${item.dataset.label}: ${item.parsed.y === null ? '—' : formatNumber(item.parsed.y as number)}`,
          },
        },
      },
    },
  };
}

function finiteOrNull(value: number | null | undefined): number | null {
  return typeof value === 'number' && Number.isFinite(value) ? value : null;
}
