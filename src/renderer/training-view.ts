/**
 * Draws one run's training view: the title, the progress line (state badge and message), the loss
 * curves (with a log-scale switch), the decision boundary heatmap or the 1-D fit, and the per-layer
 * health as small multiples. Text goes in with textContent only.
 */
import type { TrainingViewPayloadV1 } from '../shared/training-payload';
import { formatNumber } from './chart-config';
import { drawHeatmapPanel, cellAt } from './heatmap-panel';
import { fitChartConfig, HEALTH_METRICS, healthChartConfig, lossChartConfig, prefersLogScale } from './training-charts';
import { boundaryLegend, drawnCounts, el, logScaleSwitch, TrainingOutputView, type DrawnCounts } from './training-dom';
import { progressParts } from './training-format';
import type { TrainingTheme } from './training-theme';
import type { ChartConfiguration } from 'chart.js';

/** CSS pixels of the main boundary panel. */
export const BOUNDARY_SIZE_PX = 320;

export class TrainingView extends TrainingOutputView<TrainingViewPayloadV1> {
  /** The user's log-scale choice survives a theme redraw. */
  private logLoss: boolean;

  constructor(element: HTMLElement, payload: TrainingViewPayloadV1) {
    super(element, payload);
    this.logLoss = prefersLogScale(payload.loss);
  }

  render(theme: TrainingTheme): Promise<DrawnCounts> {
    const { doc, root } = this.begin();
    const p = this.payload;
    const progress = el(doc, 'div', 'al-training-progress');
    progress.append(el(doc, 'span', `al-training-state ${p.progress.state}`, p.progress.state));
    progressParts(p.progress).forEach((part, i) => {
      if (i > 0) progress.append(doc.createTextNode(' · '));
      progress.append(el(doc, 'span', 'al-training-part', part));
    });
    root.appendChild(progress);
    if (p.progress.message) root.appendChild(el(doc, 'div', 'al-training-message', p.progress.message));
    const row = el(doc, 'div', 'al-training-row');
    root.appendChild(row);
    this.element.replaceChildren(root);

    let heatmapPixels = 0;
    if (p.loss.length > 0) {
      const { chart, panel } = this.charts.add(row, lossChartConfig(p.loss, p.lossName, theme, this.logLoss) as unknown as ChartConfiguration, `loss curves of ${p.title}`);
      logScaleSwitch(panel, chart, this.logLoss, (log) => {
        this.logLoss = log;
        return lossChartConfig(p.loss, p.lossName, theme, log);
      });
    }
    if (p.boundary) {
      const b = p.boundary;
      const box = el(doc, 'div', 'al-training-boundary');
      box.appendChild(el(doc, 'div', 'al-training-boundary-title', b.grid.kind === 'value' ? 'network output' : 'decision boundary'));
      const canvas = el(doc, 'canvas');
      canvas.setAttribute('role', 'img');
      canvas.setAttribute('aria-label', `decision boundary of ${p.title}: ${b.train.x.length} train and ${b.test.x.length} test points`);
      box.appendChild(canvas);
      const hover = el(doc, 'div', 'al-training-hover');
      box.append(boundaryLegend(doc, b.grid.kind, b.classNames, b.grid.classes), hover);
      row.appendChild(box);
      heatmapPixels += drawHeatmapPanel(canvas, b.grid, theme, { size: BOUNDARY_SIZE_PX, axes: b.axes, train: b.train, test: b.test, radius: 3, maxTicks: 7 });
      this.heatmapCanvases.push(canvas);
      canvas.addEventListener('mousemove', (event) => {
        const rect = canvas.getBoundingClientRect();
        const cell = cellAt(b.grid, BOUNDARY_SIZE_PX, theme.fontSize, event.clientX - rect.left, event.clientY - rect.top);
        if (!cell) { hover.textContent = ''; return; }
        const what = b.grid.kind === 'probability' ? `P(${b.classNames[1] ?? 'class 1'}) = ${formatNumber(cell.value)}`
          : b.grid.kind === 'class' ? `${b.classNames[cell.value] ?? `class ${cell.value}`}${cell.confidence !== undefined ? ` (${formatNumber(cell.confidence)})` : ''}`
          : `output ${formatNumber(cell.value)}`;
        hover.textContent = `${b.axes[0]} = ${formatNumber(cell.x)}, ${b.axes[1]} = ${formatNumber(cell.y)}: ${what}`;
      });
      canvas.addEventListener('mouseleave', () => (hover.textContent = ''));
    }
    if (p.fit) this.charts.add(row, fitChartConfig(p.fit, theme) as unknown as ChartConfiguration, `fitted curve of ${p.title}`);
    if (p.health) {
      const h = p.health;
      root.appendChild(el(doc, 'div', 'al-training-subtitle', 'layer health'));
      const grid = el(doc, 'div', 'al-training-health');
      root.appendChild(grid);
      for (const metric of HEALTH_METRICS) {
        const series = h[metric.key];
        if (series.length === 0) continue;
        this.charts.add(grid, healthChartConfig(metric, series, h.layers, theme) as unknown as ChartConfiguration, `${metric.title} of ${p.title}`);
      }
    }
    return drawnCounts(this.charts, this.heatmapCanvases, heatmapPixels);
  }
}
