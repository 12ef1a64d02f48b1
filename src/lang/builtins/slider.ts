/**
 * slider(name, min, max, step): a parameter a plot lets the user drag, e.g.
 * `plot(leaky_relu, slider("negative_slope", 0, 0.5))`. The plot samples every function that takes
 * that keyword parameter at each position (21 without a step, at most 101) and the renderer switches
 * between the precomputed curves (and their derivatives) without running the cell again.
 */
import { numberArg, spanOf, type BoundArguments } from './builtin-arguments';
import { defineBuiltin } from './define-builtin';
import { LangError } from '../syntax/errors';
import type { Span } from '../syntax/span';
import type { BuiltinFunction, Callable, SliderValue } from '../runtime/values';
import { num } from '../runtime/values';

export const DEFAULT_SLIDER_POSITIONS = 21;
export const MAX_SLIDER_POSITIONS = 101;

/** The positions from min to max: `step` apart (max included), or 21 evenly spaced. Pure. */
export function sliderValues(min: number, max: number, step?: number): number[] {
  const count = step === undefined ? DEFAULT_SLIDER_POSITIONS : Math.floor((max - min) / step + 1e-9) + 1;
  const values = step === undefined
    ? Array.from({ length: count }, (_, k) => min + ((max - min) * k) / (count - 1))
    : Array.from({ length: count }, (_, k) => min + k * step);
  if (values[values.length - 1] < max - 1e-12 * Math.max(1, Math.abs(max))) values.push(max);
  return values.map((v) => Number(v.toPrecision(12)));
}

export const sliderBuiltin: BuiltinFunction = defineBuiltin('slider', (bound: BoundArguments): SliderValue => {
  const nameArg = bound.named.get('name');
  if (!nameArg || nameArg.value.kind !== 'string' || !/^[A-Za-z_]\w*$/.test(nameArg.value.value)) {
    throw new LangError('eval', 'slider: name must be the name of a keyword parameter, as a string, e.g. slider("negative_slope", 0, 0.5)', nameArg?.span ?? bound.span);
  }
  const min = numberArg(bound, 'min');
  const max = numberArg(bound, 'max');
  if (!Number.isFinite(min) || !Number.isFinite(max) || !(min < max)) throw new LangError('eval', `slider: min must be below max, both finite, got ${min} and ${max}`, spanOf(bound, 'max'));
  const step = bound.named.has('step') ? numberArg(bound, 'step') : undefined;
  if (step !== undefined && !(step > 0 && (max - min) / step + 1 <= MAX_SLIDER_POSITIONS)) {
    throw new LangError('eval', `slider: step must be positive and give at most ${MAX_SLIDER_POSITIONS} positions, got ${step}`, spanOf(bound, 'step'));
  }
  return { kind: 'slider', name: nameArg.value.value, values: sliderValues(min, max, step) };
});

/** Whether `fn` takes the keyword parameter `name` (activations and user functions do). */
export function takesParameter(fn: Callable, name: string): boolean {
  if (fn.type === 'activation') return fn.spec.params.some((p) => p.name === name && p.kind === 'number');
  if (fn.type === 'user') return fn.params.some((p, i) => i > 0 && p.name === name);
  return false;
}

/** `fn` with its parameter `name` set to `value` (fn itself when it does not take it). */
export function withParameter(fn: Callable, name: string, value: number): Callable {
  if (!takesParameter(fn, name)) return fn;
  if (fn.type === 'activation') return { ...fn, params: { ...fn.params, [name]: value }, bound: [...fn.bound.filter(([k]) => k !== name), [name, value]] };
  // A user function reads a bound keyword as its parameter's default (user-function.ts); bound names it in the label.
  if (fn.type === 'user') {
    return { ...fn, params: fn.params.map((p) => (p.name === name ? { ...p, default: num(value) } : p)), bound: [...fn.bound.filter(([k]) => k !== name), [name, num(value)]] };
  }
  return fn;
}

/** The position nearest the parameter's current value (an activation's default or bound value), else the middle. */
export function initialPosition(fns: readonly Callable[], name: string, values: readonly number[]): number {
  const fn = fns.find((f) => takesParameter(f, name));
  let current: number | undefined;
  if (fn?.type === 'activation' && typeof fn.params[name] === 'number') current = fn.params[name] as number;
  if (fn?.type === 'user') {
    const b = fn.bound.find(([k]) => k === name)?.[1] ?? fn.params.find((p) => p.name === name)?.default;
    if (b?.kind === 'number') current = b.value;
  }
  if (current === undefined) return Math.floor(values.length / 2);
  let best = 0;
  values.forEach((v, i) => {
    if (Math.abs(v - current!) < Math.abs(values[best] - current!)) best = i;
  });
  return best;
}

export function checkSliderTarget(fns: readonly Callable[], slider: SliderValue, span: Span): void {
  if (!fns.some((f) => takesParameter(f, slider.name))) {
    throw new LangError('eval', `plot: no plotted function takes a parameter '${slider.name}' for the slider`, span);
  }
}
