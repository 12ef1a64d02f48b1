/**
 * Colours of the decision-boundary heatmap, TensorFlow Playground's way: a diverging scale from
 * orange (class 0, negative) through the editor's background (undecided) to blue (class 1, positive);
 * k classes get a categorical palette, faded toward the background where the network is unsure.
 * The cells are pale (mixed toward the background) so the saturated data points stay visible on top.
 * Pure: fills an RGBA buffer; the canvas code puts it into ImageData.
 */
import type { BoundaryGrid } from '../shared/training-payload';

export type Rgb = [number, number, number];

/** Playground's orange and blue. */
export const NEGATIVE_COLOR = '#f59322';
export const POSITIVE_COLOR = '#0877bd';
/** Class colours: orange and blue first (binary data looks the same either way), then distinct hues. */
export const CLASS_COLORS = ['#f59322', '#0877bd', '#2ca02c', '#9467bd', '#d62728', '#8c564b', '#e377c2', '#17becf', '#bcbd22', '#7f7f7f'];
/** How far a cell goes from the background toward its colour at full certainty. */
export const HEATMAP_STRENGTH = 0.8;

/** Parses #rgb, #rrggbb, #rrggbbaa, rgb(...) and rgba(...) (alpha ignored); null when not understood. */
export function parseColor(css: string): Rgb | null {
  const s = css.trim().toLowerCase();
  let m = /^#([0-9a-f]{3,8})$/.exec(s);
  if (m) {
    const h = m[1];
    if (h.length === 3 || h.length === 4) return [0, 1, 2].map((i) => parseInt(h[i] + h[i], 16)) as Rgb;
    if (h.length === 6 || h.length === 8) return [0, 2, 4].map((i) => parseInt(h.slice(i, i + 2), 16)) as Rgb;
    return null;
  }
  m = /^rgba?\(\s*([\d.]+)[\s,]+([\d.]+)[\s,]+([\d.]+)/.exec(s);
  if (m) return [m[1], m[2], m[3]].map((v) => Math.max(0, Math.min(255, Math.round(Number(v))))) as Rgb;
  return null;
}

export function mix(a: Rgb, b: Rgb, t: number): Rgb {
  const u = t < 0 ? 0 : t > 1 ? 1 : t;
  return [a[0] + (b[0] - a[0]) * u, a[1] + (b[1] - a[1]) * u, a[2] + (b[2] - a[2]) * u].map(Math.round) as Rgb;
}

/** Relative luminance (sRGB), 0 black … 1 white. */
export function luminance(c: Rgb): number {
  const lin = (v: number) => { const s = v / 255; return s <= 0.03928 ? s / 12.92 : Math.pow((s + 0.055) / 1.055, 2.4); };
  return 0.2126 * lin(c[0]) + 0.7152 * lin(c[1]) + 0.0722 * lin(c[2]);
}

export interface HeatmapColors {
  /** Undecided cells: the editor's background. */
  background: Rgb;
  negative: Rgb;
  positive: Rgb;
  classes: Rgb[];
}

export function heatmapColors(background: string): HeatmapColors {
  return {
    background: parseColor(background) ?? [255, 255, 255],
    negative: parseColor(NEGATIVE_COLOR) as Rgb,
    positive: parseColor(POSITIVE_COLOR) as Rgb,
    classes: CLASS_COLORS.map((c) => parseColor(c) as Rgb),
  };
}

/** t in [0, 1]: 0 orange, 0.5 background, 1 blue (scaled by HEATMAP_STRENGTH). */
export function divergingColor(t: number, colors: HeatmapColors): Rgb {
  const u = Number.isFinite(t) ? Math.max(0, Math.min(1, t)) : 0.5;
  return u < 0.5
    ? mix(colors.background, colors.negative, (0.5 - u) * 2 * HEATMAP_STRENGTH)
    : mix(colors.background, colors.positive, (u - 0.5) * 2 * HEATMAP_STRENGTH);
}

/** The colour of class `c` at confidence `p` (1/k: background, 1: full strength). */
export function classColor(c: number, p: number, k: number, colors: HeatmapColors): Rgb {
  const base = colors.classes[c % colors.classes.length];
  const floor = 1 / Math.max(2, k);
  const t = p === undefined || !Number.isFinite(p) ? 1 : (p - floor) / (1 - floor);
  return mix(colors.background, base, (0.25 + 0.75 * Math.max(0, Math.min(1, t))) * HEATMAP_STRENGTH);
}

/** Where a value lies on the grid's colour scale, 0 … 1 (probability as is; value over valueRange). */
export function scalePosition(grid: BoundaryGrid, v: number): number {
  if (grid.kind === 'value') {
    const [lo, hi] = grid.valueRange ?? [0, 1];
    // Symmetric around 0 when the range holds 0 (Playground's regression scale), else linear.
    if (lo < 0 && hi > 0) {
      const m = Math.max(-lo, hi);
      return 0.5 + v / (2 * m);
    }
    return (v - lo) / (hi - lo);
  }
  return v;
}

/** The colour of one cell. */
export function cellColor(grid: BoundaryGrid, cell: number, colors: HeatmapColors): Rgb {
  const v = grid.values[cell];
  if (grid.kind === 'class') return classColor(v, grid.confidence?.[cell] ?? 1, grid.classes, colors);
  return divergingColor(scalePosition(grid, v), colors);
}

/**
 * RGBA pixels (width × height, row 0 at the top) of the grid drawn over the whole area: pixel (px, py)
 * shows the cell its centre falls in; grid row 0 is the bottom row. Opaque.
 */
export function heatmapPixels(grid: BoundaryGrid, colors: HeatmapColors, width: number, height: number, out = new Uint8ClampedArray(width * height * 4)): Uint8ClampedArray {
  const cellColors = new Array<Rgb>(grid.nx * grid.ny);
  for (let c = 0; c < cellColors.length; c++) cellColors[c] = cellColor(grid, c, colors);
  const column = new Int32Array(width);
  for (let px = 0; px < width; px++) column[px] = Math.min(grid.nx - 1, Math.floor(((px + 0.5) * grid.nx) / width));
  for (let py = 0; py < height; py++) {
    const row = grid.ny - 1 - Math.min(grid.ny - 1, Math.floor(((py + 0.5) * grid.ny) / height));
    for (let px = 0; px < width; px++) {
      const rgb = cellColors[row * grid.nx + column[px]];
      const o = (py * width + px) * 4;
      out[o] = rgb[0];
      out[o + 1] = rgb[1];
      out[o + 2] = rgb[2];
      out[o + 3] = 255;
    }
  }
  return out;
}

/** The full-strength colour of a data point's label (class index, or a regression value on the grid's scale). */
export function pointColor(label: number, grid: BoundaryGrid | undefined, colors: HeatmapColors, regression: boolean): Rgb {
  if (regression && grid) {
    const t = Math.max(0, Math.min(1, scalePosition(grid, label)));
    return t < 0.5 ? mix(colors.background, colors.negative, 0.3 + (0.5 - t) * 1.4) : mix(colors.background, colors.positive, 0.3 + (t - 0.5) * 1.4);
  }
  return colors.classes[Math.max(0, Math.round(label)) % colors.classes.length];
}

export function cssRgb(c: Rgb): string {
  return `rgb(${c[0]}, ${c[1]}, ${c[2]})`;
}
