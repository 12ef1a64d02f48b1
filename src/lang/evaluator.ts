/**
 * Walks the syntax tree and computes values (jlox's interpreter). Names live in Maps, never in
 * JavaScript objects, so `__proto__` and `constructor` are ordinary (unknown) names.
 *
 * Lookup order: the parameters of the user function running (its local Map), names the notebook
 * assigned or defined (globals), constants (pi, e, inf, nan), built-ins, vector activations, then
 * activations by name or alias.
 *
 * Limits, so that no cell can freeze the editor: a vector may not exceed `maxElements`; user
 * functions may nest at most `maxCallDepth` calls deep; one statement may take at most `maxSteps`
 * evaluation steps (one per syntax node evaluated, plus one per 64 items of each vector an operator
 * or call produces). Each ends in a LangError with the span of the call or expression that crossed
 * it. (If a deeply nested body exhausts the JavaScript stack before maxCallDepth, that too becomes
 * a "recursion too deep" LangError at the call.)
 */
import { getActivation, activationNames } from '../core/activations/registry';
import { getVectorActivation, vectorActivationNames } from '../core/vector/registry';
import type { Argument, Call, Definition, Expr, Lambda, Parameter, Statement } from './ast';
import { createBuiltins } from './builtins';
import { CONSTANTS } from './builtin-signatures';
import { callActivation, callVectorActivation } from './call-activation';
import { LangError } from './errors';
import { indexValue, sliceValue } from './indexing';
import { arithmetic, compare, negate } from './operators';
import type { Span } from './span';
import { nearest } from './suggest';
import { bindUserArguments } from './user-function';
import type { BuiltinFunction, CallArguments, CallContext, Callable, UserFunction, UserParameter, Value } from './values';
import { describeValue, num, vector } from './values';
import { isTrue, whereBranch, whereCondition, whereValues } from './where';

export interface EvaluatorOptions {
  /** The largest vector any operation may build (default 10,000,000 elements). */
  maxElements?: number;
  /** How deeply calls of user functions may nest (default 1,000). */
  maxCallDepth?: number;
  /** How many syntax nodes one statement may evaluate (default 10,000,000). */
  maxSteps?: number;
}

export const DEFAULT_MAX_ELEMENTS = 10_000_000;
export const DEFAULT_MAX_CALL_DEPTH = 1_000;
export const DEFAULT_MAX_STEPS = 10_000_000;

/** The names of the parameters in scope while a user function runs (with those it closed over). */
export type Locals = ReadonlyMap<string, Value>;

const CONSTANT_VALUES: ReadonlyMap<string, number> = new Map(CONSTANTS.map((c) => [c.name, c.value]));

export class Evaluator implements CallContext {
  private readonly globals = new Map<string, Value>();
  private readonly builtins: ReadonlyMap<string, BuiltinFunction> = createBuiltins();
  readonly maxElements: number;
  readonly maxCallDepth: number;
  readonly maxSteps: number;
  private callDepth = 0;
  private steps = 0;
  /** The statement running: the step-limit error underlines it (the node where the count ran out is arbitrary). */
  private statementSpan: Span | undefined;
  /** The source the running statement came from (see UserFunction.origin). */
  private origin: unknown;
  /** The sources of the user function bodies running, innermost last (a call's span belongs to the one below it). */
  private readonly bodyOrigins: unknown[] = [];

  constructor(options: EvaluatorOptions = {}) {
    this.maxElements = options.maxElements ?? DEFAULT_MAX_ELEMENTS;
    this.maxCallDepth = options.maxCallDepth ?? DEFAULT_MAX_CALL_DEPTH;
    this.maxSteps = options.maxSteps ?? DEFAULT_MAX_STEPS;
  }

  /** Forgets every assigned name. */
  reset(): void {
    this.globals.clear();
  }

  /** The names the notebook has assigned or defined so far, with their values. */
  definedNames(): ReadonlyMap<string, Value> {
    return this.globals;
  }

  /**
   * Runs one statement: the value of an expression statement, or undefined for an assignment or
   * definition. `origin` names the source it came from (the kernel passes one per cell), so that an
   * error inside a function written in another cell is reported at the call in this one.
   */
  execute(statement: Statement, origin?: unknown): Value | undefined {
    this.steps = 0;
    this.callDepth = 0;
    this.statementSpan = statement.span;
    this.origin = origin;
    this.bodyOrigins.length = 0;
    switch (statement.kind) {
      case 'assignment': {
        this.checkAssignable(statement.name, statement.nameSpan, 'assigned');
        let value = this.evaluate(statement.value);
        // g = x -> x^2 names the lambda g (its label in charts and tables).
        if (value.kind === 'function' && value.callable.type === 'user' && value.callable.name === undefined && value.callable.bound.length === 0) {
          value = { kind: 'function', callable: { ...value.callable, name: statement.name } };
        }
        this.globals.set(statement.name, value);
        return undefined;
      }
      case 'definition':
        this.checkAssignable(statement.name, statement.nameSpan, 'redefined');
        this.globals.set(statement.name, { kind: 'function', callable: this.makeFunction(statement, undefined) });
        return undefined;
      case 'expression':
        return this.evaluate(statement.expression);
    }
  }

  /** Every name a program can refer to right now (for suggestions): globals, constants, built-ins, activations. */
  visibleNames(): string[] {
    return [...this.globals.keys(), ...CONSTANT_VALUES.keys(), ...this.builtins.keys(), ...vectorActivationNames(), ...activationNames()];
  }

  /** Throws the size-limit error if a value of n elements may not be built. */
  checkSize(n: number, span: Span): void {
    if (!(n <= this.maxElements)) {
      const size = Number.isFinite(n) ? n.toLocaleString('en-US') : String(n);
      throw new LangError('eval', `value too large: ${size} elements (the limit is ${this.maxElements.toLocaleString('en-US')}, the setting activationLab.kernel.maxElements)`, span);
    }
  }

  builtin(name: string): BuiltinFunction | undefined {
    return this.builtins.get(name);
  }

  /** Calls a function value with positional arguments (the built-ins' way to call back into the language). */
  callFunction(fn: Callable, positional: Value[], span: Span): Value {
    const args: CallArguments = { positional: positional.map((value) => ({ value, span })), keywords: [], span };
    return this.callCallable(fn, args, span);
  }

  evaluate(expr: Expr, locals?: Locals): Value {
    if (++this.steps > this.maxSteps) {
      throw new LangError('eval', `evaluation stopped after ${this.maxSteps.toLocaleString('en-US')} steps: the computation is too long (a recursion that branches too much?)`, this.statementSpan ?? expr.span);
    }
    switch (expr.kind) {
      case 'number':
        return num(expr.value);
      case 'string':
        return { kind: 'string', value: expr.value };
      case 'boolean':
        return { kind: 'boolean', value: expr.value };
      case 'identifier':
        return this.lookup(expr.name, expr.span, locals, false);
      case 'vector':
        return this.vectorLiteral(expr.elements, expr.span, locals);
      case 'unary':
        return this.charge(negate(expr.operator, this.evaluate(expr.operand, locals), expr.span));
      case 'binary':
        return this.charge(arithmetic(expr.operator, this.evaluate(expr.left, locals), this.evaluate(expr.right, locals), expr.operatorSpan));
      case 'comparison':
        return this.charge(compare(expr.operator, this.evaluate(expr.left, locals), this.evaluate(expr.right, locals), expr.operatorSpan));
      case 'call':
        return this.charge(this.call(expr, locals));
      case 'index':
        return indexValue(this.evaluate(expr.target, locals), expr.target.span, this.evaluate(expr.index, locals), expr.index.span);
      case 'slice': {
        const target = this.evaluate(expr.target, locals);
        const start = expr.start && { value: this.evaluate(expr.start, locals), span: expr.start.span };
        const end = expr.end && { value: this.evaluate(expr.end, locals), span: expr.end.span };
        return sliceValue(target, expr.target.span, start, end);
      }
      case 'lambda':
        return { kind: 'function', callable: this.makeFunction(expr, locals) };
    }
  }

  /**
   * Work on vectors counts too: a step per 64 items of a vector result, so that a loop of calls
   * over long vectors is bounded in time as well as a loop over numbers.
   */
  private charge(value: Value): Value {
    if (value.kind === 'vector') this.steps += value.items.length >>> 6;
    return value;
  }

  private checkAssignable(name: string, span: Span, verb: string): void {
    if (CONSTANT_VALUES.has(name)) throw new LangError('eval', `'${name}' is a built-in constant and cannot be ${verb}`, span);
    if (this.builtins.has(name) || getActivation(name) || getVectorActivation(name)) {
      throw new LangError('eval', `'${name}' is a built-in function and cannot be ${verb}; choose another name, e.g. my_${name}`, span);
    }
  }

  private makeFunction(node: Definition | Lambda, locals: Locals | undefined): UserFunction {
    const params: UserParameter[] = node.params.map((p: Parameter) => ({ name: p.name, default: p.default ? this.evaluate(p.default, locals) : undefined }));
    return {
      type: 'user',
      name: node.kind === 'definition' ? node.name : undefined,
      params,
      body: node.body,
      closure: locals ?? new Map(),
      bound: [],
      origin: this.origin,
    };
  }

  private lookup(name: string, span: Span, locals: Locals | undefined, called: boolean): Value {
    const local = locals?.get(name);
    if (local) return local;
    const assigned = this.globals.get(name);
    if (assigned) return assigned;
    const constant = CONSTANT_VALUES.get(name);
    if (constant !== undefined) return num(constant);
    const builtin = this.builtins.get(name);
    if (builtin) return { kind: 'function', callable: builtin };
    const vectorSpec = getVectorActivation(name);
    if (vectorSpec) return { kind: 'function', callable: { type: 'vector', spec: vectorSpec, params: vectorSpec.defaults, bound: [] } };
    const spec = getActivation(name);
    if (spec) return { kind: 'function', callable: { type: 'activation', spec, params: spec.defaults, bound: [] } };
    const candidates = [...(locals?.keys() ?? []), ...this.visibleNames()];
    // One- and two-letter names are too short to have typos: 'x' is not a misspelt 'd'.
    const guess = name.length > 2 ? nearest(name, candidates) : undefined;
    throw new LangError('eval', `unknown ${called ? 'function' : 'name'} '${name}'${guess ? `; did you mean '${guess}'?` : ''}`, span);
  }

  private vectorLiteral(elements: Expr[], span: Span, locals: Locals | undefined): Value {
    this.checkSize(elements.length, span);
    const items = new Float64Array(elements.length);
    elements.forEach((element, i) => {
      const v = this.evaluate(element, locals);
      if (v.kind === 'number') items[i] = v.value;
      else if (v.kind === 'boolean') items[i] = v.value ? 1 : 0;
      else throw new LangError('eval', `vector elements must be numbers; element ${i + 1} is ${describeValue(v)}`, element.span);
    });
    return vector(items);
  }

  private call(expr: Call, locals: Locals | undefined): Value {
    const callee = expr.callee.kind === 'identifier' ? this.lookup(expr.callee.name, expr.callee.span, locals, true) : this.evaluate(expr.callee, locals);
    if (callee.kind !== 'function') {
      throw new LangError('eval', `cannot call ${describeValue(callee)}: only functions can be called`, expr.callee.span);
    }
    const fn = callee.callable;
    if (fn.type === 'builtin' && fn.name === 'where' && expr.args.length === 3 && expr.args.every((a) => a.kind === 'positional')) {
      return this.lazyWhere(expr.args[0].value, expr.args[1].value, expr.args[2].value, expr.span, locals);
    }
    const args = this.evaluateArguments(expr.args, expr.span, locals);
    // User functions are called here rather than through callCallable: one frame less per level of recursion.
    return fn.type === 'user' ? this.callUser(fn, args, expr.span) : this.callCallable(fn, args, expr.span);
  }

  /** where(c, a, b) written as a call: only the chosen branch runs when c is a single value (see where.ts). */
  private lazyWhere(condExpr: Expr, aExpr: Expr, bExpr: Expr, span: Span, locals: Locals | undefined): Value {
    const cond = whereCondition(this.evaluate(condExpr, locals), condExpr.span);
    if (typeof cond === 'number') return whereBranch(this.evaluate(isTrue(cond) ? aExpr : bExpr, locals), isTrue(cond) ? aExpr : bExpr, isTrue(cond) ? 'a' : 'b');
    return whereValues(cond, this.evaluate(aExpr, locals), aExpr.span, this.evaluate(bExpr, locals), bExpr.span, span);
  }

  private callCallable(fn: Callable, args: CallArguments, span: Span): Value {
    switch (fn.type) {
      case 'builtin':
        return fn.call(args, this);
      case 'activation':
        return callActivation(fn, args);
      case 'vector':
        return callVectorActivation(fn, args);
      case 'user':
        return this.callUser(fn, args, span);
    }
  }

  private callUser(fn: UserFunction, args: CallArguments, span: Span): Value {
    const bound = bindUserArguments(fn, args);
    if (bound.kind === 'partial') return { kind: 'function', callable: bound.fn };
    if (this.callDepth >= this.maxCallDepth) {
      throw new LangError('eval', `recursion too deep: more than ${this.maxCallDepth.toLocaleString('en-US')} nested calls of user functions (does ${fn.name ?? 'the function'} call itself without end?)`, span);
    }
    // The call's span is in the source of the code that made it: the body running, or the statement.
    const callerOrigin = this.bodyOrigins.length > 0 ? this.bodyOrigins[this.bodyOrigins.length - 1] : this.origin;
    this.callDepth++;
    this.bodyOrigins.push(fn.origin);
    try {
      return this.evaluate(fn.body, bound.locals);
    } catch (error) {
      if (error instanceof LangError) throw this.anchor(error, fn, span, callerOrigin);
      // A body nested deep enough can exhaust the JavaScript stack before maxCallDepth: still a positioned error.
      // (No message test here: even a regular expression needs stack. Other RangeErrors, from typed
      // array sizes, cannot happen: sizes are checked against maxElements first.)
      if (error instanceof RangeError) {
        const tooDeep = new LangError('eval', `recursion too deep: the evaluation ran out of stack after ${this.callDepth.toLocaleString('en-US')} nested calls of user functions (does ${fn.name ?? 'the function'} call itself without end?)`, span);
        ERROR_ORIGIN.set(tooDeep, callerOrigin);
        throw tooDeep;
      }
      throw error;
    } finally {
      this.callDepth--;
      this.bodyOrigins.pop();
    }
  }

  /**
   * An error whose span is in another cell's source (a function defined there) moves to the call,
   * until it reaches code of the running cell; the first move says where in the function it was.
   */
  private anchor(error: LangError, fn: UserFunction, callSpan: Span, callerOrigin: unknown): LangError {
    // Not seen by a call yet: it was raised in this body (or by a built-in, at an argument of this body).
    if (!ERROR_ORIGIN.has(error)) ERROR_ORIGIN.set(error, fn.origin);
    if (ERROR_ORIGIN.get(error) === this.origin) return error;
    const note = MOVED.has(error) ? '' : ` (in ${fn.name ?? 'a function'} from another cell, at its line ${error.span.line}, column ${error.span.column})`;
    const moved = new LangError(error.kind, error.message + note, callSpan);
    ERROR_ORIGIN.set(moved, callerOrigin);
    MOVED.add(moved);
    return moved;
  }

  private evaluateArguments(args: Argument[], span: Span, locals: Locals | undefined): CallArguments {
    const out: CallArguments = { positional: [], keywords: [], span };
    for (const arg of args) {
      const value = this.evaluate(arg.value, locals);
      if (arg.kind === 'positional') out.positional.push({ value, span: arg.span });
      else out.keywords.push({ name: arg.name, nameSpan: arg.nameSpan, value, span: arg.value.span });
    }
    return out;
  }
}

/** The source an error's span belongs to, once it has left a function body (see Evaluator.anchor). */
const ERROR_ORIGIN = new WeakMap<LangError, unknown>();
/** Errors moved to a call already (their message names the function once). */
const MOVED = new WeakSet<LangError>();
