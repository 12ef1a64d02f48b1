/**
 * compare_training(relu, tanh, ..., data=, hidden=[8, 8], epochs=, batch=, optimizer=, lr=, seed=,
 * init=, loss=, target_loss=): the same network trained on the same data with each activation.
 * Every network is built by mlp with the same sizes, init and seed, so the initial weights are the
 * same draws wherever the shapes agree (maxout's k pieces per unit change the shapes: its weights
 * differ); every run is trained by train with the same seed, hence the same batch order. All
 * networks are built (and every argument checked) before any training; errors are placed at the
 * argument. Live: after each epoch record the comparison so far (finished runs and the running one)
 * goes to the progress hook. An interrupt ends the comparison with the runs so far.
 */
import { bindArguments, numberArg } from '../builtins/builtin-arguments';
import { getBuiltinSignature, signatureText } from '../builtins/builtin-signatures';
import { LangError } from '../syntax/errors';
import type { Span } from '../syntax/span';
import type { BuiltinFunction, CallArguments, CallContext, Value } from '../runtime/values';
import { describeValue, vector } from '../runtime/values';
import { mlpCall } from './mlp-builtin';
import { trainCall } from './train-builtin';
import type { NetworkValue, RunValue, TrainingComparisonValue } from './training-values';

/** At most this many activations in one comparison (the payload's limit of runs). */
export const MAX_COMPARED = 16;
export const DEFAULT_COMPARE_HIDDEN = [8, 8];

const TRAIN_KEYWORDS = ['epochs', 'batch', 'optimizer', 'lr', 'seed', 'loss'];
const MLP_KEYWORDS = ['init', 'seed'];

function hiddenOf(v: { value: Value; span: Span } | undefined): number[] {
  if (!v) return DEFAULT_COMPARE_HIDDEN;
  const items = v.value.kind === 'vector' ? Array.from(v.value.items) : v.value.kind === 'number' ? [v.value.value] : undefined;
  if (!items || items.length === 0 || items.some((s) => !Number.isInteger(s) || s < 1)) {
    throw new LangError('eval', `compare_training: argument hidden must be a vector of hidden layer sizes (whole numbers ≥ 1), e.g. [8, 8, 8], got ${v.value.kind === 'vector' || v.value.kind === 'number' ? JSON.stringify(items) : describeValue(v.value)}`, v.span);
  }
  return items;
}

/** "relu", and "relu (2)" for a second relu. */
function uniqueLabels(labels: string[]): string[] {
  const seen = new Map<string, number>();
  return labels.map((l) => {
    const k = (seen.get(l) ?? 0) + 1;
    seen.set(l, k);
    return k === 1 ? l : `${l} (${k})`;
  });
}

export function compareTrainingCall(args: CallArguments, context: CallContext): TrainingComparisonValue {
  const bound = bindArguments(getBuiltinSignature('compare_training')!, args);
  const fns = bound.rest;
  if (fns.length === 0) throw new LangError('eval', 'compare_training needs at least one activation: compare_training(relu, tanh, data=dataset("spiral"))', args.span);
  if (fns.length > MAX_COMPARED) throw new LangError('eval', `compare_training compares at most ${MAX_COMPARED} activations, got ${fns.length}`, fns[MAX_COMPARED].span);
  const dataArg = bound.named.get('data')!;
  if (dataArg.value.kind !== 'dataset') throw new LangError('eval', `compare_training: argument data must be a dataset (dataset("spiral"), dataset(x, y), csv("file.csv")), got ${describeValue(dataArg.value)}`, dataArg.span);
  const dataset = dataArg.value.dataset;
  const hiddenArg = bound.named.get('hidden');
  const hidden = hiddenOf(hiddenArg);
  const targetLoss = bound.named.has('target_loss') ? numberArg(bound, 'target_loss') : undefined;
  if (targetLoss !== undefined && !(targetLoss >= 0 && Number.isFinite(targetLoss))) throw new LangError('eval', `compare_training: argument target_loss must be a finite number ≥ 0, got ${targetLoss}`, bound.named.get('target_loss')!.span);
  const outputs = dataset.task === 'multiclass' ? dataset.classes : 1;
  const sizes = vector(Float64Array.from([dataset.d, ...hidden, outputs]));
  const sizesSpan = hiddenArg?.span ?? args.span;
  const pass = (names: string[]) => args.keywords.filter((k) => names.includes(k.name));
  // Every network first: a bad activation is reported before any training.
  const networks: NetworkValue[] = fns.map((fn) => mlpCall({ positional: [{ value: sizes, span: sizesSpan }, fn], keywords: pass(MLP_KEYWORDS), span: args.span }, context));
  const labels = uniqueLabels(networks.map((n) => n.hiddenLabels[0] ?? 'linear'));
  const hook = context.onTrainingProgress;
  const entries: Array<{ label: string; run: RunValue }> = [];
  const value = (): TrainingComparisonValue => ({ kind: 'training-comparison', entries: entries.slice(), dataset, targetLoss });
  for (let i = 0; i < networks.length; i++) {
    const live = hook
      ? (snapshot: () => RunValue) =>
          hook({ snapshot: () => ({ ...value(), entries: [...entries, { label: labels[i], run: snapshot() }], pending: labels.slice(i + 1), live: true }), final: false })
      : undefined;
    const run = trainCall({ positional: [{ value: networks[i], span: fns[i].span }, dataArg], keywords: pass(TRAIN_KEYWORDS), span: args.span }, context, live);
    entries.push({ label: labels[i], run });
    if (run.run.stopped === 'interrupted') break;
  }
  const result = value();
  if (entries.length < networks.length) result.pending = labels.slice(entries.length);
  hook?.({ snapshot: () => result, final: true });
  return result;
}

export const compareTrainingBuiltin: BuiltinFunction = {
  type: 'builtin',
  name: 'compare_training',
  signature: signatureText(getBuiltinSignature('compare_training')!),
  call: (args, context) => compareTrainingCall(args, context),
};
