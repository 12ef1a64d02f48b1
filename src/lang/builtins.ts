/** Built-in functions that are not activations. Issue 4 adds the math built-ins and d(f) here. */
import { LangError } from './errors';
import { buildPlot, DEFAULT_PLOT_RANGE, isPlottable } from './plot';
import { nearest } from './suggest';
import type { BuiltinFunction, CallArguments, Callable, Value } from './values';
import { describeValue, functionLabel } from './values';

const plot: BuiltinFunction = {
  type: 'builtin',
  name: 'plot',
  signature: 'plot(f, g, ..., range=[a, b])',
  call(args: CallArguments): Value {
    let range: [number, number] = [DEFAULT_PLOT_RANGE[0], DEFAULT_PLOT_RANGE[1]];
    for (const kw of args.keywords) {
      if (kw.name !== 'range') {
        const guess = nearest(kw.name, ['range']);
        throw new LangError(
          'eval',
          `plot has no keyword argument '${kw.name}'${guess ? `; did you mean '${guess}'?` : '.'} It accepts: range`,
          kw.nameSpan,
        );
      }
      const v = kw.value;
      if (v.kind !== 'vector' || v.items.length !== 2) {
        throw new LangError('eval', `plot: range must be a vector [a, b] of two numbers, got ${describeValue(v)}`, kw.span);
      }
      const [a, b] = v.items;
      if (!Number.isFinite(a) || !Number.isFinite(b) || !(a < b)) {
        throw new LangError('eval', `plot: range must be [a, b] with finite a < b, got [${a}, ${b}]`, kw.span);
      }
      range = [a, b];
    }
    if (args.positional.length === 0) {
      throw new LangError('eval', 'plot needs at least one function to draw, e.g. plot(relu, gelu)', args.span);
    }
    const functions: Callable[] = [];
    args.positional.forEach((arg, i) => {
      const v = arg.value;
      if (v.kind !== 'function') {
        throw new LangError('eval', `plot: argument ${i + 1} must be a function, got ${describeValue(v)}`, arg.span);
      }
      if (!isPlottable(v.callable)) {
        throw new LangError('eval', `plot: argument ${i + 1} (${functionLabel(v.callable)}) is not a function of one number and cannot be plotted`, arg.span);
      }
      functions.push(v.callable);
    });
    return buildPlot(functions, range);
  },
};

/** Every built-in by name. */
export function createBuiltins(): ReadonlyMap<string, BuiltinFunction> {
  return new Map([[plot.name, plot]]);
}
