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

export type RendererMessage = ChartDrawnMessage;
