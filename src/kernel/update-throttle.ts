/**
 * Throttles live output updates: an update is emitted when at least `minIntervalMs` passed since the
 * last emitted one; the final update is always emitted (so the output ends showing the end state).
 * The clock is injected (tests step it by hand; the worker passes performance.now). Pure.
 */
export const DEFAULT_UPDATE_INTERVAL_MS = 200;

export class UpdateThrottle {
  private lastEmitted = -Infinity;
  private skippedSinceEmit = 0;

  constructor(
    private readonly now: () => number,
    readonly minIntervalMs: number = DEFAULT_UPDATE_INTERVAL_MS,
  ) {
    if (!(minIntervalMs >= 0) || !Number.isFinite(minIntervalMs)) throw new RangeError(`minIntervalMs must be a finite number ≥ 0, got ${minIntervalMs}`);
  }

  /** Whether to emit this update; `final` (the run ended) always emits. Records the emission. */
  shouldEmit(final = false): boolean {
    const t = this.now();
    if (final || t - this.lastEmitted >= this.minIntervalMs) {
      this.lastEmitted = t;
      this.skippedSinceEmit = 0;
      return true;
    }
    this.skippedSinceEmit++;
    return false;
  }

  /** Updates offered and not emitted since the last emitted one (> 0: the output is behind). */
  get skipped(): number {
    return this.skippedSinceEmit;
  }
}
