/** What exportPyTorch needs: a TrainingRun has all of it; a config not yet trained can be given the same way. */
import type { Network } from './network';
import type { DataSplit } from './training-data';
import type { TrainOptions } from './train';

export interface TrainingData {
  readonly network: Network;
  /** The parameters training starts from (a run's copy); default network.parameters. */
  readonly initialParameters?: Float64Array;
  readonly train: DataSplit;
  readonly options: TrainOptions;
  /** Steps taken (a run's); the export stops there. */
  readonly steps?: number;
}
