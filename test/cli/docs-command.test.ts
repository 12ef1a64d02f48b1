import * as assert from 'assert';
import { getActivation, listActivations, activationNames } from '../../src/core/activations/registry';
import { getVectorActivation, listVectorActivations, vectorActivationNames } from '../../src/core/vector/registry';
import { docsCommand } from '../../src/cli/docs-command';
import type { CliIo } from '../../src/cli/io';

function run(name: string | undefined, json: boolean): { status: number; stdout: string; stderr: string } {
  let stdout = '';
  let stderr = '';
  const io: CliIo = { stdout: (t) => (stdout += t), stderr: (t) => (stderr += t), readFile: () => '' };
  const status = docsCommand(name, json, io);
  return { status, stdout, stderr };
}

describe('cli docs-command: the extended record', () => {
  it('--json prints the complete record of every registered name, alias included', () => {
    for (const name of activationNames()) {
      const r = run(name, true);
      assert.strictEqual(r.status, 0, r.stderr);
      const doc = JSON.parse(r.stdout);
      const spec = getActivation(name)!;
      assert.strictEqual(doc.name, spec.name);
      for (const key of ['displayName', 'summary', 'formula', 'derivative', 'params', 'range', 'origin', 'properties', 'kinkConvention', 'frameworks']) {
        assert.ok(doc[key] !== undefined, `${name}: ${key}`);
      }
      for (const key of ['monotonic', 'boundedBelow', 'boundedAbove', 'smoothness', 'zeroCentred', 'selfGated', 'valueAtZero', 'slopeAtZero']) {
        assert.ok(key in doc.properties, `${name}: properties.${key}`);
      }
      for (const f of ['pytorch', 'tensorflow', 'jax']) assert.ok(Array.isArray(doc.frameworks[f].names), `${name}: frameworks.${f}.names`);
      // value and slope at 0 are the functions' own (a random activation's record gives its noise-free ones).
      if (!spec.isRandom(spec.defaults)) {
        assert.strictEqual(doc.properties.valueAtZero, spec.value(0), `${name}: f(0)`);
        assert.strictEqual(doc.properties.slopeAtZero, spec.derivative(0), `${name}: f'(0)`);
      }
    }
  });

  it('the text page shows properties, value and slope at zero, and each framework with its names and note', () => {
    const r = run('gelu', false);
    assert.strictEqual(r.status, 0);
    assert.match(r.stdout, /^GELU \(gelu\)\n/);
    assert.match(r.stdout, /\nproperties: {2}not monotonic, bounded below, C∞, (?:not )?zero-centred, self-gated\n/);
    assert.match(r.stdout, /\nat zero: {5}f\(0\) = 0, f'\(0\) = 0\.5\n/);
    assert.match(r.stdout, /\n {2}PyTorch {4}torch\.nn\.GELU, /);
    assert.match(r.stdout, /\n {2}JAX {8}jax\.nn\.gelu/);
    assert.match(r.stdout, /note: .*approximate/);
  });

  it('a function with a kink states its convention', () => {
    const r = run('relu', false);
    assert.match(r.stdout, /\nkinks: {7}.*0/);
    assert.match(run('gelu', false).stdout, /\nkinks: {7}none/, 'gelu is smooth');
  });

  it('without a name lists every activation, the vector ones after the element-wise ones', () => {
    const r = run(undefined, true);
    const entries = JSON.parse(r.stdout) as Array<{ name: string; kind: string }>;
    assert.deepStrictEqual(entries.map((e) => e.name), [...listActivations(), ...listVectorActivations()].map((s) => s.name));
    assert.deepStrictEqual(entries.filter((e) => e.kind === 'vector').map((e) => e.name), ['softmax', 'log_softmax', 'softmin', 'logsumexp', 'glu', 'maxout']);
    assert.ok(entries.filter((e) => e.kind !== 'vector').every((e) => e.kind === 'elementwise'));
    const text = run(undefined, false).stdout;
    assert.match(text, /^softmax {7}Softmax {2}\(vector, n → n\)$/m);
    assert.match(text, /^maxout {8}Maxout {2}\(vector, n → n\/k\)$/m);
    assert.match(text, /^relu {10}ReLU$/m);
  });
});

describe('cli docs-command: the vector activations', () => {
  it('--json prints the complete record of every vector name, alias included', () => {
    for (const name of vectorActivationNames()) {
      const r = run(name, true);
      assert.strictEqual(r.status, 0, `${name}: ${r.stderr}`);
      const doc = JSON.parse(r.stdout);
      const spec = getVectorActivation(name)!;
      assert.strictEqual(doc.name, spec.name);
      assert.strictEqual(doc.kind, 'vector');
      assert.deepStrictEqual(doc.aliases, spec.aliases);
      for (const key of ['displayName', 'summary', 'formula', 'jacobian', 'params', 'range', 'shape', 'origin', 'properties', 'frameworks', 'chart']) {
        assert.ok(doc[key] !== undefined, `${name}: ${key}`);
      }
      for (const key of ['text', 'latex']) {
        assert.strictEqual(typeof doc.formula[key], 'string', `${name}: formula.${key}`);
        assert.strictEqual(typeof doc.jacobian[key], 'string', `${name}: jacobian.${key}`);
      }
      for (const key of ['normalisation', 'shift', 'permutation', 'curvature', 'positivelyHomogeneous', 'boundedBelow', 'boundedAbove', 'smoothness']) {
        assert.ok(key in doc.properties, `${name}: properties.${key}`);
      }
      for (const f of ['pytorch', 'tensorflow', 'jax']) assert.ok(Array.isArray(doc.frameworks[f].names), `${name}: frameworks.${f}.names`);
    }
    assert.deepStrictEqual(JSON.parse(run('maxout', true).stdout).params, [
      { name: 'k', default: 2, description: getVectorActivation('maxout')!.params[0].description },
    ]);
    assert.strictEqual(JSON.parse(run('logsoftmax', true).stdout).name, 'log_softmax', 'an alias gives the record');
  });

  it('docs softmax: the text page has the Jacobian, shape, properties, chart slice and each framework with its note', () => {
    const r = run('softmax', false);
    assert.strictEqual(r.status, 0, r.stderr);
    assert.strictEqual(r.stderr, '');
    assert.match(r.stdout, /^Softmax \(softmax\), a vector activation\n/);
    assert.match(r.stdout, /\nJacobian: {4}J = diag\(s\) - s s\^T/);
    assert.match(r.stdout, /\nshape: {7}n → n\n/);
    assert.match(r.stdout, /\nproperties: {2}outputs are probabilities .*shift-invariant.*permutation-equivariant.*bounded, smooth \(C∞\)\n/);
    assert.match(r.stdout, /\nchart: {7}softmax\(\[x, 0\]\)\[0\] = sigmoid\(x\)/);
    assert.match(r.stdout, /\norigin: {6}John S\. Bridle \(1990\)/);
    assert.match(r.stdout, /\n {2}PyTorch {4}torch\.nn\.Softmax, torch\.softmax, torch\.nn\.functional\.softmax, F\.softmax/);
    assert.match(r.stdout, /\n {2}TensorFlow {1}tf\.nn\.softmax, .*"softmax"\n {13}note: axis=-1/);
    assert.match(r.stdout, /\n {2}JAX {8}jax\.nn\.softmax/);
  });

  it('docs maxout: its parameter, and "(no built-in)" with the recipe where a framework has none', () => {
    const r = run('maxout', false);
    assert.strictEqual(r.status, 0);
    assert.match(r.stdout, /\nparameters:\n {2}k = 2 {2}The group size/);
    assert.match(r.stdout, /\nproperties: .*positively homogeneous.*continuous with corners \(C0\)\n/);
    assert.match(r.stdout, /\n {2}PyTorch {4}\(no built-in\)\n {13}note: Not built in: x\.unflatten/);
  });

  it('a misspelt vector name suggests the vector activation', () => {
    const r = run('sofmax', false);
    assert.strictEqual(r.status, 1);
    assert.match(r.stderr, /^error: unknown activation 'sofmax'; did you mean 'softmax'\?\n/);
    assert.match(r.stderr, /known activations: .*relu.*, softmax, log_softmax, softmin, logsumexp, glu, maxout\n$/);
  });
});
