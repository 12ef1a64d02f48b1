/**
 * Walks the syntax tree and computes values (jlox's interpreter). Names live in Maps, never in
 * JavaScript objects, so `__proto__` and `constructor` are ordinary (unknown) names.
 * Lookup order: names the user assigned, then built-ins (plot), then activations by name or alias.
 */
import type { ActivationParams, ParamValue } from '../core/activations/params';
import { resolveParams } from '../core/activations/params';
import { activationNames, getActivation } from '../core/activations/registry';
import type { Argument, Binary, Call, Expr, Statement, Unary, VectorLiteral } from './ast';
import { createBuiltins } from './builtins';
import { LangError } from './errors';
import type { Span } from './span';
import { nearest } from './suggest';
import type { ActivationFunction, BuiltinFunction, CallArguments, FunctionValue, Value } from './values';
import { describeValue, functionLabel, num, vector } from './values';

export interface EvaluatorOptions {
  /** The largest vector any operation may build (default 10,000,000 elements). */
  maxElements?: number;
}

export const DEFAULT_MAX_ELEMENTS = 10_000_000;

export class Evaluator {
  private readonly globals = new Map<string, Value>();
  private readonly builtins: ReadonlyMap<string, BuiltinFunction> = createBuiltins();
  readonly maxElements: number;

  constructor(options: EvaluatorOptions = {}) {
    this.maxElements = options.maxElements ?? DEFAULT_MAX_ELEMENTS;
  }

  /** Forgets every assigned name. */
  reset(): void {
    this.globals.clear();
  }

  /** Runs one statement: the value of an expression statement, or undefined for an assignment. */
  execute(statement: Statement): Value | undefined {
    if (statement.kind === 'assignment') {
      if (this.builtins.has(statement.name) || getActivation(statement.name)) {
        throw new LangError('eval', `'${statement.name}' is a built-in function and cannot be reassigned`, statement.nameSpan);
      }
      this.globals.set(statement.name, this.evaluate(statement.value));
      return undefined;
    }
    return this.evaluate(statement.expression);
  }

  evaluate(expr: Expr): Value {
    switch (expr.kind) {
      case 'number':
        return num(expr.value);
      case 'string':
        return { kind: 'string', value: expr.value };
      case 'boolean':
        return { kind: 'boolean', value: expr.value };
      case 'identifier':
        return this.lookup(expr.name, expr.span);
      case 'vector':
        return this.vectorLiteral(expr);
      case 'unary':
        return this.unary(expr);
      case 'binary':
        return this.binary(expr);
      case 'call':
        return this.call(expr);
    }
  }

  /** Every name a program can refer to right now (for suggestions). */
  visibleNames(): string[] {
    return [...this.globals.keys(), ...this.builtins.keys(), ...activationNames()];
  }

  /** Throws the size-limit error if a value of n elements may not be built. */
  checkSize(n: number, span: Span): void {
    if (n > this.maxElements) {
      throw new LangError('eval', `value too large: ${n} elements (the limit is ${this.maxElements.toLocaleString('en-US')})`, span);
    }
  }

  private lookup(name: string, span: Span): Value {
    const assigned = this.globals.get(name);
    if (assigned) return assigned;
    const builtin = this.builtins.get(name);
    if (builtin) return { kind: 'function', callable: builtin };
    const spec = getActivation(name);
    if (spec) return { kind: 'function', callable: { type: 'activation', spec, params: spec.defaults, bound: [] } };
    const guess = nearest(name, this.visibleNames());
    throw new LangError('eval', `unknown name '${name}'${guess ? `; did you mean '${guess}'?` : ''}`, span);
  }

  private vectorLiteral(expr: VectorLiteral): Value {
    this.checkSize(expr.elements.length, expr.span);
    const items = new Float64Array(expr.elements.length);
    expr.elements.forEach((element, i) => {
      const v = this.evaluate(element);
      if (v.kind !== 'number') {
        throw new LangError('eval', `vector elements must be numbers; element ${i + 1} is ${describeValue(v)}`, element.span);
      }
      items[i] = v.value;
    });
    return vector(items);
  }

  private unary(expr: Unary): Value {
    const v = this.evaluate(expr.operand);
    const sign = expr.operator === '-' ? -1 : 1;
    if (v.kind === 'number') return num(sign * v.value);
    if (v.kind === 'vector') return vector(v.items.map((x) => sign * x));
    throw new LangError('eval', `cannot apply unary '${expr.operator}' to ${describeValue(v)}`, expr.span);
  }

  private binary(expr: Binary): Value {
    const left = this.evaluate(expr.left);
    const right = this.evaluate(expr.right);
    const op = ARITHMETIC[expr.operator];
    if (left.kind === 'number' && right.kind === 'number') return num(op(left.value, right.value));
    if ((left.kind === 'number' || left.kind === 'vector') && (right.kind === 'number' || right.kind === 'vector')) {
      const n = left.kind === 'vector' ? left.items.length : (right as { items: Float64Array }).items.length;
      if (left.kind === 'vector' && right.kind === 'vector' && left.items.length !== right.items.length) {
        throw new LangError(
          'eval',
          `cannot apply '${expr.operator}' to vectors of different lengths (${left.items.length} and ${right.items.length})`,
          expr.operatorSpan,
        );
      }
      const out = new Float64Array(n);
      for (let i = 0; i < n; i++) {
        const a = left.kind === 'vector' ? left.items[i] : left.value;
        const b = right.kind === 'vector' ? right.items[i] : right.value;
        out[i] = op(a, b);
      }
      return vector(out);
    }
    throw new LangError('eval', `cannot apply '${expr.operator}' to ${describeValue(left)} and ${describeValue(right)}`, expr.operatorSpan);
  }

  private call(expr: Call): Value {
    const callee = this.evaluate(expr.callee);
    if (callee.kind !== 'function') {
      throw new LangError('eval', `cannot call ${describeValue(callee)}: only functions can be called`, expr.callee.span);
    }
    const args = this.evaluateArguments(expr.args, expr.span);
    const fn = callee.callable;
    return fn.type === 'builtin' ? fn.call(args) : this.callActivation(fn, args);
  }

  private evaluateArguments(args: Argument[], span: Span): CallArguments {
    const out: CallArguments = { positional: [], keywords: [], span };
    for (const arg of args) {
      const value = this.evaluate(arg.value);
      if (arg.kind === 'positional') out.positional.push({ value, span: arg.span });
      else out.keywords.push({ name: arg.name, nameSpan: arg.nameSpan, value, span: arg.value.span });
    }
    return out;
  }

  private callActivation(fn: ActivationFunction, args: CallArguments): Value {
    const spec = fn.spec;
    const label = functionLabel(fn);
    const given = new Map<string, ParamValue>(fn.bound);
    for (const kw of args.keywords) {
      if (!spec.params.some((p) => p.name === kw.name)) {
        const accepted = spec.params.map((p) => p.name);
        const guess = nearest(kw.name, accepted);
        const tail = accepted.length === 0 ? `; ${spec.name} takes no keyword arguments` : `${guess ? `; did you mean '${guess}'?` : '.'} It accepts: ${accepted.join(', ')}`;
        throw new LangError('eval', `${spec.name} has no keyword argument '${kw.name}'${tail}`, kw.nameSpan);
      }
      const v = kw.value;
      if (v.kind !== 'number' && v.kind !== 'string' && v.kind !== 'boolean') {
        throw new LangError('eval', `${spec.name}: ${kw.name} must be a single value, got ${describeValue(v)}`, kw.span);
      }
      given.set(kw.name, v.value);
    }
    const checked = resolveParams(spec.params, given);
    if (!checked.ok) {
      const kw = args.keywords.find((k) => k.name === checked.name);
      throw new LangError('eval', `${spec.name}: ${checked.name} ${checked.problem}`, kw ? kw.span : args.span);
    }
    const params: ActivationParams = checked.params;
    if (args.positional.length === 0) {
      if (args.keywords.length > 0) {
        // leaky_relu(negative_slope=0.1) with no x: the function with those keywords bound.
        const bound = [...given.entries()];
        const value: FunctionValue = { kind: 'function', callable: { type: 'activation', spec, params, bound } };
        return value;
      }
      throw new LangError('eval', `${label} takes 1 positional argument (x), got 0`, args.span);
    }
    if (args.positional.length > 1) {
      const hint = spec.params.length > 0 ? `; pass ${spec.params.map((p) => p.name).join(', ')} by keyword, e.g. ${spec.params[0].name}=${JSON.stringify(spec.params[0].default)}` : '';
      throw new LangError('eval', `${label} takes 1 positional argument (x), got ${args.positional.length}${hint}`, args.positional[1].span);
    }
    const x = args.positional[0];
    if (x.value.kind === 'number') return num(spec.value(x.value.value, params));
    if (x.value.kind === 'vector') {
      const out = new Float64Array(x.value.items.length);
      spec.valueInto(x.value.items, out, params);
      return vector(out);
    }
    throw new LangError('eval', `${label}: argument x must be a number or a vector, got ${describeValue(x.value)}`, x.span);
  }
}

const ARITHMETIC: Record<Binary['operator'], (a: number, b: number) => number> = {
  '+': (a, b) => a + b,
  '-': (a, b) => a - b,
  '*': (a, b) => a * b,
  '/': (a, b) => a / b,
  '^': (a, b) => Math.pow(a, b),
};
