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
 * or ';', so one cell can report several errors. This file parses statements; expressions are parsed
 * in expression-parser.ts, with the limits on nesting (MAX_NESTING) and on the depth of a statement's
 * tree (MAX_EXPRESSION_DEPTH) that keep the parser, the evaluator and the other tree walkers far from
 * the JavaScript stack limit.
 */
import type { Argument, Parameter, Program, Statement } from './ast';
import { LangError, MAX_REPORTED_ERRORS } from './errors';
import { expressionDepthError, ExpressionParser, STATEMENT_NESTING } from './expression-parser';
import { scan } from './lexer';
import { joinSpans } from './span';
import { describeToken } from './tokens';

export { MAX_EXPRESSION_DEPTH, MAX_NESTING } from './expression-parser';

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

class Parser extends ExpressionParser {
  readonly errors: Array<{ error: LangError; statementStart: number }> = [];

  program(): Program {
    const statements: Statement[] = [];
    this.skipSeparators();
    while (!this.check('eof') && this.errors.length < MAX_REPORTED_ERRORS) {
      const start = this.peek().span.start;
      try {
        const statement = this.statement();
        const tooDeep = expressionDepthError(statement);
        if (tooDeep) throw tooDeep;
        statements.push(statement);
        if (!this.check('eof') && !this.check('newline') && !this.check(';')) {
          const found = this.peek();
          const hint = found.type === '=' ? ' (only a name or a function head such as f(x) can be assigned to)' : '';
          throw this.error(found, `expected a new line or ';' after the statement, found ${describeToken(found)}${hint}`);
        }
      } catch (error) {
        if (!(error instanceof LangError)) throw error;
        this.errors.push({ error, statementStart: start });
        this.nesting = STATEMENT_NESTING;
        while (!this.check('eof') && !this.check('newline') && !this.check(';')) this.advance();
      }
      this.skipSeparators();
    }
    return { statements };
  }

  private skipSeparators(): void {
    while (this.check('newline') || this.check(';')) this.advance();
  }

  /**
   * A statement's span runs from its first token to its last: `g = x -> (x)` ends at the ')', which
   * the body's own span (x) leaves out (hover and signature help show the statement's text).
   */
  private statement(): Statement {
    if (this.check('identifier') && this.peekNext().type === '=') {
      const name = this.advance();
      this.advance(); // '='
      const value = this.expression();
      return { kind: 'assignment', name: name.lexeme, nameSpan: name.span, value, span: joinSpans(name.span, this.previous().span) };
    }
    const first = this.peek();
    const expression = this.expression();
    if (this.check('=')) {
      const equals = this.advance();
      if (expression.kind === 'call' && expression.callee.kind === 'identifier') {
        const params = this.argumentsToParameters(expression.callee.name, expression.args);
        const body = this.expression();
        const callee = expression.callee;
        return { kind: 'definition', name: callee.name, nameSpan: callee.span, params, body, span: joinSpans(callee.span, this.previous().span) };
      }
      throw this.error(equals, "only a name (x = 1) or a function head (f(x) = x^2) can be assigned to; write '==' to compare");
    }
    return { kind: 'expression', expression, span: joinSpans(first.span, this.previous().span) };
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
}
