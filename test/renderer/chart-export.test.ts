import * as assert from 'assert';
import { csvField, exportFileName, panelsToCsv, panelsToSvg, type ExportPanel } from '../../src/renderer/chart-export';

const COLORS = { background: '#ffffff', foreground: '#333333', grid: '#cccccc' };

function plotPanels(): ExportPanel[] {
  const x = [-1, 0, 1];
  const line = (label: string, color: string, y: Array<number | null>) => ({ label, color, dash: [], line: true, points: x.map((xi, i) => ({ x: xi, y: y[i] })) });
  return [
    { title: 'f(x)', xTitle: 'x', yTitle: 'f(x)', xRange: [-1, 1], yRange: [0, 1], logY: false, series: [line('relu', '#1a85ff', [0, 0, 1])] },
    { title: 'f′(x)', xTitle: 'x', yTitle: 'f′(x)', xRange: [-1, 1], yRange: [0, 1], logY: false, series: [line('relu', '#1a85ff', [0, null, 1])] },
  ];
}

describe('renderer chart-export', () => {
  it('writes a plot as wide CSV: one row per x, one column per series and panel, empty at a gap', () => {
    assert.strictEqual(panelsToCsv(plotPanels()), 'x,relu (f(x)),relu (f′(x))\r\n-1,0,0\r\n0,0,\r\n1,1,1\r\n');
  });

  it('keeps a single panel\'s column names bare', () => {
    assert.strictEqual(panelsToCsv(plotPanels().slice(0, 1)).split('\r\n')[0], 'x,relu');
  });

  it('falls back to long CSV when the series have different x', () => {
    const [a] = plotPanels();
    const b = { ...a, series: [{ ...a.series[0], label: 'test', points: [{ x: 5, y: 2 }] }] };
    const csv = panelsToCsv([{ ...a, series: [...a.series, ...b.series] }]);
    assert.deepStrictEqual(csv.split('\r\n').slice(0, 2), ['panel,series,x,y', 'f(x),relu,-1,0']);
    assert.ok(csv.includes('f(x),test,5,2'));
  });

  it('quotes CSV fields with commas or quotes and defuses formula-like labels', () => {
    assert.strictEqual(csvField('leaky_relu(negative_slope=0.1), "a"'), '"leaky_relu(negative_slope=0.1), ""a"""');
    assert.strictEqual(csvField('=HYPERLINK(1)'), "'=HYPERLINK(1)");
    assert.strictEqual(csvField('-0.5'), '-0.5');
  });

  it('draws an SVG with one path per line, broken at a gap, and escaped text', () => {
    const panels = plotPanels();
    panels[0].series[0].label = '<script>alert(1)</script>';
    const svg = panelsToSvg('relu & <friends>', panels, COLORS);
    assert.ok(svg.startsWith('<svg xmlns="http://www.w3.org/2000/svg"'));
    assert.ok(!svg.includes('<script>'));
    assert.ok(svg.includes('&lt;script&gt;alert(1)&lt;/script&gt;'));
    assert.ok(svg.includes('<title>relu &amp; &lt;friends&gt;</title>'));
    const paths = [...svg.matchAll(/<path d="([^"]+)"/g)].map((m) => m[1]);
    assert.strictEqual(paths.length, 2);
    // f′ has a gap at x = 0: two separate moves, no line across it.
    assert.strictEqual((paths[1].match(/M/g) ?? []).length, 2);
    assert.ok(svg.includes('fill="#ffffff"'));
  });

  it('draws scattered series as circles and skips non-positive values on a log axis', () => {
    const panel: ExportPanel = { title: 'loss', xTitle: 'epoch', yTitle: 'loss', xRange: [0, 2], yRange: [0.01, 10], logY: true, series: [{ label: 'train', color: 'red', dash: [4, 2], line: false, points: [{ x: 0, y: 1 }, { x: 1, y: 0 }, { x: 2, y: 0.1 }] }] };
    const svg = panelsToSvg('loss', [panel], COLORS);
    assert.strictEqual((svg.match(/<circle cx/g) ?? []).length, 2 + 1); // two points and the legend key
  });

  it('escapes user text in the exported SVG (markup and XML-forbidden characters) and makes safe file names', () => {
    const hostile: ExportPanel = { title: 'a<b>&"\'\u0001', xTitle: '</text><script>x</script>', yTitle: 'y', xRange: [0, 1], yRange: [0, 1], logY: false, series: [{ label: 'l<i>ne', color: 'red', dash: [], line: true, points: [{ x: 0, y: 0 }, { x: 1, y: 1 }] }] };
    const svg = panelsToSvg('t<itle>\u0007', [hostile], COLORS);
    assert.ok(!svg.includes('<script') && !svg.includes('<b>') && !svg.includes('\u0001') && !svg.includes('\u0007'), svg.slice(0, 400));
    assert.ok(svg.includes('a&lt;b&gt;&amp;&quot;&#39;') && svg.includes('t&lt;itle&gt;'));
    assert.strictEqual(exportFileName('relu, gelu: a/b', 'png'), 'relu, gelu_ a_b.png');
    assert.strictEqual(exportFileName('   ', 'svg'), 'chart.svg');
  });
});
