/**
 * Every activation of the catalogue works as a hidden layer in mlp(...) and trains (random ones are
 * refused with a positioned error), and the vector activations other than maxout are refused.
 */
import * as assert from 'assert';
import { listActivations } from '../../../src/core/activations/registry';
import { errorOf } from '../lang-helpers';
import { runOf } from './training-helpers';

describe('every catalogue activation in mlp and train', () => {
  for (const spec of listActivations()) {
    it(spec.name, () => {
      const source = `train(mlp([2, 4, 1], activation=${spec.name}, seed=1), dataset("circle", n=40), epochs=2)`;
      if (spec.isRandom(spec.defaults)) {
        const e = errorOf(source);
        assert.match(e.message, /random/);
        assert.strictEqual(e.span.column, 33);
        return;
      }
      const r = runOf(source);
      assert.strictEqual(r.run.steps, 2);
      assert.ok(r.run.stepLosses.every((l) => Number.isFinite(l)), `${spec.name}: ${Array.from(r.run.stepLosses)}`);
    });
  }

  for (const name of ['softmax', 'log_softmax', 'softmin', 'logsumexp', 'glu']) {
    it(`${name} is refused as a hidden activation`, () => {
      const e = errorOf(`mlp([2, 4, 1], activation=${name})`);
      assert.match(e.message, new RegExp(`^mlp: ${name} is a function of a whole vector`));
    });
  }

  it('keywords go with the activation: leaky_relu(negative_slope=0.2), elu(alpha=0.5), softplus(k=2)', () => {
    const r = runOf('train(mlp([2, 4, 4, 4, 1], leaky_relu(negative_slope=0.2), elu(alpha=0.5), softplus(k=2)), dataset("circle", n=40), epochs=1)');
    assert.deepStrictEqual(r.hiddenLabels, ['leaky_relu(negative_slope=0.2)', 'elu(alpha=0.5)', 'softplus(k=2)']);
    const slope = (r.run.network.layers[0].activation!);
    const post = new Float64Array(1);
    const d = new Float64Array(1);
    slope.valueAndSlope(Float64Array.of(-1), post, d, 1);
    assert.deepStrictEqual([post[0], d[0]], [-0.2, 0.2]);
  });
});
