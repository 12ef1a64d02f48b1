/**
 * boundary(run), health(run), losses(run): one part of a run's training view on its own (the kernel
 * draws a view payload holding only that part). boundary needs the data the run was trained on to
 * be a plane (2 source inputs) or a 1-D regression, where the fitted curve is drawn instead.
 */
import { defineBuiltin } from '../builtins/define-builtin';
import { LangError } from '../syntax/errors';
import type { BuiltinFunction } from '../runtime/values';
import { runArgument } from './training-errors';
import type { RunValue, TrainingPanelValue, TrainingPart } from './training-values';

/** Whether a boundary (2-D) or a fitted curve (1-D regression) can be drawn for the run. */
export function boundaryProblem(r: RunValue): string | undefined {
  const data = r.dataset;
  if (!data) return 'the run does not know its dataset';
  if (data.source.d === 2) return undefined;
  if (data.source.d === 1 && data.task === 'regression' && r.run.network.outputs === 1) return undefined;
  return `the run's data has ${data.source.d} input column${data.source.d === 1 ? '' : 's'}; a decision boundary is drawn for data of 2 columns (a fitted curve for 1-D regression)`;
}

function panelBuiltin(name: string, part: TrainingPart): BuiltinFunction {
  return defineBuiltin(name, (bound) => {
    const { run, span } = runArgument(name, bound, { panel: true });
    if (part === 'boundary') {
      const problem = boundaryProblem(run);
      if (problem) throw new LangError('eval', `boundary: ${problem}`, span);
    }
    if (part === 'health' && run.run.epochs.length === 0) throw new LangError('eval', 'health: the run has no epoch record (record_every=0 or it was interrupted in its first epoch)', span);
    const panel: TrainingPanelValue = { kind: 'training-panel', part, source: run };
    return panel;
  });
}

export const panelBuiltins: BuiltinFunction[] = [panelBuiltin('boundary', 'boundary'), panelBuiltin('health', 'health'), panelBuiltin('losses', 'loss')];
