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

export type RendererMessage = ChartDrawnMessage | TrainingDrawnMessage;
