/**
 * The syntax tree. Every node carries the span of the source it came from, so errors found while
 * evaluating can point at the exact argument, name or operator.
 * Issue 4 adds: comparisons, `f(x) = expr` definitions, lambdas, indexing (new node kinds here).
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

export interface Binary {
  kind: 'binary';
  operator: BinaryOperator;
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

export type Expr = NumberLiteral | StringLiteral | BooleanLiteral | Identifier | VectorLiteral | Unary | Binary | Call;

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

export type Statement = ExpressionStatement | Assignment;

export interface Program {
  statements: Statement[];
}
