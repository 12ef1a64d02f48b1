/**
 * The documentation record of one vector activation (softmax, maxout, ...): what the hover,
 * `activation-lab docs`, describe() and the Activation Reference show. It mirrors the element-wise
 * ActivationDoc, with a Jacobian instead of a scalar derivative, a `shape` saying how long the output
 * is, properties that fit functions of a whole vector, and the 1-D slice its charts draw.
 */
import type { FrameworkNames, Smoothness } from '../activations/activation-doc';

export interface VectorActivationParamDoc {
  name: string;
  default: number | string | boolean;
  description: string;
}

/**
 * Properties at the default parameters, each checked numerically by test/core/vector/properties.test.ts.
 * "Adding c" means adding the same number c to every input entry.
 */
export interface VectorActivationProperties {
  /**
   * `probabilities`: every output is in [0, 1] and they sum to 1 (softmax, softmin);
   * `log-probabilities`: exp of the outputs sums to 1 (log_softmax); `none`.
   */
  normalisation: 'probabilities' | 'log-probabilities' | 'none';
  /**
   * Adding c to every input: `invariant` leaves the output unchanged (softmax: only differences of
   * logits matter); `equivariant` adds c to every output (logsumexp, maxout); `none` (glu).
   */
  shift: 'invariant' | 'equivariant' | 'none';
  /**
   * Permuting the inputs: `equivariant` permutes the outputs the same way (softmax); `invariant`
   * leaves the output unchanged (logsumexp); `invariant within groups` (maxout: reordering inside a
   * group of k changes nothing); `equivariant on pairs` (glu: moving a pair (a_i, b_i) together moves y_i).
   */
  permutation: 'equivariant' | 'invariant' | 'invariant within groups' | 'equivariant on pairs';
  /** Of each output entry as a function of the whole input vector. */
  curvature: 'convex' | 'concave' | 'neither';
  /** f(c x) = c f(x) for every c > 0 (maxout: a piecewise-linear unit). */
  positivelyHomogeneous: boolean;
  /** Of each output entry. */
  boundedBelow: boolean;
  boundedAbove: boolean;
  smoothness: Smoothness;
}

/**
 * The one-variable function the charts of a vector activation draw: the input vector as a function
 * of x, and which output entry is shown. `input` is padded with zeros to the shortest length the
 * activation takes with the parameters drawn (maxout with k = 3: [x, 0, 0]).
 */
export interface VectorChartSlice {
  /** Each entry is the variable 'x' or a fixed number: ['x', 0] draws f(x) = act([x, 0])[output]. */
  input: ReadonlyArray<'x' | number>;
  /** Which output entry is drawn (0-based). */
  output: number;
  /** What the chart shows, in the language's own syntax: "softmax([x, 0])[0] = sigmoid(x): the two-class case". */
  caption: string;
}

export interface VectorActivationDoc {
  /** e.g. "Softmax". */
  displayName: string;
  /** One sentence: what it is and when people use it. */
  summary: string;
  formula: { text: string; latex: string };
  /** The closed form of the Jacobian (rows = outputs, columns = inputs). */
  jacobian: { text: string; latex: string };
  params: VectorActivationParamDoc[];
  /** Input length to output length, e.g. "n → n", "n → n/k", "n → 1". */
  shape: string;
  /** The range of each output entry, written like the element-wise ranges: "(0, 1)", "(-∞, ∞)". */
  range: string;
  origin: { authors: string; year: number; title: string; url?: string };
  properties: VectorActivationProperties;
  /** The names people write in each framework, with the defaults that differ from PyTorch's (dim/axis). */
  frameworks: { pytorch: FrameworkNames; tensorflow: FrameworkNames; jax: FrameworkNames };
  chart: VectorChartSlice;
}

/** True for a vector activation's record (it has a Jacobian where an element-wise one has a derivative). */
export function isVectorActivationDoc(doc: object): doc is VectorActivationDoc {
  return 'jacobian' in doc && 'shape' in doc;
}
