/**
 * Finds what the mouse is on in a line of activation code: an identifier outside strings and
 * comments, and whether it is a keyword argument of a call (`name=` inside `f(...)`). Pure (no vscode
 * import); the lexical rules are the language's: `#` starts a comment, strings use " or '.
 */
export interface HoverTarget {
  word: string;
  /** 0-based, end exclusive. */
  start: number;
  end: number;
  /** For `negative_slope` in `leaky_relu(x, negative_slope=0.1)`: "leaky_relu". */
  keywordOf?: string;
}

const IDENT_START = /[A-Za-z_]/;
const IDENT_PART = /[A-Za-z0-9_]/;

/** Where strings and the comment are in a line: a mask, true for characters inside them. */
function literalMask(line: string): boolean[] {
  const mask: boolean[] = new Array(line.length).fill(false);
  let quote: string | undefined;
  for (let i = 0; i < line.length; i++) {
    const c = line[i];
    if (quote) {
      mask[i] = true;
      if (c === '\\') {
        if (i + 1 < line.length) mask[++i] = true;
      } else if (c === quote) {
        quote = undefined;
      }
    } else if (c === '"' || c === "'") {
      quote = c;
      mask[i] = true;
    } else if (c === '#') {
      for (let j = i; j < line.length; j++) mask[j] = true;
      break;
    }
  }
  return mask;
}

export function hoverTargetAt(line: string, character: number): HoverTarget | undefined {
  const mask = literalMask(line);
  const isIdent = (i: number): boolean => i >= 0 && i < line.length && !mask[i] && IDENT_PART.test(line[i]);
  // Hovering just after a word (the mouse between two characters) still counts.
  let at = character;
  if (!isIdent(at) && isIdent(at - 1)) at -= 1;
  if (!isIdent(at)) return undefined;
  let start = at;
  while (isIdent(start - 1)) start--;
  let end = at + 1;
  while (isIdent(end)) end++;
  if (!IDENT_START.test(line[start])) return undefined; // a number such as 1e5
  const word = line.slice(start, end);
  const target: HoverTarget = { word, start, end };
  const after = line.slice(end);
  if (/^\s*=(?!=)/.test(after)) {
    const callee = enclosingCall(line, start, mask);
    if (callee) target.keywordOf = callee;
  }
  return target;
}

/** The name called by the innermost unclosed `(` before `index`, if any. */
function enclosingCall(line: string, index: number, mask: boolean[]): string | undefined {
  let depth = 0;
  for (let i = index - 1; i >= 0; i--) {
    if (mask[i]) continue;
    const c = line[i];
    if (c === ')' || c === ']') depth++;
    else if (c === '[' && depth > 0) depth--;
    else if (c === '(') {
      if (depth > 0) {
        depth--;
        continue;
      }
      let j = i - 1;
      while (j >= 0 && line[j] === ' ') j--;
      let k = j;
      while (k >= 0 && IDENT_PART.test(line[k])) k--;
      const name = line.slice(k + 1, j + 1);
      return name && IDENT_START.test(name[0]) ? name : undefined;
    }
  }
  return undefined;
}
