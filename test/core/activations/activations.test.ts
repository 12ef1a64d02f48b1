import * as assert from 'assert';
import type { ActivationParams } from '../../../src/core/activations/params';
import { getActivation, listActivations } from '../../../src/core/activations/registry';
import { centralDifference } from '../numeric-helpers';

function spec(name: string) {
  const s = getActivation(name);
  if (!s) throw new Error(`no activation ${name}`);
  return s;
}

/** Closed forms written independently of src/, valid on the given range of x. */
interface ClosedForm {
  name: string;
  activation: string;
  params?: ActivationParams;
  range: [number, number];
  value: (x: number) => number;
  derivative: (x: number) => number;
}

const naiveSigmoid = (x: number) => 1 / (1 + Math.exp(-x));
/** (1 - e^-2x) / (1 + e^-2x) through expm1, so it keeps its accuracy near 0 (x >= 0; odd extension). */
const naiveTanh = (x: number): number => {
  const m = Math.expm1(-2 * Math.abs(x));
  return Math.sign(x) * (-m / (2 + m));
};

const CLOSED_FORMS: ClosedForm[] = [
  { name: 'srelu a=1', activation: 'srelu', range: [-50, 50], value: (x) => (x > -1 ? x : -1), derivative: (x) => (x > -1 ? 1 : 0) },
  {
    name: 'srelu a=2.5',
    activation: 'srelu',
    params: { a: 2.5 },
    range: [-50, 50],
    value: (x) => (x > -2.5 ? x : -2.5),
    derivative: (x) => (x > -2.5 ? 1 : 0),
  },
  { name: 'heaviside', activation: 'heaviside', range: [-50, 50], value: (x) => (x > 0 ? 1 : 0), derivative: () => 0 },
  { name: 'heaviside values=0.5', activation: 'heaviside', params: { values: 0.5 }, range: [-5, 5], value: (x) => (x > 0 ? 1 : x < 0 ? 0 : 0.5), derivative: () => 0 },
  { name: 'identity', activation: 'identity', range: [-50, 50], value: (x) => x, derivative: () => 1 },
  { name: 'relu', activation: 'relu', range: [-50, 50], value: (x) => (x > 0 ? x : 0), derivative: (x) => (x > 0 ? 1 : 0) },
  {
    name: 'leaky_relu default slope',
    activation: 'leaky_relu',
    range: [-50, 50],
    value: (x) => (x >= 0 ? x : 0.01 * x),
    derivative: (x) => (x > 0 ? 1 : 0.01),
  },
  {
    name: 'leaky_relu slope 0.2',
    activation: 'leaky_relu',
    params: { negative_slope: 0.2 },
    range: [-50, 50],
    value: (x) => (x >= 0 ? x : 0.2 * x),
    derivative: (x) => (x > 0 ? 1 : 0.2),
  },
  {
    name: 'sigmoid',
    activation: 'sigmoid',
    range: [-30, 30],
    value: naiveSigmoid,
    derivative: (x) => naiveSigmoid(x) * (1 - naiveSigmoid(x)),
  },
  {
    name: 'tanh',
    activation: 'tanh',
    range: [-5, 5],
    value: naiveTanh,
    derivative: (x) => 1 - naiveTanh(x) ** 2,
  },
];

function grid(a: number, b: number, n: number): number[] {
  return Array.from({ length: n + 1 }, (_, i) => a + ((b - a) * i) / n);
}

function close(got: number, expected: number, rel: number, abs: number): boolean {
  if (Object.is(got, expected) || got === expected) return true;
  return Math.abs(got - expected) <= Math.max(abs, rel * Math.abs(expected));
}

describe('core/activations', () => {
  describe('values and derivatives against closed forms', () => {
    for (const c of CLOSED_FORMS) {
      it(c.name, () => {
        const s = spec(c.activation);
        const params = c.params ?? s.defaults;
        for (const x of [...grid(c.range[0], c.range[1], 997), 0, 1, -1]) {
          assert.ok(close(s.value(x, params), c.value(x), 4e-15, 1e-300), `${c.name}(${x}) = ${s.value(x, params)}, expected ${c.value(x)}`);
          assert.ok(
            close(s.derivative(x, params), c.derivative(x), 2e-13, 1e-15),
            `${c.name}'(${x}) = ${s.derivative(x, params)}, expected ${c.derivative(x)}`,
          );
        }
      });
    }
  });

  describe('derivatives against central finite differences, away from the kinks', () => {
    for (const s of listActivations()) {
      if (s.isRandom()) continue;
      it(`${s.name}: derivative from the value, second derivative from the derivative`, () => {
        const kinks = s.kinkPoints();
        for (const x of grid(-6, 6, 97)) {
          if (kinks.some((k) => Math.abs(x - k) < 1e-3)) continue;
          const fd1 = centralDifference((t) => s.value(t), x);
          const fd2 = centralDifference((t) => s.derivative(t), x);
          assert.ok(close(s.derivative(x), fd1, 1e-7, 1e-8), `${s.name}'(${x}) = ${s.derivative(x)}, finite difference ${fd1}`);
          assert.ok(close(s.secondDerivative(x), fd2, 1e-6, 1e-8), `${s.name}''(${x}) = ${s.secondDerivative(x)}, finite difference ${fd2}`);
        }
      });
    }
    it('gelu tanh form and swish with beta 1.5 too', () => {
      for (const [name, params] of [['gelu', { approximate: 'tanh' }], ['swish', { beta: 1.5 }], ['softplus', { beta: 3 }], ['celu', { alpha: 2 }]] as const) {
        const s = spec(name);
        for (const x of grid(-6, 6, 96)) {
          if (s.kinkPoints(params).some((k) => Math.abs(x - k) < 1e-3)) continue;
          const fd2 = centralDifference((t) => s.derivative(t, params), x);
          assert.ok(close(s.secondDerivative(x, params), fd2, 1e-6, 1e-8), `${name}''(${x}) = ${s.secondDerivative(x, params)}, fd ${fd2}`);
        }
      }
    });
  });

  describe('conventions at kinks (PyTorch)', () => {
    it("relu'(0) = 0", () => assert.strictEqual(spec('relu').derivative(0), 0));
    it("leaky_relu'(0) = negative_slope", () => {
      assert.strictEqual(spec('leaky_relu').derivative(0), 0.01);
      assert.strictEqual(spec('leaky_relu').derivative(0, { negative_slope: 0.3 }), 0.3);
    });
    it('every kink is declared with a convention', () => {
      assert.deepStrictEqual(spec('relu').kinks.map((k) => k.x), [0]);
      assert.deepStrictEqual(spec('leaky_relu').kinks.map((k) => k.x), [0]);
    });
  });

  describe('extremes', () => {
    // [x, value, derivative]; derivative undefined means "finite and tiny" is not asserted exactly.
    const table: Record<string, Array<[number, number, number]>> = {
      relu: [
        [-1000, 0, 0], [1000, 1000, 1], [1e-6, 1e-6, 1], [-1e-6, 0, 0], [0, 0, 0], [-0, 0, 0],
        [Infinity, Infinity, 1], [-Infinity, 0, 0], [NaN, NaN, NaN], [1.7e308, 1.7e308, 1], [5e-324, 5e-324, 1],
      ],
      leaky_relu: [
        [-1000, -10, 0.01], [1000, 1000, 1], [1e-6, 1e-6, 1], [-1e-6, -1e-8, 0.01], [0, 0, 0.01],
        [Infinity, Infinity, 1], [-Infinity, -Infinity, 0.01], [NaN, NaN, NaN], [-1.7e308, -1.7e306, 0.01], [1.7e308, 1.7e308, 1],
      ],
      sigmoid: [
        [-1000, 0, 0], [1000, 1, 0], [0, 0.5, 0.25], [1e-6, 0.50000025, 0.25], [-1e-6, 0.49999975, 0.25],
        [Infinity, 1, 0], [-Infinity, 0, 0], [NaN, NaN, NaN], [-700, Math.exp(-700), Math.exp(-700)],
      ],
      tanh: [
        [-1000, -1, 0], [1000, 1, 0], [0, 0, 1], [1e-6, 1e-6, 1], [-1e-6, -1e-6, 1],
        [Infinity, 1, 0], [-Infinity, -1, 0], [NaN, NaN, NaN], [-300, -1, 4 * Math.exp(-600)],
      ],
      gelu: [
        [-1000, 0, 0], [1000, 1000, 1], [0, 0, 0.5], [1e-6, 0.5e-6 + 1e-12 * 0.3989422804014327, 0.5], [Infinity, Infinity, 1],
        [-Infinity, 0, 0], [NaN, NaN, NaN],
      ],
    };
    for (const [name, rows] of Object.entries(table)) {
      for (const [x, value, derivative] of rows) {
        it(`${name}(${x})`, () => {
          const s = spec(name);
          const v = s.value(x);
          const d = s.derivative(x);
          if (Number.isNaN(value)) assert.ok(Number.isNaN(v), `value ${v}`);
          else assert.ok(close(v, value, 1e-12, 0), `value ${v}, expected ${value}`);
          if (Number.isNaN(derivative)) assert.ok(Number.isNaN(d), `derivative ${d}`);
          else assert.ok(close(d, derivative, 1e-5, 0), `derivative ${d}, expected ${derivative}`);
        });
      }
    }
    it('relu(-0) is +0', () => assert.ok(Object.is(spec('relu').value(-0), 0)));
  });
});
