import * as assert from 'assert';
import { getActivation } from '../../../src/core/activations/registry';
import { readFixture } from '../numeric-helpers';

interface GeluFixture {
  gelu: Array<[number, number, number]>;
  gelu_tanh: Array<[number, number, number]>;
}

function rel(got: number, expected: number): number {
  if (got === expected) return 0;
  return Math.abs(got - expected) / Math.max(Math.abs(expected), 1e-300);
}

describe('core/activations/gelu against Python math (erf fixture)', () => {
  const fixture = readFixture<GeluFixture>('erf-reference.json');
  const gelu = getActivation('gelu')!;
  const cases = [
    { name: 'exact (approximate="none")', rows: fixture.gelu, params: { approximate: 'none' }, valueTol: 5e-15, derivativeTol: 5e-14 },
    { name: 'approximate="tanh"', rows: fixture.gelu_tanh, params: { approximate: 'tanh' }, valueTol: 1e-12, derivativeTol: 1e-11 },
  ];
  for (const c of cases) {
    it(`${c.name}: value and derivative`, () => {
      assert.ok(c.rows.length > 200);
      for (const [x, value, derivative] of c.rows) {
        const v = gelu.value(x, c.params);
        const d = gelu.derivative(x, c.params);
        // Absolute floor: where the value is tiny (x << 0) compare on the scale of x's contribution.
        assert.ok(rel(v, value) <= c.valueTol || Math.abs(v - value) <= 1e-300, `gelu(${x}) = ${v}, Python ${value}`);
        assert.ok(rel(d, derivative) <= c.derivativeTol || Math.abs(d - derivative) <= 1e-16, `gelu'(${x}) = ${d}, Python ${derivative}`);
      }
    });
  }
  it('the tanh approximation stays within 1e-3 of the exact GELU', () => {
    for (let x = -6; x <= 6; x += 0.01) {
      assert.ok(Math.abs(gelu.value(x, { approximate: 'tanh' }) - gelu.value(x)) < 1e-3, `x = ${x}`);
    }
  });
  it('the minimum is about -0.17 near x = -0.75', () => {
    let min = Infinity;
    let at = 0;
    for (let x = -2; x <= 0; x += 1e-4) if (gelu.value(x) < min) [min, at] = [gelu.value(x), x];
    assert.ok(Math.abs(min - -0.16997) < 1e-4, `min ${min}`);
    assert.ok(Math.abs(at - -0.7518) < 1e-3, `at ${at}`);
  });
});
