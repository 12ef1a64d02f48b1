/**
 * The documentation record of one vector activation (softmax, maxout, ...): what the hover,
 * `activation-lab docs` and the docs page show. It mirrors the element-wise ActivationDoc, with a
 * Jacobian instead of a scalar derivative and a `shape` saying how long the output is.
 */
export interface VectorActivationParamDoc {
  name: string;
  default: number | string | boolean;
  description: string;
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
}
