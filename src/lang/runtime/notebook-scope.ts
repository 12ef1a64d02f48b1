/**
 * The names a notebook's statements can refer to. Names live in Maps, never in JavaScript objects,
 * so `__proto__` and `constructor` are ordinary (unknown) names.
 *
 * Lookup order: the parameters of the user function running (its local Map), names the notebook
 * assigned or defined (globals), constants (pi, e, inf, nan), built-ins, then activations by name or
 * alias, vector ones first (resolveActivation, src/core/activation-lookup.ts, the one look-up of an
 * activation name that every caller uses).
 */
import { allActivationNames, resolveActivation, type AnyActivationSpec } from '../../core/activation-lookup';
import { DEFAULT_KINK_CONVENTION, type KinkConvention } from '../../core/activations/kink';
import type { ActivationParams } from '../../core/activations/params';
import { createBuiltins } from '../builtins/builtins';
import { CONSTANTS } from '../builtins/builtin-signatures';
import { LangError } from '../syntax/errors';
import type { Span } from '../syntax/span';
import { nearest } from './suggest';
import type { BuiltinFunction, Value } from './values';
import { num } from './values';

/** The names of the parameters in scope while a user function runs (with those it closed over). */
export type Locals = ReadonlyMap<string, Value>;

const CONSTANT_VALUES: ReadonlyMap<string, number> = new Map(CONSTANTS.map((c) => [c.name, c.value]));

export class NotebookScope {
  private readonly globals = new Map<string, Value>();
  private readonly builtins: ReadonlyMap<string, BuiltinFunction> = createBuiltins();
  /** Each activation's parameters with the session's kink convention, made once per activation. */
  private readonly kinkParams = new Map<AnyActivationSpec, ActivationParams>();

  constructor(private readonly kinkConvention: KinkConvention) {}

  /** Forgets every assigned name. */
  reset(): void {
    this.globals.clear();
  }

  /** The names the notebook has assigned or defined so far, with their values. */
  definedNames(): ReadonlyMap<string, Value> {
    return this.globals;
  }

  /** Assigns or defines a global name (checkAssignable first). */
  define(name: string, value: Value): void {
    this.globals.set(name, value);
  }

  builtin(name: string): BuiltinFunction | undefined {
    return this.builtins.get(name);
  }

  /** Every name a program can refer to right now (for suggestions): globals, constants, built-ins, activations. */
  visibleNames(): string[] {
    return [...this.globals.keys(), ...CONSTANT_VALUES.keys(), ...this.builtins.keys(), ...allActivationNames()];
  }

  /** Throws if name is a constant or a built-in function, which may not be `verb` (assigned, redefined). */
  checkAssignable(name: string, span: Span, verb: string): void {
    if (CONSTANT_VALUES.has(name)) throw new LangError('eval', `'${name}' is a built-in constant and cannot be ${verb}`, span);
    if (this.builtins.has(name) || resolveActivation(name)) {
      throw new LangError('eval', `'${name}' is a built-in function and cannot be ${verb}; choose another name, e.g. my_${name}`, span);
    }
  }

  /** The value of name at span, or the "unknown name" (or function, when `called`) error with a suggestion. */
  lookup(name: string, span: Span, locals: Locals | undefined, called: boolean): Value {
    const local = locals?.get(name);
    if (local) return local;
    const assigned = this.globals.get(name);
    if (assigned) return assigned;
    const constant = CONSTANT_VALUES.get(name);
    if (constant !== undefined) return num(constant);
    const builtin = this.builtins.get(name);
    if (builtin) return { kind: 'function', callable: builtin };
    const spec = resolveActivation(name);
    if (spec?.kind === 'vector') return { kind: 'function', callable: { type: 'vector', spec, params: this.defaultParams(spec), bound: [] } };
    if (spec) return { kind: 'function', callable: { type: 'activation', spec, params: this.defaultParams(spec), bound: [] } };
    const candidates = [...(locals?.keys() ?? []), ...this.visibleNames()];
    // The one suggestion rule (suggest.ts), shared with the editor: no guess for one- or two-letter names.
    const guess = nearest(name, candidates);
    throw new LangError('eval', `unknown ${called ? 'function' : 'name'} '${name}'${guess ? `; did you mean '${guess}'?` : ''}`, span);
  }

  /** spec.defaults, with the session's kink convention where the activation has a `kink` keyword. */
  private defaultParams(spec: AnyActivationSpec): ActivationParams {
    if (this.kinkConvention === DEFAULT_KINK_CONVENTION) return spec.defaults;
    let params = this.kinkParams.get(spec);
    if (!params) {
      params = spec.params.some((p) => p.name === 'kink') ? Object.freeze({ ...spec.defaults, kink: this.kinkConvention }) : spec.defaults;
      this.kinkParams.set(spec, params);
    }
    return params;
  }
}
