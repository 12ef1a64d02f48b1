/**
 * The names every program can use without defining them (activations and their aliases, built-in
 * functions, constants), each with what the editor shows about it: a signature, a summary.
 * The list of names comes from a fresh Evaluator, so whatever the language predefines is known here.
 */
import { resolveActivation } from '../../core/activation-lookup';
import { activationSignature, tableSignature, type ActivationLike, type CallSignature } from './analysis-signatures';
import { CONSTANTS, getBuiltinSignature } from '../builtins/builtin-signatures';
import { Evaluator } from '../runtime/evaluator';

export type GlobalKind = 'activation' | 'alias' | 'builtin' | 'constant';

export interface GlobalName {
  name: string;
  kind: GlobalKind;
  /** For functions: how they are called. */
  signature?: CallSignature;
  /** One sentence about it (an activation's summary). */
  summary?: string;
  /** The activation (scalar or vector), for activations and aliases. */
  activation?: ActivationLike;
}

export interface NameEnvironment {
  readonly globals: ReadonlyMap<string, GlobalName>;
}

let cached: NameEnvironment | undefined;

/** The predefined names of the language (computed once). */
export function defaultEnvironment(): NameEnvironment {
  if (!cached) cached = buildEnvironment();
  return cached;
}

function buildEnvironment(): NameEnvironment {
  const constants = new Map(CONSTANTS.map((c) => [c.name, c]));
  const globals = new Map<string, GlobalName>();
  for (const name of new Evaluator().visibleNames()) {
    if (globals.has(name)) continue;
    const spec: ActivationLike | undefined = resolveActivation(name);
    const builtin = getBuiltinSignature(name);
    if (spec) {
      const input = spec.kind === 'vector' ? 'The input vector.' : undefined;
      globals.set(name, {
        name,
        kind: spec.name === name ? 'activation' : 'alias',
        signature: activationSignature(spec, name, input),
        summary: spec.name === name ? spec.doc.summary : `Alias of ${spec.name}. ${spec.doc.summary}`,
        activation: spec,
      });
    } else if (builtin) {
      globals.set(name, { name, kind: 'builtin', signature: tableSignature(builtin), summary: builtin.doc });
    } else if (constants.has(name)) {
      globals.set(name, { name, kind: 'constant', summary: constants.get(name)!.doc });
    } else {
      // A predefined name without a table entry (a built-in still being written): known, undocumented.
      globals.set(name, { name, kind: 'builtin' });
    }
  }
  return { globals };
}
