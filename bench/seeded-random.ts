/** mulberry32: a tiny seeded generator, so every bench run measures the same inputs. */
export function seededRandom(seed: number): () => number {
  let a = seed >>> 0;
  return () => {
    a = (a + 0x6d2b79f5) >>> 0;
    let t = a;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

/** n inputs with magnitude uniform in [0, 6] and a random sign (so sign branches mispredict), as float64. */
export function benchInputs(n: number, seed: number): Float64Array {
  const rand = seededRandom(seed);
  const xs = new Float64Array(n);
  for (let i = 0; i < n; i++) xs[i] = (rand() < 0.5 ? -6 : 6) * rand();
  return xs;
}
