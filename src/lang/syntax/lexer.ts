/**
 * Source text → tokens (Crafting Interpreters' scanner). Newlines separate statements, except
 * inside brackets, where they are ignored so a long call can span lines. `#` starts a comment.
 *
 * `scan` never throws: it reports every bad character, number or string it meets and goes on after
 * it, so the parser can report several problems of a cell at once (the first MAX_REPORTED_ERRORS).
 * `tokenize` throws the first. A line ends at "\r\n", "\n" or a lone "\r", as in the editor.
 * The editor features read code through `scan` too (lang/analysis/source-tokens.ts), comments included.
 */
import { LangError, MAX_REPORTED_ERRORS } from './errors';
import type { Span } from './span';
import { KEYWORDS, type Token, type TokenType } from './tokens';

const SINGLE: ReadonlyMap<string, TokenType> = new Map<string, TokenType>(
  (['(', ')', '[', ']', ',', ';', ':', '=', '+', '-', '*', '/', '^', '<', '>', '.'] as const).map((c) => [c, c]),
);
const DOUBLE: ReadonlyMap<string, TokenType> = new Map<string, TokenType>(
  (['==', '!=', '<=', '>=', '->'] as const).map((c) => [c, c]),
);

/** Characters people type from other languages, with what to write instead. */
const FOREIGN_HINTS: ReadonlyMap<string, string> = new Map([
  ['**', "'**' is not an operator here; write powers with '^', as in x^2"],
  ['&&', "'&&' is not an operator here; multiply conditions, as in (x > 0) * (x < 1), or use where(cond, a, b)"],
  ['||', "'||' is not an operator here; use max(a, b) of conditions or where(cond, a, b)"],
]);

export interface ScanResult {
  tokens: Token[];
  errors: LangError[];
  /** Where the comments are: from the `#` to the end of its line (the newline excluded). */
  comments: Span[];
}

export function scan(source: string): ScanResult {
  return new Lexer(source).run();
}

/** The tokens of a source, or the first lexical error thrown. */
export function tokenize(source: string): Token[] {
  const { tokens, errors } = scan(source);
  if (errors.length > 0) throw errors[0];
  return tokens;
}

class Lexer {
  private pos = 0;
  private line = 1;
  private lineStart = 0;
  private depth = 0;
  private readonly tokens: Token[] = [];
  private readonly errors: LangError[] = [];
  private readonly comments: Span[] = [];

  constructor(private readonly source: string) {}

  run(): ScanResult {
    const src = this.source;
    while (this.pos < src.length) {
      const c = src[this.pos];
      if (c === ' ' || c === '\t' || (c === '\r' && src[this.pos + 1] === '\n')) {
        this.pos++;
      } else if (c === '\n' || c === '\r') {
        if (this.depth === 0) this.push('newline', this.pos, this.pos + 1);
        this.pos++;
        this.line++;
        this.lineStart = this.pos;
      } else if (c === '#') {
        const start = this.pos;
        while (this.pos < src.length && !isLineBreak(src[this.pos])) this.pos++;
        this.comments.push(this.span(start, this.pos));
      } else if (isDigit(c) || (c === '.' && isDigit(src[this.pos + 1] ?? ''))) {
        this.number();
      } else if (isIdentStart(c)) {
        this.identifier();
      } else if (c === '"' || c === "'") {
        this.string(c);
      } else if (FOREIGN_HINTS.has(this.two())) {
        this.error(FOREIGN_HINTS.get(this.two())!, this.pos, this.pos + 2);
        this.pos += 2;
      } else if (DOUBLE.has(this.two())) {
        this.push(DOUBLE.get(this.two())!, this.pos, this.pos + 2);
        this.pos += 2;
      } else if (SINGLE.has(c)) {
        if (c === '(' || c === '[') this.depth++;
        if ((c === ')' || c === ']') && this.depth > 0) this.depth--;
        this.push(SINGLE.get(c)!, this.pos, this.pos + 1);
        this.pos++;
      } else {
        const ch = String.fromCodePoint(src.codePointAt(this.pos)!);
        const hint = c === '!' ? "; write '!=' for 'not equal'" : '';
        this.error(`unexpected character '${ch}'${hint}`, this.pos, this.pos + ch.length);
        this.pos += ch.length;
      }
    }
    this.pushEnd();
    return { tokens: this.tokens, errors: this.errors, comments: this.comments };
  }

  /** The two characters at pos (built only for operators: most characters never need them). */
  private two(): string {
    return this.source.slice(this.pos, this.pos + 2);
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
        if (p > this.pos + 1 || !isIdentPart(src[p] ?? '')) {
          this.error(`malformed number '${src.slice(start, p)}': expected digits after the exponent`, start, p);
          this.pos = p;
          this.push('number', start, p, 0);
          return;
        }
      } else {
        while (isDigit(src[p] ?? '')) p++;
        this.pos = p;
      }
    }
    if (isIdentStart(src[this.pos] ?? '')) {
      let p = this.pos;
      while (isIdentPart(src[p] ?? '')) p++;
      const digits = src.slice(start, this.pos);
      const name = src.slice(this.pos, p);
      if (name.startsWith('_')) {
        // 1_000 or 1_000.5: a digit separator, as in Python.
        while (src[p] === '.' && isDigit(src[p + 1] ?? '')) for (p++; isIdentPart(src[p] ?? ''); ) p++;
      }
      this.error(numberSuffixMessage(src.slice(start, p), digits, name), start, p);
      this.pos = p;
      this.push('number', start, p, 0);
      return;
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
    // Runs between escapes are sliced, and the pieces joined once: a flat string, built in linear
    // time (adding a character at a time made a rope that every comparison had to flatten again).
    const pieces: string[] = [];
    let runStart = this.pos + 1;
    let p = this.pos + 1;
    while (p < src.length && src[p] !== quote && !isLineBreak(src[p])) {
      if (src[p] === '\\' && p + 1 < src.length && !isLineBreak(src[p + 1])) {
        const e = src[p + 1];
        const escaped = e === 'n' ? '\n' : e === 't' ? '\t' : e === '\\' || e === '"' || e === "'" ? e : undefined;
        if (escaped === undefined) this.error(`unknown escape '\\${e}' in a string`, p, p + 2);
        pieces.push(src.slice(runStart, p), escaped ?? e);
        p += 2;
        runStart = p;
      } else {
        p++;
      }
    }
    pieces.push(src.slice(runStart, p));
    const value = pieces.length === 1 ? pieces[0] : pieces.join('');
    if (src[p] !== quote) {
      this.error('unterminated string: missing the closing quote', start, p);
      this.pos = p;
      this.push('string', start, p, value);
      return;
    }
    this.pos = p + 1;
    this.push('string', start, this.pos, value);
  }

  private push(type: TokenType, start: number, end: number, value?: number | string): void {
    this.tokens.push({ type, lexeme: this.source.slice(start, end), value, span: this.span(start, end) });
  }

  /**
   * The eof token sits just after the last token (not after trailing blank lines and comments), so
   * "found end of input" points where the code stops.
   */
  private pushEnd(): void {
    const last = [...this.tokens].reverse().find((t) => t.type !== 'newline');
    if (!last) {
      this.push('eof', this.pos, this.pos);
      return;
    }
    const at = last.span.end;
    const column = last.span.endColumn + 1;
    this.tokens.push({ type: 'eof', lexeme: '', span: { start: at, end: at, line: last.span.endLine, column, endLine: last.span.endLine, endColumn: column } });
  }

  private error(message: string, start: number, end: number): void {
    if (this.errors.length < MAX_REPORTED_ERRORS) this.errors.push(new LangError('lex', message, this.span(start, end)));
  }

  /** A span on the current line (tokens never cross a newline). */
  private span(start: number, end: number): Span {
    const column = start - this.lineStart + 1;
    return { start, end, line: this.line, column, endLine: this.line, endColumn: Math.max(column, end - this.lineStart) };
  }
}

/** "\n" or "\r" (a "\r\n" pair is one break: its "\r" is skipped as space). */
function isLineBreak(c: string): boolean {
  return c === '\n' || c === '\r';
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

/** Why digits followed by letters are not a number: a hex/octal/binary prefix, a `_` separator, or a missing `*`. */
function numberSuffixMessage(text: string, digits: string, name: string): string {
  const prefixed = /^0([xob])/i.exec(text);
  if (prefixed && digits === '0') {
    const kind = { x: 'hexadecimal', o: 'octal', b: 'binary' }[prefixed[1].toLowerCase() as 'x' | 'o' | 'b'];
    const value = Number(text.toLowerCase());
    const hint = Number.isFinite(value) ? `; write ${value}` : '';
    return `malformed number '${text}': ${kind} numbers are not supported, only decimal ones${hint}`;
  }
  if (name.startsWith('_')) {
    const plain = text.replace(/_/g, '');
    const hint = /^[0-9]+(\.[0-9]+)?([eE][+-]?[0-9]+)?$/.test(plain) ? `; write ${plain}` : '';
    return `malformed number '${text}': '_' separators in numbers are not supported${hint}`;
  }
  return `malformed number '${text}'; write ${digits} * ${name} for a product`;
}
