/**
 * The static fallback of a plot payload (application/vnd.activation-lab.chart+json) as image/svg+xml,
 * for hosts without the Activation Lab renderer (GitHub, nbviewer, JupyterLab, an HTML report): the
 * title, one panel per derivative order side by side ("f(x)", "f′(x)", "f″(x)"), the same series
 * with the same colour per function in every panel, gaps where y is null, axes with ticks and
 * labels, one legend below. Light theme on white. Pure: no DOM, no vscode.
 */
import type { ChartPayload, DerivativeOrder } from '../../shared/chart-payload';
import { escapeXml } from '../../shared/escape-xml';
import { linePanel } from './line-panel';
import { legendHeight, legendSvg, type LegendEntry } from './svg-legend';
import { seriesColor, svgOpen } from './svg-theme';

export const CHART_PANEL_TITLES: Record<DerivativeOrder, string> = { 0: 'f(x)', 1: 'f′(x)', 2: 'f″(x)' };
/** Size of one panel, in SVG user units (CSS pixels). */
export const CHART_PANEL_WIDTH = 380;
export const CHART_PANEL_HEIGHT = 270;
const PAD = 10;
const TITLE_HEIGHT = 26;

/** Colour per function label, in the order labels first appear (the renderer's rule). */
export function chartColors(payload: ChartPayload): Map<string, string> {
  const colors = new Map<string, string>();
  for (const s of payload.series) if (!colors.has(s.label)) colors.set(s.label, seriesColor(colors.size));
  return colors;
}

export function chartSvg(payload: ChartPayload): string {
  const orders = ([0, 1, 2] as DerivativeOrder[]).filter((o) => payload.series.some((s) => s.order === o));
  if (orders.length === 0) orders.push(0);
  const colors = chartColors(payload);
  const width = PAD * 2 + orders.length * CHART_PANEL_WIDTH;
  const legend: LegendEntry[] = [...colors].map(([label, color]) => ({ label, color }));
  const legendH = legendHeight(legend, width - 2 * PAD);
  const height = TITLE_HEIGHT + CHART_PANEL_HEIGHT + legendH + PAD * 2;
  const parts = [svgOpen(width, height, payload.title || 'chart')];
  parts.push(`<text x="${PAD}" y="${PAD + 12}" font-weight="bold" font-size="13">${escapeXml(payload.title)}</text>`);
  const range: [number, number] = payload.range[0] < payload.range[1] ? payload.range : [Math.min(...payload.x), Math.max(...payload.x)];
  orders.forEach((order, i) => {
    parts.push(
      linePanel({
        left: PAD + i * CHART_PANEL_WIDTH,
        top: PAD + TITLE_HEIGHT,
        width: CHART_PANEL_WIDTH,
        height: CHART_PANEL_HEIGHT,
        title: CHART_PANEL_TITLES[order],
        xTitle: 'x',
        yTitle: CHART_PANEL_TITLES[order],
        xRange: range,
        maxXTicks: 9,
        lines: payload.series.filter((s) => s.order === order).map((s) => ({ x: payload.x, y: s.y, color: colors.get(s.label) as string })),
      }),
    );
  });
  parts.push(legendSvg(legend, PAD, PAD + TITLE_HEIGHT + CHART_PANEL_HEIGHT, width - 2 * PAD));
  parts.push('</svg>');
  return parts.join('');
}

