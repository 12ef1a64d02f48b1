/**
 * The decision-boundary panel of the training fallbacks: the grid as a PNG (encoded here, embedded as
 * a data: URI) under the train (filled) and test (hollow) points, with axes. Colours as the
 * renderer's on a light background: orange (class 0 / low) → white (undecided) → blue (class 1 /
 * high); k classes in a categorical palette, paler where the network is unsure. Pure.
 */
import type { BoundaryGrid, PointSet } from '../../shared/training-payload';
import { linePanel, type PanelDots } from './line-panel';
import { pngDataUri } from './png-encode';
import { SVG_THEME } from './svg-theme';

type Rgb = [number, number, number];

/** How far a cell goes from white toward its colour at full certainty. */
const STRENGTH = 0.8;
/** At most this many points are drawn per panel (evenly strided): the file stays small. */
export const MAX_DRAWN_POINTS = 1500;

function rgb(hex: string): Rgb {
  return [1, 3, 5].map((i) => parseInt(hex.slice(i, i + 2), 16)) as Rgb;
}

function mixWhite(c: Rgb, t: number): Rgb {
  const u = Math.max(0, Math.min(1, t));
  return c.map((v) => Math.round(255 + (v - 255) * u)) as Rgb;
}

function hex(c: Rgb): string {
  return '#' + c.map((v) => v.toString(16).padStart(2, '0')).join('');
}

const NEGATIVE = rgb(SVG_THEME.classColors[0]);
const POSITIVE = rgb(SVG_THEME.classColors[1]);

/** A diverging colour for u in [0, 1]: 0 orange, 0.5 white, 1 blue; full strength when strength = 1. */
function diverging(u: number, strength: number): Rgb {
  const t = Math.abs(u - 0.5) * 2;
  return mixWhite(u >= 0.5 ? POSITIVE : NEGATIVE, t * strength);
}

/** The colour of cell k of a grid. */
export function cellColor(grid: BoundaryGrid, k: number): Rgb {
  const v = grid.values[k];
  if (grid.kind === 'probability') return diverging(v, STRENGTH);
  if (grid.kind === 'value') {
    const [lo, hi] = grid.valueRange ?? [0, 1];
    return diverging(hi > lo ? (v - lo) / (hi - lo) : 0.5, STRENGTH);
  }
  const base = rgb(SVG_THEME.classColors[v % SVG_THEME.classColors.length]);
  const k0 = 1 / Math.max(2, grid.classes);
  const sure = grid.confidence ? (grid.confidence[k] - k0) / (1 - k0) : 1;
  return mixWhite(base, 0.15 + (STRENGTH - 0.15) * Math.max(0, Math.min(1, sure)));
}

/** The grid as a PNG data URI, row j = 0 (the bottom row) last. */
export function gridImage(grid: BoundaryGrid): string {
  const rgba = new Uint8Array(grid.nx * grid.ny * 4);
  for (let j = 0; j < grid.ny; j++) {
    const row = grid.ny - 1 - j;
    for (let i = 0; i < grid.nx; i++) {
      const [r, g, b] = cellColor(grid, j * grid.nx + i);
      const o = (row * grid.nx + i) * 4;
      rgba[o] = r;
      rgba[o + 1] = g;
      rgba[o + 2] = b;
      rgba[o + 3] = 255;
    }
  }
  return pngDataUri(grid.nx, grid.ny, rgba);
}

/** The colour of a point: its class, or its target over the value range (regression). */
export function pointColors(points: PointSet, grid: BoundaryGrid | undefined): string[] {
  if (grid?.kind === 'value') {
    const [lo, hi] = grid.valueRange ?? [0, 1];
    // Never white: a mid-range target still reads on the pale heatmap.
    return points.label.map((v) => {
      const u = hi > lo ? Math.max(0, Math.min(1, (v - lo) / (hi - lo))) : 0.5;
      return hex(mixWhite(u >= 0.5 ? POSITIVE : NEGATIVE, 0.35 + 0.65 * Math.abs(u - 0.5) * 2));
    });
  }
  return points.label.map((c) => SVG_THEME.classColors[Math.abs(Math.round(c)) % SVG_THEME.classColors.length]);
}

/** Every n-th point so that at most max are kept. */
export function stridePoints(points: PointSet, max: number = MAX_DRAWN_POINTS): PointSet {
  const n = points.x.length;
  if (n <= max) return points;
  const step = n / max;
  const keep = Array.from({ length: max }, (_, i) => Math.floor(i * step));
  return { x: keep.map((i) => points.x[i]), y: keep.map((i) => points.y[i]), label: keep.map((i) => points.label[i]) };
}

export function pointDots(train: PointSet, test: PointSet, grid: BoundaryGrid | undefined, max: number = MAX_DRAWN_POINTS): PanelDots[] {
  const total = train.x.length + test.x.length;
  const share = total > max ? max / total : 1;
  const a = stridePoints(train, Math.max(1, Math.floor(train.x.length * share)));
  const b = stridePoints(test, Math.max(1, Math.floor(test.x.length * share)));
  return [
    { x: a.x, y: a.y, colors: pointColors(a, grid) },
    { x: b.x, y: b.y, colors: pointColors(b, grid), hollow: true },
  ];
}

export interface HeatmapPanelSpec {
  left: number;
  top: number;
  width: number;
  height: number;
  title: string;
  grid: BoundaryGrid;
  train: PointSet;
  test: PointSet;
  axes: [string, string];
  /** Most points drawn (default MAX_DRAWN_POINTS; fewer in small multiples). */
  maxPoints?: number;
}

export function heatmapPanel(spec: HeatmapPanelSpec): string {
  return linePanel({
    left: spec.left,
    top: spec.top,
    width: spec.width,
    height: spec.height,
    title: spec.title,
    xTitle: spec.axes[0],
    yTitle: spec.axes[1],
    xRange: spec.grid.xRange,
    yRange: spec.grid.yRange,
    maxXTicks: 6,
    lines: [],
    dots: pointDots(spec.train, spec.test, spec.grid, spec.maxPoints),
    image: gridImage(spec.grid),
  });
}
