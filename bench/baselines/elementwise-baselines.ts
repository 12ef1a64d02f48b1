/** The table of hand-written element-wise baselines, by the registry's canonical activation name. */
import type { ElementwiseBaseline } from './baseline-types';
import { exponential, elu, selu, celu, softplus, softsign, squareplus } from './exponential-baselines';
import { hardsigmoid, hardswish, sparsePlus } from './hard-baselines';
import { hardshrink, hardtanh, heaviside, identity, leakyRelu, prelu, relu, relu6, rrelu, softshrink, srelu, threshold } from './rectifier-baselines';
import { hardshrinkSame, hardsigmoidSame, hardswishSame, hardtanhSame, leakyReluSame, preluSame, relu6Same, reluSame, rreluSame, softshrinkSame, softsignSame, sreluSame, thresholdSame } from './same-formula-piecewise';
import { celuSame, eluSame, geluSame, logsigmoidSame, mishSame, seluSame, sigmoidSame, softplusSame, tanhSame, tanhshrinkSame } from './same-formula-smooth';
import { heavisideSame, identitySame, siluSame, squareplusSame, swishSame } from './same-formula-baselines';
import { gelu, logsigmoid, mish, sigmoid, silu, swish, tanh, tanhshrink } from './sigmoid-baselines';

/** A same-formula baseline (bit for bit the registry's), with the textbook loop kept beside it. */
function exact(same: ElementwiseBaseline, textbook: ElementwiseBaseline): ElementwiseBaseline {
  return { value: same.value, derivative: same.derivative, exact: true, textbook: { value: textbook.value, derivative: textbook.derivative } };
}

export const ELEMENTWISE_BASELINES: ReadonlyMap<string, ElementwiseBaseline> = new Map<string, ElementwiseBaseline>([
  ['relu', exact(reluSame, relu)],
  ['relu6', exact(relu6Same, relu6)],
  ['leaky_relu', exact(leakyReluSame, leakyRelu)],
  ['prelu', exact(preluSame, prelu)],
  ['rrelu', exact(rreluSame, rrelu)],
  ['elu', exact(eluSame, elu)],
  ['selu', exact(seluSame, selu)],
  ['celu', exact(celuSame, celu)],
  ['gelu', exact(geluSame, gelu)],
  ['silu', exact(siluSame, silu)],
  ['mish', exact(mishSame, mish)],
  ['softplus', exact(softplusSame, softplus)],
  ['softsign', exact(softsignSame, softsign)],
  ['tanh', exact(tanhSame, tanh)],
  ['sigmoid', exact(sigmoidSame, sigmoid)],
  ['hardsigmoid', exact(hardsigmoidSame, hardsigmoid)],
  ['hardswish', exact(hardswishSame, hardswish)],
  ['hard_silu', exact(hardswishSame, hardswish)],
  ['hardtanh', exact(hardtanhSame, hardtanh)],
  ['hardshrink', exact(hardshrinkSame, hardshrink)],
  ['softshrink', exact(softshrinkSame, softshrink)],
  ['tanhshrink', exact(tanhshrinkSame, tanhshrink)],
  ['logsigmoid', exact(logsigmoidSame, logsigmoid)],
  ['threshold', exact(thresholdSame, threshold)],
  ['squareplus', exact(squareplusSame, squareplus)],
  ['sparse_plus', { ...sparsePlus, exact: true }],
  ['swish', exact(swishSame, swish)],
  ['identity', exact(identitySame, identity)],
  ['exponential', { ...exponential, exact: true }],
  ['heaviside', exact(heavisideSame, heaviside)],
  ['srelu', exact(sreluSame, srelu)],
]);

/** The baseline for an activation known by `names` (its canonical name first, then aliases). */
export function findBaseline(names: readonly string[]): ElementwiseBaseline | undefined {
  for (const name of names) {
    const b = ELEMENTWISE_BASELINES.get(name);
    if (b) return b;
  }
  return undefined;
}
