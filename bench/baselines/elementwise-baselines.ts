/** The table of hand-written element-wise baselines, by the registry's canonical activation name. */
import type { ElementwiseBaseline } from './baseline-types';
import { exponential, elu, selu, celu, softplus, softsign, squareplus } from './exponential-baselines';
import { hardsigmoid, hardswish, sparsePlus } from './hard-baselines';
import { hardshrink, hardtanh, heaviside, identity, leakyRelu, prelu, relu, relu6, rrelu, softshrink, srelu, threshold } from './rectifier-baselines';
import { gelu, logsigmoid, mish, sigmoid, silu, swish, tanh, tanhshrink } from './sigmoid-baselines';

export const ELEMENTWISE_BASELINES: ReadonlyMap<string, ElementwiseBaseline> = new Map<string, ElementwiseBaseline>([
  ['relu', relu],
  ['relu6', relu6],
  ['leaky_relu', leakyRelu],
  ['prelu', prelu],
  ['rrelu', rrelu],
  ['elu', elu],
  ['selu', selu],
  ['celu', celu],
  ['gelu', gelu],
  ['silu', silu],
  ['mish', mish],
  ['softplus', softplus],
  ['softsign', softsign],
  ['tanh', tanh],
  ['sigmoid', sigmoid],
  ['hardsigmoid', hardsigmoid],
  ['hardswish', hardswish],
  ['hard_silu', hardswish],
  ['hardtanh', hardtanh],
  ['hardshrink', hardshrink],
  ['softshrink', softshrink],
  ['tanhshrink', tanhshrink],
  ['logsigmoid', logsigmoid],
  ['threshold', threshold],
  ['squareplus', squareplus],
  ['sparse_plus', sparsePlus],
  ['swish', swish],
  ['identity', identity],
  ['exponential', exponential],
  ['heaviside', heaviside],
  ['srelu', srelu],
]);

/** The baseline for an activation known by `names` (its canonical name first, then aliases). */
export function findBaseline(names: readonly string[]): ElementwiseBaseline | undefined {
  for (const name of names) {
    const b = ELEMENTWISE_BASELINES.get(name);
    if (b) return b;
  }
  return undefined;
}
