/**
 * The differentiating interpreter behind d(f): walks a user function's body like the evaluator
 * does, but where a value depends on the variable being differentiated it carries a Taylor jet
 * (src/core/autodiff) instead of a number. Everything else is left to the evaluator itself:
 * a subexpression that does not mention a jet-valued name (a global, `beta * 2`, `[1, 2][0]`, a
 * callee name) is evaluated by the evaluator through a zero-parameter function value over the
 * same scope, so names, constants, errors and limits are exactly the evaluator's.
 *
 * Jets flow through arithmetic, ^, calls of activations (the spec's rules, orders 1 and 2; tanh and
 * sigmoid to any order), of the elementary built-ins (core/autodiff/elementary-rules.ts), of other
 * user functions and lambdas (their bodies, recursively, with the evaluator's depth limit), and of
 * derivative functions d(g, k) (composed from g's derivatives). Conventions, where the task left a
 * choice: a comparison gives a plain boolean, so `(x > 0) * x` differentiates like a step times x
 * (the step's derivative is 0, as in PyTorch); where(c, a, b) with a single condition
 * differentiates the branch chosen and evaluates only that one; floor/ceil/round have derivative 0;
 * a vector, an index/slice target or a lambda that depends on the variable is an error.
 */
import { activationJet } from '../../core/autodiff/activation-jets';
import { composeWithDerivatives } from '../../core/autodiff/composition';
import { DerivativeOrderError } from '../../core/autodiff/derivative-order-error';
import { getElementaryRule } from '../../core/autodiff/elementary-rules';
import { Jet, MAX_JET_ORDER } from '../../core/autodiff/jet';
import { add, div, mul, neg, sub } from '../../core/autodiff/jet-arithmetic';
import { powJet } from '../../core/autodiff/jet-power';
import type { Argument, Binary, Call, Expr } from '../syntax/ast';
import { getBuiltinSignature } from '../builtins/builtin-signatures';
import { callActivation } from '../runtime/call-activation';
import { LangError } from '../syntax/errors';
import { indexValue, sliceValue } from '../runtime/indexing';
import { arithmetic, compare, negate, numeric } from '../runtime/operators';
import type { Span } from '../syntax/span';
import { bindUserArguments } from '../runtime/user-function';
import type { ActivationFunction, BuiltinFunction, CallContext, Callable, UserFunction, Value } from '../runtime/values';
import { describeValue, functionLabel, num } from '../runtime/values';
import { whereValues } from '../runtime/where';
import { freeNames } from './differentiate-free-names';

/** A value while differentiating: a Jet where it depends on the variable, a plain value elsewhere. */
export type JetValue = Jet | Value;
export type JetLocals = ReadonlyMap<string, JetValue>;

export interface JetArgument {
  value: JetValue;
  span: Span;
}
export interface JetKeyword extends JetArgument {
  name: string;
  nameSpan: Span;
}

/** Who asked, for messages: the label "d(f, 2)" and the span of the call being differentiated. */
export interface DerivativeSite {
  label: string;
  span: Span;
}

/** What a derivative function d(g, k) is made of (differentiate.ts registers them). */
export interface DerivativeInfo {
  base: Callable;
  order: number;
}

const DERIVATIVES = new WeakMap<BuiltinFunction, DerivativeInfo>();

export function registerDerivative(fn: BuiltinFunction, info: DerivativeInfo): void {
  DERIVATIVES.set(fn, info);
}

/** base and order when fn is a derivative function made by d, else undefined. */
export function derivativeInfo(fn: Callable): DerivativeInfo | undefined {
  return fn.type === 'builtin' ? DERIVATIVES.get(fn) : undefined;
}

/**
 * Steps are the evaluator's (CallContext.chargeSteps): one budget per statement, shared by every
 * point and every nested interpreter. Each syntax node walked costs a step, like the evaluator's,
 * and each jet operation costs jetOperationSteps(order) more: an operation on jets of order n does
 * about (n + 1)² multiply-adds (the Cauchy product and the recurrences of the elementary rules).
 */
export function jetOperationSteps(order: number): number {
  return Math.ceil(((order + 1) * (order + 1)) / JET_WORK_PER_STEP);
}
/** Multiply-adds of jet arithmetic that take about as long as one step of the evaluator (measured). */
const JET_WORK_PER_STEP = 4;

/** Names the lexer can never produce, for the synthetic scope of a delegated call. */
const CALLEE = '\u0000callee';
const EMPTY_SCOPE: ReadonlyMap<string, Value> = new Map();
const argName = (i: number) => `\u0000arg${i}`;

export class JetInterpreter {
  /** What one jet operation of this order costs, in steps. */
  private readonly jetSteps: number;
  private readonly plainCache = new WeakMap<JetLocals, Map<string, Value>>();
  private readonly globals = new Map<string, Value>();

  constructor(
    private readonly context: CallContext,
    /** The order of every jet of this computation. */
    readonly order: number,
    private readonly site: DerivativeSite,
  ) {
    this.jetSteps = 1 + jetOperationSteps(order);
  }

  /** The jet of fn(positional..., keywords...) where some arguments are jets. */
  call(fn: Callable, positional: JetArgument[], keywords: JetKeyword[], span: Span): JetValue {
    if (!positional.some((a) => a.value instanceof Jet) && !keywords.some((k) => k.value instanceof Jet)) {
      return this.plainCall(fn, positional as PlainArgument[], keywords as PlainKeyword[], span);
    }
    const jetKeyword = keywords.find((k) => k.value instanceof Jet);
    if (jetKeyword && fn.type !== 'user') throw this.fail(`the keyword argument ${jetKeyword.name} of ${functionLabel(fn)} cannot depend on the variable`, jetKeyword.span);
    switch (fn.type) {
      case 'activation':
        return this.callActivation(fn, positional, keywords as PlainKeyword[], span);
      case 'user':
        return this.callUser(fn, positional, keywords, span);
      case 'builtin':
        return this.callBuiltin(fn, positional, keywords as PlainKeyword[], span);
      case 'vector':
        throw this.fail(`cannot differentiate through ${functionLabel(fn)}: it is a function of a whole vector`, span);
    }
  }

  /** expr with locals, jets where it depends on a jet-valued local. */
  evaluate(expr: Expr, locals: JetLocals): JetValue {
    this.context.chargeSteps(1, expr.span);
    if (expr.kind === 'number') return num(expr.value);
    if (expr.kind === 'identifier') return locals.get(expr.name) ?? this.lookupGlobal(expr);
    if (!this.dependsOnJet(expr, locals)) return this.evaluateConstant(expr, this.plainLocals(locals));
    switch (expr.kind) {
      case 'unary': {
        const v = this.evaluate(expr.operand, locals);
        if (!(v instanceof Jet)) return negate(expr.operator, v, expr.span);
        return expr.operator === '-' ? neg(v) : v;
      }
      case 'binary':
        return this.binary(expr, locals);
      case 'comparison':
        return compare(expr.operator, plain(this.evaluate(expr.left, locals)), plain(this.evaluate(expr.right, locals)), expr.operatorSpan);
      case 'call':
        return this.callExpression(expr, locals);
      case 'index':
        return indexValue(plain(this.evaluate(expr.target, locals)), expr.target.span, plain(this.evaluate(expr.index, locals)), expr.index.span);
      case 'slice': {
        const target = plain(this.evaluate(expr.target, locals));
        const start = expr.start && { value: plain(this.evaluate(expr.start, locals)), span: expr.start.span };
        const end = expr.end && { value: plain(this.evaluate(expr.end, locals)), span: expr.end.span };
        return sliceValue(target, expr.target.span, start, end);
      }
      case 'vector':
        throw this.fail('this vector depends on the variable; d differentiates functions of one number (give d(f) a vector to get the derivative at each item)', expr.span);
      case 'lambda':
        throw this.fail('a function made inside the body cannot depend on the variable being differentiated', expr.span);
      default:
        return this.evaluateConstant(expr, this.plainLocals(locals));
    }
  }

  /**
   * A name that is not local (locals include the closure) is a global, a constant, a built-in or an
   * activation: the same for every function of the computation, and fixed while one statement runs
   * (an interpreter lives for one call of a derivative), so it is looked up once.
   */
  private lookupGlobal(expr: Expr & { kind: 'identifier' }): Value {
    let v = this.globals.get(expr.name);
    if (!v) {
      v = this.evaluateConstant(expr, EMPTY_SCOPE);
      this.globals.set(expr.name, v);
    }
    return v;
  }

  private dependsOnJet(expr: Expr, locals: JetLocals): boolean {
    for (const name of freeNames(expr)) if (locals.get(name) instanceof Jet) return true;
    return false;
  }

  private binary(expr: Binary, locals: JetLocals): JetValue {
    const left = this.evaluate(expr.left, locals);
    const right = this.evaluate(expr.right, locals);
    if (!(left instanceof Jet) && !(right instanceof Jet)) return arithmetic(expr.operator, left, right, expr.operatorSpan);
    const a = this.asJet(left, expr, left, right);
    const b = this.asJet(right, expr, left, right);
    // A power is a few operations (exp and log, or repeated squaring).
    this.context.chargeSteps(expr.operator === '^' ? 3 * this.jetSteps : this.jetSteps, expr.operatorSpan);
    switch (expr.operator) {
      case '+':
        return add(a, b);
      case '-':
        return sub(a, b);
      case '*':
        return mul(a, b);
      case '/':
        return div(a, b);
      case '^':
        return powJet(a, b);
    }
  }

  /** A number or boolean operand as a constant jet; anything else gets the evaluator's error (or the vector error). */
  private asJet(v: JetValue, expr: Binary, left: JetValue, right: JetValue): Jet {
    if (v instanceof Jet) return v;
    const x = numeric(v);
    if (typeof x === 'number') return Jet.constant(x, this.order);
    arithmetic(expr.operator, plain(left), plain(right), expr.operatorSpan); // throws for strings, functions, ...
    throw this.fail(`cannot differentiate ${describeValue(v)} combined with the variable by '${expr.operator}'; d differentiates functions of one number`, expr.operatorSpan);
  }

  private callExpression(expr: Call, locals: JetLocals): JetValue {
    const callee = this.evaluate(expr.callee, locals);
    if (callee instanceof Jet || callee.kind !== 'function') {
      throw new LangError('eval', `cannot call ${describeValue(plain(callee))}: only functions can be called`, expr.callee.span);
    }
    const fn = callee.callable;
    if (fn.type === 'builtin' && fn.name === 'where' && expr.args.length === 3 && expr.args.every((a) => a.kind === 'positional')) {
      // The chosen branch is evaluated in this frame (one JavaScript frame less per level of a recursion).
      const chosen = this.whereChoice(expr.args, locals);
      const v = this.evaluate(chosen.value, locals);
      return v instanceof Jet ? v : whereValues(1, v, chosen.span, v, chosen.span, expr.span);
    }
    const positional: JetArgument[] = [];
    const keywords: JetKeyword[] = [];
    for (const arg of expr.args) {
      const value = this.evaluate(arg.value, locals);
      if (arg.kind === 'positional') positional.push({ value, span: arg.span });
      else keywords.push({ name: arg.name, nameSpan: arg.nameSpan, value, span: arg.value.span });
    }
    return this.call(fn, positional, keywords, expr.span);
  }

  /** where(c, a, b): only the branch chosen by a single condition runs, and its jet is the result; this is the branch. */
  private whereChoice(args: Argument[], locals: JetLocals): Argument {
    const [condArg, aArg, bArg] = args;
    const cond = numeric(plain(this.evaluate(condArg.value, locals)));
    if (cond === undefined || typeof cond !== 'number') {
      // A vector condition, or not a condition at all: the evaluator's error, or ours for vectors.
      const c = plain(this.evaluate(condArg.value, locals));
      if (numeric(c) === undefined) {
        throw new LangError('eval', `where: argument cond must be a number, a boolean or a vector, got ${describeValue(c)}`, condArg.span);
      }
      throw this.fail('where with a vector condition cannot be differentiated; d differentiates functions of one number', condArg.span);
    }
    return cond !== 0 && cond === cond ? aArg : bArg;
  }

  private callActivation(fn: ActivationFunction, positional: JetArgument[], keywords: PlainKeyword[], span: Span): JetValue {
    const u = positional[0]?.value;
    if (positional.length !== 1 || !(u instanceof Jet)) return this.plainCall(fn, positional.map(toPlainArgument), keywords, span);
    let params = fn.params;
    if (keywords.length > 0) {
      const bound = callActivation(fn, { positional: [], keywords, span });
      if (bound.kind === 'function' && bound.callable.type === 'activation') params = bound.callable.params;
    }
    // A DerivativeOrderError goes up as it is: the derivative's call site translates it (differentiate.ts),
    // so that it is not taken for an error of the body it was met in.
    this.context.chargeSteps(this.jetSteps, span);
    return activationJet(fn.spec, params, u);
  }

  private callUser(fn: UserFunction, positional: JetArgument[], keywords: JetKeyword[], span: Span): JetValue {
    const binding = bindUserArguments(fn, {
      positional: positional.map(toPlainArgument),
      keywords: keywords.map((k) => ({ ...k, value: plain(k.value) })),
      span,
    });
    if (binding.kind === 'partial') throw this.fail(`a keyword argument of ${functionLabel(fn)} that depends on the variable needs the other arguments too`, span);
    const locals = new Map<string, JetValue>(binding.locals);
    positional.forEach((a, i) => {
      if (a.value instanceof Jet) locals.set(fn.params[i].name, a.value);
    });
    for (const k of keywords) if (k.value instanceof Jet) locals.set(k.name, k.value);
    return this.context.withinCall(fn, span, () => this.evaluate(fn.body, locals));
  }

  private callBuiltin(fn: BuiltinFunction, positional: JetArgument[], keywords: PlainKeyword[], span: Span): JetValue {
    const info = derivativeInfo(fn);
    if (info) return this.callDerivative(info, positional, keywords, span);
    if (fn.name === 'where' && positional.length === 3 && keywords.length === 0) {
      const cond = numeric(plain(positional[0].value));
      if (typeof cond === 'number') {
        const chosen = cond !== 0 && cond === cond ? positional[1] : positional[2];
        return chosen.value instanceof Jet ? chosen.value : whereValues(1, chosen.value, chosen.span, chosen.value, chosen.span, span);
      }
    }
    const rule = getElementaryRule(fn.name);
    const sig = getBuiltinSignature(fn.name);
    if (!rule || !sig) throw this.fail(`cannot differentiate through ${fn.name}: it has no derivative rule`, span);
    // The built-in itself checks the arguments and computes the value; the rule adds the derivatives.
    const value = fn.call({ positional: positional.map(toPlainArgument), keywords, span }, this.context);
    const byName = new Map<string, JetValue>();
    positional.forEach((a, i) => byName.set(sig.params[i].name, a.value));
    for (const k of keywords) byName.set(k.name, k.value);
    const given = sig.params.map((p) => byName.get(p.name)).filter((v): v is JetValue => v !== undefined);
    if (value.kind !== 'number' || given.some((v) => !(v instanceof Jet) && typeof numeric(v) !== 'number')) {
      throw this.fail(`${fn.name} of a vector cannot be differentiated; d differentiates functions of one number`, span);
    }
    this.context.chargeSteps(this.jetSteps, span);
    const jets = given.map((v) => (v instanceof Jet ? v : Jet.constant(numeric(v) as number, this.order)));
    // max(a) / min(a) of one number is a itself.
    const jet = given.length === 1 && rule.arity === 2 ? jets[0] : rule.jet(jets);
    const c = Float64Array.from(jet.c);
    c[0] = value.value;
    return new Jet(c);
  }

  /** d(g, k)(u): g's derivatives k..k+n at u_0, composed with u's jet. */
  private callDerivative(info: DerivativeInfo, positional: JetArgument[], keywords: PlainKeyword[], span: Span): JetValue {
    const u = positional[0]?.value;
    if (positional.length !== 1 || !(u instanceof Jet)) {
      throw this.fail(`${functionLabel(info.base)} differentiated is called here with ${positional.length} positional arguments; it takes one (x)`, span);
    }
    if (info.order + this.order > MAX_JET_ORDER) {
      throw this.fail(`${functionLabel(info.base)} would need derivatives of order ${info.order + this.order}; at most ${MAX_JET_ORDER} are available`, span);
    }
    const inner = new JetInterpreter(this.context, info.order + this.order, this.site);
    const x = Jet.variable(u.value, info.order + this.order);
    const jet = inner.call(info.base, [{ value: x, span: positional[0].span }], keywords, span);
    if (!(jet instanceof Jet)) {
      const v = numeric(jet);
      if (typeof v === 'number') return Jet.constant(0, this.order);
      throw this.fail(`${functionLabel(info.base)} gives ${describeValue(jet)}, not a number`, span);
    }
    // The composition multiplies jets once per order: order times the work of one operation.
    this.context.chargeSteps(this.jetSteps * Math.max(1, this.order), span);
    return composeWithDerivatives(u, jet.derivatives().slice(info.order));
  }

  /** Calls fn on plain values through the evaluator, with the arguments' own spans for its errors. */
  private plainCall(fn: Callable, positional: PlainArgument[], keywords: PlainKeyword[], span: Span): Value {
    const scope = new Map<string, Value>([[CALLEE, { kind: 'function', callable: fn }]]);
    const args: Argument[] = [];
    positional.forEach((a, i) => {
      scope.set(argName(i), a.value);
      args.push({ kind: 'positional', value: { kind: 'identifier', name: argName(i), span: a.span }, span: a.span });
    });
    keywords.forEach((k, i) => {
      const name = argName(positional.length + i);
      scope.set(name, k.value);
      args.push({ kind: 'keyword', name: k.name, nameSpan: k.nameSpan, value: { kind: 'identifier', name, span: k.span }, span: k.span });
    });
    return this.evaluateConstant({ kind: 'call', callee: { kind: 'identifier', name: CALLEE, span }, args, span }, scope);
  }

  /** The evaluator's value of expr in a scope of plain values (its errors stay in the body's source, see withinCall). */
  private evaluateConstant(expr: Expr, scope: ReadonlyMap<string, Value>): Value {
    if (expr.kind === 'number') return num(expr.value);
    return this.context.evaluateIn(expr, scope);
  }

  private plainLocals(locals: JetLocals): Map<string, Value> {
    let out = this.plainCache.get(locals);
    if (!out) {
      out = new Map();
      for (const [k, v] of locals) if (!(v instanceof Jet)) out.set(k, v);
      this.plainCache.set(locals, out);
    }
    return out;
  }

  /** A DerivativeOrderError as a LangError at the site ("d(f, 3): third derivatives of relu are not available; ..."). */
  translate(error: unknown): unknown {
    if (error instanceof DerivativeOrderError) return new LangError('eval', `${this.site.label}: ${error.message}`, this.site.span);
    return error;
  }

  private fail(message: string, span: Span): LangError {
    return new LangError('eval', `${this.site.label}: ${message}`, span);
  }
}

type PlainArgument = { value: Value; span: Span };
type PlainKeyword = { name: string; nameSpan: Span; value: Value; span: Span };

/** The plain value of a jet is its value; other values are themselves. */
export function plain(v: JetValue): Value {
  return v instanceof Jet ? num(v.value) : v;
}

function toPlainArgument(a: JetArgument): PlainArgument {
  return { value: plain(a.value), span: a.span };
}
