/**
 * The training loop: epochs of (shuffled) minibatches, each step a forward and backward pass in
 * preallocated buffers (chunked so that no stretch of work between two `shouldStop` polls exceeds
 * about a million multiply-adds), penalty, clipping and an optimizer step; per-step losses and a
 * per-epoch record. Deterministic: the same network, data and options give bit-identical runs.
 */
import { SeededRng } from '../random/seeded-rng';
import { nextEpochOrder } from './batch-order';
import { EpochRecord, LayerStatsAccumulator } from './epoch-record';
import { accuracyDenominator, addLossSum, checkLoss, countCorrect, inferMseLabels, lossTermCount, LossName, MSE_LABELS, MseLabels, targetWidth } from './losses';
import { Network, withParameters } from './network';
import { createOptimizer, OptimizerConfig, resolveOptimizer } from './optimizers';
import { backwardPass, forwardPass } from './propagation';
import { applyPenalty, clipGradientNorm, clipGradientValue, hiddenActivationL1 } from './regularisation';
import { checkSizeLimits, SizeLimits } from './size-limits';
import { checkSplit, DataSplit } from './training-data';
import { requireInteger, requireNumber, TrainingArgumentError } from './training-error';
import type { DenseArena } from './wasm/dense-arena';
import { createRunWorkspace, Workspace } from './workspace';

export interface TrainOptions {
  loss: LossName;
  /**
   * With mse: how the targets are class labels, for the records' accuracy (MseLabels: 'sign',
   * 'zero-one', 'one-hot', or 'none' for regression, accuracy NaN). Default: read from the
   * targets (inferMseLabels). Ignored by the other losses.
   */
  mseLabels?: MseLabels;
  optimizer: OptimizerConfig;
  epochs: number;
  /** Samples per step; 0, undefined or >= n: full batch. */
  batchSize?: number;
  /** Reshuffle every epoch (default true). */
  shuffle?: boolean;
  /** Seed of the shuffling RNG (default 0). */
  seed?: number;
  l1?: number;
  /** L1 penalty on the hidden activations: l1Activations * (sum of |a| over the hidden units) / batch, added to each step's loss. */
  l1Activations?: number;
  l2?: number;
  /** clip_grad_norm_ max_norm. */
  clipNorm?: number;
  /** clip_grad_value_ clip_value. */
  clipValue?: number;
  /** Record every this many epochs (default 1; 0: only after the last epoch). */
  recordEvery?: number;
  /** false: no epoch records at all (benchmarks, the reference tests); default true. */
  records?: boolean;
  /** Polled before every step and between chunks of work (at most ~1e6 multiply-adds apart). */
  shouldStop?: () => boolean;
  /**
   * Called after each epoch record. `soFar()` builds the run so far (state 'completed', the live
   * network — read it before the next step, it keeps training): for live displays.
   */
  onProgress?: (record: EpochRecord, soFar: () => TrainingRun) => void;
  limits?: Partial<SizeLimits>;
}

export type StopReason = 'completed' | 'interrupted' | 'diverged';

export interface TrainingRun {
  /** The trained network (its own copy of the parameters). */
  readonly network: Network;
  readonly initialParameters: Float64Array;
  readonly options: TrainOptions;
  readonly train: DataSplit;
  readonly test: DataSplit | null;
  /** Loss of every step taken (data loss of the batch + penalty), before the step's update. */
  readonly stepLosses: Float64Array;
  readonly epochs: EpochRecord[];
  readonly steps: number;
  /** Epochs completed. */
  readonly epochsDone: number;
  readonly stopped: StopReason;
  /** Empty when completed; what happened and what to try otherwise. */
  readonly message: string;
  readonly elapsedMs: number;
}

/**
 * Multiply-adds of one layer's kernel call in a chunk (the widest layer sets the chunk's rows):
 * with a poll after every layer of the forward and the backward pass, it bounds the work between
 * two polls (~0.5 ms in wasm).
 */
const WORK_PER_LAYER_CALL = 1 << 21;
/**
 * Chunks never have fewer rows: below that the kernels become matrix-vector products that re-read
 * every weight for each row (a 10 x 256 net ran 4-5x slower with its one-row chunks). For the widest
 * nets the limits allow (~2,000 x 2,000) this stretches the work between polls to ~15 ms.
 */
const MIN_CHUNK_ROWS = 16;
const MIN_EVAL_ROWS = 256;

function now(): number {
  return typeof performance !== 'undefined' ? performance.now() : Date.now();
}

/** Checks every argument and size limit; throws TrainingArgumentError before any work. */
export function checkTrainArguments(net: Network, train: DataSplit, test: DataSplit | null, options: TrainOptions): void {
  checkLoss(options.loss, net);
  if (options.mseLabels !== undefined && !MSE_LABELS.includes(options.mseLabels)) throw new TrainingArgumentError('mseLabels', `unknown labels '${String(options.mseLabels)}'`, MSE_LABELS.join(', '));
  resolveOptimizer(options.optimizer);
  requireInteger('epochs', options.epochs, 1);
  if (options.batchSize !== undefined) requireInteger('batch', options.batchSize, 0);
  if (options.seed !== undefined) requireInteger('seed', options.seed, -Number.MAX_SAFE_INTEGER);
  if (options.recordEvery !== undefined) requireInteger('recordEvery', options.recordEvery, 0);
  requireNumber('l1', options.l1 ?? 0, 0);
  requireNumber('l1_activations', options.l1Activations ?? 0, 0);
  requireNumber('l2', options.l2 ?? 0, 0);
  if (options.clipNorm !== undefined) requireNumber('clip_norm', options.clipNorm, 0, true);
  if (options.clipValue !== undefined) requireNumber('clip_value', options.clipValue, 0, true);
  checkSplit('train data', train, net.inputs, net.outputs, options.loss, false);
  if (test !== null) checkSplit('test data', test, net.inputs, net.outputs, options.loss, true);
  const b = options.batchSize;
  checkSizeLimits(net.config, train.n, test?.n ?? 0, options.epochs, options.limits, b === undefined || b === 0 ? train.n : b);
}

/** Forward multiply-adds per sample of the widest layer. */
function widestLayerMacs(net: Network): number {
  let m = 1;
  for (const l of net.layers) m = Math.max(m, l.rows * l.inputs);
  return m;
}

/** Trains a copy of `net`; `net` itself is not changed. */
export function train(net: Network, trainSplit: DataSplit, testSplit: DataSplit | null, options: TrainOptions): TrainingRun {
  checkTrainArguments(net, trainSplit, testSplit, options);
  return new Trainer(withParameters(net), trainSplit, testSplit, options).run();
}

class Interrupted {}

/** One run's state: the buffers, the optimizer, the order and the polls. */
class Trainer {
  private readonly ws: Workspace;
  private readonly stats: LayerStatsAccumulator;
  private readonly order: Int32Array;
  private readonly identity: Int32Array;
  private readonly batch: number;
  private readonly tw: number;
  /** How mse targets are judged for accuracy ('none' for the other losses: they judge by their own rule). */
  private readonly labels: MseLabels;
  private readonly shouldStop: () => boolean;
  private readonly initial: Float64Array;
  private readonly net: Network;
  /** The wasm arena holding net.parameters and the workspace, or null (the run returns a plain copy, then releases it). */
  private readonly arena: DenseArena | null;

  constructor(net: Network, private readonly trainSplit: DataSplit, private readonly testSplit: DataSplit | null, private readonly options: TrainOptions) {
    const n = trainSplit.n;
    const b = options.batchSize;
    this.batch = b === undefined || b === 0 || b >= n ? n : b;
    const rowsPerChunk = Math.max(MIN_CHUNK_ROWS, Math.floor(WORK_PER_LAYER_CALL / widestLayerMacs(net)));
    const evalRows = Math.min(Math.max(n, testSplit?.n ?? 0), MIN_EVAL_ROWS);
    const placed = createRunWorkspace(net, Math.min(rowsPerChunk, Math.max(this.batch, evalRows)));
    this.net = placed.net;
    this.ws = placed.ws;
    this.arena = placed.arena;
    this.stats = new LayerStatsAccumulator(this.net);
    this.order = new Int32Array(n);
    this.identity = new Int32Array(Math.max(n, testSplit?.n ?? 0));
    for (let i = 0; i < this.identity.length; i++) this.identity[i] = i;
    this.tw = targetWidth(options.loss, net.outputs);
    this.labels = options.loss !== 'mse' ? 'none' : options.mseLabels ?? inferMseLabels(net.head, net.outputs, trainSplit.y.subarray(0, trainSplit.n * net.outputs), ...(testSplit !== null ? [testSplit.y.subarray(0, testSplit.n * net.outputs)] : []));
    this.shouldStop = options.shouldStop ?? (() => false);
    this.layerPoll = widestLayerMacs(net) * this.ws.capacity >= WORK_PER_LAYER_CALL
      ? () => {
          if (this.shouldStop()) throw new Interrupted();
        }
      : undefined;
    this.initial = new Float64Array(net.parameters);
  }

  run(): TrainingRun {
    const { net, options, trainSplit } = this;
    const started = now();
    const n = trainSplit.n;
    const stepsPerEpoch = Math.ceil(n / this.batch);
    const stepLosses = new Float64Array(stepsPerEpoch * options.epochs);
    const optimizer = createOptimizer(options.optimizer, net.parameters.length);
    const rng = options.shuffle === false ? null : new SeededRng(options.seed ?? 0);
    const l1 = options.l1 ?? 0;
    const l2 = options.l2 ?? 0;
    const recordEvery = options.recordEvery ?? 1;
    const epochs: EpochRecord[] = [];
    const G = this.ws.gradients;
    let steps = 0;
    let epochsDone = 0;
    let stopped: StopReason = 'completed';
    let message = '';
    try {
      epochLoop: for (let e = 1; e <= options.epochs; e++) {
        nextEpochOrder(this.order, rng);
        const firstStep = steps;
        for (let start = 0; start < n; start += this.batch) {
          if (this.shouldStop()) throw new Interrupted();
          const count = Math.min(this.batch, n - start);
          G.fill(0);
          this.pass(trainSplit, this.order, start, count, true, null);
          const dataLoss = this.acc[0] / lossTermCount(options.loss, count, net.outputs);
          const loss = dataLoss + this.acc[1] + applyPenalty(net, l1, l2, G);
          if (!Number.isFinite(loss)) {
            stopped = 'diverged';
            const culprit = this.undefinedActivation();
            message = culprit !== ''
              ? `the loss became ${loss} in epoch ${e} (step ${steps + 1}) because ${culprit}; use an activation defined for every input`
              : `the loss became ${loss} in epoch ${e} (step ${steps + 1}); try a lower learning rate (lr is ${resolveOptimizer(options.optimizer).lr}), gradient clipping (clip_norm=1), or another initialisation`;
            break epochLoop;
          }
          stepLosses[steps++] = loss;
          if (options.clipNorm !== undefined) clipGradientNorm(net, G, options.clipNorm, null);
          if (options.clipValue !== undefined) clipGradientValue(G, options.clipValue);
          optimizer.step(net.parameters, G);
        }
        epochsDone = e;
        if (options.records !== false && ((recordEvery > 0 && e % recordEvery === 0) || e === options.epochs)) {
          const record = this.record(e, steps, stepLosses, firstStep, started, l1, l2);
          epochs.push(record);
          if (options.onProgress) {
            const stepsNow = steps;
            const done = e;
            options.onProgress(record, () => ({ network: net, initialParameters: this.initial, options, train: trainSplit, test: this.testSplit, stepLosses: stepLosses.subarray(0, stepsNow), epochs: epochs.slice(), steps: stepsNow, epochsDone: done, stopped: 'completed', message: '', elapsedMs: now() - started }));
          }
        }
      }
    } catch (error) {
      if (!(error instanceof Interrupted)) throw error;
      stopped = 'interrupted';
      message = `interrupted after ${steps} steps (${epochsDone} full epochs); the run so far is kept`;
    }
    const network = this.arena !== null ? withParameters(net) : net;
    if (this.arena !== null) this.arena.release();
    return {
      network,
      initialParameters: this.initial,
      options,
      train: trainSplit,
      test: this.testSplit,
      stepLosses: stepLosses.subarray(0, steps),
      epochs,
      steps,
      epochsDone,
      stopped,
      message,
      elapsedMs: now() - started,
    };
  }

  /** Correct predictions counted by the passes given stats since the last reset. */
  private correct = 0;
  /** Rows of the last chunk the last pass ran (what ws.pre and ws.post hold). */
  private lastRows = 0;

  /**
   * Called between the layers of a pass where a layer's call can be long (a chunk of the widest
   * layer reaches WORK_PER_LAYER_CALL): ends the run (Interrupted) when shouldStop says so.
   * Undefined for small nets, whose chunks are short enough with the polls between chunks.
   */
  private readonly layerPoll: (() => void) | undefined;
  /** acc[0]: the sum of the last pass's loss terms; acc[1]: its activation L1 penalty (already scaled). */
  private readonly acc = new Float64Array(2);
  /**
   * Forward (and with `gradient`, backward into ws.gradients) over samples order[start .. start+count)
   * in chunks; the sum of the loss terms goes into this.acc[0]. Adds activation statistics to `stats` when given,
   * and counts correct predictions into this.correct.
   */
  private pass(split: DataSplit, order: Int32Array, start: number, count: number, gradient: boolean, stats: LayerStatsAccumulator | null): void {
    const { net, ws, tw } = this;
    const loss = this.options.loss;
    const inputs = net.inputs;
    const outputs = net.outputs;
    const last = net.layers.length - 1;
    const termCount = lossTermCount(loss, count, outputs);
    const acc = this.acc;
    acc[0] = 0;
    acc[1] = 0;
    const l1a = this.options.l1Activations ?? 0;
    for (let c = 0; c < count; c += ws.capacity) {
      if (c > 0 && this.shouldStop()) throw new Interrupted();
      const rows = Math.min(ws.capacity, count - c);
      for (let r = 0; r < rows; r++) {
        const s = order[start + c + r];
        for (let i = 0; i < inputs; i++) ws.input[r * inputs + i] = split.x[s * inputs + i];
        for (let j = 0; j < tw; j++) ws.target[r * tw + j] = split.y[s * tw + j];
      }
      this.lastRows = rows;
      forwardPass(net, ws, rows, net.parameters, this.layerPoll);
      addLossSum(acc, loss, net.head, ws.pre[last], ws.post[last], ws.target, rows, outputs, termCount, gradient ? ws.gradPre[last] : null);
      if (stats !== null) {
        stats.add(ws, rows);
        this.correct += countCorrect(loss, ws.pre[last], ws.post[last], ws.target, rows, outputs, this.labels);
      }
      if (l1a !== 0) acc[1] += (l1a / count) * hiddenActivationL1(net, ws, rows);
      if (gradient) backwardPass(net, ws, rows, this.layerPoll, l1a / count);
    }
  }

  /**
   * After a non-finite loss: "the activation of hidden layer k (name) gives NaN at x = v" when a hidden
   * activation turned a finite pre-activation of the last chunk into NaN (e.g. log(x) at x < 0), which
   * no learning rate cures (an infinity from a huge input can be the step size's doing); '' otherwise.
   */
  private undefinedActivation(): string {
    const { net, ws } = this;
    for (let l = 0; l < net.layers.length - 1; l++) {
      const layer = net.layers[l];
      if (layer.kind !== 'activation') continue;
      const pre = ws.pre[l];
      const post = ws.post[l];
      for (let i = 0; i < this.lastRows * layer.units; i++) {
        if (Number.isFinite(pre[i]) && Number.isNaN(post[i])) {
          return `the activation of hidden layer ${l + 1} (${layer.activation!.name}) gives NaN at x = ${pre[i]}`;
        }
      }
    }
    return '';
  }

  private record(epoch: number, steps: number, stepLosses: Float64Array, firstStep: number, started: number, l1: number, l2: number): EpochRecord {
    const { net, options, trainSplit, testSplit, ws } = this;
    const loss = options.loss;
    const G = ws.gradients;
    G.fill(0);
    this.stats.reset();
    this.correct = 0;
    this.pass(trainSplit, this.identity, 0, trainSplit.n, true, this.stats);
    const trainLoss = this.acc[0] / lossTermCount(loss, trainSplit.n, net.outputs);
    const trainCorrect = this.correct;
    const penalty = applyPenalty(net, l1, l2, G) + this.acc[1];
    const layers = this.stats.finish(G);
    let testLoss = NaN;
    let testAccuracy = NaN;
    if (testSplit !== null && testSplit.n > 0) {
      this.correct = 0;
      const scratch = new LayerStatsAccumulator(net);
      this.pass(testSplit, this.identity, 0, testSplit.n, false, scratch);
      testLoss = this.acc[0] / lossTermCount(loss, testSplit.n, net.outputs);
      const d = accuracyDenominator(loss, testSplit.n, net.outputs, this.labels);
      testAccuracy = d === 0 ? NaN : this.correct / d;
    }
    const d = accuracyDenominator(loss, trainSplit.n, net.outputs, this.labels);
    let meanStep = 0;
    for (let s = firstStep; s < steps; s++) meanStep += stepLosses[s];
    return {
      epoch,
      steps,
      trainLoss,
      testLoss,
      trainAccuracy: d === 0 ? NaN : trainCorrect / d,
      testAccuracy,
      penalty,
      meanStepLoss: steps > firstStep ? meanStep / (steps - firstStep) : NaN,
      layers,
      elapsedMs: now() - started,
    };
  }
}
