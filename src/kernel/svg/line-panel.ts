/**
 * One panel of lines in SVG: a frame, grid lines and ticks with labels on both axes, axis titles, a
 * bold title above, and the lines (a gap wherever y is null, not finite, or ≤ 0 on a log axis —
 * the renderer's spanGaps: false). Used by the plot and training fallbacks. Pure string building.
 */
import { escapeXml } from '../../shared/escape-xml';
import { dataRange, formatPower, formatTick, logTicks, niceTicks } from './svg-scale';
import { px, SVG_THEME, textWidth } from './svg-theme';

export interface PanelLine {
  x: ArrayLike<number>;
  y: ArrayLike<number | null>;
  color: string;
  /** stroke-dasharray, e.g. "6 3"; solid when absent. */
  dash?: string;
  width?: number;
}

export interface PanelDots {
  x: ArrayLike<number>;
  y: ArrayLike<number>;
  colors: string[];
  /** Hollow dots (a test set). */
  hollow?: boolean;
}

export interface PanelSpec {
  left: number;
  top: number;
  width: number;
  height: number;
  title: string;
  xTitle: string;
  yTitle: string;
  lines: PanelLine[];
  dots?: PanelDots[];
  /** The x range drawn; default the lines' extent. */
  xRange?: [number, number];
  /** The y range drawn; default the data, padded to nice ticks. */
  yRange?: [number, number];
  logY?: boolean;
  /** Most ticks on x (default 7; 6 on y). */
  maxXTicks?: number;
  /** An image (a data: URI) stretched over the plot area under everything else (a heatmap). */
  image?: string;
}

/** Room inside a panel's box for the title (top), tick labels and axis titles (left, bottom). */
export const PANEL_MARGIN = { top: 24, right: 12, bottom: 38, left: 58 } as const;

function extent(lines: PanelLine[], dots: PanelDots[]): [number, number] {
  let lo = Infinity;
  let hi = -Infinity;
  for (const xs of [...lines.map((l) => l.x), ...dots.map((d) => d.x)]) {
    for (let i = 0; i < xs.length; i++) {
      if (xs[i] < lo) lo = xs[i];
      if (xs[i] > hi) hi = xs[i];
    }
  }
  if (!(lo <= hi)) return [0, 1];
  return lo === hi ? [lo - 1, hi + 1] : [lo, hi];
}

function* allY(spec: PanelSpec): Iterable<number | null> {
  for (const l of spec.lines) for (let i = 0; i < l.y.length; i++) yield l.y[i];
  for (const d of spec.dots ?? []) for (let i = 0; i < d.y.length; i++) yield d.y[i];
}

/** The SVG elements of one panel (no <svg> wrapper). */
export function linePanel(spec: PanelSpec): string {
  const log = spec.logY === true;
  const dots = spec.dots ?? [];
  const [x0, x1] = spec.xRange ?? extent(spec.lines, dots);
  const [y0, y1] = spec.yRange ?? dataRange(allY(spec), log);
  const left = spec.left + PANEL_MARGIN.left;
  const top = spec.top + PANEL_MARGIN.top;
  const w = Math.max(10, spec.width - PANEL_MARGIN.left - PANEL_MARGIN.right);
  const h = Math.max(10, spec.height - PANEL_MARGIN.top - PANEL_MARGIN.bottom);
  const sx = (x: number): number => left + ((x - x0) / (x1 - x0)) * w;
  const ty = log ? (y: number) => Math.log10(y) : (y: number) => y;
  const sy = (y: number): number => top + h - ((ty(y) - ty(y0)) / (ty(y1) - ty(y0))) * h;
  const inY = (y: number): boolean => y >= Math.min(y0, y1) - 1e-12 && y <= Math.max(y0, y1) + 1e-12;
  const parts: string[] = [];
  const { grid, frame, zeroLine, muted } = SVG_THEME;
  const fs = SVG_THEME.fontSize - 1;
  parts.push(`<text x="${px(left + w / 2)}" y="${px(spec.top + 15)}" text-anchor="middle" font-weight="bold">${escapeXml(spec.title)}</text>`);
  if (spec.image) {
    parts.push(`<image x="${px(left)}" y="${px(top)}" width="${px(w)}" height="${px(h)}" preserveAspectRatio="none" style="image-rendering:pixelated" href="${spec.image}"/>`);
  }
  const xTicks = niceTicks(x0, x1, spec.maxXTicks ?? 7);
  const yTicks = log ? logTicks(y0, y1) : niceTicks(y0, y1, 6);
  for (const t of xTicks) {
    const x = px(sx(t));
    parts.push(`<line x1="${x}" y1="${px(top)}" x2="${x}" y2="${px(top + h)}" stroke="${t === 0 ? zeroLine : grid}" stroke-width="1"/>`);
    parts.push(`<text x="${x}" y="${px(top + h + 14)}" text-anchor="middle" font-size="${fs}" fill="${muted}">${formatTick(t)}</text>`);
  }
  for (const t of yTicks) {
    const y = px(sy(t));
    parts.push(`<line x1="${px(left)}" y1="${y}" x2="${px(left + w)}" y2="${y}" stroke="${t === 0 && !log ? zeroLine : grid}" stroke-width="1"/>`);
    parts.push(`<text x="${px(left - 5)}" y="${px(sy(t) + 4)}" text-anchor="end" font-size="${fs}" fill="${muted}">${log ? formatPower(t) : formatTick(t)}</text>`);
  }
  parts.push(`<rect x="${px(left)}" y="${px(top)}" width="${px(w)}" height="${px(h)}" fill="none" stroke="${frame}" stroke-width="1"/>`);
  parts.push(`<text x="${px(left + w / 2)}" y="${px(top + h + 30)}" text-anchor="middle" font-size="${fs}">${escapeXml(spec.xTitle)}</text>`);
  const yTitleX = spec.left + 12;
  if (textWidth(spec.yTitle, fs) < h + 20) {
    parts.push(`<text transform="translate(${px(yTitleX)} ${px(top + h / 2)}) rotate(-90)" text-anchor="middle" font-size="${fs}">${escapeXml(spec.yTitle)}</text>`);
  }
  for (const line of spec.lines) {
    const d: string[] = [];
    let pen = false;
    for (let i = 0; i < line.x.length && i < line.y.length; i++) {
      const y = line.y[i];
      if (y === null || !Number.isFinite(y) || (log && y <= 0) || !inY(y)) {
        pen = false;
        continue;
      }
      d.push(`${pen ? 'L' : 'M'}${px(sx(line.x[i]))} ${px(sy(y))}`);
      pen = true;
    }
    if (d.length === 0) continue;
    const dash = line.dash ? ` stroke-dasharray="${line.dash}"` : '';
    parts.push(`<path d="${d.join('')}" fill="none" stroke="${line.color}" stroke-width="${line.width ?? 2}" stroke-linejoin="round" stroke-linecap="round"${dash}/>`);
  }
  for (const set of dots) parts.push(dotsSvg(set, sx, sy, inY));
  return parts.join('');
}

function dotsSvg(set: PanelDots, sx: (x: number) => number, sy: (y: number) => number, inY: (y: number) => boolean): string {
  const out: string[] = [];
  for (let i = 0; i < set.x.length; i++) {
    if (!Number.isFinite(set.y[i]) || !inY(set.y[i])) continue;
    const color = set.colors[i % set.colors.length];
    const paint = set.hollow ? `fill="#ffffff" stroke="${color}" stroke-width="1.2"` : `fill="${color}" stroke="#1f2328" stroke-opacity="0.45" stroke-width="0.6"`;
    out.push(`<circle cx="${px(sx(set.x[i]))}" cy="${px(sy(set.y[i]))}" r="2.6" ${paint}/>`);
  }
  return out.join('');
}
