/**
 * DOM pieces shared by the training view and the comparison: the stylesheet, chart panels that report
 * when chart.js has drawn them, heatmap legends, and the pixel counts for the "drawn" message. Registers
 * only the chart.js pieces the training outputs draw (lines, scatter points, linear and log scales).
 */
import {
  Chart,
  Legend,
  LinearScale,
  LineController,
  LineElement,
  LogarithmicScale,
  PointElement,
  ScatterController,
  Title,
  Tooltip,
  type ChartConfiguration,
  type Plugin,
} from 'chart.js';
import { CLASS_COLORS, NEGATIVE_COLOR, POSITIVE_COLOR } from './heatmap-colors';
import type { ChartTheme } from './theme';
import { lineStyle, type TrainingTheme } from './training-theme';

Chart.register(LineController, ScatterController, LineElement, PointElement, LinearScale, LogarithmicScale, Legend, Tooltip, Title);

const DRAW_TIMEOUT_MS = 5000;
const STYLE_ID = 'activation-lab-training-style';
const STYLE = `
.al-training { font-family: var(--vscode-font-family, sans-serif); color: var(--vscode-editor-foreground, inherit); padding: 4px 0; }
.al-training-title { font-weight: 600; margin: 0 0 4px 2px; }
.al-training-progress { margin: 0 0 10px 2px; font-variant-numeric: tabular-nums; }
.al-training-state { display: inline-block; padding: 0 6px; margin-right: 6px; border-radius: 3px; border: 1px solid currentColor; font-size: 0.9em; }
.al-training-state.running { color: var(--vscode-charts-blue, #1a85ff); }
.al-training-state.completed { color: var(--vscode-charts-green, #388a34); }
.al-training-state.interrupted { color: var(--vscode-charts-yellow, #bf8803); }
.al-training-state.diverged { color: var(--vscode-errorForeground, #be1100); }
.al-training-message { margin: -6px 0 10px 2px; color: var(--vscode-descriptionForeground, inherit); }
.al-training-row { display: grid; grid-template-columns: repeat(auto-fit, minmax(320px, 1fr)); gap: 14px; align-items: start; }
.al-training-panel { position: relative; height: 300px; min-width: 0; }
.al-training-subtitle { font-weight: 600; margin: 14px 0 4px 2px; }
.al-training-health { display: grid; grid-template-columns: repeat(auto-fit, minmax(230px, 1fr)); gap: 10px; }
.al-training-health .al-training-panel { height: 200px; }
.al-training-boundary { display: flex; flex-direction: column; align-items: flex-start; min-width: 0; }
.al-training-boundary-title { font-weight: 600; margin: 0 0 2px 2px; max-width: 100%; overflow: hidden; text-overflow: ellipsis; white-space: nowrap; }
.al-training-legend { display: flex; flex-wrap: wrap; gap: 4px 12px; font-size: 0.9em; margin: 2px 0 0 4px; }
.al-training-legend span { display: inline-flex; align-items: center; gap: 4px; }
.al-training-swatch { display: inline-block; width: 10px; height: 10px; border-radius: 50%; }
.al-training-swatch.ring { background: transparent !important; border: 2px solid currentColor; width: 7px; height: 7px; }
.al-training-tools { position: absolute; top: 0; right: 4px; font-size: 0.85em; z-index: 1; }
.al-training-tools label { display: inline-flex; align-items: center; gap: 3px; cursor: pointer; }
.al-training-table-wrap { max-width: 100%; overflow-x: auto; }
.al-training-part { white-space: nowrap; }
.al-training-table { border-collapse: collapse; margin: 10px 0; font-variant-numeric: tabular-nums; }
.al-training-table th, .al-training-table td { border: 1px solid var(--vscode-editorWidget-border, rgba(128,128,128,0.35)); padding: 3px 9px; text-align: right; white-space: nowrap; }
.al-training-table th { font-weight: 600; }
.al-training-table td:first-child, .al-training-table th:first-child { text-align: left; max-width: 260px; overflow: hidden; text-overflow: ellipsis; }
.al-training-table tr.best td { font-weight: 600; }
.al-training-key { display: inline-block; width: 22px; height: 0; border-top: 3px solid; vertical-align: middle; margin-right: 6px; }
.al-training-panels { display: flex; flex-wrap: wrap; gap: 12px; }
.al-training-hover { min-height: 1.3em; font-size: 0.85em; margin: 0 0 0 4px; font-variant-numeric: tabular-nums; color: var(--vscode-descriptionForeground, inherit); }
`;

export function ensureTrainingStyles(doc: Document): void {
  if (doc.getElementById(STYLE_ID)) return;
  const style = doc.createElement('style');
  style.id = STYLE_ID;
  style.textContent = STYLE;
  doc.head.appendChild(style);
}

/** What a training output drew, for the "trainingDrawn" message. */
export interface DrawnCounts {
  charts: number;
  heatmaps: number;
  heatmapPixels: number;
  paintedPixels: number;
}

export function el<K extends keyof HTMLElementTagNameMap>(doc: Document, tag: K, className?: string, text?: string): HTMLElementTagNameMap[K] {
  const e = doc.createElement(tag);
  if (className) e.className = className;
  if (text !== undefined) e.textContent = text;
  return e;
}

/** Charts of one output: created in panels, destroyed together, awaited until drawn. */
export class ChartSet {
  readonly charts: Chart[] = [];
  readonly canvases: HTMLCanvasElement[] = [];
  private readonly drawn: Promise<void>[] = [];

  /** A chart in a new panel appended to `parent`; returns the chart and its panel. */
  add(parent: HTMLElement, config: ChartConfiguration, label: string, className = 'al-training-panel'): { chart: Chart; panel: HTMLElement } {
    const doc = parent.ownerDocument;
    const panel = el(doc, 'div', className);
    const canvas = el(doc, 'canvas');
    canvas.setAttribute('role', 'img');
    canvas.setAttribute('aria-label', label);
    panel.appendChild(canvas);
    parent.appendChild(panel);
    let markDrawn!: () => void;
    this.drawn.push(new Promise<void>((resolve) => (markDrawn = resolve)));
    const onDrawn: Plugin = { id: 'activationLabTrainingDrawn', afterRender: () => markDrawn() };
    const chart = new Chart(canvas, { ...config, plugins: [onDrawn] } as ChartConfiguration);
    this.charts.push(chart);
    this.canvases.push(canvas);
    return { chart, panel };
  }

  /** Resolves once every chart has drawn (or after a timeout) and one more frame has passed. */
  whenDrawn(): Promise<void> {
    const timeout = new Promise<void>((resolve) => setTimeout(resolve, DRAW_TIMEOUT_MS));
    return Promise.race([Promise.all(this.drawn).then(() => undefined), timeout]).then(() => new Promise<void>((resolve) => requestAnimationFrame(() => resolve())));
  }

  destroy(): void {
    for (const chart of this.charts) chart.destroy();
    this.charts.length = 0;
    this.canvases.length = 0;
    this.drawn.length = 0;
  }
}

/**
 * The "log scale" checkbox in a chart's panel: on change, `configFor(checked)` gives the chart's new
 * data and scales (the caller keeps the choice), and the chart is updated in place.
 */
export function logScaleSwitch(
  panel: HTMLElement,
  chart: Chart,
  checked: boolean,
  configFor: (log: boolean) => { data: unknown; options?: { scales?: unknown } },
): void {
  const doc = panel.ownerDocument;
  const tools = el(doc, 'div', 'al-training-tools');
  const label = el(doc, 'label');
  const box = el(doc, 'input');
  box.type = 'checkbox';
  box.checked = checked;
  box.addEventListener('change', () => {
    const next = configFor(box.checked);
    chart.data = next.data as typeof chart.data;
    chart.options.scales = next.options?.scales as typeof chart.options.scales;
    chart.update();
  });
  label.append(box, doc.createTextNode('log scale'));
  tools.appendChild(label);
  panel.appendChild(tools);
}

/** The line key of run `i` (its colour and dash, as in the loss chart). */
export function lineKey(doc: Document, i: number, theme: ChartTheme): HTMLElement {
  const key = el(doc, 'span', 'al-training-key');
  const style = lineStyle(i, theme);
  key.style.borderTopColor = style.color;
  key.style.borderTopStyle = style.dash.length ? 'dashed' : 'solid';
  return key;
}

/** Once the charts have drawn: what the output drew (heatmaps counted now, pixels then). */
export function drawnCounts(charts: ChartSet, heatmapCanvases: readonly HTMLCanvasElement[], heatmapPixels: number): Promise<DrawnCounts> {
  const heatmaps = heatmapCanvases.length;
  return charts.whenDrawn().then(() => ({
    charts: charts.charts.length,
    heatmaps,
    heatmapPixels,
    paintedPixels: paintedPixels([...charts.canvases, ...heatmapCanvases]),
  }));
}

/** What the training view and the comparison share: their element, the charts and heatmaps of the last draw. */
export abstract class TrainingOutputView<P extends { title: string }> {
  readonly charts = new ChartSet();
  heatmapCanvases: HTMLCanvasElement[] = [];

  constructor(
    protected readonly element: HTMLElement,
    readonly payload: P,
  ) {}

  abstract render(theme: TrainingTheme): Promise<DrawnCounts>;

  /** Clears the last draw and starts a new one: the document, and a root holding the title (not yet in the element). */
  protected begin(): { doc: Document; root: HTMLElement } {
    this.charts.destroy();
    this.heatmapCanvases = [];
    const doc = this.element.ownerDocument;
    ensureTrainingStyles(doc);
    const root = el(doc, 'div', 'al-training');
    root.appendChild(el(doc, 'div', 'al-training-title', this.payload.title));
    return { doc, root };
  }

  dispose(): void {
    this.charts.destroy();
    this.heatmapCanvases = [];
    this.element.replaceChildren();
  }
}

/** Non-transparent pixels of canvases. */
export function paintedPixels(canvases: readonly HTMLCanvasElement[]): number {
  let count = 0;
  for (const canvas of canvases) {
    const ctx = canvas.getContext('2d');
    if (!ctx || canvas.width === 0 || canvas.height === 0) continue;
    const pixels = ctx.getImageData(0, 0, canvas.width, canvas.height).data;
    for (let i = 3; i < pixels.length; i += 4) if (pixels[i] !== 0) count++;
  }
  return count;
}

/** The key under a boundary: one swatch per class (or the value scale), then train and test markers. */
export function boundaryLegend(doc: Document, kind: 'probability' | 'class' | 'value', classNames: readonly string[], classes: number): HTMLElement {
  const legend = el(doc, 'div', 'al-training-legend');
  const swatch = (color: string, text: string, ring = false): void => {
    const item = el(doc, 'span');
    const dot = el(doc, 'span', ring ? 'al-training-swatch ring' : 'al-training-swatch');
    dot.style.background = color;
    if (ring) dot.style.color = color;
    item.append(dot, doc.createTextNode(text));
    legend.appendChild(item);
  };
  if (kind === 'value') {
    swatch(NEGATIVE_COLOR, 'low / negative');
    swatch(POSITIVE_COLOR, 'high / positive');
  } else {
    const k = kind === 'probability' ? 2 : classes;
    for (let c = 0; c < Math.min(k, 10); c++) swatch(CLASS_COLORS[c], classNames[c] ?? `class ${c}`);
  }
  const markers = el(doc, 'span', undefined, '● train  ○ test');
  legend.appendChild(markers);
  return legend;
}
