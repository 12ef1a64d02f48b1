/**
 * The dense-layer kernels on sample-major layer-batches: row r of a batch matrix holds one sample
 * (X[r * inputs + i]), W is rows x inputs row-major (nn.Linear.weight). Plain loops over
 * Float64Array, no allocation, register-blocked 2 x 4 (two samples by four outputs, or two outputs
 * by four inputs: eight sums from six loads). Every sum runs over its index in increasing order, so
 * the blocking does not change a single bit and results are deterministic. These are the plain-JS
 * backend and the reference of the WebAssembly SIMD twins (wasm/dense-simd.wat), which keep every
 * output's summation order, so both backends give the same bits (dense-backend.ts).
 */

/** Z[r, o] = sum_i X[r, i] W[o, i] + b[o] for r < n (the sum first, then the bias, as torch's addmm). */
export function denseForward(X: Float64Array, W: Float64Array, b: Float64Array, Z: Float64Array, n: number, inputs: number, rows: number, wOff: number, bOff: number): void {
  let r = 0;
  for (; r + 1 < n; r += 2) {
    const xa = r * inputs;
    const xb = xa + inputs;
    const za = r * rows;
    const zb = za + rows;
    let o = 0;
    for (; o + 3 < rows; o += 4) {
      const w0 = wOff + o * inputs, w1 = w0 + inputs, w2 = w1 + inputs, w3 = w2 + inputs;
      let a0 = 0, a1 = 0, a2 = 0, a3 = 0, b0 = 0, b1 = 0, b2 = 0, b3 = 0;
      for (let i = 0; i < inputs; i++) {
        const x = X[xa + i];
        const y = X[xb + i];
        const v0 = W[w0 + i], v1 = W[w1 + i], v2 = W[w2 + i], v3 = W[w3 + i];
        a0 += x * v0; a1 += x * v1; a2 += x * v2; a3 += x * v3;
        b0 += y * v0; b1 += y * v1; b2 += y * v2; b3 += y * v3;
      }
      const c0 = b[bOff + o], c1 = b[bOff + o + 1], c2 = b[bOff + o + 2], c3 = b[bOff + o + 3];
      Z[za + o] = a0 + c0; Z[za + o + 1] = a1 + c1; Z[za + o + 2] = a2 + c2; Z[za + o + 3] = a3 + c3;
      Z[zb + o] = b0 + c0; Z[zb + o + 1] = b1 + c1; Z[zb + o + 2] = b2 + c2; Z[zb + o + 3] = b3 + c3;
    }
    for (; o < rows; o++) {
      const w0 = wOff + o * inputs;
      let a0 = 0, b0 = 0;
      for (let i = 0; i < inputs; i++) { const v = W[w0 + i]; a0 += X[xa + i] * v; b0 += X[xb + i] * v; }
      Z[za + o] = a0 + b[bOff + o];
      Z[zb + o] = b0 + b[bOff + o];
    }
  }
  for (; r < n; r++) {
    const xa = r * inputs;
    const za = r * rows;
    for (let o = 0; o < rows; o++) {
      const w0 = wOff + o * inputs;
      let a0 = 0;
      for (let i = 0; i < inputs; i++) a0 += X[xa + i] * W[w0 + i];
      Z[za + o] = a0 + b[bOff + o];
    }
  }
}

/** gW[o, i] += sum_r dZ[r, o] X[r, i] and gb[o] += sum_r dZ[r, o]. */
export function denseWeightGradient(X: Float64Array, dZ: Float64Array, G: Float64Array, n: number, inputs: number, rows: number, wOff: number, bOff: number): void {
  let o = 0;
  for (; o + 1 < rows; o += 2) {
    const ga = wOff + o * inputs;
    const gb = ga + inputs;
    let i = 0;
    for (; i + 3 < inputs; i += 4) {
      let a0 = 0, a1 = 0, a2 = 0, a3 = 0, b0 = 0, b1 = 0, b2 = 0, b3 = 0;
      for (let r = 0, zo = o, xo = i; r < n; r++, zo += rows, xo += inputs) {
        const g = dZ[zo];
        const h = dZ[zo + 1];
        const x0 = X[xo], x1 = X[xo + 1], x2 = X[xo + 2], x3 = X[xo + 3];
        a0 += g * x0; a1 += g * x1; a2 += g * x2; a3 += g * x3;
        b0 += h * x0; b1 += h * x1; b2 += h * x2; b3 += h * x3;
      }
      G[ga + i] += a0; G[ga + i + 1] += a1; G[ga + i + 2] += a2; G[ga + i + 3] += a3;
      G[gb + i] += b0; G[gb + i + 1] += b1; G[gb + i + 2] += b2; G[gb + i + 3] += b3;
    }
    for (; i < inputs; i++) {
      let a0 = 0, b0 = 0;
      for (let r = 0, zo = o, xo = i; r < n; r++, zo += rows, xo += inputs) { const x = X[xo]; a0 += dZ[zo] * x; b0 += dZ[zo + 1] * x; }
      G[ga + i] += a0;
      G[gb + i] += b0;
    }
    let sa = 0, sb = 0;
    for (let r = 0, zo = o; r < n; r++, zo += rows) { sa += dZ[zo]; sb += dZ[zo + 1]; }
    G[bOff + o] += sa;
    G[bOff + o + 1] += sb;
  }
  for (; o < rows; o++) {
    const ga = wOff + o * inputs;
    for (let i = 0; i < inputs; i++) {
      let a0 = 0;
      for (let r = 0; r < n; r++) a0 += dZ[r * rows + o] * X[r * inputs + i];
      G[ga + i] += a0;
    }
    let sa = 0;
    for (let r = 0; r < n; r++) sa += dZ[r * rows + o];
    G[bOff + o] += sa;
  }
}

/** dX[r, i] = sum_o dZ[r, o] W[o, i] for r < n (overwrites dX). */
export function denseInputGradient(dZ: Float64Array, W: Float64Array, dX: Float64Array, n: number, inputs: number, rows: number, wOff: number): void {
  let r = 0;
  for (; r + 1 < n; r += 2) {
    const za = r * rows;
    const zb = za + rows;
    const xa = r * inputs;
    const xb = xa + inputs;
    let i = 0;
    for (; i + 3 < inputs; i += 4) {
      let a0 = 0, a1 = 0, a2 = 0, a3 = 0, b0 = 0, b1 = 0, b2 = 0, b3 = 0;
      for (let o = 0, wo = wOff + i; o < rows; o++, wo += inputs) {
        const g = dZ[za + o];
        const h = dZ[zb + o];
        const v0 = W[wo], v1 = W[wo + 1], v2 = W[wo + 2], v3 = W[wo + 3];
        a0 += g * v0; a1 += g * v1; a2 += g * v2; a3 += g * v3;
        b0 += h * v0; b1 += h * v1; b2 += h * v2; b3 += h * v3;
      }
      dX[xa + i] = a0; dX[xa + i + 1] = a1; dX[xa + i + 2] = a2; dX[xa + i + 3] = a3;
      dX[xb + i] = b0; dX[xb + i + 1] = b1; dX[xb + i + 2] = b2; dX[xb + i + 3] = b3;
    }
    for (; i < inputs; i++) {
      let a0 = 0, b0 = 0;
      for (let o = 0, wo = wOff + i; o < rows; o++, wo += inputs) { const v = W[wo]; a0 += dZ[za + o] * v; b0 += dZ[zb + o] * v; }
      dX[xa + i] = a0;
      dX[xb + i] = b0;
    }
  }
  for (; r < n; r++) {
    const za = r * rows;
    const xa = r * inputs;
    for (let i = 0; i < inputs; i++) {
      let a0 = 0;
      for (let o = 0; o < rows; o++) a0 += dZ[za + o] * W[wOff + o * inputs + i];
      dX[xa + i] = a0;
    }
  }
}
