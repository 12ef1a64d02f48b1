/**
 * ReLU of a whole layer-batch and its slope, the same numbers as the catalogue's relu
 * (activations/relu.ts: value 0.5 (x + |x|), so relu(-0) = +0, relu(-inf) = 0; slope 1 where x > 0,
 * else 0, at 0 too, as PyTorch; NaN stays NaN in both), as a plain loop: the twin of `relu_slope` in
 * wasm/dense-simd.wat (scripts/generate-dense-wasm.js). Both are tested bit for bit against the
 * catalogue's kernel (test/core/training/relu-kernel.test.ts).
 */

/** post[i] = relu(pre[i]), slope[i] = relu'(pre[i]) for i < n (the arrays may be longer). */
export function reluValueAndSlope(pre: Float64Array, post: Float64Array, slope: Float64Array, n: number): void {
  for (let i = 0; i < n; i++) {
    const x = pre[i];
    const h = 0.5 * (x + Math.abs(x));
    post[i] = x === -Infinity ? 0 : h;
    slope[i] = x === x ? +(x > 0) : x;
  }
}
