import * as assert from 'assert';
import type { ChartPayload } from '../../src/shared/chart-payload';
import { buildChartPanels, colorsByLabel, formatNumber, PANEL_TITLES } from '../../src/renderer/chart-config';
import { evenTicks, niceStep } from '../../src/renderer/axis-ticks';
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

  it('puts 0 among the y ticks when the axis holds it (mish″: not 0.7, 0.5, 0.3, 0.1, -0.1)', () => {
    const panel = buildChartPanels(payload(), THEME)[1];
    const y = (panel.config.options!.scales as Record<string, { afterBuildTicks: (axis: { min: number; max: number; ticks: Array<{ value: number }> }) => void }>).y;
    const axis = { min: -0.1, max: 0.7, ticks: [0.7, 0.5, 0.3, 0.1, -0.1].map((value) => ({ value })) };
    y.afterBuildTicks(axis);
    const values = axis.ticks.map((t) => t.value);
    assert.ok(values.includes(0), values.join(', '));
    assert.deepStrictEqual(values, [-0.1, 0, 0.1, 0.2, 0.3, 0.4, 0.5, 0.6, 0.7]);
  });

  it('names a derivative series in the legend by its name, keeping the colour of its function', () => {
    const p = payload();
    p.series[1] = { ...p.series[1], name: 'relu′' };
    const [f, d] = buildChartPanels(p, THEME);
    assert.strictEqual(d.config.data.datasets[0].label, 'relu′');
    assert.strictEqual(d.config.data.datasets[0].borderColor, f.config.data.datasets[0].borderColor);
  });

  it('formats tick and tooltip numbers with at most 4 significant digits', () => {
    const cases: Array<[number, string]> = [[0, '0'], [0.5, '0.5'], [1 / 3, '0.3333'], [-2, '-2'], [12345.678, '12350'], [1e-7, '1e-7'], [2.5e6, '2.5e+6']];
    for (const [value, expected] of cases) assert.strictEqual(formatNumber(value), expected, String(value));
  });
  /** The x ticks chart.js ends up with: what the panel's afterBuildTicks hook leaves on the axis. */
  function xTicksOf(panel: ReturnType<typeof buildChartPanels>[number]): number[] {
    const x = (panel.config.options!.scales as Record<string, { afterBuildTicks: (axis: { ticks: Array<{ value: number }> }) => void }>).x;
    // chart.js's own (uneven) ticks for [-5, 3], which the hook must replace.
    const axis = { ticks: [-5, -4, -2, 0, 2, 3].map((value) => ({ value })) };
    x.afterBuildTicks(axis);
    return axis.ticks.map((t) => t.value);
  }

  /** True for 1, 2 or 5 × 10^k. */
  function isNice(step: number): boolean {
    const power = Math.pow(10, Math.floor(Math.log10(step) + 1e-12));
    return [1, 2, 5, 10].some((m) => Math.abs(step / power - m) < 1e-9);
  }

  const TICK_RANGES: Array<{ name: string; range: [number, number]; expected?: number[] }> = [
    { name: 'symmetric [-4, 4]', range: [-4, 4], expected: [-4, -3, -2, -1, 0, 1, 2, 3, 4] },
    { name: "the tour's [-5, 3]", range: [-5, 3], expected: [-5, -4, -3, -2, -1, 0, 1, 2, 3] },
    { name: 'unit [0, 1]', range: [0, 1], expected: [0, 0.2, 0.4, 0.6, 0.8, 1] },
    { name: 'wide [-1000, 1000]', range: [-1000, 1000], expected: [-1000, -500, 0, 500, 1000] },
    { name: 'tiny [-1e-3, 1e-3]', range: [-1e-3, 1e-3], expected: [-1e-3, -5e-4, 0, 5e-4, 1e-3] },
    { name: 'ends off the grid [-2.5, 7.3]', range: [-2.5, 7.3] },
    { name: 'all positive [3, 17]', range: [3, 17] },
  ];
  for (const c of TICK_RANGES) {
    it(`x ticks for ${c.name}: evenly spaced on a 1/2/5 × 10^k step, over exactly the asked range, in every panel`, () => {
      const p = payload();
      p.range = c.range;
      p.series.push({ label: 'relu', order: 2, y: [0, null, 0] });
      const panels = buildChartPanels(p, THEME);
      const first = xTicksOf(panels[0]);
      for (const panel of panels) {
        const scales = panel.config.options!.scales as Record<string, { min: number; max: number }>;
        assert.strictEqual(scales.x.min, c.range[0]);
        assert.strictEqual(scales.x.max, c.range[1]);
        assert.deepStrictEqual(xTicksOf(panel), first, `${panel.title} has the same ticks as f(x)`);
      }
      assert.ok(first.length >= 4 && first.length <= 9, `${first.length} ticks`);
      const step = first[1] - first[0];
      assert.ok(isNice(step), `step ${step}`);
      for (let i = 1; i < first.length; i++) assert.ok(Math.abs(first[i] - first[i - 1] - step) <= step * 1e-9, `uneven at ${first[i]}`);
      for (const t of first) {
        assert.ok(t >= c.range[0] - step * 1e-9 && t <= c.range[1] + step * 1e-9, `${t} outside the range`);
        assert.ok(Math.abs(t / step - Math.round(t / step)) < 1e-9, `${t} is not a multiple of the step`);
      }
      // No gap larger than one step is left at either end.
      assert.ok(first[0] - c.range[0] < step && c.range[1] - first[first.length - 1] < step);
      if (c.range[0] <= 0 && c.range[1] >= 0) assert.ok(first.includes(0), 'the zero line is a tick');
      if (c.expected) {
        assert.strictEqual(first.length, c.expected.length, String(first));
        first.forEach((t, i) => assert.ok(Math.abs(t - c.expected![i]) <= Math.abs(step) * 1e-9, `${t} vs ${c.expected![i]}`));
      }
    });
  }

  it('niceStep picks the smallest 1/2/5 step giving at most 9 ticks; bad spans are refused', () => {
    const cases: Array<[span: number, maxTicks: number, step: number]> = [[8, 9, 1], [10, 9, 2], [1, 9, 0.2], [2000, 9, 500], [0.002, 9, 5e-4], [16, 9, 2], [17, 9, 5], [8, 5, 2]];
    for (const [span, maxTicks, step] of cases) assert.strictEqual(niceStep(span, maxTicks), step, `span ${span}`);
    assert.throws(() => niceStep(0), /positive finite span/);
    assert.throws(() => niceStep(Number.NaN), /positive finite span/);
    assert.deepStrictEqual(evenTicks(2, 2).values, [2]);
    assert.throws(() => evenTicks(0, Number.POSITIVE_INFINITY), /finite/);
  });

  it('a kink gap (null y) is a gap in the line and in the tooltip, which still names the other functions', () => {
    // relu′ sampled across 0 with a null at the kink: a step drawn without its vertical connector.
    const p = payload();
    p.series[1].y = [0, null, 1];
    const [, df] = buildChartPanels(p, THEME);
    const relu = df.config.data.datasets[0];
    assert.deepStrictEqual(relu.data.map((d) => d.y), [0, null, 1]);
    assert.strictEqual(relu.spanGaps, false);
    const callbacks = df.config.options!.plugins!.tooltip!.callbacks as unknown as {
      title: (items: Array<{ parsed: { x: number } }>) => string;
      label: (item: { dataset: { label: string }; parsed: { x: number; y: number | null } }) => string;
    };
    assert.strictEqual(callbacks.label({ dataset: { label: 'relu' }, parsed: { x: 0, y: null } }), 'relu: —');
    assert.strictEqual(callbacks.label({ dataset: { label: 'sigmoid' }, parsed: { x: 0, y: 0.25 } }), 'sigmoid: 0.25');
    assert.strictEqual(callbacks.title([{ parsed: { x: 0 } }]), 'x = 0');
    assert.strictEqual(callbacks.title([]), '');
  });
});
