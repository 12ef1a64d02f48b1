/**
 * The one way a provider hands Markdown to VS Code: not trusted (no command links run), no raw HTML,
 * no theme icons. The text itself was escaped where it was built (src/lang/builtins/markup-escape.ts);
 * these flags are the second wall.
 */
import * as vscode from 'vscode';

export function plainMarkdown(text: string): vscode.MarkdownString {
  const markdown = new vscode.MarkdownString(text, false);
  markdown.isTrusted = false;
  markdown.supportHtml = false;
  return markdown;
}
