// PLACEHOLDER (interface only) — replaced by the real implementation.
import type { CellResult } from '../shared/cell-result';

/** One kernel state per notebook: names defined by one cell are visible in later cells. */
export class KernelSession {
  /** Runs one cell's source: every statement that is not an assignment shows its value, in order. */
  async execute(source: string): Promise<CellResult> {
    void source;
    throw new Error('not implemented yet');
  }
  /** Forgets every name defined so far. */
  reset(): void {}
}
