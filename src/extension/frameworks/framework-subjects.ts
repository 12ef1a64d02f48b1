/**
 * The records the framework hover resolves names against: every element-wise activation and every
 * vector one (F.softmax, nn.GLU, jax.nn.logsumexp, ...), and the look-up from a table entry back to
 * its spec. Pure (no vscode import), so the unit tests build exactly the provider's table.
 */
import { getActivation, listActivations } from '../../core/activations/registry';
import type { ActivationSpec } from '../../core/activations/activation-spec';
import { getVectorActivation, listVectorActivations } from '../../core/vector/registry';
import type { VectorActivationSpec } from '../../core/vector/vector-activation-spec';

/** Element-wise first, so a spelling both kinds claimed would stay with the element-wise record. */
export function frameworkSubjects(): Array<ActivationSpec | VectorActivationSpec> {
  return [...listActivations(), ...listVectorActivations()];
}

/** The spec a table entry's `activation` names. */
export function frameworkSubjectSpec(name: string): ActivationSpec | VectorActivationSpec | undefined {
  return getActivation(name) ?? getVectorActivation(name);
}
