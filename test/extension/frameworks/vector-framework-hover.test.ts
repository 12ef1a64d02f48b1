/**
 * The framework hover on the vector activations' names (F.softmax, nn.GLU, tf.nn.log_softmax,
 * jax.nn.logsumexp, activation="softmax", TensorFlow.js tf.softmax), through the same table and
 * look-up the provider uses (framework-subjects.ts), and that adding them took no spelling from an
 * element-wise activation.
 */
import * as assert from 'assert';
import { listActivations } from '../../../src/core/activations/registry';
import { frameworkHoverMarkdown } from '../../../src/extension/frameworks/framework-hover-markdown';
import { frameworkHoverTargetAt } from '../../../src/extension/frameworks/framework-hover-target';
import { buildFrameworkNameTable, type FrameworkNameTable, type SourceFamily } from '../../../src/extension/frameworks/framework-names';
import { frameworkSubjects, frameworkSubjectSpec } from '../../../src/extension/frameworks/framework-subjects';

const TABLES: Record<SourceFamily, FrameworkNameTable> = {
  python: buildFrameworkNameTable(frameworkSubjects(), 'python'),
  js: buildFrameworkNameTable(frameworkSubjects(), 'js'),
};

/** The hover at the first occurrence of `needle` (plus `delta`) in `line`, as the provider builds it; undefined for none. */
function hover(line: string, needle: string, family: SourceFamily = 'python', delta = 2): { activation: string; markdown: string } | undefined {
  const at = line.indexOf(needle);
  assert.ok(at >= 0, `${needle} in ${line}`);
  const target = frameworkHoverTargetAt(line, at + delta, TABLES[family]);
  if (!target) return undefined;
  const spec = frameworkSubjectSpec(target.name.activation);
  assert.ok(spec, target.name.activation);
  return { activation: spec.name, markdown: frameworkHoverMarkdown({ spec, name: target.name, family, args: target.args }) };
}

function chartOf(markdown: string): string {
  const m = /\]\(data:image\/svg\+xml;base64,([A-Za-z0-9+/=]+)\)/.exec(markdown);
  assert.ok(m, 'the hover has a chart image');
  return Buffer.from(m[1], 'base64').toString('utf8');
}

describe('extension framework hover: the vector activations', () => {
  const CASES: Array<[line: string, needle: string, activation: string, family?: SourceFamily]> = [
    ['p = F.softmax(logits, dim=-1)', 'F.softmax', 'softmax'],
    ['p = torch.softmax(logits, 1)', 'torch.softmax', 'softmax'],
    ['self.out = nn.Softmax(dim=1)', 'nn.Softmax', 'softmax'],
    ['self.out = torch.nn.Softmax(dim=1)', 'torch.nn.Softmax', 'softmax'],
    ['p = tf.nn.softmax(logits)', 'tf.nn.softmax', 'softmax'],
    ['p = tf.keras.activations.softmax(z)', 'tf.keras.activations.softmax', 'softmax'],
    ['layers.Dense(10, activation="softmax")', '"softmax"', 'softmax'],
    ['p = jax.nn.softmax(z)', 'jax.nn.softmax', 'softmax'],
    ['lp = torch.nn.functional.log_softmax(z, dim=1)', 'torch.nn.functional.log_softmax', 'log_softmax'],
    ['self.lsm = nn.LogSoftmax(dim=1)', 'nn.LogSoftmax', 'log_softmax'],
    ['lp = jax.nn.log_softmax(z)', 'jax.nn.log_softmax', 'log_softmax'],
    ['w = F.softmin(d, dim=0)', 'F.softmin', 'softmin'],
    ['z = torch.logsumexp(x, dim=1)', 'torch.logsumexp', 'logsumexp'],
    ['z = tf.math.reduce_logsumexp(x)', 'tf.math.reduce_logsumexp', 'logsumexp'],
    ['z = jax.nn.logsumexp(x)', 'jax.nn.logsumexp', 'logsumexp'],
    ['z = jax.scipy.special.logsumexp(x)', 'jax.scipy.special.logsumexp', 'logsumexp'],
    ['y = F.glu(x)', 'F.glu', 'glu'],
    ['self.gate = nn.GLU()', 'nn.GLU', 'glu'],
    ['y = jax.nn.glu(x)', 'jax.nn.glu', 'glu'],
    ["tf.layers.dense({units: 10, activation: 'softmax'})", "'softmax'", 'softmax', 'js'],
    ['const p = tf.softmax(logits);', 'tf.softmax', 'softmax', 'js'],
    ['const lp = tf.logSoftmax(logits);', 'tf.logSoftmax', 'log_softmax', 'js'],
  ];
  for (const [line, needle, activation, family] of CASES) {
    it(`${needle} is ${activation}, with its record and chart`, () => {
      const h = hover(line, needle, family ?? 'python');
      assert.ok(h, `no hover on ${needle}`);
      assert.strictEqual(h.activation, activation);
      assert.ok(h.markdown.includes(`is \`${activation}\``), h.markdown.slice(0, 200));
      assert.ok(h.markdown.includes('**Jacobian**'), 'the vector record follows');
      assert.match(chartOf(h.markdown), /<path d="M/);
    });
  }

  it('F.softmax: PyTorch\'s note on dim, and dim=-1 is shown as written, not drawn', () => {
    const h = hover('p = F.softmax(logits, dim=-1)', 'F.softmax')!;
    assert.match(h.markdown, /^\*\*PyTorch\*\*: `F\.softmax` is `softmax` — Softmax/);
    assert.match(h.markdown, /\*\*Note\*\*: dim has no usable default/);
    assert.match(h.markdown, /- `dim=-1` — shown as written, not drawn/);
    assert.ok(h.markdown.includes('f(x) = softmax(\\[x, 0\\])\\[0\\] = sigmoid(x)'), 'the chart caption says what is drawn');
  });

  it('tf.nn.softmax and jax.nn.logsumexp say where their axis defaults differ from PyTorch', () => {
    assert.match(hover('p = tf.nn.softmax(z)', 'tf.nn.softmax')!.markdown, /\*\*Differs from PyTorch\*\*: axis=-1/);
    assert.match(hover('z = jax.nn.logsumexp(x)', 'jax.nn.logsumexp')!.markdown, /\*\*Differs from PyTorch\*\*: axis=None by default: it reduces over every axis/);
    assert.match(hover('y = jax.nn.glu(x)', 'jax.nn.glu')!.markdown, /\*\*Defaults\*\*: the same as PyTorch's/);
  });

  it('no hover on names that merely contain a vector name, or on softmax in another string', () => {
    assert.strictEqual(hover('softmax_temperature = 2.0', 'softmax_temperature'), undefined);
    assert.strictEqual(hover('print("softmax")', '"softmax"'), undefined);
  });

  it('the element-wise names resolve as before: no vector record took one of their spellings', () => {
    for (const family of ['python', 'js'] as const) {
      const before = buildFrameworkNameTable(listActivations(), family);
      for (const [written, name] of before.identifiers) assert.strictEqual(TABLES[family].identifiers.get(written)?.activation, name.activation, written);
      for (const [written, name] of before.strings) assert.strictEqual(TABLES[family].strings.get(written)?.activation, name.activation, written);
    }
  });
});
