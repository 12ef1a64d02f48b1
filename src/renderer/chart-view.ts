/**
 * Draws one chart output: a title and one panel per derivative order, side by side when there is
 * room and stacked when the output is narrow. Only the chart.js pieces actually drawn are registered.
 */
import { Chart, Legend, LinearScale, LineController, LineElement, PointElement, Title, Tooltip, type Plugin } from 'chart.js';
import type { ChartPayload } from '../shared/chart-payload';
import { buildChartPanels, PANEL_HEIGHT_PX } from './chart-config';
import type { ChartTheme } from './theme';
import { ChartZoom } from './chart-zoom';
import { datasetSeries, SliderControl } from './slider-control';

Chart.register(LineController, LineElement, PointElement, LinearScale, Legend, Tooltip, Title);

/** How long to wait for chart.js to draw before counting pixels anyway (e.g. an output never shown). */
const DRAW_TIMEOUT_MS = 5000;
/** Panels narrower than this wrap onto their own row. */
const PANEL_MIN_WIDTH_PX = 300;

const STYLE_ID = 'activation-lab-chart-style';
const STYLE = `
.activation-lab-chart { font-family: var(--vscode-font-family, sans-serif); color: var(--vscode-editor-foreground, inherit); padding: 4px 0; }
.activation-lab-chart-title { font-weight: 600; margin: 0 0 6px 2px; }
.activation-lab-chart-slider { display: flex; align-items: center; gap: 8px; margin: 0 0 6px 2px; font-variant-numeric: tabular-nums; }
.activation-lab-chart-slider input { width: min(320px, 60%); }
.activation-lab-chart-statement { font-family: var(--vscode-editor-font-family, monospace); font-size: 0.9em; color: var(--vscode-descriptionForeground, inherit); margin: 0 0 2px 2px; }
.activation-lab-chart-panels { display: grid; grid-template-columns: repeat(auto-fit, minmax(${PANEL_MIN_WIDTH_PX}px, 1fr)); gap: 12px; }
.activation-lab-chart-panel { position: relative; height: ${PANEL_HEIGHT_PX}px; min-width: 0; }
.activation-lab-chart-error { border: 1px solid var(--vscode-inputValidation-errorBorder, #be1100); background: var(--vscode-inputValidation-errorBackground, rgba(190, 17, 0, 0.1)); color: var(--vscode-errorForeground, #be1100); padding: 8px 10px; border-radius: 3px; font-family: var(--vscode-font-family, sans-serif); white-space: pre-wrap; }
`;

export function ensureStyles(doc: Document): void {
  if (doc.getElementById(STYLE_ID)) return;
  const style = doc.createElement('style');
  style.id = STYLE_ID;
  style.textContent = STYLE;
  doc.head.appendChild(style);
}

/** A readable error box in place of a chart that cannot be drawn. */
export function renderErrorBox(element: HTMLElement, message: string): void {
  ensureStyles(element.ownerDocument);
  const box = element.ownerDocument.createElement('div');
  box.className = 'activation-lab-chart-error';
  box.setAttribute('role', 'alert');
  box.textContent = `Activation Lab could not draw this chart: ${message}`;
  element.replaceChildren(box);
}

export class ChartView {
  private charts: Chart<'line', Array<{ x: number; y: number | null }>>[] = [];
  private canvases: HTMLCanvasElement[] = [];
  /** The x view shared by the panels; kept across redraws. */
  private readonly zoom: ChartZoom;
  /** The payload's slider, when it has one; its position survives redraws. */
  private readonly slider: SliderControl | undefined;

  constructor(
    readonly element: HTMLElement,
    readonly payload: ChartPayload,
  ) {
    this.zoom = new ChartZoom([payload.range[0], payload.range[1]]);
    this.slider = payload.slider ? new SliderControl(payload.slider) : undefined;
  }

  /**
   * Draws (or redraws with a new theme). The DOM and the charts are built before this returns (a
   * failure throws); the promise resolves with the number of painted pixels once chart.js has drawn.
   */
  render(theme: ChartTheme): Promise<number> {
    this.destroyCharts();
    const doc = this.element.ownerDocument;
    ensureStyles(doc);
    const root = doc.createElement('div');
    root.className = 'activation-lab-chart';
    const title = doc.createElement('div');
    title.className = 'activation-lab-chart-title';
    title.textContent = this.payload.title;
    if (this.payload.statement) {
      const statement = doc.createElement('div');
      statement.className = 'activation-lab-chart-statement';
      statement.textContent = this.payload.statement;
      root.appendChild(statement);
    }
    const grid = doc.createElement('div');
    grid.className = 'activation-lab-chart-panels';
    root.append(title);
    const orders: number[] = [];
    const showSlider = (): void => this.slider?.apply(this.charts as unknown as Chart[], datasetSeries(this.payload, orders));
    if (this.slider) root.append(this.slider.element(doc, showSlider));
    root.append(grid);
    this.element.replaceChildren(root);

    const labels = [...new Set(this.payload.series.map((s) => s.label))].join(', ');
    const drawn: Promise<void>[] = [];
    for (const panel of buildChartPanels(this.payload, theme)) {
      orders.push(panel.order);
      const container = doc.createElement('div');
      container.className = 'activation-lab-chart-panel';
      const canvas = doc.createElement('canvas');
      canvas.setAttribute('role', 'img');
      canvas.setAttribute('aria-label', `${panel.title} of ${labels}`);
      container.appendChild(canvas);
      grid.appendChild(container);
      let markDrawn!: () => void;
      drawn.push(new Promise<void>((resolve) => (markDrawn = resolve)));
      const onDrawn: Plugin<'line'> = { id: 'activationLabDrawn', afterRender: () => markDrawn() };
      const chart = new Chart(canvas, { ...panel.config, plugins: [onDrawn] });
      this.charts.push(chart);
      this.canvases.push(canvas);
      this.zoom.attach(chart as unknown as Chart, canvas);
    }
    if (this.slider && this.slider.position !== this.payload.slider?.initial) showSlider();
    const timeout = new Promise<void>((resolve) => setTimeout(resolve, DRAW_TIMEOUT_MS));
    // One more frame after chart.js reports it has drawn, so the canvas holds the final image.
    return Promise.race([Promise.all(drawn), timeout])
      .then(() => new Promise<void>((resolve) => requestAnimationFrame(() => resolve())))
      .then(() => this.paintedPixels());
  }

  /** The charts and canvases drawn now (the export toolbar reads them). */
  drawnCharts(): readonly Chart[] {
    return this.charts as unknown as Chart[];
  }

  drawnCanvases(): readonly HTMLCanvasElement[] {
    return this.canvases;
  }

  /** Canvas pixels that are not fully transparent, over all panels. */
  paintedPixels(): number {
    let count = 0;
    for (const canvas of this.canvases) {
      const ctx = canvas.getContext('2d');
      if (!ctx || canvas.width === 0 || canvas.height === 0) continue;
      const pixels = ctx.getImageData(0, 0, canvas.width, canvas.height).data;
      for (let i = 3; i < pixels.length; i += 4) if (pixels[i] !== 0) count++;
    }
    return count;
  }

  private destroyCharts(): void {
    this.zoom.clear();
    for (const chart of this.charts) chart.destroy();
    this.charts = [];
    this.canvases = [];
  }

  dispose(): void {
    this.destroyCharts();
    this.element.replaceChildren();
  }
}
