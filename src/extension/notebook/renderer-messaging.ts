/**
 * Listens to the chart renderer (renderer messaging is optional: the renderer works without it).
 * Keeps every ChartDrawnMessage received and fires an event for each; the integration tests read
 * them through the extension's API to check that charts really drew pixels.
 */
import * as vscode from 'vscode';
import { isExportChartMessage, type ChartDrawnMessage, type ExportResultMessage, type TrainingDrawnMessage } from '../../shared/renderer-messages';
import { RENDERER_ID } from '../ids';
import { performExport } from './chart-export-host';

/** Narrows a message from the webview (untrusted shape) to a ChartDrawnMessage. */
export function isChartDrawnMessage(message: unknown): message is ChartDrawnMessage {
  if (typeof message !== 'object' || message === null) return false;
  const m = message as Record<string, unknown>;
  return m.type === 'chartDrawn' && typeof m.title === 'string' && typeof m.seriesCount === 'number' && typeof m.paintedPixels === 'number';
}

/** Narrows a message from the webview to a TrainingDrawnMessage (a training output was drawn). */
export function isTrainingDrawnMessage(message: unknown): message is TrainingDrawnMessage {
  if (typeof message !== 'object' || message === null) return false;
  const m = message as Record<string, unknown>;
  return m.type === 'trainingDrawn' && typeof m.title === 'string' && (m.kind === 'view' || m.kind === 'comparison') && ['charts', 'heatmaps', 'heatmapPixels', 'paintedPixels'].every((k) => typeof m[k] === 'number');
}

/** How many messages to keep; older ones are dropped (a long session draws many charts). */
const MAX_KEPT = 500;

export class ChartRendererMessages implements vscode.Disposable {
  readonly chartsDrawn: ChartDrawnMessage[] = [];
  private readonly emitter = new vscode.EventEmitter<ChartDrawnMessage>();
  readonly onDidDrawChart: vscode.Event<ChartDrawnMessage> = this.emitter.event;
  /** Every training output the renderer reported drawing (charts, heatmaps, painted pixels), oldest first. */
  readonly trainingsDrawn: TrainingDrawnMessage[] = [];
  /** The answers to the toolbar's exports, newest last (the integration tests read them). */
  readonly exports: ExportResultMessage[] = [];
  private readonly subscription: vscode.Disposable;

  constructor() {
    const messaging = vscode.notebooks.createRendererMessaging(RENDERER_ID);
    this.subscription = messaging.onDidReceiveMessage(({ editor, message }) => {
      if (isExportChartMessage(message)) {
        void performExport(message, editor).then((answer) => {
          this.exports.push(answer);
          if (this.exports.length > MAX_KEPT) this.exports.shift();
          return messaging.postMessage(answer, editor);
        });
        return;
      }
      if (isTrainingDrawnMessage(message)) {
        const { title, kind, charts, heatmaps, heatmapPixels, paintedPixels } = message;
        this.trainingsDrawn.push({ type: 'trainingDrawn', title, kind, charts, heatmaps, heatmapPixels, paintedPixels });
        if (this.trainingsDrawn.length > MAX_KEPT) this.trainingsDrawn.shift();
        return;
      }
      if (!isChartDrawnMessage(message)) return;
      const drawn: ChartDrawnMessage = { type: 'chartDrawn', title: message.title, seriesCount: message.seriesCount, paintedPixels: message.paintedPixels };
      this.chartsDrawn.push(drawn);
      if (this.chartsDrawn.length > MAX_KEPT) this.chartsDrawn.splice(0, this.chartsDrawn.length - MAX_KEPT);
      this.emitter.fire(drawn);
    });
  }

  dispose(): void {
    this.subscription.dispose();
    this.emitter.dispose();
  }
}
