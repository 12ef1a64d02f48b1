/**
 * The static fallbacks of the training payloads (application/vnd.activation-lab.training+json) as
 * image/svg+xml, light theme on white:
 * - a view: the title, the progress line, the loss curves (log y over two decades or more) beside the
 *   decision boundary (the grid as an embedded PNG under the points) or the 1-D fit, and the per-layer
 *   health as small multiples (gradient norm on a log axis; dead, sparse, saturated shares on [0, 1]);
 * - a comparison: the title, every run's loss on one chart, the metrics as a table, each run's
 *   small boundary panel.
 * Every user text (titles, labels, axis names) is escaped. Pure: no DOM, no vscode.
 */
import type { ComparisonPayloadV1, LayerHealth, TrainingPayload, TrainingViewPayloadV1, XYSeries } from '../../shared/training-payload';
import { escapeXml } from '../../shared/escape-xml';
import { heatmapPanel, pointDots } from './heatmap-svg';
import { linePanel, type PanelLine } from './line-panel';
import { legendHeight, legendSvg, type LegendEntry } from './svg-legend';
import { metricsRows, prefersLog, progressText } from './training-text';
import { px, seriesColor, SVG_THEME, svgOpen, textWidth } from './svg-theme';

export const TRAINING_SVG_WIDTH = 780;
const PAD = 10;
const HALF = (TRAINING_SVG_WIDTH - 2 * PAD) / 2;
const ROW = 280;
const SMALL = 190;

/** Train solid, test dashed, one colour per series name. */
function lossLines(series: readonly XYSeries[], color: (i: number) => string): PanelLine[] {
  return series.map((s, i) => ({ x: s.x, y: s.y, color: color(i), dash: /test/.test(s.label) ? '6 3' : undefined }));
}

function header(title: string, line: string): string[] {
  const out = [`<text x="${PAD}" y="${PAD + 12}" font-weight="bold" font-size="13">${escapeXml(title)}</text>`];
  if (line) out.push(`<text x="${PAD}" y="${PAD + 30}" fill="${SVG_THEME.muted}">${escapeXml(line)}</text>`);
  return out;
}

function viewSvg(p: TrainingViewPayloadV1): string {
  const parts: string[] = [];
  let y = PAD + 40;
  const status = progressText(p.progress) + (p.progress.message ? ` — ${p.progress.message}` : '');
  parts.push(...header(p.title, status));
  const log = prefersLog(p.loss);
  const lossColor = (i: number): string => seriesColor(i);
  const wide = !p.boundary && !p.fit;
  const lossWidth = wide ? TRAINING_SVG_WIDTH - 2 * PAD : HALF;
  parts.push(linePanel({ left: PAD, top: y, width: lossWidth, height: ROW, title: 'loss', xTitle: 'epoch', yTitle: `loss (${p.lossName})`, lines: lossLines(p.loss, lossColor), logY: log }));
  if (p.boundary) {
    const b = p.boundary;
    parts.push(heatmapPanel({ left: PAD + HALF, top: y, width: HALF, height: ROW, title: b.grid.kind === 'value' ? 'output over the plane' : 'decision boundary', grid: b.grid, train: b.train, test: b.test, axes: b.axes }));
  } else if (p.fit) {
    const f = p.fit;
    const dots = pointDots(f.train, f.test, undefined).map((d) => ({ ...d, colors: [SVG_THEME.classColors[0]] }));
    parts.push(linePanel({ left: PAD + HALF, top: y, width: HALF, height: ROW, title: 'fit', xTitle: f.xLabel, yTitle: f.yLabel, lines: [{ x: f.curve.x, y: f.curve.y, color: SVG_THEME.classColors[1] }], dots }));
  }
  y += ROW;
  const legend: LegendEntry[] = p.loss.map((s, i) => ({ label: s.label, color: lossColor(i), dash: /test/.test(s.label) ? '6 3' : undefined }));
  if (p.boundary) {
    const names = p.boundary.classNames;
    names.forEach((name, i) => legend.push({ label: `class ${name}`, color: SVG_THEME.classColors[i % SVG_THEME.classColors.length], dot: true }));
  }
  parts.push(legendSvg(legend, PAD, y, TRAINING_SVG_WIDTH - 2 * PAD));
  y += legendHeight(legend, TRAINING_SVG_WIDTH - 2 * PAD) + 8;
  if (p.health && p.health.layers.length > 0) {
    parts.push(healthSvg(p.health, y));
    y += healthHeight(p.health);
  }
  return svgOpen(TRAINING_SVG_WIDTH, y + PAD, p.title || 'training') + parts.join('') + '</svg>';
}

const HEALTH_METRICS: Array<{ key: keyof Omit<LayerHealth, 'layers'>; title: string; log: boolean }> = [
  { key: 'gradientNorm', title: 'gradient norm', log: true },
  { key: 'dead', title: 'dead units', log: false },
  { key: 'sparsity', title: 'sparsity', log: false },
  { key: 'saturated', title: 'saturated units', log: false },
];

function healthLegend(h: LayerHealth): LegendEntry[] {
  return h.layers.map((label, i) => ({ label, color: seriesColor(i) }));
}

function healthHeight(h: LayerHealth): number {
  return 20 + SMALL + legendHeight(healthLegend(h), TRAINING_SVG_WIDTH - 2 * PAD) + 8;
}

/** The four health metrics side by side, a layer's colour the same in each, one legend below. */
function healthSvg(h: LayerHealth, top: number): string {
  const parts = [`<text x="${PAD}" y="${px(top + 13)}" font-weight="bold">layer health</text>`];
  const w = (TRAINING_SVG_WIDTH - 2 * PAD) / HEALTH_METRICS.length;
  const colorOf = (label: string): string => seriesColor(Math.max(0, h.layers.indexOf(label)));
  HEALTH_METRICS.forEach((m, i) => {
    const series = h[m.key];
    const lines = series.map((s) => ({ x: s.x, y: s.y, color: colorOf(s.label), width: 1.5 }));
    parts.push(linePanel({ left: PAD + i * w, top: top + 20, width: w, height: SMALL, title: m.title, xTitle: 'epoch', yTitle: '', lines, logY: m.log, yRange: m.log ? undefined : [0, 1], maxXTicks: 4 }));
  });
  parts.push(legendSvg(healthLegend(h), PAD, top + 20 + SMALL, TRAINING_SVG_WIDTH - 2 * PAD));
  return parts.join('');
}

/** The metrics as an SVG table: header bold, one row per run with the run's colour swatch. */
function metricsSvg(p: ComparisonPayloadV1, top: number): { svg: string; height: number } {
  const { columns, rows } = metricsRows(p);
  const widths = columns.map((c, j) => Math.max(textWidth(c), ...rows.map((r) => textWidth(r[j] ?? ''))) + 14);
  widths[0] += 16;
  const total = widths.reduce((a, b) => a + b, 0);
  const scale = total > TRAINING_SVG_WIDTH - 2 * PAD ? (TRAINING_SVG_WIDTH - 2 * PAD) / total : 1;
  const fs = scale < 1 ? Math.max(8, Math.floor(SVG_THEME.fontSize * scale)) : SVG_THEME.fontSize;
  const parts: string[] = [];
  const rowH = 18;
  const cell = (text: string, j: number, y: number, bold: boolean): string => {
    const x = PAD + widths.slice(0, j).reduce((a, b) => a + b, 0) * scale + (j === 0 ? 16 : 0);
    return `<text x="${px(x)}" y="${px(y)}" font-size="${fs}"${bold ? ' font-weight="bold"' : ''}>${escapeXml(text)}</text>`;
  };
  columns.forEach((c, j) => parts.push(cell(c, j, top + 13, true)));
  parts.push(`<line x1="${PAD}" y1="${px(top + 18)}" x2="${px(PAD + total * scale)}" y2="${px(top + 18)}" stroke="${SVG_THEME.frame}"/>`);
  rows.forEach((row, i) => {
    const y = top + 18 + (i + 1) * rowH - 4;
    parts.push(`<rect x="${PAD}" y="${px(y - 9)}" width="10" height="10" fill="${seriesColor(i)}"/>`);
    row.forEach((text, j) => parts.push(cell(text, j, y, false)));
  });
  return { svg: parts.join(''), height: 22 + rows.length * rowH + 8 };
}

function comparisonSvg(p: ComparisonPayloadV1): string {
  const parts = header(p.title, '');
  let y = PAD + 26;
  const lines: PanelLine[] = [];
  const legend: LegendEntry[] = [];
  p.runs.forEach((run, i) => {
    run.loss.forEach((s) => lines.push({ x: s.x, y: s.y, color: seriesColor(i), dash: /test/.test(s.label) ? '6 3' : undefined }));
    legend.push({ label: run.label, color: seriesColor(i) });
  });
  const all = p.runs.flatMap((r) => r.loss);
  parts.push(linePanel({ left: PAD, top: y, width: TRAINING_SVG_WIDTH - 2 * PAD, height: ROW, title: 'loss (dashed: test)', xTitle: 'epoch', yTitle: `loss (${p.lossName})`, lines, logY: prefersLog(all) }));
  y += ROW;
  parts.push(legendSvg(legend, PAD, y, TRAINING_SVG_WIDTH - 2 * PAD));
  y += legendHeight(legend, TRAINING_SVG_WIDTH - 2 * PAD) + 10;
  const table = metricsSvg(p, y);
  parts.push(table.svg);
  y += table.height;
  const withGrid = p.runs.filter((r) => r.grid);
  if (withGrid.length > 0) {
    const perRow = 4;
    const w = (TRAINING_SVG_WIDTH - 2 * PAD) / perRow;
    const empty = { x: [], y: [], label: [] };
    withGrid.forEach((run, k) => {
      const left = PAD + (k % perRow) * w;
      const top = y + Math.floor(k / perRow) * SMALL;
      const pts = p.points;
      parts.push(heatmapPanel({ left, top, width: w, height: SMALL, title: run.label, grid: run.grid!, train: pts?.train ?? empty, test: pts?.test ?? empty, axes: pts?.axes ?? ['x1', 'x2'], maxPoints: 400 }));
    });
    y += Math.ceil(withGrid.length / perRow) * SMALL;
  }
  return svgOpen(TRAINING_SVG_WIDTH, y + PAD, p.title || 'training comparison') + parts.join('') + '</svg>';
}

/** The SVG fallback of a training payload (a view or a comparison). */
export function trainingSvg(payload: TrainingPayload): string {
  return payload.kind === 'view' ? viewSvg(payload) : comparisonSvg(payload);
}
