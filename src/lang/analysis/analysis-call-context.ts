/**
 * Where the cursor is relative to the calls around it, read from the text before the cursor only
 * (which is usually incomplete code that does not parse): the innermost unclosed `name(`, which
 * argument the cursor is in, whether that argument is `keyword=...`, and the keywords given before.
 * The lexical rules are the language's: `#` starts a comment, strings use " or ' with backslash escapes.
 */

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

const IDENT_PART = /[A-Za-z0-9_]/;
const IDENT_START = /[A-Za-z_]/;

export function callContextAt(text: string, offset: number): CallAtCursor | undefined {
  const stack: OpenBracket[] = [];
  const finishArgument = (top: OpenBracket): void => {
    if (top.keyword !== undefined) top.keywordsGiven.push(top.keyword);
    else top.positionalIndex++;
    top.keyword = undefined;
  };
  let i = 0;
  while (i < offset) {
    const c = text[i];
    if (c === '#') {
      while (i < offset && text[i] !== '\n') i++;
      continue;
    }
    if (c === '"' || c === "'") {
      i++;
      while (i < offset && text[i] !== c && text[i] !== '\n') i += text[i] === '\\' ? 2 : 1;
      i++;
      continue;
    }
    const top = stack[stack.length - 1];
    if (c === '(' || c === '[') {
      stack.push({ char: c, offset: i, callee: c === '(' ? nameBefore(text, i) : undefined, argumentIndex: 0, positionalIndex: 0, argumentStart: i + 1, keywordsGiven: [] });
    } else if (c === ')' || c === ']') {
      stack.pop();
    } else if (c === ',' && top) {
      if (top.char === '(') finishArgument(top);
      top.argumentIndex++;
      top.argumentStart = i + 1;
    } else if (c === '=' && top?.char === '(' && top.keyword === undefined && isAssignmentEquals(text, i)) {
      const name = text.slice(top.argumentStart, i).trim();
      if (/^[A-Za-z_][A-Za-z0-9_]*$/.test(name)) top.keyword = name;
    }
    i++;
  }
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

/** The identifier (or the start of one) that ends at `offset`: what completion replaces. */
export function wordBefore(text: string, offset: number): { start: number; word: string } {
  let start = offset;
  while (start > 0 && IDENT_PART.test(text[start - 1])) start--;
  const word = text.slice(start, offset);
  if (word && !IDENT_START.test(word[0])) return { start: offset, word: '' };
  return { start, word };
}

/** The name right before an opening bracket at `open` (spaces allowed between), if any. */
function nameBefore(text: string, open: number): string | undefined {
  let j = open;
  while (j > 0 && (text[j - 1] === ' ' || text[j - 1] === '\t')) j--;
  const { word } = wordBefore(text, j);
  return word || undefined;
}

/** `=` alone, not part of `==`, `<=`, `>=`, `!=`. */
function isAssignmentEquals(text: string, i: number): boolean {
  const before = text[i - 1] ?? '';
  const after = text[i + 1] ?? '';
  return after !== '=' && !'=<>!'.includes(before === '' ? ' ' : before);
}

/** Whether `offset` is inside a string or a comment (where names are not code). */
export function inStringOrComment(text: string, offset: number): boolean {
  let i = 0;
  while (i < offset) {
    const c = text[i];
    if (c === '#') {
      while (i < text.length && text[i] !== '\n') {
        if (i >= offset) return true;
        i++;
      }
      if (i >= offset) return true;
      continue;
    }
    if (c === '"' || c === "'") {
      i++;
      while (i < text.length && text[i] !== c && text[i] !== '\n') {
        if (i >= offset) return true;
        i += text[i] === '\\' ? 2 : 1;
      }
      if (i >= offset) return true; // right before the closing quote, or an unterminated string
      i++;
      continue;
    }
    i++;
  }
  return false;
}
