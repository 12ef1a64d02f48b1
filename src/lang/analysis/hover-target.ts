/**
 * What the mouse is on in a line of activation code, read with the language's lexer
 * (source-tokens.ts): a name outside strings and comments, whether it is a keyword argument of a
 * call (`name=` inside `f(...)`), and the arguments written in the call it opens. Pure (no vscode
 * import); the activation hover (extension/language/hover.ts) is its user.
 */
import { callArgumentTexts, enclosingParen, isWordToken, lexSource, nameBefore, type ArgumentText } from './source-tokens';

export interface HoverTarget {
  word: string;
  /** 0-based, end exclusive. */
  start: number;
  end: number;
  /** For `negative_slope` in `leaky_relu(x, negative_slope=0.1)`: "leaky_relu". */
  keywordOf?: string;
}

export function hoverTargetAt(line: string, character: number): HoverTarget | undefined {
  return hoverAt(line, character)?.target;
}

/** The hover target and, when the name is called right there (`gelu(x, approximate="tanh")`), the arguments written. */
export function hoverAt(line: string, character: number): { target: HoverTarget; args: ArgumentText[] | undefined } | undefined {
  const source = lexSource(line);
  const { tokens } = source;
  // The name under the mouse, or the one just before it (the mouse between two characters still counts).
  let i = tokens.findIndex((t) => t.span.start <= character && character < t.span.end);
  if (!isWordToken(tokens[i])) i = tokens.findIndex((t) => isWordToken(t) && t.span.end === character);
  const token = tokens[i];
  if (!isWordToken(token)) return undefined;
  const target: HoverTarget = { word: token.lexeme, start: token.span.start, end: token.span.end };
  if (tokens[i + 1]?.type === '=') {
    const open = enclosingParen(source, i);
    // Only spaces between the callee and its `(` here, as the hover has always read it.
    const callee = open >= 0 ? nameBefore(source, open, / /) : undefined;
    if (callee) target.keywordOf = callee;
  }
  const next = tokens[i + 1];
  const called = next?.type === '(' && /^[ \t]*$/.test(line.slice(token.span.end, next.span.start));
  return { target, args: called ? callArgumentTexts(source, i + 1) : undefined };
}
