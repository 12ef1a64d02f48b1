import * as assert from 'assert';
import { getActivation, listActivations, activationNames } from '../../src/core/activations/registry';
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

  it('without a name lists every activation', () => {
    const r = run(undefined, true);
    assert.deepStrictEqual(JSON.parse(r.stdout).map((e: { name: string }) => e.name), listActivations().map((s) => s.name));
  });
});
