/**
 * mlp(sizes, activation=f, output=, init=, bias=, gain=, seed=): a core Network with seeded initial
 * weights. Per-layer activations come positionally after the sizes: mlp([2, 8, 8, 1], relu, tanh).
 * Size limits (parameters) are checked before any weight is allocated.
 */
import { INIT_SCHEMES, type InitScheme } from '../../core/training/initialisation';
import { createNetwork, type HiddenLayerSpec, type MlpConfig, type OutputHead } from '../../core/training/network';
import { checkSizeLimits } from '../../core/training/size-limits';
import { bindArguments, numberArg, spanOf } from '../builtins/builtin-arguments';
import { getBuiltinSignature, signatureText } from '../builtins/builtin-signatures';
import { LangError } from '../syntax/errors';
import type { BuiltinFunction, CallArguments, CallContext, Value } from '../runtime/values';
import { describeValue } from '../runtime/values';
import { hiddenLayerOf } from './hidden-layers';
import { finderOf, withPositions } from './training-errors';
import type { NetworkValue } from './training-values';

/** The language's names of the initialisation schemes (the core's names are accepted too). */
export const INIT_NAMES: Readonly<Record<string, InitScheme>> = {
  torch: 'torch_default',
  default: 'torch_default',
  he_normal: 'kaiming_normal',
  he_uniform: 'kaiming_uniform',
  glorot_normal: 'xavier_normal',
  glorot_uniform: 'xavier_uniform',
  ...Object.fromEntries(INIT_SCHEMES.map((s) => [s, s])),
};

const OUTPUTS: readonly OutputHead[] = ['linear', 'sigmoid', 'softmax'];

function stringArg(name: string, v: { value: Value; span: CallArguments['span'] } | undefined, accepted: readonly string[]): string | undefined {
  if (!v) return undefined;
  if (v.value.kind !== 'string' || !accepted.includes(v.value.value)) {
    const got = v.value.kind === 'string' ? JSON.stringify(v.value.value) : describeValue(v.value);
    throw new LangError('eval', `mlp: argument ${name} must be one of ${accepted.map((a) => JSON.stringify(a)).join(', ')}, got ${got}`, v.span);
  }
  return v.value.value;
}

export function mlpCall(args: CallArguments, context: CallContext): NetworkValue {
  const sig = getBuiltinSignature('mlp')!;
  // sizes is the first positional argument; the rest are per-layer activations.
  const bound = bindArguments({ ...sig, params: sig.params.filter((p) => !p.variadic) }, { ...args, positional: args.positional.slice(0, 1) });
  const perLayer = args.positional.slice(1);
  const sizesArg = bound.named.get('sizes')!;
  if (sizesArg.value.kind !== 'vector') throw new LangError('eval', `mlp: argument sizes must be a vector of layer sizes [inputs, hidden..., outputs], e.g. [2, 16, 16, 1], got ${describeValue(sizesArg.value)}`, sizesArg.span);
  const sizes = Array.from(sizesArg.value.items);
  if (sizes.length < 2) throw new LangError('eval', `mlp: sizes needs at least two entries [inputs, outputs], got ${sizes.length}`, sizesArg.span);
  sizes.forEach((s, i) => {
    if (!Number.isInteger(s) || s < 1) throw new LangError('eval', `mlp: sizes[${i}] must be a whole number of at least 1, got ${s}`, sizesArg.span);
  });
  const activationArg = bound.named.get('activation');
  if (activationArg && perLayer.length > 0) throw new LangError('eval', 'mlp: give the activations either positionally (one per hidden layer) or as activation=, not both', activationArg.span);
  const hiddenCount = sizes.length - 2;
  const given = perLayer.length > 0 ? perLayer : activationArg ? [activationArg] : [];
  if (given.length > 1 && given.length !== hiddenCount) {
    throw new LangError('eval', `mlp: ${given.length} activations for ${hiddenCount} hidden layer${hiddenCount === 1 ? '' : 's'}; give one for all or exactly ${hiddenCount}`, given[Math.min(given.length, hiddenCount + 1) - 1].span);
  }
  const resolved = given.length === 0 ? [hiddenLayerOf({ kind: 'string', value: 'relu' }, args.span, context)] : given.map((a) => hiddenLayerOf(a.value, a.span, context));
  const perLayerSpecs: HiddenLayerSpec[] = [];
  const labels: string[] = [];
  for (let l = 0; l < hiddenCount; l++) {
    const r = resolved.length === 1 ? resolved[0] : resolved[l];
    perLayerSpecs.push(r.spec);
    labels.push(r.label);
  }
  const initName = stringArg('init', bound.named.get('init'), Object.keys(INIT_NAMES));
  const output = stringArg('output', bound.named.get('output'), OUTPUTS) as OutputHead | undefined;
  const seedArg = bound.named.get('seed');
  const seed = seedArg ? numberArg(bound, 'seed') : 0;
  if (!Number.isInteger(seed)) throw new LangError('eval', `mlp: argument seed must be a whole number, got ${seed}`, spanOf(bound, 'seed'));
  const config: MlpConfig = {
    sizes,
    hidden: perLayerSpecs,
    output: output ?? 'linear',
    init: initName === undefined ? 'torch_default' : INIT_NAMES[initName],
    bias: bound.named.has('bias') ? numberArg(bound, 'bias') : undefined,
    gain: bound.named.has('gain') ? numberArg(bound, 'gain') : undefined,
    seed,
  };
  const find = finderOf(bound, { activation: given[0]?.span });
  const network = withPositions('mlp', args.span, find, () => {
    checkSizeLimits(config, 0, 0, 1, context.trainingLimits);
    return createNetwork(config);
  });
  return { kind: 'network', network, hiddenLabels: labels };
}

export const mlpBuiltin: BuiltinFunction = {
  type: 'builtin',
  name: 'mlp',
  signature: signatureText(getBuiltinSignature('mlp')!),
  call: (args, context) => mlpCall(args, context),
};
