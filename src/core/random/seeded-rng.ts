/**
 * A small seeded pseudo-random generator for the core (random activations now, MLP weight
 * initialisation and shuffling later): xoshiro128** (Blackman and Vigna, 2018) on 32-bit integers,
 * its state filled from the seed by splitmix32, with uniform doubles of 53 random bits and
 * standard normals by the Box–Muller transform. Deterministic given the seed, on every platform.
 */

/** splitmix32 step: a well-mixed 32-bit output from a counter (used only to fill the state). */
function splitmix32(state: number): [number, number] {
  const next = (state + 0x9e3779b9) | 0;
  let z = next;
  z = Math.imul(z ^ (z >>> 16), 0x85ebca6b);
  z = Math.imul(z ^ (z >>> 13), 0xc2b2ae35);
  return [next, (z ^ (z >>> 16)) >>> 0];
}

const TWO_POW_32 = 4294967296;

export class SeededRng {
  private s0: number;
  private s1: number;
  private s2: number;
  private s3: number;
  /** The second normal of the last Box–Muller pair, or NaN when none is waiting. */
  private spareNormal = NaN;

  /** Any integer seed in the safe-integer range: both 32-bit halves feed the state. */
  constructor(seed: number) {
    if (!Number.isSafeInteger(seed)) throw new RangeError(`seed must be a whole number, got ${seed}`);
    const low = seed % TWO_POW_32;
    const high = Math.floor(seed / TWO_POW_32);
    let sm = (low ^ Math.imul(high | 0, 0x6c078965)) | 0;
    const out: number[] = [];
    for (let i = 0; i < 4; i++) {
      const [next, value] = splitmix32(sm);
      sm = next;
      out.push(value | 0);
    }
    [this.s0, this.s1, this.s2, this.s3] = out;
    if ((this.s0 | this.s1 | this.s2 | this.s3) === 0) this.s0 = 1; // the all-zero state is a fixed point
  }

  /** The next 32 random bits as an unsigned integer in [0, 2^32). */
  nextUint32(): number {
    const result = Math.imul(rotl(Math.imul(this.s1, 5), 7), 9) >>> 0;
    const t = this.s1 << 9;
    this.s2 ^= this.s0;
    this.s3 ^= this.s1;
    this.s1 ^= this.s2;
    this.s0 ^= this.s3;
    this.s2 ^= t;
    this.s3 = rotl(this.s3, 11);
    return result;
  }

  /** A uniform double in [0, 1) with 53 random bits. */
  nextFloat(): number {
    const hi = this.nextUint32() >>> 5; // 27 bits
    const lo = this.nextUint32() >>> 6; // 26 bits
    return (hi * 67108864 + lo) / 9007199254740992;
  }

  /** A uniform double in [lo, hi). */
  nextUniform(lo: number, hi: number): number {
    return lo + (hi - lo) * this.nextFloat();
  }

  /** A normal draw with the given mean and standard deviation (Box–Muller; pairs are used in turn). */
  nextNormal(mean = 0, sd = 1): number {
    let z = this.spareNormal;
    if (z === z) {
      this.spareNormal = NaN;
    } else {
      const u = 1 - this.nextFloat(); // (0, 1]: log(u) is finite
      const v = this.nextFloat();
      const r = Math.sqrt(-2 * Math.log(u));
      const angle = 2 * Math.PI * v;
      z = r * Math.cos(angle);
      this.spareNormal = r * Math.sin(angle);
    }
    return mean + sd * z;
  }
}

function rotl(x: number, k: number): number {
  return (x << k) | (x >>> (32 - k));
}
