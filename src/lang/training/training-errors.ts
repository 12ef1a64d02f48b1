/**
 * Turns the core's training errors into positioned language errors: a TrainingArgumentError names
 * its argument ("epochs", "sizes[1]", "beta1", "activation (layer 2)"), a DatasetError its option
 * ("noise", "labels"); the error goes to that argument's span in the call (the call's span when it
 * was not given), and the message starts with the built-in's name.
 */
import { DatasetError } from '../../core/training/datasets';
import { TrainingArgumentError } from '../../core/training/training-error';
import type { BoundArguments } from '../builtins/builtin-arguments';
import { describeValue } from '../runtime/values';
import { LangError } from '../syntax/errors';
import type { Span } from '../syntax/span';
import type { RunValue } from './training-values';

/** The core's argument names that differ from the language's keywords. */
const ALIASES: Readonly<Record<string, string>> = {
  clip_norm: 'clip',
  beta1: 'betas',
  beta2: 'betas',
  'train data': 'data',
  'test data': 'data',
  batchSize: 'batch',
  pieces: 'activation',
  train: 'split',
  recordEvery: 'record_every',
};

/** The core's argument names shown as the user wrote them: clip_norm is clip=, beta1 and beta2 are betas=[b1, b2], recordEvery is record_every=. */
const RENAMED: Readonly<Record<string, string>> = {
  clip_norm: 'clip',
  clip_value: 'clip_value',
  beta1: 'betas[0]',
  beta2: 'betas[1]',
  recordEvery: 'record_every',
  batchSize: 'batch',
  'train data': 'data',
  'test data': 'data',
  'prelu init': 'prelu(weight=...)',
};

/** The name an error of the core shows for its argument: the language's keyword (maxout pieces (layer 2) → maxout(k=...) (layer 2)). */
export function shownArgument(argument: string): string {
  const layer = /^maxout pieces( \(layer \d+\))?$/.exec(argument);
  if (layer) return `maxout(k=...)${layer[1] ?? ''}`;
  return RENAMED[argument] ?? argument;
}

/** The language keyword an argument name of the core refers to: "sizes[1]" → "sizes", "activation (layer 2)" → "activation". */
export function keywordOf(argument: string): string {
  const base = argument.replace(/\[.*$/, '').replace(/\s*\(.*$/, '').replace(/^maxout pieces$/, 'activation').replace(/^prelu init$/, 'activation').trim();
  return ALIASES[base] ?? base;
}

/** Where an argument is: its span in the call, or the call's span. */
export type SpanFinder = (keyword: string) => Span | undefined;

export function finderOf(bound: BoundArguments, extra: Readonly<Record<string, Span | undefined>> = {}): SpanFinder {
  return (keyword) => extra[keyword] ?? bound.named.get(keyword)?.span;
}

/** A LangError for any error of the core's training code (other errors are rethrown unchanged). */
export function positioned(error: unknown, name: string, callSpan: Span, find: SpanFinder): unknown {
  if (error instanceof TrainingArgumentError) {
    // The core's names for the language's keywords (shownArgument).
    const shown = shownArgument(error.argument);
    const message = `${shown}${error.message.slice(error.argument.length)}`;
    return new LangError('eval', `${name}: ${message}`, find(keywordOf(error.argument)) ?? callSpan);
  }
  if (error instanceof DatasetError) {
    const key = error.option === null ? undefined : keywordOf(error.option);
    return new LangError('eval', `${name}: ${error.message}`, (key !== undefined ? find(key) : undefined) ?? callSpan);
  }
  return error;
}

/** Runs body, turning the core's errors into positioned ones. */
export function withPositions<T>(name: string, callSpan: Span, find: SpanFinder, body: () => T): T {
  try {
    return body();
  } catch (error) {
    throw positioned(error, name, callSpan, find);
  }
}

/** "dataset: argument noise must be a number, got a string", at the argument. */
export function argumentError(name: string, argument: string, expected: string, got: string, span: Span): LangError {
  return new LangError('eval', `${name}: argument ${argument} must be ${expected}, got ${got}`, span);
}

/**
 * The training run given as the built-in's argument `run` (with `panel`, a training panel stands
 * for its run), and where it was given; otherwise a positioned error naming what was given.
 */
export function runArgument(name: string, bound: BoundArguments, options: { panel?: boolean } = {}): { run: RunValue; span: Span } {
  const runArg = bound.named.get('run')!;
  const v = runArg.value;
  const run = options.panel && v.kind === 'training-panel' ? v.source : v;
  if (run.kind !== 'run') throw new LangError('eval', `${name}: argument run must be a training run (what train(...) gives), got ${describeValue(v)}`, runArg.span);
  return { run, span: runArg.span };
}
