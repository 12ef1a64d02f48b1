/**
 * Errors that cross cells: an error raised inside a user function written in another cell is
 * reported at the call in the running cell (anchorAtCall), and a JavaScript stack that ran out
 * becomes a positioned "recursion too deep" error at the outermost call of the statement
 * (StackOverflow, stackOverflowError). The evaluator and d's interpreter (through withinCall) share them.
 */
import { LangError, LimitError } from '../syntax/errors';
import type { Span } from '../syntax/span';
import type { UserFunction } from './values';

/** Where the stack ran out: the innermost function and depth, and the outermost call unwound through so far. */
export interface StackOverflow {
  name: string | undefined;
  depth: number;
  span: Span;
  origin: unknown;
}

/** The source an error's span belongs to, once it has left a function body (see anchorAtCall). */
const ERROR_ORIGIN = new WeakMap<LangError, unknown>();
/** Errors moved to a call already (their message names the function once). */
const MOVED = new WeakSet<LangError>();

/**
 * An error whose span is in another cell's source (a function defined there) moves to the call,
 * until it reaches code of the running cell (`runningOrigin`); the first move says where in the
 * function it was. `callerOrigin` is the source the call's span belongs to.
 */
export function anchorAtCall(error: LangError, fn: UserFunction, callSpan: Span, callerOrigin: unknown, runningOrigin: unknown): LangError {
  // Not seen by a call yet: it was raised in this body (or by a built-in, at an argument of this body).
  if (!ERROR_ORIGIN.has(error)) ERROR_ORIGIN.set(error, fn.origin);
  if (ERROR_ORIGIN.get(error) === runningOrigin) return error;
  const note = MOVED.has(error) ? '' : ` (in ${fn.name ?? 'a function'} from another cell, at its line ${error.span.line}, column ${error.span.column})`;
  const moved = new (error instanceof LimitError ? LimitError : LangError)(error.kind, error.message + note, callSpan);
  ERROR_ORIGIN.set(moved, callerOrigin);
  MOVED.add(moved);
  return moved;
}

/** The "recursion too deep" error for a stack that ran out, at the outermost call of the statement. */
export function stackOverflowError(overflow: StackOverflow | undefined, runningOrigin: unknown, statementSpan: Span, maxCallDepth: number): LangError {
  const o = overflow;
  if (!o) return new LimitError('eval', 'expression too deeply nested: the evaluation ran out of stack', statementSpan);
  const span = o.origin === runningOrigin ? o.span : statementSpan;
  return new LimitError('eval', `recursion too deep: the evaluation ran out of stack after ${o.depth.toLocaleString('en-US')} nested calls of user functions, before the limit of ${maxCallDepth.toLocaleString('en-US')} (does ${o.name ?? 'the function'} call itself without end?)`, span);
}
