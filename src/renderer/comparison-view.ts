/**
 * Draws a comparison of runs: the train-loss curves overlaid (a colour and dash pattern per run, the
 * same key in the table), the metrics table (labels as text, never HTML), and one small decision-
 * boundary panel per run with the shared data points.
 */
import type { ChartConfiguration } from 'chart.js';
import type { ComparisonPayloadV1 } from '../shared/training-payload';
import { drawHeatmapPanel } from './heatmap-panel';
import { comparisonLossSeries, lineChartConfig, prefersLogScale } from './training-charts';
import { boundaryLegend, drawnCounts, el, lineKey, logScaleSwitch, TrainingOutputView, type DrawnCounts } from './training-dom';
import { bestRun, metricsTable } from './training-format';
import type { TrainingTheme } from './training-theme';

/** CSS pixels of each run's boundary panel. */
export const COMPARISON_PANEL_PX = 190;

export class ComparisonView extends TrainingOutputView<ComparisonPayloadV1> {
  private log: boolean;

  constructor(element: HTMLElement, payload: ComparisonPayloadV1) {
    super(element, payload);
    this.log = prefersLogScale(comparisonLossSeries(payload));
  }

  render(theme: TrainingTheme): Promise<DrawnCounts> {
    const { doc, root } = this.begin();
    const p = this.payload;
    const chartRow = el(doc, 'div', 'al-training-row');
    root.appendChild(chartRow);
    this.element.replaceChildren(root);

    const series = comparisonLossSeries(p);
    const config = () => lineChartConfig(series, theme, { xTitle: 'epoch', yTitle: `train loss (${p.lossName})`, log: this.log, topPadding: 20 });
    const { chart, panel } = this.charts.add(chartRow, config() as unknown as ChartConfiguration, `train loss of ${series.map((s) => s.label).join(', ')}`);
    logScaleSwitch(panel, chart, this.log, (log) => {
      this.log = log;
      return config();
    });

    root.appendChild(el(doc, 'div', 'al-training-table-wrap')).appendChild(this.table(doc, theme));

    let heatmapPixels = 0;
    if (p.points && p.runs.some((r) => r.grid)) {
      root.appendChild(el(doc, 'div', 'al-training-subtitle', 'decision boundaries'));
      const panels = el(doc, 'div', 'al-training-panels');
      root.appendChild(panels);
      p.runs.forEach((run, i) => {
        if (!run.grid || !p.points) return;
        const box = el(doc, 'div', 'al-training-boundary');
        const title = el(doc, 'div', 'al-training-boundary-title', run.label);
        title.title = run.label;
        title.style.maxWidth = `${COMPARISON_PANEL_PX}px`;
        title.prepend(lineKey(doc, i, theme));
        const canvas = el(doc, 'canvas');
        canvas.setAttribute('role', 'img');
        canvas.setAttribute('aria-label', `decision boundary of ${run.label}`);
        box.append(title, canvas);
        panels.appendChild(box);
        heatmapPixels += drawHeatmapPanel(canvas, run.grid, theme, { size: COMPARISON_PANEL_PX, axes: p.points.axes, train: p.points.train, test: p.points.test, radius: 1.8, maxTicks: 5 });
        this.heatmapCanvases.push(canvas);
      });
      const first = p.runs.find((r) => r.grid)?.grid;
      if (first) root.appendChild(boundaryLegend(doc, first.kind, p.points.classNames, first.classes));
    }
    return drawnCounts(this.charts, this.heatmapCanvases, heatmapPixels);
  }

  private table(doc: Document, theme: TrainingTheme): HTMLTableElement {
    const { columns, rows } = metricsTable(this.payload);
    const best = bestRun(this.payload);
    const table = el(doc, 'table', 'al-training-table');
    const head = el(doc, 'tr');
    for (const c of columns) head.appendChild(el(doc, 'th', undefined, c));
    table.appendChild(el(doc, 'thead')).appendChild(head);
    const body = el(doc, 'tbody');
    rows.forEach((cells, i) => {
      const tr = el(doc, 'tr', i === best && rows.length > 1 ? 'best' : undefined);
      cells.forEach((text, j) => {
        const td = el(doc, 'td', undefined, text);
        if (j === 0) {
          td.title = text;
          td.prepend(lineKey(doc, i, theme));
        }
        tr.appendChild(td);
      });
      body.appendChild(tr);
    });
    table.appendChild(body);
    return table;
  }
}
