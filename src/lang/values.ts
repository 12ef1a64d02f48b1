/** Runtime values of the language. */
import type { ActivationSpec } from '../core/activations/activation-spec';
import type { ActivationParams, ParamValue } from '../core/activations/params';
import type { Span } from './span';

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

export interface BuiltinFunction {
  type: 'builtin';
  name: string;
  /** How it is called, for messages: "plot(f, g, ..., range=[a, b])". */
  signature: string;
  call(args: CallArguments): Value;
}

export type Callable = ActivationFunction | BuiltinFunction;

export interface FunctionValue {
  kind: 'function';
  callable: Callable;
}

export interface PlotSeries {
  label: string;
  /** 0: the function, 1: its first derivative. */
  order: 0 | 1;
  /** One y per x sample; NaN or +-Infinity where the value is not finite. */
  y: Float64Array;
}

export interface PlotValue {
  kind: 'plot';
  title: string;
  range: [number, number];
  x: Float64Array;
  series: PlotSeries[];
  /** The labels of the plotted functions, in order. */
  labels: string[];
}

export type Value = NumberValue | VectorValue | StringValue | BooleanValue | FunctionValue | PlotValue;

export function num(value: number): NumberValue {
  return { kind: 'number', value };
}

export function vector(items: Float64Array): VectorValue {
  return { kind: 'vector', items };
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
  }
}

/** "gelu", "leaky_relu(negative_slope=0.1)", "plot". */
export function functionLabel(callable: Callable): string {
  if (callable.type === 'builtin') return callable.name;
  if (callable.bound.length === 0) return callable.spec.name;
  const parts = callable.bound.map(([k, v]) => `${k}=${typeof v === 'string' ? JSON.stringify(v) : String(v)}`);
  return `${callable.spec.name}(${parts.join(', ')})`;
}
