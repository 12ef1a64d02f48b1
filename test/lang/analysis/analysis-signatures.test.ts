import * as assert from 'assert';
import { getActivation, listActivations } from '../../../src/core/activations/registry';
import { activationSignature, activeParameter, tableSignature, userSignature } from '../../../src/lang/analysis/analysis-signatures';
import { BUILTIN_SIGNATURES, getBuiltinSignature } from '../../../src/lang/builtins/builtin-signatures';

describe('lang/analysis-signatures', () => {
  it('an activation: x, then every keyword parameter with its default', () => {
    const spec = getActivation('leaky_relu')!;
    const sig = activationSignature(spec);
    assert.match(sig.label, /^leaky_relu\(x, negative_slope=0\.01[,)]/);
    assert.strictEqual(sig.label.slice(...sig.params[0].range), 'x');
    assert.strictEqual(sig.label.slice(...sig.params[1].range), 'negative_slope=0.01');
    assert.deepStrictEqual(sig.params.map((p) => p.kind), ['positional', ...spec.params.map(() => 'keyword')]);
    assert.strictEqual(sig.params[1].default, '0.01');
  });

  it('every activation: one parameter per keyword of the spec, each range inside the label', () => {
    for (const spec of listActivations()) {
      const sig = activationSignature(spec);
      assert.strictEqual(sig.params.length, 1 + spec.params.length, spec.name);
      for (const p of sig.params) assert.strictEqual(sig.label.slice(...p.range), p.label);
      for (const [i, p] of spec.params.entries()) {
        const shown = typeof p.default === 'string' ? `"${p.default}"` : String(p.default);
        assert.strictEqual(sig.params[i + 1].label, `${p.name}=${shown}`);
      }
    }
  });

  it('an alias is shown under the name used', () => {
    assert.match(activationSignature(getActivation('lrelu')!, 'lrelu').label, /^lrelu\(x, negative_slope=/);
  });

  it('a built-in from the language table: repeatable, optional and keyword-only parameters', () => {
    const plot = tableSignature(getBuiltinSignature('plot')!);
    assert.match(plot.label, /^plot\(f, \.\.\., range=\[-4, 4\]/);
    assert.deepStrictEqual(plot.params.slice(0, 2).map((p) => [p.name, p.kind, plot.label.slice(...p.range)]), [
      ['f', 'variadic', 'f, ...'],
      ['range', 'keyword', 'range=[-4, 4]'],
    ]);
    const linspace = tableSignature(getBuiltinSignature('linspace')!);
    assert.deepStrictEqual(linspace.params.map((p) => p.kind), ['positional', 'positional', 'optional']);
    for (const sig of BUILTIN_SIGNATURES) {
      const got = tableSignature(sig);
      assert.strictEqual(got.params.length, sig.params.length, sig.name);
      for (const p of got.params) assert.strictEqual(got.label.slice(...p.range), p.label, sig.name);
    }
  });

  it('a user function', () => {
    const sig = userSignature('swish_b', [{ name: 'x' }, { name: 'beta', default: '1.5' }]);
    assert.strictEqual(sig.label, 'swish_b(x, beta=1.5)');
  });

  describe('activeParameter', () => {
    const leaky = activationSignature(getActivation('leaky_relu')!);
    const plot = tableSignature(getBuiltinSignature('plot')!);
    const linspace = tableSignature(getBuiltinSignature('linspace')!);
    const cases: Array<{ name: string; sig: typeof leaky; arg: Parameters<typeof activeParameter>[1]; expect: number }> = [
      { name: 'the first positional', sig: leaky, arg: { positionalIndex: 0, keywordsGiven: [] }, expect: 0 },
      { name: 'past the positionals: the first keyword not given', sig: leaky, arg: { positionalIndex: 1, keywordsGiven: [] }, expect: 1 },
      { name: 'a keyword argument', sig: leaky, arg: { positionalIndex: 1, keyword: 'negative_slope', keywordsGiven: [] }, expect: 1 },
      { name: 'an unknown keyword', sig: leaky, arg: { positionalIndex: 1, keyword: 'slope', keywordsGiven: [] }, expect: -1 },
      { name: 'every keyword given', sig: leaky, arg: { positionalIndex: 1, keywordsGiven: getActivation('leaky_relu')!.params.map((p) => p.name) }, expect: -1 },
      { name: 'the next keyword not given', sig: leaky, arg: { positionalIndex: 1, keywordsGiven: ['negative_slope'] }, expect: leaky.params.length > 2 ? 2 : -1 },
      { name: 'a repeatable parameter', sig: plot, arg: { positionalIndex: 3, keywordsGiven: [] }, expect: 0 },
      { name: 'range of plot', sig: plot, arg: { positionalIndex: 2, keyword: 'range', keywordsGiven: [] }, expect: 1 },
      { name: 'an optional parameter by position', sig: linspace, arg: { positionalIndex: 2, keywordsGiven: [] }, expect: 2 },
      { name: 'an optional parameter by keyword', sig: linspace, arg: { positionalIndex: 2, keyword: 'n', keywordsGiven: [] }, expect: 2 },
    ];
    for (const c of cases) it(c.name, () => assert.strictEqual(activeParameter(c.sig, c.arg), c.expect));
  });
});
