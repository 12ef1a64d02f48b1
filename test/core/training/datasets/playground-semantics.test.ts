import * as assert from 'assert';
import { SeededRng } from '../../../../src/core/random/seeded-rng';
import { circle, gauss, spiral, xor } from '../../../../src/core/training/datasets/playground-classify';
import { multiGauss, plane } from '../../../../src/core/training/datasets/playground-regress';
import { makeDataset } from '../../../../src/core/training/datasets/make-dataset';
import { column, mean, row, std } from './helpers';

/**
 * The expectations are written from TensorFlow Playground's description (see
 * ../shared/notes/training-facts.md and its src/dataset.ts), replaying the documented draws from
 * our SeededRng: not values read back from the implementation.
 */
const radius = (p: number[]) => Math.sqrt(p[0] * p[0] + p[1] * p[1]);

describe('core/training/datasets: TensorFlow Playground semantics', () => {
  describe('circle', () => {
    it('noise 0: the first half lies inside radius 2.5 labelled +1, the second on the ring 3.5–5 labelled −1', () => {
      const raw = circle(400, 0, new SeededRng(5));
      for (let i = 0; i < 400; i++) {
        const r = radius(row(raw.inputs, 2, i));
        if (i < 200) assert.ok(r < 2.5 && raw.targets[i] === 1, `point ${i}: r ${r}`);
        else assert.ok(r >= 3.5 - 1e-12 && r <= 5 + 1e-12 && raw.targets[i] === -1, `point ${i}: r ${r}`);
      }
    });

    for (const noise of [0.1, 0.3, 0.5, 1]) {
      it(`noise ${noise}: the label is the rule on the noisy coordinates (U(−5, 5)·noise), the point does not move`, () => {
        const raw = circle(300, noise, new SeededRng(9));
        const replay = new SeededRng(9);
        let flipped = 0;
        for (let i = 0; i < 300; i++) {
          const r = i < 150 ? replay.nextUniform(0, 2.5) : replay.nextUniform(3.5, 5);
          const a = replay.nextUniform(0, 2 * Math.PI);
          const p = [r * Math.sin(a), r * Math.cos(a)];
          const q = [p[0] + replay.nextUniform(-5, 5) * noise, p[1] + replay.nextUniform(-5, 5) * noise];
          assert.deepStrictEqual(row(raw.inputs, 2, i), p);
          const expected = radius(q) < 2.5 ? 1 : -1;
          assert.strictEqual(raw.targets[i], expected, `point ${i}`);
          if (expected !== (i < 150 ? 1 : -1)) flipped++;
        }
        assert.ok(flipped > 0, 'some labels are flipped by the noise');
        const clean = circle(300, 0, new SeededRng(9));
        assert.deepStrictEqual(Array.from(raw.inputs), Array.from(clean.inputs), 'the points are those of noise 0');
      });
    }
  });

  describe('xor', () => {
    it('noise 0: points 0.3 away from the axes (|x|, |y| in (0.3, 5.3)), label = sign of x·y', () => {
      const raw = xor(1000, 0, new SeededRng(1));
      for (let i = 0; i < 1000; i++) {
        const [x, y] = row(raw.inputs, 2, i);
        assert.ok(Math.abs(x) > 0.3 - 1e-12 && Math.abs(x) < 5.3 && Math.abs(y) > 0.3 - 1e-12 && Math.abs(y) < 5.3);
        assert.strictEqual(raw.targets[i], x * y >= 0 ? 1 : -1);
      }
      const quadrants = new Set(Array.from({ length: 1000 }, (_, i) => `${Math.sign(raw.inputs[2 * i])}${Math.sign(raw.inputs[2 * i + 1])}`));
      assert.strictEqual(quadrants.size, 4);
    });

    it('noise 0.5: the label uses the padded point plus U(−5, 5)·noise; the point is the noise-0 point', () => {
      const noise = 0.5;
      const raw = xor(500, noise, new SeededRng(2));
      const replay = new SeededRng(2);
      let disagree = 0;
      for (let i = 0; i < 500; i++) {
        let x = replay.nextUniform(-5, 5);
        x += x > 0 ? 0.3 : -0.3;
        let y = replay.nextUniform(-5, 5);
        y += y > 0 ? 0.3 : -0.3;
        const nx = replay.nextUniform(-5, 5) * noise;
        const ny = replay.nextUniform(-5, 5) * noise;
        assert.deepStrictEqual(row(raw.inputs, 2, i), [x, y]);
        assert.strictEqual(raw.targets[i], (x + nx) * (y + ny) >= 0 ? 1 : -1);
        if (raw.targets[i] !== (x * y >= 0 ? 1 : -1)) disagree++;
      }
      assert.ok(disagree > 0 && disagree < 250, `${disagree} labels disagree with the clean rule`);
    });
  });

  describe('gauss', () => {
    for (const [noise, variance] of [[0, 0.5], [0.25, 2.25], [0.5, 4]]) {
      it(`noise ${noise}: centres (2, 2) → +1 and (−2, −2) → −1 with variance ${variance}`, () => {
        const n = 40000;
        const raw = gauss(n, noise, new SeededRng(4));
        for (const [from, centre, label] of [[0, 2, 1], [n / 2, -2, -1]]) {
          const part = raw.inputs.subarray(2 * from, 2 * (from + n / 2));
          assert.ok(raw.targets.subarray(from, from + n / 2).every((t) => t === label));
          for (const j of [0, 1]) {
            const xs = column(part, 2, j);
            assert.ok(Math.abs(mean(xs) - centre) < 0.05, `mean ${mean(xs)}`);
            assert.ok(Math.abs(std(xs) / Math.sqrt(variance) - 1) < 0.03, `std ${std(xs)} vs ${Math.sqrt(variance)}`);
          }
        }
      });
    }
  });

  describe('spiral', () => {
    it('noise 0: r = 5·i/(n/2), t = 1.75·2π·i/(n/2) (+ π for the −1 arm), point (r sin t, r cos t)', () => {
      const n = 500;
      const raw = spiral(n, 0, new SeededRng(0));
      for (let k = 0; k < n; k++) {
        const i = k % (n / 2);
        const r = (5 * i) / (n / 2);
        const t = 1.75 * 2 * Math.PI * (i / (n / 2)) + (k < n / 2 ? 0 : Math.PI);
        const [x, y] = row(raw.inputs, 2, k);
        assert.ok(Math.abs(x - r * Math.sin(t)) < 1e-12 && Math.abs(y - r * Math.cos(t)) < 1e-12, `point ${k}`);
        assert.strictEqual(raw.targets[k], k < n / 2 ? 1 : -1);
        assert.ok(Math.abs(radius([x, y]) - r) < 1e-12);
      }
      // The −1 arm is the +1 arm turned by π: point i of one is minus point i of the other.
      for (let i = 1; i < n / 2; i++) {
        assert.ok(Math.abs(raw.inputs[2 * i] + raw.inputs[2 * (i + n / 2)]) < 1e-12);
      }
    });

    it('noise 0.4: noise moves the point by at most 0.4 per coordinate and leaves the labels', () => {
      const clean = spiral(500, 0, new SeededRng(6));
      const noisy = spiral(500, 0.4, new SeededRng(6));
      let moved = 0;
      for (let i = 0; i < 1000; i++) {
        const delta = Math.abs(noisy.inputs[i] - clean.inputs[i]);
        assert.ok(delta <= 0.4 + 1e-12);
        if (delta > 0.1) moved++;
      }
      assert.ok(moved > 500, 'most coordinates moved');
      assert.deepStrictEqual(Array.from(noisy.targets), Array.from(clean.targets));
    });
  });

  describe('plane and multi-gauss', () => {
    it('plane, noise 0: target (x + y) / 10 exactly; with noise the point stays and the target moves by ≤ 1.2·noise', () => {
      const clean = plane(500, 0, new SeededRng(8));
      for (let i = 0; i < 500; i++) assert.strictEqual(clean.targets[i], (clean.inputs[2 * i] + clean.inputs[2 * i + 1]) / 10);
      const noisy = plane(500, 0.5, new SeededRng(8));
      assert.deepStrictEqual(Array.from(noisy.inputs), Array.from(clean.inputs));
      let changed = 0;
      for (let i = 0; i < 500; i++) {
        const delta = Math.abs(noisy.targets[i] - clean.targets[i]);
        assert.ok(delta <= 1.2 * 0.5 + 1e-12);
        if (delta > 1e-3) changed++;
      }
      assert.ok(changed > 400);
    });

    const bumps = [[-4, 2.5, 1], [0, 2.5, -1], [4, 2.5, 1], [-4, -2.5, -1], [0, -2.5, 1], [4, -2.5, -1]];
    const reference = (x: number, y: number) => {
      let best = 0;
      for (const [cx, cy, s] of bumps) {
        const d = Math.sqrt((x - cx) ** 2 + (y - cy) ** 2);
        const v = s * (d >= 2 ? 0 : 1 - d / 2);
        if (Math.abs(v) > Math.abs(best)) best = v;
      }
      return best;
    };

    it('multi-gauss, noise 0: the strongest of six signed bumps 1 − dist/2 (clamped to [0, 1])', () => {
      const raw = multiGauss(2000, 0, new SeededRng(3));
      let positive = 0;
      let negative = 0;
      for (let i = 0; i < 2000; i++) {
        const [x, y] = row(raw.inputs, 2, i);
        assert.ok(Math.abs(raw.targets[i] - reference(x, y)) < 1e-15, `point ${i}`);
        if (raw.targets[i] > 0) positive++;
        if (raw.targets[i] < 0) negative++;
      }
      assert.ok(positive > 300 && negative > 300);
    });

    it('multi-gauss at the bump centres and far away', () => {
      const raw = multiGauss(1, 0, new SeededRng(0));
      assert.strictEqual(raw.n, 1);
      for (const [cx, cy, s] of bumps) assert.strictEqual(reference(cx, cy), s);
    });
  });

  it('makeDataset keeps the generator semantics: row i of the dataset is raw row order[i]', () => {
    const ds = makeDataset('circle', { n: 200, noise: 0.3, seed: 21 });
    const raw = circle(200, 0.3, new SeededRng(21));
    for (let i = 0; i < ds.n; i++) {
      assert.deepStrictEqual(row(ds.inputs, 2, i), row(raw.inputs, 2, ds.order[i]));
      assert.strictEqual(ds.targets[i], raw.targets[ds.order[i]]);
    }
  });
});
