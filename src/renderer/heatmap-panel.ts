/**
 * Draws a decision boundary on a <canvas> without chart.js: the grid as ImageData (heatmap-colors.ts),
 * the train points as filled circles and the test points as rings on top, a frame with evenly spaced
 * ticks (axis-ticks.ts) and the axis names. Returns how many heatmap pixels were painted.
 */
import type { BoundaryGrid, PointSet } from '../shared/training-payload';
import { evenTicks } from './axis-ticks';
import { formatNumber } from './chart-config';
import { cssRgb, heatmapPixels, pointColor } from './heatmap-colors';
import type { TrainingTheme } from './training-theme';

export interface HeatmapPanelOptions {
  /** CSS pixels of the whole canvas (square). */
  size: number;
  axes: [string, string];
  train: PointSet;
  test: PointSet;
  /** Point radius in CSS pixels. */
  radius: number;
  /** Most ticks per axis. */
  maxTicks: number;
}

export interface PlotArea {
  left: number;
  top: number;
  width: number;
  height: number;
}

/** The plot area inside a canvas of `size` CSS pixels: room for tick labels and axis names. */
export function plotArea(size: number, fontSize: number): PlotArea {
  const left = Math.round(fontSize * 2.2 + 18);
  const bottom = Math.round(fontSize * 2.2 + 12);
  const top = 6;
  const right = 8;
  return { left, top, width: Math.max(10, size - left - right), height: Math.max(10, size - top - bottom) };
}

/** Maps data coordinates to CSS pixels of the plot area (y up). */
export function toPixel(grid: BoundaryGrid, area: PlotArea, x: number, y: number): [number, number] {
  const px = area.left + ((x - grid.xRange[0]) / (grid.xRange[1] - grid.xRange[0])) * area.width;
  const py = area.top + (1 - (y - grid.yRange[0]) / (grid.yRange[1] - grid.yRange[0])) * area.height;
  return [px, py];
}

/** Draws into `canvas` (sized here for the device pixel ratio); returns the painted heatmap pixels. */
export function drawHeatmapPanel(canvas: HTMLCanvasElement, grid: BoundaryGrid, theme: TrainingTheme, o: HeatmapPanelOptions): number {
  const dpr = Math.max(1, Math.min(3, globalThis.devicePixelRatio || 1));
  canvas.style.width = `${o.size}px`;
  canvas.style.height = `${o.size}px`;
  canvas.width = Math.round(o.size * dpr);
  canvas.height = Math.round(o.size * dpr);
  const ctx = canvas.getContext('2d');
  if (!ctx) return 0;
  const fontSize = Math.max(10, theme.fontSize - 2);
  const area = plotArea(o.size, fontSize);
  ctx.setTransform(1, 0, 0, 1, 0, 0);
  ctx.clearRect(0, 0, canvas.width, canvas.height);

  // The heatmap at device resolution (putImageData ignores transforms).
  const dx = Math.round(area.left * dpr);
  const dy = Math.round(area.top * dpr);
  const dw = Math.round(area.width * dpr);
  const dh = Math.round(area.height * dpr);
  const image = ctx.createImageData(dw, dh);
  heatmapPixels(grid, theme.heatmap, dw, dh, image.data);
  ctx.putImageData(image, dx, dy);
  let painted = 0;
  const drawn = ctx.getImageData(dx, dy, dw, dh).data;
  for (let i = 3; i < drawn.length; i += 4) if (drawn[i] !== 0) painted++;

  ctx.setTransform(dpr, 0, 0, dpr, 0, 0);
  ctx.save();
  ctx.beginPath();
  ctx.rect(area.left, area.top, area.width, area.height);
  ctx.clip();
  const regression = grid.kind === 'value';
  const outline = theme.contrastBorder ?? theme.background;
  const drawPoints = (points: PointSet, filled: boolean): void => {
    for (let i = 0; i < points.x.length; i++) {
      const [px, py] = toPixel(grid, area, points.x[i], points.y[i]);
      const color = cssRgb(pointColor(points.label[i], grid, theme.heatmap, regression));
      ctx.beginPath();
      ctx.arc(px, py, o.radius, 0, Math.PI * 2);
      if (filled) {
        ctx.fillStyle = color;
        ctx.fill();
        ctx.lineWidth = 0.8;
        ctx.strokeStyle = outline;
        ctx.stroke();
      } else {
        ctx.fillStyle = theme.background;
        ctx.fill();
        ctx.lineWidth = Math.max(1.5, o.radius * 0.6);
        ctx.strokeStyle = color;
        ctx.stroke();
      }
    }
  };
  drawPoints(o.train, true);
  drawPoints(o.test, false);
  ctx.restore();

  // Frame, ticks, labels.
  ctx.strokeStyle = theme.contrastBorder ?? theme.gridColor;
  ctx.lineWidth = 1;
  ctx.strokeRect(area.left + 0.5, area.top + 0.5, area.width - 1, area.height - 1);
  ctx.fillStyle = theme.foreground;
  ctx.strokeStyle = theme.foreground;
  ctx.font = `${fontSize}px ${theme.fontFamily}`;
  const tickLength = 4;
  ctx.textAlign = 'center';
  ctx.textBaseline = 'top';
  for (const v of evenTicks(grid.xRange[0], grid.xRange[1], o.maxTicks).values) {
    const [px] = toPixel(grid, area, v, grid.yRange[0]);
    ctx.beginPath();
    ctx.moveTo(px, area.top + area.height);
    ctx.lineTo(px, area.top + area.height + tickLength);
    ctx.stroke();
    ctx.fillText(formatNumber(v), px, area.top + area.height + tickLength + 1);
  }
  ctx.textAlign = 'right';
  ctx.textBaseline = 'middle';
  for (const v of evenTicks(grid.yRange[0], grid.yRange[1], o.maxTicks).values) {
    const [, py] = toPixel(grid, area, grid.xRange[0], v);
    ctx.beginPath();
    ctx.moveTo(area.left, py);
    ctx.lineTo(area.left - tickLength, py);
    ctx.stroke();
    ctx.fillText(formatNumber(v), area.left - tickLength - 2, py);
  }
  ctx.textAlign = 'center';
  ctx.textBaseline = 'bottom';
  ctx.fillText(o.axes[0], area.left + area.width / 2, o.size - 1);
  ctx.save();
  ctx.translate(fontSize * 0.9, area.top + area.height / 2);
  ctx.rotate(-Math.PI / 2);
  ctx.textBaseline = 'middle';
  ctx.fillText(o.axes[1], 0, 0);
  ctx.restore();
  return painted;
}

/** The value under a CSS-pixel position of the panel, for the hover text; null outside the plot. */
export function cellAt(grid: BoundaryGrid, size: number, fontSize: number, px: number, py: number): { x: number; y: number; value: number; confidence?: number } | null {
  const area = plotArea(size, Math.max(10, fontSize - 2));
  const u = (px - area.left) / area.width;
  const v = 1 - (py - area.top) / area.height;
  if (u < 0 || u > 1 || v < 0 || v > 1) return null;
  const i = Math.min(grid.nx - 1, Math.floor(u * grid.nx));
  const j = Math.min(grid.ny - 1, Math.floor(v * grid.ny));
  const c = j * grid.nx + i;
  return {
    x: grid.xRange[0] + u * (grid.xRange[1] - grid.xRange[0]),
    y: grid.yRange[0] + v * (grid.yRange[1] - grid.yRange[0]),
    value: grid.values[c],
    confidence: grid.confidence?.[c],
  };
}
