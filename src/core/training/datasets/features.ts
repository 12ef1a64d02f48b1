/**
 * TensorFlow Playground's input features, computed from the two source columns (x1, x2):
 * x1, x2, x1², x2², x1·x2, sin x1, sin x2. Names are ours ("x1^2"); Playground's state keys
 * ("xSquared") and labels ("X_1^2") are accepted as aliases. The expanded columns always come in
 * Playground's order (the order of its INPUTS table), whatever order they were asked in.
 */
import { DatasetError } from './dataset-error';

interface Feature {
  readonly id: string;
  /** The source columns the feature reads (0 for x1, 1 for x2). */
  readonly needs: number;
  readonly aliases: readonly string[];
  readonly f: (x1: number, x2: number) => number;
}

const FEATURES: readonly Feature[] = [
  { id: 'x1', needs: 1, aliases: ['x', 'X_1'], f: (a) => a },
  { id: 'x2', needs: 2, aliases: ['y', 'X_2'], f: (_a, b) => b },
  { id: 'x1^2', needs: 1, aliases: ['xSquared', 'X_1^2', 'x1²'], f: (a) => a * a },
  { id: 'x2^2', needs: 2, aliases: ['ySquared', 'X_2^2', 'x2²'], f: (_a, b) => b * b },
  { id: 'x1*x2', needs: 2, aliases: ['xTimesY', 'X_1X_2', 'x1x2', 'x1·x2'], f: (a, b) => a * b },
  { id: 'sin(x1)', needs: 1, aliases: ['sinX', 'sin(X_1)', 'sin x1'], f: (a) => Math.sin(a) },
  { id: 'sin(x2)', needs: 2, aliases: ['sinY', 'sin(X_2)', 'sin x2'], f: (_a, b) => Math.sin(b) },
];

/** The canonical feature names in Playground's order. */
export const FEATURE_IDS: readonly string[] = FEATURES.map((f) => f.id);

const LOOKUP = new Map<string, Feature>();
for (const feature of FEATURES) {
  LOOKUP.set(feature.id, feature);
  for (const alias of feature.aliases) LOOKUP.set(alias, feature);
}

/** Canonical ids, deduplicated, in Playground's order; "all" means all seven. */
export function parseFeatureList(names: readonly string[], option = 'features'): string[] {
  const chosen = new Set<string>();
  for (const name of names) {
    if (name === 'all') {
      for (const id of FEATURE_IDS) chosen.add(id);
      continue;
    }
    const feature = LOOKUP.get(name) ?? LOOKUP.get(name.replace(/\s+/g, ''));
    if (!feature) {
      throw new DatasetError(`${option}: unknown feature ${JSON.stringify(name)}; the features are ${FEATURE_IDS.join(', ')} (or "all")`, option);
    }
    chosen.add(feature.id);
  }
  return FEATURE_IDS.filter((id) => chosen.has(id));
}

/** Checks that the features can be computed from `d` source columns (1 or 2). */
export function checkFeaturesFit(ids: readonly string[], d: number, option = 'features'): void {
  if (d > 2) {
    throw new DatasetError(`${option} apply to data with 1 or 2 input columns (x1, x2); this data has ${d}`, option);
  }
  for (const id of ids) {
    if (LOOKUP.get(id)!.needs > d) {
      throw new DatasetError(`${option}: ${id} needs 2 input columns, this data has ${d}`, option);
    }
  }
}

/** Writes the features of one source point (x1, x2) into `out` starting at `offset`. */
export function expandPoint(ids: readonly string[], x1: number, x2: number, out: Float64Array, offset: number): void {
  for (let j = 0; j < ids.length; j++) out[offset + j] = LOOKUP.get(ids[j])!.f(x1, x2);
}

/** Expands n source rows of width d (1 or 2) into n × ids.length, row-major. */
export function expandFeatures(ids: readonly string[], source: Float64Array, n: number, d: number): Float64Array {
  checkFeaturesFit(ids, d);
  const fs = ids.map((id) => LOOKUP.get(id)!.f);
  const k = fs.length;
  const out = new Float64Array(n * k);
  for (let i = 0; i < n; i++) {
    const x1 = source[i * d];
    const x2 = d === 2 ? source[i * d + 1] : 0;
    for (let j = 0; j < k; j++) out[i * k + j] = fs[j](x1, x2);
  }
  return out;
}
