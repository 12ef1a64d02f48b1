/**
 * The expression half of the parser (parser.ts parses statements and has the grammar): recursive
 * descent over expressions, lowest precedence first. Two limits keep everything far from the
 * JavaScript stack limit:
 * - MAX_NESTING: brackets, calls, indexes, signs, powers and lambdas nested deeper than this are an
 *   error (the parser's own recursion). Left-associative chains (a + b - c, a * b / c) are built
 *   in a loop and do not count.
 * - MAX_EXPRESSION_DEPTH: the finished tree of a statement may be at most this deep (the evaluator,
 *   d and the printer walk it recursively); a sum of 1000 terms is the longest flat chain.
 */
import type { Argument, BinaryOperator, ComparisonOperator, Expr, Parameter } from './ast';
import { LangError } from './errors';
import { joinSpans, type Span } from './span';
import { describeToken, type Token, type TokenType } from './tokens';

/**
 * How deeply brackets, calls, indexes, signs, powers and lambdas may nest in one expression: the
 * statement's own expression is level 0, so 200 parentheses around a number are the most allowed.
 */
export const MAX_NESTING = 200;
/** The nesting count before a statement's expression is entered (that expression is level 0). */
export const STATEMENT_NESTING = -1;
/** How deep the syntax tree of one statement may be, counting every expression node on the way down. */
export const MAX_EXPRESSION_DEPTH = 1000;

const TOO_DEEP = `expression nested too deeply (more than ${MAX_NESTING} levels of brackets, calls, signs, powers and lambdas)`;

const COMPARISONS: ReadonlySet<TokenType> = new Set<TokenType>(['==', '!=', '<', '<=', '>', '>=']);

/** Fields of a node that are positions, not children. */
const SPAN_FIELDS: ReadonlySet<string> = new Set(['span', 'nameSpan', 'operatorSpan']);

/**
 * The error for a statement whose tree is deeper than MAX_EXPRESSION_DEPTH, at the operator (or
 * node) where the limit is passed; undefined when it is within the limit. Walks without recursion.
 */
export function expressionDepthError(root: object): LangError | undefined {
  // The statement itself is level 0: a sum of MAX_EXPRESSION_DEPTH terms reaches exactly the limit.
  const stack: DepthEntry[] = [{ node: root, parentDepth: -1 }];
  while (stack.length > 0) {
    const entry = stack.pop()!;
    const { node, parentDepth } = entry;
    const n = node as { kind?: unknown; span?: Span };
    // Arguments and parameters are wrappers, not levels of their own.
    const counts = typeof n.kind === 'string' && n.kind !== 'positional' && n.kind !== 'keyword';
    const depth = parentDepth + (counts ? 1 : 0);
    if (depth > MAX_EXPRESSION_DEPTH) {
      const message = `expression too long: more than ${MAX_EXPRESSION_DEPTH} operations inside one another (a sum of at most ${MAX_EXPRESSION_DEPTH} terms); split it into steps with names`;
      return new LangError('parse', message, limitPassedAt(entry, depth - MAX_EXPRESSION_DEPTH));
    }
    for (const [field, value] of Object.entries(node)) {
      if (SPAN_FIELDS.has(field) || typeof value !== 'object' || value === null) continue;
      const children: unknown[] = Array.isArray(value) ? value : [value];
      for (const child of children) if (typeof child === 'object' && child !== null) stack.push({ node: child, parentDepth: depth, parent: entry });
    }
  }
  return undefined;
}

interface DepthEntry {
  node: object;
  parentDepth: number;
  parent?: DepthEntry;
}

/**
 * Where a tree too deep passes the limit: the node `levels` levels below the top, counting from the
 * statement. In a flat chain a + b + … (left-associative, so its first operator is the deepest node)
 * that is the operator that adds the term one too many, underlined with that term ("+ x" at the end
 * of a 1,001-term sum), not the first '+'.
 */
function limitPassedAt(deepest: DepthEntry, levels: number): Span {
  const path: DepthEntry[] = [];
  for (let e: DepthEntry | undefined = deepest; e; e = e.parent) path.push(e);
  path.reverse(); // the statement first
  let level = -1;
  for (const e of path) {
    const n = e.node as { kind?: unknown; span?: Span; operatorSpan?: Span; right?: { span: Span } };
    if (typeof n.kind === 'string' && n.kind !== 'positional' && n.kind !== 'keyword') level++;
    if (level >= levels && n.span) {
      if (n.operatorSpan && n.right) return joinSpans(n.operatorSpan, n.right.span);
      return n.operatorSpan ?? n.span;
    }
  }
  return (deepest.node as { span: Span }).span;
}

export class ExpressionParser {
  protected current = 0;
  protected nesting = STATEMENT_NESTING;

  constructor(protected readonly tokens: Token[]) {}

  protected checkParameter(before: Parameter[], param: Parameter): void {
    if (before.some((p) => p.name === param.name)) throw new LangError('parse', `parameter '${param.name}' is declared twice`, param.nameSpan);
    if (param.default === undefined && before.some((p) => p.default !== undefined)) {
      throw new LangError('parse', `parameter '${param.name}' without a default cannot follow one with a default`, param.nameSpan);
    }
  }

  protected expression(): Expr {
    if (++this.nesting > MAX_NESTING) {
      throw this.error(this.peek(), TOO_DEEP);
    }
    try {
      if (this.check('identifier') && this.peekNext().type === '->') return this.lambda(this.singleParameter());
      if (this.check('(') && this.isParenthesizedLambda()) return this.lambda(this.parameterList());
      return this.comparison();
    } finally {
      this.nesting--;
    }
  }

  private singleParameter(): { params: Parameter[]; start: Token } {
    const name = this.advance();
    return { params: [{ name: name.lexeme, nameSpan: name.span, default: undefined, span: name.span }], start: name };
  }

  /** `(x, beta=1.5)` before '->'. */
  private parameterList(): { params: Parameter[]; start: Token } {
    const open = this.advance();
    const params: Parameter[] = [];
    while (!this.check(')')) {
      const name = this.peek();
      if (name.type !== 'identifier') throw this.error(name, `expected a parameter name, found ${describeToken(name)}`);
      this.advance();
      let param: Parameter = { name: name.lexeme, nameSpan: name.span, default: undefined, span: name.span };
      if (this.check('=')) {
        this.advance();
        const value = this.comparison();
        param = { ...param, default: value, span: joinSpans(name.span, value.span) };
      }
      this.checkParameter(params, param);
      params.push(param);
      if (!this.check(',')) break;
      this.advance();
    }
    this.expectClosing(')', open, 'after the parameters');
    return { params, start: open };
  }

  private lambda({ params, start }: { params: Parameter[]; start: Token }): Expr {
    const arrow = this.peek();
    if (arrow.type !== '->') throw this.error(arrow, `expected '->' after the parameters, found ${describeToken(arrow)}`);
    this.advance();
    const body = this.expression();
    // To the last token read: the body's own span leaves out a closing ')' of x -> (x).
    return { kind: 'lambda', params, body, span: joinSpans(start.span, this.previous().span) };
  }

  /** Whether the '(' here closes with a ')' followed by '->'. */
  private isParenthesizedLambda(): boolean {
    let depth = 0;
    for (let i = this.current; i < this.tokens.length; i++) {
      const t = this.tokens[i].type;
      if (t === '(' || t === '[') depth++;
      else if (t === ')' || t === ']') {
        depth--;
        if (depth === 0) return this.tokens[i + 1]?.type === '->';
      } else if (t === 'eof' || t === 'newline' || t === ';') return false;
    }
    return false;
  }

  private comparison(): Expr {
    const left = this.additive();
    if (!COMPARISONS.has(this.peek().type)) return left;
    const op = this.advance();
    const right = this.additive();
    if (COMPARISONS.has(this.peek().type)) {
      throw this.error(this.peek(), `comparisons do not chain: write (a ${op.lexeme} b) * (b ${this.peek().lexeme} c) or use where(...)`);
    }
    return { kind: 'comparison', operator: op.type as ComparisonOperator, left, right, operatorSpan: op.span, span: joinSpans(left.span, right.span) };
  }

  private additive(): Expr {
    return this.leftAssociative(['+', '-'], () => this.term());
  }

  private term(): Expr {
    return this.leftAssociative(['*', '/'], () => this.unary());
  }

  /**
   * operand (op operand)*, built in a loop: a flat chain a + b + c + … is no nesting for the parser
   * (the depth of the finished tree is checked per statement, see expressionDepthError).
   */
  private leftAssociative(ops: TokenType[], operand: () => Expr): Expr {
    let left = operand();
    while (ops.includes(this.peek().type)) {
      const op = this.advance();
      const right = operand();
      left = this.binary(op, left, right);
    }
    return left;
  }

  private unary(): Expr {
    if (this.check('-') || this.check('+')) {
      if (++this.nesting > MAX_NESTING) throw this.error(this.peek(), TOO_DEEP);
      try {
        const op = this.advance();
        const operand = this.unary();
        return { kind: 'unary', operator: op.type as '-' | '+', operand, operatorSpan: op.span, span: joinSpans(op.span, operand.span) };
      } finally {
        this.nesting--;
      }
    }
    return this.power();
  }

  private power(): Expr {
    const base = this.postfix();
    if (this.check('^')) {
      const op = this.advance();
      if (++this.nesting > MAX_NESTING) throw this.error(op, TOO_DEEP);
      try {
        const exponent = this.unary();
        return this.binary(op, base, exponent);
      } finally {
        this.nesting--;
      }
    }
    return base;
  }

  private postfix(): Expr {
    const saved = this.nesting;
    try {
      return this.postfixChain();
    } finally {
      this.nesting = saved;
    }
  }

  /** Each call or index in a chain f(1)(2)[0] deepens the tree, so it counts as a level of nesting. */
  private postfixChain(): Expr {
    let expr = this.primary();
    while (this.check('(') || this.check('[') || this.check('.')) {
      if (++this.nesting > MAX_NESTING) throw this.error(this.peek(), TOO_DEEP);
      const open = this.advance();
      if (open.type === '.') {
        // run.loss is run["loss"]: an index by a string, read as a field (training/training-fields.ts).
        if (!this.check('identifier')) throw this.error(this.peek(), "expected a field name after '.', as in run.loss");
        const name = this.advance();
        expr = { kind: 'index', target: expr, index: { kind: 'string', value: name.lexeme, span: name.span }, span: joinSpans(expr.span, name.span) };
      } else if (open.type === '(') {
        const args = this.arguments();
        const close = this.expectClosing(')', open, 'after arguments');
        expr = { kind: 'call', callee: expr, args, span: joinSpans(expr.span, close.span) };
      } else {
        expr = this.indexOrSlice(expr, open);
      }
    }
    return expr;
  }

  private indexOrSlice(target: Expr, open: Token): Expr {
    const start = this.check(':') ? undefined : this.expression();
    if (this.check(':')) {
      this.advance();
      const end = this.check(']') ? undefined : this.expression();
      const close = this.expectClosing(']', open, 'after the slice');
      return { kind: 'slice', target, start, end, span: joinSpans(target.span, close.span) };
    }
    const close = this.expectClosing(']', open, 'after the index');
    if (start === undefined) throw this.error(open, 'expected an index');
    return { kind: 'index', target, index: start, span: joinSpans(target.span, close.span) };
  }

  private arguments(): Argument[] {
    const args: Argument[] = [];
    let sawKeyword = false;
    while (!this.check(')')) {
      if (this.check('identifier') && this.peekNext().type === '=') {
        const name = this.advance();
        this.advance(); // '='
        const value = this.expression();
        if (args.some((a) => a.kind === 'keyword' && a.name === name.lexeme)) {
          throw this.error(name, `keyword argument '${name.lexeme}' is given twice`);
        }
        args.push({ kind: 'keyword', name: name.lexeme, nameSpan: name.span, value, span: joinSpans(name.span, value.span) });
        sawKeyword = true;
      } else {
        const value = this.expression();
        if (sawKeyword) throw new LangError('parse', 'a positional argument cannot follow a keyword argument', value.span);
        args.push({ kind: 'positional', value, span: value.span });
      }
      if (!this.check(',')) break; // expectClosing names what came instead of ')'
      this.advance();
    }
    return args;
  }

  private primary(): Expr {
    const token = this.peek();
    switch (token.type) {
      case 'number':
        this.advance();
        return { kind: 'number', value: token.value as number, span: token.span };
      case 'string':
        this.advance();
        return { kind: 'string', value: token.value as string, span: token.span };
      case 'true':
      case 'false':
        this.advance();
        return { kind: 'boolean', value: token.type === 'true', span: token.span };
      case 'identifier':
        this.advance();
        return { kind: 'identifier', name: token.lexeme, span: token.span };
      case '(': {
        const open = this.advance();
        if (this.check(')')) throw this.error(this.peek(), "expected an expression inside '( )', found ')'");
        const inner = this.expression();
        this.expectClosing(')', open, 'after the expression');
        return inner;
      }
      case '[': {
        const open = this.advance();
        const elements: Expr[] = [];
        while (!this.check(']')) {
          elements.push(this.expression());
          if (!this.check(',')) break;
          this.advance();
        }
        const close = this.expectClosing(']', open, 'after the vector elements');
        return { kind: 'vector', elements, span: joinSpans(open.span, close.span) };
      }
      default:
        throw this.error(token, `expected an expression, found ${describeToken(token)}`);
    }
  }

  private binary(op: Token, left: Expr, right: Expr): Expr {
    return { kind: 'binary', operator: op.type as BinaryOperator, left, right, operatorSpan: op.span, span: joinSpans(left.span, right.span) };
  }

  private expectClosing(type: ')' | ']', open: Token, after: string): Token {
    if (this.check(type)) return this.advance();
    const found = this.peek();
    const where = `line ${open.span.line}, column ${open.span.column}`;
    throw this.error(found, `expected '${type}' ${after}, found ${describeToken(found)} (the '${open.lexeme}' is at ${where})`);
  }

  protected check(type: TokenType): boolean {
    return this.tokens[this.current].type === type;
  }

  protected peek(): Token {
    return this.tokens[this.current];
  }

  protected peekNext(): Token {
    return this.tokens[Math.min(this.current + 1, this.tokens.length - 1)];
  }

  /** The last token read (the first token before anything is read). */
  protected previous(): Token {
    return this.tokens[Math.max(0, this.current - 1)];
  }

  protected advance(): Token {
    const token = this.tokens[this.current];
    if (token.type !== 'eof') this.current++;
    return token;
  }

  protected error(token: Token, message: string): LangError {
    return new LangError('parse', message, token.span);
  }
}
