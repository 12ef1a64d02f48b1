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
 * or call produces, plus what d's interpreter charges for its nodes and jet work through
 * chargeSteps: one budget for the whole statement). The size and depth limits end in a LangError
 * at the call or expression that crossed them, the step limit in "too much work" at the statement. (If a deeply nested body exhausts the JavaScript stack before maxCallDepth, that too becomes
 * a "recursion too deep" LangError, at the outermost call of the statement; see STACK_EXHAUSTED.)
 * The depth limit is shared with d's differentiating interpreter (withinCall), so a recursion
 * through d(f) stops at the same count with the same message.
 */
import type { ActivationSpec } from '../core/activations/activation-spec';
import { DEFAULT_KINK_CONVENTION, type KinkConvention } from '../core/activations/kink';
import type { ActivationParams } from '../core/activations/params';
import { getActivation, activationNames } from '../core/activations/registry';
import type { VectorActivationSpec } from '../core/vector/vector-activation-spec';
import { getVectorActivation, vectorActivationNames } from '../core/vector/registry';
import type { Argument, Call, Definition, Expr, Lambda, Parameter, Statement } from './ast';
import { createBuiltins } from './builtins';
import { CONSTANTS } from './builtin-signatures';
import { callActivation, callVectorActivation } from './call-activation';
import { LangError, LimitError, STACK_EXHAUSTED } from './errors';
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
  /** How deeply calls of user functions may nest (default 200, see DEFAULT_MAX_CALL_DEPTH). */
  maxCallDepth?: number;
  /** How many steps one statement may take: syntax nodes evaluated, vector and jet work (default DEFAULT_MAX_STEPS). */
  maxSteps?: number;
  /**
   * The derivative convention at kinks for every activation that has a `kink` keyword, when a call
   * does not give one (default "pytorch"; the setting activationLab.derivatives.kinkConvention).
   * It reaches calls, d(...), and the derivative series of plot, table, compare and describe.
   */
  kinkConvention?: KinkConvention;
  /**
   * Polled every INTERRUPT_POLL_STEPS steps (here and in d's interpreter): once it returns true the
   * statement running stops with an "interrupted" error at its span; earlier statements keep their
   * effects. The kernel worker passes a check of the interrupt flag the editor sets.
   */
  shouldStop?: () => boolean;
}

/** How many evaluation steps pass between two calls of EvaluatorOptions.shouldStop. */
export const INTERRUPT_POLL_STEPS = 1000;
export const INTERRUPTED_MESSAGE = 'interrupted: this statement was stopped (the statements before it ran and keep their effects)';
/**
 * Thrown by checkInterrupt: a plain object, not a LangError, so that no catch on the way (d's
 * fallbacks, the sampler's point-by-point retry, a call's error anchoring) takes it for a language
 * error and goes on; execute turns it into the "interrupted" LangError at the statement.
 */
const INTERRUPTED: object = Object.freeze({ interrupted: true });

export const DEFAULT_MAX_ELEMENTS = 10_000_000;
/**
 * 200 nested calls, counted alike by the evaluator and by d's interpreter, fit in Node's default
 * stack (984 KB) on a cold start (bytecode interpreter frames, the largest) with room to spare, so
 * this limit, not the stack's end, is what a runaway recursion meets. Measured capacity, in nested
 * calls before the stack runs out, fresh process (test/lang/recursion-depth.test.ts checks it):
 * `c(n) = where(n <= 0, 0, 1 + c(n - 1))` about 810; the same with five nested operators around the
 * call about 440; through d(f) about 530, and about 250 with the five operators.
 */
export const DEFAULT_MAX_CALL_DEPTH = 200;
/**
 * One budget per statement for the evaluator and d's interpreter together (jet work included, see
 * differentiate-body.ts). Measured on the development machine, a statement that spends it all takes
 * about 2 seconds at most (a branching recursion through d(f) point by point, about 65 ns a step; a
 * plain recursion about 55 ns; jets of order 20 on 10 million points about 30 ns; d inside a body
 * differentiated again about 40 ns). Ordinary cells use a fraction: plot(f, g, derivative=2,
 * samples=100000) of two user functions about 8.4 million, d(f, 2) on 100,000 points about 1.9
 * million, d(f) on a million points about 13 million, plot/compare/describe at the default sampling
 * well under 100,000.
 */
export const DEFAULT_MAX_STEPS = 30_000_000;

/** The names of the parameters in scope while a user function runs (with those it closed over). */
export type Locals = ReadonlyMap<string, Value>;

const CONSTANT_VALUES: ReadonlyMap<string, number> = new Map(CONSTANTS.map((c) => [c.name, c.value]));

export class Evaluator implements CallContext {
  private readonly globals = new Map<string, Value>();
  private readonly builtins: ReadonlyMap<string, BuiltinFunction> = createBuiltins();
  readonly maxElements: number;
  readonly maxCallDepth: number;
  readonly maxSteps: number;
  readonly kinkConvention: KinkConvention;
  /** Each activation's parameters with the session's kink convention, made once per activation. */
  private readonly kinkParams = new Map<ActivationSpec | VectorActivationSpec, ActivationParams>();
  private callDepth = 0;
  private steps = 0;
  private readonly shouldStop: (() => boolean) | undefined;
  private untilPoll = INTERRUPT_POLL_STEPS;
  /** The statement running: the step-limit error underlines it (the node where the count ran out is arbitrary). */
  private statementSpan: Span | undefined;
  /** The source the running statement came from (see UserFunction.origin). */
  private origin: unknown;
  /** The sources of the user function bodies running, innermost last (a call's span belongs to the one below it). */
  private readonly bodyOrigins: unknown[] = [];
  /** Where the JavaScript stack ran out, filled in while STACK_EXHAUSTED unwinds (see callFailed). */
  private overflow: StackOverflow | undefined;

  constructor(options: EvaluatorOptions = {}) {
    this.maxElements = options.maxElements ?? DEFAULT_MAX_ELEMENTS;
    this.maxCallDepth = options.maxCallDepth ?? DEFAULT_MAX_CALL_DEPTH;
    this.maxSteps = options.maxSteps ?? DEFAULT_MAX_STEPS;
    this.kinkConvention = options.kinkConvention ?? DEFAULT_KINK_CONVENTION;
    this.shouldStop = options.shouldStop;
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
    this.overflow = undefined;
    try {
      return this.executeStatement(statement);
    } catch (error) {
      if (error === INTERRUPTED) throw new LangError('eval', INTERRUPTED_MESSAGE, statement.span);
      // The stack has unwound: now there is room to build the error (and to read a message).
      if (error === STACK_EXHAUSTED || (error instanceof RangeError && error.message.includes('call stack'))) throw this.stackError(statement.span);
      throw error;
    }
  }

  private executeStatement(statement: Statement): Value | undefined {
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
  /** Stops the running statement (execute reports "interrupted" at it) if EvaluatorOptions.shouldStop says so. */
  checkInterrupt(): void {
    if (this.shouldStop?.()) throw INTERRUPTED;
  }

  checkSize(n: number, span: Span): void {
    if (!(n <= this.maxElements)) {
      const size = Number.isFinite(n) ? n.toLocaleString('en-US') : String(n);
      throw new LimitError('eval', `value too large: ${size} elements (the limit is ${this.maxElements.toLocaleString('en-US')}, the setting activationLab.kernel.maxElements)`, span);
    }
  }

  builtin(name: string): BuiltinFunction | undefined {
    return this.builtins.get(name);
  }

  /** The value of expr with the given local names (d's interpreter evaluates the parts that do not depend on the variable so). */
  evaluateIn(expr: Expr, scope: Locals): Value {
    return this.evaluate(expr, scope);
  }

  /**
   * Runs `body` as a call of fn at span (d's interpreter runs user function bodies so): the same depth
   * limit and count as the evaluator's own calls, and the same moving of an error from another
   * cell's body to the call.
   */
  withinCall<T>(fn: UserFunction, span: Span, body: () => T): T {
    if (this.callDepth >= this.maxCallDepth) throw this.tooDeep(fn, span);
    const callerOrigin = this.bodyOrigins.length > 0 ? this.bodyOrigins[this.bodyOrigins.length - 1] : this.origin;
    this.callDepth++;
    this.bodyOrigins.push(fn.origin);
    try {
      return body();
    } catch (error) {
      throw this.callFailed(error, fn, span, callerOrigin);
    } finally {
      this.callDepth--;
      this.bodyOrigins.pop();
    }
  }

  /** Calls a function value with positional arguments (the built-ins' way to call back into the language). */
  callFunction(fn: Callable, positional: Value[], span: Span): Value {
    const args: CallArguments = { positional: positional.map((value) => ({ value, span })), keywords: [], span };
    return this.callCallable(fn, args, span);
  }

  evaluate(expr: Expr, locals?: Locals): Value {
    if (--this.untilPoll <= 0) {
      this.untilPoll = INTERRUPT_POLL_STEPS;
      this.checkInterrupt();
    }
    if (++this.steps > this.maxSteps) throw this.tooMuchWork(expr.span);
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
   * Counts n steps of work done outside the syntax walk against the statement's one budget (d's
   * interpreter charges its jet arithmetic so), and polls for an interrupt when one is due.
   */
  chargeSteps(n: number, span: Span): void {
    this.steps += n;
    this.untilPoll -= n;
    if (this.untilPoll <= 0) {
      this.untilPoll = INTERRUPT_POLL_STEPS;
      this.checkInterrupt();
    }
    if (this.steps > this.maxSteps) throw this.tooMuchWork(span);
  }

  /** How many steps the statement running (or the last one) has taken so far: tests bound work by it. */
  get stepsTaken(): number {
    return this.steps;
  }

  private tooMuchWork(span: Span): LangError {
    return new LimitError(
      'eval',
      `too much work: more than ${this.maxSteps.toLocaleString('en-US')} steps in one statement, so it was stopped (a recursion that branches too much, or d over very many points or at a high order?)`,
      this.statementSpan ?? span,
    );
  }

  /**
   * Work on vectors counts too: a step per 64 items of a vector result, so that a loop of calls
   * over long vectors is bounded in time as well as a loop over numbers.
   */
  private charge(value: Value): Value {
    if (value.kind === 'vector') {
      this.steps += value.items.length >>> 6;
      // Brings the next interrupt poll closer too: a few operators on long vectors are long work.
      this.untilPoll -= value.items.length >>> 6;
    }
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
    if (vectorSpec) return { kind: 'function', callable: { type: 'vector', spec: vectorSpec, params: this.defaultParams(vectorSpec), bound: [] } };
    const spec = getActivation(name);
    if (spec) return { kind: 'function', callable: { type: 'activation', spec, params: this.defaultParams(spec), bound: [] } };
    const candidates = [...(locals?.keys() ?? []), ...this.visibleNames()];
    // The one suggestion rule (suggest.ts), shared with the editor: no guess for one- or two-letter names.
    const guess = nearest(name, candidates);
    throw new LangError('eval', `unknown ${called ? 'function' : 'name'} '${name}'${guess ? `; did you mean '${guess}'?` : ''}`, span);
  }

  /** spec.defaults, with the session's kink convention where the activation has a `kink` keyword. */
  private defaultParams(spec: ActivationSpec | VectorActivationSpec): ActivationParams {
    if (this.kinkConvention === DEFAULT_KINK_CONVENTION) return spec.defaults;
    let params = this.kinkParams.get(spec);
    if (!params) {
      params = spec.params.some((p) => p.name === 'kink') ? Object.freeze({ ...spec.defaults, kink: this.kinkConvention }) : spec.defaults;
      this.kinkParams.set(spec, params);
    }
    return params;
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
    if (fn.type === 'builtin' && fn.name === 'where' && isLazyWhere(expr.args)) {
      // where(c, a, b) written as a call: only the chosen branch runs when c is a single value (see
      // where.ts). The branch is evaluated in this frame, not a helper's: a recursion through where
      // nests one JavaScript frame less per level (so the depth limit is reached before the stack's end).
      const [c, a, b] = expr.args;
      const cond = whereCondition(this.evaluate(c.value, locals), c.value.span);
      if (typeof cond !== 'number') return whereValues(cond, this.evaluate(a.value, locals), a.value.span, this.evaluate(b.value, locals), b.value.span, expr.span);
      const first = isTrue(cond);
      const chosen = first ? a.value : b.value;
      return whereBranch(this.evaluate(chosen, locals), chosen, first ? 'a' : 'b');
    }
    const args = this.evaluateArguments(expr.args, expr.span, locals);
    // User functions are called here rather than through callCallable: one frame less per level of recursion.
    return fn.type === 'user' ? this.callUser(fn, args, expr.span) : this.callCallable(fn, args, expr.span);
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
    if (this.callDepth >= this.maxCallDepth) throw this.tooDeep(fn, span);
    // The call's span is in the source of the code that made it: the body running, or the statement.
    const callerOrigin = this.bodyOrigins.length > 0 ? this.bodyOrigins[this.bodyOrigins.length - 1] : this.origin;
    this.callDepth++;
    this.bodyOrigins.push(fn.origin);
    try {
      return this.evaluate(fn.body, bound.locals);
    } catch (error) {
      throw this.callFailed(error, fn, span, callerOrigin);
    } finally {
      this.callDepth--;
      this.bodyOrigins.pop();
    }
  }

  private tooDeep(fn: UserFunction, span: Span): LangError {
    return new LimitError('eval', `recursion too deep: more than ${this.maxCallDepth.toLocaleString('en-US')} nested calls of user functions (does ${fn.name ?? 'the function'} call itself without end?)`, span);
  }

  /** What a call of fn at span throws when its body threw `error`. */
  private callFailed(error: unknown, fn: UserFunction, span: Span, callerOrigin: unknown): unknown {
    if (error instanceof LangError) return this.anchor(error, fn, span, callerOrigin);
    // A body nested deep enough can exhaust the JavaScript stack before maxCallDepth. Here, near the
    // end of the stack, nothing is built (no Error, no message test, no regular expression): the
    // place is noted and STACK_EXHAUSTED unwinds to execute, which builds the error. (Other
    // RangeErrors, from typed array sizes, cannot happen: sizes are checked against maxElements first.)
    if (error === STACK_EXHAUSTED || error instanceof RangeError) {
      if (this.overflow === undefined) this.overflow = { name: fn.name, depth: this.callDepth, span, origin: callerOrigin };
      else {
        // Unwinding: the outermost call reached is in the running statement's own source.
        this.overflow.span = span;
        this.overflow.origin = callerOrigin;
      }
      return STACK_EXHAUSTED;
    }
    return error;
  }

  /** The "recursion too deep" error for a stack that ran out, at the outermost call of the statement. */
  private stackError(statementSpan: Span): LangError {
    const o = this.overflow;
    if (!o) return new LimitError('eval', 'expression too deeply nested: the evaluation ran out of stack', statementSpan);
    const span = o.origin === this.origin ? o.span : statementSpan;
    return new LimitError('eval', `recursion too deep: the evaluation ran out of stack after ${o.depth.toLocaleString('en-US')} nested calls of user functions, before the limit of ${this.maxCallDepth.toLocaleString('en-US')} (does ${o.name ?? 'the function'} call itself without end?)`, span);
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
    const moved = new (error instanceof LimitError ? LimitError : LangError)(error.kind, error.message + note, callSpan);
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

/** where(c, a, b) with three positional arguments: evaluated lazily. */
function isLazyWhere(args: Argument[]): boolean {
  return args.length === 3 && args[0].kind === 'positional' && args[1].kind === 'positional' && args[2].kind === 'positional';
}

/** Where the stack ran out: the innermost function and depth, and the outermost call unwound through so far. */
interface StackOverflow {
  name: string | undefined;
  depth: number;
  span: Span;
  origin: unknown;
}

/** The source an error's span belongs to, once it has left a function body (see Evaluator.anchor). */
const ERROR_ORIGIN = new WeakMap<LangError, unknown>();
/** Errors moved to a call already (their message names the function once). */
const MOVED = new WeakSet<LangError>();
