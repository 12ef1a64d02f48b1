/**
 * Tokens → syntax tree, by recursive descent. Grammar (lowest precedence first):
 *
 *   program    → separator* (statement (separator+ statement)*)? separator* eof     separator: newline | ';'
 *   statement  → IDENT '=' expr                       assignment
 *              | IDENT '(' parameters ')' '=' expr    definition: f(x, beta=1.5) = expr
 *              | expr
 *   expr       → lambda | comparison
 *   lambda     → IDENT '->' expr | '(' parameters? ')' '->' expr
 *   comparison → additive (('==' | '!=' | '<' | '<=' | '>' | '>=') additive)?     does not chain
 *   additive   → term (('+' | '-') term)*
 *   term       → unary (('*' | '/') unary)*
 *   unary      → ('-' | '+') unary | power
 *   power      → postfix ('^' unary)?              right-associative, binds tighter than unary minus: -2^2 = -4
 *   postfix    → primary ('(' arguments? ')' | '[' expr ']' | '[' expr? ':' expr? ']')*
 *   arguments  → argument (',' argument)* ','?       argument: IDENT '=' expr | expr
 *   parameters → parameter (',' parameter)* ','?     parameter: IDENT ('=' expr)?
 *   primary    → NUMBER | STRING | true | false | IDENT | '(' expr ')' | '[' (expr (',' expr)* ','?)? ']'
 *
 * `parse` never throws: a statement with a syntax error is reported and skipped up to the next line
 * or ';', so one cell can report several errors. Nesting deeper than MAX_NESTING is an error (it
 * keeps the parser and the evaluator far from the JavaScript stack limit).
 */
import type { Argument, BinaryOperator, ComparisonOperator, Expr, Parameter, Program, Statement } from './ast';
import { LangError } from './errors';
import { scan } from './lexer';
import { joinSpans } from './span';
import { describeToken, type Token, type TokenType } from './tokens';

/** How deeply brackets, operators and lambdas may nest in one expression. */
export const MAX_NESTING = 200;

export interface ParseResult {
  program: Program;
  /** Every lexical and syntax error, in source order; the program holds the statements that parsed. */
  errors: LangError[];
}

export function parse(source: string): ParseResult {
  const { tokens, errors: lexErrors } = scan(source);
  const parser = new Parser(tokens);
  const program = parser.program();
  // A syntax error in a statement that also has a lexical error is usually its echo: keep the cause.
  const parseErrors = parser.errors.filter((e) => !lexErrors.some((l) => l.span.line === e.error.span.line || (l.span.start >= e.statementStart && l.span.start <= e.error.span.end)));
  const errors = [...lexErrors, ...parseErrors.map((e) => e.error)].sort((a, b) => a.span.start - b.span.start);
  return { program, errors };
}

/** The program, or the first error thrown (for tests and callers that want all or nothing). */
export function parseProgram(source: string): Program {
  const { program, errors } = parse(source);
  if (errors.length > 0) throw errors[0];
  return program;
}

const TOO_DEEP = `expression too long or nested too deeply (more than ${MAX_NESTING} levels of brackets and operators)`;

const COMPARISONS: ReadonlySet<TokenType> = new Set<TokenType>(['==', '!=', '<', '<=', '>', '>=']);

class Parser {
  private current = 0;
  private nesting = 0;
  readonly errors: Array<{ error: LangError; statementStart: number }> = [];

  constructor(private readonly tokens: Token[]) {}

  program(): Program {
    const statements: Statement[] = [];
    this.skipSeparators();
    while (!this.check('eof')) {
      const start = this.peek().span.start;
      try {
        statements.push(this.statement());
        if (!this.check('eof') && !this.check('newline') && !this.check(';')) {
          const found = this.peek();
          const hint = found.type === '=' ? ' (only a name or a function head such as f(x) can be assigned to)' : '';
          throw this.error(found, `expected a new line or ';' after the statement, found ${describeToken(found)}${hint}`);
        }
      } catch (error) {
        if (!(error instanceof LangError)) throw error;
        this.errors.push({ error, statementStart: start });
        this.nesting = 0;
        while (!this.check('eof') && !this.check('newline') && !this.check(';')) this.advance();
      }
      this.skipSeparators();
    }
    return { statements };
  }

  private skipSeparators(): void {
    while (this.check('newline') || this.check(';')) this.advance();
  }

  private statement(): Statement {
    if (this.check('identifier') && this.peekNext().type === '=') {
      const name = this.advance();
      this.advance(); // '='
      const value = this.expression();
      return { kind: 'assignment', name: name.lexeme, nameSpan: name.span, value, span: joinSpans(name.span, value.span) };
    }
    const expression = this.expression();
    if (this.check('=')) {
      const equals = this.advance();
      if (expression.kind === 'call' && expression.callee.kind === 'identifier') {
        const params = this.argumentsToParameters(expression.callee.name, expression.args);
        const body = this.expression();
        const callee = expression.callee;
        return { kind: 'definition', name: callee.name, nameSpan: callee.span, params, body, span: joinSpans(callee.span, body.span) };
      }
      throw this.error(equals, "only a name (x = 1) or a function head (f(x) = x^2) can be assigned to; write '==' to compare");
    }
    return { kind: 'expression', expression, span: expression.span };
  }

  /** The head `f(x, beta=1.5)` of a definition, parsed as a call, read back as parameters. */
  private argumentsToParameters(fn: string, args: Argument[]): Parameter[] {
    const params: Parameter[] = [];
    args.forEach((arg, i) => {
      let param: Parameter;
      if (arg.kind === 'keyword') {
        param = { name: arg.name, nameSpan: arg.nameSpan, default: arg.value, span: arg.span };
      } else if (arg.value.kind === 'identifier') {
        param = { name: arg.value.name, nameSpan: arg.value.span, default: undefined, span: arg.span };
      } else {
        throw new LangError('parse', `parameter ${i + 1} of ${fn} must be a name, as in ${fn}(x) = x^2`, arg.span);
      }
      this.checkParameter(params, param);
      params.push(param);
    });
    return params;
  }

  private checkParameter(before: Parameter[], param: Parameter): void {
    if (before.some((p) => p.name === param.name)) throw new LangError('parse', `parameter '${param.name}' is declared twice`, param.nameSpan);
    if (param.default === undefined && before.some((p) => p.default !== undefined)) {
      throw new LangError('parse', `parameter '${param.name}' without a default cannot follow one with a default`, param.nameSpan);
    }
  }

  private expression(): Expr {
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
    return { kind: 'lambda', params, body, span: joinSpans(start.span, body.span) };
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

  /** operand (op operand)*: each operator in the chain deepens the tree, so it counts as a level of nesting. */
  private leftAssociative(ops: TokenType[], operand: () => Expr): Expr {
    const saved = this.nesting;
    try {
      let left = operand();
      while (ops.includes(this.peek().type)) {
        const op = this.advance();
        if (++this.nesting > MAX_NESTING) throw this.error(op, TOO_DEEP);
        const right = operand();
        left = this.binary(op, left, right);
      }
      return left;
    } finally {
      this.nesting = saved;
    }
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
    while (this.check('(') || this.check('[')) {
      if (++this.nesting > MAX_NESTING) throw this.error(this.peek(), TOO_DEEP);
      const open = this.advance();
      if (open.type === '(') {
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

  private check(type: TokenType): boolean {
    return this.tokens[this.current].type === type;
  }

  private peek(): Token {
    return this.tokens[this.current];
  }

  private peekNext(): Token {
    return this.tokens[Math.min(this.current + 1, this.tokens.length - 1)];
  }

  private advance(): Token {
    const token = this.tokens[this.current];
    if (token.type !== 'eof') this.current++;
    return token;
  }

  private error(token: Token, message: string): LangError {
    return new LangError('parse', message, token.span);
  }
}
