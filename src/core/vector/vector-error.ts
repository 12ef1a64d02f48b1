/**
 * The error a vector activation throws for an input it cannot take (a length that is not a
 * multiple of k, an odd length for glu, an output array that is too short). The message is a full
 * sentence naming the activation and the problem; the language adds the line and column of the call.
 */
export class VectorActivationError extends Error {
  constructor(
    /** The canonical name of the activation, e.g. "maxout". */
    readonly activation: string,
    message: string,
  ) {
    super(message);
    this.name = 'VectorActivationError';
  }
}
