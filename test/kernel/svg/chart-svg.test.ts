import * as assert from 'assert';
import { KernelSession } from '../../../src/kernel/session';
import { chartSvg, CHART_PANEL_TITLES } from '../../../src/kernel/svg/chart-svg';
import { SVG_THEME } from '../../../src/kernel/svg/svg-theme';
import type { ChartPayload } from '../../../src/shared/chart-payload';
import { MIME_CHART, MIME_SVG } from '../../../src/shared/mime-types';

function plotItems(source: string): { payload: ChartPayload; svg: string } {
  const r = new KernelSession().executeSync(source);
  assert.ok(r.ok, JSON.stringify(r.error));
  const items = r.outputs[r.outputs.length - 1].items;
  const chart = items.find((i) => i.mime === MIME_CHART);
  const svg = items.find((i) => i.mime === MIME_SVG);
  assert.ok(chart && svg, items.map((i) => i.mime).join(', '));
  assert.ok(items.indexOf(chart) < items.indexOf(svg), 'the rich item comes before the SVG');
  return { payload: chart.data as ChartPayload, svg: svg.data as string };
}

const count = (text: string, pattern: RegExp): number => (text.match(pattern) ?? []).length;

describe('kernel/svg/chart-svg', () => {
  const cases: Array<{ name: string; source: string; panels: string[]; legend: string[] }> = [
    { name: 'plot of four functions: f and f′ panels', source: 'plot(relu, gelu, sigmoid, tanh)', panels: ['f(x)', 'f′(x)'], legend: ['relu', 'gelu', 'sigmoid', 'tanh'] },
    { name: 'without derivatives: one panel', source: 'plot(gelu, derivative=false)', panels: ['f(x)'], legend: ['gelu'] },
    { name: 'describe draws f″ too', source: 'describe(sigmoid)', panels: ['f(x)', 'f′(x)', 'f″(x)'], legend: ['sigmoid'] },
  ];
  for (const c of cases) {
    it(c.name, () => {
      const { payload, svg } = plotItems(c.source);
      assert.ok(svg.startsWith('<svg xmlns="http://www.w3.org/2000/svg"'), svg.slice(0, 80));
      assert.ok(svg.endsWith('</svg>'));
      for (const title of Object.values(CHART_PANEL_TITLES)) assert.strictEqual(svg.includes(`font-weight="bold">${title}</text>`), c.panels.includes(title), title);
      // One path per series with data, in its function's colour.
      assert.strictEqual(count(svg, /<path d="M/g), payload.series.length);
      c.legend.forEach((label, i) => {
        assert.ok(svg.includes(`>${label}</text>`), label);
        assert.ok(svg.includes(`stroke="${SVG_THEME.palette[i]}"`), `${label} in ${SVG_THEME.palette[i]}`);
      });
      assert.ok(svg.includes(`<rect width="`) && svg.includes(`fill="${SVG_THEME.background}"`), 'a white background');
    });
  }

  it('axes: ticks -4 … 4 on x with labels and the axis title', () => {
    const { svg } = plotItems('plot(relu, derivative=false)');
    for (const t of ['−4', '−2', '0', '2', '4']) assert.ok(svg.includes(`>${t}</text>`), t);
    assert.ok(svg.includes('>x</text>'));
  });

  it("relu′ has a gap at the kink: its path restarts (two M's), never a vertical connector", () => {
    const { payload, svg } = plotItems('plot(relu, samples=101)');
    assert.ok(payload.series[1].y.includes(null));
    const paths = svg.match(/<path d="[^"]*"/g) ?? [];
    assert.strictEqual(count(paths[1], /M/g), 2, paths[1].slice(0, 200));
  });

  it('user text is escaped: title, legend', () => {
    const payload: ChartPayload = { version: 1, title: 'a <script>&"', range: [0, 1], x: [0, 1], series: [{ label: `x -> x < 1 & "q" '`, order: 0, y: [0, 1] }] };
    const svg = chartSvg(payload);
    assert.ok(!svg.includes('<script>'));
    assert.ok(svg.includes('a &lt;script&gt;&amp;&quot;'));
    assert.ok(svg.includes('x -&gt; x &lt; 1 &amp; &quot;q&quot; &#39;'));
  });

  it('an all-null series draws no path and no NaN anywhere', () => {
    const svg = chartSvg({ version: 1, title: 't', range: [-1, 1], x: [-1, 0, 1], series: [{ label: 'f', order: 0, y: [null, null, null] }] });
    assert.strictEqual(count(svg, /<path /g), 0);
    assert.ok(!/NaN|Infinity|undefined/.test(svg));
  });
});
