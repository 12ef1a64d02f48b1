/** Quick fixes for unknown names: replace the misspelt name with each suggestion (the nearest is preferred). */
import * as vscode from 'vscode';
import { DIAGNOSTIC_SOURCE } from './diagnostics';
import { analyseDocument, spanToRange } from './document-analysis';

export class UnknownNameQuickFix implements vscode.CodeActionProvider {
  static readonly metadata: vscode.CodeActionProviderMetadata = { providedCodeActionKinds: [vscode.CodeActionKind.QuickFix] };

  provideCodeActions(document: vscode.TextDocument, range: vscode.Range | vscode.Selection, context: vscode.CodeActionContext): vscode.CodeAction[] {
    const ours = context.diagnostics.filter((d) => d.source === DIAGNOSTIC_SOURCE && d.code === 'unknown-name');
    if (context.only && !context.only.contains(vscode.CodeActionKind.QuickFix)) return [];
    const result = analyseDocument(document);
    if (!result) return [];
    const actions: vscode.CodeAction[] = [];
    for (const problem of result.analysis.problems(result.cell)) {
      if (problem.code !== 'unknown-name' || problem.suggestions.length === 0) continue;
      const problemRange = spanToRange(document, problem.span);
      if (!problemRange.intersection(range)) continue;
      const diagnostic = ours.find((d) => d.range.isEqual(problemRange));
      const misspelt = document.getText(problemRange);
      problem.suggestions.forEach((suggestion, i) => {
        const action = new vscode.CodeAction(`Change '${misspelt}' to '${suggestion}'`, vscode.CodeActionKind.QuickFix);
        action.edit = new vscode.WorkspaceEdit();
        action.edit.replace(document.uri, problemRange, suggestion);
        if (diagnostic) action.diagnostics = [diagnostic];
        action.isPreferred = i === 0;
        actions.push(action);
      });
    }
    return actions;
  }
}
