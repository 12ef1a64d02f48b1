/**
 * The syntax tree. Every node carries the span of the source it came from, so errors found while
 * evaluating can point at the exact argument, name or operator. Nodes are plain data (no methods,
 * no parent links): a walker switches on `kind`. Who walks it: the evaluator (evaluator.ts), the
 * printer (print-ast.ts), the editor's analysis (analysis*.ts) and `d` (differentiate.ts).
 *
 * Expressions: number, string, boolean, identifier, vector, unary, binary (arithmetic), comparison,
 * call, index (`v[i]`), slice (`v[a:b]`), lambda (`x -> expr`, `(x, beta=1.5) -> expr`).
 * Statements: expression, assignment (`x = expr`), definition (`f(x, beta=1.5) = expr`).
 */
import type { Span } from './span';

export interface NumberLiteral {
  kind: 'number';
  value: number;
  span: Span;
}

export interface StringLiteral {
  kind: 'string';
  value: string;
  span: Span;
}

export interface BooleanLiteral {
  kind: 'boolean';
  value: boolean;
  span: Span;
}

export interface Identifier {
  kind: 'identifier';
  name: string;
  span: Span;
}

export interface VectorLiteral {
  kind: 'vector';
  elements: Expr[];
  span: Span;
}

export type UnaryOperator = '-' | '+';

export interface Unary {
  kind: 'unary';
  operator: UnaryOperator;
  operand: Expr;
  /** The operator token's span. */
  operatorSpan: Span;
  span: Span;
}

export type BinaryOperator = '+' | '-' | '*' | '/' | '^';

/** Arithmetic, elementwise with broadcasting between numbers and vectors. */
export interface Binary {
  kind: 'binary';
  operator: BinaryOperator;
  left: Expr;
  right: Expr;
  operatorSpan: Span;
  span: Span;
}

export type ComparisonOperator = '==' | '!=' | '<' | '<=' | '>' | '>=';

/**
 * A comparison: a boolean for two numbers (or two strings, two booleans with == and !=); a vector
 * of 1 and 0 when either side is a vector. Comparisons do not chain (`a < b < c` is a syntax error).
 */
export interface Comparison {
  kind: 'comparison';
  operator: ComparisonOperator;
  left: Expr;
  right: Expr;
  operatorSpan: Span;
  span: Span;
}

export interface PositionalArgument {
  kind: 'positional';
  value: Expr;
  span: Span;
}

export interface KeywordArgument {
  kind: 'keyword';
  name: string;
  nameSpan: Span;
  value: Expr;
  span: Span;
}

export type Argument = PositionalArgument | KeywordArgument;

export interface Call {
  kind: 'call';
  callee: Expr;
  args: Argument[];
  span: Span;
}

/** `v[i]`: 0-based; a negative index counts from the end (`v[-1]` is the last item). */
export interface Index {
  kind: 'index';
  target: Expr;
  index: Expr;
  span: Span;
}

/** `v[a:b]`, `v[:b]`, `v[a:]`: items a up to (not including) b, as in Python; bounds are clamped. */
export interface Slice {
  kind: 'slice';
  target: Expr;
  start: Expr | undefined;
  end: Expr | undefined;
  span: Span;
}

/** A parameter of a definition or lambda: `x`, or `beta=1.5` (the default is evaluated once, when the function is made). */
export interface Parameter {
  name: string;
  nameSpan: Span;
  default: Expr | undefined;
  span: Span;
}

/** `x -> x * sigmoid(x)`, `(x, beta=1.5) -> x * sigmoid(beta * x)`. */
export interface Lambda {
  kind: 'lambda';
  params: Parameter[];
  body: Expr;
  span: Span;
}

export type Expr =
  | NumberLiteral
  | StringLiteral
  | BooleanLiteral
  | Identifier
  | VectorLiteral
  | Unary
  | Binary
  | Comparison
  | Call
  | Index
  | Slice
  | Lambda;

export interface ExpressionStatement {
  kind: 'expression';
  expression: Expr;
  span: Span;
}

export interface Assignment {
  kind: 'assignment';
  name: string;
  nameSpan: Span;
  value: Expr;
  span: Span;
}

/** `f(x) = expr`, `swish_b(x, beta=1.5) = x * sigmoid(beta * x)`. */
export interface Definition {
  kind: 'definition';
  name: string;
  nameSpan: Span;
  params: Parameter[];
  body: Expr;
  span: Span;
}

export type Statement = ExpressionStatement | Assignment | Definition;

export interface Program {
  statements: Statement[];
}
