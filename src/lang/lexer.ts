/**
 * Source text → tokens (Crafting Interpreters' scanner). Newlines separate statements, except
 * inside brackets, where they are ignored so a long call can span lines. `#` starts a comment.
 */
import { LangError } from './errors';
import type { Span } from './span';
import { KEYWORDS, type Token, type TokenType } from './tokens';

const SINGLE: ReadonlyMap<string, TokenType> = new Map<string, TokenType>(
  (['(', ')', '[', ']', ',', ';', '=', '+', '-', '*', '/', '^'] as const).map((c) => [c, c]),
);

export function tokenize(source: string): Token[] {
  return new Lexer(source).run();
}

class Lexer {
  private pos = 0;
  private line = 1;
  private lineStart = 0;
  private depth = 0;
  private readonly tokens: Token[] = [];

  constructor(private readonly source: string) {}

  run(): Token[] {
    const src = this.source;
    while (this.pos < src.length) {
      const c = src[this.pos];
      if (c === ' ' || c === '\t' || c === '\r') {
        this.pos++;
      } else if (c === '\n') {
        if (this.depth === 0) this.push('newline', this.pos, this.pos + 1);
        this.pos++;
        this.line++;
        this.lineStart = this.pos;
      } else if (c === '#') {
        while (this.pos < src.length && src[this.pos] !== '\n') this.pos++;
      } else if (isDigit(c) || (c === '.' && isDigit(src[this.pos + 1] ?? ''))) {
        this.number();
      } else if (isIdentStart(c)) {
        this.identifier();
      } else if (c === '"' || c === "'") {
        this.string(c);
      } else if (SINGLE.has(c)) {
        if (c === '(' || c === '[') this.depth++;
        if ((c === ')' || c === ']') && this.depth > 0) this.depth--;
        this.push(SINGLE.get(c)!, this.pos, this.pos + 1);
        this.pos++;
      } else {
        const ch = String.fromCodePoint(src.codePointAt(this.pos)!);
        throw new LangError('lex', `unexpected character '${ch}'`, this.span(this.pos, this.pos + ch.length));
      }
    }
    this.push('eof', this.pos, this.pos);
    return this.tokens;
  }

  private number(): void {
    const src = this.source;
    const start = this.pos;
    while (isDigit(src[this.pos] ?? '')) this.pos++;
    if (src[this.pos] === '.' && isDigit(src[this.pos + 1] ?? '')) {
      this.pos++;
      while (isDigit(src[this.pos] ?? '')) this.pos++;
    } else if (src[this.pos] === '.' && !isIdentStart(src[this.pos + 1] ?? '')) {
      this.pos++; // "1." is 1
    }
    if (src[this.pos] === 'e' || src[this.pos] === 'E') {
      let p = this.pos + 1;
      if (src[p] === '+' || src[p] === '-') p++;
      if (!isDigit(src[p] ?? '')) {
        throw new LangError('lex', `malformed number '${src.slice(start, p)}': expected digits after the exponent`, this.span(start, p));
      }
      while (isDigit(src[p] ?? '')) p++;
      this.pos = p;
    }
    if (isIdentStart(src[this.pos] ?? '')) {
      let p = this.pos;
      while (isIdentPart(src[p] ?? '')) p++;
      throw new LangError('lex', `malformed number '${src.slice(start, p)}'`, this.span(start, p));
    }
    const text = src.slice(start, this.pos);
    this.push('number', start, this.pos, Number(text));
  }

  private identifier(): void {
    const start = this.pos;
    while (isIdentPart(this.source[this.pos] ?? '')) this.pos++;
    const text = this.source.slice(start, this.pos);
    this.push(KEYWORDS.get(text) ?? 'identifier', start, this.pos);
  }

  private string(quote: string): void {
    const src = this.source;
    const start = this.pos;
    let value = '';
    let p = this.pos + 1;
    while (p < src.length && src[p] !== quote && src[p] !== '\n') {
      if (src[p] === '\\' && p + 1 < src.length) {
        const e = src[p + 1];
        const escaped = e === 'n' ? '\n' : e === 't' ? '\t' : e === '\\' || e === '"' || e === "'" ? e : undefined;
        if (escaped === undefined) throw new LangError('lex', `unknown escape '\\${e}' in a string`, this.span(p, p + 2));
        value += escaped;
        p += 2;
      } else {
        value += src[p];
        p++;
      }
    }
    if (src[p] !== quote) throw new LangError('lex', 'unterminated string: missing the closing quote', this.span(start, p));
    this.pos = p + 1;
    this.push('string', start, this.pos, value);
  }

  private push(type: TokenType, start: number, end: number, value?: number | string): void {
    this.tokens.push({ type, lexeme: this.source.slice(start, end), value, span: this.span(start, end) });
  }

  /** A span on the current line (tokens never cross a newline). */
  private span(start: number, end: number): Span {
    const column = start - this.lineStart + 1;
    return { start, end, line: this.line, column, endLine: this.line, endColumn: Math.max(column, end - this.lineStart) };
  }
}

function isDigit(c: string): boolean {
  return c >= '0' && c <= '9';
}

function isIdentStart(c: string): boolean {
  return (c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z') || c === '_';
}

function isIdentPart(c: string): boolean {
  return isIdentStart(c) || isDigit(c);
}
