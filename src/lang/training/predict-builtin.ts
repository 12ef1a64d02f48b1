/**
 * predict(run_or_net, x): the network's head outputs (linear values, sigmoid probabilities or
 * softmax rows). x is one point (a vector of one number per input), or several points one after
 * another; for a network of one input every number is a point. One output and one point give a
 * number; otherwise a vector (the outputs of each point one after another).
 */
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

export function predictCall(args: CallArguments, context: CallContext): Value {
  const bound = bindArguments(getBuiltinSignature('predict')!, args);
  const model = bound.named.get('model')!;
  const x = bound.named.get('x')!;
  const net = networkOf(model.value);
  if (!net) throw new LangError('eval', `predict: argument model must be a run (train(...)) or a network (mlp(...)), got ${describeValue(model.value)}`, model.span);
  let points: Float64Array;
  if (x.value.kind === 'number') points = Float64Array.of(x.value.value);
  else if (x.value.kind === 'vector') points = x.value.items;
  else throw new LangError('eval', `predict: argument x must be a point (a vector of ${net.inputs} number${net.inputs === 1 ? '' : 's'}) or several points one after another, got ${describeValue(x.value)}`, x.span);
  const d = net.inputs;
  if (points.length === 0 || points.length % d !== 0) {
    throw new LangError('eval', `predict: the network takes ${d} inputs per point, and ${points.length} numbers are not a whole number of points`, x.span);
  }
  for (let i = 0; i < points.length; i++) {
    if (!Number.isFinite(points[i])) throw new LangError('eval', `predict: item ${i} of x is ${points[i]}; points must be finite`, x.span);
  }
  const n = points.length / d;
  context.checkSize(n * net.outputs, x.span);
  const out = predict(net, points, n);
  return out.length === 1 ? num(out[0]) : vector(out);
}

export const predictBuiltin: BuiltinFunction = {
  type: 'builtin',
  name: 'predict',
  signature: signatureText(getBuiltinSignature('predict')!),
  call: (args, context) => predictCall(args, context),
};
