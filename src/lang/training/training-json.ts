/**
 * The application/json form of the training values (beside their text): a few numbers a tool can
 * read without parsing the summary (activation-lab eval --json). Non-finite numbers as strings.
 */
import { comparisonMetrics } from './comparison-metrics';
import type { RunValue, TrainingValue } from './training-values';

type Json = number | string | boolean | null | Json[] | { [key: string]: Json };

function n(x: number): number | string {
  if (Number.isFinite(x)) return x;
  return Number.isNaN(x) ? 'NaN' : x > 0 ? 'Infinity' : '-Infinity';
}

export function trainingJson(v: TrainingValue): Json {
  switch (v.kind) {
    case 'dataset': {
      const d = v.dataset;
      return { kind: 'dataset', label: v.label, task: d.task, classes: d.classes, n: d.n, nTrain: d.nTrain, nTest: d.nTest, features: [...d.featureNames] };
    }
    case 'network':
      return { kind: 'network', sizes: [...v.network.config.sizes], hidden: [...v.hiddenLabels], output: v.network.head, parameters: v.network.parameters.length };
    case 'run':
      return runJson(v);
    case 'training-panel':
      return { kind: 'training-panel', part: v.part, run: runJson(v.source) };
    case 'training-comparison':
      return {
        kind: 'training-comparison',
        runs: comparisonMetrics(v).map((m) => ({ label: m.label, stopped: m.stopped, finalLoss: n(m.trainLoss), finalTestLoss: n(m.testLoss), accuracy: n(m.trainAccuracy), testAccuracy: n(m.testAccuracy), dead: n(m.dead), stepsToTarget: n(m.stepsToTarget), seconds: n(m.seconds) })),
        targetLoss: n(comparisonMetrics(v)[0]?.targetLoss ?? NaN),
      };
    case 'script':
      return { kind: 'script', language: v.language, lines: v.text.split('\n').length };
  }
}

function runJson(v: RunValue): Json {
  const r = v.run;
  const last = r.epochs[r.epochs.length - 1];
  return {
    kind: 'run',
    stopped: r.stopped,
    message: r.message,
    loss: v.loss,
    epochs: r.epochsDone,
    steps: r.steps,
    seconds: n(r.elapsedMs / 1000),
    final: last ? { epoch: last.epoch, trainLoss: n(last.trainLoss), testLoss: n(last.testLoss), trainAccuracy: n(Number.isFinite(last.trainAccuracy) ? last.trainAccuracy : v.finalAccuracy.train), testAccuracy: n(Number.isFinite(last.testAccuracy) ? last.testAccuracy : v.finalAccuracy.test) } : null,
  };
}
