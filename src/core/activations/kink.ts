/**
 * Conventions for the derivative at a kink (a point where the derivative, or the second
 * derivative, jumps). Every activation with kinks accepts the keyword `kink`:
 *
 * - "pytorch" (default): what PyTorch's autograd returns there (relu'(0) = 0, leaky_relu'(0) =
 *   negative_slope, hardtanh' = 0 at both corners, ...; docs/reference-fixtures.md has the table);
 * - "left" / "right": the one-sided limit from below / above;
 * - "mean": the mean of the two one-sided limits (relu'(0) = 0.5).
 *
 * Only derivatives change: the value at a kink is always PyTorch's.
 */
import type { NumericArray } from './activation-spec';
import type { ActivationParams, ChoiceParamSpec } from './params';

export type KinkConvention = 'pytorch' | 'left' | 'right' | 'mean';
export const KINK_CONVENTIONS: readonly KinkConvention[] = ['pytorch', 'left', 'right', 'mean'];
export const DEFAULT_KINK_CONVENTION: KinkConvention = 'pytorch';

/** The `kink` keyword, appended to the parameters of every activation with kinks. */
export const KINK_PARAM: ChoiceParamSpec = {
  kind: 'choice',
  name: 'kink',
  default: DEFAULT_KINK_CONVENTION,
  choices: KINK_CONVENTIONS,
  description:
    'Which derivative to return exactly at a kink: "pytorch" as PyTorch autograd, "left"/"right" the one-sided limit, "mean" their average.',
};

export function kinkConventionOf(params: ActivationParams): KinkConvention {
  const k = params.kink;
  return k === 'left' || k === 'right' || k === 'mean' ? k : 'pytorch';
}

const view = new DataView(new ArrayBuffer(8));

/** The next double above x (x finite). */
export function nextUp(x: number): number {
  if (x === 0) return Number.MIN_VALUE;
  view.setFloat64(0, x);
  const bits = view.getBigInt64(0);
  view.setBigInt64(0, x > 0 ? bits + 1n : bits - 1n);
  return view.getFloat64(0);
}

/** The next double below x (x finite). */
export function nextDown(x: number): number {
  return -nextUp(-x);
}

/**
 * The derivative `rule` at the kink x under a non-PyTorch convention: the one-sided limits are the
 * rule at the neighbouring doubles (exact for piecewise-linear pieces, within an ulp of the slope's
 * change otherwise).
 */
export function oneSided(rule: (x: number, p: ActivationParams) => number, x: number, p: ActivationParams, convention: KinkConvention): number {
  const left = rule(nextDown(x), p);
  const right = rule(nextUp(x), p);
  if (convention === 'left') return left;
  if (convention === 'right') return right;
  if (convention === 'mean') return 0.5 * (left + right);
  return rule(x, p);
}

/** out[i] = values[j] where xs[i] is exactly points[j]: a second, branch-predictable pass, only for non-default conventions. */
export function patchKinks(xs: NumericArray, out: NumericArray, points: readonly number[], values: readonly number[]): void {
  const n = xs.length;
  const m = points.length;
  for (let i = 0; i < n; i++) {
    const x = xs[i];
    for (let j = 0; j < m; j++) if (x === points[j]) out[i] = values[j];
  }
}
