import * as assert from 'assert';
import type { ChartPayload } from '../../src/shared/chart-payload';
import { buildChartPanels, colorsByLabel, formatNumber, PANEL_TITLES } from '../../src/renderer/chart-config';
import type { ChartTheme } from '../../src/renderer/theme';

const THEME: ChartTheme = {
  foreground: '#fg',
  gridColor: '#grid',
  zeroLineColor: '#zero',
  palette: ['#c0', '#c1', '#c2'],
  fontFamily: 'Test Sans',
  fontSize: 12,
};

/** relu and sigmoid sampled at x = -2, 0, 2 by hand (sigmoid(±2) = 1 / (1 + e^∓2)). */
function payload(): ChartPayload {
  const s = (x: number) => 1 / (1 + Math.exp(-x));
  return {
    version: 1,
    title: 'relu, sigmoid',
    range: [-2, 2],
    x: [-2, 0, 2],
    series: [
      { label: 'relu', order: 0, y: [0, 0, 2] },
      { label: 'relu', order: 1, y: [0, null, 1] },
      { label: 'sigmoid', order: 0, y: [s(-2), 0.5, s(2)] },
      { label: 'sigmoid', order: 1, y: [s(-2) * (1 - s(-2)), 0.25, s(2) * (1 - s(2))] },
    ],
  };
}

// chart.js scriptable options are functions of a context; call them with the minimum they read.
type Scriptable = (ctx: { tick?: { value: number } }) => unknown;

describe('renderer chart-config', () => {
  it('makes one panel per derivative order, titled f(x) and f′(x), in order', () => {
    const panels = buildChartPanels(payload(), THEME);
    assert.deepStrictEqual(panels.map((p) => p.title), ['f(x)', 'f′(x)']);
    assert.deepStrictEqual(panels.map((p) => p.order), [0, 1]);
  });

  it('puts each series in the panel of its order, labelled with the function name', () => {
    const [f, df] = buildChartPanels(payload(), THEME);
    assert.deepStrictEqual(f.config.data.datasets.map((d) => d.label), ['relu', 'sigmoid']);
    assert.deepStrictEqual(df.config.data.datasets.map((d) => d.label), ['relu', 'sigmoid']);
    assert.deepStrictEqual(f.config.data.datasets[0].data, [{ x: -2, y: 0 }, { x: 0, y: 0 }, { x: 2, y: 2 }]);
    assert.strictEqual(df.config.data.datasets[1].data[1].y, 0.25);
  });

  it('gives a function the same colour in both panels, and different functions different colours', () => {
    const [f, df] = buildChartPanels(payload(), THEME);
    assert.strictEqual(f.config.data.datasets[0].borderColor, '#c0');
    assert.strictEqual(df.config.data.datasets[0].borderColor, '#c0');
    assert.strictEqual(f.config.data.datasets[1].borderColor, '#c1');
    assert.strictEqual(df.config.data.datasets[1].borderColor, '#c1');
  });

  it('cycles through the palette when there are more functions than colours', () => {
    const p = payload();
    p.series = ['a', 'b', 'c', 'd'].map((label) => ({ label, order: 0, y: [0, 0, 0] }));
    assert.deepStrictEqual([...colorsByLabel(p, THEME).values()], ['#c0', '#c1', '#c2', '#c0']);
  });

  it('keeps nulls (and non-finite numbers) as gaps and does not span them', () => {
    const p = payload();
    p.series[0].y = [1, Number.NaN, Number.POSITIVE_INFINITY];
    const [f, df] = buildChartPanels(p, THEME);
    assert.deepStrictEqual(f.config.data.datasets[0].data.map((d) => d.y), [1, null, null]);
    assert.strictEqual(df.config.data.datasets[0].data[1].y, null);
    for (const d of [...f.config.data.datasets, ...df.config.data.datasets]) assert.strictEqual(d.spanGaps, false);
  });

  it('draws no points, no animation, fixed height and responsive width, tooltips on', () => {
    const [f] = buildChartPanels(payload(), THEME);
    const o = f.config.options!;
    assert.strictEqual(o.animation, false);
    assert.strictEqual(o.responsive, true);
    assert.strictEqual(o.maintainAspectRatio, false);
    assert.strictEqual(o.plugins!.tooltip!.enabled, true);
    for (const d of f.config.data.datasets) assert.strictEqual(d.pointRadius, 0);
  });

  it('uses the payload range for the x axis and labels both axes', () => {
    const p = payload();
    p.range = [-3, 5];
    const [, df] = buildChartPanels(p, THEME);
    const scales = df.config.options!.scales as Record<string, { min?: number; max?: number; title: { text: string } }>;
    assert.strictEqual(scales.x.min, -3);
    assert.strictEqual(scales.x.max, 5);
    assert.strictEqual(scales.x.title.text, 'x');
    assert.strictEqual(scales.y.title.text, PANEL_TITLES[1]);
  });

  it('draws the zero lines in the zero-line colour and the rest of the grid in the grid colour', () => {
    const [f] = buildChartPanels(payload(), THEME);
    const scales = f.config.options!.scales as Record<string, { grid: { color: Scriptable; lineWidth: Scriptable } }>;
    for (const axis of ['x', 'y']) {
      assert.strictEqual(scales[axis].grid.color({ tick: { value: 0 } }), '#zero');
      assert.strictEqual(scales[axis].grid.color({ tick: { value: 1 } }), '#grid');
      assert.ok((scales[axis].grid.lineWidth({ tick: { value: 0 } }) as number) > (scales[axis].grid.lineWidth({ tick: { value: 1 } }) as number));
    }
  });

  it('themes text with the editor foreground and font', () => {
    const [f] = buildChartPanels(payload(), THEME);
    const legend = f.config.options!.plugins!.legend!;
    assert.strictEqual(legend.display, true);
    assert.strictEqual(legend.labels!.color, '#fg');
    assert.deepStrictEqual(legend.labels!.font, { family: 'Test Sans', size: 12 });
  });

  it('makes a third panel f″(x) only when second derivatives are sent', () => {
    const p = payload();
    p.series.push({ label: 'relu', order: 2, y: [0, null, 0] });
    assert.deepStrictEqual(buildChartPanels(p, THEME).map((x) => x.title), ['f(x)', 'f′(x)', 'f″(x)']);
  });

  it('formats tick and tooltip numbers with at most 4 significant digits', () => {
    const cases: Array<[number, string]> = [[0, '0'], [0.5, '0.5'], [1 / 3, '0.3333'], [-2, '-2'], [12345.678, '12350'], [1e-7, '1e-7'], [2.5e6, '2.5e+6']];
    for (const [value, expected] of cases) assert.strictEqual(formatNumber(value), expected, String(value));
  });
});
