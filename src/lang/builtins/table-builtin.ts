/** table(f, g, ..., at=[...], derivative=true): the values (and derivatives) of functions at given points. */
import { spanOf } from './builtin-arguments';
import { defineBuiltin } from './define-builtin';
import { LangError } from '../syntax/errors';
import { DerivativeUnavailable, sampleFunction } from './function-sampler';
import { derivativeChoice, plottableArgs, seriesName } from './plot';
import type { BuiltinFunction, TableCell, TableValue } from '../runtime/values';
import { describeValue, functionLabel } from '../runtime/values';

export const DEFAULT_TABLE_POINTS: readonly number[] = [-2, -1, 0, 1, 2];
export const MAX_TABLE_ROWS = 10_000;

export const tableBuiltin: BuiltinFunction = defineBuiltin('table', (bound, context) => {
  const orders = derivativeChoice(bound, [0, 1]);
  const atArg = bound.named.get('at');
  let at: Float64Array = Float64Array.from(DEFAULT_TABLE_POINTS);
  if (atArg) {
    if (atArg.value.kind === 'vector') at = atArg.value.items;
    else if (atArg.value.kind === 'number') at = Float64Array.of(atArg.value.value);
    else throw new LangError('eval', `table: argument at must be a vector of x values, got ${describeValue(atArg.value)}`, atArg.span);
  }
  if (at.length > MAX_TABLE_ROWS) throw new LangError('eval', `table: at has ${at.length} points; a table shows at most ${MAX_TABLE_ROWS.toLocaleString('en-US')} rows`, spanOf(bound, 'at'));
  const fns = plottableArgs(bound);
  const columns = ['x'];
  const data: TableCell[][] = [Array.from(at)];
  const notes: string[] = [];
  for (const { fn, span } of fns) {
    const label = functionLabel(fn);
    for (const order of orders) {
      // A lambda's label is wrapped so its column reads as a call: (x -> x^2)(x), (x -> x^2)′(x).
      const name = `${seriesName(label.includes('->') ? `(${label})` : label, order)}(x)`;
      const y = sampleFunction(fn, at, order, context, span);
      if (y instanceof DerivativeUnavailable) {
        notes.push(`${seriesName(label, order)} not shown: ${y.reason}`);
        continue;
      }
      columns.push(name);
      data.push(Array.from(y));
    }
  }
  const rows = Array.from(at, (_, i) => data.map((column) => column[i]));
  const value: TableValue = { kind: 'table', title: fns.map((f) => functionLabel(f.fn)).join(', '), columns, rows, notes };
  return value;
});
