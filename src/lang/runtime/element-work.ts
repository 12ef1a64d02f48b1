/**
 * Element work in chunks: a loop over a long vector charges the statement's budget (and so polls
 * the interrupt flag) every WORK_CHUNK items, before each chunk runs, instead of once at the end.
 * However long the vector, no more than one chunk of work passes between two chances to stop.
 */

/** Charges n items of element work to the running statement (StepBudget.chargeElements); may throw "too much work" or the interrupt. */
export type ElementMeter = (n: number) => void;

/** Items per chunk: a few hundred microseconds of the slowest element work (Math.pow, erf). */
export const WORK_CHUNK = 16_384;

/** Runs body(start, end) over [0, n) chunk by chunk, charging each chunk to meter (if any) before it runs. */
export function forChunks(n: number, meter: ElementMeter | undefined, body: (start: number, end: number) => void): void {
  if (meter === undefined) {
    body(0, n);
    return;
  }
  for (let start = 0; start < n; start += WORK_CHUNK) {
    const end = Math.min(n, start + WORK_CHUNK);
    meter(end - start);
    body(start, end);
  }
}
