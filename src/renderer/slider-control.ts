/**
 * The slider of a plot with one (payload.slider): an <input type=range> over the precomputed
 * positions; moving it puts that position's curves (values and derivatives) into every panel's
 * datasets without asking the kernel. The label is text only.
 */
import type { Chart } from 'chart.js';
import type { ChartPayload, ChartSlider } from '../shared/chart-payload';
import { formatNumber } from './chart-config';

/** For each drawn chart, the payload series index of each of its datasets (panels hold one order each). */
export function datasetSeries(payload: ChartPayload, orders: readonly number[]): number[][] {
  return orders.map((order) => payload.series.map((s, i) => ({ s, i })).filter(({ s }) => s.order === order).map(({ i }) => i));
}

/** The points of series `i` at position `k`. Pure. */
export function framePoints(slider: ChartSlider, k: number, i: number): Array<{ x: number; y: number | null }> {
  const frame = slider.frames[k];
  return frame.x.map((x, j) => {
    const y = frame.y[i][j];
    return { x, y: typeof y === 'number' && Number.isFinite(y) ? y : null };
  });
}

export class SliderControl {
  position: number;

  constructor(private readonly slider: ChartSlider) {
    this.position = slider.initial;
  }

  /** Shows the current position in the charts (after every (re)draw). */
  apply(charts: readonly Chart[], series: readonly number[][]): void {
    charts.forEach((chart, c) => {
      series[c]?.forEach((i, d) => {
        const dataset = chart.data.datasets[d];
        if (dataset) dataset.data = framePoints(this.slider, this.position, i) as typeof dataset.data;
      });
      chart.update('none');
    });
  }

  /** The control row: "negative_slope = 0.25" and the range input. */
  element(doc: Document, onChange: () => void): HTMLElement {
    const row = doc.createElement('label');
    row.className = 'activation-lab-chart-slider';
    const text = doc.createElement('span');
    const input = doc.createElement('input');
    input.type = 'range';
    input.min = '0';
    input.max = String(this.slider.values.length - 1);
    input.step = '1';
    input.value = String(this.position);
    input.setAttribute('aria-label', this.slider.name);
    const show = () => (text.textContent = `${this.slider.name} = ${formatNumber(this.slider.values[this.position])}`);
    show();
    input.addEventListener('input', () => {
      this.position = Number(input.value);
      show();
      onChange();
    });
    row.append(text, input);
    return row;
  }
}
