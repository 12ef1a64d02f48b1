import * as assert from 'assert';
import { completeParams, resolveParams } from '../../../src/core/activations/params';
import { getActivation } from '../../../src/core/activations/registry';

const softplus = getActivation('softplus')!;
const rrelu = getActivation('rrelu')!;

describe('core/activations/params', () => {
  it("softplus's sharpness k is another name for beta: either one sets both", () => {
    const byK = resolveParams(softplus.params, new Map([['k', 3]]));
    assert.ok(byK.ok);
    assert.strictEqual(byK.params.beta, 3);
    assert.strictEqual(byK.params.k, 3);
    const byBeta = resolveParams(softplus.params, new Map([['beta', 2]]));
    assert.ok(byBeta.ok);
    assert.strictEqual(byBeta.params.k, 2);
    assert.strictEqual(softplus.value(1, byK.params), softplus.value(1, { beta: 3, threshold: 20 }));
    assert.strictEqual(softplus.value(1, { k: 3 }), softplus.value(1, { beta: 3 }), 'a partial record with k completes beta');
  });

  it('giving both k and beta is an error that names both', () => {
    const both = resolveParams(softplus.params, new Map([['beta', 2], ['k', 3]]));
    assert.ok(!both.ok);
    assert.strictEqual(both.name, 'k');
    assert.match(both.problem, /another name for beta/);
  });

  it('boolean and whole-number parameters are checked', () => {
    const bad = resolveParams(rrelu.params, new Map([['training', 1]]));
    assert.ok(!bad.ok && /true or false/.test(bad.problem));
    const fractional = resolveParams(rrelu.params, new Map([['seed', 1.5]]));
    assert.ok(!fractional.ok && /whole number/.test(fractional.problem));
    const good = resolveParams(rrelu.params, new Map<string, number | boolean>([['training', true], ['seed', 7]]));
    assert.ok(good.ok && good.params.training === true && good.params.seed === 7);
  });

  it('the kink keyword accepts only the four conventions', () => {
    const relu = getActivation('relu')!;
    const bad = resolveParams(relu.params, new Map([['kink', 'middle']]));
    assert.ok(!bad.ok);
    assert.match(bad.problem, /"pytorch", "left", "right", "mean"/);
    const good = resolveParams(relu.params, new Map([['kink', 'mean']]));
    assert.ok(good.ok && good.params.kink === 'mean');
  });

  it('minimum bounds are enforced (lambd >= 0, b >= 0, sigma >= 0)', () => {
    for (const [name, param] of [['hardshrink', 'lambd'], ['squareplus', 'b'], ['noisy_relu', 'sigma']] as const) {
      const r = resolveParams(getActivation(name)!.params, new Map([[param, -1]]));
      assert.ok(!r.ok && /at least 0/.test(r.problem), `${name} ${param}`);
    }
  });

  it('completeParams returns the same record when nothing is missing, and fills in the defaults otherwise', () => {
    const leaky = getActivation('leaky_relu')!;
    const full = { negative_slope: 0.3, kink: 'left' };
    assert.strictEqual(completeParams(leaky.params, leaky.defaults, full), full);
    assert.strictEqual(completeParams(leaky.params, leaky.defaults, undefined), leaky.defaults);
    assert.deepStrictEqual({ ...completeParams(leaky.params, leaky.defaults, { negative_slope: 0.3 }) }, { negative_slope: 0.3, kink: 'pytorch' });
  });
});
