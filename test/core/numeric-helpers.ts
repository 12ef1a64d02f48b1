/** Helpers for numeric tests: ulp distance, fixture loading, encoded non-finite numbers. */
import * as fs from 'fs';
import * as path from 'path';

const view = new DataView(new ArrayBuffer(8));

/** Maps a double to an integer that is monotone in the double's value (so -0 and +0 are adjacent). */
function ordinal(x: number): bigint {
  view.setFloat64(0, x);
  const bits = view.getBigInt64(0);
  return bits < 0n ? -(bits & 0x7fffffffffffffffn) : bits;
}

/** How many representable doubles lie between a and b (0 when equal; NaN vs NaN is 0; NaN vs number is Infinity). */
export function ulpDistance(a: number, b: number): number {
  if (Number.isNaN(a) || Number.isNaN(b)) return Number.isNaN(a) && Number.isNaN(b) ? 0 : Infinity;
  const d = ordinal(a) - ordinal(b);
  return Number(d < 0n ? -d : d);
}

/** The repository root (the folder with package.json), found from a compiled test's location. */
export function repoRoot(): string {
  let dir = __dirname;
  while (!fs.existsSync(path.join(dir, 'package.json'))) {
    const parent = path.dirname(dir);
    if (parent === dir) throw new Error('package.json not found above ' + __dirname);
    dir = parent;
  }
  return dir;
}

export function readFixture<T>(name: string): T {
  return JSON.parse(fs.readFileSync(path.join(repoRoot(), 'test', 'core', 'fixtures', name), 'utf8')) as T;
}

/** "NaN" / "Infinity" / "-Infinity" (how the fixtures write them) back to numbers. */
export function decodeNumber(v: number | string): number {
  if (typeof v === 'number') return v;
  if (v === 'NaN') return NaN;
  if (v === 'Infinity') return Infinity;
  if (v === '-Infinity') return -Infinity;
  throw new Error(`not an encoded number: ${v}`);
}

/** Central finite difference with a step scaled to x, for checking hand-written derivatives. */
export function centralDifference(f: (x: number) => number, x: number): number {
  const h = 1e-5 * Math.max(1, Math.abs(x));
  return (f(x + h) - f(x - h)) / (2 * h);
}
