import * as assert from 'assert';
import { listVectorActivations } from '../../../src/core/vector/registry';
import type { ActivationParams } from '../../../src/core/activations/params';
import { finiteDifferenceJacobian, randomVector, seededRandom } from './vector-test-helpers';

/** Input lengths every activation can take (even, multiples of 2 and 3), and the params to try. */
const LENGTHS = [1, 2, 6, 12];
function paramsFor(name: string): Array<ActivationParams | undefined> {
  return name === 'maxout' ? [{ k: 1 }, { k: 2 }, { k: 3 }] : [undefined];
}
function accepts(name: string, n: number, params: ActivationParams | undefined): boolean {
  if (name === 'glu') return n % 2 === 0;
  if (name === 'maxout') return n % (params!.k as number) === 0;
  return true;
}

describe('core/vector Jacobians on random inputs', () => {
  for (const spec of listVectorActivations()) {
    for (const params of paramsFor(spec.name)) {
      const label = `${spec.name}${params ? ' ' + JSON.stringify(params) : ''}`;

      it(`${label}: the closed-form Jacobian matches central differences (60 random vectors)`, () => {
        const rand = seededRandom(20260 + spec.name.length);
        let checked = 0;
        for (let trial = 0; trial < 15; trial++) {
          for (const n of LENGTHS) {
            if (!accepts(spec.name, n, params)) continue;
            const xs = randomVector(rand, n, trial < 10 ? 6 : 40);
            const jac = spec.jacobian(xs, params);
            const fd = finiteDifferenceJacobian(spec, xs, params);
            assert.strictEqual(jac.length, fd.length);
            for (let i = 0; i < fd.length; i++) {
              for (let j = 0; j < n; j++) {
                const tol = 1e-7 * Math.max(1, Math.abs(fd[i][j]));
                assert.ok(Math.abs(jac[i][j] - fd[i][j]) <= tol, `${label} x=${Array.from(xs)} J[${i}][${j}] = ${jac[i][j]}, differences ${fd[i][j]}`);
                checked++;
              }
            }
          }
        }
        assert.ok(checked > 100, `only ${checked} entries checked`);
      });

      it(`${label}: vjp(x, gy) is Jᵀ gy, and vjpInto writes the same into a Float32Array`, () => {
        const rand = seededRandom(777);
        for (let trial = 0; trial < 20; trial++) {
          for (const n of LENGTHS) {
            if (!accepts(spec.name, n, params)) continue;
            const xs = randomVector(rand, n, 8);
            const jac = spec.jacobian(xs, params);
            const gy = randomVector(rand, jac.length, 3);
            const gx = spec.vjp(xs, gy, params);
            for (let j = 0; j < n; j++) {
              let expected = 0;
              for (let i = 0; i < jac.length; i++) expected += gy[i] * jac[i][j];
              assert.ok(Math.abs(gx[j] - expected) <= 1e-13 * (1 + Math.abs(expected)), `${label} gx[${j}] = ${gx[j]}, Jᵀgy ${expected}`);
            }
            const gxLong = new Float64Array(n + 2).fill(7);
            spec.vjpInto(xs, gy, gxLong, params);
            assert.deepStrictEqual(Array.from(gxLong), [...Array.from(gx), 7, 7], 'vjpInto into a longer Float64Array');
            const gx32 = new Float32Array(n);
            spec.vjpInto(xs, gy, gx32, params);
            gx32.forEach((v, j) => assert.strictEqual(v, Math.fround(gx[j])));
          }
        }
      });

      it(`${label}: value and valueInto agree, for Float64 and Float32 inputs and outputs`, () => {
        const rand = seededRandom(99);
        for (const n of LENGTHS) {
          if (!accepts(spec.name, n, params)) continue;
          const xs32 = Float32Array.from(randomVector(rand, n, 6));
          const xs64 = Float64Array.from(xs32);
          const y = spec.value(xs64, params);
          assert.deepStrictEqual(Array.from(spec.value(xs32, params)), Array.from(y), 'a Float32 input is read exactly');
          const out64 = new Float64Array(y.length + 2).fill(7);
          spec.valueInto(xs64, out64, params);
          assert.deepStrictEqual(Array.from(out64.subarray(0, y.length)), Array.from(y));
          assert.deepStrictEqual(Array.from(out64.subarray(y.length)), [7, 7], 'nothing written past the output');
          const inPlace = Float64Array.from(xs64);
          spec.valueInto(inPlace, inPlace, params);
          assert.deepStrictEqual(Array.from(inPlace.subarray(0, y.length)), Array.from(y), 'valueInto(xs, xs) works in place');
          const out32 = new Float32Array(y.length);
          spec.valueInto(xs64, out32, params);
          out32.forEach((v, i) => assert.ok(Math.abs(v - y[i]) <= 2 ** -23 * Math.abs(y[i]) + 1e-45, `${label} float32 out[${i}] = ${v}, double ${y[i]}`));
        }
      });
    }
  }
});
