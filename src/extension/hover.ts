/** Hover documentation for activation names (and their keyword arguments) in `activation` code. */
import * as vscode from 'vscode';
import { getActivation } from '../core/activations/registry';
import { activationHoverMarkdown, parameterHoverMarkdown } from './hover-markdown';
import { hoverTargetAt } from './hover-target';

export class ActivationHoverProvider implements vscode.HoverProvider {
  provideHover(document: vscode.TextDocument, position: vscode.Position): vscode.Hover | undefined {
    const line = document.lineAt(position.line).text;
    const target = hoverTargetAt(line, position.character);
    if (!target) return undefined;
    const range = new vscode.Range(position.line, target.start, position.line, target.end);
    if (target.keywordOf) {
      const callee = getActivation(target.keywordOf);
      const markdown = callee && parameterHoverMarkdown(callee, target.word);
      if (markdown) return new vscode.Hover(new vscode.MarkdownString(markdown), range);
    }
    const spec = getActivation(target.word);
    if (!spec) return undefined;
    return new vscode.Hover(new vscode.MarkdownString(activationHoverMarkdown(spec)), range);
  }
}
