/** Initialisation schemes: torch's bounds and standard deviations, biases, seeds. */
import * as assert from 'assert';
import { SeededRng } from '../../../src/core/random/seeded-rng';
import { initGain, initialiseLinear, InitScheme } from '../../../src/core/training/initialisation';
import { createNetwork } from '../../../src/core/training/network';

function draw(scheme: InitScheme, fanIn: number, fanOut: number, bias?: number, gain?: number) {
  const w = new Float64Array(fanIn * fanOut);
  const b = new Float64Array(fanOut);
  initialiseLinear(w, b, fanIn, fanOut, { scheme, bias, gain }, new SeededRng(1));
  return { w, b };
}
const maxAbs = (a: Float64Array) => a.reduce((m, v) => Math.max(m, Math.abs(v)), 0);
const std = (a: Float64Array) => Math.sqrt(a.reduce((s, v) => s + v * v, 0) / a.length);

describe('initialisation', () => {
  it('torch_default: weight and bias in U(-1/sqrt(fan_in), 1/sqrt(fan_in))', () => {
    const { w, b } = draw('torch_default', 100, 300);
    assert.ok(maxAbs(w) <= 0.1 && maxAbs(w) > 0.099);
    assert.ok(maxAbs(b) <= 0.1 && maxAbs(b) > 0.09);
  });
  const table: [InitScheme, number, 'bound' | 'std'][] = [
    ['kaiming_uniform', Math.SQRT2 * Math.sqrt(3 / 200), 'bound'],
    ['kaiming_normal', Math.SQRT2 / Math.sqrt(200), 'std'],
    ['xavier_uniform', Math.sqrt(6 / 500), 'bound'],
    ['xavier_normal', Math.sqrt(2 / 500), 'std'],
    ['lecun_uniform', Math.sqrt(3 / 200), 'bound'],
    ['lecun_normal', 1 / Math.sqrt(200), 'std'],
    ['playground', 0.5, 'bound'],
  ];
  for (const [scheme, expected, what] of table) {
    it(`${scheme}: ${what} ${expected.toPrecision(4)}`, () => {
      const { w } = draw(scheme, 200, 300);
      if (what === 'bound') assert.ok(maxAbs(w) <= expected && maxAbs(w) > 0.999 * expected);
      else assert.ok(Math.abs(std(w) / expected - 1) < 0.01, `std ${std(w)}`);
    });
  }
  it('biases: 0 by default, 0.1 for playground, a constant when given; gain scales', () => {
    assert.strictEqual(maxAbs(draw('xavier_normal', 4, 4).b), 0);
    assert.ok(draw('playground', 4, 4).b.every((v) => v === 0.1));
    assert.ok(draw('kaiming_normal', 4, 4, 0.1).b.every((v) => v === 0.1));
    assert.ok(draw('zeros', 4, 4).w.every((v) => v === 0));
    const a = draw('xavier_uniform', 50, 50).w;
    const g = draw('xavier_uniform', 50, 50, undefined, 5 / 3).w;
    assert.ok(Math.abs(g[7] - (5 / 3) * a[7]) < 1e-15);
    assert.strictEqual(initGain('tanh'), 5 / 3);
    assert.strictEqual(initGain('leaky_relu', 0.2), Math.sqrt(2 / 1.04));
  });
  it('the same seed gives the same network; PReLU slopes start at 0.25', () => {
    const c = { sizes: [2, 5, 1], hidden: { kind: 'prelu' as const }, seed: 4 };
    assert.deepStrictEqual(Array.from(createNetwork(c).parameters), Array.from(createNetwork(c).parameters));
    const net = createNetwork(c);
    assert.strictEqual(net.parameters[net.layers[0].slopeOffset], 0.25);
    assert.deepStrictEqual(net.tensors.map((t) => t.name), ['layers.0.weight', 'layers.0.bias', 'layers.0.prelu.weight', 'layers.1.weight', 'layers.1.bias']);
  });
});
