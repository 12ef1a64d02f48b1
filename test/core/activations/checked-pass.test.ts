/**
 * The kernels' checked passes (src/core/activations/checked-pass.ts): on arrays of finite inputs a
 * kernel takes its branch-free loop, which must give exactly the scalar rules' numbers (Object.is,
 * so -0 and +0 differ) — kernels.test.ts mixes in NaN and infinities, so it mostly sees the guarded
 * rerun. Here: finite inputs only (kinks, -0, tiny and huge magnitudes, the bench's random inputs),
 * then one non-finite input at the end of a long finite array (the rerun must repair every entry),
 * then outputs that share the input's buffer without being the same array.
 */
import * as assert from 'assert';
import type { ActivationSpec, NumericArray } from '../../../src/core/activations/activation-spec';
import type { ActivationParams } from '../../../src/core/activations/params';
import { listActivations } from '../../../src/core/activations/registry';
import { benchInputs } from '../../../bench/seeded-random';
import { readFixture } from '../numeric-helpers';

const FINITE = [-1000, -710, -30, -7.5, -6, -3, -2, -1, -0.5, -1e-6, -0, 0, 1e-6, 0.25, 0.5, 1, 2, 3, 3.75, 5, 6, 8, 20, 1000];
const EXTREME = [5e-324, -5e-324, 2.2e-308, -2.2e-308, 1e-300, -1e-300, 1e149, -1e149, 1e150, -1e150, 1e200, -1e200, 1e300, -1e300, Number.MAX_VALUE, -Number.MAX_VALUE];

function paramSets(spec: ActivationSpec): ActivationParams[] {
  const fixture = readFixture<{ cases: Array<{ name: string; params: ActivationParams }> }>('torch-reference.json');
  const sets: ActivationParams[] = [spec.defaults];
  for (const c of fixture.cases) if (c.name === spec.name) sets.push(c.params);
  return sets.filter((p) => !spec.isRandom(p));
}

type Rule = 'value' | 'derivative' | 'secondDerivative';

const show = (v: number) => (Object.is(v, -0) ? '-0' : String(v));

function expectRule(out: NumericArray, xs: NumericArray, spec: ActivationSpec, rule: Rule, params: ActivationParams, label: string): void {
  const f32 = out instanceof Float32Array;
  for (let i = 0; i < xs.length; i++) {
    const expected = f32 ? Math.fround(spec[rule](xs[i], params)) : spec[rule](xs[i], params);
    if (!Object.is(out[i], expected)) assert.fail(`${label} ${rule} at x = ${xs[i]} (index ${i}): kernel ${show(out[i])}, scalar rule ${show(expected)}`);
  }
}

function checkAll(spec: ActivationSpec, xs: NumericArray, params: ActivationParams, label: string): void {
  const Type = xs instanceof Float32Array ? Float32Array : Float64Array;
  const n = xs.length;
  const v = new Type(n);
  const d = new Type(n);
  const v2 = new Type(n);
  const d2 = new Type(n);
  const s2 = new Type(n);
  spec.valueInto(xs, v, params);
  spec.derivativeInto(xs, d, params);
  spec.valueAndDerivativeInto(xs, v2, d2, params);
  spec.secondDerivativeInto(xs, s2, params);
  expectRule(v, xs, spec, 'value', params, label);
  expectRule(d, xs, spec, 'derivative', params, label);
  expectRule(v2, xs, spec, 'value', params, `${label} fused`);
  expectRule(d2, xs, spec, 'derivative', params, `${label} fused`);
  expectRule(s2, xs, spec, 'secondDerivative', params, label);
}

describe('core/activations checked passes (branch-free kernels on finite inputs)', () => {
  const random = Array.from(benchInputs(20000, 20261122));
  for (const spec of listActivations()) {
    for (const params of paramSets(spec)) {
      const finite = [...FINITE, ...spec.kinkPoints(params), ...random];
      it(`${spec.name} ${JSON.stringify(params)}: finite inputs, Float64Array and Float32Array, equal the scalar rules bit for bit`, () => {
        checkAll(spec, Float64Array.from(finite), params, 'Float64Array');
        checkAll(spec, Float32Array.from(finite), params, 'Float32Array');
      });

      it(`${spec.name} ${JSON.stringify(params)}: extreme magnitudes, and one NaN or infinity after many finite inputs`, () => {
        checkAll(spec, Float64Array.from([...FINITE, ...EXTREME]), params, 'extremes');
        for (const bad of [NaN, Infinity, -Infinity]) checkAll(spec, Float64Array.from([...random.slice(0, 2000), bad]), params, `finite then ${bad}`);
      });

      it(`${spec.name} ${JSON.stringify(params)}: outputs in the input's buffer (other views) get the scalar rules' numbers`, () => {
        const buffer = new Float64Array(3 * finite.length);
        const m = finite.length;
        const xs = buffer.subarray(0, m);
        xs.set(finite);
        const a = buffer.subarray(m, 2 * m);
        const b = buffer.subarray(2 * m);
        spec.valueAndDerivativeInto(xs, a, b, params);
        expectRule(a, xs, spec, 'value', params, 'shared buffer fused');
        expectRule(b, xs, spec, 'derivative', params, 'shared buffer fused');
        spec.derivativeInto(xs, a, params);
        expectRule(a, xs, spec, 'derivative', params, 'shared buffer');
      });
    }
  }
});
