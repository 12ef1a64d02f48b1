/**
 * Matches the arguments written in a call against an activation's keyword parameters: which ones
 * are its parameters (and so change the chart), and which are shown only as written (the input,
 * `inplace=True`, a framework's own parameter name or type). Pure (no vscode import).
 */
import { resolveParams, type ActivationParams, type ParamSpec } from '../../core/activations/params';
import type { WrittenArgument } from './call-arguments';

/**
 * How positional arguments map to parameters:
 * - `keywords`: the first positional argument is the input and only keyword arguments are parameters
 *   (the activation language: `leaky_relu(x, negative_slope=0.2)`; TensorFlow and JAX functions);
 * - `all`: the i-th positional argument is the i-th parameter (PyTorch modules: `nn.LeakyReLU(0.2)`);
 * - `after-input`: the first positional argument is the input, the rest are parameters in order (`F.leaky_relu(x, 0.2)`);
 * - `keywords-no-input`: only keyword arguments are parameters, and no argument is the input (a Keras layer: `layers.LeakyReLU(0.1)`).
 */
export type PositionalRule = 'keywords' | 'all' | 'after-input' | 'keywords-no-input';

export interface ShownArgument {
  /** The keyword as written, or the framework's name of a positional parameter; empty for a positional argument that is no parameter. */
  name: string;
  text: string;
  /** True when the value is one of the activation's parameters with a valid value, so the chart uses it. */
  applied: boolean;
  /** For the input (the first positional argument of a function call). */
  isInput?: boolean;
}

export interface WrittenParams {
  shown: ShownArgument[];
  /** Every parameter at its default, with the applied values over it; undefined when nothing applied. */
  params?: ActivationParams;
}

/** Our own keywords that no framework takes positionally. */
const OURS_ONLY = new Set(['kink', 'seed']);

export interface MatchOptions {
  /** The framework's names of the positional parameters, in order, when they differ from ours (PyTorch's nn.PReLU(num_parameters, init)). */
  positionalNames?: readonly string[];
  /** The framework's keyword names that are ours under another name: {init: "weight"}, {alpha: "negative_slope"}. */
  renames?: Readonly<Record<string, string>>;
}

export function matchWrittenParams(specs: readonly ParamSpec[], args: readonly WrittenArgument[], rule: PositionalRule, options: MatchOptions = {}): WrittenParams {
  const shown: ShownArgument[] = [];
  const given = new Map<string, number | string | boolean>();
  const positionalNames = options.positionalNames ?? specs.filter((s) => !OURS_ONLY.has(s.name) && !(s.kind === 'number' && s.aliasOf)).map((s) => s.name);
  const ours = (name: string): ParamSpec | undefined => specs.find((s) => s.name === (options.renames?.[name] ?? name));
  let positional = 0;
  for (const arg of args) {
    let spec: ParamSpec | undefined;
    let name: string;
    if (arg.keyword !== undefined) {
      spec = ours(arg.keyword);
      name = arg.keyword;
    } else {
      const index = positional++;
      if ((rule === 'after-input' || rule === 'keywords') && index === 0) {
        shown.push({ name: 'input', text: arg.text, applied: false, isInput: true });
        continue;
      }
      if (rule === 'keywords' || rule === 'keywords-no-input') {
        // The activation language, TensorFlow and JAX: positional arguments (after x) are not matched.
        shown.push({ name: '', text: arg.text, applied: false });
        continue;
      }
      const frameworkName = positionalNames[rule === 'after-input' ? index - 1 : index];
      spec = frameworkName === undefined ? undefined : ours(frameworkName);
      name = frameworkName ?? '';
    }
    let applied = false;
    if (spec && arg.value !== undefined && !given.has(spec.name)) {
      const check = resolveParams(specs, new Map([[spec.name, arg.value]]));
      if (check.ok) {
        given.set(spec.name, arg.value);
        applied = true;
      }
    }
    shown.push({ name, text: arg.text, applied });
  }
  if (given.size === 0) return { shown };
  const check = resolveParams(specs, given);
  return check.ok ? { shown, params: check.params } : { shown };
}
