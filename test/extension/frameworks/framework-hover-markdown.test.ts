import * as assert from 'assert';
import { getActivation } from '../../../src/core/activations/registry';
import type { FrameworkName } from '../../../src/extension/frameworks/framework-names';
import { frameworkHoverMarkdown, positionalRuleFor } from '../../../src/extension/frameworks/framework-hover-markdown';

function spec(name: string) {
  const s = getActivation(name);
  assert.ok(s, `${name} is registered`);
  return s;
}

function fwName(partial: Partial<FrameworkName> & Pick<FrameworkName, 'written' | 'activation' | 'framework'>): FrameworkName {
  return { recordName: partial.written, kind: 'function', ...partial };
}

describe('extension framework-hover-markdown', () => {
  it('says which framework, its name for the activation, and ours', () => {
    const md = frameworkHoverMarkdown({ spec: spec('gelu'), name: fwName({ written: 'nn.GELU', recordName: 'torch.nn.GELU', activation: 'gelu', framework: 'pytorch', kind: 'class' }), family: 'python' });
    assert.match(md, /^\*\*PyTorch\*\*: `nn\.GELU` \(`torch\.nn\.GELU`\) is `gelu` — GELU/);
    assert.ok(md.includes(spec('gelu').doc.formula.text), 'the record follows');
    assert.match(md, /data:image\/svg\+xml;base64,/);
  });

  it("says where the framework's defaults differ from PyTorch's, from the record's note", () => {
    const gelu = spec('gelu');
    const md = frameworkHoverMarkdown({ spec: gelu, name: fwName({ written: 'jax.nn.gelu', activation: 'gelu', framework: 'jax' }), family: 'python' });
    assert.match(md, /^\*\*JAX\*\*: `jax\.nn\.gelu` is `gelu`/);
    const note = gelu.doc.frameworks.jax.note;
    assert.ok(note, 'the catalogue records that JAX defaults to the tanh approximation');
    assert.ok(md.includes('**Differs from PyTorch**'));
    assert.ok(md.includes('approximate=True'), 'the note text');
  });

  it('says when no difference is recorded', () => {
    const relu = spec('relu');
    const md = frameworkHoverMarkdown({
      spec: { ...relu, doc: { ...relu.doc, frameworks: { ...relu.doc.frameworks, tensorflow: { names: ['tf.nn.relu'] } } } },
      name: fwName({ written: 'tf.nn.relu', activation: 'relu', framework: 'tensorflow' }),
      family: 'python',
    });
    assert.match(md, /^\*\*TensorFlow \/ Keras\*\*/);
    assert.ok(md.includes('the same as PyTorch'));
  });

  it('a string name is shown quoted; TensorFlow.js in JavaScript', () => {
    const md = frameworkHoverMarkdown({ spec: spec('relu'), name: fwName({ written: 'relu', recordName: '"relu"', activation: 'relu', framework: 'tensorflow', kind: 'string' }), family: 'js' });
    assert.match(md, /^\*\*TensorFlow\.js\*\*: `"relu"` is `relu`/);
  });

  it('draws with the parameters written at a PyTorch module call, and lists them', () => {
    const leaky = spec('leaky_relu');
    const name = fwName({ written: 'nn.LeakyReLU', activation: 'leaky_relu', framework: 'pytorch', kind: 'class' });
    const withArgs = frameworkHoverMarkdown({ spec: leaky, name, family: 'python', args: [{ text: '0.2', value: 0.2 }] });
    const without = frameworkHoverMarkdown({ spec: leaky, name, family: 'python' });
    assert.match(withArgs, /- `negative_slope=0\.2`\n/);
    assert.match(withArgs, /with negative\\_slope=0\.2/);
    const image = (md: string) => /\(data:image\/svg\+xml;base64,([^)]*)\)/.exec(md)![1];
    assert.notStrictEqual(image(withArgs), image(without), 'the chart changes with the slope');
  });

  it("reads a framework's own parameter names: tf.nn.leaky_relu(x, alpha=0.2), nn.PReLU(1, 0.1)", () => {
    const tf = frameworkHoverMarkdown({ spec: spec('leaky_relu'), name: fwName({ written: 'tf.nn.leaky_relu', activation: 'leaky_relu', framework: 'tensorflow' }), family: 'python', args: [{ text: 'x' }, { keyword: 'alpha', text: '0.2', value: 0.2 }] });
    assert.match(tf, /- `alpha=0\.2`\n/);
    assert.match(tf, /with alpha=0\.2/, 'drawn with it');
    const prelu = frameworkHoverMarkdown({ spec: spec('prelu'), name: fwName({ written: 'nn.PReLU', activation: 'prelu', framework: 'pytorch', kind: 'class' }), family: 'python', args: [{ text: '1', value: 1 }, { text: '0.1', value: 0.1 }] });
    assert.match(prelu, /- `num_parameters=1` — shown as written, not drawn/);
    assert.match(prelu, /- `init=0\.1`\n/);
  });

  it('nn.ReLU(True) is inplace, not our kink keyword', () => {
    const md = frameworkHoverMarkdown({ spec: spec('relu'), name: fwName({ written: 'nn.ReLU', activation: 'relu', framework: 'pytorch', kind: 'class' }), family: 'python', args: [{ text: 'True', value: true }] });
    assert.match(md, /- `True` — shown as written, not drawn/);
    assert.ok(!md.includes('`kink=True`'));
  });

  it('positional arguments: PyTorch modules all, PyTorch functions after the input, others keywords only', () => {
    assert.strictEqual(positionalRuleFor(fwName({ written: 'layers.ELU', activation: 'elu', framework: 'tensorflow', kind: 'class' })), 'keywords-no-input');
    assert.strictEqual(positionalRuleFor(fwName({ written: 'nn.ELU', activation: 'elu', framework: 'pytorch', kind: 'class' })), 'all');
    assert.strictEqual(positionalRuleFor(fwName({ written: 'F.elu', activation: 'elu', framework: 'pytorch' })), 'after-input');
    assert.strictEqual(positionalRuleFor(fwName({ written: 'tf.nn.elu', activation: 'elu', framework: 'tensorflow' })), 'keywords');
  });
});
