/** The documentation record of one activation: what the hover, `activation-lab docs` and the docs page show. */
export interface ActivationParamDoc {
  name: string;
  default: number | string | boolean;
  description: string;
}

/** How smooth the function is: C0 continuous (a corner), C1 with a continuous slope, C2, C∞ smooth. "C-1" means a jump. */
export type Smoothness = 'C-1' | 'C0' | 'C1' | 'C2' | 'C∞';

/** Properties at the default parameters. `properties.test.ts` computes the checkable ones and compares. */
export interface ActivationProperties {
  /** Non-decreasing on the whole real line. */
  monotonic: boolean;
  boundedBelow: boolean;
  boundedAbove: boolean;
  smoothness: Smoothness;
  /** Odd: f(-x) = -f(x), so outputs of inputs symmetric around 0 average to 0 (tanh, softsign; not ELU or leaky ReLU). */
  zeroCentred: boolean;
  /** Of the form x * g(x) with g a gate in [0, 1] (swish, GELU, mish, hardswish). */
  selfGated: boolean;
  valueAtZero: number;
  /** f'(0) as `derivative(0)` returns it (PyTorch's convention where 0 is a kink). */
  slopeAtZero: number;
}

/** How one framework spells the activation. */
export interface FrameworkNames {
  /** As people write them: `torch.nn.GELU`, `F.gelu`, `"gelu"` (a Keras activation string), `jax.nn.gelu`. Empty: not provided. */
  names: string[];
  /** Defaults that differ from PyTorch's, or how to get the function when there is no built-in. */
  note?: string;
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
  properties: ActivationProperties;
  /** What `derivative` returns at the kinks and how the `kink` keyword changes it; "none" for a smooth function. */
  kinkConvention: string;
  frameworks: { pytorch: FrameworkNames; tensorflow: FrameworkNames; jax: FrameworkNames };
}
