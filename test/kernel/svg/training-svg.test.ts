import * as assert from 'assert';
import { trainingSvg } from '../../../src/kernel/svg/training-svg';
import { trainingFallbackItem } from '../../../src/kernel/svg/fallback-items';
import { MIME_SVG } from '../../../src/shared/mime-types';
import { comparison, EVIL, grid, series, view } from './training-fixtures';

const ESCAPED = '&lt;b&gt;&amp;&quot;x&#39;&lt;/b&gt;';
const count = (text: string, pattern: RegExp): number => (text.match(pattern) ?? []).length;

describe('kernel/svg/training-svg', () => {
  const cases: Array<{ name: string; svg: () => string; has: string[]; images: number }> = [
    { name: 'view with a boundary: loss, boundary PNG, health', svg: () => trainingSvg(view()), has: ['>loss</text>', '>decision boundary</text>', '>layer health</text>', '>gradient norm</text>', '>dead units</text>', 'epoch 20 / 20'], images: 1 },
    { name: 'view with a fit: no image', svg: () => trainingSvg(view({ boundary: undefined, fit: { curve: series('fit', (x) => x), train: { x: [1], y: [1], label: [1] }, test: { x: [], y: [], label: [] }, xLabel: 'x', yLabel: 'y' } })), has: ['>fit</text>'], images: 0 },
    { name: 'view with loss only', svg: () => trainingSvg(view({ boundary: undefined, health: undefined })), has: ['>loss</text>'], images: 0 },
    { name: 'regression grid (value)', svg: () => trainingSvg(view({ boundary: { ...view().boundary!, grid: grid('value') } })), has: ['>output over the plane</text>'], images: 1 },
    { name: 'comparison: loss, metrics table, a panel per run', svg: () => trainingSvg(comparison()), has: ['>relu</text>', 'steps to loss ≤ 0.2', '>activation</text>'], images: 2 },
  ];
  for (const c of cases) {
    it(c.name, () => {
      const svg = c.svg();
      assert.ok(svg.startsWith('<svg xmlns="http://www.w3.org/2000/svg"') && svg.endsWith('</svg>'));
      for (const h of c.has) assert.ok(svg.includes(h), h);
      assert.strictEqual(count(svg, /<image [^>]*href="data:image\/png;base64,/g), c.images);
      assert.ok(!/NaN|undefined|Infinity/.test(svg));
      assert.ok(!svg.includes(EVIL));
    });
  }

  it('escapes the title, axis names and run labels', () => {
    assert.ok(trainingSvg(view()).includes(`xor ${ESCAPED}`));
    assert.ok(trainingSvg(view()).includes(`x2 ${ESCAPED}`));
    assert.ok(trainingSvg(comparison()).includes(`x -&gt; x ${ESCAPED}`));
  });

  it('a log loss axis when the loss spans two decades', () => {
    const svg = trainingSvg(view({ loss: [series('train', (x) => Math.pow(10, -x / 4))], boundary: undefined, health: undefined }));
    assert.ok(svg.includes('>1e−5</text>') || svg.includes('>0.01</text>'), 'power-of-ten labels');
  });

  it('the fallback item is image/svg+xml', () => assert.strictEqual(trainingFallbackItem(comparison()).mime, MIME_SVG));
});
