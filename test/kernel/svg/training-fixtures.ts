// Small hand-made training payloads for the SVG fallback tests (no training: fast and exact).
import type { BoundaryGrid, ComparisonPayloadV1, PointSet, TrainingViewPayloadV1, XYSeries } from '../../../src/shared/training-payload';

export const EVIL = `<b>&"x'</b>`;

export function series(label: string, f: (x: number) => number | null, n = 20): XYSeries {
  const x = Array.from({ length: n }, (_, i) => i + 1);
  return { label, x, y: x.map(f) };
}

export function grid(kind: BoundaryGrid['kind'] = 'probability', side = 8): BoundaryGrid {
  const values = Array.from({ length: side * side }, (_, k) => {
    const i = k % side;
    if (kind === 'class') return i < side / 2 ? 0 : 1;
    return kind === 'value' ? i - side / 2 : i / (side - 1);
  });
  return { kind, nx: side, ny: side, xRange: [-2, 2], yRange: [-1, 1], values, classes: kind === 'value' ? 0 : 2, ...(kind === 'value' ? { valueRange: [-side / 2, side / 2] as [number, number] } : {}) };
}

export function points(n: number): PointSet {
  return { x: Array.from({ length: n }, (_, i) => -2 + (4 * i) / n), y: Array.from({ length: n }, (_, i) => Math.sin(i)), label: Array.from({ length: n }, (_, i) => i % 2) };
}

export function view(extra: Partial<TrainingViewPayloadV1> = {}): TrainingViewPayloadV1 {
  return {
    version: 1,
    kind: 'view',
    title: `xor ${EVIL}`,
    progress: { epoch: 20, epochs: 20, steps: 200, trainLoss: 0.1, testLoss: 0.2, trainAccuracy: 0.95, testAccuracy: 0.9, stepsPerSecond: 1000, elapsedMs: 1234, etaMs: null, state: 'completed', message: '' },
    lossName: 'bce',
    loss: [series('train', (x) => 1 / x), series('test', (x) => 1.2 / x)],
    boundary: { grid: grid(), train: points(40), test: points(10), axes: ['x1', `x2 ${EVIL}`], classNames: ['0', '1'] },
    health: {
      layers: ['layer 1 (tanh)', 'output'],
      gradientNorm: [series('layer 1 (tanh)', (x) => 1 / x), series('output', (x) => 2 / x)],
      dead: [series('layer 1 (tanh)', () => 0)],
      sparsity: [series('layer 1 (tanh)', () => 0.1)],
      saturated: [series('layer 1 (tanh)', () => 0.2)],
    },
    ...extra,
  };
}

export function comparison(): ComparisonPayloadV1 {
  const metrics = { finalTrainLoss: 0.1, finalTestLoss: 0.2, trainAccuracy: 0.9, testAccuracy: 0.8, deadShare: 0, stepsToTarget: 120, timeMs: 300, state: 'completed' as const };
  return {
    version: 1,
    kind: 'comparison',
    title: 'compare',
    lossName: 'bce',
    targetLoss: 0.2,
    runs: [
      { label: 'relu', metrics, loss: [series('train', (x) => 1 / x)], grid: grid() },
      { label: `x -> x ${EVIL}`, metrics, loss: [series('train', (x) => 2 / x)], grid: grid('class') },
    ],
    points: { train: points(30), test: points(5), axes: ['x1', 'x2'], classNames: ['0', '1'] },
  };
}
