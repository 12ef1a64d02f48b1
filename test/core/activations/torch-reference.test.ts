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
  y_exact: Array<Encoded | null>;
  dy_exact: Array<Encoded | null>;
}

/** docs/reference-fixtures.md's rule: agree with torch or with the exact value, 1e-12 relative or 1e-300 absolute. */
function agrees(got: number, torch: number, exact: number | null): boolean {
  const near = (a: number, b: number) => Object.is(a, b) || a === b || Math.abs(a - b) <= Math.max(1e-300, 1e-12 * Math.abs(b));
  return near(got, torch) || (exact !== null && near(got, exact));
}

describe('core/activations against the PyTorch float64 fixture', () => {
  const fixture = readFixture<{ cases: TorchCase[] }>('torch-reference.json');
  const ours = fixture.cases.filter((c) => getActivation(c.name) !== undefined);

  it('covers every skeleton activation', () => {
    assert.deepStrictEqual([...new Set(ours.map((c) => c.name))].sort(), ['gelu', 'leaky_relu', 'relu', 'sigmoid', 'tanh']);
  });

  for (const c of ours) {
    it(`${c.name} ${JSON.stringify(c.params)}: value and derivative at every finite x, and NaN`, () => {
      const spec = getActivation(c.name)!;
      const failures: string[] = [];
      c.x.forEach((ex, i) => {
        const x = decodeNumber(ex);
        if (Number.isNaN(x)) {
          if (!Number.isNaN(spec.value(x, c.params)) || !Number.isNaN(spec.derivative(x, c.params))) failures.push('NaN does not propagate');
          return;
        }
        if (!Number.isFinite(x)) return; // ours are the limits; see the test below
        const yExact = c.y_exact[i] === null ? null : decodeNumber(c.y_exact[i]!);
        const dyExact = c.dy_exact[i] === null ? null : decodeNumber(c.dy_exact[i]!);
        const y = spec.value(x, c.params);
        const dy = spec.derivative(x, c.params);
        if (!agrees(y, decodeNumber(c.y[i]), yExact)) failures.push(`value at ${x}: ${y}, torch ${c.y[i]}, exact ${c.y_exact[i]}`);
        if (!agrees(dy, decodeNumber(c.dy[i]), dyExact)) failures.push(`derivative at ${x}: ${dy}, torch ${c.dy[i]}, exact ${c.dy_exact[i]}`);
      });
      assert.deepStrictEqual(failures, []);
    });
  }

  it('at ±Infinity ours are the limits; torch agrees except where it computes inf * 0', () => {
    for (const c of ours) {
      const spec = getActivation(c.name)!;
      c.x.forEach((ex, i) => {
        const x = decodeNumber(ex);
        if (Number.isFinite(x) || Number.isNaN(x)) return;
        const torchY = decodeNumber(c.y[i]);
        const y = spec.value(x, c.params);
        if (!Number.isNaN(torchY)) assert.strictEqual(y, torchY, `${c.name}(${x})`);
        else assert.ok(!Number.isNaN(y), `${c.name}(${x}) should be the limit, not NaN`);
      });
    }
  });
});
