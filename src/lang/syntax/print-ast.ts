/**
 * Syntax tree → source text, with only the parentheses the precedence needs: how a lambda is
 * labelled in a chart legend (`x -> x * tanh(softplus(x))`) and a definition in describe(f).
 * Parsing the printed text gives the same tree (tested).
 */
import type { Argument, Expr, Parameter } from './ast';

/** Binding strength: a child printed where a higher level is required gets parentheses. */
const enum Level {
  Lambda = 0,
  Comparison = 1,
  Additive = 2,
  Term = 3,
  Unary = 4,
  Power = 5,
  Postfix = 6,
}

export function printExpr(expr: Expr): string {
  return print(expr, Level.Lambda);
}

function print(expr: Expr, required: Level): string {
  const [text, level] = printWithLevel(expr);
  return level < required ? `(${text})` : text;
}

function printWithLevel(expr: Expr): [string, Level] {
  switch (expr.kind) {
    case 'number':
      return [numberText(expr.value), Level.Postfix];
    case 'string':
      return [stringText(expr.value), Level.Postfix];
    case 'boolean':
      return [String(expr.value), Level.Postfix];
    case 'identifier':
      return [expr.name, Level.Postfix];
    case 'vector':
      return [`[${expr.elements.map((e) => print(e, Level.Lambda)).join(', ')}]`, Level.Postfix];
    case 'unary':
      return [`${expr.operator}${print(expr.operand, Level.Unary)}`, Level.Unary];
    case 'binary': {
      if (expr.operator === '^') return [`${print(expr.left, Level.Postfix)}^${print(expr.right, Level.Unary)}`, Level.Power];
      const level = expr.operator === '+' || expr.operator === '-' ? Level.Additive : Level.Term;
      return [`${print(expr.left, level)} ${expr.operator} ${print(expr.right, level + 1)}`, level];
    }
    case 'comparison':
      return [`${print(expr.left, Level.Additive)} ${expr.operator} ${print(expr.right, Level.Additive)}`, Level.Comparison];
    case 'call':
      return [`${print(expr.callee, Level.Postfix)}(${expr.args.map(printArgument).join(', ')})`, Level.Postfix];
    case 'index':
      return [`${print(expr.target, Level.Postfix)}[${print(expr.index, Level.Lambda)}]`, Level.Postfix];
    case 'slice': {
      const a = expr.start ? print(expr.start, Level.Lambda) : '';
      const b = expr.end ? print(expr.end, Level.Lambda) : '';
      return [`${print(expr.target, Level.Postfix)}[${a}:${b}]`, Level.Postfix];
    }
    case 'lambda': {
      const single = expr.params.length === 1 && expr.params[0].default === undefined;
      const head = single ? expr.params[0].name : `(${expr.params.map(printParameter).join(', ')})`;
      return [`${head} -> ${print(expr.body, Level.Lambda)}`, Level.Lambda];
    }
  }
}

export function printParameter(p: Parameter): string {
  return p.default === undefined ? p.name : `${p.name}=${print(p.default, Level.Comparison)}`;
}

function printArgument(a: Argument): string {
  return a.kind === 'keyword' ? `${a.name}=${print(a.value, Level.Lambda)}` : print(a.value, Level.Lambda);
}

/** Literals are never negative (the minus is an operator); one too large for a double (1e400) is Infinity. */
function numberText(x: number): string {
  if (x === Infinity) return '1e999';
  if (Number.isNaN(x)) return 'nan';
  return String(x);
}

/** A string literal the lexer reads back to the same value: only \\, \", newline and tab are escaped. */
function stringText(value: string): string {
  return `"${value.replace(/\\/g, '\\\\').replace(/"/g, '\\"').replace(/\n/g, '\\n').replace(/\t/g, '\\t')}"`;
}
