/**
 * train(net, data, epochs=, batch=, optimizer=, lr=, ...): runs the core's training loop on a copy of
 * the network and gives the run. Every argument is checked, and the core's size limits too, before
 * any work (positioned errors). Training is long work by design: it is not charged to the
 * statement's step budget (the size limits bound it), but it polls the interrupt before every step
 * and between chunks of work (CallContext.checkInterrupt): an interrupt ends it with the run so far
 * kept. A loss that becomes NaN or infinite is not an error either: the run is kept with a message.
 */
import type { LossName } from '../../core/training/losses';
import { LOSS_NAMES } from '../../core/training/losses';
import type { Network } from '../../core/training/network';
import type { OptimizerConfig } from '../../core/training/optimizers';
import { OPTIMIZER_NAMES } from '../../core/training/optimizers';
import { train, type TrainingRun, type TrainOptions } from '../../core/training/train';
import { bindArguments, numberArg, type BoundArguments } from '../builtins/builtin-arguments';
import { getBuiltinSignature, signatureText } from '../builtins/builtin-signatures';
import { LangError } from '../syntax/errors';
import type { Span } from '../syntax/span';
import { INTERRUPTED } from '../runtime/step-budget';
import type { BuiltinFunction, CallArguments, CallContext, Value } from '../runtime/values';
import { describeValue } from '../runtime/values';
import { finalAccuracy, mseLabelsOf } from './run-accuracy';
import { defaultLoss, encodingFor, splitOf } from './train-targets';
import { finderOf, withPositions } from './training-errors';
import type { RunProgress } from './training-progress';
import type { RunValue } from './training-values';
import type { UserLayerActivation } from './user-activation';

export const DEFAULT_EPOCHS = 100;
export const DEFAULT_BATCH = 32;
export const DEFAULT_LR = 0.01;

function choice(bound: BoundArguments, name: string, accepted: readonly string[]): string | undefined {
  const a = bound.named.get(name);
  if (!a) return undefined;
  if (a.value.kind !== 'string' || !accepted.includes(a.value.value)) {
    const got = a.value.kind === 'string' ? JSON.stringify(a.value.value) : describeValue(a.value);
    throw new LangError('eval', `train: argument ${name} must be one of ${accepted.map((s) => JSON.stringify(s)).join(', ')}, got ${got}`, a.span);
  }
  return a.value.value;
}

function optionalNumber(bound: BoundArguments, name: string): number | undefined {
  return bound.named.has(name) ? numberArg(bound, name) : undefined;
}

function booleanArg(bound: BoundArguments, name: string): boolean | undefined {
  const a = bound.named.get(name);
  if (!a) return undefined;
  if (a.value.kind === 'boolean') return a.value.value;
  throw new LangError('eval', `train: argument ${name} must be true or false, got ${describeValue(a.value)}`, a.span);
}

function batchOf(bound: BoundArguments): number {
  const a = bound.named.get('batch');
  if (!a) return DEFAULT_BATCH;
  if (a.value.kind === 'string' && a.value.value === 'full') return 0;
  if (a.value.kind === 'number') return a.value.value;
  throw new LangError('eval', `train: argument batch must be a whole number of points per step (0 or "full" for the full batch), got ${describeValue(a.value)}`, a.span);
}

function optimizerOf(bound: BoundArguments): OptimizerConfig {
  const kind = (choice(bound, 'optimizer', OPTIMIZER_NAMES) ?? 'adam') as OptimizerConfig['kind'];
  const lr = optionalNumber(bound, 'lr') ?? DEFAULT_LR;
  const weightDecay = optionalNumber(bound, 'weight_decay');
  const eps = optionalNumber(bound, 'eps');
  const only = (names: string[], kinds: string[]) => {
    for (const n of names) {
      const a = bound.named.get(n);
      if (a && !kinds.includes(kind)) throw new LangError('eval', `train: ${n} is an option of ${kinds.join(' and ')}, not of ${kind}`, a.span);
    }
  };
  only(['nesterov', 'dampening'], ['sgd']);
  only(['momentum'], ['sgd', 'rmsprop']);
  only(['betas'], ['adam', 'adamw']);
  only(['alpha', 'centered'], ['rmsprop']);
  only(['eps'], ['adam', 'adamw', 'rmsprop']);
  if (kind === 'sgd') return { kind, lr, momentum: optionalNumber(bound, 'momentum'), dampening: optionalNumber(bound, 'dampening'), nesterov: booleanArg(bound, 'nesterov'), weightDecay };
  if (kind === 'rmsprop') return { kind, lr, momentum: optionalNumber(bound, 'momentum'), alpha: optionalNumber(bound, 'alpha'), centered: booleanArg(bound, 'centered'), eps, weightDecay };
  const betas = bound.named.get('betas');
  let beta1: number | undefined;
  let beta2: number | undefined;
  if (betas) {
    if (betas.value.kind !== 'vector' || betas.value.items.length !== 2) throw new LangError('eval', `train: argument betas must be a vector [beta1, beta2], e.g. [0.9, 0.999], got ${describeValue(betas.value)}`, betas.span);
    [beta1, beta2] = betas.value.items;
  }
  return { kind, lr, beta1, beta2, eps, weightDecay };
}

/** The network and the hidden labels of the first argument: a network, or a run to go on from. */
function modelOf(v: Value, span: Span): { network: Network; labels: string[] } {
  if (v.kind === 'network') return { network: v.network, labels: v.hiddenLabels };
  if (v.kind === 'run') return { network: v.run.network, labels: v.hiddenLabels };
  throw new LangError('eval', `train: argument net must be a network (mlp([2, 16, 1], ...)) or a run to go on training, got ${describeValue(v)}`, span);
}

/**
 * The run of train(...). `progress` gets a lazy snapshot after every epoch record and the final
 * value at the end (default: the context's onTrainingProgress, live output in the notebook).
 */
export function trainCall(args: CallArguments, context: CallContext, progress?: RunProgress): RunValue {
  const hook = context.onTrainingProgress;
  const report: RunProgress | undefined = progress ?? (hook ? (snapshot, final) => hook({ snapshot, final }) : undefined);
  const bound = bindArguments(getBuiltinSignature('train')!, args);
  const netArg = bound.named.get('net')!;
  const dataArg = bound.named.get('data')!;
  const { network, labels } = modelOf(netArg.value, netArg.span);
  if (dataArg.value.kind !== 'dataset') throw new LangError('eval', `train: argument data must be a dataset (dataset("spiral"), dataset(x, y), csv("file.csv")), got ${describeValue(dataArg.value)}`, dataArg.span);
  const data = dataArg.value.dataset;
  if (network.inputs !== data.d) {
    throw new LangError('eval', `train: the network takes ${network.inputs} input${network.inputs === 1 ? '' : 's'} but the data has ${data.d} column${data.d === 1 ? '' : 's'} (${data.featureNames.join(', ')}); make the first size ${data.d}: mlp([${data.d}, ...])`, dataArg.span);
  }
  const given = choice(bound, 'loss', LOSS_NAMES);
  const fallback = defaultLoss(data, network);
  if (given === undefined && !(LOSS_NAMES as readonly string[]).includes(fallback)) throw new LangError('eval', `train: no loss fits: ${fallback}`, dataArg.span);
  const loss = (given ?? fallback) as LossName;
  if (data.task === 'multiclass' && (loss === 'bce' || loss === 'hinge' || (loss === 'mse' && network.outputs !== data.classes))) {
    const why = loss === 'mse' ? `mse on ${data.classes} classes needs ${data.classes} outputs (one-hot targets)` : `${loss} is a loss for two classes, and the data has ${data.classes}`;
    throw new LangError('eval', `train: ${why}; use loss="cross_entropy" with ${data.classes} outputs`, bound.named.get('loss')!.span);
  }
  const encoding = encodingFor(loss, data, network);
  const user = network.layers.map((l) => l.activation).filter((a): a is UserLayerActivation => a !== undefined && 'compiled' in a);
  let interrupted = false;
  const shouldStop = (): boolean => {
    if (interrupted || user.some((u) => u.interrupted)) return (interrupted = true);
    try {
      context.checkInterrupt?.();
    } catch (error) {
      if (error === INTERRUPTED) return (interrupted = true);
      throw error;
    }
    return false;
  };
  const options: TrainOptions = {
    loss,
    mseLabels: mseLabelsOf(encoding, data.task),
    optimizer: optimizerOf(bound),
    epochs: bound.named.has('epochs') ? numberArg(bound, 'epochs') : DEFAULT_EPOCHS,
    batchSize: batchOf(bound),
    seed: optionalNumber(bound, 'seed') ?? 0,
    l1: optionalNumber(bound, 'l1'),
    l1Activations: optionalNumber(bound, 'l1_activations'),
    l2: optionalNumber(bound, 'l2'),
    clipNorm: optionalNumber(bound, 'clip'),
    clipValue: optionalNumber(bound, 'clip_value'),
    shuffle: booleanArg(bound, 'shuffle'),
    recordEvery: optionalNumber(bound, 'record_every'),
    limits: context.trainingLimits,
    shouldStop,
    onProgress: report
      ? (_record, soFar) => report(() => ({ kind: 'run', run: soFar(), loss, encoding, task: data.task, classNames: data.classNames, hiddenLabels: labels, finalAccuracy: { train: NaN, test: NaN }, dataset: data, live: true }), false)
      : undefined,
  };
  const find = finderOf(bound, { data: dataArg.span, sizes: netArg.span, activation: netArg.span });
  for (const u of user) {
    u.interrupted = false;
    u.stopMessage = undefined;
    u.span = args.span;
  }
  const trainSplit = splitOf(data.train, data, encoding);
  const testSplit = data.test.n > 0 ? splitOf(data.test, data, encoding) : null;
  let run: TrainingRun = withPositions('train', args.span, find, () => train(network, trainSplit, testSplit, options));
  // The core's advice names its own option; the language's keyword is clip=.
  if (run.message.includes('clip_norm=')) run = { ...run, message: run.message.replace('clip_norm=', 'clip=') };
  const activationStopped = user.some((u) => u.interrupted);
  const budgetUser = user.find((u) => u.stopMessage !== undefined);
  const budget = budgetUser && { name: budgetUser.name, stopMessage: budgetUser.stopMessage };
  // The flags belong to this training: predict and later runs evaluate the activation again.
  for (const u of user) {
    u.interrupted = false;
    u.stopMessage = undefined;
  }
  if ((interrupted || activationStopped) && run.stopped !== 'interrupted') {
    // An interrupt met inside a user activation's interpreter wrote NaN: the engine saw a loss that is not finite.
    const limit = budget?.stopMessage?.match(/more than ([\d,]+) steps/)?.[1];
    const why = budget ? `the activation ${budget.name} runs through the interpreter and used up the statement's step budget${limit ? ` (${limit} steps)` : ''}; write its body with the operations the compiler covers (docs/language-training.md)` : undefined;
    const message = why ? `stopped after ${run.steps} steps (${run.epochsDone} full epoch${run.epochsDone === 1 ? '' : 's'}): ${why}; the run so far is kept` : `interrupted after ${run.steps} steps (${run.epochsDone} full epoch${run.epochsDone === 1 ? '' : 's'}); the run so far is kept`;
    run = { ...run, stopped: 'interrupted', message, epochs: run.epochs.filter((e) => Number.isFinite(e.trainLoss)) };
  }
  const value: RunValue = { kind: 'run', run, loss, encoding, task: data.task, classNames: data.classNames, hiddenLabels: labels, finalAccuracy: finalAccuracy(run, encoding, loss, data.task), dataset: data };
  report?.(() => value, true);
  return value;
}

export const trainBuiltin: BuiltinFunction = {
  type: 'builtin',
  name: 'train',
  signature: signatureText(getBuiltinSignature('train')!),
  call: (args, context) => trainCall(args, context),
};
