/**
 * Built-in functions that are not activations, by name. Their signatures and docs are in
 * builtin-signatures.ts; the implementations in math-builtins.ts, sequence-builtins.ts and one file
 * per display (plot, table, compare, describe).
 */
import { compareBuiltin } from './compare-builtin';
import { describeBuiltin } from './describe-builtin';
import { differentiate } from '../calculus/differentiate';
import { mathBuiltins } from './math-builtins';
import { plotBuiltin } from './plot';
import { sliderBuiltin } from './slider';
import { tableBuiltin } from './table-builtin';
import { trainingBuiltins } from '../training/training-builtins';
import type { BuiltinFunction } from '../runtime/values';
import { sequenceBuiltins } from './sequence-builtins';

/** Every built-in by name. */
export function createBuiltins(): ReadonlyMap<string, BuiltinFunction> {
  const all: BuiltinFunction[] = [...mathBuiltins(), ...sequenceBuiltins(), plotBuiltin, sliderBuiltin, tableBuiltin, compareBuiltin, describeBuiltin, differentiate, ...trainingBuiltins()];
  return new Map(all.map((b) => [b.name, b]));
}
