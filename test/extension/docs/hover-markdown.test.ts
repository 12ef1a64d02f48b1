import * as assert from 'assert';
import { getActivation, listActivations } from '../../../src/core/activations/registry';
import { activationHoverMarkdown, parameterHoverMarkdown, type HoverSubject } from '../../../src/extension/docs/hover-markdown';
import { markdownCodeSpan as inlineCode, markdownText as escapeMarkdown } from '../../../src/lang/builtins/markup-escape';

/** A made-up activation, so the expectations below do not come from our own documentation text. */
const FAKE: HoverSubject = {
  name: 'fake_act',
  aliases: ['fa'],
  doc: {
    displayName: 'Fake*Act',
    summary: 'A <b>test</b> activation with `backticks` and _underscores_.',
    formula: { text: 'fake_act(x) = x * 2', latex: 'x \\cdot 2' },
    derivative: { text: "fake_act'(x) = 2", latex: '2' },
    params: [
      { name: 'alpha', default: 0.5, description: 'How much alpha.' },
      { name: 'mode', default: 'fast', description: 'Which mode.' },
    ],
    range: '(-∞, ∞)',
    origin: { authors: 'A. Author, B. Author', year: 1999, title: 'On [Fake] Activations', url: 'https://example.org/paper(1).pdf' },
    properties: {
      monotonic: true,
      boundedBelow: true,
      boundedAbove: false,
      smoothness: 'C0',
      zeroCentred: false,
      selfGated: true,
      valueAtZero: 0.123456,
      slopeAtZero: 0.5,
    },
    kinkConvention: "fake_act'(0) = 7 by decree",
    frameworks: { pytorch: { names: ['torch.nn.Fake'] }, tensorflow: { names: [] }, jax: { names: [], note: 'JAX has none.' } },
  },
};

describe('extension hover-markdown', () => {
  it('shows every part of the documentation', () => {
    const md = activationHoverMarkdown(FAKE);
    assert.ok(md.includes('Fake\\*Act'), 'display name, escaped');
    assert.ok(md.includes('`fake_act`') && md.includes('`fa`'), 'name and alias');
    assert.ok(md.includes('fake_act(x) = x * 2'), 'formula text verbatim (in a code block)');
    assert.ok(md.includes("fake_act'(x) = 2"), 'derivative');
    assert.match(md, /Derivative/);
    assert.ok(md.includes('`alpha=0.5`') && md.includes('How much alpha.'), 'number parameter with default and meaning');
    assert.ok(md.includes('`mode="fast"`'), 'string default is quoted');
    assert.ok(md.includes('`(-∞, ∞)`'), 'range');
    assert.ok(md.includes('A. Author, B. Author (1999)'), 'authors and year');
    assert.ok(md.includes('[On \\[Fake\\] Activations](https://example.org/paper%281%29.pdf)'), 'title linked, brackets escaped');
  });

  it('escapes HTML and Markdown in prose so documentation cannot inject markup', () => {
    const md = activationHoverMarkdown(FAKE);
    assert.ok(!md.includes('<b>'));
    assert.ok(md.includes('\\<b\\>test\\</b\\>'));
    assert.ok(md.includes('\\`backticks\\`') && md.includes('\\_underscores\\_'));
  });

  it('does not link a non-http URL', () => {
    const md = activationHoverMarkdown({ ...FAKE, doc: { ...FAKE.doc, origin: { ...FAKE.doc.origin, url: 'javascript:alert(1)' } } });
    assert.ok(!md.includes('javascript:'));
    assert.ok(md.includes('*On \\[Fake\\] Activations*'));
  });

  it('says when there are no parameters', () => {
    const md = activationHoverMarkdown({ ...FAKE, doc: { ...FAKE.doc, params: [] } });
    assert.match(md, /\*\*Parameters\*\*: none/);
  });

  it('documents one keyword argument', () => {
    const md = parameterHoverMarkdown(FAKE, 'alpha');
    assert.ok(md && md.includes('`alpha=0.5`') && md.includes('How much alpha.') && md.includes('`fake_act`'));
    assert.strictEqual(parameterHoverMarkdown(FAKE, 'beta'), undefined);
  });

  it('shows the properties at the default parameters and the convention at kinks', () => {
    const md = activationHoverMarkdown(FAKE);
    assert.match(md, /\*\*Properties\*\*: monotonic · bounded below · continuous with corners \(C0\) · not zero-centred · self-gated/);
    assert.ok(md.includes('f(0) = 0.1235'), 'value at 0, 4 significant digits');
    assert.ok(md.includes('f′(0) = 0.5'), 'slope at 0');
    assert.ok(md.includes("**At kinks**: fake\\_act'(0) = 7 by decree"), 'kink convention, escaped');
    const smooth = activationHoverMarkdown({ ...FAKE, doc: { ...FAKE.doc, kinkConvention: 'none' } });
    assert.ok(!smooth.includes('At kinks'), 'no kink line for a smooth function');
  });

  it('embeds the chart as a data: image with a caption, and refuses anything but a base64 SVG data URI', () => {
    const uri = 'data:image/svg+xml;base64,PHN2Zy8+';
    const md = activationHoverMarkdown(FAKE, { plotUri: uri, plotNote: 'with alpha=0.2' });
    assert.ok(md.includes(`](${uri})`), 'image markdown');
    assert.ok(md.includes('on \\[-4, 4\\], with alpha=0.2'), 'caption with the parameters drawn');
    // A hover is about 250 px tall: the formula and the derivative come before the chart.
    assert.ok(md.indexOf('**Formula**') < md.indexOf('![') && md.indexOf('**Derivative**') < md.indexOf('!['), 'formula and derivative first');
    const plain = activationHoverMarkdown(FAKE, { plotUri: 'https://example.org/x.svg' });
    assert.ok(!plain.includes('example.org/x.svg') && !plain.includes('!['));
    const injected = activationHoverMarkdown(FAKE, { plotUri: 'data:image/svg+xml;base64,AAA) [x](command:evil' });
    assert.ok(!injected.includes('command:evil'));
  });

  it('lists the arguments written at the call, saying which ones are not drawn, and leaves out the input', () => {
    const md = activationHoverMarkdown(FAKE, {
      written: [
        { name: 'input', text: 'x', applied: false, isInput: true },
        { name: 'alpha', text: '0.2', applied: true },
        { name: 'inplace', text: 'True', applied: false },
      ],
    });
    assert.match(md, /\*\*Written here\*\*/);
    assert.match(md, /- `alpha=0\.2`\n/);
    assert.match(md, /- `inplace=True` — shown as written, not drawn/);
    assert.ok(!md.includes('`input=x`'));
    assert.ok(!activationHoverMarkdown(FAKE, { written: [{ name: 'input', text: 'x', applied: false, isInput: true }] }).includes('Written here'));
  });

  it('inline code survives backticks', () => {
    assert.strictEqual(inlineCode('a`b'), '``a`b``');
    assert.strictEqual(inlineCode('`x'), '`` `x ``');
    assert.strictEqual(escapeMarkdown('a_b*c'), 'a\\_b\\*c');
  });

  it('works for every registered activation: its names, formula, derivative, params and origin appear', () => {
    const specs = listActivations();
    assert.ok(specs.length > 0);
    for (const spec of specs) {
      const md = activationHoverMarkdown(spec);
      assert.ok(md.includes(spec.doc.formula.text), `${spec.name}: formula`);
      assert.ok(md.includes(spec.doc.derivative.text), `${spec.name}: derivative`);
      assert.ok(md.includes(String(spec.doc.origin.year)), `${spec.name}: year`);
      for (const p of spec.doc.params) assert.ok(md.includes(`\`${p.name}=`), `${spec.name}: parameter ${p.name}`);
      for (const alias of spec.aliases) assert.strictEqual(getActivation(alias), spec);
      assert.match(md, /\*\*Properties\*\*: /, `${spec.name}: properties`);
    }
  });
});

/** A made-up vector activation, so the expectations below do not come from our own records. */
const FAKE_VECTOR: HoverSubject = {
  name: 'fake_vec',
  aliases: [],
  doc: {
    displayName: 'Fake<Vec>',
    summary: 'A made-up vector activation with *stars*.',
    formula: { text: 'fake_vec(x)_i = x_i / n', latex: '' },
    jacobian: { text: 'J = I / n', latex: '' },
    params: [{ name: 'k', default: 3, description: 'Group size.' }],
    shape: 'n → n/k',
    range: '[0, 1]',
    origin: { authors: 'C. Author', year: 2002, title: 'Vectors', url: 'https://example.org/v' },
    properties: {
      normalisation: 'probabilities',
      shift: 'none',
      permutation: 'invariant within groups',
      curvature: 'concave',
      positivelyHomogeneous: true,
      boundedBelow: true,
      boundedAbove: true,
      smoothness: 'C0',
    },
    frameworks: { pytorch: { names: [] }, tensorflow: { names: [] }, jax: { names: [] } },
    chart: { input: ['x', 0], output: 0, caption: 'fake_vec([x, 0])[0]' },
  },
};

describe('extension hover-markdown: a vector activation', () => {
  it('shows the Jacobian and the shape where an element-wise record has its derivative, and no kinks', () => {
    const md = activationHoverMarkdown(FAKE_VECTOR);
    assert.match(md, /^\*\*Fake\\<Vec\\>\*\* — `fake_vec`/);
    assert.match(md, /\*\*Jacobian\*\*\n\n```text\nJ = I \/ n\n```/);
    assert.ok(md.includes('**Shape**: `n → n/k`'));
    assert.ok(!md.includes('**Derivative**') && !md.includes('At kinks'));
    assert.ok(md.includes('- `k=3` — Group size.'));
    assert.ok(md.includes('**Range**: `[0, 1]`'));
    assert.ok(md.includes('**Origin**: C. Author (2002), [Vectors](https://example.org/v)'));
  });

  it('states the vector properties in words, each claim present', () => {
    const md = activationHoverMarkdown(FAKE_VECTOR);
    const line = /\*\*Properties\*\*: (.*)/.exec(md)?.[1] ?? '';
    for (const phrase of ['probabilities', 'not shift-invariant', 'reordering inside each group', 'concave', 'positively homogeneous', 'bounded', 'C0']) {
      assert.ok(line.includes(phrase), `${phrase} in: ${line}`);
    }
    assert.ok(!line.includes('monotonic') && !line.includes('f(0)'), 'no element-wise properties');
  });

  it("the chart's caption says what the chart draws, escaped, with the parameter note after it", () => {
    const plotUri = `data:image/svg+xml;base64,${Buffer.from('<svg/>').toString('base64')}`;
    const md = activationHoverMarkdown(FAKE_VECTOR, { plotUri, plotCaption: 'f(x) = fake_vec([x, 0])[0]', plotNote: 'with k=4' });
    assert.ok(md.includes('*f(x) = fake\\_vec(\\[x, 0\\])\\[0\\], with k=4*'), md);
    assert.ok(!md.includes('f (solid) and f′ (dashed) on [-4, 4]'), 'not the element-wise caption');
  });
});
