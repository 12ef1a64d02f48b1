import * as assert from 'assert';
import { activationNames, getActivation } from '../../src/core/activations/registry';
import { callArgumentsAt, openParenAfter } from '../../src/extension/call-arguments';
import { hoverTargetAt } from '../../src/extension/hover-target';
import { PLOT_COLOURS } from '../../src/extension/inline-plot-svg';
import { recordHoverMarkdown } from '../../src/extension/record-hover';

/** The SVG of the hover's chart, decoded from its data: URI. */
function chartOf(markdown: string): string {
  const m = /\]\(data:image\/svg\+xml;base64,([A-Za-z0-9+/=]+)\)/.exec(markdown);
  assert.ok(m, 'the hover has a chart image');
  return Buffer.from(m[1], 'base64').toString('utf8');
}

/** Screen points of f. */
function valuePath(svg: string): Array<[number, number]> {
  const m = new RegExp(`<path d="([^"]*)" fill="none" stroke="${PLOT_COLOURS.value}"`).exec(svg);
  assert.ok(m);
  return m[1].split(/[ML]/).filter(Boolean).map((p) => p.trim().split(' ').map(Number) as [number, number]);
}

/** The hover of the name at `column` in an `activation` line, as hover.ts builds it. */
function activationHover(line: string, column: number): string {
  const target = hoverTargetAt(line, column);
  assert.ok(target);
  const spec = getActivation(target.word);
  assert.ok(spec);
  const open = openParenAfter(line, target.end);
  return recordHoverMarkdown(spec, open >= 0 ? callArgumentsAt(line, open) ?? [] : [], 'keywords');
}

describe('extension record-hover', () => {
  it('leaky_relu(x, negative_slope=0.2): lists the value and draws the chart with it', () => {
    const line = 'leaky_relu(x, negative_slope=0.2)';
    const md = activationHover(line, 3);
    assert.match(md, /\*\*Written here\*\*\n\n- `negative_slope=0\.2`/);
    assert.match(md, /with negative\\_slope=0\.2/);
    // Independent check of the drawing: on screen, f(-4) / f(4) is the slope, measured from the y = 0 axis.
    const svg = chartOf(md);
    const axis = /<line x1="4" y1="([\d.]+)" x2="236"/.exec(svg);
    assert.ok(axis, 'horizontal axis');
    const y0 = Number(axis[1]);
    const points = valuePath(svg);
    const ratio = (y0 - points[0][1]) / (y0 - points[points.length - 1][1]);
    assert.ok(Math.abs(ratio - -0.2) < 0.01, `f(-4)/f(4) on screen is ${ratio}`);
  });

  it('leaky_relu without arguments draws the default slope 0.01', () => {
    const md = activationHover('plot(leaky_relu)', 7);
    assert.ok(!md.includes('Written here'));
    const svg = chartOf(md);
    const y0 = Number(/<line x1="4" y1="([\d.]+)" x2="236"/.exec(svg)![1]);
    const points = valuePath(svg);
    const ratio = (y0 - points[0][1]) / (y0 - points[points.length - 1][1]);
    assert.ok(Math.abs(ratio - -0.01) < 0.005, `f(-4)/f(4) on screen is ${ratio}`);
  });

  it('a value the parameter does not take is shown but the chart keeps the default', () => {
    const md = activationHover('gelu(x, approximate="fast")', 1);
    assert.match(md, /`approximate="fast"` — shown as written, not drawn/);
  });
});

describe('every registered name has a complete record', () => {
  for (const name of activationNames()) {
    it(name, () => {
      const spec = getActivation(name)!;
      const d = spec.doc;
      assert.ok(d.displayName.trim() && d.summary.trim().length > 20, 'display name and a summary sentence');
      assert.ok(d.formula.text.trim() && d.formula.latex.trim(), 'formula text and LaTeX');
      assert.ok(d.derivative.text.trim() && d.derivative.latex.trim(), 'derivative text and LaTeX');
      assert.ok(d.range.trim(), 'range');
      assert.ok(d.origin.authors.trim() && d.origin.title.trim() && d.origin.year >= 1800, 'origin');
      assert.ok(d.kinkConvention.trim(), 'kink convention');
      const documented = d.params.map((p) => p.name);
      assert.deepStrictEqual(documented, spec.params.map((p) => p.name), 'every parameter documented, in order');
      for (const p of d.params) assert.ok(p.description.trim(), `parameter ${p.name} described`);
      const p = d.properties;
      assert.ok(p, 'properties');
      assert.strictEqual(typeof p.monotonic, 'boolean');
      assert.ok(['C-1', 'C0', 'C1', 'C2', 'C∞'].includes(p.smoothness), `smoothness ${p.smoothness}`);
      assert.ok(Number.isFinite(p.valueAtZero) && Number.isFinite(p.slopeAtZero), 'value and slope at 0');
      for (const f of ['pytorch', 'tensorflow', 'jax'] as const) {
        const record = d.frameworks[f];
        assert.ok(record && Array.isArray(record.names), `frameworks.${f}`);
        assert.ok(record.names.length > 0 || (record.note ?? '').trim(), `frameworks.${f}: names, or a note saying how to get it`);
      }
      const md = recordHoverMarkdown(spec, [], 'keywords');
      for (const part of [d.formula.text, d.derivative.text, '**Properties**', '**Range**', String(d.origin.year)]) assert.ok(md.includes(part), part);
      assert.ok(valuePath(chartOf(md)).length > 100, 'a drawn chart');
    });
  }
});
