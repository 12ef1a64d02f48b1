/** A one-line description of a dataset, for the kernel's text/plain output and hovers. */
import { Dataset } from './dataset';

function describeTask(data: Dataset): string {
  if (data.task === 'binary') return `binary (targets −1/+1: ${data.classNames[0]} / ${data.classNames[1]})`;
  if (data.task === 'multiclass') return `${data.classes} classes`;
  return 'regression';
}

/** E.g. `spiral: 500 points (250 train, 250 test), inputs x1, x2, binary (targets −1/+1: -1 / 1), noise 0.2, seed 1`. */
export function datasetSummary(data: Dataset): string {
  const parts = [
    `${data.n} points (${data.nTrain} train, ${data.nTest} test)`,
    `inputs ${data.featureNames.length <= 8 ? data.featureNames.join(', ') : `${data.featureNames.slice(0, 8).join(', ')}, … (${data.d})`}`,
    describeTask(data),
  ];
  if (typeof data.options.noise === 'number') parts.push(`noise ${data.options.noise}`);
  if (data.scaling) parts.push('standardized');
  parts.push(`seed ${data.options.seed}`);
  return `${data.generator}: ${parts.join(', ')}`;
}
