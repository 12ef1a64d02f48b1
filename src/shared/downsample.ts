/**
 * Downsampling a line for drawing: min/max buckets. The first and last points are always kept, and
 * in each bucket the points with the smallest and the largest y (in x order), so a spike or a dip
 * survives however long the run. A null (a gap) is kept too: the first null of a bucket stays, so a
 * gap in the data stays a gap in the drawing. Pure; used by the kernel's payload builders and the
 * renderer (as a safety net for payloads written by other code).
 */

/** Indices (increasing) of the points to keep from a series of n y values, at most about maxPoints. */
export function downsampleIndices(y: ArrayLike<number | null>, maxPoints: number): number[] {
  const n = y.length;
  const limit = Math.max(4, Math.floor(maxPoints));
  if (n <= limit) return Array.from({ length: n }, (_, i) => i);
  // first + last + up to 3 per bucket (min, max, a gap)
  const buckets = Math.max(1, Math.floor((limit - 2) / 3));
  const keep: number[] = [0];
  const inner = n - 2;
  for (let b = 0; b < buckets; b++) {
    const start = 1 + Math.floor((b * inner) / buckets);
    const end = 1 + Math.floor(((b + 1) * inner) / buckets);
    let lo = -1;
    let hi = -1;
    let gap = -1;
    for (let i = start; i < end; i++) {
      const v = y[i];
      if (v === null || !Number.isFinite(v)) {
        if (gap < 0) gap = i;
        continue;
      }
      if (lo < 0 || v < (y[lo] as number)) lo = i;
      if (hi < 0 || v > (y[hi] as number)) hi = i;
    }
    const picked = [lo, hi, gap].filter((i) => i >= 0).sort((a, b) => a - b);
    for (const i of picked) if (keep[keep.length - 1] !== i) keep.push(i);
  }
  if (keep[keep.length - 1] !== n - 1) keep.push(n - 1);
  return keep;
}

/** x and y thinned to at most about maxPoints (see downsampleIndices); copies. */
export function downsampleXY(x: ArrayLike<number>, y: ArrayLike<number | null>, maxPoints: number): { x: number[]; y: Array<number | null> } {
  if (x.length !== y.length) throw new RangeError(`x has ${x.length} values, y has ${y.length}`);
  const idx = downsampleIndices(y, maxPoints);
  return { x: idx.map((i) => x[i]), y: idx.map((i) => y[i]) };
}
