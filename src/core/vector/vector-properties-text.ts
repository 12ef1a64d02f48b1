/**
 * A vector activation's properties in words, one phrase each, for every surface that shows the
 * record (hover, Activation Reference, `activation-lab docs`): they join the phrases their own way.
 */
import type { VectorActivationProperties } from './vector-activation-doc';

const NORMALISATION: Record<VectorActivationProperties['normalisation'], string | undefined> = {
  probabilities: 'outputs are probabilities (each in [0, 1], summing to 1)',
  'log-probabilities': 'outputs are log-probabilities (their exps sum to 1)',
  none: undefined,
};

const SHIFT: Record<VectorActivationProperties['shift'], string> = {
  invariant: 'shift-invariant (adding c to every input changes nothing)',
  equivariant: 'shift-equivariant (adding c to every input adds c to every output)',
  none: 'not shift-invariant',
};

const PERMUTATION: Record<VectorActivationProperties['permutation'], string> = {
  equivariant: 'permutation-equivariant (permuting the inputs permutes the outputs)',
  invariant: 'permutation-invariant',
  'invariant within groups': 'invariant to reordering inside each group',
  'equivariant on pairs': 'permuting the pairs (a_i, b_i) permutes the outputs',
};

const CURVATURE: Record<VectorActivationProperties['curvature'], string> = {
  convex: 'convex',
  concave: 'concave',
  neither: 'neither convex nor concave',
};

const SMOOTHNESS: Record<string, string> = {
  'C-1': 'discontinuous (C-1)',
  C0: 'continuous with corners (C0)',
  C1: 'C1 (continuous slope)',
  C2: 'C2',
  'C∞': 'smooth (C∞)',
};

export function vectorPropertyPhrases(p: VectorActivationProperties): string[] {
  const bounds = p.boundedBelow && p.boundedAbove ? 'bounded' : p.boundedBelow ? 'bounded below' : p.boundedAbove ? 'bounded above' : 'unbounded';
  const phrases = [NORMALISATION[p.normalisation], SHIFT[p.shift], PERMUTATION[p.permutation], CURVATURE[p.curvature]];
  if (p.positivelyHomogeneous) phrases.push('positively homogeneous (f(c·x) = c·f(x) for c > 0)');
  phrases.push(bounds, SMOOTHNESS[p.smoothness] ?? p.smoothness);
  return phrases.filter((s): s is string => s !== undefined);
}
