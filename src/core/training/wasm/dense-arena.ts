/**
 * A DenseArena is one WebAssembly memory holding a run's parameters, gradients and workspace (all
 * Float64Array views onto it, allocated once, never grown, so the views never detach), plus an
 * instance of the SIMD dense kernels on that memory. Its kernels run in wasm when every array they
 * get lies in the arena and fall back to the (bit-identical) plain-JS kernels otherwise, so a
 * caller may mix arena and ordinary arrays. No copies and no allocation per call.
 */
import { denseForward, denseInputGradient, denseWeightGradient } from '../dense-kernels';
import { reluValueAndSlope } from '../relu-kernel';
import { tanhValueAndSlope } from '../tanh-kernel';
import { DenseKernels, multiplyElementwise } from '../dense-backend';
import { DENSE_SIMD_WASM } from './dense-simd-bytes';

type Kernel = (...args: number[]) => void;
interface WasmMemory { readonly buffer: ArrayBuffer }
interface WasmApi {
  validate(bytes: Uint8Array): boolean;
  Module: new (bytes: Uint8Array) => object;
  Instance: new (module: object, imports: object) => { readonly exports: Record<string, unknown> };
  Memory: new (descriptor: { initial: number; maximum?: number }) => WasmMemory;
}

const PAGE = 65536;
/** Larger runs use the plain-JS kernels (wasm32 memories are at most 4 GiB; keep well below). */
const MAX_ARENA_BYTES = 1 << 30;

let compiled: object | null | undefined;

function api(): WasmApi | undefined {
  return (globalThis as { WebAssembly?: WasmApi }).WebAssembly;
}

/** The compiled module, or null where WebAssembly or its SIMD proposal is unavailable. */
function simdModule(): object | null {
  if (compiled === undefined) {
    compiled = null;
    try {
      const wasm = api();
      if (wasm !== undefined && wasm.validate(DENSE_SIMD_WASM)) compiled = new wasm.Module(DENSE_SIMD_WASM);
    } catch {
      compiled = null;
    }
  }
  return compiled;
}

/** True when this engine validates and compiles the SIMD kernels. */
export function wasmSimdAvailable(): boolean {
  return simdModule() !== null;
}

function arenaBytes(doubles: number, scratchDoubles: number): number {
  return (doubles + scratchDoubles + 2) * 8 + 64;
}

/** Released arenas up to this size are kept for the next run (a new memory + instance costs ~0.3 ms). */
const POOL_MAX_BYTES = 16 << 20;
const POOL_SIZE = 4;
const pool: DenseArena[] = [];

export class DenseArena implements DenseKernels {
  private readonly buffer: ArrayBuffer;
  private top = 0;
  private scratch: Float64Array;
  private readonly gemm: Kernel;
  private readonly transpose: Kernel;
  private readonly wgrad: Kernel;
  private readonly tanhSlope: Kernel;
  private readonly mul: Kernel;
  private readonly reluSlope: Kernel;

  /** A fresh arena of `doubles` float64 slots (plus alignment) and `scratchDoubles` for transposed weights; null when wasm SIMD is unavailable or the size too large. */
  static create(doubles: number, scratchDoubles: number): DenseArena | null {
    const module = simdModule();
    const wasm = api();
    if (module === null || wasm === undefined) return null;
    const bytes = arenaBytes(doubles, scratchDoubles);
    if (!(bytes <= MAX_ARENA_BYTES)) return null;
    try {
      const pages = Math.ceil(bytes / PAGE);
      const memory = new wasm.Memory({ initial: pages, maximum: pages });
      const instance = new wasm.Instance(module, { env: { memory } });
      return new DenseArena(memory.buffer, instance.exports, scratchDoubles);
    } catch {
      return null;
    }
  }

  /** A released arena large enough (zeroed, as a fresh one), else a fresh one (or null, as create). */
  static acquire(doubles: number, scratchDoubles: number): DenseArena | null {
    const bytes = arenaBytes(doubles, scratchDoubles);
    for (let k = 0; k < pool.length; k++) {
      const arena = pool[k];
      if (arena.buffer.byteLength >= bytes) {
        pool.splice(k, 1);
        new Uint8Array(arena.buffer, 0, arena.top).fill(0);
        arena.top = 0;
        arena.scratch = arena.alloc(scratchDoubles);
        return arena;
      }
    }
    return DenseArena.create(doubles, scratchDoubles);
  }

  private constructor(buffer: ArrayBuffer, exports: Record<string, unknown>, scratchDoubles: number) {
    this.buffer = buffer;
    this.gemm = exports.gemm as Kernel;
    this.transpose = exports.transpose as Kernel;
    this.wgrad = exports.wgrad as Kernel;
    this.tanhSlope = exports.tanh_slope as Kernel;
    this.mul = exports.mul as Kernel;
    this.reluSlope = exports.relu_slope as Kernel;
    this.scratch = this.alloc(scratchDoubles);
  }

  /** Gives the arena back for reuse: no view onto it may be used afterwards. */
  release(): void {
    if (this.buffer.byteLength <= POOL_MAX_BYTES && pool.length < POOL_SIZE && !pool.includes(this)) pool.push(this);
  }

  /** A zeroed view of `length` doubles, 16-byte aligned. */
  alloc(length: number): Float64Array {
    const start = (this.top + 15) & ~15;
    const view = new Float64Array(this.buffer, start, length);
    this.top = start + length * 8;
    return view;
  }

  /** True when the array is a view onto this arena. */
  holds(a: Float64Array): boolean {
    return a.buffer === this.buffer;
  }

  forward(X: Float64Array, W: Float64Array, b: Float64Array, Z: Float64Array, n: number, inputs: number, rows: number, wOff: number, bOff: number): void {
    const buf = this.buffer;
    if (X.buffer !== buf || W.buffer !== buf || b.buffer !== buf || Z.buffer !== buf || rows * inputs > this.scratch.length) {
      denseForward(X, W, b, Z, n, inputs, rows, wOff, bOff);
      return;
    }
    const t = this.scratch.byteOffset;
    this.transpose(W.byteOffset + wOff * 8, t, rows, inputs);
    this.gemm(X.byteOffset, inputs * 8, 8, t, Z.byteOffset, n, inputs, rows, b.byteOffset + bOff * 8, 1);
  }

  weightGradient(X: Float64Array, dZ: Float64Array, G: Float64Array, n: number, inputs: number, rows: number, wOff: number, bOff: number): void {
    const buf = this.buffer;
    if (X.buffer !== buf || dZ.buffer !== buf || G.buffer !== buf) {
      denseWeightGradient(X, dZ, G, n, inputs, rows, wOff, bOff);
      return;
    }
    this.wgrad(dZ.byteOffset, X.byteOffset, G.byteOffset + wOff * 8, G.byteOffset + bOff * 8, n, inputs, rows);
  }

  inputGradient(dZ: Float64Array, W: Float64Array, dX: Float64Array, n: number, inputs: number, rows: number, wOff: number): void {
    const buf = this.buffer;
    if (dZ.buffer !== buf || W.buffer !== buf || dX.buffer !== buf) {
      denseInputGradient(dZ, W, dX, n, inputs, rows, wOff);
      return;
    }
    this.gemm(dZ.byteOffset, rows * 8, 8, W.byteOffset + wOff * 8, dX.byteOffset, n, rows, inputs, 0, 0);
  }

  tanhValueAndSlope(pre: Float64Array, post: Float64Array, slope: Float64Array, n: number): void {
    this.threeArrays(this.tanhSlope, tanhValueAndSlope, pre, post, slope, n);
  }

  reluValueAndSlope(pre: Float64Array, post: Float64Array, slope: Float64Array, n: number): void {
    this.threeArrays(this.reluSlope, reluValueAndSlope, pre, post, slope, n);
  }

  multiply(a: Float64Array, b: Float64Array, out: Float64Array, n: number): void {
    this.threeArrays(this.mul, multiplyElementwise, a, b, out, n);
  }

  /** An elementwise kernel over three arrays and n: in wasm when all three lie in the arena, else its plain-JS twin. */
  private threeArrays(
    kernel: Kernel,
    twin: (a: Float64Array, b: Float64Array, c: Float64Array, n: number) => void,
    a: Float64Array, b: Float64Array, c: Float64Array, n: number,
  ): void {
    const buf = this.buffer;
    if (a.buffer !== buf || b.buffer !== buf || c.buffer !== buf) twin(a, b, c, n);
    else kernel(a.byteOffset, b.byteOffset, c.byteOffset, n);
  }
}
