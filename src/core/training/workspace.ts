/**
 * The preallocated buffers of forward and backward passes over up to `capacity` rows: allocated
 * once per run, reused by every step (no allocation in the hot loop). Sample-major: buffer[r * width + j].
 */
import type { Network } from './network';

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

  constructor(net: Network, capacity: number) {
    this.capacity = capacity;
    this.input = new Float64Array(capacity * net.inputs);
    this.target = new Float64Array(capacity * net.outputs);
    this.pre = [];
    this.post = [];
    this.slope = [];
    this.winner = [];
    this.gradPre = [];
    this.gradPost = [];
    for (const layer of net.layers) {
      const pre = new Float64Array(capacity * layer.rows);
      this.pre.push(pre);
      const linearOutput = layer.kind === 'output' && net.head === 'linear';
      this.post.push(linearOutput ? pre : new Float64Array(capacity * layer.units));
      this.slope.push(new Float64Array(layer.kind === 'activation' || layer.kind === 'prelu' ? capacity * layer.units : 0));
      this.winner.push(new Int32Array(layer.kind === 'maxout' ? capacity * layer.units : 0));
      this.gradPre.push(new Float64Array(capacity * layer.rows));
      this.gradPost.push(new Float64Array(layer.kind === 'output' ? 0 : capacity * layer.units));
    }
    this.gradients = new Float64Array(net.parameters.length);
  }
}
