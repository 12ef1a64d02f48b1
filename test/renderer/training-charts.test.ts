import * as assert from 'assert';
import type { ComparisonPayloadV1, TrainingProgress } from '../../src/shared/training-payload';
import { comparisonLossSeries, fitChartConfig, healthChartConfig, HEALTH_METRICS, lineChartConfig, logTickLabel, lossChartConfig, MAX_DRAWN_POINTS, prefersLogScale, toPoints } from '../../src/renderer/training-charts';
import { bestRun, escapeHtml, formatDuration, formatPercent, metricsTable, progressLine } from '../../src/renderer/training-format';
import { DASH_PATTERNS, lineStyle, readTrainingTheme } from '../../src/renderer/training-theme';

const theme = readTrainingTheme((name) => ({ '--vscode-editor-background': '#1f1f1f', '--vscode-editor-foreground': '#cccccc' } as Record<string, string>)[name]);

describe('training charts', () => {
  it('uses a log y axis for losses spanning two decades, with 1-2-5 labels', () => {
    assert.strictEqual(prefersLogScale([{ label: 'train', x: [1, 2], y: [1, 0.001] }]), true);
    assert.strictEqual(prefersLogScale([{ label: 'train', x: [1, 2], y: [1, 0.5] }]), false);
    assert.strictEqual(prefersLogScale([{ label: 'train', x: [1, 2], y: [1, 0] }]), false);
    assert.deepStrictEqual([1, 2, 3, 5, 10, 0.05, 0.07].map((v) => logTickLabel(v)), ['1', '2', '', '5', '10', '0.05', '']);
    assert.deepStrictEqual([1, 2, 0.01, 0.05].map((v) => logTickLabel(v, true)), ['1', '', '0.01', '']);
    const config = lossChartConfig([{ label: 'train', x: [1, 2], y: [1, 0.01] }, { label: 'test', x: [1, 2], y: [2, null] }], 'bce', theme, true);
    const scales = config.options!.scales as Record<string, { type: string; title: { text: string } }>;
    assert.strictEqual(scales.y.type, 'logarithmic');
    assert.strictEqual(scales.y.title.text, 'loss (bce)');
    assert.strictEqual(scales.x.title.text, 'epoch');
    assert.deepStrictEqual(config.data.datasets.map((d) => d.label), ['train', 'test']);
    assert.deepStrictEqual(config.data.datasets[1].data, [{ x: 1, y: 2 }, { x: 2, y: null }]);
    assert.strictEqual(config.options!.plugins!.legend!.display, true);
    assert.strictEqual(config.options!.plugins!.tooltip!.enabled, true);
  });

  it('turns non-positive values into gaps on a log axis and thins long series', () => {
    assert.deepStrictEqual(toPoints({ label: 'a', x: [1, 2, 3], y: [1, 0, -1] }, true).map((p) => p.y), [1, null, null]);
    assert.deepStrictEqual(toPoints({ label: 'a', x: [1, 2, 3], y: [1, 0, -1] }, false).map((p) => p.y), [1, 0, -1]);
    const n = 20000;
    const long = toPoints({ label: 'a', x: Array.from({ length: n }, (_, i) => i), y: Array.from({ length: n }, (_, i) => (i === 777 ? 99 : Math.cos(i))) }, false);
    assert.ok(long.length <= MAX_DRAWN_POINTS);
    assert.strictEqual(long[0].x, 0);
    assert.strictEqual(long[long.length - 1].x, n - 1);
    assert.ok(long.some((p) => p.y === 99));
  });

  it('gives 8 overlaid lines 8 distinct styles (colour and dash)', () => {
    const styles = Array.from({ length: 8 }, (_, i) => lineStyle(i, theme));
    assert.strictEqual(new Set(styles.map((s) => `${s.color}|${s.dash.join(',')}`)).size, 8);
    assert.strictEqual(new Set(styles.map((s) => s.color)).size, 8);
    assert.ok(DASH_PATTERNS.length >= 4);
    const config = lineChartConfig(styles.map((_, i) => ({ label: `run ${i}`, x: [1], y: [1] })), theme, { xTitle: 'epoch', yTitle: 'loss', log: false });
    assert.strictEqual(config.data.datasets.length, 8);
  });

  it('draws health metrics as small multiples: gradient norm on a log axis, shares in percent, a colour per layer', () => {
    const layers = ['layer 1 (relu)', 'layer 2 (relu)', 'output'];
    const grad = HEALTH_METRICS.find((m) => m.key === 'gradientNorm')!;
    const dead = HEALTH_METRICS.find((m) => m.key === 'dead')!;
    const g = healthChartConfig(grad, layers.map((l) => ({ label: l, x: [1, 2], y: [0.1, 1e-5] })), layers, theme);
    assert.strictEqual((g.options!.scales as Record<string, { type: string }>).y.type, 'logarithmic');
    const d = healthChartConfig(dead, [{ label: layers[1], x: [1], y: [0.5] }], layers, theme);
    const y = (d.options!.scales as Record<string, { type: string; min: number; max: number }>).y;
    assert.deepStrictEqual([y.type, y.min, y.max], ['linear', 0, 1]);
    assert.strictEqual(d.data.datasets[0].borderColor, g.data.datasets[1].borderColor, 'layer 2 has one colour in every chart');
  });

  it('draws the 1-D fit as a line over train (filled) and test (outlined) points', () => {
    const fit = fitChartConfig({ curve: { label: 'network', x: [0, 1], y: [0, 1] }, train: { x: [0.5], y: [0.4], label: [0.4] }, test: { x: [0.7], y: [0.8], label: [0.8] }, xLabel: 'x', yLabel: 'y' }, theme);
    assert.strictEqual(fit.type, 'scatter');
    const [train, test, curve] = fit.data.datasets as Array<{ label: string; showLine?: boolean; backgroundColor: string }>;
    assert.deepStrictEqual([train.label, test.label, curve.label], ['train data', 'test data', 'network']);
    assert.strictEqual(curve.showLine, true);
    assert.strictEqual(test.backgroundColor, 'transparent');
  });
});

describe('training text', () => {
  const progress: TrainingProgress = { epoch: 40, epochs: 200, steps: 1000, trainLoss: 0.25, testLoss: 0.5, trainAccuracy: 0.955, testAccuracy: null, stepsPerSecond: 12345.6, elapsedMs: 1500, etaMs: 6000, state: 'running', message: '' };

  it('writes the progress line', () => {
    assert.strictEqual(progressLine(progress), 'epoch 40 / 200 · train loss 0.25 · test loss 0.5 · accuracy train 95.5 % · 12,346 steps/s · time 1.50 s · 6.00 s left');
    assert.strictEqual(progressLine({ ...progress, state: 'completed', testLoss: null, trainAccuracy: null, stepsPerSecond: null }), 'epoch 40 / 200 · train loss 0.25 · time 1.50 s');
    assert.deepStrictEqual([formatDuration(850), formatDuration(125000), formatDuration(3725000), formatDuration(null)], ['850 ms', '2 min 05 s', '1 h 02 min', '—']);
    assert.strictEqual(formatPercent(1 / 3), '33.3 %');
  });

  it('builds the metrics table as plain text rows, labels kept verbatim (escaped only where markup is built)', () => {
    const run = (label: string, loss: number, steps: number | null) => ({
      label,
      metrics: { finalTrainLoss: loss, finalTestLoss: loss * 2, trainAccuracy: 0.9, testAccuracy: 0.8, deadShare: 0.125, stepsToTarget: steps, timeMs: 1234, state: 'completed' as const },
      loss: [{ label: 'train', x: [1, 2], y: [1, loss] }, { label: 'test', x: [1, 2], y: [1, loss * 2] }],
    });
    const payload: ComparisonPayloadV1 = { version: 1, kind: 'comparison', title: 't', lossName: 'bce', targetLoss: 0.3, runs: [run('x -> x < 0 ? 0 : x', 0.2, 12), run('tanh', 0.1, null)] };
    const table = metricsTable(payload);
    assert.deepStrictEqual(table.columns, ['activation', 'train loss (bce)', 'test loss', 'test accuracy', 'dead units', 'steps to loss ≤ 0.3', 'time', 'state']);
    assert.deepStrictEqual(table.rows[0], ['x -> x < 0 ? 0 : x', '0.2', '0.4', '80 %', '12.5 %', '12', '1.23 s', 'completed']);
    assert.strictEqual(table.rows[1][5], 'not reached');
    assert.strictEqual(bestRun(payload), 1);
    assert.strictEqual(escapeHtml('<img src=x onerror="a">&\''), '&lt;img src=x onerror=&quot;a&quot;&gt;&amp;&#39;');
    assert.deepStrictEqual(comparisonLossSeries(payload).map((s) => [s.label, s.y[1]]), [['x -> x < 0 ? 0 : x', 0.2], ['tanh', 0.1]]);
  });
});
