/**
 * The loss a run uses (given, or chosen from the data's task and the network's output) and the
 * targets the core reads for it, made from the dataset's labels (binary labels are stored as ±1):
 * bce 0/1, hinge ±1, cross_entropy class indices, mse the values (regression), ±1 (binary, linear
 * output), 0/1 (binary, sigmoid output) or one-hot rows (classes, one output per class).
 */
import { classIndexTargets, oneHotTargets, zeroOneTargets, type Dataset, type DatasetPart } from '../../core/training/datasets';
import type { LossName } from '../../core/training/losses';
import type { Network } from '../../core/training/network';
import type { DataSplit } from '../../core/training/training-data';
import type { TargetEncoding } from './training-values';

/** The loss `train` uses when none is given; a sentence saying why none fits otherwise. */
export function defaultLoss(data: Dataset, net: Network): LossName | string {
  if (data.task === 'regression') return net.head === 'softmax' ? 'regression data does not go with a softmax output; use output="linear"' : 'mse';
  const k = data.classes;
  if (net.outputs === 1) {
    if (data.task === 'binary') return net.head === 'softmax' ? 'a softmax of one output is always 1; use 2 outputs, or output="sigmoid" or "linear"' : 'bce';
    return `the data has ${k} classes but the network 1 output; give it ${k} outputs (cross-entropy)`;
  }
  if (net.outputs === k) return net.head === 'sigmoid' ? 'mse' : 'cross_entropy';
  return `the data has ${k} classes but the network ${net.outputs} outputs; give it ${data.task === 'binary' ? '1 output (binary cross-entropy) or 2' : k} outputs`;
}

export function encodingFor(loss: LossName, data: Dataset, net: Network): TargetEncoding {
  if (data.task === 'regression') return 'values';
  switch (loss) {
    case 'bce': return 'zero-one';
    case 'hinge': return 'sign';
    case 'cross_entropy': return 'class-index';
    case 'mse': return net.outputs > 1 ? 'one-hot' : net.head === 'sigmoid' ? 'zero-one' : 'sign';
  }
}

export function splitOf(part: DatasetPart, data: Dataset, encoding: TargetEncoding): DataSplit {
  const task = data.task;
  let y: Float64Array;
  switch (encoding) {
    case 'values': y = part.targets; break;
    case 'sign': y = Float64Array.from(part.targets); break;
    case 'zero-one': y = zeroOneTargets(part, task); break;
    case 'class-index': y = Float64Array.from(classIndexTargets(part, task)); break;
    case 'one-hot': y = oneHotTargets(part, task, data.classes); break;
  }
  return { x: part.inputs, y, n: part.n };
}
