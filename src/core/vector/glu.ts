/** GLU, the gated linear unit: the first half of x times the sigmoid of the second half. */
import { defineVectorActivation, zeroRows } from './define-vector-activation';
import { gateSigmoid, gateSigmoidDerivative } from './logistic';

export const gluSpec = defineVectorActivation({
  name: 'glu',
  params: [],
  outputLength: (n) =>
    n % 2 === 0 ? n / 2 : { problem: `the input length must be even (it is split into two halves), got a vector of length ${n}` },
  valueInto: (xs, out) => {
    const h = xs.length / 2;
    for (let i = 0; i < h; i++) out[i] = xs[i] * gateSigmoid(xs[h + i]);
  },
  vjpInto: (xs, gy, gx) => {
    const h = xs.length / 2;
    for (let i = 0; i < h; i++) {
      const a = xs[i];
      const b = xs[h + i];
      const g = gy[i];
      gx[i] = g * gateSigmoid(b);
      gx[h + i] = g * a * gateSigmoidDerivative(b);
    }
  },
  jacobian: (xs) => {
    const h = xs.length / 2;
    const rows = zeroRows(h, xs.length);
    for (let i = 0; i < h; i++) {
      rows[i][i] = gateSigmoid(xs[h + i]);
      rows[i][h + i] = xs[i] * gateSigmoidDerivative(xs[h + i]);
    }
    return rows;
  },
  doc: {
    displayName: 'GLU',
    summary:
      'The gated linear unit splits its input into halves a and b and lets sigmoid(b) gate a elementwise; introduced for gated convolutional language models, its variants (GEGLU, SwiGLU) are the feed-forward blocks of modern Transformers.',
    formula: {
      text: 'glu(x) = a * sigmoid(b), a = x[0 : n/2], b = x[n/2 : n]  (n must be even)',
      latex: '\\operatorname{GLU}(a \\,\\|\\, b) = a \\odot \\sigma(b)',
    },
    jacobian: {
      text: "d y_i/d a_i = sigmoid(b_i), d y_i/d b_i = a_i * sigmoid'(b_i) = a_i sigmoid(b_i) (1 - sigmoid(b_i)); all other entries 0",
      latex:
        '\\frac{\\partial y_i}{\\partial a_i} = \\sigma(b_i), \\quad \\frac{\\partial y_i}{\\partial b_i} = a_i\\,\\sigma(b_i)\\bigl(1 - \\sigma(b_i)\\bigr)',
    },
    params: [],
    shape: 'n → n/2',
    range: '(-∞, ∞)',
    origin: {
      authors: 'Yann N. Dauphin, Angela Fan, Michael Auli, David Grangier',
      year: 2017,
      title: 'Language Modeling with Gated Convolutional Networks',
      url: 'https://arxiv.org/abs/1612.08083',
    },
    properties: {
      normalisation: 'none',
      shift: 'none',
      permutation: 'equivariant on pairs',
      curvature: 'neither',
      positivelyHomogeneous: false,
      boundedBelow: false,
      boundedAbove: false,
      smoothness: 'C∞',
    },
    frameworks: {
      pytorch: { names: ['torch.nn.GLU', 'torch.nn.functional.glu', 'F.glu'], note: 'dim=-1 by default: the last axis is split, first half times sigmoid of the second half.' },
      tensorflow: { names: [], note: 'Not in tf.nn: a, b = tf.split(x, 2, axis=-1); a * tf.sigmoid(b).' },
      jax: { names: ['jax.nn.glu', 'flax.linen.glu'] },
    },
    chart: { input: ['x', 'x'], output: 0, caption: 'glu([x, x])[0] = x * sigmoid(x) = silu(x): both halves equal' },
  },
});
