/**
 * A walk over the syntax tree for name analysis: which nodes define names, which use them, and
 * which introduce parameters (function definitions `f(x) = ...`, lambdas `x -> ...`). Node kinds it
 * does not know are walked generically (every child that looks like a node), so new syntax never
 * hides the names used inside it.
 */
import type { Program } from '../syntax/ast';
import type { Span } from '../syntax/span';

/** Any syntax node: a kind and a span, plus fields. */
export interface AnyNode {
  kind: string;
  span: Span;
  [field: string]: unknown;
}

export interface ParamInfo {
  name: string;
  span?: Span;
  /** The default value's expression, for a keyword parameter. */
  default?: AnyNode;
}

/** A node that binds parameters in a body: a function definition (with a name) or a lambda (without). */
export interface FunctionShape {
  name?: string;
  nameSpan?: Span;
  params: ParamInfo[];
  body: AnyNode;
}

export interface WalkVisitor {
  /** A name read. `params` are the parameter names of the enclosing functions, innermost last. */
  use(name: string, span: Span, params: ReadonlyArray<ReadonlySet<string>>): void;
  /** A name bound at the top level (`x = ...` or `f(x) = ...`), after its value was walked (a function's name before its body, for recursion). */
  define(name: string, nameSpan: Span, statement: AnyNode, fn: FunctionShape | undefined): void;
  /** The region a function's parameters are visible in. */
  scope?(params: ParamInfo[], body: AnyNode): void;
}

export function isNode(value: unknown): value is AnyNode {
  if (typeof value !== 'object' || value === null) return false;
  const v = value as { kind?: unknown; span?: { start?: unknown } };
  return typeof v.kind === 'string' && typeof v.span === 'object' && v.span !== null && typeof v.span.start === 'number';
}

export function walkProgram(program: Program, visitor: WalkVisitor): void {
  for (const statement of program.statements) walkStatement(statement as unknown as AnyNode, visitor);
}

function walkStatement(statement: AnyNode, visitor: WalkVisitor): void {
  const fn = functionShape(statement);
  if (fn?.name !== undefined && fn.nameSpan) {
    visitor.define(fn.name, fn.nameSpan, statement, fn);
    walkFunction(fn, visitor, []);
    return;
  }
  if (statement.kind === 'assignment' && typeof statement.name === 'string' && isSpan(statement.nameSpan)) {
    if (isNode(statement.value)) walk(statement.value, visitor, []);
    visitor.define(statement.name, statement.nameSpan, statement, undefined);
    return;
  }
  walk(statement, visitor, []);
}

function walkFunction(fn: FunctionShape, visitor: WalkVisitor, params: ReadonlyArray<ReadonlySet<string>>): void {
  for (const p of fn.params) if (p.default) walk(p.default, visitor, params);
  visitor.scope?.(fn.params, fn.body);
  walk(fn.body, visitor, [...params, new Set(fn.params.map((p) => p.name))]);
}

function walk(node: AnyNode, visitor: WalkVisitor, params: ReadonlyArray<ReadonlySet<string>>): void {
  if (node.kind === 'identifier' && typeof node.name === 'string') {
    visitor.use(node.name, node.span, params);
    return;
  }
  const fn = functionShape(node);
  if (fn) {
    walkFunction(fn, visitor, params);
    return;
  }
  for (const [field, value] of Object.entries(node)) {
    if (field === 'span') continue;
    if (isNode(value)) walk(value, visitor, params);
    else if (Array.isArray(value)) for (const item of value) if (isNode(item)) walk(item, visitor, params);
  }
}

/**
 * Reads a definition or lambda node, whatever its exact field names: parameters in `params` or
 * `parameters` (names, identifier nodes, or records with a name and maybe a default), the body in
 * `body` (or `value`).
 */
export function functionShape(node: AnyNode): FunctionShape | undefined {
  const list = Array.isArray(node.params) ? node.params : Array.isArray(node.parameters) ? node.parameters : undefined;
  const body = isNode(node.body) ? node.body : isNode(node.value) ? node.value : undefined;
  if (!list || !body) return undefined;
  const params: ParamInfo[] = [];
  for (const p of list as unknown[]) {
    const info = paramInfo(p);
    if (info) params.push(info);
  }
  const shape: FunctionShape = { params, body };
  if (typeof node.name === 'string') {
    shape.name = node.name;
    shape.nameSpan = isSpan(node.nameSpan) ? node.nameSpan : node.span;
  } else if (isNode(node.name) && node.name.kind === 'identifier' && typeof node.name.name === 'string') {
    shape.name = node.name.name;
    shape.nameSpan = node.name.span;
  }
  return shape;
}

function paramInfo(p: unknown): ParamInfo | undefined {
  if (typeof p === 'string') return { name: p };
  if (typeof p !== 'object' || p === null) return undefined;
  const r = p as { name?: unknown; span?: unknown; nameSpan?: unknown; default?: unknown; defaultValue?: unknown; value?: unknown };
  if (typeof r.name !== 'string') return undefined;
  const span = isSpan(r.nameSpan) ? r.nameSpan : isSpan(r.span) ? r.span : undefined;
  const dflt = [r.default, r.defaultValue, r.value].find(isNode);
  return { name: r.name, span, default: dflt };
}

function isSpan(value: unknown): value is Span {
  return typeof value === 'object' && value !== null && typeof (value as Span).start === 'number' && typeof (value as Span).end === 'number';
}
