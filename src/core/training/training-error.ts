/**
 * The one error class of the training engine: a bad argument (or a size past a limit), found
 * before any work. `argument` names what was wrong and `accepted` says what would be accepted, so
 * the language layer can turn it into a positioned error without parsing the message.
 */
export class TrainingArgumentError extends Error {
  readonly argument: string;
  readonly accepted: string;

  constructor(argument: string, problem: string, accepted: string) {
    super(`${argument}: ${problem}; accepted: ${accepted}`);
    this.name = 'TrainingArgumentError';
    this.argument = argument;
    this.accepted = accepted;
  }
}

/** Throws a TrainingArgumentError unless `value` is a whole number in [min, max]. */
export function requireInteger(argument: string, value: number, min: number, max = Number.MAX_SAFE_INTEGER): void {
  if (typeof value !== 'number' || !Number.isInteger(value) || value < min || value > max) {
    const range = max === Number.MAX_SAFE_INTEGER ? `a whole number >= ${min}` : `a whole number from ${min} to ${max}`;
    throw new TrainingArgumentError(argument, `got ${String(value)}`, range);
  }
}

/** Throws a TrainingArgumentError unless `value` is a finite number >= min (or > min when `strict`). */
export function requireNumber(argument: string, value: number, min = -Infinity, strict = false): void {
  const ok = typeof value === 'number' && Number.isFinite(value) && (strict ? value > min : value >= min);
  if (!ok) {
    const what = min === -Infinity ? 'a finite number' : `a finite number ${strict ? '>' : '>='} ${min}`;
    throw new TrainingArgumentError(argument, `got ${String(value)}`, what);
  }
}
