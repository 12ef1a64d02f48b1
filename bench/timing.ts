/**
 * Timing: each contender is a closure doing one full pass. They run interleaved (the order rotates
 * every round), so a slow moment of this shared 2-vCPU machine hits all of them alike, and each
 * result is the median over the rounds. Warm-up is the caller's job (see elementwise-bench.ts).
 */
export type Pass = () => void;

function median(values: number[]): number {
  const s = [...values].sort((a, b) => a - b);
  const mid = s.length >> 1;
  return s.length % 2 ? s[mid] : 0.5 * (s[mid - 1] + s[mid]);
}

/** Median seconds per pass of each contender over `rounds` interleaved rounds. */
export function interleavedMedians(passes: readonly Pass[], rounds: number): number[] {
  const times: number[][] = passes.map(() => []);
  for (let r = 0; r < rounds; r++) {
    for (let k = 0; k < passes.length; k++) {
      const c = (k + r) % passes.length;
      const t0 = process.hrtime.bigint();
      passes[c]();
      times[c].push(Number(process.hrtime.bigint() - t0) * 1e-9);
    }
  }
  return times.map(median);
}

/** Million elements per second for `elements` done in `seconds`. */
export function mega(elements: number, seconds: number): number {
  return elements / seconds / 1e6;
}
