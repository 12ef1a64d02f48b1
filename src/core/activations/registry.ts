/** Every elementwise activation the language knows, by name and by alias. */
import type { ActivationSpec } from './activation-spec';
import { celuSpec } from './celu';
import { eluSpec } from './elu';
import { exponentialSpec } from './exponential';
import { geluSpec } from './gelu';
import { hardshrinkSpec } from './hardshrink';
import { hardsigmoidSpec } from './hardsigmoid';
import { hardswishSpec } from './hardswish';
import { hardtanhSpec } from './hardtanh';
import { heavisideSpec } from './heaviside';
import { identitySpec } from './identity';
import { leakyReluSpec } from './leaky-relu';
import { logsigmoidSpec } from './logsigmoid';
import { mishSpec } from './mish';
import { noisyReluSpec } from './noisy-relu';
import { preluSpec } from './prelu';
import { reluSpec } from './relu';
import { relu6Spec } from './relu6';
import { rreluSpec } from './rrelu';
import { seluSpec } from './selu';
import { sigmoidSpec } from './sigmoid';
import { siluSpec } from './silu';
import { softplusSpec } from './softplus';
import { softshrinkSpec } from './softshrink';
import { softsignSpec } from './softsign';
import { sparsePlusSpec } from './sparse-plus';
import { squareplusSpec } from './squareplus';
import { sreluSpec } from './srelu';
import { swishSpec } from './swish';
import { tanhSpec } from './tanh';
import { tanhshrinkSpec } from './tanhshrink';
import { thresholdSpec } from './threshold';
import { nameIndex } from '../name-index';

/** PyTorch's elementwise activations first (in the order of its docs' list), then the JAX/Keras/TF extras, then the literature's. */
const ACTIVATIONS: readonly ActivationSpec[] = [
  reluSpec,
  relu6Spec,
  leakyReluSpec,
  preluSpec,
  rreluSpec,
  eluSpec,
  seluSpec,
  celuSpec,
  geluSpec,
  siluSpec,
  mishSpec,
  softplusSpec,
  softsignSpec,
  tanhSpec,
  sigmoidSpec,
  hardsigmoidSpec,
  hardswishSpec,
  hardtanhSpec,
  hardshrinkSpec,
  softshrinkSpec,
  tanhshrinkSpec,
  logsigmoidSpec,
  thresholdSpec,
  squareplusSpec,
  sparsePlusSpec,
  swishSpec,
  identitySpec,
  exponentialSpec,
  heavisideSpec,
  sreluSpec,
  noisyReluSpec,
];

const BY_NAME: ReadonlyMap<string, ActivationSpec> = nameIndex(ACTIVATIONS, 'activation');

/** The activation called `name` (its canonical name or an alias), or undefined. */
export function getActivation(name: string): ActivationSpec | undefined {
  return BY_NAME.get(name);
}

/** Every activation once, in registry order. */
export function listActivations(): ActivationSpec[] {
  return [...ACTIVATIONS];
}

/** Every name and alias that resolves to an activation. */
export function activationNames(): string[] {
  return [...BY_NAME.keys()];
}
