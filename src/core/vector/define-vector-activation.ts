/**
 * Builds a VectorActivationSpec from its kernels: adds the shape checks every entry point shares and
 * the allocating forms (`value`, `vjp`), so each activation file holds only its mathematics.
 */
import type { ActivationParams, ParamSpec } from '../activations/params';
import { defaultParams } from '../activations/params';
import type { VectorActivationDoc } from './vector-activation-doc';
import type { VectorActivationSpec, VectorArray } from './vector-activation-spec';
import { VectorActivationError } from './vector-error';

export interface VectorKernels {
  name: string;
  aliases?: readonly string[];
  doc: VectorActivationDoc;
  params: readonly ParamSpec[];
  /** Output length for input length n, or a sentence fragment saying why n is not allowed. */
  outputLength(n: number, params: ActivationParams): number | { problem: string };
  /** out has room for the output; params are complete. */
  valueInto(xs: VectorArray, out: VectorArray, params: ActivationParams): void;
  /** gy has exactly the output length, gx room for xs.length entries. */
  vjpInto(xs: VectorArray, gy: VectorArray, gx: VectorArray, params: ActivationParams): void;
  jacobian(xs: VectorArray, params: ActivationParams): Float64Array[];
}

export function defineVectorActivation(k: VectorKernels): VectorActivationSpec {
  const defaults = defaultParams(k.params);
  const name = k.name;

  function lengthFor(n: number, params: ActivationParams): number {
    const m = k.outputLength(n, params);
    if (typeof m === 'number') return m;
    throw new VectorActivationError(name, `${name}: ${m.problem}`);
  }

  function checkArray(what: string, a: unknown): void {
    if (!(a instanceof Float64Array) && !(a instanceof Float32Array)) {
      throw new VectorActivationError(name, `${name}: ${what} must be a Float64Array or Float32Array`);
    }
  }

  function valueInto(xs: VectorArray, out: VectorArray, params?: ActivationParams): void {
    const p = params ?? defaults;
    checkArray('the input', xs);
    checkArray('the output', out);
    const m = lengthFor(xs.length, p);
    if (out.length < m) throw new VectorActivationError(name, `${name}: the output has room for ${out.length} entries, ${m} needed`);
    k.valueInto(xs, out, p);
  }

  function vjpInto(xs: VectorArray, gy: VectorArray, gx: VectorArray, params?: ActivationParams): void {
    const p = params ?? defaults;
    checkArray('the input', xs);
    checkArray('the output gradient', gy);
    checkArray('the input gradient', gx);
    const m = lengthFor(xs.length, p);
    if (gy.length !== m) {
      throw new VectorActivationError(name, `${name}: the output gradient has ${gy.length} entries, but the output of a length-${xs.length} input has ${m}`);
    }
    if (gx.length < xs.length) throw new VectorActivationError(name, `${name}: the input gradient has room for ${gx.length} entries, ${xs.length} needed`);
    k.vjpInto(xs, gy, gx, p);
  }

  return {
    kind: 'vector',
    name,
    aliases: k.aliases ?? [],
    doc: k.doc,
    params: k.params,
    defaults,
    outputLength: (n, params) => lengthFor(n, params ?? defaults),
    value(xs, params) {
      const p = params ?? defaults;
      checkArray('the input', xs);
      const out = new Float64Array(lengthFor(xs.length, p));
      k.valueInto(xs, out, p);
      return out;
    },
    valueInto,
    vjp(xs, gy, params) {
      const gx = new Float64Array(xs.length);
      vjpInto(xs, gy, gx, params);
      return gx;
    },
    vjpInto,
    jacobian(xs, params) {
      const p = params ?? defaults;
      checkArray('the input', xs);
      lengthFor(xs.length, p);
      return k.jacobian(xs, p);
    },
  };
}

/** rows × cols zeros, as rows. */
export function zeroRows(rows: number, cols: number): Float64Array[] {
  const out: Float64Array[] = [];
  for (let i = 0; i < rows; i++) out.push(new Float64Array(cols));
  return out;
}

