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
