/**
 * Tokens → syntax tree, by recursive descent. Grammar (lowest precedence first):
 *
 *   program    → separator* (statement (separator+ statement)*)? separator* eof     separator: newline | ';'
 *   statement  → IDENT '=' expr | expr
 *   expr       → additive
 *   additive   → term (('+' | '-') term)*
 *   term       → unary (('*' | '/') unary)*
 *   unary      → ('-' | '+') unary | power
 *   power      → postfix ('^' unary)?              right-associative, binds tighter than unary minus: -2^2 = -4
 *   postfix    → primary ('(' arguments? ')')*
 *   arguments  → argument (',' argument)* ','?       argument: IDENT '=' expr | expr
 *   primary    → NUMBER | STRING | true | false | IDENT | '(' expr ')' | '[' (expr (',' expr)* ','?)? ']'
 */
import type { Argument, BinaryOperator, Expr, Program, Statement } from './ast';
import { LangError } from './errors';
import { tokenize } from './lexer';
import { joinSpans } from './span';
import { describeToken, type Token, type TokenType } from './tokens';

export function parse(source: string): Program {
  return new Parser(tokenize(source)).program();
}

class Parser {
  private current = 0;

  constructor(private readonly tokens: Token[]) {}

  program(): Program {
    const statements: Statement[] = [];
    this.skipSeparators();
    while (!this.check('eof')) {
      statements.push(this.statement());
      if (!this.check('eof') && !this.check('newline') && !this.check(';')) {
        throw this.error(this.peek(), `expected a new line or ';' after the statement, found ${describeToken(this.peek())}`);
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
      throw this.error(this.peek(), 'only a name can be assigned to, as in x = 1');
    }
    return { kind: 'expression', expression, span: expression.span };
  }

  private expression(): Expr {
    return this.additive();
  }

  private additive(): Expr {
    let left = this.term();
    while (this.check('+') || this.check('-')) {
      const op = this.advance();
      const right = this.term();
      left = this.binary(op, left, right);
    }
    return left;
  }

  private term(): Expr {
    let left = this.unary();
    while (this.check('*') || this.check('/')) {
      const op = this.advance();
      const right = this.unary();
      left = this.binary(op, left, right);
    }
    return left;
  }

  private unary(): Expr {
    if (this.check('-') || this.check('+')) {
      const op = this.advance();
      const operand = this.unary();
      return { kind: 'unary', operator: op.type as '-' | '+', operand, operatorSpan: op.span, span: joinSpans(op.span, operand.span) };
    }
    return this.power();
  }

  private power(): Expr {
    const base = this.postfix();
    if (this.check('^')) {
      const op = this.advance();
      const exponent = this.unary();
      return this.binary(op, base, exponent);
    }
    return base;
  }

  private postfix(): Expr {
    let expr = this.primary();
    while (this.check('(')) {
      const open = this.advance();
      const args = this.arguments();
      const close = this.expectClosing(')', open);
      expr = { kind: 'call', callee: expr, args, span: joinSpans(expr.span, close.span) };
    }
    return expr;
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
      if (!this.check(',')) break;
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
        const inner = this.expression();
        this.expectClosing(')', open);
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
        const close = this.expectClosing(']', open);
        return { kind: 'vector', elements, span: joinSpans(open.span, close.span) };
      }
      default:
        throw this.error(token, `expected an expression, found ${describeToken(token)}`);
    }
  }

  private binary(op: Token, left: Expr, right: Expr): Expr {
    return { kind: 'binary', operator: op.type as BinaryOperator, left, right, operatorSpan: op.span, span: joinSpans(left.span, right.span) };
  }

  private expectClosing(type: ')' | ']', open: Token): Token {
    if (this.check(type)) return this.advance();
    const found = this.peek();
    const where = `line ${open.span.line}, column ${open.span.column}`;
    throw this.error(found, `expected '${type}' to close the '${open.lexeme}' at ${where}, found ${describeToken(found)}`);
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
