/**
 * The arguments written in a call on one line of source, as the hovers show them:
 * `leaky_relu(x, negative_slope=0.2)`, `nn.LeakyReLU(0.2)`, `jax.nn.gelu(x, approximate=False)`.
 * Pure (no vscode import). Only what is visible on the line is read; a literal value (number,
 * string, boolean) is decoded, anything else is kept as text. The scanner here is for Python and
 * JavaScript/TypeScript lines (the framework hovers); activation code is read with the language's
 * lexer (lang/analysis/hover-target.ts), and its arguments decoded with `withValue`.
 */
import type { ParamValue } from '../../core/activations/params';

export interface WrittenArgument {
  /** `negative_slope` in `negative_slope=0.2` (Python) ; undefined for a positional argument. */
  keyword?: string;
  /** The argument's value as written, trimmed: "0.2", "x", "'tanh'". */
  text: string;
  /** The decoded literal, when `text` is one. */
  value?: ParamValue;
}

const NUMBER = /^[+-]?(?:\d+\.?\d*|\.\d+)(?:[eE][+-]?\d+)?$/;
const KEYWORD = /^([A-Za-z_][A-Za-z0-9_]*)\s*=(?!=)\s*([\s\S]*)$/;

/** A number, a quoted string, or a boolean (Python's True/False, JavaScript's true/false). */
export function literalValue(text: string): ParamValue | undefined {
  const t = text.trim();
  if (NUMBER.test(t)) return Number(t);
  if (t === 'True' || t === 'true') return true;
  if (t === 'False' || t === 'false') return false;
  const quoted = /^(['"])((?:\\.|(?!\1).)*)\1$/.exec(t);
  if (quoted) return quoted[2].replace(/\\(.)/g, '$1');
  return undefined;
}

/**
 * The arguments of the call whose `(` is at `open` in `line` (the index of the parenthesis), split
 * at top-level commas; strings, brackets and braces nest. Returns undefined when `line[open]` is
 * not `(`. A call not closed on this line yields the arguments written so far.
 */
export function callArgumentsAt(line: string, open: number): WrittenArgument[] | undefined {
  if (line[open] !== '(') return undefined;
  const pieces: string[] = [];
  let depth = 0;
  let quote: string | undefined;
  let start = open + 1;
  let closed = false;
  for (let i = open + 1; i < line.length && !closed; i++) {
    const c = line[i];
    if (quote) {
      if (c === '\\') i++;
      else if (c === quote) quote = undefined;
      continue;
    }
    if (c === '"' || c === "'" || c === '`') quote = c;
    else if (c === '(' || c === '[' || c === '{') depth++;
    else if (c === ')' || c === ']' || c === '}') {
      if (depth === 0) {
        pieces.push(line.slice(start, i));
        closed = true;
      } else depth--;
    } else if (c === ',' && depth === 0) {
      pieces.push(line.slice(start, i));
      start = i + 1;
    } else if (c === '#') {
      // A Python comment ends what is written on this line.
      pieces.push(line.slice(start, i));
      closed = true;
    }
  }
  if (!closed && !quote) pieces.push(line.slice(start));
  const args: WrittenArgument[] = [];
  for (const piece of pieces) {
    const text = piece.trim();
    if (!text) continue;
    const kw = KEYWORD.exec(text);
    if (kw) {
      const valueText = kw[2].trim();
      args.push(withValue({ keyword: kw[1], text: valueText }));
    } else {
      args.push(withValue({ text }));
    }
  }
  return args;
}

/** An argument as written, with its literal decoded when it is one. */
export function withValue(arg: WrittenArgument): WrittenArgument {
  const value = literalValue(arg.text);
  return value === undefined ? arg : { ...arg, value };
}

/** The index of the `(` that opens a call right after `end` (spaces allowed), or -1. */
export function openParenAfter(line: string, end: number): number {
  let i = end;
  while (i < line.length && (line[i] === ' ' || line[i] === '\t')) i++;
  return line[i] === '(' ? i : -1;
}
