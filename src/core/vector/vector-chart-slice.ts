/**
 * A vector activation as a function of one variable, for charts: f(x) = act(v(x))[i] with v(x) the
 * record's `chart.input` (entries 'x' or fixed numbers, zero-padded to a length the activation takes)
 * and i its `chart.output`. The derivative is exact: the directional derivative of output i along
 * dv/dx, i.e. row i of the Jacobian (a VJP with the unit vector e_i) dotted with the 0/1 direction.
 * Its valueInto/derivativeInto have the element-wise kernels' shape, so every chart can draw it.
 */
import type { NumericArray } from '../activations/activation-spec';
import type { ActivationParams } from '../activations/params';
import type { VectorActivationSpec } from './vector-activation-spec';

export interface VectorChartFunction {
  /** The activation's name. */
  readonly name: string;
  /** What is drawn, from the record: "softmax([x, 0])[0] = sigmoid(x): the two-class case". */
  readonly caption: string;
  /** The input vector for x, as the language writes it with the variable: "[x, 0, 0]". */
  inputText(params?: ActivationParams): string;
  valueInto(xs: NumericArray, out: NumericArray, params?: ActivationParams): void;
  derivativeInto(xs: NumericArray, out: NumericArray, params?: ActivationParams): void;
}

/** Longest input tried when padding the slice to a length the activation accepts. */
const MAX_PADDED_LENGTH = 4096;

function acceptsLength(spec: VectorActivationSpec, n: number, params: ActivationParams): boolean {
  try {
    spec.outputLength(n, params);
    return true;
  } catch {
    return false;
  }
}

/** The slice's entries, zero-padded to the shortest length the activation takes with these parameters. */
function paddedInput(spec: VectorActivationSpec, params: ActivationParams): Array<'x' | number> {
  const base = spec.doc.chart.input;
  for (let n = Math.max(1, base.length); n <= MAX_PADDED_LENGTH; n++) {
    if (acceptsLength(spec, n, params)) return [...base, ...new Array<number>(n - base.length).fill(0)];
  }
  throw new Error(`${spec.name}: no input length up to ${MAX_PADDED_LENGTH} fits the chart's slice`);
}

export function vectorChartFunction(spec: VectorActivationSpec): VectorChartFunction {
  const { output, caption } = spec.doc.chart;
  const layout = (params: ActivationParams | undefined): { entries: Array<'x' | number>; v: Float64Array; p: ActivationParams } => {
    const p = params ?? spec.defaults;
    const entries = paddedInput(spec, p);
    if (output >= spec.outputLength(entries.length, p)) throw new Error(`${spec.name}: the chart's output entry ${output} is past the output`);
    return { entries, v: new Float64Array(entries.length), p };
  };
  const fill = (entries: ReadonlyArray<'x' | number>, v: Float64Array, x: number): void => {
    for (let j = 0; j < entries.length; j++) {
      const e = entries[j];
      v[j] = e === 'x' ? x : e;
    }
  };
  return {
    name: spec.name,
    caption,
    inputText(params) {
      return `[${layout(params).entries.join(', ')}]`;
    },
    valueInto(xs, out, params) {
      const { entries, v, p } = layout(params);
      const y = new Float64Array(spec.outputLength(v.length, p));
      for (let i = 0; i < xs.length; i++) {
        fill(entries, v, xs[i]);
        spec.valueInto(v, y, p);
        out[i] = y[output];
      }
    },
    derivativeInto(xs, out, params) {
      const { entries, v, p } = layout(params);
      const gy = new Float64Array(spec.outputLength(v.length, p));
      gy[output] = 1;
      const row = new Float64Array(v.length);
      for (let i = 0; i < xs.length; i++) {
        fill(entries, v, xs[i]);
        spec.vjpInto(v, gy, row, p);
        let d = 0;
        for (let j = 0; j < entries.length; j++) if (entries[j] === 'x') d += row[j];
        out[i] = d;
      }
    },
  };
}
