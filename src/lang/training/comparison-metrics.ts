/**
 * The numbers of a training comparison, one row per run: final losses and accuracies, the share of
 * dead hidden units, steps until the train loss first reached the target level, seconds. The same
 * definitions as the comparison payload (src/kernel/training-payload.ts): the default target is the
 * highest final train loss of the runs, a level every run reached.
 */
import type { TrainingRun } from '../../core/training/train';
import type { TrainingComparisonValue } from './training-values';

export interface ComparisonMetrics {
  label: string;
  trainLoss: number;
  testLoss: number;
  trainAccuracy: number;
  testAccuracy: number;
  dead: number;
  stepsToTarget: number;
  targetLoss: number;
  seconds: number;
  stopped: string;
}

function deadShare(run: TrainingRun): number {
  const last = run.epochs[run.epochs.length - 1];
  if (!last) return NaN;
  let dead = 0;
  let units = 0;
  run.network.layers.forEach((layer, l) => {
    const v = last.layers[l]?.dead;
    if (layer.kind === 'output' || v === undefined || !Number.isFinite(v)) return;
    dead += v * layer.units;
    units += layer.units;
  });
  return units > 0 ? dead / units : NaN;
}

export function comparisonTarget(c: TrainingComparisonValue): number {
  if (c.targetLoss !== undefined) return c.targetLoss;
  const finals = c.entries.map((e) => e.run.run.epochs[e.run.run.epochs.length - 1]?.trainLoss).filter((v): v is number => v !== undefined && Number.isFinite(v));
  return finals.length > 0 ? Math.max(...finals) : NaN;
}

export function comparisonMetrics(c: TrainingComparisonValue): ComparisonMetrics[] {
  const target = comparisonTarget(c);
  return c.entries.map(({ label, run: r }) => {
    const run = r.run;
    const last = run.epochs[run.epochs.length - 1];
    const reached = run.epochs.find((e) => e.trainLoss <= target);
    const acc = (x: number | undefined, fallback: number) => (x !== undefined && Number.isFinite(x) ? x : fallback);
    return {
      label,
      trainLoss: last?.trainLoss ?? NaN,
      testLoss: last?.testLoss ?? NaN,
      trainAccuracy: acc(last?.trainAccuracy, r.finalAccuracy.train),
      testAccuracy: acc(last?.testAccuracy, r.finalAccuracy.test),
      dead: deadShare(run),
      stepsToTarget: reached ? reached.steps : NaN,
      targetLoss: target,
      seconds: run.elapsedMs / 1000,
      stopped: run.stopped,
    };
  });
}
