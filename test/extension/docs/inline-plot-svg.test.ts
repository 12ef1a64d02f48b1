import * as assert from 'assert';
import type { NumericArray } from '../../../src/core/activations/activation-spec';
import { listActivations } from '../../../src/core/activations/registry';
import { inlinePlotSvg, PLOT_COLOURS, samplePlot, svgDataUri, yExtent, type PlotSubject } from '../../../src/extension/docs/inline-plot-svg';

/** A subject from closed forms, so expectations do not come from our own kernels. */
function subject(name: string, f: (x: number) => number, df: (x: number) => number): PlotSubject {
  return {
    name,
    valueInto(xs: NumericArray, out: NumericArray) {
      for (let i = 0; i < xs.length; i++) out[i] = f(xs[i]);
    },
    derivativeInto(xs: NumericArray, out: NumericArray) {
      for (let i = 0; i < xs.length; i++) out[i] = df(xs[i]);
    },
  };
}

/** The points of the path drawn in `colour` (one array per M-started piece). */
function pathPieces(svg: string, colour: string): Array<Array<[number, number]>> {
  const re = new RegExp(`<path d="([^"]*)" fill="none" stroke="${colour}"`);
  const m = re.exec(svg);
  assert.ok(m, `no path in ${colour}`);
  return m[1]
    .split('M')
    .filter(Boolean)
    .map((piece) => piece.split('L').map((p) => p.trim().split(' ').map(Number) as [number, number]));
}

describe('extension inline-plot-svg', () => {
  const identity = subject('ident', (x) => x, () => 1);

  it('samples [-4, 4] evenly with both end points', () => {
    const { xs, ys, dys } = samplePlot(identity, undefined, { samples: 9 });
    assert.deepStrictEqual([...xs], [-4, -3, -2, -1, 0, 1, 2, 3, 4]);
    assert.deepStrictEqual([...ys], [...xs]);
    assert.ok(dys.every((d) => d === 1));
  });

  it('the y extent covers the data and zero, clipping exploding values', () => {
    assert.deepStrictEqual(yExtent(new Float64Array([1, 2, 3])), [0, 3]);
    assert.deepStrictEqual(yExtent(new Float64Array([-2, NaN, 1]), new Float64Array([Infinity, 0.5])), [-2, 1]);
    assert.deepStrictEqual(yExtent(new Float64Array([1e300])), [0, 1e6]);
    const [lo, hi] = yExtent(new Float64Array([0, 0]));
    assert.ok(lo < 0 && hi > 0, 'a flat zero line still gets a span');
  });

  it('is a standalone 240x120 SVG with both curves, axes through zero and a legend', () => {
    const svg = inlinePlotSvg(identity);
    assert.match(svg, /^<svg xmlns="http:\/\/www\.w3\.org\/2000\/svg" width="240" height="120" viewBox="0 0 240 120">/);
    assert.ok(svg.endsWith('</svg>'));
    assert.ok(svg.includes(`stroke="${PLOT_COLOURS.value}"`) && svg.includes(`stroke="${PLOT_COLOURS.derivative}"`));
    assert.ok(svg.includes('>f</text>') && svg.includes('>f′</text>'), 'legend');
    // The vertical axis is at x = 0, the middle of [-4, 4].
    assert.match(svg, /<line x1="120" y1="4" x2="120" y2="116"/);
    assert.ok(!/<script|on[a-z]+=/i.test(svg), 'no scripts or event handlers');
  });

  it('maps the data linearly: y = x runs corner to corner (inside the margin), y\' = 1 is flat', () => {
    const svg = inlinePlotSvg(identity);
    const [f] = pathPieces(svg, PLOT_COLOURS.value);
    assert.strictEqual(f.length, 161);
    const first = f[0];
    const last = f[f.length - 1];
    assert.strictEqual(first[0], 4);
    assert.strictEqual(last[0], 236);
    assert.ok(first[1] > last[1], 'increasing function goes up the screen');
    // Collinear: every point on the line through the first and last (within rounding to 0.01).
    for (const [x, y] of f) {
      const expected = first[1] + ((x - first[0]) / (last[0] - first[0])) * (last[1] - first[1]);
      assert.ok(Math.abs(y - expected) < 0.02, `(${x}, ${y}) off the line`);
    }
    const [df] = pathPieces(svg, PLOT_COLOURS.derivative);
    assert.ok(df.every(([, y]) => y === df[0][1]));
    // y' = 1 sits a quarter of the way from y = 0 to y = 4.
    const yOf = (v: number): number => first[1] + ((v + 4) / 8) * (last[1] - first[1]);
    assert.ok(Math.abs(df[0][1] - yOf(1)) < 0.02);
  });

  it('breaks the curve at non-finite values', () => {
    const svg = inlinePlotSvg(subject('recip', (x) => (x === 0 ? NaN : 1 / x), (x) => -1 / (x * x)), undefined, { samples: 9 });
    const pieces = pathPieces(svg, PLOT_COLOURS.value);
    assert.strictEqual(pieces.length, 2);
    assert.deepStrictEqual(pieces.map((p) => p.length), [4, 4]);
  });

  it('escapes the name in the title', () => {
    assert.ok(inlinePlotSvg(subject('a<b&"c', (x) => x, () => 1)).includes('a&lt;b&amp;&quot;c(x)'));
  });

  it("a given title (what a vector activation's slice is) replaces the default one, escaped", () => {
    const svg = inlinePlotSvg(subject('s', (x) => x, () => 1), undefined, { title: 'softmax([x, 0])[0] < 1 & more' });
    assert.ok(svg.includes('<title>softmax([x, 0])[0] &lt; 1 &amp; more</title>'));
    assert.ok(!svg.includes('s(x) and its derivative'));
  });

  it('draws every registered activation with a full curve', () => {
    for (const spec of listActivations()) {
      const svg = inlinePlotSvg(spec);
      const points = pathPieces(svg, PLOT_COLOURS.value).flat();
      assert.strictEqual(points.length, 161, `${spec.name}: 161 finite samples`);
      assert.ok(points.every(([x, y]) => x >= 0 && x <= 240 && y >= 0 && y <= 120), `${spec.name}: inside the box`);
    }
  });

  it('draws with the given parameters', () => {
    const leaky = listActivations().find((s) => s.name === 'leaky_relu');
    assert.ok(leaky);
    const a = pathPieces(inlinePlotSvg(leaky, { ...leaky.defaults, negative_slope: 0.5 }), PLOT_COLOURS.value)[0];
    const b = pathPieces(inlinePlotSvg(leaky), PLOT_COLOURS.value)[0];
    assert.notDeepStrictEqual(a, b);
  });

  it('a data URI that decodes back to the SVG', () => {
    const svg = inlinePlotSvg(identity);
    const uri = svgDataUri(svg);
    assert.match(uri, /^data:image\/svg\+xml;base64,[A-Za-z0-9+/=]+$/);
    assert.strictEqual(Buffer.from(uri.split(',')[1], 'base64').toString('utf8'), svg);
  });
});
