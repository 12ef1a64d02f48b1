/**
 * The records the framework hover resolves names against: every element-wise activation and every
 * vector one (F.softmax, nn.GLU, jax.nn.logsumexp, ...), and the look-up from a table entry back to
 * its spec. Pure (no vscode import), so the unit tests build exactly the provider's table.
 */
import { listAllActivations, resolveActivation, type AnyActivationSpec } from '../../core/activation-lookup';

/** Element-wise first, so a spelling both kinds claimed would stay with the element-wise record. */
export function frameworkSubjects(): AnyActivationSpec[] {
  return listAllActivations();
}

/** The spec a table entry's `activation` names. */
export function frameworkSubjectSpec(name: string): AnyActivationSpec | undefined {
  return resolveActivation(name);
}
