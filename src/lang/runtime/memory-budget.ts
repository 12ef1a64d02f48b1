/**
 * The kernel session's memory budget (EvaluatorOptions.maxMemoryBytes, the setting
 * activationLab.kernel.maxMemoryMB, default 2048 MiB). What it counts, exactly:
 * - the names: the bytes (8 per number) of every vector a notebook name holds, a buffer shared by
 *   two names counted once, measured when a statement starts;
 * - the statement's temporaries: every vector the running statement built and still holds while
 *   the rest of an expression evaluates (the left operand while the right one runs, the arguments
 *   of a call while it runs, so a recursion passing new vectors down holds one per level), plus the
 *   vector just built.
 * A vector just built that would take names + temporaries past the budget ends the statement with a
 * LimitError at the expression that built it; the names defined before are kept. Not counted:
 * vectors held only by a function's closure or inside datasets, networks and displays, and the
 * scratch vectors a built-in uses inside itself (each is at most maxElements long).
 */
import { LimitError } from '../syntax/errors';
import type { Span } from '../syntax/span';
import type { Value } from './values';

export const DEFAULT_MAX_MEMORY_MB = 2048;
export const BYTES_PER_MB = 1024 * 1024;

export class MemoryBudget {
  private names = 0;
  private temporaries = 0;

  constructor(readonly maxBytes: number) {}

  /** Starts a statement: measures the names' vectors, no temporaries yet. */
  startStatement(values: Iterable<Value>): void {
    const seen = new Set<ArrayBufferLike>();
    let bytes = 0;
    for (const v of values) {
      if (v.kind !== 'vector' || seen.has(v.items.buffer)) continue;
      seen.add(v.items.buffer);
      bytes += v.items.byteLength;
    }
    this.names = bytes;
    this.temporaries = 0;
  }

  /** Holds a value the statement built (not a name's, `fromName`) while more is evaluated; returns the bytes to release. */
  hold(v: Value, fromName: boolean): number {
    if (fromName || v.kind !== 'vector') return 0;
    this.temporaries += v.items.byteLength;
    return v.items.byteLength;
  }

  release(bytes: number): void {
    this.temporaries -= bytes;
  }

  /** The value, if a vector that fits beside the names and the temporaries held; else the out-of-memory error at span. */
  check(v: Value, span: Span): Value {
    if (v.kind === 'vector' && this.names + this.temporaries + v.items.byteLength > this.maxBytes) throw this.outOfMemory(v.items.byteLength, span);
    return v;
  }

  private outOfMemory(bytes: number, span: Span): LimitError {
    const mb = (b: number) => `${(b / BYTES_PER_MB).toLocaleString('en-US', { maximumFractionDigits: 0 })} MB`;
    return new LimitError(
      'eval',
      `out of memory: this vector (${mb(bytes)}) would take the session past its memory budget of ${mb(this.maxBytes)} (vectors in names: ${mb(this.names)}, held by this statement: ${mb(this.temporaries)}; the setting activationLab.kernel.maxMemoryMB). Assign names you no longer need a number to free them, or use shorter vectors`,
      span,
    );
  }
}
