import * as assert from 'assert';
import { listActivations } from '../../../src/core/activations/registry';
import { buildFrameworkNameTable, chooseByKeywords, FRAMEWORK_IDS, pythonSpellings } from '../../../src/extension/frameworks/framework-names';
import { frameworkHoverTargetAt } from '../../../src/extension/frameworks/framework-hover-target';

describe('extension framework-names', () => {
  it('spells a name under the usual import aliases of its framework', () => {
    assert.deepStrictEqual(pythonSpellings('torch.nn.functional.gelu', 'pytorch').sort(), ['F.gelu', 'nn.functional.gelu', 'torch.nn.functional.gelu']);
    assert.deepStrictEqual(pythonSpellings('F.gelu', 'pytorch').sort(), ['F.gelu', 'nn.functional.gelu', 'torch.nn.functional.gelu']);
    assert.deepStrictEqual(pythonSpellings('torch.nn.GELU', 'pytorch').sort(), ['nn.GELU', 'torch.nn.GELU']);
    assert.deepStrictEqual(pythonSpellings('torch.relu', 'pytorch'), ['torch.relu']);
    assert.deepStrictEqual(pythonSpellings('tf.keras.layers.ReLU', 'tensorflow').sort(), ['keras.layers.ReLU', 'layers.ReLU', 'tensorflow.keras.layers.ReLU', 'tf.keras.layers.ReLU']);
    assert.deepStrictEqual(pythonSpellings('tf.nn.relu', 'tensorflow').sort(), ['tensorflow.nn.relu', 'tf.nn.relu']);
    assert.deepStrictEqual(pythonSpellings('jax.numpy.tanh', 'jax').sort(), ['jax.numpy.tanh', 'jnp.tanh']);
    assert.deepStrictEqual(pythonSpellings('flax.linen.relu', 'jax').sort(), ['flax.linen.relu', 'nn.relu']);
    // `nn.` is torch.nn for PyTorch names and flax.linen for JAX names, never crossed.
    assert.ok(!pythonSpellings('torch.nn.ReLU', 'pytorch').includes('flax.linen.ReLU'));
  });

  it('keeps string names apart from identifiers, without quotes', () => {
    const table = buildFrameworkNameTable([{ name: 'relu', doc: { frameworks: { tensorflow: { names: ['"relu"', "'r'"] } } } }], 'python');
    assert.deepStrictEqual([...table.strings.keys()].sort(), ['r', 'relu']);
    assert.strictEqual(table.identifiers.size, 0);
  });

  it('the first record to claim a spelling keeps it; a spelling written in a record beats a derived one', () => {
    const table = buildFrameworkNameTable(
      [
        { name: 'a', doc: { frameworks: { pytorch: { names: ['torch.nn.A', 'torch.nn.B'] } } } },
        { name: 'b', doc: { frameworks: { pytorch: { names: ['nn.A', 'torch.nn.B'] } } } },
      ],
      'python',
    );
    assert.strictEqual(table.identifiers.get('torch.nn.B')?.activation, 'a');
    assert.strictEqual(table.identifiers.get('nn.B')?.activation, 'a');
    assert.strictEqual(table.identifiers.get('nn.A')?.activation, 'b');
  });

  it('a name two records share goes to the one accepting the most of the call\'s keywords, else the first', () => {
    const table = buildFrameworkNameTable(
      [
        { name: 'plain', params: [], doc: { frameworks: { tensorflow: { names: ['tf.nn.f', 'tf.nn.g'] } } } },
        { name: 'scaled', params: [{ name: 'beta' }], doc: { frameworks: { tensorflow: { names: ['tf.nn.f'] } } } },
      ],
      'python',
    );
    const f = table.identifiers.get('tf.nn.f')!;
    const cases: Array<{ name: string; keywords: string[]; expected: string }> = [
      { name: 'no keywords: the first record', keywords: [], expected: 'plain' },
      { name: 'beta: the record with beta', keywords: ['beta'], expected: 'scaled' },
      { name: 'a keyword neither knows: the first record', keywords: ['name'], expected: 'plain' },
      { name: 'beta among others', keywords: ['name', 'beta'], expected: 'scaled' },
    ];
    for (const c of cases) assert.strictEqual(chooseByKeywords(table, f, c.keywords).activation, c.expected, c.name);
    // A name only one record lists is never moved.
    assert.strictEqual(chooseByKeywords(table, table.identifiers.get('tf.nn.g')!, ['beta']).activation, 'plain');
    assert.strictEqual(chooseByKeywords(table, table.identifiers.get('tensorflow.nn.f')!, ['beta']).activation, 'scaled');
  });

  it("a record's own spelling wins over the same spelling derived from another of its names", () => {
    const table = buildFrameworkNameTable([{ name: 'gelu', doc: { frameworks: { pytorch: { names: ['torch.nn.functional.gelu', 'F.gelu'] } } } }], 'python');
    assert.strictEqual(table.identifiers.get('F.gelu')?.recordName, 'F.gelu');
    assert.strictEqual(table.identifiers.get('nn.functional.gelu')?.recordName, 'torch.nn.functional.gelu');
  });
});

describe('framework names of the registered activations', () => {
  const py = buildFrameworkNameTable(listActivations(), 'python');
  const js = buildFrameworkNameTable(listActivations(), 'js');

  it('every name in every record resolves, in a realistic line, to that record or to an earlier one listing the same name', () => {
    const owners = new Map<string, string[]>();
    for (const spec of listActivations()) {
      for (const framework of FRAMEWORK_IDS) for (const n of spec.doc.frameworks[framework].names) owners.set(n, [...(owners.get(n) ?? []), spec.name]);
    }
    let checked = 0;
    for (const spec of listActivations()) {
      for (const framework of FRAMEWORK_IDS) {
        for (const written of spec.doc.frameworks[framework].names) {
          const quoted = /^["']/.test(written);
          const line = quoted ? `tf.keras.layers.Dense(8, activation=${written})` : `y = ${written}(x)`;
          const column = line.indexOf(written) + 1;
          const target = frameworkHoverTargetAt(line, column, py);
          assert.ok(target, `${spec.name}: ${framework} name ${written} is not found in: ${line}`);
          // tf.nn.silu is both silu and swish (it takes beta): the first record listing it is the hover's.
          assert.strictEqual(target.name.activation, owners.get(written)![0], `${written} resolves to ${target.name.activation}, not ${spec.name}`);
          checked++;
        }
      }
    }
    assert.ok(checked >= listActivations().length * 3, `only ${checked} names`);
  });

  // The names issue 3 lists, in the lines people write them in.
  const ISSUE_CASES: Array<{ line: string; on: string; activation: string; framework: string; js?: boolean }> = [
    { line: 'act = torch.nn.GELU()', on: 'GELU', activation: 'gelu', framework: 'pytorch' },
    { line: 'layers = [nn.Linear(4, 8), nn.ReLU()]', on: 'ReLU', activation: 'relu', framework: 'pytorch' },
    { line: 'h = F.silu(x)', on: 'silu', activation: 'silu', framework: 'pytorch' },
    { line: 'h = torch.relu(x)', on: 'relu', activation: 'relu', framework: 'pytorch' },
    { line: 'h = tf.nn.relu(x)', on: 'relu', activation: 'relu', framework: 'tensorflow' },
    { line: 'h = tf.keras.activations.gelu(x)', on: 'gelu', activation: 'gelu', framework: 'tensorflow' },
    { line: 'tf.keras.layers.Dense(64, activation="relu")', on: 'relu', activation: 'relu', framework: 'tensorflow' },
    { line: 'h = jax.nn.gelu(x, approximate=False)', on: 'gelu', activation: 'gelu', framework: 'jax' },
    { line: "tf.layers.dense({units: 8, activation: 'relu'})", on: 'relu', activation: 'relu', framework: 'tensorflow', js: true },
    // TensorFlow's silu/swish: tf.nn.silu(features, beta=1.0) is our swish when beta is written, silu otherwise;
    // the Keras functions take no beta (the swish record does not list them), so they are silu.
    { line: 'h = tf.nn.silu(x)', on: 'silu', activation: 'silu', framework: 'tensorflow' },
    { line: 'h = tf.nn.silu(x, beta=1.5)', on: 'silu', activation: 'swish', framework: 'tensorflow' },
    { line: 'h = tf.nn.swish(x)', on: 'swish', activation: 'silu', framework: 'tensorflow' },
    { line: 'h = tf.nn.swish(x, beta=2.0, name="act")', on: 'swish', activation: 'swish', framework: 'tensorflow' },
    { line: 'h = tensorflow.nn.silu(features=x, beta=0.5)', on: 'silu', activation: 'swish', framework: 'tensorflow' },
    { line: 'h = tf.keras.activations.swish(x)', on: 'swish', activation: 'silu', framework: 'tensorflow' },
    { line: 'h = tf.keras.activations.silu(x)', on: 'silu', activation: 'silu', framework: 'tensorflow' },
    { line: 'h = tf.nn.silu', on: 'silu', activation: 'silu', framework: 'tensorflow' },
    { line: 'h = F.silu(x, inplace=True)', on: 'silu', activation: 'silu', framework: 'pytorch' },
  ];
  for (const c of ISSUE_CASES) {
    it(`${c.line} -> ${c.activation} (${c.framework})`, () => {
      const target = frameworkHoverTargetAt(c.line, c.line.indexOf(c.on) + 1, c.js ? js : py);
      assert.ok(target);
      assert.strictEqual(target.name.activation, c.activation);
      assert.strictEqual(target.name.framework, c.framework);
    });
  }
});
