/**
 * Seeded weight initialisation schemes, with PyTorch's formulas (torch.nn.init) for the bounds and
 * standard deviations. Draws come from SeededRng, layer by layer, for each layer first the weight
 * (row-major, out x in like nn.Linear.weight) then the bias.
 */
import { SeededRng } from '../random/seeded-rng';
import { TrainingArgumentError } from './training-error';

export type InitScheme =
  | 'torch_default'
  | 'kaiming_normal'
  | 'kaiming_uniform'
  | 'xavier_normal'
  | 'xavier_uniform'
  | 'lecun_normal'
  | 'lecun_uniform'
  | 'zeros'
  | 'playground';

export const INIT_SCHEMES: readonly InitScheme[] = [
  'torch_default', 'kaiming_normal', 'kaiming_uniform', 'xavier_normal', 'xavier_uniform', 'lecun_normal', 'lecun_uniform', 'zeros', 'playground',
];

/** torch.nn.init.calculate_gain for the nonlinearities it knows. */
export function initGain(nonlinearity: string, negativeSlope = 0.01): number {
  switch (nonlinearity) {
    case 'linear': case 'identity': case 'sigmoid': return 1;
    case 'tanh': return 5 / 3;
    case 'relu': return Math.SQRT2;
    case 'leaky_relu': return Math.sqrt(2 / (1 + negativeSlope * negativeSlope));
    case 'selu': return 3 / 4;
    default: throw new TrainingArgumentError('gain', `no gain is defined for '${nonlinearity}'`, 'linear, sigmoid, tanh, relu, leaky_relu, selu, or a number');
  }
}

export interface InitOptions {
  scheme: InitScheme;
  /** Multiplies the std / bound: default sqrt(2) for kaiming (torch's a=0 leaky_relu), 1 otherwise. */
  gain?: number;
  /** A constant for every bias (e.g. 0.1 for ReLU nets); default: torch_default draws U(-1/sqrt(fan_in), +), playground 0.1, the others 0. */
  bias?: number;
}

/** Fills `weight` (fanOut x fanIn) and `bias` (fanOut) with the scheme's draws. */
export function initialiseLinear(weight: Float64Array, bias: Float64Array, fanIn: number, fanOut: number, options: InitOptions, rng: SeededRng): void {
  const scheme = options.scheme;
  const gain = options.gain ?? (scheme === 'kaiming_normal' || scheme === 'kaiming_uniform' ? Math.SQRT2 : 1);
  const uniform = (bound: number) => { for (let i = 0; i < weight.length; i++) weight[i] = rng.nextUniform(-bound, bound); };
  const normal = (std: number) => { for (let i = 0; i < weight.length; i++) weight[i] = rng.nextNormal(0, std); };
  switch (scheme) {
    case 'torch_default': uniform(1 / Math.sqrt(fanIn)); break;
    case 'kaiming_uniform': uniform(gain * Math.sqrt(3 / fanIn)); break;
    case 'kaiming_normal': normal(gain / Math.sqrt(fanIn)); break;
    case 'xavier_uniform': uniform(gain * Math.sqrt(6 / (fanIn + fanOut))); break;
    case 'xavier_normal': normal(gain * Math.sqrt(2 / (fanIn + fanOut))); break;
    case 'lecun_uniform': uniform(gain * Math.sqrt(3 / fanIn)); break;
    case 'lecun_normal': normal(gain / Math.sqrt(fanIn)); break;
    case 'zeros': weight.fill(0); break;
    case 'playground': uniform(0.5); break;
    default: throw new TrainingArgumentError('init', `unknown scheme '${String(scheme)}'`, INIT_SCHEMES.join(', '));
  }
  if (options.bias !== undefined) bias.fill(options.bias);
  else if (scheme === 'torch_default') { const b = 1 / Math.sqrt(fanIn); for (let i = 0; i < bias.length; i++) bias[i] = rng.nextUniform(-b, b); }
  else if (scheme === 'playground') bias.fill(0.1);
  else bias.fill(0);
}
