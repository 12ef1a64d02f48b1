/** The one error type of the language: a message and the source span it is about. */
import type { Span } from './span';

/**
 * At most this many lexical errors, and this many syntax errors, are collected for one source: a
 * cell of a million bad characters reports the first hundred, in time linear in its length.
 */
export const MAX_REPORTED_ERRORS = 100;

export type LangErrorKind = 'lex' | 'parse' | 'eval';

export class LangError extends Error {
  constructor(
    readonly kind: LangErrorKind,
    message: string,
    readonly span: Span,
  ) {
    super(message);
    this.name = 'LangError';
  }
}

/**
 * Thrown instead of an Error when the JavaScript stack runs out inside a call of a user function:
 * a plain frozen object, because building an Error (or running a regular expression) needs stack
 * that is not there. The evaluator turns it into a positioned LangError once the stack has unwound
 * (Evaluator.execute). Never shown to a user.
 */
export const STACK_EXHAUSTED: object = Object.freeze({ stackExhausted: true });

/**
 * A LangError for one of the evaluator's limits (size, call depth, steps, stack): the statement as
 * a whole must stop, so a display never turns it into a note (as it does for a derivative that
 * cannot be had, function-sampler.ts). The evaluator keeps the class when it moves an error to a call.
 */
export class LimitError extends LangError {}
