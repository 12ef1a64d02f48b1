/**
 * The Activation Lab notebook renderer (`activation-lab.chart-renderer`): draws
 * `application/vnd.activation-lab.chart+json` outputs with chart.js, themed from VS Code's CSS
 * variables, and tells the extension (when messaging is available) that a chart was drawn.
 */
import { MIME_CHART, MIME_TRAINING } from '../shared/mime-types';
import { validateChartPayload } from '../shared/chart-payload';
import type { ChartDrawnMessage } from '../shared/renderer-messages';
import { ChartView, renderErrorBox } from './chart-view';
import type { ActivationFunction, RendererContext, RendererOutputItem } from './renderer-api';
import { readChartThemeFromElement } from './theme';
import { renderTrainingItem, type TrainingOutputView } from './training-output';
import { attachToolbar, createExportToolbar, listenForExportResults } from './export-toolbar';

export const activate: ActivationFunction = (context: RendererContext) => {
  const views = new Map<string, ChartView | TrainingOutputView>();
  let themeWatcher: MutationObserver | undefined;
  const toolbars = new Map<ChartView, HTMLElement>();
  listenForExportResults(context);

  /** Builds the charts now (throws on failure); reports the drawn chart to the extension later. */
  const draw = (view: ChartView, element: HTMLElement, toolbar: HTMLElement): void => {
    const painted = view.render(readChartThemeFromElement(element));
    attachToolbar(element, toolbar);
    void painted.then(
      (paintedPixels) => {
        const message: ChartDrawnMessage = { type: 'chartDrawn', title: view.payload.title, seriesCount: view.payload.series.length, paintedPixels };
        context.postMessage?.(message);
      },
      (e: unknown) => console.error('[activation-lab] counting drawn pixels failed', e),
    );
  };

  /** VS Code swaps the theme variables in place: redraw every chart with the new colours. */
  const watchTheme = (element: HTMLElement): void => {
    if (themeWatcher || typeof MutationObserver === 'undefined') return;
    let scheduled = false;
    themeWatcher = new MutationObserver(() => {
      if (scheduled) return;
      scheduled = true;
      requestAnimationFrame(() => {
        scheduled = false;
        for (const view of views.values()) {
          try {
            if (view instanceof ChartView) {
              void view.render(readChartThemeFromElement(element)).catch(() => undefined);
              const toolbar = toolbars.get(view);
              if (toolbar) attachToolbar(view.element, toolbar);
            } else {
              void view.redraw(element).catch(() => undefined);
            }
          } catch (e) {
            console.error('[activation-lab] redrawing a chart for the new theme failed', e);
          }
        }
      });
    });
    const doc = element.ownerDocument;
    themeWatcher.observe(doc.documentElement, { attributes: true, attributeFilter: ['style', 'class'] });
    if (doc.body) themeWatcher.observe(doc.body, { attributes: true, attributeFilter: ['class'] });
  };

  return {
    renderOutputItem(outputItem: RendererOutputItem, element: HTMLElement): void {
      const previous = views.get(outputItem.id);
      previous?.dispose();
      if (previous instanceof ChartView) toolbars.delete(previous);
      views.delete(outputItem.id);
      if (outputItem.mime === MIME_TRAINING) {
        const view = renderTrainingItem(outputItem, element, context);
        if (view) {
          views.set(outputItem.id, view);
          watchTheme(element);
        }
        return;
      }
      if (outputItem.mime !== MIME_CHART) {
        renderErrorBox(element, `unexpected MIME type ${outputItem.mime}`);
        return;
      }
      let json: unknown;
      try {
        json = outputItem.json();
      } catch (e) {
        renderErrorBox(element, `the output is not valid JSON (${e instanceof Error ? e.message : String(e)})`);
        return;
      }
      const checked = validateChartPayload(json);
      if (!checked.ok) {
        renderErrorBox(element, checked.reason);
        return;
      }
      const view = new ChartView(element, checked.payload);
      views.set(outputItem.id, view);
      watchTheme(element);
      const toolbar = createExportToolbar(element.ownerDocument, {
        title: checked.payload.title,
        root: () => (element.firstElementChild as HTMLElement | null) ?? element,
        charts: () => view.drawnCharts(),
        canvases: () => view.drawnCanvases(),
      }, context);
      toolbars.set(view, toolbar);
      try {
        draw(view, element, toolbar);
      } catch (e) {
        views.delete(outputItem.id);
        toolbars.delete(view);
        view.dispose();
        renderErrorBox(element, e instanceof Error ? e.message : String(e));
      }
    },

    disposeOutputItem(id?: string): void {
      if (id === undefined) {
        for (const view of views.values()) view.dispose();
        views.clear();
        toolbars.clear();
        return;
      }
      const view = views.get(id);
      view?.dispose();
      if (view instanceof ChartView) toolbars.delete(view);
      views.delete(id);
    },
  };
};
