/**
 * Finds the activation a Python, JavaScript or TypeScript line names at a position: a framework
 * identifier (`torch.nn.GELU`, `F.silu`, `tf.nn.relu`, `jax.nn.gelu`, TensorFlow.js `tf.leakyRelu`)
 * or a string that names an activation where an activation is expected (`activation="relu"`,
 * `activation: 'relu'`, `Activation("gelu")`, `activations.get("tanh")`). A string elsewhere
 * (`print("relu")`, `name="relu"`) and an identifier that merely contains a name (`relu_count`) are
 * not activations. Pure (no vscode import).
 */
import { callArgumentsAt, openParenAfter, type WrittenArgument } from '../docs/call-arguments';
import { chooseByKeywords, type FrameworkName, type FrameworkNameTable } from './framework-names';

export interface FrameworkHoverTarget {
  name: FrameworkName;
  /** 0-based, end exclusive: the identifier, or the string literal with its quotes. */
  start: number;
  end: number;
  /** The arguments written in the call right after the name, when there is one on this line. */
  args?: WrittenArgument[];
}

interface Literal {
  start: number;
  /** Exclusive, after the closing quote (or the line's end when unclosed). */
  end: number;
  quote: string;
}

interface LineLexis {
  /** True for characters in a string or a comment. */
  mask: boolean[];
  strings: Literal[];
}

/** Strings and comments of one line: Python `#`, JavaScript `//` and one-line `/* ... *\/`. */
function lexLine(line: string, family: FrameworkNameTable['family']): LineLexis {
  const mask: boolean[] = new Array(line.length).fill(false);
  const strings: Literal[] = [];
  let i = 0;
  while (i < line.length) {
    const c = line[i];
    if (c === '"' || c === "'" || (c === '`' && family === 'js')) {
      const start = i;
      const triple = family === 'python' && line.startsWith(c.repeat(3), i);
      const close = triple ? c.repeat(3) : c;
      i += close.length;
      while (i < line.length && !line.startsWith(close, i)) i += line[i] === '\\' ? 2 : 1;
      const end = Math.min(line.length, i + close.length);
      for (let j = start; j < end; j++) mask[j] = true;
      strings.push({ start, end, quote: close });
      i = end;
    } else if ((family === 'python' && c === '#') || (family === 'js' && line.startsWith('//', i))) {
      for (let j = i; j < line.length; j++) mask[j] = true;
      break;
    } else if (family === 'js' && line.startsWith('/*', i)) {
      const close = line.indexOf('*/', i + 2);
      const end = close < 0 ? line.length : close + 2;
      for (let j = i; j < end; j++) mask[j] = true;
      i = end;
    } else {
      i++;
    }
  }
  return { mask, strings };
}

/** What may stand right before a string that names an activation. */
const STRING_CONTEXTS: readonly RegExp[] = [
  /\b[A-Za-z_]*activation["']?\s*[=:]\s*$/i, // activation="relu", recurrent_activation='sigmoid', activation: 'relu', {"activation": "relu"}
  /\bActivation\(\s*$/, // tf.keras.layers.Activation("gelu")
  /\bactivations\.(?:get|deserialize)\(\s*$/, // tf.keras.activations.get("relu")
];

function stringTarget(line: string, lexis: LineLexis, character: number, table: FrameworkNameTable): FrameworkHoverTarget | undefined {
  const literal = lexis.strings.find((s) => character >= s.start && character < s.end);
  if (!literal) return undefined;
  if (literal.quote.length !== 1) return undefined; // a Python triple-quoted string is prose
  if (literal.end - literal.start < 2 || line[literal.end - 1] !== literal.quote) return undefined; // unclosed
  const content = line.slice(literal.start + 1, literal.end - 1);
  const name = table.strings.get(content);
  if (!name) return undefined;
  const before = line.slice(0, literal.start);
  if (!STRING_CONTEXTS.some((re) => re.test(before))) return undefined;
  return { name, start: literal.start, end: literal.end };
}

const IDENT_PART = /[A-Za-z0-9_$]/;

function identifierTarget(line: string, lexis: LineLexis, character: number, table: FrameworkNameTable): FrameworkHoverTarget | undefined {
  const { mask } = lexis;
  const isPart = (i: number): boolean => i >= 0 && i < line.length && !mask[i] && (IDENT_PART.test(line[i]) || line[i] === '.');
  let at = character;
  if (!isPart(at) || line[at] === '.') {
    if (isPart(at - 1) && line[at - 1] !== '.') at -= 1;
    else return undefined;
  }
  let start = at;
  while (isPart(start - 1)) start--;
  let end = at + 1;
  while (isPart(end)) end++;
  // No leading or trailing dots (`x = .5`, `nn.`), no digit start.
  while (start < end && line[start] === '.') start++;
  while (end > start && line[end - 1] === '.') end--;
  if (start >= end || /[0-9]/.test(line[start])) return undefined;
  const written = line.slice(start, end);
  const name = table.identifiers.get(written);
  if (!name) return undefined;
  const target: FrameworkHoverTarget = { name, start, end };
  const open = openParenAfter(line, end);
  if (open >= 0) {
    const args = callArgumentsAt(line, open);
    if (args) {
      target.args = args;
      // A name two records share: the call's keywords say which (tf.nn.silu(x, beta=2) is swish).
      target.name = chooseByKeywords(table, name, args.flatMap((a) => (a.keyword === undefined ? [] : [a.keyword])));
    }
  }
  return target;
}

/** The activation named at `character` (0-based) of `line`, or undefined. */
export function frameworkHoverTargetAt(line: string, character: number, table: FrameworkNameTable): FrameworkHoverTarget | undefined {
  const lexis = lexLine(line, table.family);
  const inLiteral = lexis.strings.some((s) => character >= s.start && character < s.end);
  return inLiteral ? stringTarget(line, lexis, character, table) : identifierTarget(line, lexis, character, table);
}
