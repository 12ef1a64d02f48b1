/** Every vector activation the language knows, by name and by alias. */
import { gluSpec } from './glu';
import { logSoftmaxSpec } from './log-softmax';
import { logSumExpSpec } from './logsumexp';
import { maxoutSpec } from './maxout';
import { softmaxSpec } from './softmax';
import { softminSpec } from './softmin';
import type { VectorActivationSpec } from './vector-activation-spec';
import { nameIndex } from '../name-index';

const VECTOR_ACTIVATIONS: readonly VectorActivationSpec[] = [softmaxSpec, logSoftmaxSpec, softminSpec, logSumExpSpec, gluSpec, maxoutSpec];

const BY_NAME: ReadonlyMap<string, VectorActivationSpec> = nameIndex(VECTOR_ACTIVATIONS, 'vector activation');

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
