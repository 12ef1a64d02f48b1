/**
 * The one look-up of an activation name, for every caller (the evaluator's scope, the editor's
 * analysis, the hovers, the CLI): vector activations first, then element-wise ones by name or alias,
 * the order src/lang/runtime/notebook-scope.ts documents. A spec says which kind it is (`kind`).
 */
import type { ActivationSpec } from './activations/activation-spec';
import { activationNames, getActivation, listActivations } from './activations/registry';
import { getVectorActivation, listVectorActivations, vectorActivationNames } from './vector/registry';
import type { VectorActivationSpec } from './vector/vector-activation-spec';

/** An element-wise activation (`kind: 'elementwise'`) or a vector one (`kind: 'vector'`). */
export type AnyActivationSpec = ActivationSpec | VectorActivationSpec;

/** `elementwise`: f applied to each number; `vector`: a function of the whole vector (softmax). */
export type ActivationKind = AnyActivationSpec['kind'];

/** The activation called `name` (canonical name or alias), vector ones first; undefined for any other name. */
export function resolveActivation(name: string): AnyActivationSpec | undefined {
  return getVectorActivation(name) ?? getActivation(name);
}

/** Every activation once: the element-wise ones in registry order, then the vector ones. */
export function listAllActivations(): AnyActivationSpec[] {
  return [...listActivations(), ...listVectorActivations()];
}

/** Every name and alias resolveActivation knows, in its look-up order. */
export function allActivationNames(): string[] {
  return [...vectorActivationNames(), ...activationNames()];
}
