/**
 * Code as the editor features read it: through the language's own lexer (syntax/lexer.ts), never a
 * scanner of their own, so a hover, a completion or signature help sees strings, comments, numbers
 * and names exactly as the evaluator does. Works on any text, also code that does not parse (a
 * line being typed, the text before the cursor): `scan` never throws.
 */
import { scan } from '../syntax/lexer';
import type { Span } from '../syntax/span';
import type { Token } from '../syntax/tokens';

export interface LexedSource {
  readonly text: string;
  /** The tokens, without newlines and the end-of-input token. */
  readonly tokens: readonly Token[];
  readonly comments: readonly Span[];
  /** Start offsets of the strings that are not closed on their line. */
  readonly unterminated: ReadonlySet<number>;
}

export function lexSource(text: string): LexedSource {
  const { tokens, errors, comments } = scan(text);
  const unterminated = new Set(errors.filter((e) => e.message.startsWith('unterminated string')).map((e) => e.span.start));
  return { text, tokens: tokens.filter((t) => t.type !== 'newline' && t.type !== 'eof'), comments, unterminated };
}

/** A token that is a name: an identifier, or the keyword `true` / `false`. */
export function isWordToken(token: Token | undefined): token is Token {
  return token !== undefined && (token.type === 'identifier' || token.type === 'true' || token.type === 'false');
}

/** The name written right before the token at index i (`blank`s allowed between: spaces and tabs by default), if any. */
export function nameBefore(source: LexedSource, i: number, blank = /[ \t]/): string | undefined {
  const before = source.tokens[i - 1];
  if (!isWordToken(before)) return undefined;
  const between = source.text.slice(before.span.end, source.tokens[i].span.start);
  return [...between].every((c) => blank.test(c)) ? before.lexeme : undefined;
}

/**
 * The index of the `(` of the innermost call left open before token index `i`, or -1: brackets
 * closed in between are skipped, an open `[` is looked through (a vector inside the call).
 */
export function enclosingParen(source: LexedSource, i: number): number {
  let depth = 0;
  for (let k = i - 1; k >= 0; k--) {
    const type = source.tokens[k].type;
    if (type === ')' || type === ']') depth++;
    else if (type === '[' && depth > 0) depth--;
    else if (type === '(') {
      if (depth === 0) return k;
      depth--;
    }
  }
  return -1;
}

/** Whether `offset` is inside a string (after its opening quote) or a comment (after its `#`). */
export function insideStringOrComment(source: LexedSource, offset: number): boolean {
  for (const t of source.tokens) {
    if (t.type !== 'string' || t.span.start >= offset) continue;
    // A closed string covers up to its closing quote; an unclosed one up to the end of its line.
    const last = source.unterminated.has(t.span.start) ? t.span.end : t.span.end - 1;
    if (offset <= last) return true;
  }
  return source.comments.some((c) => c.start < offset && offset <= c.end);
}

/** The argument texts of the call whose `(` is token index `open`: split at top-level commas, trimmed of blanks and comments. */
export interface ArgumentText {
  keyword?: string;
  text: string;
}

/**
 * The arguments written in the call whose `(` is the token at index `open`, up to its `)` or, for a
 * call not closed, the arguments written so far (a string left open at the end is not one yet).
 */
export function callArgumentTexts(source: LexedSource, open: number): ArgumentText[] {
  const pieces: Array<{ first: number; last: number }> = [];
  let depth = 0;
  let first = open + 1;
  let closed = false;
  let k = open + 1;
  for (; k < source.tokens.length && !closed; k++) {
    const type = source.tokens[k].type;
    if (type === '(' || type === '[') depth++;
    else if (type === ')' || type === ']') {
      if (depth === 0) {
        pieces.push({ first, last: k - 1 });
        closed = true;
      } else depth--;
    } else if (type === ',' && depth === 0) {
      pieces.push({ first, last: k - 1 });
      first = k + 1;
    }
  }
  if (!closed) {
    const lastToken = source.tokens[source.tokens.length - 1];
    const openString = lastToken?.type === 'string' && source.unterminated.has(lastToken.span.start);
    if (!openString) pieces.push({ first, last: source.tokens.length - 1 });
  }
  const args: ArgumentText[] = [];
  for (const { first: a, last: b } of pieces) {
    if (b < a) continue;
    const tokens = source.tokens;
    const text = (from: number) => source.text.slice(tokens[from].span.start, tokens[b].span.end);
    if (b > a && tokens[a].type === 'identifier' && tokens[a + 1].type === '=') {
      args.push(a + 1 < b ? { keyword: tokens[a].lexeme, text: text(a + 2) } : { keyword: tokens[a].lexeme, text: '' });
    } else {
      args.push({ text: text(a) });
    }
  }
  return args;
}
