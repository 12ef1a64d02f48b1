import * as assert from 'assert';
import { getActivation, listActivations } from '../../../src/core/activations/registry';
import { DETERMINISTIC } from './deterministic-params';

function spec(name: string) {
  const s = getActivation(name);
  if (!s) throw new Error(`no activation ${name}`);
  return s;
}

/** +-10^k for k = -300 .. 300 in steps of 10, and 0. */
const WIDE: number[] = [0];
for (let k = -300; k <= 300; k += 10) WIDE.push(10 ** k, -(10 ** k));

const SELU_SCALE_ALPHA = 1.0507009873554804934193349852946 * 1.6732632423543772848170429916717;

/** [activation, params, x, order, expected]: independent closed forms or limits at the extremes. */
const TABLE: Array<[string, Record<string, number>, number, 0 | 1 | 2, number]> = [
  ['softplus', {}, 1000, 0, 1000],
  ['softplus', {}, -1000, 0, 0],
  ['softplus', {}, -700, 0, Math.exp(-700)],
  ['softplus', {}, -700, 1, Math.exp(-700)],
  ['softplus', { beta: 2, threshold: 10 }, -300, 0, Math.exp(-600) / 2],
  ['logsigmoid', {}, -1000, 0, -1000],
  ['logsigmoid', {}, 700, 0, -Math.exp(-700)],
  ['logsigmoid', {}, 1000, 1, 0],
  ['logsigmoid', {}, -1000, 1, 1],
  ['sigmoid', {}, 100, 1, Math.exp(-100)],
  ['sigmoid', {}, -1e-6, 2, 0.25 * 0.5e-6], // -sigma' tanh(x/2) ~ 0.25 * 5e-7
  ['selu', {}, -1000, 0, -SELU_SCALE_ALPHA],
  ['selu', {}, 1000, 0, 1000 * 1.0507009873554804934193349852946],
  ['selu', {}, -1e-300, 0, -SELU_SCALE_ALPHA * 1e-300],
  ['elu', {}, -1e-12, 0, -1e-12 + 0.5e-24],
  ['celu', { alpha: 2 }, -1000, 0, -2],
  ['mish', {}, 1000, 0, 1000],
  ['mish', {}, 1000, 1, 1],
  ['mish', {}, 1000, 2, 0],
  ['mish', {}, -1000, 0, 0],
  ['mish', {}, -40, 0, -40 * Math.exp(-40) * (2 + Math.exp(-40)) / (2 + Math.exp(-40) * (2 + Math.exp(-40)))],
  ['gelu', {}, -30, 0, -30 * 0.5 * 9.813427854297528e-198], // erfc(30 / sqrt 2) from Python's math.erfc
  ['gelu', {}, 1000, 1, 1],
  ['silu', {}, -1000, 0, -0],
  ['silu', {}, -700, 0, -700 * Math.exp(-700)],
  ['silu', {}, 1000, 1, 1],
  ['swish', { beta: 1.5 }, 1000, 0, 1000],
  ['tanh', {}, 300, 1, 4 * Math.exp(-600)],
  ['tanhshrink', {}, 1e-6, 0, 1e-18 / 3],
  ['tanhshrink', {}, -1e-100, 0, -1e-300 / 3],
  ['tanhshrink', {}, 1000, 0, 999],
  ['squareplus', {}, -1e6, 0, 1e-6],
  ['squareplus', {}, 1e200, 0, 1e200],
  ['softsign', {}, 1e300, 0, 1],
  ['exponential', {}, -1000, 0, 0],
];

const close = (a: number, b: number) => Object.is(a, b) || a === b || Math.abs(a - b) <= Math.max(1e-300, 1e-12 * Math.abs(b));

describe('core/activations at the extremes', () => {
  for (const [name, params, x, order, expected] of TABLE) {
    it(`${name}${"'".repeat(order)}(${x}) ${JSON.stringify(params)} = ${expected}`, () => {
      const s = spec(name);
      const got = order === 0 ? s.value(x, params) : order === 1 ? s.derivative(x, params) : s.secondDerivative(x, params);
      assert.ok(close(got, expected), `got ${got}, expected ${expected}`);
    });
  }

  for (const s of listActivations()) {
    it(`${s.name}: no spurious NaN from 1e-300 to 1e300 in size, and the limits at ±Infinity`, () => {
      const params = DETERMINISTIC[s.name] ?? s.defaults;
      for (const x of [...WIDE, Infinity, -Infinity]) {
        for (const [label, f] of [['value', s.value], ['derivative', s.derivative], ['second derivative', s.secondDerivative]] as const) {
          const y = f(x, params);
          assert.ok(!Number.isNaN(y), `${label} at ${x} is NaN`);
        }
      }
    });
  }
});
