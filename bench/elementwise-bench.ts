/**
 * The element-wise part of `npm run bench`: for every activation in the registry (at its default
 * parameters, plus GELU's tanh form), over N inputs in Float64 and Float32:
 *   value       registry valueInto               vs the hand-written plain loop   target ratio >= 0.90
 *   derivative  registry derivativeInto          vs the hand-written plain loop   target ratio >= 0.90
 *   value+deriv registry valueAndDerivativeInto  vs valueInto + derivativeInto    target ratio >  1.00
 * (ratio = compared time / registry time, per round, and the median of those paired ratios over the
 * rounds; for value+deriv, two-pass time / fused time).
 */
import type { ActivationSpec, NumericArray } from '../src/core/activations/activation-spec';
import type { ActivationParams } from '../src/core/activations/params';
import { listActivations } from '../src/core/activations/registry';
import type { ElementwiseBaseline } from './baselines/baseline-types';
import { findBaseline } from './baselines/elementwise-baselines';
import type { BenchRow } from './report';
import { interleavedTimes, median, mega, pairedRatio, type Pass } from './timing';

export const VALUE_TARGET = 0.9;
export const FUSED_TARGET = 1.0;

export interface ElementwiseVariant {
  label: string;
  spec: ActivationSpec;
  params: ActivationParams;
}

/** Every registry activation at its defaults, and GELU's tanh approximation as a second row. */
export function elementwiseVariants(only?: ReadonlySet<string>): ElementwiseVariant[] {
  const out: ElementwiseVariant[] = [];
  for (const spec of listActivations()) {
    if (only && !only.has(spec.name)) continue;
    out.push({ label: spec.name, spec, params: spec.defaults });
    if (spec.params.some((p) => p.name === 'approximate')) {
      out.push({ label: `${spec.name} (tanh)`, spec, params: { ...spec.defaults, approximate: 'tanh' } });
    }
  }
  return out;
}

type Fused = (xs: NumericArray, v: NumericArray, d: NumericArray, p?: ActivationParams) => void;

/** The fused kernel, if this registry's spec has one (the catalogue grows it in issue 3). */
function fusedKernel(spec: ActivationSpec): Fused | undefined {
  const f = (spec as { valueAndDerivativeInto?: Fused }).valueAndDerivativeInto;
  return typeof f === 'function' ? f.bind(spec) : undefined;
}

function isRandom(spec: ActivationSpec, params: ActivationParams): boolean {
  const f = (spec as { isRandom?: (p?: ActivationParams) => boolean }).isRandom;
  return typeof f === 'function' ? f.call(spec, params) : false;
}

/**
 * The largest disagreement of two outputs over the first `count` entries, relative with an absolute
 * floor; for a same-formula baseline (`exact`) any difference at all (Object.is) counts as Infinity.
 */
function mismatch(a: NumericArray, b: NumericArray, count: number, exact = false): number {
  let worst = 0;
  for (let i = 0; i < count; i++) {
    if (exact && !Object.is(a[i], b[i])) return Infinity;
    const d = Math.abs(a[i] - b[i]) / (1e-12 + 1e-10 * Math.abs(b[i]));
    if (!(d <= worst)) worst = Number.isNaN(d) ? Infinity : d;
  }
  return worst;
}

interface Buffers {
  xs: NumericArray;
  a: NumericArray;
  b: NumericArray;
}

function buffers(x64: Float64Array, dtype: 'f64' | 'f32'): Buffers {
  const n = x64.length;
  if (dtype === 'f64') return { xs: x64, a: new Float64Array(n), b: new Float64Array(n) };
  return { xs: Float32Array.from(x64), a: new Float32Array(n), b: new Float32Array(n) };
}

export function benchElementwise(v: ElementwiseVariant, x64: Float64Array, rounds: number): BenchRow[] {
  const { spec, params } = v;
  const n = x64.length;
  const baseline: ElementwiseBaseline | undefined = isRandom(spec, params) ? undefined : findBaseline([spec.name, ...spec.aliases]);
  const fused = fusedKernel(spec);
  const dtypes: Array<'f64' | 'f32'> = ['f64', 'f32'];
  const bufs = dtypes.map((d) => buffers(x64, d));

  const passesFor = ({ xs, a, b }: Buffers) => ({
    value: () => spec.valueInto(xs, a, params),
    baseValue: baseline ? () => baseline.value(xs, b, params) : undefined,
    derivative: () => spec.derivativeInto(xs, a, params),
    baseDerivative: baseline ? () => baseline.derivative(xs, b, params) : undefined,
    fused: fused ? () => fused(xs, a, b, params) : undefined,
    textValue: baseline?.textbook ? () => baseline.textbook!.value(xs, b, params) : undefined,
    textDerivative: baseline?.textbook ? () => baseline.textbook!.derivative(xs, b, params) : undefined,
  });
  const passes = bufs.map(passesFor);

  // Does the baseline compute the same numbers (first 10,000 inputs)? Else its timing means nothing.
  let differs = '';
  if (baseline) {
    const m = Math.min(n, 10000);
    const xs = x64.subarray(0, m);
    const a = new Float64Array(m);
    const b = new Float64Array(m);
    spec.valueInto(xs, a, params);
    baseline.value(xs, b, params);
    if (mismatch(a, b, m, baseline.exact) > 1) differs = 'value';
    spec.derivativeInto(xs, a, params);
    baseline.derivative(xs, b, params);
    if (mismatch(a, b, m, baseline.exact) > 1) differs += (differs ? ', ' : '') + 'derivative';
  }

  // Warm-up: every kernel sees both array types (a few passes each, alternating) before anything is
  // timed, so registry and baseline reach the same settled (polymorphic) optimisation state.
  for (let w = 0; w < 3; w++) for (const p of passes) for (const f of Object.values(p)) f?.();

  const rows: BenchRow[] = [];
  dtypes.forEach((dtype, k) => {
    const p = passes[k];
    const list: Pass[] = [p.value, p.derivative];
    if (p.baseValue && p.baseDerivative) list.push(p.baseValue, p.baseDerivative);
    if (p.fused) list.push(p.fused);
    const textbookAt = list.length;
    if (p.textValue && p.textDerivative) list.push(p.textValue, p.textDerivative);
    const t = interleavedTimes(list, rounds);
    const tValue = t[0];
    const tDerivative = t[1];
    const tFused = p.fused ? t[textbookAt - 1] : undefined;
    const tText = p.textValue ? [t[textbookAt], t[textbookAt + 1]] : undefined;

    for (const [op, tReg, tBase, tTextbook] of [
      ['value', tValue, p.baseValue ? t[2] : undefined, tText?.[0]],
      ['derivative', tDerivative, p.baseValue ? t[3] : undefined, tText?.[1]],
    ] as Array<[string, number[], number[] | undefined, number[] | undefined]>) {
      const row: BenchRow = {
        activation: v.label,
        op,
        dtype,
        registry: mega(n, median(tReg)),
        baseline: tBase ? mega(n, median(tBase)) : NaN,
        against: baseline ? 'plain loop' : '-',
        ratio: tBase ? pairedRatio(tBase, tReg) : NaN,
        target: `>= ${VALUE_TARGET.toFixed(2)}`,
        verdict: 'no baseline',
        textbookRatio: tTextbook ? pairedRatio(tTextbook, tReg) : undefined,
      };
      if (baseline && differs.includes(op)) {
        row.verdict = 'DIFFERS';
        row.note = 'the baseline computes other numbers';
      } else if (baseline) row.verdict = row.ratio >= VALUE_TARGET ? 'PASS' : 'MISS';
      else if (isRandom(spec, params)) row.note = 'random at these parameters';
      rows.push(row);
    }

    const tTwoPasses = tValue.map((tv, r) => tv + tDerivative[r]);
    const ratio = tFused ? pairedRatio(tTwoPasses, tFused) : 1;
    rows.push({
      activation: v.label,
      op: 'value+deriv',
      dtype,
      registry: mega(n, median(tFused ?? tTwoPasses)),
      baseline: mega(n, median(tTwoPasses)),
      against: '2 passes',
      ratio,
      target: `> ${FUSED_TARGET.toFixed(2)}`,
      verdict: tFused && ratio > FUSED_TARGET ? 'PASS' : 'MISS',
      note: tFused ? undefined : 'no fused valueAndDerivativeInto: two passes',
    });
  });
  return rows;
}
