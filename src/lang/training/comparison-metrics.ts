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

/** Share of dead hidden units (weighted by units) in the last record; null with no hidden layer. */
export function deadShare(run: TrainingRun): number | null {
  const last = run.epochs[run.epochs.length - 1];
  if (!last) return null;
  let dead = 0;
  let units = 0;
  run.network.layers.forEach((layer, l) => {
    const v = last.layers[l]?.dead;
    if (layer.kind === 'output' || v === undefined || !Number.isFinite(v)) return;
    dead += v * layer.units;
    units += layer.units;
  });
  return units > 0 ? dead / units : null;
}

/** Steps taken until the full-set train loss of an epoch record was first ≤ target; null if never. */
export function stepsToLoss(run: TrainingRun, target: number): number | null {
  for (const r of run.epochs) if (r.trainLoss <= target) return r.steps;
  return null;
}

/** The highest final train loss among the runs that have one (a level every run reached); null if none. */
export function highestFinalTrainLoss(runs: readonly TrainingRun[]): number | null {
  const finals = runs.map((run) => run.epochs[run.epochs.length - 1]?.trainLoss).filter((v): v is number => v !== undefined && Number.isFinite(v));
  return finals.length > 0 ? Math.max(...finals) : null;
}

export function comparisonTarget(c: TrainingComparisonValue): number {
  if (c.targetLoss !== undefined) return c.targetLoss;
  return highestFinalTrainLoss(c.entries.map((e) => e.run.run)) ?? NaN;
}

export function comparisonMetrics(c: TrainingComparisonValue): ComparisonMetrics[] {
  const target = comparisonTarget(c);
  return c.entries.map(({ label, run: r }) => {
    const run = r.run;
    const last = run.epochs[run.epochs.length - 1];
    const acc = (x: number | undefined, fallback: number) => (x !== undefined && Number.isFinite(x) ? x : fallback);
    return {
      label,
      trainLoss: last?.trainLoss ?? NaN,
      testLoss: last?.testLoss ?? NaN,
      trainAccuracy: acc(last?.trainAccuracy, r.finalAccuracy.train),
      testAccuracy: acc(last?.testAccuracy, r.finalAccuracy.test),
      dead: deadShare(run) ?? NaN,
      stepsToTarget: stepsToLoss(run, target) ?? NaN,
      targetLoss: target,
      seconds: run.elapsedMs / 1000,
      stopped: run.stopped,
    };
  });
}
