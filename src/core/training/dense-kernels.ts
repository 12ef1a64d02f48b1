/**
 * The dense-layer kernels on sample-major layer-batches: row r of a batch matrix holds one sample
 * (X[r * inputs + i]), W is rows x inputs row-major (nn.Linear.weight). Plain loops over
 * Float64Array, no allocation, register-blocked 4 ways (four outputs, or four inputs, share each
 * load). Every sum runs over its index in increasing order, so results are deterministic.
 */

/** Z[r, o] = sum_i X[r, i] W[o, i] + b[o] for r < n (the sum first, then the bias, as torch's addmm). */
export function denseForward(X: Float64Array, W: Float64Array, b: Float64Array, Z: Float64Array, n: number, inputs: number, rows: number, wOff: number, bOff: number): void {
  for (let r = 0; r < n; r++) {
    const xo = r * inputs;
    const zo = r * rows;
    let o = 0;
    for (; o + 3 < rows; o += 4) {
      const w0 = wOff + o * inputs, w1 = w0 + inputs, w2 = w1 + inputs, w3 = w2 + inputs;
      let s0 = 0, s1 = 0, s2 = 0, s3 = 0;
      for (let i = 0; i < inputs; i++) {
        const x = X[xo + i];
        s0 += x * W[w0 + i];
        s1 += x * W[w1 + i];
        s2 += x * W[w2 + i];
        s3 += x * W[w3 + i];
      }
      Z[zo + o] = s0 + b[bOff + o];
      Z[zo + o + 1] = s1 + b[bOff + o + 1];
      Z[zo + o + 2] = s2 + b[bOff + o + 2];
      Z[zo + o + 3] = s3 + b[bOff + o + 3];
    }
    for (; o < rows; o++) {
      const w0 = wOff + o * inputs;
      let s0 = 0;
      for (let i = 0; i < inputs; i++) s0 += X[xo + i] * W[w0 + i];
      Z[zo + o] = s0 + b[bOff + o];
    }
  }
}

/** gW[o, i] += sum_r dZ[r, o] X[r, i] and gb[o] += sum_r dZ[r, o]. */
export function denseWeightGradient(X: Float64Array, dZ: Float64Array, G: Float64Array, n: number, inputs: number, rows: number, wOff: number, bOff: number): void {
  for (let o = 0; o < rows; o++) {
    const go = wOff + o * inputs;
    let i = 0;
    for (; i + 3 < inputs; i += 4) {
      let s0 = 0, s1 = 0, s2 = 0, s3 = 0;
      for (let r = 0; r < n; r++) {
        const g = dZ[r * rows + o];
        const xo = r * inputs + i;
        s0 += g * X[xo];
        s1 += g * X[xo + 1];
        s2 += g * X[xo + 2];
        s3 += g * X[xo + 3];
      }
      G[go + i] += s0;
      G[go + i + 1] += s1;
      G[go + i + 2] += s2;
      G[go + i + 3] += s3;
    }
    for (; i < inputs; i++) {
      let s0 = 0;
      for (let r = 0; r < n; r++) s0 += dZ[r * rows + o] * X[r * inputs + i];
      G[go + i] += s0;
    }
    let sb = 0;
    for (let r = 0; r < n; r++) sb += dZ[r * rows + o];
    G[bOff + o] += sb;
  }
}

/** dX[r, i] = sum_o dZ[r, o] W[o, i] for r < n (overwrites dX). */
export function denseInputGradient(dZ: Float64Array, W: Float64Array, dX: Float64Array, n: number, inputs: number, rows: number, wOff: number): void {
  for (let r = 0; r < n; r++) {
    const zo = r * rows;
    const xo = r * inputs;
    let i = 0;
    for (; i + 3 < inputs; i += 4) {
      let s0 = 0, s1 = 0, s2 = 0, s3 = 0;
      for (let o = 0; o < rows; o++) {
        const g = dZ[zo + o];
        const wo = wOff + o * inputs + i;
        s0 += g * W[wo];
        s1 += g * W[wo + 1];
        s2 += g * W[wo + 2];
        s3 += g * W[wo + 3];
      }
      dX[xo + i] = s0;
      dX[xo + i + 1] = s1;
      dX[xo + i + 2] = s2;
      dX[xo + i + 3] = s3;
    }
    for (; i < inputs; i++) {
      let s0 = 0;
      for (let o = 0; o < rows; o++) s0 += dZ[zo + o] * W[wOff + o * inputs + i];
      dX[xo + i] = s0;
    }
  }
}
