/**
 * The activation of a hidden layer, as the training engine sees it: one vectorised call that writes
 * the values and the slopes f'(pre) of a whole layer-batch. The engine keeps the slopes and uses them
 * in the backward pass (gradPre = gradPost * slope), and for the per-epoch "saturated" count.
 *
 * Built-ins come from `fromActivationSpec` (the registry's `valueAndDerivativeInto` kernels, so
 * PyTorch's kink conventions come with the spec's derivative). A user-defined activation (the
 * language's autodiff) implements the same interface; `torchExpression` lets it be exported.
 */
import type { ActivationSpec } from '../activations/activation-spec';
import { resolveParams } from '../activations/params';
import type { ActivationParams } from '../activations/params';
import { tanhValueAndSlope } from './tanh-kernel';
import { TrainingArgumentError } from './training-error';

export interface LayerActivation {
  /** Shown in records and errors, e.g. "gelu" or "leaky_relu(negative_slope=0.2)". */
  readonly name: string;
  /**
   * post[i] = f(pre[i]) and slope[i] = f'(pre[i]) for i < n. The arrays may be longer than n and
   * must not be kept (they are the engine's preallocated buffers). No allocation per call, please.
   */
  valueAndSlope(pre: Float64Array, post: Float64Array, slope: Float64Array, n: number): void;
  /**
   * The same function as PyTorch float64 code on a tensor named `x` (e.g. "F.gelu(x)",
   * "x * torch.sigmoid(1.5 * x)"), for exportPyTorch; undefined when it cannot be written in torch.
   */
  readonly torchExpression?: string;
  /** 'tanh' / 'relu': the engine may run valueAndSlope as its backend's kernel of that name (the same numbers, bit for bit). */
  readonly kernel?: 'tanh' | 'relu';
}

/** Reuses one subarray per (buffer, length), so handing `n` entries to a spec kernel does not allocate per call. */
class ViewCache {
  private readonly views = new WeakMap<Float64Array, Map<number, Float64Array>>();

  view(buffer: Float64Array, n: number): Float64Array {
    if (n === buffer.length) return buffer;
    let byLength = this.views.get(buffer);
    if (byLength === undefined) {
      byLength = new Map();
      this.views.set(buffer, byLength);
    }
    let v = byLength.get(n);
    if (v === undefined) {
      v = buffer.subarray(0, n);
      byLength.set(n, v);
    }
    return v;
  }
}

/** Python literal for a parameter value. */
function pythonLiteral(value: number | string | boolean): string {
  if (typeof value === 'string') return `'${value}'`;
  if (typeof value === 'boolean') return value ? 'True' : 'False';
  return Number.isInteger(value) ? `${value}.0` : String(value);
}

/** torch code for the built-ins that have an exact torch counterpart; undefined for the others. */
function torchExpressionFor(name: string, p: ActivationParams): string | undefined {
  const kw = (...names: string[]) => names.map((k) => `${k}=${pythonLiteral(p[k])}`).join(', ');
  if (p.kink !== undefined && p.kink !== 'pytorch') return undefined;
  switch (name) {
    case 'relu': return 'F.relu(x)';
    case 'relu6': return 'F.relu6(x)';
    case 'leaky_relu': return `F.leaky_relu(x, ${kw('negative_slope')})`;
    case 'prelu': return `F.prelu(x, torch.tensor([${pythonLiteral(p.weight)}], dtype=torch.float64))`;
    case 'elu': return `F.elu(x, ${kw('alpha')})`;
    case 'selu': return 'F.selu(x)';
    case 'celu': return `F.celu(x, ${kw('alpha')})`;
    case 'gelu': return `F.gelu(x, ${kw('approximate')})`;
    case 'silu': return 'F.silu(x)';
    case 'mish': return 'F.mish(x)';
    case 'softplus': return `F.softplus(x, ${kw('beta', 'threshold')})`;
    case 'softsign': return 'F.softsign(x)';
    case 'tanh': return 'torch.tanh(x)';
    case 'sigmoid': return 'torch.sigmoid(x)';
    case 'hardsigmoid': return 'F.hardsigmoid(x)';
    case 'hardswish': return 'F.hardswish(x)';
    case 'hardtanh': return `F.hardtanh(x, ${kw('min_val', 'max_val')})`;
    case 'hardshrink': return `F.hardshrink(x, ${kw('lambd')})`;
    case 'softshrink': return `F.softshrink(x, ${kw('lambd')})`;
    case 'tanhshrink': return 'F.tanhshrink(x)';
    case 'logsigmoid': return 'F.logsigmoid(x)';
    case 'threshold': return `F.threshold(x, ${pythonLiteral(p.threshold)}, ${pythonLiteral(p.value)})`;
    case 'identity': return 'x';
    case 'swish': return `x * torch.sigmoid(${pythonLiteral(p.beta)} * x)`;
    case 'exponential': return 'torch.exp(x)';
    default: return undefined; // rrelu, noisy_relu (random), srelu, squareplus, sparse_plus, heaviside: no exact torch form here
  }
}

/** "name" or "name(k=v, ...)" listing the parameters that differ from the defaults. */
function describe(spec: ActivationSpec, p: ActivationParams): string {
  const changed = Object.keys(p).filter((k) => p[k] !== spec.defaults[k]);
  return changed.length === 0 ? spec.name : `${spec.name}(${changed.map((k) => `${k}=${String(p[k])}`).join(', ')})`;
}

/**
 * A hidden-layer activation from a registry spec and (already resolved or partial) parameters.
 * Random activations (rrelu training, noisy_relu) are refused: a training step would need a fresh
 * draw per step, which the spec kernels do not provide.
 */
export function fromActivationSpec(spec: ActivationSpec, params?: ActivationParams): LayerActivation {
  const check = resolveParams(spec.params, new Map(Object.entries(params ?? {}).filter(([, v]) => v !== undefined)));
  if (!check.ok) {
    throw new TrainingArgumentError(`${spec.name}(${check.name}=...)`, `${check.name} ${check.problem}`, spec.params.map((q) => q.name).join(', ') || 'no parameters');
  }
  const p = check.params;
  if (spec.isRandom(p)) {
    throw new TrainingArgumentError('activation', `${spec.name} with these parameters is random`, 'a deterministic activation (rrelu with training=false, any non-random built-in)');
  }
  if (spec.name === 'tanh') return tanhActivation;
  const cache = new ViewCache();
  return {
    name: describe(spec, p),
    torchExpression: torchExpressionFor(spec.name, p),
    // relu at PyTorch's kink convention is relu-kernel.ts's function exactly (tested)
    kernel: spec.name === 'relu' && (p.kink === undefined || p.kink === 'pytorch') ? 'relu' : undefined,
    valueAndSlope(pre, post, slope, n) {
      spec.valueAndDerivativeInto(cache.view(pre, n), cache.view(post, n), cache.view(slope, n), p);
    },
  };
}

/**
 * tanh with PyTorch's backward formula, slope = 1 - tanh(x)^2 from the value (torch's tanh_backward),
 * computed by tanh-kernel.ts (within 2 ulp, as Math.tanh; vectorised in the wasm backend) rather
 * than Math.tanh, which was about half of a full-batch tanh step.
 */
const tanhActivation: LayerActivation = {
  name: 'tanh',
  torchExpression: 'torch.tanh(x)',
  kernel: 'tanh',
  valueAndSlope: tanhValueAndSlope,
};

/**
 * An activation from plain scalar functions f and f' (a slow but simple path, e.g. for tests or a
 * language layer without vectorised kernels). One call per element.
 */
export function fromScalarFunctions(name: string, f: (x: number) => number, df: (x: number) => number, torchExpression?: string): LayerActivation {
  return {
    name,
    torchExpression,
    valueAndSlope(pre, post, slope, n) {
      for (let i = 0; i < n; i++) {
        const x = pre[i];
        post[i] = f(x);
        slope[i] = df(x);
      }
    },
  };
}
