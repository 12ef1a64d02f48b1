import * as assert from 'assert';
import type { Smoothness } from '../../../src/core/activations/activation-doc';
import type { ActivationSpec } from '../../../src/core/activations/activation-spec';
import { nextDown, nextUp } from '../../../src/core/activations/kink';
import { listActivations } from '../../../src/core/activations/registry';
import { DETERMINISTIC } from './deterministic-params';

/** A dense grid on [-50, 50], powers of ten out to 1e8 on both sides, and the doubles next to every kink. */
function samples(spec: ActivationSpec): number[] {
  const xs: number[] = [];
  for (let x = -50; x <= 50; x += 1 / 64) xs.push(x);
  for (let k = 0; k <= 8; k++) xs.push(10 ** k, -(10 ** k));
  for (const k of spec.kinkPoints()) xs.push(nextDown(k), k, nextUp(k));
  return xs.sort((a, b) => a - b);
}

/** Smoothness from the kinks: a jump of the value, the slope or the curvature there (none declared: smooth). */
function computedSmoothness(spec: ActivationSpec, f: (order: 0 | 1 | 2, x: number) => number): Smoothness {
  let result: Smoothness = 'C∞';
  const rank: Smoothness[] = ['C-1', 'C0', 'C1', 'C2', 'C∞'];
  for (const k of spec.kinkPoints()) {
    const jumps = ([0, 1, 2] as const).map((order) => Math.abs(f(order, nextDown(k)) - f(order, nextUp(k))) > 1e-9);
    const here: Smoothness = jumps[0] ? 'C-1' : jumps[1] ? 'C0' : jumps[2] ? 'C1' : 'C∞';
    if (rank.indexOf(here) < rank.indexOf(result)) result = here;
  }
  return result;
}

const FRAMEWORK_PREFIXES = {
  pytorch: /^(torch\.|F\.)/,
  tensorflow: /^(tf\.|keras\.|"[a-z_0-9]+"$)/,
  jax: /^(jax\.|jnp\.|flax\.)/,
};

describe('core/activations documented properties, computed', () => {
  for (const spec of listActivations()) {
    const params = DETERMINISTIC[spec.name] ?? spec.defaults;
    const f = (order: 0 | 1 | 2, x: number) =>
      order === 0 ? spec.value(x, params) : order === 1 ? spec.derivative(x, params) : spec.secondDerivative(x, params);
    const doc = spec.doc;
    const p = doc.properties;

    it(`${spec.name}: value and slope at 0`, () => {
      assert.ok(Math.abs(f(0, 0) - p.valueAtZero) <= 1e-15 * Math.max(1, Math.abs(p.valueAtZero)), `value at 0: ${f(0, 0)}, record ${p.valueAtZero}`);
      assert.ok(Math.abs(f(1, 0) - p.slopeAtZero) <= 1e-15 * Math.max(1, Math.abs(p.slopeAtZero)), `slope at 0: ${f(1, 0)}, record ${p.slopeAtZero}`);
    });

    it(`${spec.name}: monotonic, bounded below/above, zero-centred (odd), smoothness`, () => {
      const xs = samples(spec);
      const ys = xs.map((x) => f(0, x));
      let decreases = false;
      for (let i = 1; i < ys.length; i++) if (ys[i] < ys[i - 1]) decreases = true;
      assert.strictEqual(!decreases, p.monotonic, `monotonic: sampled ${!decreases}, record ${p.monotonic}`);
      const min = Math.min(...ys);
      const max = Math.max(...ys);
      // Out to |x| = 1e8, an unbounded side passes 1e3 in size; a bounded one stays far below.
      assert.strictEqual(min > -1e3, p.boundedBelow, `bounded below: sampled minimum ${min}, record ${p.boundedBelow}`);
      assert.strictEqual(max < 1e3, p.boundedAbove, `bounded above: sampled maximum ${max}, record ${p.boundedAbove}`);
      const odd = xs.every((x) => Math.abs(f(0, -x) + f(0, x)) <= 1e-14 * Math.max(1, Math.abs(f(0, x))));
      assert.strictEqual(odd, p.zeroCentred, `zero-centred (odd): sampled ${odd}, record ${p.zeroCentred}`);
      // A random activation's kinks move with the draw (noisy_relu): its smoothness is not read from fixed kinks.
      if (!spec.isRandom()) assert.strictEqual(computedSmoothness(spec, f), p.smoothness, 'smoothness from the jumps at the kinks');
    });

    if (p.selfGated) {
      it(`${spec.name}: self-gated, f(x) = x g(x) with the gate g in [0, 1] tending to 0 and 1`, () => {
        for (const x of samples(spec)) {
          if (x === 0 || !Number.isFinite(x)) continue;
          const g = f(0, x) / x;
          assert.ok(g >= -1e-15 && g <= 1 + 1e-15, `gate ${g} at ${x}`);
        }
        assert.ok(f(0, -50) / -50 < 1e-6 && Math.abs(f(0, 50) / 50 - 1) < 1e-6);
      });
    }

    it(`${spec.name}: the record names the frameworks' spellings and the kink convention`, () => {
      for (const [framework, prefix] of Object.entries(FRAMEWORK_PREFIXES) as Array<[keyof typeof FRAMEWORK_PREFIXES, RegExp]>) {
        const entry = doc.frameworks[framework];
        assert.ok(Array.isArray(entry.names), `${framework} names`);
        for (const name of entry.names) assert.match(name, prefix, `${framework} name ${name}`);
        if (entry.names.length === 0) assert.ok(entry.note && entry.note.length > 10, `${framework}: no built-in, so the note must say how to write it`);
        assert.strictEqual(new Set(entry.names).size, entry.names.length, `${framework}: duplicate names`);
      }
      assert.ok(doc.kinkConvention.length > 0);
      if (spec.kinks.length === 0 && !spec.isRandom()) assert.match(doc.kinkConvention, /^none|smooth/i);
      assert.ok(['C-1', 'C0', 'C1', 'C2', 'C∞'].includes(p.smoothness));
    });
  }

  it('every PyTorch activation lists its torch.nn.functional name', () => {
    const pytorch = ['relu', 'relu6', 'leaky_relu', 'prelu', 'rrelu', 'elu', 'selu', 'celu', 'gelu', 'silu', 'mish', 'softplus', 'softsign', 'tanh', 'sigmoid',
      'hardsigmoid', 'hardswish', 'hardtanh', 'hardshrink', 'softshrink', 'tanhshrink', 'logsigmoid', 'threshold'];
    for (const s of listActivations().filter((a) => pytorch.includes(a.name))) {
      assert.ok(s.doc.frameworks.pytorch.names.includes(`torch.nn.functional.${s.name}`), `${s.name}: ${s.doc.frameworks.pytorch.names}`);
    }
  });
});
