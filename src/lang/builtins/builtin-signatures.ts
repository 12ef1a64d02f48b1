/**
 * Every built-in name of the language that is not an activation, with how it is called: the one
 * place that completion, signature help, hover and error messages read. (Activations describe
 * themselves: src/core/activations, one spec each with params and doc.) The implementations are in
 * math-builtins.ts, sequence-builtins.ts and the display files; builtins.ts binds them to these.
 */
import { MAX_JET_ORDER } from '../../core/autodiff/jet';
import { TRAINING_SIGNATURES } from '../training/training-signatures';

export interface BuiltinParam {
  name: string;
  /** The default as written in the language ("1", "[-4, 4]", "true"); absent for a required parameter. */
  default?: string;
  /** One line: what it is. */
  doc: string;
  /** `f, g, ...`: takes any number of positional arguments (always the first parameter when present). */
  variadic?: boolean;
  /** May only be given by keyword (`range=[0, 1]`). */
  keywordOnly?: boolean;
}

export interface BuiltinSignature {
  name: string;
  params: readonly BuiltinParam[];
  /** One line: what it does. */
  doc: string;
  /** What it gives back, e.g. "number or vector", "chart". */
  returns: string;
  category: 'math' | 'vector' | 'display' | 'calculus' | 'training';
}

export interface ConstantDoc {
  name: string;
  value: number;
  doc: string;
}

export const CONSTANTS: readonly ConstantDoc[] = [
  { name: 'pi', value: Math.PI, doc: 'π = 3.14159…, the ratio of a circle’s circumference to its diameter.' },
  { name: 'e', value: Math.E, doc: 'e = 2.71828…, the base of the natural logarithm.' },
  { name: 'inf', value: Infinity, doc: 'Positive infinity (-inf for negative infinity).' },
  { name: 'nan', value: NaN, doc: 'Not a number: the result of 0/0; every comparison with it is false.' },
];

const X: BuiltinParam = { name: 'x', doc: 'A number or a vector (elementwise).' };
const unary = (name: string, doc: string): BuiltinSignature => ({ name, params: [X], doc, returns: 'number or vector', category: 'math' });
const V: BuiltinParam = { name: 'v', doc: 'A vector (or a number, taken as a vector of one).' };

const DISPLAY_RANGE: BuiltinParam = { name: 'range', default: '[-4, 4]', doc: 'The x interval [a, b] to draw, a < b.', keywordOnly: true };
const FUNCTIONS: BuiltinParam = { name: 'f', doc: 'Functions of one number: activations, f(x) = ... definitions, lambdas.', variadic: true };

export const BUILTIN_SIGNATURES: readonly BuiltinSignature[] = [
  unary('exp', 'e to the power x.'),
  unary('log', 'The natural logarithm (NaN below 0, -inf at 0).'),
  unary('log1p', 'log(1 + x), accurate for x near 0.'),
  unary('expm1', 'exp(x) - 1, accurate for x near 0.'),
  unary('sqrt', 'The square root (NaN below 0).'),
  unary('abs', 'The absolute value |x|.'),
  unary('sign', 'The sign of x: -1, 0 or 1 (NaN for NaN).'),
  unary('sin', 'The sine of x (radians).'),
  unary('cos', 'The cosine of x (radians).'),
  unary('tan', 'The tangent of x (radians).'),
  unary('erf', 'The error function, 2/√π ∫₀ˣ exp(-t²) dt, to full double precision.'),
  unary('erfc', 'The complementary error function 1 - erf(x), accurate in the tails.'),
  unary('floor', 'The largest whole number ≤ x.'),
  unary('ceil', 'The smallest whole number ≥ x.'),
  unary('round', 'x rounded to the nearest whole number (halves away from zero).'),
  {
    name: 'max',
    params: [{ name: 'a', doc: 'A number or a vector.' }, { name: 'b', default: 'none', doc: 'With b: the larger of a and b, elementwise. Without: the largest item of a.' }],
    doc: 'max(v): the largest item; max(a, b): the larger of a and b, elementwise (NaN if either is NaN).',
    returns: 'number or vector',
    category: 'math',
  },
  {
    name: 'min',
    params: [{ name: 'a', doc: 'A number or a vector.' }, { name: 'b', default: 'none', doc: 'With b: the smaller of a and b, elementwise. Without: the smallest item of a.' }],
    doc: 'min(v): the smallest item; min(a, b): the smaller of a and b, elementwise (NaN if either is NaN).',
    returns: 'number or vector',
    category: 'math',
  },
  { name: 'sum', params: [V], doc: 'The sum of the items (0 for an empty vector).', returns: 'number', category: 'vector' },
  { name: 'mean', params: [V], doc: 'The mean of the items (NaN for an empty vector).', returns: 'number', category: 'vector' },
  {
    name: 'std',
    params: [V, { name: 'ddof', default: '0', doc: 'Delta degrees of freedom: 0 for the population standard deviation (NumPy), 1 for the sample one (PyTorch).' }],
    doc: 'The standard deviation of the items: sqrt(sum((v - mean)^2) / (n - ddof)).',
    returns: 'number',
    category: 'vector',
  },
  { name: 'len', params: [V], doc: 'The number of items of a vector (1 for a number).', returns: 'number', category: 'vector' },
  {
    name: 'where',
    params: [
      { name: 'cond', doc: 'A boolean or number (nonzero is true), or a vector of them.' },
      { name: 'a', doc: 'The value where cond is true.' },
      { name: 'b', doc: 'The value where cond is false.' },
    ],
    doc: 'a where cond is true, else b, elementwise. With a single condition only the chosen branch is evaluated, so recursive definitions end.',
    returns: 'number or vector',
    category: 'math',
  },
  {
    name: 'clip',
    params: [X, { name: 'lo', doc: 'The lower bound (number or vector).' }, { name: 'hi', doc: 'The upper bound (number or vector).' }],
    doc: 'x limited to [lo, hi], elementwise: min(max(x, lo), hi).',
    returns: 'number or vector',
    category: 'math',
  },
  {
    name: 'linspace',
    params: [
      { name: 'a', doc: 'The first point.' },
      { name: 'b', doc: 'The last point.' },
      { name: 'n', default: '50', doc: 'How many points (a whole number ≥ 1).' },
    ],
    doc: 'n evenly spaced points from a to b, both included.',
    returns: 'vector',
    category: 'vector',
  },
  {
    name: 'range',
    params: [
      { name: 'a', doc: 'The start (or, alone, the end with start 0).' },
      { name: 'b', default: 'none', doc: 'The end, not included.' },
      { name: 'step', default: '1', doc: 'The step, positive or negative, not 0.' },
    ],
    doc: 'a, a + step, a + 2 step, … up to but not including b, as in Python and numpy.arange: range(3) is [0, 1, 2].',
    returns: 'vector',
    category: 'vector',
  },
  {
    name: 'd',
    params: [
      { name: 'f', doc: 'The function to differentiate: an activation, a user function, a lambda, exp, log, … or another d(g).' },
      { name: 'n', default: '1', doc: `The order: 1 for f′, 2 for f″, … (a whole number from 1 to ${MAX_JET_ORDER}; d(d(f)) is d(f, 2)).` },
    ],
    doc: 'The derivative of f with respect to its first argument, as a function taking the same arguments (keywords too): d(leaky_relu)(-1, negative_slope=0.2) is 0.2. Exact (automatic differentiation, not finite differences); at kinks it follows the activation’s convention (kink=…).',
    returns: 'function',
    category: 'calculus',
  },
  {
    name: 'plot',
    params: [
      FUNCTIONS,
      DISPLAY_RANGE,
      { name: 'derivative', default: 'true', doc: 'true: f and f′; false: f only; "only": f′ only; 2: f, f′ and f″.', keywordOnly: true },
      { name: 'samples', default: '401', doc: 'How many x points to sample (2 to 100,000).', keywordOnly: true },
    ],
    doc: 'A chart of each function and its derivatives.',
    returns: 'chart',
    category: 'display',
  },
  {
    name: 'slider',
    params: [
      { name: 'name', doc: 'The keyword parameter to drag, as a string, e.g. "negative_slope".' },
      { name: 'min', doc: 'The first position.' },
      { name: 'max', doc: 'The last position.' },
      { name: 'step', default: 'none', doc: 'The distance between positions (at most 101); without it, 21 positions.' },
    ],
    doc: 'A parameter to drag in a plot: plot(leaky_relu, slider("negative_slope", 0, 0.5)) draws the curves and derivatives at every position.',
    returns: 'slider',
    category: 'display',
  },
  {
    name: 'table',
    params: [
      FUNCTIONS,
      { name: 'at', default: '[-2, -1, 0, 1, 2]', doc: 'The x values of the rows.', keywordOnly: true },
      { name: 'derivative', default: 'true', doc: 'true: a column for each f′ too; false: values only; 2: f″ too.', keywordOnly: true },
    ],
    doc: 'A table of the values (and derivatives) of each function at the given points.',
    returns: 'table',
    category: 'display',
  },
  {
    name: 'compare',
    params: [FUNCTIONS, DISPLAY_RANGE],
    doc: 'The functions overlaid on one chart, and a table of their properties: range, monotonic, value and slope at 0, share of zero outputs and output mean and std for N(0, 1) inputs.',
    returns: 'chart and table',
    category: 'display',
  },
  {
    name: 'describe',
    params: [{ name: 'f', doc: 'An activation, a user function or a lambda.' }, DISPLAY_RANGE],
    doc: 'What a function is: for an activation its formula, derivative, parameters, properties and origin; for a user function its definition and properties; with its chart.',
    returns: 'description and chart',
    category: 'display',
  },
  ...TRAINING_SIGNATURES,
];

const BY_NAME: ReadonlyMap<string, BuiltinSignature> = new Map(BUILTIN_SIGNATURES.map((s) => [s.name, s]));

export function getBuiltinSignature(name: string): BuiltinSignature | undefined {
  return BY_NAME.get(name);
}

/** "clip(x, lo, hi)", "plot(f, ..., range=[-4, 4], derivative=true, samples=401)". */
export function signatureText(sig: BuiltinSignature): string {
  const parts = sig.params.map((p) => (p.variadic ? `${p.name}, ...` : p.default !== undefined ? `${p.name}=${p.default}` : p.name));
  return `${sig.name}(${parts.join(', ')})`;
}
