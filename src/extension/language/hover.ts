/**
 * Hover documentation for activation names (and their keyword arguments) in `activation` code: the
 * element-wise ones (relu, gelu, ...) and the vector ones (softmax, glu, maxout, ...).
 */
import * as vscode from 'vscode';
import { resolveActivation } from '../../core/activation-lookup';
import { hoverAt } from '../../lang/analysis/hover-target';
import { withValue } from '../docs/call-arguments';
import { parameterHoverMarkdown } from '../docs/hover-markdown';
import { recordHoverMarkdown } from '../docs/record-hover';
import { plainMarkdown } from '../markdown-string';

export class ActivationHoverProvider implements vscode.HoverProvider {
  provideHover(document: vscode.TextDocument, position: vscode.Position): vscode.Hover | undefined {
    const line = document.lineAt(position.line).text;
    const at = hoverAt(line, position.character);
    if (!at) return undefined;
    const { target } = at;
    const range = new vscode.Range(position.line, target.start, position.line, target.end);
    if (target.keywordOf) {
      const callee = resolveActivation(target.keywordOf);
      const markdown = callee && parameterHoverMarkdown(callee, target.word);
      if (markdown) return new vscode.Hover(plainMarkdown(markdown), range);
    }
    const spec = resolveActivation(target.word);
    if (!spec) return undefined;
    const args = at.args?.map(withValue);
    // Not trusted and no HTML: the chart is a Markdown image with a data: URI, which hovers render as is.
    return new vscode.Hover(plainMarkdown(recordHoverMarkdown(spec, args ?? [], 'keywords')), range);
  }
}
