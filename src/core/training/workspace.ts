/**
 * The preallocated buffers of forward and backward passes over up to `capacity` rows: allocated
 * once per run, reused by every step (no allocation in the hot loop). Sample-major: buffer[r * width + j].
 * With a DenseArena the float64 buffers are views onto its WebAssembly memory and `kernels` is the
 * arena (SIMD); otherwise ordinary arrays and the plain-JS kernels (bit-identical either way).
 */
import { DenseKernels, JS_DENSE_KERNELS, requestedDenseBackend } from './dense-backend';
import type { Network } from './network';
import { DenseArena } from './wasm/dense-arena';

export class Workspace {
  readonly capacity: number;
  /** The gathered inputs of a chunk: capacity x inputs. */
  readonly input: Float64Array;
  /** The gathered targets of a chunk: capacity x outputs (capacity labels for cross-entropy). */
  readonly target: Float64Array;
  /** Per layer: pre-activations (capacity x rows). */
  readonly pre: Float64Array[];
  /** Per layer: values after the activation (capacity x units); the output layer's head values (pre itself for a linear head). */
  readonly post: Float64Array[];
  /** Per layer: f'(pre) (capacity x units) for activation and PReLU layers; empty otherwise. */
  readonly slope: Float64Array[];
  /** Per maxout layer: the winning row of each unit (capacity x units); empty otherwise. */
  readonly winner: Int32Array[];
  /** Per layer: d loss / d pre (capacity x rows). */
  readonly gradPre: Float64Array[];
  /** Per hidden layer: d loss / d post (capacity x units). */
  readonly gradPost: Float64Array[];
  /** d loss / d parameters, the layout of Network.parameters. */
  readonly gradients: Float64Array;
  /** The dense kernels for these buffers: the arena's (wasm SIMD) or the plain-JS ones. */
  readonly kernels: DenseKernels;

  constructor(net: Network, capacity: number, arena: DenseArena | null = null) {
    const f64 = (length: number) => (arena !== null ? arena.alloc(length) : new Float64Array(length));
    this.capacity = capacity;
    this.kernels = arena ?? JS_DENSE_KERNELS;
    this.input = f64(capacity * net.inputs);
    this.target = f64(capacity * net.outputs);
    this.pre = [];
    this.post = [];
    this.slope = [];
    this.winner = [];
    this.gradPre = [];
    this.gradPost = [];
    for (const layer of net.layers) {
      const pre = f64(capacity * layer.rows);
      this.pre.push(pre);
      const linearOutput = layer.kind === 'output' && net.head === 'linear';
      this.post.push(linearOutput ? pre : f64(capacity * layer.units));
      this.slope.push(f64(layer.kind === 'activation' || layer.kind === 'prelu' ? capacity * layer.units : 0));
      this.winner.push(new Int32Array(layer.kind === 'maxout' ? capacity * layer.units : 0));
      this.gradPre.push(f64(capacity * layer.rows));
      this.gradPost.push(f64(layer.kind === 'output' ? 0 : capacity * layer.units));
    }
    this.gradients = f64(net.parameters.length);
  }

  /** Float64 slots a workspace takes in an arena (with 16-byte alignment slack per buffer). */
  static arenaDoubles(net: Network, capacity: number): number {
    let d = capacity * (net.inputs + net.outputs) + net.parameters.length + 6;
    for (const layer of net.layers) d += capacity * (3 * layer.rows + 2 * layer.units) + 10;
    return d;
  }
}

/**
 * A training run's network and workspace. With the 'wasm' backend (and WebAssembly SIMD available)
 * both live in one DenseArena: the returned network is a copy of `net` whose parameters are a view
 * onto the arena (copied in once), so the kernels read them in place, with no copy per step. The
 * caller releases the arena (arena.release()) when the run is over and nothing reads its views.
 */
export function createRunWorkspace(net: Network, capacity: number): { net: Network; ws: Workspace; arena: DenseArena | null } {
  let arena: DenseArena | null = null;
  if (requestedDenseBackend() === 'wasm') {
    let scratch = 0;
    for (const layer of net.layers) scratch = Math.max(scratch, layer.rows * layer.inputs);
    arena = DenseArena.acquire(net.parameters.length + 2 + Workspace.arenaDoubles(net, capacity), scratch);
  }
  if (arena === null) return { net, ws: new Workspace(net, capacity), arena: null };
  const parameters = arena.alloc(net.parameters.length);
  parameters.set(net.parameters);
  const inArena = { ...net, parameters };
  return { net: inArena, ws: new Workspace(inArena, capacity, arena), arena };
}
