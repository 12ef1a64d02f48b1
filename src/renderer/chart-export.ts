/**
 * What the output toolbar exports, from a neutral description of the drawn panels (read off the
 * chart.js charts by export-source.ts): the data as CSV, and the charts as a simple standalone SVG
 * (chart.js draws only on canvas). Pure (no DOM, no chart.js runtime), so it is unit-tested in Node.
 * Every text that reaches the SVG is XML-escaped; CSV fields are quoted when needed.
 */
import { escapeXml } from '../shared/escape-xml';
import { formatNumber } from './chart-config';
import { evenTicks } from './axis-ticks';

export interface ExportPoint {
  x: number;
  y: number | null;
}

export interface ExportSeries {
  label: string;
  color: string;
  /** Dash pattern in pixels; empty for a solid line. */
  dash: number[];
  /** false: scattered points (data of a fit), true: a line with gaps at null. */
  line: boolean;
  points: ExportPoint[];
}

export interface ExportPanel {
  title: string;
  xTitle: string;
  yTitle: string;
  xRange: [number, number];
  yRange: [number, number];
  logY: boolean;
  series: ExportSeries[];
}

export interface ExportColors {
  background: string;
  foreground: string;
  grid: string;
}

// ---- CSV ----------------------------------------------------------------------------------------

/** A CSV field: quoted when it holds a comma, quote or line break; a text starting like a formula gets a leading apostrophe. */
export function csvField(text: string): string {
  const safe = /^[=+\-@\t\r]/.test(text) && !/^-?\d/.test(text) ? `'${text}` : text;
  return /[",\r\n]/.test(safe) ? `"${safe.replace(/"/g, '""')}"` : safe;
}

function csvNumber(value: number | null): string {
  return value === null || !Number.isFinite(value) ? '' : String(value);
}

function sameX(a: readonly ExportPoint[], b: readonly ExportPoint[]): boolean {
  return a.length === b.length && a.every((p, i) => p.x === b[i].x);
}

/**
 * The data of every panel. When every series shares the same x samples (a plot): one row per x,
 * one column per series ("relu", or "relu (f′(x))" when there are several panels). Otherwise (runs
 * of different lengths, scattered data): long form, one row per point: panel, series, x, y.
 */
export function panelsToCsv(panels: readonly ExportPanel[]): string {
  const all = panels.flatMap((panel) => panel.series.map((series) => ({ panel, series })));
  if (all.length === 0) return 'x\r\n';
  const first = all[0].series.points;
  const lines: string[] = [];
  if (all.every(({ series }) => sameX(series.points, first))) {
    const name = ({ panel, series }: (typeof all)[number]) => (panels.length > 1 ? `${series.label} (${panel.title})` : series.label);
    lines.push(['x', ...all.map((s) => csvField(name(s)))].join(','));
    first.forEach((p, i) => lines.push([csvNumber(p.x), ...all.map(({ series }) => csvNumber(series.points[i].y))].join(',')));
  } else {
    lines.push('panel,series,x,y');
    for (const { panel, series } of all) {
      for (const p of series.points) lines.push([csvField(panel.title), csvField(series.label), csvNumber(p.x), csvNumber(p.y)].join(','));
    }
  }
  return lines.join('\r\n') + '\r\n';
}

// ---- SVG ----------------------------------------------------------------------------------------

export const SVG_PANEL = { width: 480, height: 320, left: 62, right: 16, top: 30, bottom: 70 } as const;
/** Most scattered points drawn per series (the CSV keeps them all). */
const MAX_SVG_POINTS = 2000;

const n = (v: number): string => String(Math.round(v * 100) / 100);

function logTicks(min: number, max: number): number[] {
  const ticks: number[] = [];
  for (let k = Math.ceil(Math.log10(min) - 1e-9); k <= Math.floor(Math.log10(max) + 1e-9); k++) ticks.push(Math.pow(10, k));
  return ticks;
}

function panelSvg(panel: ExportPanel, colors: ExportColors, fontFamily: string, ox: number, oy: number, id: number): string {
  const P = SVG_PANEL;
  const w = P.width - P.left - P.right;
  const h = P.height - P.top - P.bottom;
  const [x0, x1] = panel.xRange[0] < panel.xRange[1] ? panel.xRange : [panel.xRange[0] - 1, panel.xRange[0] + 1];
  const log = panel.logY && panel.yRange[0] > 0;
  const fy = (v: number) => (log ? Math.log10(v) : v);
  let [y0, y1] = [fy(panel.yRange[0]), fy(panel.yRange[1])];
  if (!(y1 > y0)) [y0, y1] = [y0 - 1, y0 + 1];
  const px = (x: number) => P.left + ((x - x0) / (x1 - x0)) * w;
  const py = (y: number) => P.top + h - ((fy(y) - y0) / (y1 - y0)) * h;
  const out: string[] = [`<g transform="translate(${ox},${oy})">`];
  out.push(`<text x="${P.width / 2}" y="18" text-anchor="middle" font-weight="bold">${escapeXml(panel.title)}</text>`);
  const xTicks = evenTicks(x0, x1, 9).values;
  const yTicks = log ? logTicks(panel.yRange[0], panel.yRange[1]) : evenTicks(panel.yRange[0], panel.yRange[1], 8).values;
  for (const t of xTicks) {
    out.push(`<line x1="${n(px(t))}" y1="${P.top}" x2="${n(px(t))}" y2="${P.top + h}" stroke="${escapeXml(t === 0 ? colors.foreground : colors.grid)}" stroke-width="${t === 0 ? 1.5 : 1}"/>`);
    out.push(`<text x="${n(px(t))}" y="${P.top + h + 16}" text-anchor="middle">${escapeXml(formatNumber(t))}</text>`);
  }
  for (const t of yTicks) {
    out.push(`<line x1="${P.left}" y1="${n(py(t))}" x2="${P.left + w}" y2="${n(py(t))}" stroke="${escapeXml(t === 0 && !log ? colors.foreground : colors.grid)}" stroke-width="${t === 0 && !log ? 1.5 : 1}"/>`);
    out.push(`<text x="${P.left - 6}" y="${n(py(t) + 4)}" text-anchor="end">${escapeXml(formatNumber(t))}</text>`);
  }
  out.push(`<rect x="${P.left}" y="${P.top}" width="${w}" height="${h}" fill="none" stroke="${escapeXml(colors.grid)}"/>`);
  out.push(`<text x="${P.left + w / 2}" y="${P.top + h + 34}" text-anchor="middle">${escapeXml(panel.xTitle)}</text>`);
  out.push(`<text transform="translate(14,${P.top + h / 2}) rotate(-90)" text-anchor="middle">${escapeXml(panel.yTitle)}</text>`);
  out.push(`<clipPath id="al-clip-${id}"><rect x="${P.left}" y="${P.top}" width="${w}" height="${h}"/></clipPath>`);
  out.push(`<g clip-path="url(#al-clip-${id})" fill="none" stroke-width="2" stroke-linejoin="round">`);
  for (const s of panel.series) {
    const color = escapeXml(s.color);
    const ok = (p: ExportPoint): p is { x: number; y: number } => p.y !== null && Number.isFinite(p.y) && (!log || p.y > 0);
    if (s.line) {
      let d = '';
      let pen = false;
      for (const p of s.points) {
        if (!ok(p)) { pen = false; continue; }
        d += `${pen ? 'L' : 'M'}${n(px(p.x))} ${n(py(p.y))}`;
        pen = true;
      }
      const dash = s.dash.length ? ` stroke-dasharray="${s.dash.map(n).join(' ')}"` : '';
      if (d) out.push(`<path d="${d}" stroke="${color}"${dash}/>`);
    } else {
      const step = Math.max(1, Math.ceil(s.points.length / MAX_SVG_POINTS));
      const dots = s.points.filter((p, i) => i % step === 0 && ok(p)).map((p) => `<circle cx="${n(px(p.x))}" cy="${n(py(p.y as number))}" r="2.5"/>`);
      out.push(`<g fill="${color}" stroke="none">${dots.join('')}</g>`);
    }
  }
  out.push('</g>');
  // The legend: one row under the x title, wrapping after a few entries.
  let lx = P.left;
  let ly = P.top + h + 54;
  for (const s of panel.series) {
    const width = 28 + Math.min(s.label.length, 40) * 6.5;
    if (lx + width > P.width && lx > P.left) { lx = P.left; ly += 14; }
    const color = escapeXml(s.color);
    const dash = s.dash.length ? ` stroke-dasharray="${s.dash.map(n).join(' ')}"` : '';
    out.push(s.line ? `<line x1="${lx}" y1="${ly - 4}" x2="${lx + 18}" y2="${ly - 4}" stroke="${color}" stroke-width="2"${dash}/>` : `<circle cx="${lx + 9}" cy="${ly - 4}" r="3" fill="${color}"/>`);
    out.push(`<text x="${lx + 22}" y="${ly}">${escapeXml(s.label.length > 40 ? `${s.label.slice(0, 39)}…` : s.label)}</text>`);
    lx += width;
  }
  out.push('</g>');
  return out.join('\n');
}

/** A standalone SVG of the panels, side by side (up to three a row), under the output's title. */
export function panelsToSvg(title: string, panels: readonly ExportPanel[], colors: ExportColors, fontFamily = 'sans-serif', fontSize = 12): string {
  const columns = Math.max(1, Math.min(3, panels.length));
  const rows = Math.max(1, Math.ceil(panels.length / columns));
  const head = 28;
  const width = columns * SVG_PANEL.width;
  const height = head + rows * SVG_PANEL.height;
  const body = panels.map((panel, i) => panelSvg(panel, colors, fontFamily, (i % columns) * SVG_PANEL.width, head + Math.floor(i / columns) * SVG_PANEL.height, i));
  return [
    `<svg xmlns="http://www.w3.org/2000/svg" width="${width}" height="${height}" viewBox="0 0 ${width} ${height}" font-family="${escapeXml(fontFamily)}" font-size="${fontSize}" fill="${escapeXml(colors.foreground)}">`,
    `<title>${escapeXml(title)}</title>`,
    `<rect width="100%" height="100%" fill="${escapeXml(colors.background)}"/>`,
    `<text x="8" y="19" font-weight="bold" font-size="${fontSize + 2}">${escapeXml(title)}</text>`,
    ...body,
    '</svg>',
    '',
  ].join('\n');
}

/** A file name from a title: no path separators or characters Windows refuses, at most 80 characters. */
export function exportFileName(title: string, extension: string): string {
  const base = title.replace(/[\\/:*?"<>|\u0000-\u001f]+/g, '_').replace(/\s+/g, ' ').trim().slice(0, 80) || 'chart';
  return `${base}.${extension}`;
}
