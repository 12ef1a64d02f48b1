/**
 * Compiles a user function of one number into vectorised forward-mode autodiff (dual numbers over a
 * whole layer-batch): one pass gives f(x) and f'(x) for every pre-activation at once, with the
 * language's own operations for the values (Math.pow for ^, the activations' kernels, the math
 * built-ins' functions), so the values are the ones f(x) gives in a cell. What it covers: numbers,
 * names (the parameter; other names are read once, when compiled, and must be numbers), + - * / ^,
 * unary minus, comparisons, calls of activations (keywords constant), of exp/log/.../erf, max/min of
 * two, clip, where and of other user functions (inlined). Anything else throws Unsupported, and the
 * activation falls back to the interpreter and d(f) (user-activation.ts).
 */
import { fromActivationSpec } from '../../core/training/layer-activation';
import { callActivation } from '../runtime/call-activation';
import { elementwiseRule } from '../builtins/math-builtins';
import { isTrue } from '../runtime/where';
import type { Call, Expr } from '../syntax/ast';
import type { CallContext, Callable, UserFunction, Value } from '../runtime/values';
import { withoutAliases } from './spec-params';
import { ComputedNode, ConstantNode, DualNode, InputNode } from './dual-nodes';

export class Unsupported extends Error {}

/** Sets node's torch code from its children's (undefined when any child has none). */
function torch(node: DualNode, parts: ReadonlyArray<DualNode>, code: (...xs: string[]) => string | undefined): DualNode {
  if (node.constant !== undefined) return node;
  const xs = parts.map((p) => p.torch);
  node.torch = xs.every((x): x is string => x !== undefined) ? code(...xs) : undefined;
  return node;
}

type Scope = ReadonlyMap<string, DualNode | Value>;

const MAX_INLINE_DEPTH = 16;
const TWO_OVER_SQRT_PI = 2 / Math.sqrt(Math.PI);

export interface CompiledActivation {
  input: InputNode;
  root: DualNode;
}

/** f's body as dual nodes of its first parameter; the others take their defaults (or bound keywords). */
export function compileActivation(fn: UserFunction, context: CallContext): CompiledActivation {
  const input = new InputNode();
  const scope = new Map<string, DualNode | Value>();
  fn.params.forEach((p, i) => {
    if (i === 0) return;
    const bound = fn.bound.find(([k]) => k === p.name);
    const value = bound ? bound[1] : p.default;
    if (value === undefined) throw new Unsupported(`parameter ${p.name} has no default`);
    scope.set(p.name, value);
  });
  if (fn.params.length === 0) throw new Unsupported('no parameter');
  scope.set(fn.params[0].name, input);
  const root = new Compiler(context, fn.closure).expr(fn.body, scope, 0);
  return { input, root };
}

class Compiler {
  constructor(private readonly context: CallContext, private readonly closure: ReadonlyMap<string, Value>) {}

  expr(e: Expr, scope: Scope, depth: number): DualNode {
    switch (e.kind) {
      case 'number':
        return new ConstantNode(e.value);
      case 'boolean':
        return new ConstantNode(e.value ? 1 : 0);
      case 'identifier': {
        const local = scope.get(e.name);
        if (local instanceof DualNode) return local;
        const value = local ?? this.lookup(e, scope);
        return constantOf(value);
      }
      case 'unary': {
        const a = this.expr(e.operand, scope, depth);
        if (e.operator === '+') return a;
        if (a.constant !== undefined) return new ConstantNode(-1 * a.constant);
        return torch(new ComputedNode([a], (s, n) => { for (let i = 0; i < n; i++) { s.v[i] = -1 * a.v[i]; s.d[i] = -a.d[i]; } }), [a], (x) => `(-${x})`);
      }
      case 'binary':
      {
        const a = this.expr(e.left, scope, depth);
        const b = this.expr(e.right, scope, depth);
        const op = e.operator === '^' ? '**' : e.operator;
        return torch(binary(e.operator, a, b), [a, b], (x, y) => `(${x} ${op} ${y})`);
      }
      case 'comparison': {
        const a = this.expr(e.left, scope, depth);
        const b = this.expr(e.right, scope, depth);
        const test = COMPARE[e.operator];
        if (a.constant !== undefined && b.constant !== undefined) return new ConstantNode(test(a.constant, b.constant) ? 1 : 0);
        return torch(new ComputedNode([a, b], (s, n) => { for (let i = 0; i < n; i++) { s.v[i] = test(a.v[i], b.v[i]) ? 1 : 0; s.d[i] = 0; } }), [a, b], (x, y) => `(${x} ${e.operator} ${y}).to(torch.float64)`);
      }
      case 'call':
        return this.call(e, scope, depth);
      default:
        throw new Unsupported(e.kind);
    }
  }

  /** A name that is not a compiled local: a constant parameter, the closure, a global, a constant. */
  private lookup(e: Expr, scope: Scope): Value {
    const locals = new Map<string, Value>(this.closure);
    for (const [k, v] of scope) if (!(v instanceof DualNode)) locals.set(k, v);
    return this.context.evaluateIn(e, locals);
  }

  private callee(e: Call, scope: Scope): Callable {
    const c = e.callee;
    if (c.kind !== 'identifier') throw new Unsupported('callee');
    const local = scope.get(c.name);
    if (local instanceof DualNode) throw new Unsupported('callee');
    const v = local ?? this.lookup(c, scope);
    if (v.kind !== 'function') throw new Unsupported('callee');
    return v.callable;
  }

  private call(e: Call, scope: Scope, depth: number): DualNode {
    const fn = this.callee(e, scope);
    const positional: DualNode[] = [];
    const keywords = new Map<string, DualNode>();
    for (const a of e.args) {
      const node = this.expr(a.value, scope, depth);
      if (a.kind === 'positional') positional.push(node);
      else keywords.set(a.name, node);
    }
    if (fn.type === 'user') return this.inline(fn, positional, keywords, depth);
    if (fn.type === 'activation') return activation(fn, positional, keywords, e);
    if (fn.type === 'builtin' && keywords.size === 0) return builtin(fn.name, positional);
    throw new Unsupported(`call of ${fn.type}`);
  }

  private inline(fn: UserFunction, positional: DualNode[], keywords: Map<string, DualNode>, depth: number): DualNode {
    if (depth >= MAX_INLINE_DEPTH) throw new Unsupported('deep');
    if (positional.length > fn.params.length) throw new Unsupported('arity');
    const scope = new Map<string, DualNode | Value>();
    fn.params.forEach((p, i) => {
      const kw = keywords.get(p.name);
      const bound = fn.bound.find(([k]) => k === p.name);
      const given = i < positional.length ? positional[i] : kw ?? bound?.[1] ?? p.default;
      if (given === undefined) throw new Unsupported('missing argument');
      scope.set(p.name, given);
    });
    for (const k of keywords.keys()) if (!fn.params.some((p) => p.name === k)) throw new Unsupported('keyword');
    return new Compiler(this.context, fn.closure).expr(fn.body, scope, depth + 1);
  }
}

function constantOf(v: Value): DualNode {
  if (v.kind === 'number') return new ConstantNode(v.value);
  if (v.kind === 'boolean') return new ConstantNode(v.value ? 1 : 0);
  throw new Unsupported(v.kind);
}

const COMPARE: Record<string, (a: number, b: number) => boolean> = {
  '==': (a, b) => a === b, '!=': (a, b) => a !== b, '<': (a, b) => a < b, '<=': (a, b) => a <= b, '>': (a, b) => a > b, '>=': (a, b) => a >= b,
};

function binary(op: string, a: DualNode, b: DualNode): DualNode {
  if (a.constant !== undefined && b.constant !== undefined) {
    const x = a.constant;
    const y = b.constant;
    return new ConstantNode(op === '+' ? x + y : op === '-' ? x - y : op === '*' ? x * y : op === '/' ? x / y : Math.pow(x, y));
  }
  switch (op) {
    case '+': return new ComputedNode([a, b], (s, n) => { for (let i = 0; i < n; i++) { s.v[i] = a.v[i] + b.v[i]; s.d[i] = a.d[i] + b.d[i]; } });
    case '-': return new ComputedNode([a, b], (s, n) => { for (let i = 0; i < n; i++) { s.v[i] = a.v[i] - b.v[i]; s.d[i] = a.d[i] - b.d[i]; } });
    case '*':
      if (a.constant !== undefined) { const c = a.constant; return new ComputedNode([b], (s, n) => { for (let i = 0; i < n; i++) { s.v[i] = c * b.v[i]; s.d[i] = c * b.d[i]; } }); }
      if (b.constant !== undefined) { const c = b.constant; return new ComputedNode([a], (s, n) => { for (let i = 0; i < n; i++) { s.v[i] = a.v[i] * c; s.d[i] = a.d[i] * c; } }); }
      return new ComputedNode([a, b], (s, n) => { for (let i = 0; i < n; i++) { const x = a.v[i]; const y = b.v[i]; s.v[i] = x * y; s.d[i] = a.d[i] * y + x * b.d[i]; } });
    case '/':
      return new ComputedNode([a, b], (s, n) => { for (let i = 0; i < n; i++) { const x = a.v[i]; const y = b.v[i]; const q = x / y; s.v[i] = q; s.d[i] = (a.d[i] - q * b.d[i]) / y; } });
    case '^':
      if (b.constant !== undefined) {
        const c = b.constant;
        return new ComputedNode([a], (s, n) => { for (let i = 0; i < n; i++) { const x = a.v[i]; s.v[i] = Math.pow(x, c); s.d[i] = c === 0 ? 0 : c * Math.pow(x, c - 1) * a.d[i]; } });
      }
      return new ComputedNode([a, b], (s, n) => {
        for (let i = 0; i < n; i++) {
          const x = a.v[i]; const y = b.v[i]; const p = Math.pow(x, y);
          s.v[i] = p;
          const db = b.d[i] === 0 ? 0 : p * Math.log(x) * b.d[i];
          s.d[i] = (a.d[i] === 0 ? 0 : y * Math.pow(x, y - 1) * a.d[i]) + db;
        }
      });
  }
  throw new Unsupported(op);
}

/** An activation of the registry inside f: its kernel gives values and slopes; keywords must be constants. */
function activation(fn: Extract<Callable, { type: 'activation' }>, positional: DualNode[], keywords: Map<string, DualNode>, e: Call): DualNode {
  if (positional.length !== 1) throw new Unsupported('activation arity');
  let bound = fn;
  if (keywords.size > 0) {
    const kws = [...keywords].map(([name, node]) => {
      if (node.constant === undefined) throw new Unsupported('keyword depends on x');
      return { name, nameSpan: e.span, value: { kind: 'number', value: node.constant } as Value, span: e.span };
    });
    const v = callActivation(fn, { positional: [], keywords: kws, span: e.span });
    if (v.kind !== 'function' || v.callable.type !== 'activation') throw new Unsupported('activation keywords');
    bound = v.callable;
  }
  const { spec, params } = bound;
  if (spec.isRandom(params)) throw new Unsupported('random activation');
  const a = positional[0];
  if (a.constant !== undefined) return new ConstantNode(spec.value(a.constant, params));
  const node = new ComputedNode([a], (s, n) => {
    const slope = s.scratch(n);
    spec.valueAndDerivativeInto(s.view(a.v, n), s.view(s.v, n), s.view(slope, n), params);
    for (let i = 0; i < n; i++) s.d[i] = slope[i] * a.d[i];
  });
  const code = torchOf(spec, params);
  return torch(node, [a], (x) => code?.replace(/\bx\b/g, `(${x})`));
}

/** The activation's torch code (undefined when it has none, or its parameters do not pass the core's check). */
function torchOf(spec: Extract<Callable, { type: 'activation' }>['spec'], params: Extract<Callable, { type: 'activation' }>['params']): string | undefined {
  try {
    return fromActivationSpec(spec, withoutAliases(spec, params)).torchExpression;
  } catch {
    return undefined;
  }
}

const TORCH_ELEMENTARY: Readonly<Record<string, string>> = {
  exp: 'torch.exp', log: 'torch.log', log1p: 'torch.log1p', expm1: 'torch.expm1', sqrt: 'torch.sqrt', abs: 'torch.abs', sign: 'torch.sign',
  floor: 'torch.floor', ceil: 'torch.ceil', sin: 'torch.sin', cos: 'torch.cos', tan: 'torch.tan', erf: 'torch.erf', erfc: 'torch.erfc',
};

/** A tensor operand for torch.maximum and friends: a constant as a float64 tensor. */
const asTensor = (node: DualNode, code: string) => (node.constant !== undefined ? `torch.tensor(${code}, dtype=torch.float64)` : code);

function builtin(name: string, args: DualNode[]): DualNode {
  const node = builtinNode(name, args);
  if (node.constant !== undefined || args.includes(node)) return node;
  return torch(node, args, (...xs) => {
    if (TORCH_ELEMENTARY[name]) return `${TORCH_ELEMENTARY[name]}(${xs[0]})`;
    if (name === 'max' || name === 'min') return `torch.${name === 'max' ? 'maximum' : 'minimum'}(${asTensor(args[0], xs[0])}, ${asTensor(args[1], xs[1])})`;
    if (name === 'clip') return `torch.clamp(${xs[0]}, ${asTensor(args[1], xs[1])}, ${asTensor(args[2], xs[2])})`;
    if (name === 'where') return `torch.where((${xs[0]}) != 0, ${asTensor(args[1], xs[1])}, ${asTensor(args[2], xs[2])})`;
    return undefined; // round: torch rounds halves to even, the language away from zero
  });
}

type Derivative = (x: number, v: number) => number;
export const ELEMENTARY_DERIVATIVES: Readonly<Record<string, Derivative>> = {
  exp: (_x, v) => v,
  log: (x) => 1 / x,
  log1p: (x) => 1 / (1 + x),
  expm1: (_x, v) => v + 1,
  sqrt: (_x, v) => 0.5 / v,
  abs: (x) => (x > 0 ? 1 : x < 0 ? -1 : 0),
  sign: () => 0,
  floor: () => 0,
  ceil: () => 0,
  round: () => 0,
  sin: (x) => Math.cos(x),
  cos: (x) => -Math.sin(x),
  tan: (_x, v) => 1 + v * v,
  erf: (x) => TWO_OVER_SQRT_PI * Math.exp(-x * x),
  erfc: (x) => -TWO_OVER_SQRT_PI * Math.exp(-x * x),
};

function builtinNode(name: string, args: DualNode[]): DualNode {
  const f = elementwiseRule(name);
  const df = ELEMENTARY_DERIVATIVES[name];
  if (f && df && args.length === 1) {
    const a = args[0];
    if (a.constant !== undefined) return new ConstantNode(f(a.constant));
    return new ComputedNode([a], (s, n) => { for (let i = 0; i < n; i++) { const x = a.v[i]; const v = f(x); s.v[i] = v; s.d[i] = df(x, v) * a.d[i]; } });
  }
  if ((name === 'max' || name === 'min') && args.length === 2) {
    const [a, b] = args;
    const sign = name === 'max' ? 1 : -1;
    return new ComputedNode([a, b], (s, n) => {
      for (let i = 0; i < n; i++) {
        const x = a.v[i]; const y = b.v[i];
        if (x !== x || y !== y) { s.v[i] = NaN; s.d[i] = NaN; continue; }
        const first = sign > 0 ? x >= y : x <= y;
        s.v[i] = first ? x : y;
        s.d[i] = x === y ? 0.5 * (a.d[i] + b.d[i]) : first ? a.d[i] : b.d[i];
      }
    });
  }
  if (name === 'clip' && args.length === 3) {
    const [x, lo, hi] = args;
    return new ComputedNode([x, lo, hi], (s, n) => {
      for (let i = 0; i < n; i++) {
        const xv = x.v[i]; const l = lo.v[i]; const h = hi.v[i];
        if (xv !== xv || l !== l || h !== h) { s.v[i] = NaN; s.d[i] = NaN; continue; }
        const raisedLow = xv < l;
        const rv = raisedLow ? l : xv; const rd = raisedLow ? lo.d[i] : x.d[i];
        const cut = rv > h;
        s.v[i] = Math.min(Math.max(xv, l), h);
        s.d[i] = cut ? hi.d[i] : rd;
      }
    });
  }
  if (name === 'where' && args.length === 3) {
    const [c, a, b] = args;
    if (c.constant !== undefined) return isTrue(c.constant) ? a : b;
    return new ComputedNode([c, a, b], (s, n) => {
      for (let i = 0; i < n; i++) {
        const t = isTrue(c.v[i]);
        s.v[i] = t ? a.v[i] : b.v[i];
        s.d[i] = t ? a.d[i] : b.d[i];
      }
    });
  }
  throw new Unsupported(`builtin ${name}`);
}
