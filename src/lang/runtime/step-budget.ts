/**
 * The work budget of one statement, and the interrupt check polled while it is spent. One step per
 * syntax node evaluated; one per ELEMENTS_PER_STEP items of element work (an operator on vectors,
 * an elementwise function or activation, a reduction such as sum or max reading its vector, a
 * sequence built, a string compared), charged chunk by chunk while the work runs (element-work.ts);
 * one per 64 items of each vector a built-in returns or a slice copies; and what d's interpreter charges for its nodes and
 * jet work (Evaluator.chargeSteps): one budget for the whole statement. The displays (plot, table,
 * compare, describe) sample through the same calls, so their work is charged the same way.
 *
 * The interrupt flag is polled by work, not by node: every INTERRUPT_POLL_STEPS steps of any kind,
 * so at most INTERRUPT_POLL_STEPS steps plus one charge (a chunk, WORK_CHUNK items: 256 steps) run
 * between two polls whatever the cell does (test/lang/runtime/interrupt-polling.test.ts counts it).
 * Running out ends in "too much work" at the statement; an interrupt throws INTERRUPTED, which
 * Evaluator.execute turns into the "interrupted" error at the statement.
 */
import { LangError, LimitError } from '../syntax/errors';
import type { Span } from '../syntax/span';
import type { Value } from './values';

/** How many evaluation steps pass between two calls of EvaluatorOptions.shouldStop. */
export const INTERRUPT_POLL_STEPS = 1000;
/** Items of element work that cost one step (a step of the syntax walk takes about as long as 64 additions). */
export const ELEMENTS_PER_STEP = 64;
export const INTERRUPTED_MESSAGE = 'interrupted: this statement was stopped (the statements before it ran and keep their effects)';
/**
 * Thrown by checkInterrupt: a plain object, not a LangError, so that no catch on the way (d's
 * fallbacks, the sampler's point-by-point retry, a call's error anchoring) takes it for a language
 * error and goes on; execute turns it into the "interrupted" LangError at the statement.
 */
export const INTERRUPTED: object = Object.freeze({ interrupted: true });

export class StepBudget {
  private steps = 0;
  private untilPoll = INTERRUPT_POLL_STEPS;
  /** Every step charged since the budget was made, across statements (tests count work between polls by it). */
  private total = 0;
  /** The statement running: the step-limit error underlines it (the node where the count ran out is arbitrary). */
  private statementSpan: Span | undefined;

  constructor(
    readonly maxSteps: number,
    private readonly shouldStop: (() => boolean) | undefined,
  ) {}

  /** Starts the budget of a new statement (the interrupt poll keeps its own rhythm across statements). */
  startStatement(span: Span): void {
    this.steps = 0;
    this.statementSpan = span;
  }

  /** How many steps the statement running (or the last one) has taken so far. */
  get taken(): number {
    return this.steps;
  }

  /** Every step charged since the budget was made, across statements. */
  get work(): number {
    return this.total;
  }

  /** Stops the running statement (execute reports "interrupted" at it) if EvaluatorOptions.shouldStop says so. */
  checkInterrupt(): void {
    if (this.shouldStop?.()) throw INTERRUPTED;
  }

  /** One step: a syntax node about to be evaluated at span. */
  step(span: Span): void {
    this.total++;
    if (--this.untilPoll <= 0) {
      this.untilPoll = INTERRUPT_POLL_STEPS;
      this.checkInterrupt();
    }
    if (++this.steps > this.maxSteps) throw this.tooMuchWork(span);
  }

  /** Counts n steps of work done outside the syntax walk, and polls for an interrupt when one is due. */
  charge(n: number, span?: Span): void {
    this.total += n;
    this.steps += n;
    this.untilPoll -= n;
    if (this.untilPoll <= 0) {
      this.untilPoll = INTERRUPT_POLL_STEPS;
      this.checkInterrupt();
    }
    if (this.steps > this.maxSteps) throw this.tooMuchWork(span);
  }

  /**
   * n steps of work done between statements (the kernel building the output of a long vector or a
   * chart): brings the interrupt poll closer, and polls when it is due, but is no statement's step.
   */
  pollAfter(n: number): void {
    // Not in `total`: the evaluator did not do this work, the kernel's output building did.
    this.untilPoll -= n;
    if (this.untilPoll <= 0) {
      this.untilPoll = INTERRUPT_POLL_STEPS;
      this.checkInterrupt();
    }
  }

  /** n items of element work (see ELEMENTS_PER_STEP), charged before they run: may stop the statement. */
  chargeElements(n: number, span?: Span): void {
    this.charge(n / ELEMENTS_PER_STEP, span);
  }

  /**
   * A vector a built-in returns counts too: a step per 64 of its items (on top of the element work
   * the built-in charged while it ran), so a loop of calls over long vectors is bounded in time as
   * well as a loop over numbers. Charged like any work: it may stop the statement or poll.
   */
  chargeValue(value: Value): Value {
    if (value.kind === 'vector') this.charge(value.items.length >>> 6);
    return value;
  }

  private tooMuchWork(span: Span | undefined): LangError {
    return new LimitError(
      'eval',
      `too much work: more than ${this.maxSteps.toLocaleString('en-US')} steps in one statement, so it was stopped (a recursion that branches too much, or d over very many points or at a high order?)`,
      (this.statementSpan ?? span)!,
    );
  }
}
