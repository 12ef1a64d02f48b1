/**
 * Timing: each contender is a closure doing one full pass. They run interleaved (the order rotates
 * every round), so a slow moment of this shared 2-vCPU machine hits the contenders of one round
 * alike. Ratios are taken per round (paired: the registry kernel against the baseline timed right
 * next to it) and the median of those paired ratios is reported; throughputs are the median time.
 * Warm-up is the caller's job (see elementwise-bench.ts).
 */
export type Pass = () => void;

export function median(values: readonly number[]): number {
  const s = [...values].sort((a, b) => a - b);
  const mid = s.length >> 1;
  return s.length % 2 ? s[mid] : 0.5 * (s[mid - 1] + s[mid]);
}

/** Seconds of every pass of each contender: result[contender][round], over `rounds` interleaved rounds. */
export function interleavedTimes(passes: readonly Pass[], rounds: number): number[][] {
  const times: number[][] = passes.map(() => []);
  for (let r = 0; r < rounds; r++) {
    for (let k = 0; k < passes.length; k++) {
      const c = (k + r) % passes.length;
      const t0 = process.hrtime.bigint();
      passes[c]();
      times[c].push(Number(process.hrtime.bigint() - t0) * 1e-9);
    }
  }
  return times;
}

/** Median seconds per pass of each contender over `rounds` interleaved rounds. */
export function interleavedMedians(passes: readonly Pass[], rounds: number): number[] {
  return interleavedTimes(passes, rounds).map(median);
}

/** The median over rounds of numerator[r] / denominator[r] (times of the same round: a paired ratio). */
export function pairedRatio(numerator: readonly number[], denominator: readonly number[]): number {
  return median(numerator.map((t, r) => t / denominator[r]));
}

/** Million elements per second for `elements` done in `seconds`. */
export function mega(elements: number, seconds: number): number {
  return elements / seconds / 1e6;
}
