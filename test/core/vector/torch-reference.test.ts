import * as assert from 'assert';
import { getVectorActivation, listVectorActivations } from '../../../src/core/vector/registry';
import type { ActivationParams } from '../../../src/core/activations/params';
import { decodeNumber, readFixture } from '../numeric-helpers';
import { agrees } from './vector-test-helpers';

type Encoded = number | string;
interface VectorCase {
  name: string;
  params: Record<string, number>;
  x: Encoded[];
  y: Encoded[];
  jacobian: Encoded[][];
  y_exact: Encoded[] | null;
  jacobian_exact: Encoded[][] | null;
}

/** The fixture's params are torch's (`dim` for all, `k` for maxout); ours are 1-D, so only k remains. */
function ourParams(c: VectorCase): ActivationParams | undefined {
  return c.params.k === undefined ? undefined : { k: c.params.k };
}

describe('core/vector against the PyTorch float64 fixture (vector_cases)', () => {
  const cases = readFixture<{ vector_cases: VectorCase[] }>('torch-reference.json').vector_cases;

  it('has cases for every vector activation, and every case has an activation', () => {
    assert.deepStrictEqual(
      [...new Set(cases.map((c) => c.name))].sort(),
      listVectorActivations()
        .map((s) => s.name)
        .sort(),
    );
  });

  cases.forEach((c, index) => {
    const label = `${c.name} #${index} ${JSON.stringify(c.x)}${c.params.k ? ` k=${c.params.k}` : ''}`;
    it(`${label}: value, Jacobian and vector-Jacobian products agree with torch or the exact value`, () => {
      const spec = getVectorActivation(c.name)!;
      const params = ourParams(c);
      const xs = Float64Array.from(c.x.map(decodeNumber));
      const failures: string[] = [];
      const exactAt = (i: number, j?: number): number | null => {
        if (j === undefined) return c.y_exact === null ? null : decodeNumber(c.y_exact[i]);
        return c.jacobian_exact === null ? null : decodeNumber(c.jacobian_exact[i][j]);
      };

      const y = spec.value(xs, params);
      assert.strictEqual(y.length, c.y.length, 'output length');
      y.forEach((v, i) => {
        if (!agrees(v, decodeNumber(c.y[i]), exactAt(i))) failures.push(`y[${i}] = ${v}, torch ${c.y[i]}, exact ${c.y_exact?.[i]}`);
      });

      const jac = spec.jacobian(xs, params);
      assert.strictEqual(jac.length, c.jacobian.length, 'Jacobian rows');
      jac.forEach((row, i) =>
        row.forEach((v, j) => {
          if (!agrees(v, decodeNumber(c.jacobian[i][j]), exactAt(i, j))) {
            failures.push(`J[${i}][${j}] = ${v}, torch ${c.jacobian[i][j]}, exact ${c.jacobian_exact?.[i][j]}`);
          }
        }),
      );

      // vjp with the unit vector e_i is row i of the Jacobian.
      for (let i = 0; i < c.jacobian.length; i++) {
        const gy = new Float64Array(c.jacobian.length);
        gy[i] = 1;
        spec.vjp(xs, gy, params).forEach((v, j) => {
          if (!agrees(v, decodeNumber(c.jacobian[i][j]), exactAt(i, j))) failures.push(`vjp(e_${i})[${j}] = ${v}, torch ${c.jacobian[i][j]}`);
        });
      }
      assert.deepStrictEqual(failures, []);
    });
  });

  it('is more accurate than torch at the dominant entry of [-30 … 50] (torch says 0 where the answer is ~5e-21)', () => {
    const c = cases.find((k) => k.name === 'softmax' && k.x.length === 8)!;
    const xs = Float64Array.from(c.x.map(decodeNumber));
    const jTop = getVectorActivation('softmax')!.jacobian(xs)[7][7];
    const exact = decodeNumber(c.jacobian_exact![7][7]);
    assert.ok(exact > 0 && Math.abs(jTop - exact) <= 1e-12 * exact, `J[7][7] = ${jTop}, exact ${exact}`);
    const lc = cases.find((k) => k.name === 'log_softmax' && k.x.length === 8)!;
    const lsm = getVectorActivation('log_softmax')!.value(Float64Array.from(lc.x.map(decodeNumber)))[7];
    const lsmExact = decodeNumber(lc.y_exact![7]);
    assert.ok(lsmExact < 0 && Math.abs(lsm - lsmExact) <= 1e-12 * Math.abs(lsmExact), `log_softmax[7] = ${lsm}, exact ${lsmExact}`);
  });
});
