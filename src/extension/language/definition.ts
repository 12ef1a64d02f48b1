/** Go to definition for user-defined names: jumps to the statement that defines it, in its cell (or line of the script). */
import * as vscode from 'vscode';
import { analyseDocument, spanToRange } from './document-analysis';

export class UserNameDefinitionProvider implements vscode.DefinitionProvider {
  provideDefinition(document: vscode.TextDocument, position: vscode.Position): vscode.LocationLink[] | undefined {
    const result = analyseDocument(document);
    if (!result) return undefined;
    const at = result.analysis.nameAt(result.cell, document.offsetAt(position));
    const definition = at?.definition;
    if (!at || !definition) return undefined;
    const target = result.documents[definition.cell];
    return [
      {
        originSelectionRange: spanToRange(document, at.span),
        targetUri: target.uri,
        targetRange: spanToRange(target, definition.statementSpan),
        targetSelectionRange: spanToRange(target, definition.nameSpan),
      },
    ];
  }
}
