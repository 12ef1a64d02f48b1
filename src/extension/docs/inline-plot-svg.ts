/**
 * A small SVG chart of an activation f and its derivative f' (sampled with the spec's array kernels),
 * for hovers and the Activation Reference: axes through zero, two colours, a tiny legend. Pure (no
 * vscode import). Hovers cannot read the editor theme's CSS variables, so the colours are mid-tones
 * that stay readable on dark and light backgrounds alike.
 */
import type { NumericArray } from '../../core/activations/activation-spec';
import type { ActivationParams } from '../../core/activations/params';
import { htmlText } from '../../lang/builtins/markup-escape';

/** The part of an ActivationSpec the chart needs. */
export interface PlotSubject {
  readonly name: string;
  valueInto(xs: NumericArray, out: NumericArray, params?: ActivationParams): void;
  derivativeInto(xs: NumericArray, out: NumericArray, params?: ActivationParams): void;
}

export interface InlinePlotOptions {
  width?: number;
  height?: number;
  /** The x interval drawn; [-4, 4] unless given. */
  range?: readonly [number, number];
  /** Number of sample points (at least 2). */
  samples?: number;
  /** The SVG's <title>, what the chart shows; "name(x) and its derivative on [a, b]" unless given. */
  title?: string;
}

/** Blue for f, orange for f': both read on #1e1e1e and on #ffffff, and apart for common colour blindness. */
export const PLOT_COLOURS = { value: '#3b8eea', derivative: '#e8912d', axis: '#8c8c8c', text: '#8c8c8c' } as const;

const DEFAULTS = { width: 240, height: 120, range: [-4, 4] as const, samples: 161 };
/** A y span beyond this (e.g. exp-like growth) is clipped so the shape near zero stays visible. */
const MAX_ABS_Y = 1e6;

export interface PlotSamples {
  xs: Float64Array;
  ys: Float64Array;
  dys: Float64Array;
}

/** Evenly spaced samples of f and f' over the range, end points included. */
export function samplePlot(subject: PlotSubject, params?: ActivationParams, options: InlinePlotOptions = {}): PlotSamples {
  const [lo, hi] = options.range ?? DEFAULTS.range;
  const n = Math.max(2, Math.floor(options.samples ?? DEFAULTS.samples));
  const xs = new Float64Array(n);
  for (let i = 0; i < n; i++) xs[i] = i === n - 1 ? hi : lo + ((hi - lo) * i) / (n - 1);
  const ys = new Float64Array(n);
  const dys = new Float64Array(n);
  subject.valueInto(xs, ys, params);
  subject.derivativeInto(xs, dys, params);
  return { xs, ys, dys };
}

/** The y interval the data spans: every finite sample (clipped to ±MAX_ABS_Y), and zero. */
export function yExtent(...series: Float64Array[]): [number, number] {
  let lo = 0;
  let hi = 0;
  for (const ys of series) {
    for (const y of ys) {
      if (!Number.isFinite(y)) continue;
      const c = Math.max(-MAX_ABS_Y, Math.min(MAX_ABS_Y, y));
      if (c < lo) lo = c;
      if (c > hi) hi = c;
    }
  }
  if (hi - lo < 1e-9) {
    lo -= 1;
    hi += 1;
  }
  return [lo, hi];
}

/** Shortest text for a coordinate, two decimals. */
function coord(v: number): string {
  return String(Math.round(v * 100) / 100);
}

/** An SVG path through the finite points; a non-finite sample starts a new piece. */
function pathData(xs: Float64Array, ys: Float64Array, toX: (x: number) => number, toY: (y: number) => number): string {
  const parts: string[] = [];
  let pen = false;
  for (let i = 0; i < xs.length; i++) {
    const y = ys[i];
    if (!Number.isFinite(y)) {
      pen = false;
      continue;
    }
    parts.push(`${pen ? 'L' : 'M'}${coord(toX(xs[i]))} ${coord(toY(y))}`);
    pen = true;
  }
  return parts.join('');
}

/** Number text for the axis labels: at most 3 significant digits. */
function tickLabel(v: number): string {
  if (v === 0) return '0';
  return String(Number(v.toPrecision(3)));
}

/** The chart as a standalone SVG document (with xmlns, so it works as an image). */
export function inlinePlotSvg(subject: PlotSubject, params?: ActivationParams, options: InlinePlotOptions = {}): string {
  const width = options.width ?? DEFAULTS.width;
  const height = options.height ?? DEFAULTS.height;
  const [x0, x1] = options.range ?? DEFAULTS.range;
  const { xs, ys, dys } = samplePlot(subject, params, options);
  const [dataLo, dataHi] = yExtent(ys, dys);
  const margin = (dataHi - dataLo) * 0.08;
  const [y0, y1] = [dataLo - margin, dataHi + margin];
  const pad = 4;
  const toX = (x: number): number => pad + ((x - x0) / (x1 - x0)) * (width - 2 * pad);
  const toY = (y: number): number => {
    const c = Math.max(y0, Math.min(y1, y));
    return height - pad - ((c - y0) / (y1 - y0)) * (height - 2 * pad);
  };
  const { value, derivative, axis, text } = PLOT_COLOURS;
  // 13 px: legible at the hover's scale (10 px was tiny); the legend keys sit further apart to fit.
  const font = 'font-family="sans-serif" font-size="13"';
  const out: string[] = [];
  out.push(`<svg xmlns="http://www.w3.org/2000/svg" width="${width}" height="${height}" viewBox="0 0 ${width} ${height}">`);
  out.push(`<title>${htmlText(options.title ?? `${subject.name}(x) and its derivative on [${x0}, ${x1}]`)}</title>`);
  // Axes through zero, when zero is in view.
  if (x0 <= 0 && x1 >= 0) out.push(`<line x1="${coord(toX(0))}" y1="${pad}" x2="${coord(toX(0))}" y2="${height - pad}" stroke="${axis}" stroke-width="1" stroke-opacity="0.6"/>`);
  out.push(`<line x1="${pad}" y1="${coord(toY(0))}" x2="${width - pad}" y2="${coord(toY(0))}" stroke="${axis}" stroke-width="1" stroke-opacity="0.6"/>`);
  out.push(`<path d="${pathData(xs, dys, toX, toY)}" fill="none" stroke="${derivative}" stroke-width="1.5" stroke-dasharray="4 2"/>`);
  out.push(`<path d="${pathData(xs, ys, toX, toY)}" fill="none" stroke="${value}" stroke-width="2"/>`);
  // Legend (top left).
  out.push(`<line x1="8" y1="12" x2="22" y2="12" stroke="${value}" stroke-width="2"/>`);
  out.push(`<text x="26" y="16" fill="${text}" ${font}>f</text>`);
  out.push(`<line x1="40" y1="12" x2="54" y2="12" stroke="${derivative}" stroke-width="1.5" stroke-dasharray="4 2"/>`);
  out.push(`<text x="58" y="16" fill="${text}" ${font}>f′</text>`);
  // The y extent next to the vertical axis (or the left edge when 0 is not in view), the x range at the bottom corners.
  const yAxisX = coord(x0 <= 0 && x1 >= 0 ? toX(0) + 3 : pad + 2);
  out.push(`<text x="${yAxisX}" y="16" fill="${text}" ${font}>${htmlText(tickLabel(dataHi))}</text>`);
  if (dataLo < 0) out.push(`<text x="${yAxisX}" y="${height - pad - 3}" fill="${text}" ${font}>${htmlText(tickLabel(dataLo))}</text>`);
  out.push(`<text x="${width - pad - 2}" y="${height - pad - 3}" fill="${text}" ${font} text-anchor="end">${htmlText(tickLabel(x1))}</text>`);
  out.push(`<text x="${pad + 2}" y="${height - pad - 3}" fill="${text}" ${font}>${htmlText(tickLabel(x0))}</text>`);
  out.push('</svg>');
  return out.join('');
}

/** A `data:` URI of an SVG document, base64 so Markdown and CSP treat it as one opaque token. */
export function svgDataUri(svg: string): string {
  return `data:image/svg+xml;base64,${Buffer.from(svg, 'utf8').toString('base64')}`;
}
