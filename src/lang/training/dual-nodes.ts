/**
 * The nodes of a compiled user activation (vector-dual.ts): each holds the values `v` and the
 * derivatives `d` (with respect to the activation's input) of one subexpression over a whole
 * layer-batch, in buffers that grow to the largest batch seen and are then reused (no allocation
 * per call). A constant node has `constant` set and derivative 0.
 */
export abstract class DualNode {
  v: Float64Array = new Float64Array(0);
  d: Float64Array = new Float64Array(0);
  /** The value when the node does not depend on the input. */
  constant: number | undefined = undefined;
  /** The same subexpression as PyTorch code on a tensor `x` (for export), when it can be written so. */
  torch: string | undefined = undefined;

  /** Fills v[0..n) and d[0..n), running the children first. */
  abstract run(n: number): void;

  protected grow(n: number): void {
    if (this.v.length < n) {
      this.v = new Float64Array(n);
      this.d = new Float64Array(n);
    }
  }
}

/** The activation's input: v is the pre-activations handed in, d is 1. */
export class InputNode extends DualNode {
  override torch: string | undefined = 'x';
  private ones: Float64Array = new Float64Array(0);

  set(pre: Float64Array, n: number): void {
    if (this.ones.length < n) this.ones = new Float64Array(Math.max(n, pre.length)).fill(1);
    this.v = pre;
    this.d = this.ones;
  }

  run(): void {}
}

/** A number: v filled with it, d zero (buffers grown on demand, filled once). */
export class ConstantNode extends DualNode {
  constructor(value: number) {
    super();
    this.constant = value;
    this.torch = pythonNumber(value);
  }

  run(n: number): void {
    if (this.v.length < n) {
      this.v = new Float64Array(n).fill(this.constant!);
      this.d = new Float64Array(n);
    }
  }
}

/** A node computed from children by `body(self, n)` after they ran. */
export class ComputedNode extends DualNode {
  constructor(private readonly children: readonly DualNode[], private readonly body: (self: ComputedNode, n: number) => void) {
    super();
  }

  run(n: number): void {
    // A node used twice (y in y * y when y is an inlined argument) runs once per pass.
    if (this.ranAt === PASS.count) return;
    this.ranAt = PASS.count;
    for (const c of this.children) c.run(n);
    this.grow(n);
    this.body(this, n);
  }

  /** A view of the first n entries (cached per buffer and length). */
  view(buffer: Float64Array, n: number): Float64Array {
    if (buffer.length === n) return buffer;
    let byLength = VIEWS.get(buffer);
    if (byLength === undefined) {
      byLength = new Map();
      VIEWS.set(buffer, byLength);
    }
    let view = byLength.get(n);
    if (view === undefined) {
      view = buffer.subarray(0, n);
      byLength.set(n, view);
    }
    return view;
  }

  /** A scratch buffer of this node (for an activation's slopes), grown with it. */
  scratch(n: number): Float64Array {
    if (this.tmp.length < n) this.tmp = new Float64Array(this.v.length);
    return this.tmp;
  }

  private tmp: Float64Array = new Float64Array(0);
  private ranAt = -1;
}

/** Counts the passes: startPass() before running a root, so every node runs once per pass. */
export const PASS = { count: 0 };

export function startPass(): void {
  PASS.count++;
}

const VIEWS = new WeakMap<Float64Array, Map<number, Float64Array>>();

/** A Python float literal that reads back as the same double. */
export function pythonNumber(v: number): string {
  if (Number.isNaN(v)) return "float('nan')";
  if (!Number.isFinite(v)) return v > 0 ? "float('inf')" : "float('-inf')";
  const text = Number.isInteger(v) && Math.abs(v) < 1e21 ? `${v}.0` : String(v);
  return v < 0 || Object.is(v, -0) ? `(${Object.is(v, -0) ? '-0.0' : text})` : text;
}
