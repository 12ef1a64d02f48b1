/** Messages the renderer posts back to the extension (renderer messaging is optional). */
export const RENDERER_ID = 'activation-lab.chart-renderer';

export interface ChartDrawnMessage {
  type: 'chartDrawn';
  /** The payload's title, to tell charts apart. */
  title: string;
  /** Number of series drawn. */
  seriesCount: number;
  /** How many canvas pixels are not fully transparent: > 0 means something was drawn. */
  paintedPixels: number;
}

/** A training output (application/vnd.activation-lab.training+json) was drawn. */
export interface TrainingDrawnMessage {
  type: 'trainingDrawn';
  title: string;
  /** The payload's kind: one run's view or a comparison. */
  kind: 'view' | 'comparison';
  /** chart.js charts drawn (loss, fit, health small multiples). */
  charts: number;
  /** Decision-boundary heatmaps drawn. */
  heatmaps: number;
  /** Painted (non-transparent) pixels of the heatmaps alone. */
  heatmapPixels: number;
  /** Painted pixels of every canvas of the output. */
  paintedPixels: number;
}

export type RendererMessage = ChartDrawnMessage | TrainingDrawnMessage | ExportChartMessage;

/** What the output toolbar exports: an image file (PNG, SVG) to save, or CSV to copy. */
export type ExportFormat = 'png' | 'svg' | 'csv';

/**
 * The renderer asks the extension to save a chart (PNG: a `data:image/png;base64,` URL; SVG: the
 * document's text) or to copy its data (CSV text) to the clipboard.
 */
export interface ExportChartMessage {
  type: 'exportChart';
  /** Echoed in the answer, so the output that asked shows the result. */
  requestId: string;
  format: ExportFormat;
  /** A suggested file name without folder, e.g. "relu, gelu.png". */
  fileName: string;
  data: string;
}

/** The extension's answer to an ExportChartMessage. */
export interface ExportResultMessage {
  type: 'exportResult';
  requestId: string;
  /** 'saved' / 'copied', 'cancelled' (the user closed the dialog) or 'failed'. */
  outcome: 'saved' | 'copied' | 'cancelled' | 'failed';
  detail: string;
}

/** Narrows a message of untrusted shape to an ExportChartMessage. */
export function isExportChartMessage(message: unknown): message is ExportChartMessage {
  if (typeof message !== 'object' || message === null) return false;
  const m = message as Record<string, unknown>;
  return (
    m.type === 'exportChart' &&
    typeof m.requestId === 'string' &&
    (m.format === 'png' || m.format === 'svg' || m.format === 'csv') &&
    typeof m.fileName === 'string' &&
    typeof m.data === 'string'
  );
}

export function isExportResultMessage(message: unknown): message is ExportResultMessage {
  if (typeof message !== 'object' || message === null) return false;
  const m = message as Record<string, unknown>;
  return m.type === 'exportResult' && typeof m.requestId === 'string' && typeof m.outcome === 'string' && typeof m.detail === 'string';
}
