/**
 * Hover on a user-defined name: the statement that defines it and the cell it is in. (Activation and
 * built-in names get their documentation from hover.ts; VS Code shows both providers' hovers.)
 */
import * as vscode from 'vscode';
import { definitionHoverMarkdown } from '../../lang/analysis/analysis-hover';
import { analyseDocument, spanToRange } from './document-analysis';
import { plainMarkdown } from '../markdown-string';

export class UserNameHoverProvider implements vscode.HoverProvider {
  provideHover(document: vscode.TextDocument, position: vscode.Position): vscode.Hover | undefined {
    const result = analyseDocument(document);
    if (!result) return undefined;
    const at = result.analysis.nameAt(result.cell, document.offsetAt(position));
    if (!at?.definition) return undefined;
    const inNotebook = document.uri.scheme === 'vscode-notebook-cell';
    return new vscode.Hover(plainMarkdown(definitionHoverMarkdown(at.definition, inNotebook)), spanToRange(document, at.span));
  }
}
