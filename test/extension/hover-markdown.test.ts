import * as assert from 'assert';
import { getActivation, listActivations } from '../../src/core/activations/registry';
import { activationHoverMarkdown, escapeMarkdown, inlineCode, parameterHoverMarkdown, type HoverSubject } from '../../src/extension/hover-markdown';

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
    }
  });
});
