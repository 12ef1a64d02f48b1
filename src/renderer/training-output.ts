/**
 * The renderer's entry for `application/vnd.activation-lab.training+json`: parses and validates the
 * payload, draws a TrainingView or a ComparisonView with the editor's theme, and posts a
 * "trainingDrawn" message (charts, heatmaps, painted pixels) once everything is on screen.
 */
import type { TrainingDrawnMessage } from '../shared/renderer-messages';
import { validateTrainingPayload, type TrainingPayload } from '../shared/training-payload';
import { renderErrorBox } from './chart-view';
import { ComparisonView } from './comparison-view';
import type { RendererContext, RendererOutputItem } from './renderer-api';
import type { DrawnCounts } from './training-dom';
import { attachToolbar, createExportToolbar } from './export-toolbar';
import { readTrainingThemeFromElement } from './training-theme';
import { TrainingView } from './training-view';

/** A drawn training output: redrawn on a theme change, disposed with its output. */
export class TrainingOutputView {
  private readonly toolbar: HTMLElement;

  constructor(
    private readonly view: TrainingView | ComparisonView,
    readonly payload: TrainingPayload,
    private readonly element: HTMLElement,
    private readonly context: RendererContext,
  ) {
    this.toolbar = createExportToolbar(element.ownerDocument, {
      title: payload.title,
      root: () => (element.firstElementChild as HTMLElement | null) ?? element,
      charts: () => view.charts.charts,
      canvases: () => [...view.charts.canvases, ...view.heatmapCanvases],
    }, context);
  }

  /** Draws with the theme of `themeElement` and reports what was drawn. */
  redraw(themeElement: HTMLElement = this.element): Promise<DrawnCounts> {
    const drawn = this.view.render(readTrainingThemeFromElement(themeElement));
    attachToolbar(this.element, this.toolbar);
    void drawn.then(
      (counts) => {
        const message: TrainingDrawnMessage = { type: 'trainingDrawn', title: this.payload.title, kind: this.payload.kind, ...counts };
        this.context.postMessage?.(message);
      },
      (e: unknown) => console.error('[activation-lab] counting drawn pixels failed', e),
    );
    return drawn;
  }

  dispose(): void {
    this.view.dispose();
  }
}

/** Draws one training output item into `element`; an error box (and undefined) when it cannot. */
export function renderTrainingItem(item: RendererOutputItem, element: HTMLElement, context: RendererContext): TrainingOutputView | undefined {
  let json: unknown;
  try {
    json = item.json();
  } catch (e) {
    renderErrorBox(element, `the output is not valid JSON (${e instanceof Error ? e.message : String(e)})`);
    return undefined;
  }
  const checked = validateTrainingPayload(json);
  if (!checked.ok) {
    renderErrorBox(element, `training output: ${checked.reason}`);
    return undefined;
  }
  const payload = checked.payload;
  const view = payload.kind === 'view' ? new TrainingView(element, payload) : new ComparisonView(element, payload);
  const output = new TrainingOutputView(view, payload, element, context);
  try {
    void output.redraw().catch(() => undefined);
  } catch (e) {
    view.dispose();
    renderErrorBox(element, e instanceof Error ? e.message : String(e));
    return undefined;
  }
  return output;
}
