import * as assert from 'assert';
import { buildFrameworkNameTable, type FrameworkId, type FrameworkSubject } from '../../../src/extension/frameworks/framework-names';
import { frameworkHoverTargetAt } from '../../../src/extension/frameworks/framework-hover-target';

/** Made-up records in the shape of the catalogue's, so the cases below do not depend on its contents. */
const RECORDS: FrameworkSubject[] = [
  {
    name: 'relu',
    doc: {
      frameworks: {
        pytorch: { names: ['torch.nn.ReLU', 'torch.nn.functional.relu', 'torch.relu'] },
        tensorflow: { names: ['tf.nn.relu', 'tf.keras.activations.relu', 'tf.keras.layers.ReLU', '"relu"'] },
        jax: { names: ['jax.nn.relu', 'flax.linen.relu'] },
      },
    },
  },
  {
    name: 'gelu',
    doc: {
      frameworks: {
        pytorch: { names: ['torch.nn.GELU', 'F.gelu'] },
        tensorflow: { names: ['tf.nn.gelu', 'tf.keras.activations.gelu', '"gelu"'], note: 'approximate=False' },
        jax: { names: ['jax.nn.gelu'], note: 'approximate=True by default' },
      },
    },
  },
  {
    name: 'leaky_relu',
    doc: {
      frameworks: {
        pytorch: { names: ['torch.nn.LeakyReLU', 'torch.nn.functional.leaky_relu'] },
        tensorflow: { names: ['tf.nn.leaky_relu', 'tf.keras.layers.LeakyReLU', '"leaky_relu"'] },
        jax: { names: [] },
      },
    },
  },
  { name: 'silu', doc: { frameworks: { pytorch: { names: ['torch.nn.SiLU', 'torch.nn.functional.silu'] }, tensorflow: { names: ['tf.nn.silu', '"swish"', '"silu"'] } } } },
  { name: 'tanh', doc: { frameworks: { pytorch: { names: ['torch.tanh'] }, jax: { names: ['jax.numpy.tanh'] } } } },
];

const PY = buildFrameworkNameTable(RECORDS, 'python');
const JS = buildFrameworkNameTable(RECORDS, 'js');

interface Case {
  name: string;
  line: string;
  /** Where the mouse is: the first occurrence of this text, plus `delta`. */
  on: string;
  delta?: number;
  js?: boolean;
  /** Expected: activation, framework, the covered text; undefined for no hover. */
  expect?: { activation: string; framework: FrameworkId; covers: string; args?: Array<[string | undefined, string]> };
}

const CASES: Case[] = [
  // PyTorch
  { name: 'torch.nn.GELU()', line: 'act = torch.nn.GELU()', on: 'GELU', delta: 1, expect: { activation: 'gelu', framework: 'pytorch', covers: 'torch.nn.GELU', args: [] } },
  { name: 'hover on the torch part covers the whole name', line: 'act = torch.nn.GELU()', on: 'torch', expect: { activation: 'gelu', framework: 'pytorch', covers: 'torch.nn.GELU' } },
  { name: 'nn.ReLU() by the nn import alias', line: '    nn.ReLU(),', on: 'ReLU', expect: { activation: 'relu', framework: 'pytorch', covers: 'nn.ReLU' } },
  { name: 'F.silu by the F alias', line: 'y = F.silu(h)', on: 'silu', delta: 4, expect: { activation: 'silu', framework: 'pytorch', covers: 'F.silu', args: [[undefined, 'h']] } },
  { name: 'F.gelu written in the record itself', line: 'y = F.gelu(h)', on: 'gelu', expect: { activation: 'gelu', framework: 'pytorch', covers: 'F.gelu' } },
  { name: 'torch.nn.functional.gelu from F.gelu', line: 'torch.nn.functional.gelu(x)', on: 'functional', expect: { activation: 'gelu', framework: 'pytorch', covers: 'torch.nn.functional.gelu' } },
  { name: 'torch.relu', line: 'return torch.relu(x) + 1', on: 'relu', expect: { activation: 'relu', framework: 'pytorch', covers: 'torch.relu' } },
  { name: 'nn.LeakyReLU(0.2)', line: 'self.act = nn.LeakyReLU(0.2)', on: 'Leaky', expect: { activation: 'leaky_relu', framework: 'pytorch', covers: 'nn.LeakyReLU', args: [[undefined, '0.2']] } },
  { name: 'nn.LeakyReLU(negative_slope=0.2)', line: 'nn.LeakyReLU(negative_slope=0.2, inplace=True)', on: 'nn', expect: { activation: 'leaky_relu', framework: 'pytorch', covers: 'nn.LeakyReLU', args: [['negative_slope', '0.2'], ['inplace', 'True']] } },
  { name: 'a name without a call', line: 'acts = [nn.ReLU, nn.GELU]', on: 'GELU', expect: { activation: 'gelu', framework: 'pytorch', covers: 'nn.GELU' } },
  { name: 'just after the name', line: 'x = torch.relu', on: 'relu', delta: 4, expect: { activation: 'relu', framework: 'pytorch', covers: 'torch.relu' } },
  // TensorFlow / Keras
  { name: 'tf.nn.relu', line: 'h = tf.nn.relu(z)', on: 'relu', expect: { activation: 'relu', framework: 'tensorflow', covers: 'tf.nn.relu' } },
  { name: 'tf.keras.activations.gelu', line: 'out = tf.keras.activations.gelu(x, approximate=True)', on: 'activations', expect: { activation: 'gelu', framework: 'tensorflow', covers: 'tf.keras.activations.gelu', args: [[undefined, 'x'], ['approximate', 'True']] } },
  { name: 'keras.activations.gelu by the keras alias', line: 'keras.activations.gelu(x)', on: 'gelu', expect: { activation: 'gelu', framework: 'tensorflow', covers: 'keras.activations.gelu' } },
  { name: 'layers.LeakyReLU by the layers import', line: 'x = layers.LeakyReLU(negative_slope=0.1)(x)', on: 'Leaky', expect: { activation: 'leaky_relu', framework: 'tensorflow', covers: 'layers.LeakyReLU', args: [['negative_slope', '0.1']] } },
  { name: 'activation="relu" in a Keras layer', line: 'tf.keras.layers.Dense(64, activation="relu")', on: 'relu', expect: { activation: 'relu', framework: 'tensorflow', covers: '"relu"' } },
  { name: "activation='gelu' with spaces", line: "Dense(64, activation = 'gelu')", on: 'gelu', delta: 2, expect: { activation: 'gelu', framework: 'tensorflow', covers: "'gelu'" } },
  { name: 'activation="swish" names silu', line: 'tf.keras.layers.Dense(64, activation="swish")', on: 'swish', expect: { activation: 'silu', framework: 'tensorflow', covers: '"swish"' } },
  { name: 'on the opening quote', line: 'Dense(8, activation="relu")', on: '"relu', expect: { activation: 'relu', framework: 'tensorflow', covers: '"relu"' } },
  { name: 'recurrent_activation=', line: 'LSTM(32, recurrent_activation="relu")', on: 'relu', expect: { activation: 'relu', framework: 'tensorflow', covers: '"relu"' } },
  { name: 'Activation("gelu") layer', line: 'layers.Activation("gelu")', on: 'gelu', expect: { activation: 'gelu', framework: 'tensorflow', covers: '"gelu"' } },
  { name: 'activations.get("relu")', line: 'f = tf.keras.activations.get("relu")', on: 'relu")', expect: { activation: 'relu', framework: 'tensorflow', covers: '"relu"' } },
  { name: 'a config dict', line: 'config = {"activation": "gelu"}', on: 'gelu', expect: { activation: 'gelu', framework: 'tensorflow', covers: '"gelu"' } },
  // JAX
  { name: 'jax.nn.gelu(x, approximate=False)', line: 'y = jax.nn.gelu(x, approximate=False)', on: 'gelu', expect: { activation: 'gelu', framework: 'jax', covers: 'jax.nn.gelu', args: [[undefined, 'x'], ['approximate', 'False']] } },
  { name: 'jnp.tanh by the jnp alias', line: 'jnp.tanh(x)', on: 'tanh', expect: { activation: 'tanh', framework: 'jax', covers: 'jnp.tanh' } },
  { name: 'nn.relu is flax.linen', line: 'x = nn.relu(x)', on: 'relu', expect: { activation: 'relu', framework: 'jax', covers: 'nn.relu' } },
  // TensorFlow.js
  { name: 'tfjs activation: \'relu\'', line: "tf.layers.dense({units: 8, activation: 'relu'})", on: 'relu', js: true, expect: { activation: 'relu', framework: 'tensorflow', covers: "'relu'" } },
  { name: 'tfjs tf.leakyRelu', line: 'const y = tf.leakyRelu(x, 0.2);', on: 'leaky', js: true, expect: { activation: 'leaky_relu', framework: 'tensorflow', covers: 'tf.leakyRelu', args: [[undefined, 'x'], [undefined, '0.2']] } },
  { name: 'tfjs tf.layers.leakyReLU', line: 'tf.layers.leakyReLU({alpha: 0.2})', on: 'leaky', js: true, expect: { activation: 'leaky_relu', framework: 'tensorflow', covers: 'tf.layers.leakyReLU' } },
  { name: 'tfjs tf.relu', line: 'tf.relu(t)', on: 'relu', js: true, expect: { activation: 'relu', framework: 'tensorflow', covers: 'tf.relu' } },
  { name: 'tfjs template string', line: 'model.add(tf.layers.dense({activation: `gelu`}))', on: 'gelu', js: true, expect: { activation: 'gelu', framework: 'tensorflow', covers: '`gelu`' } },
  // Not activations
  { name: 'an identifier containing a name', line: 'relu_count = 3', on: 'relu' },
  { name: 'a bare name is not a framework name', line: 'y = relu(x)', on: 'relu' },
  { name: 'a string outside an activation context', line: 'print("relu")', on: 'relu' },
  { name: 'a name= string', line: 'Dense(8, name="relu")', on: 'relu' },
  { name: 'a string that is not an activation', line: 'Dense(8, activation="softmaxx")', on: 'softmaxx' },
  { name: 'a comment', line: 'x = 1  # use torch.nn.GELU here', on: 'GELU' },
  { name: 'a JavaScript comment', line: 'const a = 1; // tf.relu', on: 'relu', js: true },
  { name: 'inside a string', line: 'msg = "torch.relu is fast"', on: 'relu' },
  { name: 'a method on a tensor', line: 'y = x.relu()', on: 'relu' },
  { name: 'a longer dotted path', line: 'y = mymod.torch.relu(x)', on: 'relu' },
  { name: 'a class whose name starts the same', line: 'nn.ReLU6()', on: 'ReLU' },
  { name: 'a docstring', line: '"""activation="relu" is the default"""', on: 'relu' },
  { name: 'PyTorch names are not tfjs names', line: 'const act = torch.nn.ReLU();', on: 'ReLU', js: true },
  { name: 'a parenthesis after a space', line: 'y = F.silu (x)', on: '(x' },
];

function position(line: string, on: string, delta = 0): number {
  const index = line.indexOf(on);
  assert.ok(index >= 0, `${on} not in ${line}`);
  return index + delta;
}

describe('extension framework-hover-target', () => {
  for (const c of CASES) {
    it(c.name, () => {
      const target = frameworkHoverTargetAt(c.line, position(c.line, c.on, c.delta), c.js ? JS : PY);
      if (!c.expect) {
        assert.strictEqual(target, undefined, `expected no hover, got ${target?.name.written}`);
        return;
      }
      assert.ok(target, 'expected a hover');
      assert.strictEqual(target.name.activation, c.expect.activation);
      assert.strictEqual(target.name.framework, c.expect.framework);
      assert.strictEqual(c.line.slice(target.start, target.end), c.expect.covers);
      if (c.expect.args) assert.deepStrictEqual(target.args?.map((a) => [a.keyword, a.text]), c.expect.args);
    });
  }
});
