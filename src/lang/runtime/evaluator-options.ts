/**
 * The evaluator's options and their defaults: the limits that keep any cell from freezing the
 * editor (size, call depth, steps), the session's kink convention, and the interrupt check.
 */
import type { KinkConvention } from '../../core/activations/kink';
import type { DataFileReader } from './data-file';
import type { SizeLimits } from '../../core/training/size-limits';
import type { TrainingProgressHook } from '../training/training-progress';

export interface EvaluatorOptions {
  /** The largest vector any operation may build (default 10,000,000 elements). */
  maxElements?: number;
  /** How deeply calls of user functions may nest (default 200, see DEFAULT_MAX_CALL_DEPTH). */
  maxCallDepth?: number;
  /** How many steps one statement may take: syntax nodes evaluated, vector and jet work (default DEFAULT_MAX_STEPS). */
  maxSteps?: number;
  /**
   * The session's memory budget in bytes: the vectors its names hold plus those the running
   * statement holds (exactly what counts: memory-budget.ts). Default 2048 MiB, the setting
   * activationLab.kernel.maxMemoryMB.
   */
  maxMemoryBytes?: number;
  /**
   * The derivative convention at kinks for every activation that has a `kink` keyword, when a call
   * does not give one (default "pytorch"; the setting activationLab.derivatives.kinkConvention).
   * It reaches calls, d(...), and the derivative series of plot, table, compare and describe.
   */
  kinkConvention?: KinkConvention;
  /**
   * Polled every INTERRUPT_POLL_STEPS steps (here and in d's interpreter): once it returns true the
   * statement running stops with an "interrupted" error at its span; earlier statements keep their
   * effects. The kernel worker passes a check of the interrupt flag the editor sets.
   */
  shouldStop?: () => boolean;
  /** The folder a relative file path (dataset("data.csv")) is read from: the notebook's folder; default the working directory. */
  baseDirectory?: string;
  /** Reads a data file a cell names (dataset("data.csv")); the kernel lends one that reads from baseDirectory. Without it, reading a file is an error. */
  readDataFile?: DataFileReader;
  /** Limits of mlp and train (parameters, samples, work per epoch and in all), checked before any work; default the core's DEFAULT_SIZE_LIMITS. */
  trainingLimits?: Partial<SizeLimits>;
  /** Live updates of train(...) and compare_training(...) while they run (src/lang/training/training-progress.ts); the kernel draws them. */
  onTrainingProgress?: TrainingProgressHook;
}

export const DEFAULT_MAX_ELEMENTS = 10_000_000;
/**
 * 200 nested calls, counted alike by the evaluator and by d's interpreter, fit in Node's default
 * stack (984 KB) on a cold start (bytecode interpreter frames, the largest) with room to spare, so
 * this limit, not the stack's end, is what a runaway recursion meets. Measured capacity, in nested
 * calls before the stack runs out, fresh process (test/lang/runtime/recursion-depth.test.ts checks it):
 * `c(n) = where(n <= 0, 0, 1 + c(n - 1))` about 810; the same with five nested operators around the
 * call about 440; through d(f) about 530, and about 250 with the five operators.
 */
export const DEFAULT_MAX_CALL_DEPTH = 200;
/**
 * One budget per statement for the evaluator and d's interpreter together (jet work included, see
 * differentiate-body.ts). Measured on the development machine, a statement that spends it all takes
 * about 2 seconds at most (a branching recursion through d(f) point by point, about 65 ns a step; a
 * plain recursion about 55 ns; jets of order 20 on 10 million points about 30 ns; d inside a body
 * differentiated again about 40 ns). Ordinary cells use a fraction: plot(f, g, derivative=2,
 * samples=100000) of two user functions about 8.4 million, d(f, 2) on 100,000 points about 1.9
 * million, d(f) on a million points about 13 million, plot/compare/describe at the default sampling
 * well under 100,000.
 */
export const DEFAULT_MAX_STEPS = 30_000_000;
