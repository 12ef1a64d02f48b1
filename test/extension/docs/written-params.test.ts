import * as assert from 'assert';
import type { ParamSpec } from '../../../src/core/activations/params';
import { matchWrittenParams } from '../../../src/extension/docs/written-params';

const SPECS: ParamSpec[] = [
  { kind: 'number', name: 'alpha', default: 1, description: 'a', min: 0 },
  { kind: 'choice', name: 'mode', default: 'none', choices: ['none', 'tanh'], description: 'm' },
];

describe('extension written-params', () => {
  it('keyword arguments that are parameters are applied over the defaults', () => {
    const r = matchWrittenParams(SPECS, [{ text: 'x' }, { keyword: 'alpha', text: '0.2', value: 0.2 }], 'keywords');
    assert.deepStrictEqual(r.params, { alpha: 0.2, mode: 'none' });
    assert.deepStrictEqual(r.shown, [
      { name: 'input', text: 'x', applied: false, isInput: true },
      { name: 'alpha', text: '0.2', applied: true },
    ]);
  });

  it('PyTorch module positional arguments are the parameters in order', () => {
    const r = matchWrittenParams(SPECS, [{ text: '0.3', value: 0.3 }, { text: "'tanh'", value: 'tanh' }], 'all');
    assert.deepStrictEqual(r.params, { alpha: 0.3, mode: 'tanh' });
    assert.deepStrictEqual(r.shown.map((a) => a.name), ['alpha', 'mode']);
  });

  it('a function call takes the input first', () => {
    const r = matchWrittenParams(SPECS, [{ text: 'x' }, { text: '2', value: 2 }], 'after-input');
    assert.deepStrictEqual(r.params, { alpha: 2, mode: 'none' });
    assert.strictEqual(r.shown[0].isInput, true);
  });

  it('values a parameter does not take, unknown keywords and non-literals are shown but not applied', () => {
    const r = matchWrittenParams(
      SPECS,
      [{ keyword: 'alpha', text: '-1', value: -1 }, { keyword: 'mode', text: 'False', value: false }, { keyword: 'inplace', text: 'True', value: true }, { keyword: 'alpha', text: 'a' }],
      'keywords',
    );
    assert.strictEqual(r.params, undefined);
    assert.deepStrictEqual(r.shown.map((a) => [a.name, a.applied]), [['alpha', false], ['mode', false], ['inplace', false], ['alpha', false]]);
  });

  it('positional arguments of the activation language beyond x are not parameters', () => {
    const r = matchWrittenParams(SPECS, [{ text: 'x' }, { text: '3', value: 3 }], 'keywords');
    assert.strictEqual(r.params, undefined);
    assert.deepStrictEqual(r.shown[1], { name: '', text: '3', applied: false });
  });

  it('more positional arguments than parameters are shown by position', () => {
    const r = matchWrittenParams([], [{ text: '0.2', value: 0.2 }], 'all');
    assert.deepStrictEqual(r.shown, [{ name: '', text: '0.2', applied: false }]);
  });

  it("our own keywords (kink, seed) and alias parameters are not positional; a framework's names and renames apply", () => {
    const specs: ParamSpec[] = [
      { kind: 'number', name: 'weight', default: 0.25, description: 'w' },
      { kind: 'number', name: 'w', default: 0.25, description: 'alias', aliasOf: 'weight' },
      { kind: 'choice', name: 'kink', default: 'pytorch', choices: ['pytorch', 'left'], description: 'k' },
    ];
    // nn.ReLU(True) style: a second positional is inplace, not our kink.
    const plain = matchWrittenParams(specs, [{ text: '0.5', value: 0.5 }, { text: 'True', value: true }], 'all');
    assert.deepStrictEqual(plain.shown.map((a) => [a.name, a.applied]), [['weight', true], ['', false]]);
    // nn.PReLU(1, 0.1): PyTorch's positional names are (num_parameters, init), and init is our weight.
    const prelu = matchWrittenParams(specs, [{ text: '1', value: 1 }, { text: '0.1', value: 0.1 }], 'all', { positionalNames: ['num_parameters', 'init'], renames: { init: 'weight' } });
    assert.deepStrictEqual(prelu.shown.map((a) => [a.name, a.applied]), [['num_parameters', false], ['init', true]]);
    assert.strictEqual(prelu.params?.weight, 0.1);
    const keyword = matchWrittenParams(specs, [{ keyword: 'init', text: '0.3', value: 0.3 }], 'all', { renames: { init: 'weight' } });
    assert.strictEqual(keyword.params?.weight, 0.3);
  });

  it('a Keras layer takes no input: positional arguments are shown, not matched', () => {
    const r = matchWrittenParams(SPECS, [{ text: '0.1', value: 0.1 }], 'keywords-no-input');
    assert.deepStrictEqual(r.shown, [{ name: '', text: '0.1', applied: false }]);
  });
});
