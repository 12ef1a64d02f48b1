import * as assert from 'assert';
import { getActivation } from '../../../src/core/activations/registry';
import type { ActivationParams } from '../../../src/core/activations/params';
import { decodeNumber, readFixture } from '../numeric-helpers';

type Encoded = number | string;
interface TorchCase {
  name: string;
  params: ActivationParams;
  x: Encoded[];
  y: Encoded[];
  dy: Encoded[];
  d2y: Encoded[] | null;
  y_exact: Array<Encoded | null>;
  dy_exact: Array<Encoded | null>;
  d2y_exact: Array<Encoded | null>;
}

const near = (a: number, b: number) => Object.is(a, b) || a === b || Math.abs(a - b) <= Math.max(1e-300, 1e-12 * Math.abs(b));

/**
 * docs/reference-fixtures.md's rule: agree with torch or with the exact value, 1e-12 relative or
 * 1e-300 absolute; where the exact value is null (a kink) only torch counts; where torch has no
 * value (d2y null: no double backward) only the exact one counts.
 */
function agrees(got: number, torch: number | null, exact: number | null): boolean {
  return (torch !== null && near(got, torch)) || (exact !== null && near(got, exact));
}

const decodeOrNull = (v: Encoded | null | undefined) => (v === null || v === undefined ? null : decodeNumber(v));

/** Where our documented choice differs from torch on purpose, the exact value is the reference (never torch). */
const EXACT_ONLY: Record<string, { field: 'dy'; why: string }> = {
  hardsigmoid: { field: 'dy', why: "torch's float64 hardsigmoid backward multiplies by float32 1/6; we use the exact 1/6" },
};

describe('core/activations against the PyTorch float64 fixture', () => {
  const fixture = readFixture<{ cases: TorchCase[] }>('torch-reference.json');

  it('every fixture case names an activation of the registry', () => {
    const missing = [...new Set(fixture.cases.map((c) => c.name))].filter((name) => getActivation(name) === undefined);
    assert.deepStrictEqual(missing, []);
    assert.ok(fixture.cases.length >= 40, `only ${fixture.cases.length} cases`);
  });

  for (const c of fixture.cases) {
    it(`${c.name} ${JSON.stringify(c.params)}: value, derivative and second derivative at every finite x, and NaN`, () => {
      const spec = getActivation(c.name);
      assert.ok(spec, `no activation ${c.name}`);
      const failures: string[] = [];
      let checked = 0;
      c.x.forEach((ex, i) => {
        const x = decodeNumber(ex);
        if (Number.isNaN(x)) {
          for (const [label, f] of [['value', spec.value], ['derivative', spec.derivative], ['second derivative', spec.secondDerivative]] as const) {
            if (!Number.isNaN(f(x, c.params))) failures.push(`${label} of NaN is not NaN`);
          }
          return;
        }
        if (!Number.isFinite(x)) return; // ours are the limits; see the test below
        const rows: Array<[string, number, number | null, number | null]> = [
          ['value', spec.value(x, c.params), decodeNumber(c.y[i]), decodeOrNull(c.y_exact[i])],
          ['derivative', spec.derivative(x, c.params), decodeNumber(c.dy[i]), decodeOrNull(c.dy_exact[i])],
          ['second derivative', spec.secondDerivative(x, c.params), c.d2y ? decodeNumber(c.d2y[i]) : null, decodeOrNull(c.d2y_exact[i])],
        ];
        if (EXACT_ONLY[c.name] && rows[1][3] !== null) rows[1][2] = null;
        for (const [label, got, torch, exact] of rows) {
          if (torch === null && exact === null) continue; // hardsigmoid'' at its corners: no reference at all
          checked++;
          if (!agrees(got, torch, exact)) failures.push(`${label} at ${x}: ${got}, torch ${torch}, exact ${exact}`);
        }
      });
      assert.deepStrictEqual(failures, []);
      assert.ok(checked >= 3 * 40, `only ${checked} comparisons`);
    });
  }

  it('is exact: agrees with the mpmath value (1e-12 relative or 1e-300 absolute) wherever the fixture has one', () => {
    // Stronger than the torch-or-exact rule: where torch cancels (elu near 0-, tanh' tails, gelu's
    // left tail, ...) ours must still be right, not merely as wrong as torch.
    const failures: string[] = [];
    let checked = 0;
    for (const c of fixture.cases) {
      const spec = getActivation(c.name)!;
      c.x.forEach((ex, i) => {
        const x = decodeNumber(ex);
        if (!Number.isFinite(x)) return;
        const rules = [spec.value, spec.derivative, spec.secondDerivative];
        [c.y_exact, c.dy_exact, c.d2y_exact].forEach((column, order) => {
          const exact = decodeOrNull(column[i]);
          if (exact === null) return;
          checked++;
          const got = rules[order](x, c.params);
          if (!near(got, exact)) failures.push(`${c.name} ${JSON.stringify(c.params)} order ${order} at ${x}: ${got}, exact ${exact}`);
        });
      });
    }
    assert.deepStrictEqual(failures, []);
    assert.ok(checked > 4500, `only ${checked} exact values`);
  });

  it("hardsigmoid: the documented difference from torch's float32 1/6", () => {
    const c = fixture.cases.find((k) => k.name === 'hardsigmoid')!;
    const i = c.x.findIndex((x) => x === 0);
    assert.strictEqual(decodeNumber(c.dy[i]), Math.fround(1 / 6));
    assert.strictEqual(getActivation('hardsigmoid')!.derivative(0), 1 / 6);
    assert.match(getActivation('hardsigmoid')!.doc.derivative.text, /float32/);
  });

  it('at ±Infinity ours are the limits; torch agrees except where it computes inf * 0 or inf / inf', () => {
    for (const c of fixture.cases) {
      const spec = getActivation(c.name)!;
      c.x.forEach((ex, i) => {
        const x = decodeNumber(ex);
        if (Number.isFinite(x) || Number.isNaN(x)) return;
        const torchY = decodeNumber(c.y[i]);
        const y = spec.value(x, c.params);
        if (!Number.isNaN(torchY)) assert.strictEqual(y, torchY, `${c.name}(${x})`);
        else assert.ok(!Number.isNaN(y), `${c.name}(${x}) should be the limit, not NaN`);
        const torchDy = decodeNumber(c.dy[i]);
        const dy = spec.derivative(x, c.params);
        assert.ok(!Number.isNaN(dy), `${c.name}'(${x}) should be the limit, not NaN`);
        if (!Number.isNaN(torchDy) && c.name !== 'hardtanh') assert.strictEqual(dy, torchDy, `${c.name}'(${x})`);
      });
    }
  });
});
