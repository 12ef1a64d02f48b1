/** The one error type of the language: a message and the source span it is about. */
import type { Span } from './span';

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
