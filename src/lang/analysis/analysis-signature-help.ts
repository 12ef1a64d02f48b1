/** Signature help: the call the cursor is in, its signature, and which parameter the cursor's argument fills. */
import type { NotebookAnalysis } from './analysis';
import { callContextAt, inStringOrComment } from './analysis-call-context';
import { signatureFor } from './analysis-completions';
import { activeParameter, type CallSignature } from './analysis-signatures';

export interface SignatureHelpResult {
  signature: CallSignature;
  /** Index into signature.params, or -1 when the argument fills none (one too many). */
  activeParameter: number;
}

export function signatureHelpAt(analysis: NotebookAnalysis, cell: number, offset: number): SignatureHelpResult | undefined {
  const source = analysis.cells[cell]?.source ?? '';
  if (inStringOrComment(source, offset) && !insideCallString(source, offset)) return undefined;
  const context = callContextAt(source, offset);
  if (!context?.callee) return undefined;
  const signature = signatureFor(analysis, context.callee, cell, context.openOffset);
  if (!signature) return undefined;
  return { signature, activeParameter: activeParameter(signature, context) };
}

/** A string argument (`gelu(x, approximate="|`) still shows the call's signature; a comment does not. */
function insideCallString(source: string, offset: number): boolean {
  const lineStart = source.lastIndexOf('\n', offset - 1) + 1;
  return !source.slice(lineStart, offset).includes('#');
}
