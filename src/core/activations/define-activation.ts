/**
 * Builds an ActivationSpec from an activation file's rules and kernels: completes partial
 * parameters, appends the `kink` keyword where there are kinks and applies a non-default kink
 * convention (to the scalar rules directly, to the kernels as a second pass over the kink points).
 * The kernels themselves stay plain loops in the activation's own file; the wrappers here add one
 * call per array, never per element.
 */
import type { ActivationDoc } from './activation-doc';
import type { ActivationSpec, KinkSpec, NumericArray } from './activation-spec';
import { KINK_PARAM, kinkConventionOf, oneSided, patchKinks } from './kink';
import { completeParams, defaultParams, paramDocs, type ActivationParams, type ParamSpec } from './params';

type Rule = (x: number, p: ActivationParams) => number;
type Kernel = (xs: NumericArray, out: NumericArray, p: ActivationParams) => void;

export interface ActivationDefinition {
  name: string;
  aliases?: readonly string[];
  /** The activation's own keywords (without `kink`, which is added when `kinks` is given). */
  params: readonly ParamSpec[];
  /** Where the derivative or second derivative jumps, for complete parameters; with `conventions` at the defaults. */
  kinks?: { points: (p: ActivationParams) => readonly number[]; conventions: readonly KinkSpec[] };
  random?: (p: ActivationParams) => boolean;
  /** Scalar rules following PyTorch at the kinks; `p` is always complete. */
  value: Rule;
  derivative: Rule;
  secondDerivative: Rule;
  valueInto: Kernel;
  derivativeInto: Kernel;
  valueAndDerivativeInto: (xs: NumericArray, outValue: NumericArray, outDerivative: NumericArray, p: ActivationParams) => void;
  secondDerivativeInto: Kernel;
  /** The record without `params` (generated from the declarations). */
  doc: Omit<ActivationDoc, 'params'>;
}

const NO_POINTS: readonly number[] = Object.freeze([]);

export function defineActivation(def: ActivationDefinition): ActivationSpec {
  const specs: readonly ParamSpec[] = def.kinks ? [...def.params, KINK_PARAM] : def.params;
  const defaults = defaultParams(specs);
  const complete = (p: ActivationParams | undefined): ActivationParams => completeParams(specs, defaults, p);
  const pointsOf = def.kinks ? def.kinks.points : () => NO_POINTS;

  /** A rule with the kink convention applied (only a non-default convention costs anything). */
  const withKinks = (rule: Rule) =>
    function (x: number, params?: ActivationParams): number {
      const p = complete(params);
      const convention = kinkConventionOf(p);
      if (convention !== 'pytorch' && pointsOf(p).includes(x)) return oneSided(rule, x, p, convention);
      return rule(x, p);
    };

  /** Values of `rule` at the kink points under p's convention, or undefined for PyTorch's (nothing to patch). */
  const kinkValues = (rule: Rule, p: ActivationParams): [readonly number[], number[]] | undefined => {
    const convention = kinkConventionOf(p);
    if (convention === 'pytorch') return undefined;
    const points = pointsOf(p);
    if (points.length === 0) return undefined;
    return [points, points.map((k) => oneSided(rule, k, p, convention))];
  };

  return {
    kind: 'elementwise',
    name: def.name,
    aliases: def.aliases ?? [],
    params: specs,
    defaults,
    kinks: def.kinks ? def.kinks.conventions : [],
    doc: { ...def.doc, params: paramDocs(specs) },
    kinkPoints: (params) => pointsOf(complete(params)),
    isRandom: (params) => (def.random ? def.random(complete(params)) : false),
    value: (x, params) => def.value(x, complete(params)),
    derivative: withKinks(def.derivative),
    secondDerivative: withKinks(def.secondDerivative),
    valueInto: (xs, out, params) => def.valueInto(xs, out, complete(params)),
    derivativeInto(xs, out, params) {
      const p = complete(params);
      const patch = kinkValues(def.derivative, p);
      if (patch && out === xs) {
        const copy = xs.slice();
        def.derivativeInto(copy, out, p);
        patchKinks(copy, out, patch[0], patch[1]);
        return;
      }
      def.derivativeInto(xs, out, p);
      if (patch) patchKinks(xs, out, patch[0], patch[1]);
    },
    valueAndDerivativeInto(xs, outValue, outDerivative, params) {
      const p = complete(params);
      const patch = kinkValues(def.derivative, p);
      // Patching reads xs after the pass, so it needs the inputs intact: compute into a copy only then.
      if (patch && (outValue === xs || outDerivative === xs)) {
        const copy = xs.slice();
        def.valueAndDerivativeInto(copy, outValue, outDerivative, p);
        patchKinks(copy, outDerivative, patch[0], patch[1]);
        return;
      }
      def.valueAndDerivativeInto(xs, outValue, outDerivative, p);
      if (patch) patchKinks(xs, outDerivative, patch[0], patch[1]);
    },
    secondDerivativeInto(xs, out, params) {
      const p = complete(params);
      const patch = kinkValues(def.secondDerivative, p);
      if (patch && out === xs) {
        const copy = xs.slice();
        def.secondDerivativeInto(copy, out, p);
        patchKinks(copy, out, patch[0], patch[1]);
        return;
      }
      def.secondDerivativeInto(xs, out, p);
      if (patch) patchKinks(xs, out, patch[0], patch[1]);
    },
  };
}
