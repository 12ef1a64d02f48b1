/** Token kinds of the expression language and the token record the lexer produces. */
import type { Span } from './span';

export type TokenType =
  | 'number'
  | 'string'
  | 'identifier'
  | 'true'
  | 'false'
  | '('
  | ')'
  | '['
  | ']'
  | ','
  | ';'
  | ':'
  | '='
  | '+'
  | '-'
  | '*'
  | '/'
  | '^'
  | '=='
  | '!='
  | '<'
  | '<='
  | '>'
  | '>='
  | '->'
  /** `run.loss`: a field of a dataset, network or run (parsed as run["loss"]). */
  | '.'
  | 'newline'
  | 'eof';

export interface Token {
  type: TokenType;
  /** The source text of the token ('' for eof). */
  lexeme: string;
  /** The parsed value of a number or string literal. */
  value?: number | string;
  span: Span;
}

export const KEYWORDS: ReadonlyMap<string, TokenType> = new Map<string, TokenType>([
  ['true', 'true'],
  ['false', 'false'],
]);

/** How a token is named in an error message: "','", "end of input", "name 'foo'". */
export function describeToken(token: Token): string {
  switch (token.type) {
    case 'eof':
      return 'end of input';
    case 'newline':
      return 'end of line';
    case 'number':
      return `number ${token.lexeme}`;
    case 'string':
      return `string ${token.lexeme}`;
    case 'identifier':
      return `name '${token.lexeme}'`;
    default:
      return `'${token.lexeme}'`;
  }
}
