/**
 * The one way a built-in function is made: its signature and docs come from builtin-signatures.ts
 * (so the evaluator, the editor's signature help and the docs agree), its implementation from the
 * built-in's own file. Training built-ins are made the same way.
 */
import { bindArguments, type BoundArguments } from './builtin-arguments';
import { getBuiltinSignature, signatureText, type BuiltinSignature } from './builtin-signatures';
import type { BuiltinFunction, CallArguments, CallContext, Value } from '../runtime/values';

/** An implementation over the arguments bound to the signature's parameters (the usual case). */
export type BoundImplementation = (bound: BoundArguments, context: CallContext, args: CallArguments) => Value;

/** An implementation that reads the arguments as written and checks them itself (`d`, whose messages are its own). */
export interface UnboundImplementation {
  unbound(args: CallArguments, context: CallContext): Value;
}

/** A built-in from its signature (builtin-signatures.ts) and an implementation. */
export function defineBuiltin(name: string, impl: BoundImplementation | UnboundImplementation): BuiltinFunction {
  const sig: BuiltinSignature | undefined = getBuiltinSignature(name);
  if (!sig) throw new Error(`internal: no signature for built-in '${name}'`);
  const call = typeof impl === 'function' ? (args: CallArguments, context: CallContext) => impl(bindArguments(sig, args), context, args) : impl.unbound;
  return { type: 'builtin', name, signature: signatureText(sig), call };
}
