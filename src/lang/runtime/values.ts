/**
 * Runtime values of the language. Numbers are doubles; vectors are Float64Array; comparisons give
 * booleans (numbers) or vectors of 1 and 0 (vectors). Functions are values (`FunctionValue`) wrapping
 * one of four callables: an activation from the registry, a built-in, a user function (`f(x) = ...`
 * or a lambda) and, from src/core/vector, a vector activation (softmax, logsumexp, ...).
 */
import type { ActivationDoc } from '../../core/activations/activation-doc';
import type { ActivationSpec } from '../../core/activations/activation-spec';
import type { ActivationParams, ParamValue } from '../../core/activations/params';
import type { DataFileReader } from './data-file';
import type { SizeLimits } from '../../core/training/size-limits';
import type { VectorActivationSpec } from '../../core/vector/vector-activation-spec';
import type { Expr } from '../syntax/ast';
import { printExpr } from '../syntax/print-ast';
import type { Span } from '../syntax/span';
import type { DatasetValue, NetworkValue, RunValue, ScriptValue, TrainingComparisonValue, TrainingPanelValue } from '../training/training-values';
import type { TrainingProgressHook } from '../training/training-progress';

export interface NumberValue {
  kind: 'number';
  value: number;
}

export interface VectorValue {
  kind: 'vector';
  items: Float64Array;
}

export interface StringValue {
  kind: 'string';
  value: string;
}

export interface BooleanValue {
  kind: 'boolean';
  value: boolean;
}

/** An activation from the registry, possibly with keyword parameters bound: leaky_relu(negative_slope=0.1). */
export interface ActivationFunction {
  type: 'activation';
  spec: ActivationSpec;
  /** Every parameter, defaults filled in. */
  params: ActivationParams;
  /** The keywords the user bound, in the order given (they appear in the label). */
  bound: ReadonlyArray<readonly [string, ParamValue]>;
}

/** What a built-in receives: evaluated arguments with the spans of their source. */
export interface CallArguments {
  positional: Array<{ value: Value; span: Span }>;
  keywords: Array<{ name: string; nameSpan: Span; value: Value; span: Span }>;
  /** The span of the whole call. */
  span: Span;
}

/** What the evaluator lends a built-in: calling function values, and the limits. */
export interface CallContext {
  /** Calls any function value with positional arguments, as `fn(a, b)` would in the language. */
  callFunction(fn: Callable, positional: Value[], span: Span): Value;
  /** Throws the size-limit error if a vector of n elements may not be built. */
  checkSize(n: number, span: Span): void;
  /** The largest vector that may be built (EvaluatorOptions.maxElements); undefined: DEFAULT_MAX_ELEMENTS. */
  readonly maxElements?: number;
  /** The built-in called `name`, if there is one (plot asks for `d`). */
  builtin(name: string): BuiltinFunction | undefined;
  /** The value of expr with these local names, by the evaluator's own rules and limits (d's interpreter uses it). */
  evaluateIn(expr: Expr, scope: ReadonlyMap<string, Value>): Value;
  /**
   * Runs body as a call of the user function fn made at span: the evaluator's depth limit (shared
   * with its own calls), and an error from another cell's body moved to the call, as for `fn(...)`.
   */
  withinCall<T>(fn: UserFunction, span: Span, body: () => T): T;
  /** Stops the running statement ("interrupted", at the statement) if the user asked to (EvaluatorOptions.shouldStop); d's interpreter polls it. */
  checkInterrupt?(): void;
  /**
   * Counts n steps of work against the running statement's step budget (EvaluatorOptions.maxSteps,
   * shared with the evaluator's own count): d's interpreter charges its jet work so. Throws the
   * "too much work" error at the statement once the budget is spent, and polls for an interrupt.
   */
  chargeSteps(n: number, span: Span): void;
  /**
   * Charges n items of element work (a step per 64, StepBudget.chargeElements) before they run:
   * reductions, elementwise functions and sequences charge so, a chunk at a time (element-work.ts),
   * so Interrupt is seen while they run. Throws "too much work" or the interrupt like chargeSteps.
   */
  chargeElements(n: number, span?: Span): void;
  /** The folder relative paths are read from (EvaluatorOptions.baseDirectory: the notebook's); undefined: the working directory. */
  readonly baseDirectory?: string;
  /** EvaluatorOptions.readDataFile: reads a file a cell names. */
  readonly readDataFile?: DataFileReader;
  /** The training size limits (EvaluatorOptions.trainingLimits); undefined: the core's defaults. */
  readonly trainingLimits?: Partial<SizeLimits>;
  /** EvaluatorOptions.onTrainingProgress: live updates of train and compare_training. */
  readonly onTrainingProgress?: TrainingProgressHook;
}

export interface BuiltinFunction {
  type: 'builtin';
  name: string;
  /** How it is called, for messages: "plot(f, g, ..., range=[a, b])". */
  signature: string;
  call(args: CallArguments, context: CallContext): Value;
}

/** A parameter of a user function; the default was evaluated when the function was made. */
export interface UserParameter {
  name: string;
  default: Value | undefined;
}

/**
 * `f(x, beta=1.5) = expr` or a lambda `x -> expr`. Calling it binds the parameters in a fresh Map
 * (on top of `closure`) and evaluates `body`; a name not found there is looked up in the notebook's
 * globals at call time (so f may call itself, or a function defined after it), then the built-ins.
 * Given vectors, the body simply runs on vectors: every operator and built-in broadcasts.
 */
export interface UserFunction {
  type: 'user';
  /** `f` for a definition; undefined for a lambda. */
  name: string | undefined;
  params: UserParameter[];
  body: Expr;
  /** The local names of the functions it was made inside (lexical scope); empty at top level. */
  closure: ReadonlyMap<string, Value>;
  /** Keywords bound by a keyword-only call, swish_b(beta=2), in order (they appear in the label). */
  bound: ReadonlyArray<readonly [string, Value]>;
  /**
   * Which source (notebook cell) the body's spans belong to, as given to Evaluator.execute: an error
   * inside a body written in another cell is moved to the call in the cell that runs.
   */
  origin?: unknown;
}

/**
 * A vector activation from src/core/vector (softmax, log_softmax, softmin, logsumexp, glu, maxout):
 * a function of a whole vector, possibly with keyword parameters bound (maxout(k=3)).
 */
export interface VectorFunction {
  type: 'vector';
  spec: VectorActivationSpec;
  /** Every parameter, defaults filled in. */
  params: ActivationParams;
  bound: ReadonlyArray<readonly [string, ParamValue]>;
}

export type Callable = ActivationFunction | BuiltinFunction | UserFunction | VectorFunction;

export interface FunctionValue {
  kind: 'function';
  callable: Callable;
}

export interface PlotSeries {
  /** The function's label: the same in every panel (its colour follows it). */
  label: string;
  /** What the legend calls a derivative series, e.g. "f′", or "d(f)′ = f″"; absent for order 0. */
  name?: string;
  /** 0: the function, 1: its first derivative, 2: its second derivative. */
  order: 0 | 1 | 2;
  /** One y per x sample; NaN or +-Infinity where the value is not finite. */
  y: Float64Array;
}

/** slider("negative_slope", 0, 0.5): a parameter a plot lets the user drag (src/lang/builtins/slider.ts). */
export interface SliderValue {
  kind: 'slider';
  /** The keyword parameter it sets. */
  name: string;
  /** The positions, increasing, min and max included. */
  values: number[];
}

/** A plot drawn at every position of a slider: the series of each frame align with PlotValue.series. */
export interface PlotSlider {
  name: string;
  values: number[];
  /** The position shown first. */
  initial: number;
  frames: Array<{ x: Float64Array; ys: Float64Array[] }>;
}

export interface PlotValue {
  kind: 'plot';
  /** Set when the plot has a slider: the curves at each of its positions. */
  slider?: PlotSlider;
  title: string;
  range: [number, number];
  x: Float64Array;
  series: PlotSeries[];
  /** The labels of the plotted functions, in order. */
  labels: string[];
  /** Things the chart could not show, e.g. a derivative that is not available; shown under it. */
  notes: string[];
}

export type TableCell = number | string | boolean;

/** Rows of named columns: table(f, g, at=[...]), and the property tables of compare and describe. */
export interface TableValue {
  kind: 'table';
  title: string;
  columns: string[];
  rows: TableCell[][];
  /** What the table could not show, e.g. a derivative that is not available. */
  notes: string[];
}

/** compare(f, g, ...): the functions overlaid, and a table of their properties. */
export interface CompareValue {
  kind: 'compare';
  plot: PlotValue;
  properties: TableValue;
}

/** The documentation record describe(f) shows, the same shape for activations and vector activations. */
export interface DescribedDoc {
  name: string;
  aliases: readonly string[];
  displayName: string;
  summary: string;
  formula: string;
  /** "derivative" for an activation, "Jacobian" for a vector activation. */
  derivativeKind: 'derivative' | 'Jacobian';
  derivative: string;
  params: ReadonlyArray<{ name: string; default: number | string | boolean; description: string }>;
  range: string;
  /** For vector activations: "n → n", "n → 1". */
  shape: string | undefined;
  properties: ActivationDoc['properties'] | undefined;
  /** For vector activations: their properties in words ("shift-invariant (adding c ...)", ...). */
  propertyPhrases: readonly string[] | undefined;
  kinks: ReadonlyArray<{ x: number; convention: string }>;
  origin: { authors: string; year: number; title: string; url?: string };
}

/**
 * describe(f): what the function is (an activation's doc record, or a user function's definition),
 * its properties and its chart. A vector activation has its record, its properties in words
 * (doc.propertyPhrases) and the chart of its one-variable slice, but no property table.
 */
export interface DescribeValue {
  kind: 'describe';
  label: string;
  doc: DescribedDoc | undefined;
  /** For user functions and built-ins: how it is defined, e.g. "f(x) = x * sigmoid(x)". */
  definition: string | undefined;
  properties: TableValue | undefined;
  plot: PlotValue | undefined;
}

export type Value =
  | NumberValue
  | VectorValue
  | StringValue
  | BooleanValue
  | FunctionValue
  | PlotValue
  | TableValue
  | CompareValue
  | DescribeValue
  | DatasetValue
  | NetworkValue
  | RunValue
  | ScriptValue
  | TrainingPanelValue
  | TrainingComparisonValue
  | SliderValue;

export function num(value: number): NumberValue {
  return { kind: 'number', value };
}

export function vector(items: Float64Array): VectorValue {
  return { kind: 'vector', items };
}

export function bool(value: boolean): BooleanValue {
  return { kind: 'boolean', value };
}

/** "a number", "a vector of 3 numbers", "the function gelu": how a value is named in an error message. */
export function describeValue(value: Value): string {
  switch (value.kind) {
    case 'number':
      return 'a number';
    case 'vector':
      return `a vector of ${value.items.length} number${value.items.length === 1 ? '' : 's'}`;
    case 'string':
      return 'a string';
    case 'boolean':
      return 'a boolean';
    case 'function':
      return `the function ${functionLabel(value.callable)}`;
    case 'plot':
      return 'a plot';
    case 'table':
      return 'a table';
    case 'compare':
      return 'a comparison';
    case 'describe':
      return 'a description';
    case 'dataset':
      return 'a dataset';
    case 'network':
      return 'a network';
    case 'run':
      return 'a training run';
    case 'script':
      return 'a script';
    case 'training-panel':
      return `a training ${value.part} panel`;
    case 'training-comparison':
      return 'a training comparison';
    case 'slider':
      return 'a slider';
  }
}

/** "gelu", "leaky_relu(negative_slope=0.1)", "plot", "f", "x -> x^2", "swish_b(beta=2)". */
export function functionLabel(callable: Callable): string {
  switch (callable.type) {
    case 'builtin':
      return callable.name;
    case 'activation':
    case 'vector':
      return withBound(callable.spec.name, callable.bound.map(([k, v]) => [k, typeof v === 'string' ? JSON.stringify(v) : String(v)]));
    case 'user': {
      const base = callable.name ?? lambdaText(callable);
      const bound = callable.bound.map(([k, v]): [string, string] => [k, shortValue(v)]);
      return callable.name === undefined && bound.length > 0 ? `(${base})(${bound.map(([k, v]) => `${k}=${v}`).join(', ')})` : withBound(base, bound);
    }
  }
}

/** "x -> x^2", "(x, beta=1.5) -> x * sigmoid(beta * x)". */
export function lambdaText(fn: UserFunction): string {
  const params = fn.params.map((p) => (p.default === undefined ? p.name : `${p.name}=${shortValue(p.default)}`));
  const head = params.length === 1 && fn.params[0].default === undefined ? params[0] : `(${params.join(', ')})`;
  return `${head} -> ${printExpr(fn.body)}`;
}

/** "f(x, beta=1.5) = x * sigmoid(beta * x)" for a definition, the lambda text for a lambda. */
export function definitionText(fn: UserFunction): string {
  if (fn.name === undefined) return lambdaText(fn);
  const params = fn.params.map((p) => (p.default === undefined ? p.name : `${p.name}=${shortValue(p.default)}`));
  return `${fn.name}(${params.join(', ')}) = ${printExpr(fn.body)}`;
}

function withBound(base: string, bound: ReadonlyArray<readonly [string, string]>): string {
  if (bound.length === 0) return base;
  return `${base}(${bound.map(([k, v]) => `${k}=${v}`).join(', ')})`;
}

/** A value as it appears in a label: numbers in full (1.5), strings quoted, anything else described. */
function shortValue(v: Value): string {
  if (v.kind === 'number') return String(v.value);
  if (v.kind === 'string') return JSON.stringify(v.value);
  if (v.kind === 'boolean') return String(v.value);
  if (v.kind === 'function') return functionLabel(v.callable);
  if (v.kind === 'vector' && v.items.length <= 4) return `[${Array.from(v.items, String).join(', ')}]`;
  return describeValue(v);
}
