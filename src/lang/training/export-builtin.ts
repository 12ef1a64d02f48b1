/**
 * export(run, "pytorch"): the core's standalone PyTorch float64 script that reproduces the run
 * (initial weights, data, every epoch's batch order, loss, penalties, clipping, optimizer) and
 * prints the loss of every step. Shown as text. A network whose activation has no PyTorch form is
 * a positioned error naming it (user activations have one when their body can be written in torch).
 */
import { exportPyTorch } from '../../core/training/export-pytorch';
import { defineBuiltin } from '../builtins/define-builtin';
import { LangError } from '../syntax/errors';
import type { BuiltinFunction } from '../runtime/values';
import { describeValue } from '../runtime/values';
import { finderOf, runArgument, withPositions } from './training-errors';

export const exportBuiltin: BuiltinFunction = defineBuiltin('export', (bound, _context, args) => {
  const { run, span: runSpan } = runArgument('export', bound);
  const format = bound.named.get('format');
  if (format && !(format.value.kind === 'string' && format.value.value === 'pytorch')) {
    throw new LangError('eval', `export: argument format must be "pytorch", got ${format.value.kind === 'string' ? JSON.stringify(format.value.value) : describeValue(format.value)}`, format.span);
  }
  const r = run.run;
  const text = withPositions('export', args.span, finderOf(bound, { activation: runSpan, network: runSpan }), () =>
    exportPyTorch({ network: r.network, initialParameters: r.initialParameters, train: r.train, options: r.options }),
  );
  return { kind: 'script', language: 'python', text };
});
