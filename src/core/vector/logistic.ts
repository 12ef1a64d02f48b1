/**
 * The logistic sigmoid and its derivative for glu's gate, written without overflow or cancellation:
 * with e = exp(-|x|) (at most 1), sigmoid(x) = 1/(1+e) for x >= 0 and e/(1+e) below, and
 * sigmoid'(x) = e/(1+e)^2 for every x. (The element-wise catalogue has its own copy; vector code
 * depends only on this file, so either can change without the other.)
 */
export function gateSigmoid(x: number): number {
  const e = Math.exp(-Math.abs(x));
  // The sign selects 1 or e as the numerator without a branch (random signs mispredict one); NaN gives NaN.
  const pos = +(x >= 0);
  return (pos + (1 - pos) * e) / (1 + e);
}

export function gateSigmoidDerivative(x: number): number {
  const e = Math.exp(-Math.abs(x));
  const r = 1 / (1 + e);
  return e * r * r;
}
