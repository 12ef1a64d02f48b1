/**
 * TensorFlow.js names: the JS/TS table holds exactly the names TF.js has (tfjs-core ops, the
 * `tf.layers.*` factories, tfjs-layers' activation identifiers), each resolving to the right record,
 * and none of the spellings a rule from Python TensorFlow would invent.
 */
import * as assert from 'assert';
import { frameworkHoverMarkdown } from '../../../src/extension/frameworks/framework-hover-markdown';
import { frameworkHoverTargetAt } from '../../../src/extension/frameworks/framework-hover-target';
import { buildFrameworkNameTable } from '../../../src/extension/frameworks/framework-names';
import { frameworkSubjects, frameworkSubjectSpec } from '../../../src/extension/frameworks/framework-subjects';
import { TFJS_NAMES } from '../../../src/extension/frameworks/framework-tfjs-names';

const js = buildFrameworkNameTable(frameworkSubjects(), 'js');

/**
 * The TensorFlow.js API, written down from its documentation (not from our table): identifier ->
 * our activation. tf.step is heaviside only with alpha=0; thresholdedReLU is threshold with value 0.
 */
const TFJS_IDENTIFIERS: Record<string, string> = {
  'tf.relu': 'relu',
  'tf.relu6': 'relu6',
  'tf.elu': 'elu',
  'tf.selu': 'selu',
  'tf.sigmoid': 'sigmoid',
  'tf.tanh': 'tanh',
  'tf.softplus': 'softplus',
  'tf.leakyRelu': 'leaky_relu',
  'tf.prelu': 'prelu',
  'tf.step': 'heaviside',
  'tf.logSigmoid': 'logsigmoid',
  'tf.exp': 'exponential',
  'tf.softmax': 'softmax',
  'tf.logSoftmax': 'log_softmax',
  'tf.logSumExp': 'logsumexp',
  'tf.layers.reLU': 'relu',
  'tf.layers.leakyReLU': 'leaky_relu',
  'tf.layers.prelu': 'prelu',
  'tf.layers.elu': 'elu',
  'tf.layers.softmax': 'softmax',
  'tf.layers.thresholdedReLU': 'threshold',
};

/** tfjs-layers' activation identifiers (`activation: 'relu'`) -> our activation. */
const TFJS_STRINGS: Record<string, string> = {
  relu: 'relu',
  relu6: 'relu6',
  sigmoid: 'sigmoid',
  tanh: 'tanh',
  softmax: 'softmax',
  softplus: 'softplus',
  softsign: 'softsign',
  elu: 'elu',
  selu: 'selu',
  linear: 'identity',
  swish: 'silu',
  mish: 'mish',
  gelu: 'gelu',
  hardSigmoid: 'hardsigmoid',
};

/** Spellings a snake_case -> camelCase rule (or Keras) gives that TensorFlow.js does not have. */
const NOT_TFJS_IDENTIFIERS: Array<[name: string, why: string]> = [
  ['tf.reduceLogsumexp', 'tf.math.reduce_logsumexp is tf.logSumExp in TF.js'],
  ['tf.layers.relu', 'the layer factory is tf.layers.reLU'],
  ['tf.layers.leakyrelu', 'the layer factory is tf.layers.leakyReLU'],
  ['tf.layers.pReLU', 'the layer factory is tf.layers.prelu'],
  ['tf.layers.eLU', 'the layer factory is tf.layers.elu'],
  ['tf.gelu', 'tfjs-core has no gelu op'],
  ['tf.silu', 'tfjs-core has no silu op'],
  ['tf.swish', 'tfjs-core has no swish op'],
  ['tf.softsign', 'tfjs-core has no softsign op'],
  ['tf.identity', 'tfjs-core has no identity op'],
  ['tf.nn.relu', 'TF.js has no tf.nn namespace'],
  ['tf.math.sigmoid', 'TF.js has no tf.math namespace'],
  ['tf.keras.layers.ReLU', 'Python only'],
  ['F.gelu', 'PyTorch names are not looked up in JavaScript'],
];
const NOT_TFJS_STRINGS: Array<[name: string, why: string]> = [
  ['hard_sigmoid', "tfjs-layers spells it 'hardSigmoid'"],
  ['leaky_relu', 'not a tfjs-layers activation identifier'],
  ['silu', "tfjs-layers calls it 'swish'"],
  ['celu', 'Keras 3 only'],
  ['hard_silu', 'Keras 3 only'],
  ['log_sigmoid', 'Keras 3 only'],
  ['exponential', 'Keras only'],
];

describe('extension framework names: TensorFlow.js', () => {
  for (const [written, activation] of Object.entries(TFJS_IDENTIFIERS)) {
    it(`${written} is ${activation}`, () => {
      const line = `const y = ${written}(x);`;
      const target = frameworkHoverTargetAt(line, line.indexOf(written) + written.length - 1, js);
      assert.ok(target, `${written} is found`);
      assert.strictEqual(target.name.activation, activation);
      assert.strictEqual(target.name.framework, 'tensorflow');
      assert.strictEqual(line.slice(target.start, target.end), written);
    });
  }
  for (const [written, activation] of Object.entries(TFJS_STRINGS)) {
    it(`activation: '${written}' is ${activation}`, () => {
      const line = `tf.layers.dense({units: 8, activation: '${written}'})`;
      const target = frameworkHoverTargetAt(line, line.indexOf(`'${written}'`) + 1, js);
      assert.ok(target, `'${written}' is found`);
      assert.strictEqual(target.name.activation, activation);
      assert.strictEqual(target.name.kind, 'string');
    });
  }
  for (const [written, why] of NOT_TFJS_IDENTIFIERS) {
    it(`no ${written} (${why})`, () => assert.strictEqual(js.identifiers.get(written), undefined));
  }
  for (const [written, why] of NOT_TFJS_STRINGS) {
    it(`no '${written}' (${why})`, () => assert.strictEqual(js.strings.get(written), undefined));
  }

  it('the table holds exactly the listed names, nothing derived', () => {
    assert.deepStrictEqual([...js.identifiers.keys()].sort(), Object.keys(TFJS_IDENTIFIERS).sort());
    assert.deepStrictEqual([...js.strings.keys()].sort(), Object.keys(TFJS_STRINGS).sort());
    for (const name of [...js.identifiers.values(), ...js.strings.values()]) assert.ok(frameworkSubjectSpec(name.activation), name.activation);
  });

  it("each TF.js name's Python counterpart is a TensorFlow name its record lists, and the hover shows it", () => {
    let counted = 0;
    for (const [activation, names] of Object.entries(TFJS_NAMES)) {
      const listed = frameworkSubjectSpec(activation)!.doc.frameworks?.tensorflow?.names ?? [];
      for (const n of names) {
        if (n.python === undefined) continue;
        assert.ok(listed.includes(n.python), `${n.written}: ${n.python} is not in ${activation}'s TensorFlow names`);
        counted++;
      }
    }
    assert.ok(counted >= 15, `${counted}`);
    const line = 'const z = tf.logSumExp(x);';
    const target = frameworkHoverTargetAt(line, line.indexOf('logSumExp'), js)!;
    const md = frameworkHoverMarkdown({ spec: frameworkSubjectSpec(target.name.activation)!, name: target.name, family: 'js' });
    assert.match(md, /^\*\*TensorFlow\.js\*\*: `tf\.logSumExp` \(`tf\.math\.reduce_logsumexp`\) is `logsumexp`/);
  });

  it('layer factories are classes (their options object takes no input), ops are functions', () => {
    assert.strictEqual(js.identifiers.get('tf.layers.leakyReLU')?.kind, 'class');
    assert.strictEqual(js.identifiers.get('tf.layers.thresholdedReLU')?.kind, 'class');
    assert.strictEqual(js.identifiers.get('tf.leakyRelu')?.kind, 'function');
    assert.strictEqual(js.identifiers.get('tf.logSumExp')?.kind, 'function');
  });

  const NOTES: Array<[line: string, on: string, expected: RegExp]> = [
    ['const y = tf.leakyRelu(x);', 'tf.leakyRelu', /\*\*Differs from PyTorch\*\*: tf\.leakyRelu\(x, alpha=0\.2\)/],
    ['const act = tf.layers.leakyReLU();', 'tf.layers.leakyReLU', /defaults to 0\.3/],
    ['const z = tf.logSumExp(x);', 'tf.logSumExp', /reduces over every axis/],
    ["layers.dense({units: 1, activation: 'hardSigmoid'})", "'hardSigmoid'", /clip\(0\.2 x \+ 0\.5, 0, 1\)/],
    ['const s = tf.step(x);', 'tf.step', /alpha for x \\<= 0/],
    ['const t = tf.layers.thresholdedReLU();', 'tf.layers.thresholdedReLU', /defaults to 1\.0/],
    ['const y = tf.relu(x);', 'tf.relu', /\*\*Defaults\*\*: the same as PyTorch's/],
  ];
  for (const [line, on, expected] of NOTES) {
    it(`${on}: the TensorFlow.js note, not the Python TensorFlow one`, () => {
      const target = frameworkHoverTargetAt(line, line.indexOf(on) + 1, js);
      assert.ok(target);
      const spec = frameworkSubjectSpec(target.name.activation)!;
      const md = frameworkHoverMarkdown({ spec, name: target.name, family: 'js', args: target.args });
      assert.match(md, /^\*\*TensorFlow\.js\*\*/);
      assert.match(md, expected);
      const pythonNote = spec.doc.frameworks?.tensorflow?.note;
      if (pythonNote) assert.ok(!md.includes(pythonNote), 'the Python TensorFlow note is not shown');
    });
  }
});
