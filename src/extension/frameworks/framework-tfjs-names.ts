/**
 * TensorFlow.js's names for our activations, listed by hand: TF.js does not spell its ops by a rule
 * from Python TensorFlow's (`tf.math.reduce_logsumexp` is `tf.logSumExp`, `tf.keras.layers.ReLU` is
 * `tf.layers.reLU`, Keras' `"hard_sigmoid"` is `'hardSigmoid'`), so a derivation invents names that
 * do not exist. Only names in @tensorflow/tfjs-core (ops), tfjs-layers' `tf.layers.*` factories and
 * its activation identifiers are here. Each entry carries its own note, since the Python TensorFlow
 * record's note describes other functions and defaults. Pure data.
 */
import type { NameKind } from './framework-names';

export interface TfjsName {
  /** As written in JavaScript: `tf.leakyRelu`, `tf.layers.leakyReLU`; a string's content: `hardSigmoid`. */
  readonly written: string;
  readonly kind: NameKind;
  /** The Python TensorFlow name it is the port of, shown beside it: `tf.nn.leaky_relu`. */
  readonly python?: string;
  /** Where TF.js differs from PyTorch; undefined when it does not. */
  readonly note?: string;
}

const AXIS_LAST = 'axis=-1 (the last axis) by default, where PyTorch needs dim.';

/** By our activation's name. Strings are tfjs-layers' activation identifiers (`activation: 'relu'`). */
export const TFJS_NAMES: Readonly<Record<string, readonly TfjsName[]>> = {
  relu: [
    { written: 'tf.relu', kind: 'function', python: 'tf.nn.relu' },
    { written: 'tf.layers.reLU', kind: 'class', python: 'tf.keras.layers.ReLU', note: 'tf.layers.reLU({maxValue}) clips the output at maxValue when given (no cap by default).' },
    { written: 'relu', kind: 'string' },
  ],
  relu6: [
    { written: 'tf.relu6', kind: 'function', python: 'tf.nn.relu6' },
    { written: 'relu6', kind: 'string' },
  ],
  leaky_relu: [
    { written: 'tf.leakyRelu', kind: 'function', python: 'tf.nn.leaky_relu', note: 'tf.leakyRelu(x, alpha=0.2): the slope is called alpha and defaults to 0.2, not 0.01.' },
    { written: 'tf.layers.leakyReLU', kind: 'class', python: 'tf.keras.layers.LeakyReLU', note: 'tf.layers.leakyReLU({alpha}): the slope defaults to 0.3, not 0.01.' },
  ],
  prelu: [
    { written: 'tf.prelu', kind: 'function', note: 'tf.prelu(x, alpha) takes the slopes as a tensor, with no default.' },
    { written: 'tf.layers.prelu', kind: 'class', python: 'tf.keras.layers.PReLU', note: 'A layer; its alpha is initialised to 0 (alphaInitializer "zeros"), one per unit, not 0.25.' },
  ],
  elu: [
    { written: 'tf.elu', kind: 'function', python: 'tf.nn.elu', note: 'tf.elu has no alpha (always 1).' },
    { written: 'tf.layers.elu', kind: 'class', python: 'tf.keras.layers.ELU', note: 'tf.layers.elu({alpha}) accepts only alpha=1.0 (anything else throws).' },
    { written: 'elu', kind: 'string' },
  ],
  selu: [
    { written: 'tf.selu', kind: 'function', python: 'tf.nn.selu' },
    { written: 'selu', kind: 'string' },
  ],
  sigmoid: [
    { written: 'tf.sigmoid', kind: 'function', python: 'tf.math.sigmoid' },
    { written: 'sigmoid', kind: 'string' },
  ],
  tanh: [
    { written: 'tf.tanh', kind: 'function', python: 'tf.math.tanh' },
    { written: 'tanh', kind: 'string' },
  ],
  softplus: [
    { written: 'tf.softplus', kind: 'function', python: 'tf.math.softplus', note: 'No beta and no threshold: the plain log(1 + exp(x)).' },
    { written: 'softplus', kind: 'string', note: 'No beta and no threshold: the plain log(1 + exp(x)).' },
  ],
  softsign: [{ written: 'softsign', kind: 'string' }],
  logsigmoid: [{ written: 'tf.logSigmoid', kind: 'function', python: 'tf.math.log_sigmoid' }],
  exponential: [{ written: 'tf.exp', kind: 'function', python: 'tf.math.exp' }],
  identity: [{ written: 'linear', kind: 'string', note: "'linear' is also what a layer uses when no activation is given." }],
  silu: [{ written: 'swish', kind: 'string', note: "'swish' is x * sigmoid(x) (alpha 1), our silu." }],
  mish: [{ written: 'mish', kind: 'string' }],
  gelu: [{ written: 'gelu', kind: 'string', note: "'gelu' is the exact (erf) form, PyTorch's default." }],
  hardsigmoid: [
    {
      written: 'hardSigmoid',
      kind: 'string',
      note: "TensorFlow.js's hardSigmoid is clip(0.2 x + 0.5, 0, 1) (tf.keras 2's), a different function from PyTorch's relu6(x + 3) / 6: slope 0.2, not 1/6, and flat beyond ±2.5, not ±3.",
    },
  ],
  heaviside: [
    {
      written: 'tf.step',
      kind: 'function',
      note: 'tf.step(x, alpha=0) is 1 for x > 0 and alpha for x <= 0 (below 0 as well as at 0): the Heaviside step with value 0 at 0 only while alpha=0.',
    },
  ],
  threshold: [
    {
      written: 'tf.layers.thresholdedReLU',
      kind: 'class',
      note: 'tf.layers.thresholdedReLU({theta=1.0}) is x for x > theta, else 0: our threshold with value 0 and threshold=theta, which defaults to 1.0, not 0.',
    },
  ],
  softmax: [
    { written: 'tf.softmax', kind: 'function', python: 'tf.nn.softmax', note: 'tf.softmax(logits, dim=-1): the last axis by default, where PyTorch needs dim.' },
    { written: 'tf.layers.softmax', kind: 'class', python: 'tf.keras.layers.Softmax', note: 'tf.layers.softmax({axis}) uses axis 1 by default in the code (its docs say -1): the same for a [batch, features] input.' },
    { written: 'softmax', kind: 'string', note: AXIS_LAST },
  ],
  log_softmax: [{ written: 'tf.logSoftmax', kind: 'function', python: 'tf.nn.log_softmax', note: 'tf.logSoftmax(logits, axis=-1): the last axis by default, where PyTorch needs dim.' }],
  logsumexp: [
    {
      written: 'tf.logSumExp',
      kind: 'function',
      python: 'tf.math.reduce_logsumexp',
      note: 'tf.logSumExp(x, axis=null, keepDims=false): by default it reduces over every axis (a whole batch to one number), where PyTorch needs dim.',
    },
  ],
};
