/** Every vector activation the language knows, by name and by alias. */
import { gluSpec } from './glu';
import { logSoftmaxSpec } from './log-softmax';
import { logSumExpSpec } from './logsumexp';
import { maxoutSpec } from './maxout';
import { softmaxSpec } from './softmax';
import { softminSpec } from './softmin';
import type { VectorActivationSpec } from './vector-activation-spec';

const VECTOR_ACTIVATIONS: readonly VectorActivationSpec[] = [softmaxSpec, logSoftmaxSpec, softminSpec, logSumExpSpec, gluSpec, maxoutSpec];

const BY_NAME: ReadonlyMap<string, VectorActivationSpec> = buildIndex(VECTOR_ACTIVATIONS);

function buildIndex(specs: readonly VectorActivationSpec[]): Map<string, VectorActivationSpec> {
  const index = new Map<string, VectorActivationSpec>();
  for (const spec of specs) {
    for (const name of [spec.name, ...spec.aliases]) {
      if (index.has(name)) throw new Error(`vector activation name '${name}' is registered twice`);
      index.set(name, spec);
    }
  }
  return index;
}

/** The vector activation called `name` (its canonical name or an alias), or undefined. */
export function getVectorActivation(name: string): VectorActivationSpec | undefined {
  return BY_NAME.get(name);
}

/** Every vector activation once, in registry order. */
export function listVectorActivations(): VectorActivationSpec[] {
  return [...VECTOR_ACTIVATIONS];
}

/** Every name and alias that resolves to a vector activation. */
export function vectorActivationNames(): string[] {
  return [...BY_NAME.keys()];
}
