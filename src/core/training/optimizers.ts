/**
 * SGD, Adam, AdamW and RMSprop with torch.optim's update rules (torch 1.13, single-tensor path),
 * element by element over the flat parameter array, in the same order of floating-point operations
 * as torch's kernels (e.g. addcdiv computes p + (value * m) / denom). State is allocated once.
 */
import { requireNumber, TrainingArgumentError } from './training-error';

export interface SgdConfig { kind: 'sgd'; lr?: number; momentum?: number; dampening?: number; nesterov?: boolean; weightDecay?: number }
export interface AdamConfig { kind: 'adam' | 'adamw'; lr?: number; beta1?: number; beta2?: number; eps?: number; weightDecay?: number }
export interface RmspropConfig { kind: 'rmsprop'; lr?: number; alpha?: number; eps?: number; momentum?: number; centered?: boolean; weightDecay?: number }
export type OptimizerConfig = SgdConfig | AdamConfig | RmspropConfig;

/** Every hyper-parameter filled in: torch's defaults (SGD has no default lr in torch; ours is 0.01). */
export interface ResolvedOptimizer {
  kind: 'sgd' | 'adam' | 'adamw' | 'rmsprop';
  lr: number;
  momentum: number;
  dampening: number;
  nesterov: boolean;
  weightDecay: number;
  beta1: number;
  beta2: number;
  eps: number;
  alpha: number;
  centered: boolean;
}

export const OPTIMIZER_NAMES = ['sgd', 'adam', 'adamw', 'rmsprop'] as const;

export function resolveOptimizer(config: OptimizerConfig): ResolvedOptimizer {
  const kind = config?.kind;
  if (!(OPTIMIZER_NAMES as readonly string[]).includes(kind)) throw new TrainingArgumentError('optimizer', `unknown optimizer '${String(kind)}'`, OPTIMIZER_NAMES.join(', '));
  const c = config as Partial<Omit<SgdConfig, 'kind'> & Omit<AdamConfig, 'kind'> & Omit<RmspropConfig, 'kind'>>;
  const r: ResolvedOptimizer = {
    kind,
    lr: c.lr ?? (kind === 'sgd' ? 0.01 : kind === 'rmsprop' ? 1e-2 : 1e-3),
    momentum: c.momentum ?? 0,
    dampening: c.dampening ?? 0,
    nesterov: c.nesterov ?? false,
    weightDecay: c.weightDecay ?? (kind === 'adamw' ? 1e-2 : 0),
    beta1: c.beta1 ?? 0.9,
    beta2: c.beta2 ?? 0.999,
    eps: c.eps ?? 1e-8,
    alpha: c.alpha ?? 0.99,
    centered: c.centered ?? false,
  };
  requireNumber('lr', r.lr, 0);
  requireNumber('momentum', r.momentum, 0);
  requireNumber('dampening', r.dampening);
  requireNumber('weight_decay', r.weightDecay, 0);
  requireNumber('eps', r.eps, 0);
  for (const [name, v] of [['beta1', r.beta1], ['beta2', r.beta2], ['alpha', r.alpha]] as const) {
    if (!(v >= 0 && v < 1)) throw new TrainingArgumentError(name, `got ${v}`, 'a number in [0, 1)');
  }
  if (r.nesterov && (r.momentum <= 0 || r.dampening !== 0)) throw new TrainingArgumentError('nesterov', 'needs momentum > 0 and dampening 0', 'nesterov=true with momentum > 0 and dampening = 0 (as torch)');
  return r;
}

export interface Optimizer {
  readonly settings: ResolvedOptimizer;
  /** Steps taken so far. */
  readonly steps: number;
  /** One update of `p` from the gradient `g` (g is not modified). */
  step(p: Float64Array, g: Float64Array): void;
}

export function createOptimizer(config: OptimizerConfig, parameterCount: number): Optimizer {
  const s = resolveOptimizer(config);
  switch (s.kind) {
    case 'sgd': return new Sgd(s, parameterCount);
    case 'adam': case 'adamw': return new Adam(s, parameterCount);
    case 'rmsprop': return new Rmsprop(s, parameterCount);
  }
}

class Sgd implements Optimizer {
  steps = 0;
  private readonly buf: Float64Array;
  constructor(readonly settings: ResolvedOptimizer, n: number) { this.buf = new Float64Array(settings.momentum !== 0 ? n : 0); }
  step(p: Float64Array, g: Float64Array): void {
    const { lr, momentum: mu, dampening, nesterov, weightDecay: wd } = this.settings;
    const buf = this.buf;
    const first = this.steps === 0;
    for (let i = 0; i < p.length; i++) {
      let d = wd !== 0 ? g[i] + wd * p[i] : g[i];
      if (mu !== 0) {
        const b = first ? d : buf[i] * mu + (1 - dampening) * d;
        buf[i] = b;
        d = nesterov ? d + mu * b : b;
      }
      p[i] = p[i] + -lr * d;
    }
    this.steps++;
  }
}

class Adam implements Optimizer {
  steps = 0;
  private readonly m: Float64Array;
  private readonly v: Float64Array;
  constructor(readonly settings: ResolvedOptimizer, n: number) { this.m = new Float64Array(n); this.v = new Float64Array(n); }
  step(p: Float64Array, g: Float64Array): void {
    const { lr, beta1, beta2, eps, weightDecay: wd, kind } = this.settings;
    const decoupled = kind === 'adamw';
    const t = ++this.steps;
    const stepSize = lr / (1 - beta1 ** t);
    const bc2Sqrt = Math.sqrt(1 - beta2 ** t);
    const m = this.m;
    const v = this.v;
    const shrink = 1 - lr * wd;
    for (let i = 0; i < p.length; i++) {
      let x = p[i];
      let gi = g[i];
      if (decoupled) x = x * shrink;
      else if (wd !== 0) gi = gi + wd * x;
      const mi = m[i] * beta1 + (1 - beta1) * gi;
      const vi = v[i] * beta2 + (1 - beta2) * gi * gi;
      m[i] = mi;
      v[i] = vi;
      const denom = Math.sqrt(vi) / bc2Sqrt + eps;
      p[i] = x + (-stepSize * mi) / denom;
    }
  }
}

class Rmsprop implements Optimizer {
  steps = 0;
  private readonly sq: Float64Array;
  private readonly avgGrad: Float64Array;
  private readonly buf: Float64Array;
  constructor(readonly settings: ResolvedOptimizer, n: number) {
    this.sq = new Float64Array(n);
    this.avgGrad = new Float64Array(settings.centered ? n : 0);
    this.buf = new Float64Array(settings.momentum > 0 ? n : 0);
  }
  step(p: Float64Array, g: Float64Array): void {
    const { lr, alpha, eps, momentum: mu, centered, weightDecay: wd } = this.settings;
    const { sq, avgGrad, buf } = this;
    for (let i = 0; i < p.length; i++) {
      const gi = wd !== 0 ? g[i] + wd * p[i] : g[i];
      const s = sq[i] * alpha + (1 - alpha) * gi * gi;
      sq[i] = s;
      let avg: number;
      if (centered) {
        const a = avgGrad[i] * alpha + (1 - alpha) * gi;
        avgGrad[i] = a;
        avg = Math.sqrt(s + -1 * a * a);
      } else {
        avg = Math.sqrt(s);
      }
      avg = avg + eps;
      if (mu > 0) {
        const b = buf[i] * mu + gi / avg;
        buf[i] = b;
        p[i] = p[i] + -lr * b;
      } else {
        p[i] = p[i] + (-lr * gi) / avg;
      }
    }
    this.steps++;
  }
}
