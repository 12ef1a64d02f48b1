import * as assert from 'assert';
import { activationNames, getActivation } from '../../../src/core/activations/registry';
import { getVectorActivation, vectorActivationNames } from '../../../src/core/vector/registry';
import { callArgumentsAt, openParenAfter } from '../../../src/extension/docs/call-arguments';
import { hoverTargetAt } from '../../../src/lang/analysis/hover-target';
import { parameterHoverMarkdown } from '../../../src/extension/docs/hover-markdown';
import { PLOT_COLOURS } from '../../../src/extension/docs/inline-plot-svg';
import { recordHoverMarkdown } from '../../../src/extension/docs/record-hover';

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
  // As hover.ts looks names up: element-wise first, then vector.
  const spec = getActivation(target.word) ?? getVectorActivation(target.word);
  assert.ok(spec, `${target.word} is an activation`);
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

/** f at the sample with index i (161 samples on [-4, 4]: i = 80 is x = 0, i = 160 is x = 4), in screen units above the y = 0 axis. */
function heightAt(svg: string, i: number): number {
  const axis = /<line x1="4" y1="([\d.]+)" x2="236"/.exec(svg);
  assert.ok(axis, 'horizontal axis');
  const points = valuePath(svg);
  assert.strictEqual(points.length, 161);
  return Number(axis[1]) - points[i][1];
}

const sigmoid = (x: number): number => 1 / (1 + Math.exp(-x));

describe('extension record-hover: vector activations in activation cells', () => {
  it('softmax([1, 2, 3]): the record with its Jacobian and the two-class chart sigmoid(x), captioned', () => {
    const md = activationHover('p = softmax([1, 2, 3])', 6);
    assert.match(md, /^\*\*Softmax\*\* — `softmax`/);
    assert.ok(md.includes('**Jacobian**') && md.includes('**Shape**: `n → n`'));
    // Escaped for Markdown: \[ shows as [.
    assert.ok(md.includes('*f(x) = softmax(\\[x, 0\\])\\[0\\] = sigmoid(x): the two-class case; f (solid) and f′ = df/dx (dashed) on \\[-4, 4\\]*'), md);
    assert.ok(!md.includes('Written here'), 'the vector is the input, not a parameter');
    // The drawing against the closed form: f(4) / f(0) = sigmoid(4) / (1/2) and f(-4) / f(0), measured on screen.
    const svg = chartOf(md);
    assert.match(svg, /<title>softmax\(\[x, 0\]\)\[0\] = sigmoid\(x\): the two-class case, and its derivative on \[-4, 4\]<\/title>/);
    const r4 = heightAt(svg, 160) / heightAt(svg, 80);
    const rm4 = heightAt(svg, 0) / heightAt(svg, 80);
    assert.ok(Math.abs(r4 - sigmoid(4) / 0.5) < 0.01, `f(4)/f(0) on screen is ${r4}`);
    assert.ok(Math.abs(rm4 - sigmoid(-4) / 0.5) < 0.01, `f(-4)/f(0) on screen is ${rm4}`);
  });

  it('glu: the chart is silu(x) = glu([x, x])[0]', () => {
    const svg = chartOf(activationHover('glu(v)', 1));
    const ratio = heightAt(svg, 160) / heightAt(svg, 120); // f(4) / f(2)
    assert.ok(Math.abs(ratio - (4 * sigmoid(4)) / (2 * sigmoid(2))) < 0.01, `f(4)/f(2) on screen is ${ratio}`);
  });

  it('maxout(v, k=3): k is listed and drawn (the slice padded to [x, 0, 0]): relu', () => {
    const md = activationHover('maxout(v, k=3)', 2);
    assert.match(md, /\*\*Written here\*\*\n\n- `k=3`\n/);
    assert.ok(md.includes(', with k=3*'), 'the caption notes the value drawn');
    const svg = chartOf(md);
    assert.ok(Math.abs(heightAt(svg, 0)) < 0.02, 'f(-4) = 0');
    const ratio = heightAt(svg, 160) / heightAt(svg, 120);
    assert.ok(Math.abs(ratio - 2) < 0.01, `f(4)/f(2) on screen is ${ratio}`);
  });

  it('maxout(v, k=0): a value k does not take is shown as written, and the chart keeps k = 2', () => {
    const md = activationHover('maxout(v, k=0)', 2);
    assert.match(md, /`k=0` — shown as written, not drawn/);
    assert.ok(valuePath(chartOf(md)).length > 100);
  });

  it('the keyword k of maxout has its own hover', () => {
    const md = parameterHoverMarkdown(getVectorActivation('maxout')!, 'k');
    assert.ok(md);
    assert.match(md, /^`k=2` — parameter of \*\*Maxout\*\* \(`maxout`\)/);
  });
});

describe('every registered vector name has a complete record', () => {
  for (const name of vectorActivationNames()) {
    it(name, () => {
      const spec = getVectorActivation(name)!;
      const d = spec.doc;
      assert.ok(d.displayName.trim() && d.summary.trim().length > 20, 'display name and a summary sentence');
      assert.ok(d.formula.text.trim() && d.formula.latex.trim(), 'formula text and LaTeX');
      assert.ok(d.jacobian.text.trim() && d.jacobian.latex.trim(), 'Jacobian text and LaTeX');
      assert.ok(d.range.trim() && d.shape.trim(), 'range and shape');
      assert.ok(d.origin.authors.trim() && d.origin.title.trim() && d.origin.year >= 1800, 'origin');
      assert.deepStrictEqual(d.params.map((p) => p.name), spec.params.map((p) => p.name), 'every parameter documented, in order');
      for (const p of d.params) assert.ok(p.description.trim(), `parameter ${p.name} described`);
      assert.ok(d.properties, 'properties');
      for (const f of ['pytorch', 'tensorflow', 'jax'] as const) {
        const record = d.frameworks[f];
        assert.ok(record && Array.isArray(record.names), `frameworks.${f}`);
        assert.ok(record.names.length > 0 || (record.note ?? '').trim(), `frameworks.${f}: names, or a note saying how to get it`);
      }
      assert.ok(d.chart.caption.trim(), 'what the chart shows');
      const md = recordHoverMarkdown(spec, [], 'keywords');
      for (const part of [d.formula.text, d.jacobian.text, d.shape, '**Properties**', '**Range**', String(d.origin.year), d.chart.caption]) {
        assert.ok(md.includes(part.replace(/[\\`*_[\]<>|~$#]/g, '\\$&')) || md.includes(part), part);
      }
      assert.ok(valuePath(chartOf(md)).length > 100, 'a drawn chart');
    });
  }
});
