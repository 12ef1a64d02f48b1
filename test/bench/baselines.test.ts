/**
 * The bench compares equal work: every hand-written baseline in bench/baselines computes the same
 * numbers as the registry kernel it is timed against. (Nothing is timed here.)
 */
import * as assert from 'assert';
import type { ActivationSpec } from '../../src/core/activations/activation-spec';
import type { ActivationParams } from '../../src/core/activations/params';
import { getActivation, listActivations } from '../../src/core/activations/registry';
import { getVectorActivation, listVectorActivations } from '../../src/core/vector/registry';
import type { ElementwiseBaseline } from '../../bench/baselines/baseline-types';
import { ELEMENTWISE_BASELINES, findBaseline } from '../../bench/baselines/elementwise-baselines';
import { EXACT_VECTOR_BASELINES, softmaxVjp, VECTOR_BASELINES } from '../../bench/baselines/vector-baselines';
import { elementwiseVariants } from '../../bench/elementwise-bench';
import { benchInputs } from '../../bench/seeded-random';
import { decodeNumber, readFixture } from '../core/numeric-helpers';

/** Same number: 1e-12 relative, with a 1e-14 absolute floor (cancellation near 0 in textbook formulas). */
function sameNumbers(got: ArrayLike<number>, expected: ArrayLike<number>, xs: ArrayLike<number>, what: string): void {
  const bad: string[] = [];
  for (let i = 0; i < expected.length && bad.length < 5; i++) {
    const ok = Math.abs(got[i] - expected[i]) <= 1e-14 + 1e-12 * Math.abs(expected[i]);
    if (!ok) bad.push(`x = ${xs[i]}: baseline ${got[i]}, registry ${expected[i]}`);
  }
  assert.deepStrictEqual(bad, [], what);
}

/** Bit for bit: Object.is on every entry (NaN equals NaN, -0 differs from 0). */
function identicalNumbers(got: ArrayLike<number>, expected: ArrayLike<number>, xs: ArrayLike<number>, what: string): void {
  const bad: string[] = [];
  for (let i = 0; i < expected.length && bad.length < 5; i++) {
    if (!Object.is(got[i], expected[i])) bad.push(`x = ${Object.is(xs[i], -0) ? '-0' : xs[i]}: baseline ${Object.is(got[i], -0) ? '-0' : got[i]}, registry ${Object.is(expected[i], -0) ? '-0' : expected[i]}`);
  }
  assert.deepStrictEqual(bad, [], what);
}

/** Special inputs: NaN, ±Infinity, ±0, huge, subnormal, and the kinks and piece boundaries of the catalogue. */
const SPECIAL_INPUTS = [
  NaN, Infinity, -Infinity, 0, -0, 1e300, -1e300, 1e150, -1e150, 1e-310, -1e-310, Number.MIN_VALUE, -Number.MIN_VALUE,
  Number.MAX_VALUE, -Number.MAX_VALUE, 1, -1, 0.5, -0.5, 3, -3, 6, -6, 20, -20, 40, -40, 710, -710, 800, -800,
  0.01, -0.01, 1e-8, -1e-8,
];

type Encoded = number | string;
interface TorchCase {
  name: string;
  params: Record<string, number | string | boolean>;
  x: Encoded[];
  y: Encoded[];
  dy: Encoded[];
  y_exact: Array<Encoded | null>;
  dy_exact: Array<Encoded | null>;
}

/** Agrees with torch or the exact value: 1e-12 relative with a 1e-14 absolute floor. */
function fixtureAgrees(got: number, torch: Encoded, exact: Encoded | null): boolean {
  const near = (b: number) => Math.abs(got - b) <= 1e-14 + 1e-12 * Math.abs(b);
  return near(decodeNumber(torch)) || (exact !== null && near(decodeNumber(exact)));
}

function isRandom(spec: ActivationSpec, params: ActivationParams): boolean {
  const f = (spec as { isRandom?: (p?: ActivationParams) => boolean }).isRandom;
  return typeof f === 'function' ? f.call(spec, params) : false;
}

describe('bench/baselines compute what the registry computes', () => {
  const x64 = benchInputs(20000, 7);
  const x32 = Float32Array.from(x64);

  it('the inputs are the bench\'s: |x| in [0, 6] with both signs', () => {
    assert.ok(x64.every((x) => Math.abs(x) <= 6));
    const negatives = x64.filter((x) => x < 0).length;
    assert.ok(negatives > 9000 && negatives < 11000, `${negatives} negatives of 20000`);
  });

  it('every registry activation has a baseline (unless random at its defaults)', () => {
    const missing = listActivations()
      .filter((s) => !isRandom(s, s.defaults) && findBaseline([s.name, ...s.aliases]) === undefined)
      .map((s) => s.name);
    assert.deepStrictEqual(missing, []);
  });

  it('every baseline is for an activation of the PyTorch fixture or the registry (no baseline for a made-up name)', () => {
    const names = new Set(readFixture<{ cases: Array<{ name: string }> }>('torch-reference.json').cases.map((c) => c.name));
    for (const name of ELEMENTWISE_BASELINES.keys()) assert.ok(names.has(name) || getActivation(name) !== undefined, name);
  });

  // Independent of the registry: each baseline against PyTorch (or the exact value) at the fixture's
  // inputs in the bench's range, so a baseline is right even before its activation is registered.
  const fixture = readFixture<{ cases: TorchCase[] }>('torch-reference.json');
  for (const c of fixture.cases) {
    const baseline = ELEMENTWISE_BASELINES.get(c.name);
    if (!baseline) continue;
    it(`${c.name} ${JSON.stringify(c.params)}: the baseline agrees with PyTorch's fixture on [-6, 6]`, () => {
      const picked = c.x.map((x, i) => [decodeNumber(x), i] as const).filter(([x]) => Math.abs(x) <= 6);
      const xs = Float64Array.from(picked.map(([x]) => x));
      const y = new Float64Array(xs.length);
      const dy = new Float64Array(xs.length);
      baseline.value(xs, y, c.params);
      baseline.derivative(xs, dy, c.params);
      const bad: string[] = [];
      picked.forEach(([x, i], k) => {
        if (!fixtureAgrees(y[k], c.y[i], c.y_exact[i])) bad.push(`value at ${x}: ${y[k]}, torch ${c.y[i]}`);
        if (!fixtureAgrees(dy[k], c.dy[i], c.dy_exact[i])) bad.push(`derivative at ${x}: ${dy[k]}, torch ${c.dy[i]}`);
      });
      assert.ok(xs.length >= 20, `only ${xs.length} inputs`);
      assert.deepStrictEqual(bad, []);
    });
  }

  // Same formula, same semantics: bit for bit, on the bench inputs and on the special inputs.
  const special64 = Float64Array.from(SPECIAL_INPUTS);
  const special32 = Float32Array.from(SPECIAL_INPUTS);
  for (const v of elementwiseVariants()) {
    const baseline: ElementwiseBaseline | undefined = findBaseline([v.spec.name, ...v.spec.aliases]);
    if (!baseline?.exact || isRandom(v.spec, v.params)) continue;
    it(`${v.label}: the same-formula baseline equals the registry bit for bit (Object.is), bench and special inputs`, () => {
      for (const xs of [x64, x32, special64, special32]) {
        for (const out of [new Float64Array(xs.length), new Float32Array(xs.length)]) {
          const expected = out.slice();
          v.spec.valueInto(xs, expected, v.params);
          baseline.value(xs, out, v.params);
          identicalNumbers(out, expected, xs, `${v.label} value (${xs.constructor.name} into ${out.constructor.name})`);
          v.spec.derivativeInto(xs, expected, v.params);
          baseline.derivative(xs, out, v.params);
          identicalNumbers(out, expected, xs, `${v.label} derivative (${xs.constructor.name} into ${out.constructor.name})`);
        }
      }
    });
  }

  it('every element-wise baseline is a same-formula one (so the bit-for-bit test above covers it)', () => {
    const notExact = [...ELEMENTWISE_BASELINES].filter(([, b]) => !b.exact).map(([name]) => name);
    assert.deepStrictEqual(notExact, []);
    for (const name of ['squareplus', 'silu', 'swish', 'identity', 'heaviside', 'sigmoid', 'elu', 'gelu', 'relu']) {
      assert.ok(ELEMENTWISE_BASELINES.get(name)!.textbook, `${name} keeps no textbook loop for the informational column`);
    }
  });

  it('the bit-for-bit check can fail: the textbook loops differ from the registry', () => {
    for (const name of ['squareplus', 'silu', 'identity', 'heaviside', 'sigmoid', 'tanh', 'relu', 'elu']) {
      const spec = getActivation(name)!;
      const textbook = ELEMENTWISE_BASELINES.get(name)!.textbook!;
      const xs = Float64Array.from([...SPECIAL_INPUTS, ...x64.subarray(0, 2000)]);
      const expected = new Float64Array(xs.length);
      const got = new Float64Array(xs.length);
      spec.derivativeInto(xs, expected, spec.defaults);
      textbook.derivative(xs, got, spec.defaults);
      assert.throws(() => identicalNumbers(got, expected, xs, name), assert.AssertionError, name);
    }
  });

  // The textbook loops (informational column) are still the activation's formula: PyTorch's numbers on [-6, 6].
  for (const c of fixture.cases) {
    const textbook = ELEMENTWISE_BASELINES.get(c.name)?.textbook;
    if (!textbook) continue;
    it(`${c.name} ${JSON.stringify(c.params)}: the textbook loop agrees with PyTorch's fixture on [-6, 6]`, () => {
      const picked = c.x.map((x, i) => [decodeNumber(x), i] as const).filter(([x]) => Math.abs(x) <= 6);
      const xs = Float64Array.from(picked.map(([x]) => x));
      const y = new Float64Array(xs.length);
      const dy = new Float64Array(xs.length);
      textbook.value(xs, y, c.params);
      textbook.derivative(xs, dy, c.params);
      const bad: string[] = [];
      picked.forEach(([x, i], k) => {
        if (!fixtureAgrees(y[k], c.y[i], c.y_exact[i])) bad.push(`value at ${x}: ${y[k]}, torch ${c.y[i]}`);
        if (!fixtureAgrees(dy[k], c.dy[i], c.dy_exact[i])) bad.push(`derivative at ${x}: ${dy[k]}, torch ${c.dy[i]}`);
      });
      assert.ok(xs.length >= 20, `only ${xs.length} inputs`);
      assert.deepStrictEqual(bad, []);
    });
  }

  it('the element-wise check can fail: a baseline with another parameter computes other numbers', () => {
    const spec = getActivation('leaky_relu')!;
    const expected = new Float64Array(x64.length);
    const got = new Float64Array(x64.length);
    spec.valueInto(x64, expected, spec.defaults);
    ELEMENTWISE_BASELINES.get('leaky_relu')!.value(x64, got, { ...spec.defaults, negative_slope: 0.01 * (1 + 2 ** -40) });
    assert.throws(() => identicalNumbers(got, expected, x64, 'leaky_relu'));
  });

  for (const spec of listVectorActivations()) {
    it(`${spec.name}: the vector baseline agrees on rows of 1,000`, () => {
      const base = VECTOR_BASELINES.get(spec.name);
      assert.ok(base, `no baseline for ${spec.name}`);
      const params = spec.name === 'maxout' ? { ...spec.defaults, k: 2 } : spec.defaults;
      for (let r = 0; r < 5; r++) {
        const row = x64.subarray(r * 1000, (r + 1) * 1000);
        const expected = spec.value(row, params);
        const got = new Float64Array(expected.length);
        base(row, got);
        if (EXACT_VECTOR_BASELINES.has(spec.name)) identicalNumbers(got, expected, row, spec.name);
        else sameNumbers(got, expected, row, spec.name);
      }
    });
  }

  for (const name of EXACT_VECTOR_BASELINES) {
    it(`${name}: the same-formula vector baseline equals the registry bit for bit on special inputs`, () => {
      const spec = getVectorActivation(name)!;
      const params = name === 'maxout' ? { ...spec.defaults, k: 2 } : spec.defaults;
      // Every pair of special inputs, in both orders (a as the gated half or the group's first entry).
      const pairs: number[] = [];
      for (const a of SPECIAL_INPUTS) for (const b of SPECIAL_INPUTS) pairs.push(a, b);
      const half = pairs.length / 2;
      const row = name === 'glu' ? Float64Array.from([...pairs.filter((_, i) => i % 2 === 0), ...pairs.filter((_, i) => i % 2 === 1)]) : Float64Array.from(pairs);
      const expected = spec.value(row, params);
      const got = new Float64Array(expected.length);
      VECTOR_BASELINES.get(name)!(row, got);
      assert.strictEqual(expected.length, half);
      identicalNumbers(got, expected, row, name);
    });
  }

  it('softmax vjp: the baseline agrees with the registry', () => {
    const softmax = getVectorActivation('softmax')!;
    const row = x64.subarray(0, 1000);
    const gy = x64.subarray(1000, 2000);
    const got = new Float64Array(1000);
    softmaxVjp(row, gy, got);
    sameNumbers(got, softmax.vjp(row, gy), row, 'softmax vjp');
  });
});
