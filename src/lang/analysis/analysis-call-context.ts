/**
 * Where the cursor is relative to the calls around it, read from the text before the cursor only
 * (which is usually incomplete code that does not parse): the innermost unclosed `name(`, which
 * argument the cursor is in, whether that argument is `keyword=...`, and the keywords given before.
 * Read with the language's lexer (source-tokens.ts), so strings and comments are what the evaluator sees.
 */
import { insideStringOrComment, isWordToken, lexSource, nameBefore } from './source-tokens';

/** The call around the cursor (not to be confused with the evaluator's CallContext in runtime/values.ts). */
export interface CallAtCursor {
  /** The called name, e.g. "leaky_relu"; undefined for a call of an expression, as in d(f)(|. */
  callee: string | undefined;
  /** Offset of the `(`. */
  openOffset: number;
  /** 0-based index of the argument the cursor is in. */
  argumentIndex: number;
  /** How many positional arguments come before the current one. */
  positionalIndex: number;
  /** The keyword of the current argument, when it is `name=...` and the cursor is after the `=`. */
  keyword?: string;
  /** Keywords of the earlier arguments. */
  keywordsGiven: string[];
  /** True when only (part of) a name has been typed in the current argument, so a keyword could go here. */
  atArgumentStart: boolean;
}

interface OpenBracket {
  char: '(' | '[';
  offset: number;
  callee: string | undefined;
  argumentIndex: number;
  positionalIndex: number;
  argumentStart: number;
  keyword?: string;
  keywordsGiven: string[];
}

export function callContextAt(text: string, offset: number): CallAtCursor | undefined {
  // The whole text is lexed, so a token is what it is in the code ("==" stays one), and only those before the cursor count.
  const source = lexSource(text);
  const stack: OpenBracket[] = [];
  const finishArgument = (top: OpenBracket): void => {
    if (top.keyword !== undefined) top.keywordsGiven.push(top.keyword);
    else top.positionalIndex++;
    top.keyword = undefined;
  };
  source.tokens.forEach((token, i) => {
    if (token.span.start >= offset) return;
    const top = stack[stack.length - 1];
    const at = token.span.start;
    if (token.type === '(' || token.type === '[') {
      const callee = token.type === '(' ? nameBefore(source, i) : undefined;
      stack.push({ char: token.type, offset: at, callee, argumentIndex: 0, positionalIndex: 0, argumentStart: at + 1, keywordsGiven: [] });
    } else if (token.type === ')' || token.type === ']') {
      stack.pop();
    } else if (token.type === ',' && top) {
      if (top.char === '(') finishArgument(top);
      top.argumentIndex++;
      top.argumentStart = at + 1;
    } else if (token.type === '=' && top?.char === '(' && top.keyword === undefined) {
      const name = text.slice(top.argumentStart, at).trim();
      if (/^[A-Za-z_][A-Za-z0-9_]*$/.test(name)) top.keyword = name;
    }
  });
  for (let k = stack.length - 1; k >= 0; k--) {
    const open = stack[k];
    if (open.char !== '(') continue;
    const current = text.slice(open.argumentStart, offset);
    return {
      callee: open.callee,
      openOffset: open.offset,
      argumentIndex: open.argumentIndex,
      positionalIndex: open.positionalIndex,
      keyword: open.keyword,
      keywordsGiven: open.keywordsGiven,
      atArgumentStart: k === stack.length - 1 && /^\s*[A-Za-z_]?[A-Za-z0-9_]*$/.test(current),
    };
  }
  return undefined;
}

/** The name (or the start of one) that ends at `offset`: what completion replaces. */
export function wordBefore(text: string, offset: number): { start: number; word: string } {
  const { tokens } = lexSource(text.slice(0, offset));
  const last = tokens[tokens.length - 1];
  if (isWordToken(last) && last.span.end === offset) return { start: last.span.start, word: last.lexeme };
  return { start: offset, word: '' };
}

/** Whether `offset` is inside a string or a comment (where names are not code). */
export function inStringOrComment(text: string, offset: number): boolean {
  return insideStringOrComment(lexSource(text), offset);
}
