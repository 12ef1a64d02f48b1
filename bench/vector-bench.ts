/**
 * The vector part of `npm run bench`: each vector activation over N inputs cut into rows of 1,000
 * (Float64), the registry's valueInto per row against a hand-written max-shifted loop per row; and
 * softmax's vector-Jacobian product against the textbook s ⊙ (gy - s·gy). Target ratio >= 0.90.
 */
import { getVectorActivation, listVectorActivations } from '../src/core/vector/registry';
import { softmaxVjp, VECTOR_BASELINES, VECTOR_TEXTBOOK } from './baselines/vector-baselines';
import type { BenchRow } from './report';
import { interleavedTimes, median, mega, pairedRatio } from './timing';
import { VALUE_TARGET } from './elementwise-bench';

export const ROW_LENGTH = 1000;

/** Views of `data` as consecutive rows of `width` entries. */
function rowsOf(data: Float64Array, width: number): Float64Array[] {
  const rows: Float64Array[] = [];
  for (let start = 0; start + width <= data.length; start += width) rows.push(data.subarray(start, start + width));
  return rows;
}

/** A table row from the per-round times of the registry and (if any) the baseline: the median paired ratio. */
function row(activation: string, op: string, n: number, tRegistry: number[], tBaseline: number[] | undefined): BenchRow {
  const ratio = tBaseline === undefined ? NaN : pairedRatio(tBaseline, tRegistry);
  return {
    activation,
    op,
    dtype: 'f64',
    registry: mega(n, median(tRegistry)),
    baseline: tBaseline === undefined ? NaN : mega(n, median(tBaseline)),
    against: tBaseline === undefined ? '-' : 'plain loop',
    ratio,
    target: `>= ${VALUE_TARGET.toFixed(2)}`,
    verdict: tBaseline === undefined ? 'no baseline' : ratio >= VALUE_TARGET ? 'PASS' : 'MISS',
  };
}

export function benchVector(x64: Float64Array, rounds: number, only?: ReadonlySet<string>): BenchRow[] {
  const n = x64.length - (x64.length % ROW_LENGTH);
  const inputs = rowsOf(x64.subarray(0, n), ROW_LENGTH);
  const rows: BenchRow[] = [];
  for (const spec of listVectorActivations()) {
    if (only && !only.has(spec.name)) continue;
    const params = spec.name === 'maxout' ? { ...spec.defaults, k: 2 } : spec.defaults;
    const width = spec.outputLength(ROW_LENGTH, params);
    const outA = rowsOf(new Float64Array(width * inputs.length), width);
    const outB = rowsOf(new Float64Array(width * inputs.length), width);
    const registry = () => {
      for (let r = 0; r < inputs.length; r++) spec.valueInto(inputs[r], outA[r], params);
    };
    const base = VECTOR_BASELINES.get(spec.name);
    const baseline = base
      ? () => {
          for (let r = 0; r < inputs.length; r++) base(inputs[r], outB[r]);
        }
      : undefined;
    const passes = baseline ? [registry, baseline] : [registry];
    const text = VECTOR_TEXTBOOK.get(spec.name);
    if (baseline && text) {
      passes.push(() => {
        for (let r = 0; r < inputs.length; r++) text(inputs[r], outB[r]);
      });
    }
    for (let w = 0; w < 3; w++) for (const p of passes) p();
    const t = interleavedTimes(passes, rounds);
    const r = row(spec.name + (spec.name === 'maxout' ? ' (k=2)' : ''), `value /${ROW_LENGTH}`, n, t[0], baseline ? t[1] : undefined);
    if (passes.length === 3) r.textbookRatio = pairedRatio(t[2], t[0]);
    rows.push(r);
  }

  if (!only || only.has('softmax')) {
    const softmax = getVectorActivation('softmax')!;
    const gy = rowsOf(Float64Array.from(x64.subarray(0, n), (v) => 0.5 * v), ROW_LENGTH);
    const gxA = rowsOf(new Float64Array(n), ROW_LENGTH);
    const gxB = rowsOf(new Float64Array(n), ROW_LENGTH);
    const registry = () => {
      for (let r = 0; r < inputs.length; r++) softmax.vjpInto(inputs[r], gy[r], gxA[r]);
    };
    const baseline = () => {
      for (let r = 0; r < inputs.length; r++) softmaxVjp(inputs[r], gy[r], gxB[r]);
    };
    for (let w = 0; w < 3; w++) {
      registry();
      baseline();
    }
    const t = interleavedTimes([registry, baseline], rounds);
    rows.push(row('softmax', `vjp /${ROW_LENGTH}`, n, t[0], t[1]));
  }
  return rows;
}
