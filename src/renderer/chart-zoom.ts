/**
 * Zoom and pan along x, shared by every panel of a chart output (they show the same x): Ctrl/⌘ +
 * wheel (or a trackpad pinch) zooms around the pointer, dragging pans, a double-click shows the
 * whole range again. A plain wheel still scrolls the notebook. The view never leaves the sampled
 * range (there is no data outside it); chart.js fits y to the points in view. The range arithmetic is
 * pure and unit-tested; ChartZoom wires it to the canvases.
 */
import type { Chart } from 'chart.js';

export type Range = [number, number];

/** The narrowest view, as a fraction of the full range. */
export const MIN_SPAN_FRACTION = 1e-3;

/** `range` moved (not resized) to lie inside `full`. */
function clampInside(range: Range, full: Range): Range {
  const span = Math.min(range[1] - range[0], full[1] - full[0]);
  let lo = Math.max(full[0], Math.min(range[0], full[1] - span));
  if (!Number.isFinite(lo)) lo = full[0];
  return [lo, lo + span];
}

/** The view scaled by `factor` (< 1 zooms in) around `center`, kept inside `full`. */
export function zoomRange(view: Range, full: Range, center: number, factor: number): Range {
  const fullSpan = full[1] - full[0];
  const span = Math.min(fullSpan, Math.max(fullSpan * MIN_SPAN_FRACTION, (view[1] - view[0]) * factor));
  const c = Math.min(view[1], Math.max(view[0], center));
  const t = view[1] > view[0] ? (c - view[0]) / (view[1] - view[0]) : 0.5;
  return clampInside([c - t * span, c - t * span + span], full);
}

/** The view shifted by `delta` (data units), kept inside `full`. */
export function panRange(view: Range, full: Range, delta: number): Range {
  return clampInside([view[0] + delta, view[1] + delta], full);
}

export function isFullRange(view: Range, full: Range): boolean {
  const eps = (full[1] - full[0]) * 1e-9;
  return Math.abs(view[0] - full[0]) <= eps && Math.abs(view[1] - full[1]) <= eps;
}

/** The x view of one output's charts; survives redraws (a theme change keeps the zoom). */
export class ChartZoom {
  private view: Range;
  private charts: Chart[] = [];

  constructor(private readonly full: Range) {
    this.view = [full[0], full[1]];
  }

  get range(): Range {
    return [this.view[0], this.view[1]];
  }

  /** Forgets the charts of the previous draw. */
  clear(): void {
    this.charts = [];
  }

  /** Puts the current view on a freshly built chart and listens to its canvas. */
  attach(chart: Chart, canvas: HTMLCanvasElement): void {
    this.charts.push(chart);
    if (!isFullRange(this.view, this.full)) this.applyTo(chart);
    canvas.title = 'Ctrl+wheel (or pinch) to zoom, drag to pan, double-click to reset';
    canvas.addEventListener('wheel', (event) => {
      if (!event.ctrlKey && !event.metaKey) return;
      event.preventDefault();
      const center = chart.scales.x.getValueForPixel(event.offsetX) ?? (this.view[0] + this.view[1]) / 2;
      this.set(zoomRange(this.view, this.full, center, Math.exp(event.deltaY * 0.002)));
    }, { passive: false });
    let dragFrom: { px: number; view: Range } | undefined;
    canvas.addEventListener('pointerdown', (event) => {
      if (event.button !== 0 || isFullRange(this.view, this.full)) return;
      dragFrom = { px: event.offsetX, view: this.range };
      canvas.setPointerCapture(event.pointerId);
      canvas.style.cursor = 'grabbing';
    });
    canvas.addEventListener('pointermove', (event) => {
      if (!dragFrom) return;
      const scale = chart.scales.x;
      const perPixel = (dragFrom.view[1] - dragFrom.view[0]) / Math.max(1, scale.right - scale.left);
      this.set(panRange(dragFrom.view, this.full, -(event.offsetX - dragFrom.px) * perPixel));
    });
    const endDrag = (): void => {
      dragFrom = undefined;
      canvas.style.cursor = '';
    };
    canvas.addEventListener('pointerup', endDrag);
    canvas.addEventListener('pointercancel', endDrag);
    canvas.addEventListener('dblclick', () => this.set([this.full[0], this.full[1]]));
  }

  set(view: Range): void {
    this.view = view;
    for (const chart of this.charts) this.applyTo(chart);
  }

  private applyTo(chart: Chart): void {
    const x = chart.options.scales?.x;
    if (!x) return;
    x.min = this.view[0];
    x.max = this.view[1];
    chart.update('none');
  }
}
