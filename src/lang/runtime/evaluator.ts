/**
 * Walks the syntax tree and computes values (jlox's interpreter): statement execution, expression
 * evaluation and call dispatch. Its parts live beside it: the names a program can refer to in
 * notebook-scope.ts (Maps, never JavaScript objects), the statement's work budget and interrupt
 * polling in step-budget.ts, the moving of errors from another cell's function to the call in
 * cross-cell-errors.ts, the options and their defaults in evaluator-options.ts.
 *
 * Limits, so that no cell can freeze the editor: a vector may not exceed `maxElements`; user
 * functions may nest at most `maxCallDepth` calls deep; one statement may take at most `maxSteps`
 * evaluation steps (see StepBudget). The size and depth limits end in a LangError at the call or
 * expression that crossed them, the step limit in "too much work" at the statement. (If a deeply
 * nested body exhausts the JavaScript stack before maxCallDepth, that too becomes a "recursion too
 * deep" LangError, at the outermost call of the statement; see STACK_EXHAUSTED.) The depth limit is
 * shared with d's differentiating interpreter (withinCall), so a recursion through d(f) stops at the
 * same count with the same message.
 */
import { DEFAULT_KINK_CONVENTION, type KinkConvention } from '../../core/activations/kink';
import type { Argument, Call, Definition, Expr, Lambda, Parameter, Statement } from '../syntax/ast';
import { callActivation, callVectorActivation } from './call-activation';
import { anchorAtCall, stackOverflowError, type StackOverflow } from './cross-cell-errors';
import { LangError, LimitError, STACK_EXHAUSTED } from '../syntax/errors';
import { DEFAULT_MAX_CALL_DEPTH, DEFAULT_MAX_ELEMENTS, DEFAULT_MAX_STEPS, type EvaluatorOptions } from './evaluator-options';
import { indexValue, sliceValue } from './indexing';
import { NotebookScope, type Locals } from './notebook-scope';
import { arithmetic, compare, negate } from './operators';
import type { Span } from '../syntax/span';
import { INTERRUPTED, INTERRUPTED_MESSAGE, StepBudget } from './step-budget';
import { BYTES_PER_MB, DEFAULT_MAX_MEMORY_MB, MemoryBudget } from './memory-budget';
import { bindUserArguments } from './user-function';
import type { BuiltinFunction, CallArguments, CallContext, Callable, UserFunction, UserParameter, Value } from './values';
import { describeValue, num, vector } from './values';
import { isTrue, whereBranch, whereCondition, whereValues } from './where';

// The evaluator's public names, where its users have always imported them from.
export { DEFAULT_MAX_CALL_DEPTH, DEFAULT_MAX_ELEMENTS, DEFAULT_MAX_STEPS, type EvaluatorOptions } from './evaluator-options';
export type { Locals } from './notebook-scope';
export { INTERRUPT_POLL_STEPS, INTERRUPTED_MESSAGE } from './step-budget';

export class Evaluator implements CallContext {
  readonly maxElements: number;
  readonly maxCallDepth: number;
  readonly maxSteps: number;
  readonly kinkConvention: KinkConvention;
  readonly baseDirectory: string | undefined;
  readonly trainingLimits: EvaluatorOptions['trainingLimits'];
  readonly readDataFile: EvaluatorOptions['readDataFile'];
  readonly onTrainingProgress: EvaluatorOptions['onTrainingProgress'];
  private readonly scope: NotebookScope;
  private readonly budget: StepBudget;
  private readonly memory: MemoryBudget;
  private callDepth = 0;
  /** The source the running statement came from (see UserFunction.origin). */
  private origin: unknown;
  /** The sources of the user function bodies running, innermost last (a call's span belongs to the one below it). */
  private readonly bodyOrigins: unknown[] = [];
  /** Steps of work the kernel does to show the last statement's value (displayWork), polled for when the next one starts. */
  private shownWork = 0;
  /** Where the JavaScript stack ran out, filled in while STACK_EXHAUSTED unwinds (see callFailed). */
  private overflow: StackOverflow | undefined;

  constructor(options: EvaluatorOptions = {}) {
    this.maxElements = options.maxElements ?? DEFAULT_MAX_ELEMENTS;
    this.maxCallDepth = options.maxCallDepth ?? DEFAULT_MAX_CALL_DEPTH;
    this.maxSteps = options.maxSteps ?? DEFAULT_MAX_STEPS;
    this.kinkConvention = options.kinkConvention ?? DEFAULT_KINK_CONVENTION;
    this.baseDirectory = options.baseDirectory;
    this.trainingLimits = options.trainingLimits;
    this.readDataFile = options.readDataFile;
    this.onTrainingProgress = options.onTrainingProgress;
    this.scope = new NotebookScope(this.kinkConvention);
    this.budget = new StepBudget(this.maxSteps, options.shouldStop);
    this.memory = new MemoryBudget(options.maxMemoryBytes ?? DEFAULT_MAX_MEMORY_MB * BYTES_PER_MB);
  }

  /** Forgets every assigned name. */
  reset(): void {
    this.scope.reset();
  }

  /** The names the notebook has assigned or defined so far, with their values. */
  definedNames(): ReadonlyMap<string, Value> {
    return this.scope.definedNames();
  }

  /**
   * Runs one statement: the value of an expression statement, or undefined for an assignment or
   * definition. `origin` names the source it came from (the kernel passes one per cell), so that an
   * error inside a function written in another cell is reported at the call in this one.
   */
  execute(statement: Statement, origin?: unknown): Value | undefined {
    this.budget.startStatement(statement.span);
    this.memory.startStatement(this.scope.definedNames().values());
    this.callDepth = 0;
    this.origin = origin;
    this.bodyOrigins.length = 0;
    this.overflow = undefined;
    try {
      // The output of the value the statement before showed was work too (x; x; x with x of ten
      // million numbers polls between the statements, which are one node each).
      const shown = this.shownWork;
      this.shownWork = 0;
      this.budget.pollAfter(shown);
      const value = this.executeStatement(statement);
      this.shownWork = displayWork(value);
      return value;
    } catch (error) {
      if (error === INTERRUPTED) throw new LangError('eval', INTERRUPTED_MESSAGE, statement.span);
      // The stack has unwound: now there is room to build the error (and to read a message).
      if (error === STACK_EXHAUSTED || (error instanceof RangeError && error.message.includes('call stack'))) throw stackOverflowError(this.overflow, this.origin, statement.span, this.maxCallDepth);
      throw error;
    }
  }

  private executeStatement(statement: Statement): Value | undefined {
    switch (statement.kind) {
      case 'assignment': {
        this.scope.checkAssignable(statement.name, statement.nameSpan, 'assigned');
        let value = this.evaluate(statement.value);
        // g = x -> x^2 names the lambda g (its label in charts and tables).
        if (value.kind === 'function' && value.callable.type === 'user' && value.callable.name === undefined && value.callable.bound.length === 0) {
          value = { kind: 'function', callable: { ...value.callable, name: statement.name } };
        }
        this.scope.define(statement.name, value);
        return undefined;
      }
      case 'definition':
        this.scope.checkAssignable(statement.name, statement.nameSpan, 'redefined');
        this.scope.define(statement.name, { kind: 'function', callable: this.makeFunction(statement, undefined) });
        return undefined;
      case 'expression':
        return this.evaluate(statement.expression);
    }
  }

  /** Every name a program can refer to right now (for suggestions): globals, constants, built-ins, activations. */
  visibleNames(): string[] {
    return this.scope.visibleNames();
  }

  /** Stops the running statement (execute reports "interrupted" at it) if EvaluatorOptions.shouldStop says so. */
  checkInterrupt(): void {
    this.budget.checkInterrupt();
  }

  /** Throws the size-limit error if a value of n elements may not be built. */
  checkSize(n: number, span: Span): void {
    if (!(n <= this.maxElements)) {
      const size = Number.isFinite(n) ? n.toLocaleString('en-US') : String(n);
      throw new LimitError('eval', `value too large: ${size} elements (the limit is ${this.maxElements.toLocaleString('en-US')}, the setting activationLab.kernel.maxElements)`, span);
    }
  }

  builtin(name: string): BuiltinFunction | undefined {
    return this.scope.builtin(name);
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
    this.budget.step(expr.span);
    switch (expr.kind) {
      case 'number':
        return num(expr.value);
      case 'string':
        return { kind: 'string', value: expr.value };
      case 'boolean':
        return { kind: 'boolean', value: expr.value };
      case 'identifier':
        return this.scope.lookup(expr.name, expr.span, locals, false);
      case 'vector':
        return this.memory.check(this.vectorLiteral(expr.elements, expr.span, locals), expr.span);
      // Operators charge their element work as it runs (this.meter), a chunk at a time; what they
      // build is checked against the memory budget with their operands held (memory-budget.ts).
      case 'unary': {
        const operand = this.evaluate(expr.operand, locals);
        const held = this.memory.hold(operand, expr.operand.kind === 'identifier');
        const out = this.memory.check(negate(expr.operator, operand, expr.span, this.meter), expr.span);
        this.memory.release(held);
        return out;
      }
      case 'binary':
      case 'comparison': {
        const left = this.evaluate(expr.left, locals);
        const held = this.memory.hold(left, expr.left.kind === 'identifier');
        const right = this.evaluate(expr.right, locals);
        const heldRight = this.memory.hold(right, expr.right.kind === 'identifier');
        const built = expr.kind === 'binary' ? arithmetic(expr.operator, left, right, expr.operatorSpan, this.meter) : compare(expr.operator, left, right, expr.operatorSpan, this.meter);
        const out = this.memory.check(built, expr.operatorSpan);
        this.memory.release(held + heldRight);
        return out;
      }
      case 'call':
        return this.call(expr, locals);
      case 'index':
        return indexValue(this.evaluate(expr.target, locals), expr.target.span, this.evaluate(expr.index, locals), expr.index.span);
      case 'slice': {
        const target = this.evaluate(expr.target, locals);
        const start = expr.start && { value: this.evaluate(expr.start, locals), span: expr.start.span };
        const end = expr.end && { value: this.evaluate(expr.end, locals), span: expr.end.span };
        return this.memory.check(this.budget.chargeValue(sliceValue(target, expr.target.span, start, end)), expr.span);
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
    this.budget.charge(n, span);
  }

  /** Charges n items of element work (a step per ELEMENTS_PER_STEP) before they run, and polls for an interrupt when one is due. */
  chargeElements(n: number, span?: Span): void {
    this.budget.chargeElements(n, span);
  }

  /** The element meter operators and built-ins charge their chunks to (see element-work.ts). */
  readonly meter = (n: number): void => this.budget.chargeElements(n);

  /** Every step charged since this evaluator was made, across statements: tests count the work between two interrupt polls by it. */
  get workDone(): number {
    return this.budget.work;
  }

  /** How many steps the statement running (or the last one) has taken so far: tests bound work by it. */
  get stepsTaken(): number {
    return this.budget.taken;
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
    const callee = expr.callee.kind === 'identifier' ? this.scope.lookup(expr.callee.name, expr.callee.span, locals, true) : this.evaluate(expr.callee, locals);
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
      if (typeof cond !== 'number') return whereValues(cond, this.evaluate(a.value, locals), a.value.span, this.evaluate(b.value, locals), b.value.span, expr.span, this.meter);
      const first = isTrue(cond);
      const chosen = first ? a.value : b.value;
      return whereBranch(this.evaluate(chosen, locals), chosen, first ? 'a' : 'b');
    }
    const args = this.evaluateArguments(expr.args, expr.span, locals);
    // The arguments the statement built are held while the call runs (a recursion passing new vectors down holds one per level).
    let held = 0;
    for (let i = 0; i < args.positional.length; i++) {
      const v = args.positional[i].value;
      if (v.kind === 'vector') held += this.memory.hold(v, isName(expr.args, i));
    }
    // User functions are called here rather than through callCallable: one frame less per level of recursion.
    const out = this.memory.check(fn.type === 'user' ? this.callUser(fn, args, expr.span) : this.callCallable(fn, args, expr.span), expr.span);
    this.memory.release(held);
    return out;
  }

  private callCallable(fn: Callable, args: CallArguments, span: Span): Value {
    switch (fn.type) {
      case 'builtin':
        // Activations, operators and user bodies charge their own work; a built-in's result is charged here too.
        return this.budget.chargeValue(fn.call(args, this));
      case 'activation':
        return callActivation(fn, args, this.meter);
      case 'vector':
        return callVectorActivation(fn, args, this.meter);
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
    if (error instanceof LangError) return anchorAtCall(error, fn, span, callerOrigin, this.origin);
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

/** The work of showing a value, in steps: a step per 64 numbers of a vector or of a chart's series. */
function displayWork(value: Value | undefined): number {
  if (value === undefined) return 0;
  if (value.kind === 'vector') return value.items.length / 64;
  const plot = value.kind === 'plot' ? value : value.kind === 'compare' || value.kind === 'describe' ? value.plot : undefined;
  return plot ? (plot.x.length * (plot.series.length + 1)) / 64 : 0;
}

/** Whether the i-th positional argument is written as a name (its vector is a name's or a local's, not the statement's). */
function isName(args: Argument[], i: number): boolean {
  const positional = args.filter((a) => a.kind === 'positional');
  return positional[i]?.value.kind === 'identifier';
}

/** where(c, a, b) with three positional arguments: evaluated lazily. */
function isLazyWhere(args: Argument[]): boolean {
  return args.length === 3 && args[0].kind === 'positional' && args[1].kind === 'positional' && args[2].kind === 'positional';
}
