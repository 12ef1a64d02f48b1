/** "Did you mean ...?": the nearest candidates by edit distance (with adjacent transpositions). */

/** Optimal string alignment distance: insertions, deletions, substitutions and swaps of neighbours cost 1. */
export function editDistance(a: string, b: string): number {
  const rows = a.length + 1;
  const cols = b.length + 1;
  const d: number[][] = Array.from({ length: rows }, (_, i) => Array.from({ length: cols }, (_, j) => (i === 0 ? j : j === 0 ? i : 0)));
  for (let i = 1; i < rows; i++) {
    for (let j = 1; j < cols; j++) {
      const cost = a[i - 1] === b[j - 1] ? 0 : 1;
      let best = Math.min(d[i - 1][j] + 1, d[i][j - 1] + 1, d[i - 1][j - 1] + cost);
      if (i > 1 && j > 1 && a[i - 1] === b[j - 2] && a[i - 2] === b[j - 1]) best = Math.min(best, d[i - 2][j - 2] + 1);
      d[i][j] = best;
    }
  }
  return d[a.length][b.length];
}

/** Names this short are not guessed at: 'z' or 'xy' is not a misspelt 'd'. */
export const MIN_SUGGESTED_LENGTH = 3;
/**
 * Names longer than this are not guessed at either: no name anyone types is that long, and the edit
 * distance is quadratic in the lengths (a 30 KB name cost seconds in the kernel and in the editor).
 * With the length filter below, one suggestion costs at most 64 × 85 cells per candidate.
 */
export const MAX_SUGGESTED_LENGTH = 64;

/**
 * The one rule for "did you mean": candidates within a distance that still looks like a typo (a
 * third of the word's length, at least 1), nearest first (ties alphabetically), at most `limit`;
 * nothing for words of one or two letters or of more than MAX_SUGGESTED_LENGTH. The evaluator's errors, the editor's diagnostics and
 * quick fixes, and the CLI all use it, so they agree.
 */
export function suggestNames(word: string, candidates: Iterable<string>, limit = 3): string[] {
  if (word.length < MIN_SUGGESTED_LENGTH || word.length > MAX_SUGGESTED_LENGTH) return [];
  const maxDistance = Math.max(1, Math.floor(word.length / 3));
  const scored = new Map<string, number>();
  const lower = word.toLowerCase();
  for (const c of candidates) {
    if (c === word || scored.has(c)) continue;
    // The distance is at least the difference in length: a long candidate is never computed.
    if (Math.abs(c.length - word.length) > maxDistance) continue;
    const d = editDistance(lower, c.toLowerCase());
    if (d <= maxDistance) scored.set(c, d);
  }
  return [...scored.entries()]
    .sort((a, b) => a[1] - b[1] || (a[0] < b[0] ? -1 : a[0] > b[0] ? 1 : 0))
    .slice(0, limit)
    .map(([name]) => name);
}

/** The best suggestion of `suggestNames`, or undefined. */
export function nearest(word: string, candidates: Iterable<string>): string | undefined {
  return suggestNames(word, candidates, 1)[0];
}
