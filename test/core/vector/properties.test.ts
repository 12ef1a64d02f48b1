/**
 * Every property a vector activation's record claims is checked on the function itself: the claimed
 * one holds on seeded random vectors, and where a stronger or different claim was not made, a random
 * vector shows it fails. Ranges are read from the record's `range` text and compared with `properties`.
 */
import * as assert from 'assert';
import { listVectorActivations } from '../../../src/core/vector/registry';
import type { VectorActivationSpec } from '../../../src/core/vector/vector-activation-spec';
import { randomVector, seededRandom } from './vector-test-helpers';

const N = 6; // even (glu) and a multiple of maxout's default k = 2
const TRIALS = 200;

function close(a: ArrayLike<number>, b: ArrayLike<number>, tol = 1e-9): boolean {
  if (a.length !== b.length) return false;
  for (let i = 0; i < a.length; i++) if (!(Math.abs(a[i] - b[i]) <= tol * Math.max(1, Math.abs(b[i])))) return false;
  return true;
}

/** True when `holds` is true on every trial. */
function always(seed: number, holds: (rand: () => number) => boolean): boolean {
  const rand = seededRandom(seed);
  for (let t = 0; t < TRIALS; t++) if (!holds(rand)) return false;
  return true;
}

function shuffled(rand: () => number, n: number): number[] {
  const p = Array.from({ length: n }, (_, i) => i);
  for (let i = n - 1; i > 0; i--) {
    const j = Math.floor(rand() * (i + 1));
    [p[i], p[j]] = [p[j], p[i]];
  }
  return p;
}

const permute = (xs: Float64Array, p: readonly number[]): Float64Array => Float64Array.from(p, (j) => xs[j]);

const shiftHolds = (spec: VectorActivationSpec, kind: 'invariant' | 'equivariant') => (rand: () => number): boolean => {
  const xs = randomVector(rand, N, 5);
  const c = (2 * rand() - 1) * 10;
  const shifted = spec.value(xs.map((x) => x + c));
  const y = spec.value(xs);
  return close(shifted, kind === 'invariant' ? y : y.map((v) => v + c));
};

const permutationHolds = (spec: VectorActivationSpec, kind: string) => (rand: () => number): boolean => {
  const xs = randomVector(rand, N, 5);
  const y = spec.value(xs);
  if (kind === 'equivariant') {
    const p = shuffled(rand, N);
    return y.length === N && close(spec.value(permute(xs, p)), permute(y, p));
  }
  if (kind === 'invariant') return close(spec.value(permute(xs, shuffled(rand, N))), y);
  if (kind === 'invariant within groups') {
    const k = N / y.length;
    const p: number[] = [];
    for (let g = 0; g < y.length; g++) p.push(...shuffled(rand, k).map((j) => g * k + j));
    return close(spec.value(permute(xs, p)), y);
  }
  // equivariant on pairs: the same permutation of both halves permutes the outputs.
  const h = N / 2;
  const q = shuffled(rand, h);
  return y.length === h && close(spec.value(permute(xs, [...q, ...q.map((j) => j + h)])), permute(y, q));
};

/** Each output entry at the midpoint against the average of the ends: 'convex' (≤), 'concave' (≥). */
const curvatureHolds = (spec: VectorActivationSpec, kind: 'convex' | 'concave') => (rand: () => number): boolean => {
  const a = randomVector(rand, N, 4);
  const b = randomVector(rand, N, 4);
  const mid = spec.value(a.map((x, i) => (x + b[i]) / 2));
  const ya = spec.value(a);
  const yb = spec.value(b);
  for (let i = 0; i < mid.length; i++) {
    const chord = (ya[i] + yb[i]) / 2;
    if (kind === 'convex' ? mid[i] > chord + 1e-12 : mid[i] < chord - 1e-12) return false;
  }
  return true;
};

const homogeneityHolds = (spec: VectorActivationSpec) => (rand: () => number): boolean => {
  const xs = randomVector(rand, N, 3);
  const c = 0.1 + 5 * rand();
  return close(spec.value(xs.map((x) => c * x)), spec.value(xs).map((v) => c * v));
};

/** The finite ends of the documented range, e.g. "(-∞, 0]" gives [undefined, 0]. */
function rangeEnds(range: string): [number | undefined, number | undefined] {
  const m = /^[[(]\s*([^,]+),\s*([^\])]+)[\])]$/.exec(range);
  assert.ok(m, `range text ${range}`);
  const end = (t: string): number | undefined => (/∞/.test(t) ? undefined : Number(t));
  return [end(m[1]), end(m[2])];
}

describe('core/vector properties: what each record claims holds, and what it does not claim fails', () => {
  for (const spec of listVectorActivations()) {
    const p = spec.doc.properties;
    describe(spec.name, () => {
      it(`normalisation: ${p.normalisation}`, () => {
        const sums = always(1, (rand) => {
          const y = spec.value(randomVector(rand, N, 8));
          if (p.normalisation === 'probabilities') return y.every((v) => v >= 0 && v <= 1) && Math.abs(y.reduce((s, v) => s + v, 0) - 1) < 1e-12;
          if (p.normalisation === 'log-probabilities') return Math.abs(y.reduce((s, v) => s + Math.exp(v), 0) - 1) < 1e-12;
          return Math.abs(y.reduce((s, v) => s + v, 0) - 1) > 1e-6 && Math.abs(y.reduce((s, v) => s + Math.exp(v), 0) - 1) > 1e-6;
        });
        assert.ok(sums, `${spec.name} is not '${p.normalisation}' on some vector`);
      });

      it(`shift: ${p.shift}`, () => {
        if (p.shift !== 'none') assert.ok(always(2, shiftHolds(spec, p.shift)), `not shift-${p.shift}`);
        for (const other of ['invariant', 'equivariant'] as const) {
          if (other !== p.shift) assert.ok(!always(3, shiftHolds(spec, other)), `shift-${other} holds, but the record says ${p.shift}`);
        }
      });

      it(`permutation: ${p.permutation}`, () => {
        assert.ok(always(4, permutationHolds(spec, p.permutation)), `not permutation-${p.permutation}`);
        // A weaker claim than the truth would also pass above: the stronger ones not claimed must fail.
        const stronger: Record<string, string[]> = {
          equivariant: ['invariant'],
          'invariant within groups': ['invariant', 'equivariant'],
          'equivariant on pairs': ['invariant', 'equivariant'],
          invariant: [],
        };
        for (const other of stronger[p.permutation]) assert.ok(!always(5, permutationHolds(spec, other)), `${other} holds as well`);
      });

      it(`curvature: ${p.curvature}`, () => {
        for (const kind of ['convex', 'concave'] as const) {
          const holds = always(6, curvatureHolds(spec, kind));
          assert.strictEqual(holds, p.curvature === kind, `${kind}: ${holds}, the record says ${p.curvature}`);
        }
      });

      it(`positively homogeneous: ${p.positivelyHomogeneous}`, () => {
        assert.strictEqual(always(7, homogeneityHolds(spec)), p.positivelyHomogeneous);
      });

      it(`bounds agree with the range ${spec.doc.range} and hold on large inputs`, () => {
        const [lo, hi] = rangeEnds(spec.doc.range);
        assert.strictEqual(p.boundedBelow, lo !== undefined, 'boundedBelow vs range');
        assert.strictEqual(p.boundedAbove, hi !== undefined, 'boundedAbove vs range');
        let min = Infinity;
        let max = -Infinity;
        const rand = seededRandom(8);
        for (let t = 0; t < TRIALS; t++) {
          // Mixed signs, all large negative, all large positive.
          const sign = t % 3 === 0 ? 0 : t % 3 === 1 ? -1 : 1;
          const xs = randomVector(rand, N, 1e4).map((x) => (sign === 0 ? x : sign * (1e3 + Math.abs(x))));
          for (const v of spec.value(xs)) {
            min = Math.min(min, v);
            max = Math.max(max, v);
          }
        }
        if (lo !== undefined) assert.ok(min >= lo, `below ${lo}: ${min}`);
        else assert.ok(min < -1e3, `never far below 0 (min ${min}), but documented unbounded below`);
        if (hi !== undefined) assert.ok(max <= hi, `above ${hi}: ${max}`);
        else assert.ok(max > 1e3, `never far above 0 (max ${max}), but documented unbounded above`);
      });

      it(`smoothness: ${p.smoothness}`, () => {
        // Across a tie x_0 = x_1 (the other entries fixed) the Jacobian of a C0 function jumps; of a smooth one it does not.
        const rand = seededRandom(9);
        let biggestJump = 0;
        for (let t = 0; t < 50; t++) {
          const xs = randomVector(rand, N, 2);
          xs[0] = Math.max(...xs) + rand(); // make the tie a group's maximum, where maxout switches
          xs[1] = xs[0];
          const left = Float64Array.from(xs);
          const right = Float64Array.from(xs);
          left[0] -= 1e-7;
          right[0] += 1e-7;
          const jl = spec.jacobian(left);
          const jr = spec.jacobian(right);
          for (let i = 0; i < jl.length; i++) for (let j = 0; j < N; j++) biggestJump = Math.max(biggestJump, Math.abs(jl[i][j] - jr[i][j]));
        }
        if (p.smoothness === 'C0') assert.ok(biggestJump > 0.5, `no jump in the Jacobian (${biggestJump}) but documented C0`);
        else assert.ok(biggestJump < 1e-5, `the Jacobian jumps by ${biggestJump} but documented ${p.smoothness}`);
      });
    });
  }
});
