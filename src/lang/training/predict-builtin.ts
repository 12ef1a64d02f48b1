/**
 * predict(run_or_net, x): the network's head outputs (linear values, sigmoid probabilities or
 * softmax rows). x is one point, or several points one after another; for points of one number
 * every number is a point. One output and one point give a number; otherwise a vector (the outputs
 * of each point one after another).
 *
 * Points are in the coordinates of the data the run was trained on, before its feature expansion
 * and standardisation (dataset(..., features=, standardize=true)): each is encoded the way the
 * training points were (encodeInput, as the decision-boundary heatmap does), so a run on
 * features="x1, x2, x1*x2" takes [x1, x2]. A network (mlp(...), run.network) has no encoder: its
 * points are the network's inputs as they are.
 */
import { encodeInput, type Dataset } from '../../core/training/datasets';
import { predict } from '../../core/training/predict';
import type { Network } from '../../core/training/network';
import { bindArguments } from '../builtins/builtin-arguments';
import { getBuiltinSignature, signatureText } from '../builtins/builtin-signatures';
import { LangError } from '../syntax/errors';
import type { BuiltinFunction, CallArguments, CallContext, Value } from '../runtime/values';
import { describeValue, num, vector } from '../runtime/values';

export function networkOf(v: Value): Network | undefined {
  if (v.kind === 'network') return v.network;
  if (v.kind === 'run') return v.run.network;
  return undefined;
}

/** The dataset whose encoding (features, standardisation) predict applies to a run's points; undefined when it has none. */
export function encoderOf(v: Value): Dataset | undefined {
  if (v.kind !== 'run' || !v.dataset) return undefined;
  const data = v.dataset;
  return (data.features !== null || data.scaling !== null) && data.d === v.run.network.inputs ? data : undefined;
}

function plural(n: number, word: string): string {
  return `${n} ${word}${n === 1 ? '' : 's'}`;
}

export function predictCall(args: CallArguments, context: CallContext): Value {
  const bound = bindArguments(getBuiltinSignature('predict')!, args);
  const model = bound.named.get('model')!;
  const x = bound.named.get('x')!;
  const net = networkOf(model.value);
  if (!net) throw new LangError('eval', `predict: argument model must be a run (train(...)) or a network (mlp(...)), got ${describeValue(model.value)}`, model.span);
  const encoder = encoderOf(model.value);
  // The numbers of one point as predict takes it: the data's raw inputs for a run with an encoder, else the network's.
  const d = encoder ? encoder.source.d : net.inputs;
  const encoded = encoder ? [encoder.features ? `features ${encoder.featureNames.join(', ')}` : '', encoder.scaling ? 'standardized' : ''].filter((t) => t !== '').join(', ') : '';
  const takes = encoder
    ? `the run's data has ${plural(d, 'input')} per point (${encoder.source.names.join(', ')}; the network sees them as ${encoded})`
    : `the network takes ${plural(d, 'input')} per point`;
  let points: Float64Array;
  if (x.value.kind === 'number') points = Float64Array.of(x.value.value);
  else if (x.value.kind === 'vector') points = x.value.items;
  else throw new LangError('eval', `predict: argument x must be a point (a vector of ${plural(d, 'number')}) or several points one after another, got ${describeValue(x.value)}`, x.span);
  if (points.length === 0 || points.length % d !== 0) {
    throw new LangError('eval', `predict: ${takes}, and ${points.length} numbers are not a whole number of points`, x.span);
  }
  for (let i = 0; i < points.length; i++) {
    if (!Number.isFinite(points[i])) throw new LangError('eval', `predict: item ${i} of x is ${points[i]}; points must be finite`, x.span);
  }
  const n = points.length / d;
  context.checkSize(n * (encoder ? Math.max(net.outputs, net.inputs) : net.outputs), x.span);
  let inputs: Float64Array = points;
  if (encoder) {
    const m = net.inputs;
    const encodedPoints = new Float64Array(n * m);
    for (let r = 0; r < n; r++) encodeInput(encoder, points.subarray(r * d, (r + 1) * d), encodedPoints.subarray(r * m, (r + 1) * m));
    inputs = encodedPoints;
  }
  const out = predict(net, inputs, n);
  return out.length === 1 ? num(out[0]) : vector(out);
}

export const predictBuiltin: BuiltinFunction = {
  type: 'builtin',
  name: 'predict',
  signature: signatureText(getBuiltinSignature('predict')!),
  call: (args, context) => predictCall(args, context),
};
