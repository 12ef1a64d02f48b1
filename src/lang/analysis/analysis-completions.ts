/**
 * What to offer at the cursor: inside the parentheses of a call, the callee's keyword arguments not
 * given yet (`negative_slope=`, with the default); everywhere in code, the names visible there:
 * parameters, names defined earlier, activations, aliases, built-ins and constants.
 */
import type { NotebookAnalysis } from './analysis';
import { markdownCodeSpan } from '../builtins/markup-escape';
import { callContextAt, inStringOrComment, wordBefore } from './analysis-call-context';
import { takesKeyword, type CallSignature } from './analysis-signatures';

export type CompletionKind = 'keyword-argument' | 'parameter' | 'variable' | 'function' | 'activation' | 'alias' | 'builtin' | 'constant';

export interface CompletionEntry {
  label: string;
  kind: CompletionKind;
  /** Shown next to the label: a signature, a default, a definition. */
  detail?: string;
  /** Markdown shown in the details pane. */
  documentation?: string;
  /** What is inserted, when not the label (`negative_slope=`). */
  insertText?: string;
  /** Lower groups are listed first. */
  group: number;
}

export interface Completions {
  entries: CompletionEntry[];
  /** Offset where the word being completed starts (the cursor's offset when nothing is typed yet). */
  replaceStart: number;
}

export function completionsAt(analysis: NotebookAnalysis, cell: number, offset: number): Completions {
  const source = analysis.cells[cell]?.source ?? '';
  const { start } = wordBefore(source, offset);
  const none: Completions = { entries: [], replaceStart: start };
  if (inStringOrComment(source, offset)) return none;
  if (start > 0 && /[0-9.]/.test(source[start - 1]) && !/[A-Za-z_]/.test(source[start] ?? '')) return none; // after a number
  const entries: CompletionEntry[] = [];
  const context = callContextAt(source, offset);
  if (context?.callee && context.atArgumentStart) {
    const signature = signatureFor(analysis, context.callee, cell, context.openOffset);
    for (const p of signature?.params ?? []) {
      if (!takesKeyword(p) || context.keywordsGiven.includes(p.name)) continue;
      entries.push({
        label: p.name,
        kind: 'keyword-argument',
        detail: p.label,
        documentation: p.documentation,
        insertText: `${p.name}=`,
        group: 0,
      });
    }
  }
  const seen = new Set(entries.map((e) => e.label));
  const add = (entry: CompletionEntry): void => {
    if (seen.has(entry.label)) return;
    seen.add(entry.label);
    entries.push(entry);
  };
  for (const v of analysis.visibleAt(cell, offset).reverse()) {
    if (v.kind === 'parameter') add({ label: v.name, kind: 'parameter', detail: 'parameter', group: 1 });
    else if (v.definition) {
      const d = v.definition;
      const where = `defined in cell ${d.cell + 1}`;
      add({
        label: d.name,
        kind: d.signature ? 'function' : 'variable',
        detail: d.signature?.label ?? d.source,
        documentation: `${markdownCodeSpan(d.source)} (${where})`,
        group: 1,
      });
    }
  }
  for (const g of analysis.environment.globals.values()) {
    add({ label: g.name, kind: g.kind, detail: g.signature?.label ?? g.kind, documentation: g.summary, group: g.kind === 'constant' ? 3 : 2 });
  }
  return { entries, replaceStart: start };
}

/** The signature of what a name calls at an offset: a user function visible there, else a predefined one. */
export function signatureFor(analysis: NotebookAnalysis, name: string, cell: number, offset: number): CallSignature | undefined {
  const user = analysis.userDefinition(name, cell, offset);
  if (user) return user.signature;
  return analysis.environment.globals.get(name)?.signature;
}
