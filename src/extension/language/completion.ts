/** Completion in activation code: keyword arguments inside a call, then every name visible at the cursor. */
import * as vscode from 'vscode';
import { completionsAt, type CompletionKind } from '../../lang/analysis/analysis-completions';
import { analyseDocument } from './document-analysis';
import { plainMarkdown } from '../markdown-string';

const KINDS: Record<CompletionKind, vscode.CompletionItemKind> = {
  'keyword-argument': vscode.CompletionItemKind.Property,
  parameter: vscode.CompletionItemKind.Variable,
  variable: vscode.CompletionItemKind.Variable,
  function: vscode.CompletionItemKind.Function,
  activation: vscode.CompletionItemKind.Function,
  alias: vscode.CompletionItemKind.Function,
  builtin: vscode.CompletionItemKind.Function,
  constant: vscode.CompletionItemKind.Constant,
};

/** Typing these opens the list: `(` and `,` start an argument, where keyword arguments are offered. */
export const COMPLETION_TRIGGERS = ['(', ','];

export class ActivationCompletionProvider implements vscode.CompletionItemProvider {
  provideCompletionItems(
    document: vscode.TextDocument,
    position: vscode.Position,
    _token: vscode.CancellationToken,
    context?: vscode.CompletionContext,
  ): vscode.CompletionItem[] | undefined {
    const result = analyseDocument(document);
    if (!result) return undefined;
    const offset = document.offsetAt(position);
    const { entries, replaceStart } = completionsAt(result.analysis, result.cell, offset);
    // Typing ( or , opens the list only where keyword arguments can go (not after every comma of a vector).
    if (context?.triggerKind === vscode.CompletionTriggerKind.TriggerCharacter && !entries.some((e) => e.kind === 'keyword-argument')) return undefined;
    const range = new vscode.Range(document.positionAt(replaceStart), position);
    return entries.map((entry) => {
      const item = new vscode.CompletionItem(entry.label, KINDS[entry.kind]);
      item.detail = entry.detail;
      if (entry.documentation) item.documentation = plainMarkdown(entry.documentation);
      if (entry.insertText) item.insertText = entry.insertText;
      item.range = range;
      item.sortText = `${entry.group}_${entry.label}`;
      return item;
    });
  }
}
