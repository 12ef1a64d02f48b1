/**
 * An MLP's structure and its parameters in one flat Float64Array (so optimizers, clipping and
 * penalties are single loops). Per layer, in PyTorch's module parameter order: the dense weight
 * (rows x inputs, row-major like nn.Linear.weight), its bias (rows), then PReLU's slope (1, or one
 * per unit). A maxout layer of `units` units with k pieces has rows = units * k, pieces of a unit
 * consecutive (torch: Linear(in, units * k) then view(-1, units, k).max(-1)).
 */
import { SeededRng } from '../random/seeded-rng';
import { initialiseLinear, InitScheme, INIT_SCHEMES } from './initialisation';
import type { LayerActivation } from './layer-activation';
import { requireInteger, requireNumber, TrainingArgumentError } from './training-error';

/** What follows a hidden dense layer. */
export type HiddenLayerSpec =
  | { kind: 'activation'; activation: LayerActivation }
  /** nn.PReLU: a learned slope for x < 0, one per layer (num_parameters=1) or one per unit; init 0.25. */
  | { kind: 'prelu'; perUnit?: boolean; init?: number }
  /** Maxout units: each unit is the maximum of `pieces` linear pieces. */
  | { kind: 'maxout'; pieces: number };

/** The output layer's head. Losses on logits (BCE, cross-entropy) read the pre-head values. */
export type OutputHead = 'linear' | 'sigmoid' | 'softmax';

export interface MlpConfig {
  /** [inputs, hidden..., outputs]; at least [inputs, outputs]. */
  sizes: readonly number[];
  /** One spec for every hidden layer, or one per hidden layer. */
  hidden: HiddenLayerSpec | readonly HiddenLayerSpec[];
  output?: OutputHead;
  init?: InitScheme;
  gain?: number;
  /** A constant bias for every layer (overrides the scheme's bias). */
  bias?: number;
  seed?: number;
}

export type LayerKind = 'activation' | 'prelu' | 'maxout' | 'output';

export interface DenseLayer {
  readonly index: number;
  readonly kind: LayerKind;
  readonly inputs: number;
  /** Units after the activation (the next layer's inputs). */
  readonly units: number;
  /** Pieces per unit (maxout), else 1. */
  readonly pieces: number;
  /** units * pieces: rows of the weight, width of the pre-activations. */
  readonly rows: number;
  readonly weightOffset: number;
  readonly biasOffset: number;
  /** Offset of PReLU's slope(s), -1 when none. */
  readonly slopeOffset: number;
  readonly slopeCount: number;
  readonly activation?: LayerActivation;
}

/** One named tensor of the flat parameter array (the order torch's model.parameters() gives). */
export interface ParameterTensor {
  readonly name: string;
  readonly offset: number;
  readonly length: number;
  readonly shape: readonly number[];
  /** True for dense weights: the tensors L1/L2 penalties apply to. */
  readonly isWeight: boolean;
}

export interface Network {
  readonly config: MlpConfig;
  readonly layers: readonly DenseLayer[];
  readonly tensors: readonly ParameterTensor[];
  readonly parameters: Float64Array;
  readonly inputs: number;
  readonly outputs: number;
  readonly head: OutputHead;
}

export const MAX_LAYER_WIDTH = 1 << 20;

function hiddenSpecs(config: MlpConfig, hiddenCount: number): readonly HiddenLayerSpec[] {
  const h = config.hidden;
  if (Array.isArray(h)) {
    if (h.length !== hiddenCount) {
      throw new TrainingArgumentError('activation', `${h.length} activations for ${hiddenCount} hidden layers`, `one activation for all hidden layers, or exactly ${hiddenCount}`);
    }
    return h as readonly HiddenLayerSpec[];
  }
  return new Array<HiddenLayerSpec>(hiddenCount).fill(h as HiddenLayerSpec);
}

/** Checks the config and lays out the parameters (all zero). */
export function layoutNetwork(config: MlpConfig): Network {
  const sizes = config.sizes;
  if (!Array.isArray(sizes) || sizes.length < 2) throw new TrainingArgumentError('sizes', `got ${JSON.stringify(sizes)}`, 'a list of layer sizes [inputs, hidden..., outputs] with at least two entries');
  sizes.forEach((s, i) => requireInteger(`sizes[${i}]`, s, 1, MAX_LAYER_WIDTH));
  const head = config.output ?? 'linear';
  if (head !== 'linear' && head !== 'sigmoid' && head !== 'softmax') throw new TrainingArgumentError('output', `got '${String(head)}'`, 'linear, sigmoid, softmax');
  if (config.init !== undefined && !INIT_SCHEMES.includes(config.init)) throw new TrainingArgumentError('init', `unknown scheme '${String(config.init)}'`, INIT_SCHEMES.join(', '));
  // A bias or gain of Infinity or NaN would make every weight or output not finite before the first step.
  if (config.bias !== undefined) requireNumber('bias', config.bias);
  if (config.gain !== undefined) requireNumber('gain', config.gain);
  const specs = hiddenSpecs(config, sizes.length - 2);
  const layers: DenseLayer[] = [];
  const tensors: ParameterTensor[] = [];
  let offset = 0;
  for (let l = 0; l < sizes.length - 1; l++) {
    const inputs = sizes[l];
    const units = sizes[l + 1];
    const spec = l < specs.length ? specs[l] : undefined;
    let kind: LayerKind = 'output';
    let pieces = 1;
    let slopeCount = 0;
    if (spec !== undefined) {
      kind = spec.kind;
      if (spec.kind === 'maxout') { requireInteger(`maxout pieces (layer ${l + 1})`, spec.pieces, 1, 64); pieces = spec.pieces; }
      else if (spec.kind === 'prelu') { slopeCount = spec.perUnit ? units : 1; if (spec.init !== undefined) requireNumber('prelu init', spec.init); }
      else if (spec.kind === 'activation') { if (typeof spec.activation?.valueAndSlope !== 'function') throw new TrainingArgumentError(`activation (layer ${l + 1})`, 'not an activation', 'a LayerActivation'); }
      else throw new TrainingArgumentError(`activation (layer ${l + 1})`, `unknown kind '${String((spec as { kind: unknown }).kind)}'`, 'activation, prelu, maxout');
    }
    const rows = units * pieces;
    const weightOffset = offset;
    tensors.push({ name: `layers.${l}.weight`, offset, length: rows * inputs, shape: [rows, inputs], isWeight: true });
    offset += rows * inputs;
    const biasOffset = offset;
    tensors.push({ name: `layers.${l}.bias`, offset, length: rows, shape: [rows], isWeight: false });
    offset += rows;
    let slopeOffset = -1;
    if (slopeCount > 0) {
      slopeOffset = offset;
      tensors.push({ name: `layers.${l}.prelu.weight`, offset, length: slopeCount, shape: [slopeCount], isWeight: false });
      offset += slopeCount;
    }
    layers.push({
      index: l, kind, inputs, units, pieces, rows, weightOffset, biasOffset, slopeOffset, slopeCount,
      activation: spec?.kind === 'activation' ? spec.activation : undefined,
    });
  }
  return { config, layers, tensors, parameters: new Float64Array(offset), inputs: sizes[0], outputs: sizes[sizes.length - 1], head };
}

/** Number of parameters of a config, without allocating them. */
export function countParameters(config: MlpConfig): number {
  const sizes = config.sizes;
  let total = 0;
  const specs = Array.isArray(config.hidden) ? config.hidden : null;
  for (let l = 0; l < sizes.length - 1; l++) {
    const spec = l < sizes.length - 2 ? (specs ? specs[l] : config.hidden) as HiddenLayerSpec : undefined;
    const pieces = spec?.kind === 'maxout' ? spec.pieces : 1;
    const rows = sizes[l + 1] * pieces;
    total += rows * sizes[l] + rows + (spec?.kind === 'prelu' ? (spec.perUnit ? sizes[l + 1] : 1) : 0);
  }
  return total;
}

/** A network with its parameters drawn by the config's scheme (default torch_default) and seed (default 0). */
export function createNetwork(config: MlpConfig): Network {
  const net = layoutNetwork(config);
  const rng = new SeededRng(config.seed ?? 0);
  const p = net.parameters;
  const specs = hiddenSpecs(config, config.sizes.length - 2);
  for (const layer of net.layers) {
    const weight = p.subarray(layer.weightOffset, layer.weightOffset + layer.rows * layer.inputs);
    const bias = p.subarray(layer.biasOffset, layer.biasOffset + layer.rows);
    initialiseLinear(weight, bias, layer.inputs, layer.rows, { scheme: config.init ?? 'torch_default', gain: config.gain, bias: config.bias }, rng);
    if (layer.slopeCount > 0) {
      const spec = specs[layer.index] as { kind: 'prelu'; init?: number };
      p.fill(spec.init ?? 0.25, layer.slopeOffset, layer.slopeOffset + layer.slopeCount);
    }
  }
  return net;
}

/** A network of the same structure with a copy of (or the given) parameters. */
export function withParameters(net: Network, parameters?: Float64Array): Network {
  const copy = new Float64Array(net.parameters.length);
  copy.set(parameters ?? net.parameters);
  return { ...net, parameters: copy };
}
