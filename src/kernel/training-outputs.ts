/**
 * The outputs of the training values: a run (train(...)), one panel of it (boundary(run),
 * health(run), losses(run)) and a comparison (compare_training(...)). One output each: text/plain
 * (the summary), the training payload for the renderer, its static SVG (not for a live snapshot:
 * the final update carries it), and the numbers as application/json.
 */
import type { CellOutput, OutputItem } from './cell-result';
import { MIME_JSON, MIME_TEXT, MIME_TRAINING } from '../shared/mime-types';
import type { TrainingPayload, TrainingViewPayloadV1 } from '../shared/training-payload';
import { formatTrainingValue } from '../lang/training/format-training';
import { trainingJson } from '../lang/training/training-json';
import type { RunValue, TrainingComparisonValue, TrainingPanelValue } from '../lang/training/training-values';
import { trainingFallbackItem } from './svg/fallback-items';
import { comparisonPayload, trainingViewPayload } from './training-payload';

/**
 * Cells per side of a live boundary and of an interrupted run's (smaller than a finished run's 100:
 * it is redrawn several times a second, and an interrupt should end the cell within 100 ms).
 */
export const LIVE_GRID_SIDE = 60;

export function runPayload(v: RunValue): TrainingViewPayloadV1 {
  if (v.live) return trainingViewPayload(v.run, v.dataset, { state: 'running', gridSide: LIVE_GRID_SIDE });
  return trainingViewPayload(v.run, v.dataset, v.run.stopped === 'interrupted' ? { gridSide: LIVE_GRID_SIDE } : {});
}

/** The view payload with only the panel's part. */
export function panelPayload(v: TrainingPanelValue): TrainingViewPayloadV1 {
  const full = trainingViewPayload(v.source.run, v.source.dataset, { health: v.part === 'health' });
  const what = v.part === 'loss' ? 'loss curves' : v.part === 'health' ? 'layer health' : full.fit ? 'fitted curve' : 'decision boundary';
  const payload: TrainingViewPayloadV1 = { ...full, title: `${what}: ${full.title}`, loss: v.part === 'loss' ? full.loss : [] };
  if (v.part !== 'boundary') {
    delete payload.boundary;
    delete payload.fit;
  }
  return payload;
}

export function comparisonValuePayload(v: TrainingComparisonValue) {
  const runs = v.entries.map((e) => ({ label: e.label, run: e.run.run }));
  const payload = comparisonPayload(runs, v.dataset, { targetLoss: v.targetLoss, gridSide: v.live ? 30 : undefined });
  if (v.live && payload.runs.length > 0) payload.runs[payload.runs.length - 1].metrics.state = 'running';
  const pending = v.pending ?? [];
  if (pending.length > 0) payload.title = `${payload.title}; ${v.live ? 'waiting' : 'not trained'}: ${pending.join(', ')}`;
  return payload;
}

function output(value: RunValue | TrainingPanelValue | TrainingComparisonValue, payload: TrainingPayload, live: boolean): CellOutput {
  const items: OutputItem[] = [{ mime: MIME_TEXT, data: formatTrainingValue(value) }, { mime: MIME_TRAINING, data: payload }];
  if (!live) items.push(trainingFallbackItem(payload));
  items.push({ mime: MIME_JSON, data: trainingJson(value) });
  return { items };
}

export function trainingOutputs(value: RunValue | TrainingPanelValue | TrainingComparisonValue): CellOutput[] {
  switch (value.kind) {
    case 'run':
      return [output(value, runPayload(value), value.live === true)];
    case 'training-panel':
      return [output(value, panelPayload(value), false)];
    case 'training-comparison':
      return [output(value, comparisonValuePayload(value), value.live === true)];
  }
}
