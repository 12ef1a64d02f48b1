/** Every activation the language knows, by name and by alias. */
import type { ActivationSpec } from './activation-spec';
import { geluSpec } from './gelu';
import { leakyReluSpec } from './leaky-relu';
import { reluSpec } from './relu';
import { sigmoidSpec } from './sigmoid';
import { tanhSpec } from './tanh';

const ACTIVATIONS: readonly ActivationSpec[] = [reluSpec, leakyReluSpec, sigmoidSpec, tanhSpec, geluSpec];

const BY_NAME: ReadonlyMap<string, ActivationSpec> = buildIndex(ACTIVATIONS);

function buildIndex(specs: readonly ActivationSpec[]): Map<string, ActivationSpec> {
  const index = new Map<string, ActivationSpec>();
  for (const spec of specs) {
    for (const name of [spec.name, ...spec.aliases]) {
      if (index.has(name)) throw new Error(`activation name '${name}' is registered twice`);
      index.set(name, spec);
    }
  }
  return index;
}

/** The activation called `name` (its canonical name or an alias), or undefined. */
export function getActivation(name: string): ActivationSpec | undefined {
  return BY_NAME.get(name);
}

/** Every activation once, in registry order. */
export function listActivations(): ActivationSpec[] {
  return [...ACTIVATIONS];
}

/** Every name and alias that resolves to an activation. */
export function activationNames(): string[] {
  return [...BY_NAME.keys()];
}
