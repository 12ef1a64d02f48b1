import * as assert from 'assert';
import type { ActivationSpec, NumericArray } from '../../../src/core/activations/activation-spec';
import type { ActivationParams } from '../../../src/core/activations/params';
import { listActivations } from '../../../src/core/activations/registry';
import { readFixture } from '../numeric-helpers';

/** Inputs with every kink of the parameter sets below, their neighbours, extremes and non-finite values. */
const BASE = [-1000, -710, -30, -7.5, -3, -2, -1, -0.5, -1e-6, -0, 0, 1e-6, 0.25, 0.5, 1, 2, 3, 3.75, 5, 6, 8, 20, 1000, Infinity, -Infinity, NaN];

/** Extra parameter sets per activation: the fixture's, plus non-default kink conventions. */
function paramSets(spec: ActivationSpec): ActivationParams[] {
  const fixture = readFixture<{ cases: Array<{ name: string; params: ActivationParams }> }>('torch-reference.json');
  const sets: ActivationParams[] = [spec.defaults];
  for (const c of fixture.cases) if (c.name === spec.name) sets.push(c.params);
  if (spec.params.some((p) => p.name === 'kink')) {
    for (const kink of ['left', 'right', 'mean']) sets.push({ ...sets[sets.length - 1], kink });
  }
  return sets;
}

function inputsFor(spec: ActivationSpec, params: ActivationParams): number[] {
  return [...BASE, ...spec.kinkPoints(params)];
}

type Rule = 'value' | 'derivative' | 'secondDerivative';

function expectSame(kernel: NumericArray, xs: NumericArray, spec: ActivationSpec, rule: Rule, params: ActivationParams, label: string): void {
  for (let i = 0; i < xs.length; i++) {
    const expected = kernel instanceof Float32Array ? Math.fround(spec[rule](xs[i], params)) : spec[rule](xs[i], params);
    assert.ok(Object.is(kernel[i], expected), `${label} ${rule} at ${xs[i]}: kernel ${kernel[i]}, scalar ${expected}`);
  }
}

describe('core/activations kernels', () => {
  for (const spec of listActivations()) {
    for (const params of paramSets(spec)) {
      if (spec.isRandom(params)) continue; // random-activations.test.ts
      it(`${spec.name} ${JSON.stringify(params)}: all four kernels equal the scalar rules over Float64Array and Float32Array`, () => {
        for (const Type of [Float64Array, Float32Array]) {
          const xs = Type.from(inputsFor(spec, params));
          const n = xs.length;
          const label = `${Type.name}`;
          const v = new Type(n);
          const d = new Type(n);
          const v2 = new Type(n);
          const d2 = new Type(n);
          const s2 = new Type(n);
          spec.valueInto(xs, v, params);
          spec.derivativeInto(xs, d, params);
          spec.valueAndDerivativeInto(xs, v2, d2, params);
          spec.secondDerivativeInto(xs, s2, params);
          expectSame(v, xs, spec, 'value', params, label);
          expectSame(d, xs, spec, 'derivative', params, label);
          expectSame(v2, xs, spec, 'value', params, `${label} fused`);
          expectSame(d2, xs, spec, 'derivative', params, `${label} fused`);
          expectSame(s2, xs, spec, 'secondDerivative', params, label);
        }
      });

      it(`${spec.name} ${JSON.stringify(params)}: kernels work in place (out === xs)`, () => {
        const inputs = inputsFor(spec, params);
        const fresh = () => Float64Array.from(inputs);
        for (const rule of ['value', 'derivative', 'secondDerivative'] as const) {
          const a = fresh();
          if (rule === 'value') spec.valueInto(a, a, params);
          else if (rule === 'derivative') spec.derivativeInto(a, a, params);
          else spec.secondDerivativeInto(a, a, params);
          expectSame(a, fresh(), spec, rule, params, `in place`);
        }
        const a = fresh();
        const d = new Float64Array(a.length);
        spec.valueAndDerivativeInto(a, a, d, params);
        expectSame(a, fresh(), spec, 'value', params, 'fused in place');
        expectSame(d, fresh(), spec, 'derivative', params, 'fused in place');
      });
    }
  }

  it('a kernel writes only the first xs.length entries of a longer output', () => {
    const relu = listActivations().find((s) => s.name === 'relu')!;
    const out = new Float64Array([7, 7, 7, 7]);
    relu.valueInto(Float64Array.from([-1, 2]), out);
    assert.deepStrictEqual([...out], [0, 2, 7, 7]);
  });
});
