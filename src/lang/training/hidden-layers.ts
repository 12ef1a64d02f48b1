/**
 * What mlp(...) accepts as a hidden layer's activation, as the core's HiddenLayerSpec:
 * - any activation of the catalogue with its keywords (gelu, leaky_relu(negative_slope=0.2)), by
 *   value or by name ("gelu"): the registry's kernels (fromActivationSpec);
 * - prelu: a LEARNED slope (nn.PReLU, one per layer), initialised at its weight= (default 0.25);
 * - maxout(k=3): maxout units, each the largest of k linear pieces (the layer's width is the units);
 * - a user function or lambda of one number (user-activation.ts);
 * - exp, sin, ... (the elementwise math built-ins).
 */
import { getActivation } from '../../core/activations/registry';
import { fromActivationSpec, fromScalarFunctions } from '../../core/training/layer-activation';
import type { HiddenLayerSpec } from '../../core/training/network';
import { TrainingArgumentError } from '../../core/training/training-error';
import { LangError } from '../syntax/errors';
import { elementwiseRule } from '../builtins/math-builtins';
import type { Span } from '../syntax/span';
import type { CallContext, Value } from '../runtime/values';
import { describeValue, functionLabel } from '../runtime/values';
import { withoutAliases } from './spec-params';
import { userActivation, type UserLayerActivation } from './user-activation';
import { ELEMENTARY_DERIVATIVES } from './vector-dual';

export interface ResolvedHidden {
  spec: HiddenLayerSpec;
  label: string;
  user?: UserLayerActivation;
}

const ACCEPTED = 'an activation (gelu, leaky_relu(negative_slope=0.2), "tanh"), prelu (a learned slope), maxout(k=3), a function of yours (f(x) = ...) or a lambda (x -> x * sigmoid(x))';

export function hiddenLayerOf(value: Value, span: Span, context: CallContext): ResolvedHidden {
  if (value.kind === 'string') {
    const spec = getActivation(value.value);
    if (!spec) throw new LangError('eval', `mlp: unknown activation "${value.value}"; accepted: ${ACCEPTED}`, span);
    return fromSpec(spec, { ...spec.defaults }, spec.name, span);
  }
  if (value.kind !== 'function') throw new LangError('eval', `mlp: an activation must be a function, got ${describeValue(value)}; accepted: ${ACCEPTED}`, span);
  const fn = value.callable;
  const label = functionLabel(fn);
  switch (fn.type) {
    case 'activation':
      return fromSpec(fn.spec, fn.params, label, span);
    case 'vector': {
      if (fn.spec.name !== 'maxout') {
        const hint = fn.spec.name === 'softmax' ? '; for a softmax output write output="softmax"' : '';
        throw new LangError('eval', `mlp: ${label} is a function of a whole vector; the one vector activation a hidden layer takes is maxout(k=...)${hint}`, span);
      }
      const k = fn.params.k as number;
      return { spec: { kind: 'maxout', pieces: k }, label: `maxout(k=${k})` };
    }
    case 'user': {
      const user = userActivation(fn, context, span);
      return { spec: { kind: 'activation', activation: user }, label, user };
    }
    case 'builtin': {
      const f = elementwiseRule(fn.name);
      const df = ELEMENTARY_DERIVATIVES[fn.name];
      if (f && df) return { spec: { kind: 'activation', activation: fromScalarFunctions(fn.name, f, (x) => df(x, f(x))) }, label };
      throw new LangError('eval', `mlp: ${label} is not an activation; accepted: ${ACCEPTED}`, span);
    }
  }
}

function fromSpec(spec: NonNullable<ReturnType<typeof getActivation>>, params: Readonly<Record<string, number | string | boolean>>, label: string, span: Span): ResolvedHidden {
  if (spec.name === 'prelu') {
    const init = typeof params.weight === 'number' ? params.weight : 0.25;
    return { spec: { kind: 'prelu', init }, label: `prelu (learned slope, init ${init})` };
  }
  try {
    return { spec: { kind: 'activation', activation: fromActivationSpec(spec, withoutAliases(spec, params)) }, label };
  } catch (error) {
    if (error instanceof TrainingArgumentError) throw new LangError('eval', `mlp: ${error.message}`, span);
    throw error;
  }
}
