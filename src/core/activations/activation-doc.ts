/** The documentation record of one activation: what the hover, `activation-lab docs` and the docs page show. */
export interface ActivationParamDoc {
  name: string;
  default: number | string | boolean;
  description: string;
}

export interface ActivationDoc {
  /** e.g. "GELU". */
  displayName: string;
  /** One sentence: what it is and when people use it. */
  summary: string;
  formula: { text: string; latex: string };
  derivative: { text: string; latex: string };
  params: ActivationParamDoc[];
  /** e.g. "[0, ∞)", "[-0.17, ∞)": brackets say whether an endpoint is attained; decimals are rounded. */
  range: string;
  origin: { authors: string; year: number; title: string; url?: string };
}
