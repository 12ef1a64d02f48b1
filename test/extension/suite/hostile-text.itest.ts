// User text in hovers, completion and signature help inside a real VS Code (issue 11): the Markdown
// our providers return is not trusted, allows no HTML, and shows the user's definition only inside
// code (test/lang/builtins/markup-safety.ts).
import * as assert from 'assert';
import * as vscode from 'vscode';
import { markdownDangers } from '../../lang/builtins/markup-safety';
import { activateExtension, workspaceUri } from './notebook-helpers';

const HOSTILE = 'f = x -> x + 0 * ("`` <img src=x onerror=alert(1)> ![x](http://evil/p.png) [a](javascript:alert(1)) x*2*x" == "a")';

function markdownOf(content: vscode.MarkdownString | vscode.MarkedString | string | undefined): vscode.MarkdownString {
  assert.ok(content && typeof content === 'object' && 'value' in content && !('language' in content), `a MarkdownString, got ${JSON.stringify(content)}`);
  return content as vscode.MarkdownString;
}

function assertSafe(md: vscode.MarkdownString, where: string): void {
  assert.ok(!md.isTrusted, `${where}: not trusted`);
  assert.ok(!md.supportHtml, `${where}: no HTML`);
  assert.deepStrictEqual(markdownDangers(md.value), [], `${where}: ${md.value}`);
  assert.ok(md.value.includes('onerror'), `${where} shows the definition: ${md.value}`);
}

describe('hostile user text in the editor features', () => {
  let document: vscode.TextDocument;
  before(async () => {
    await activateExtension();
    const uri = workspaceUri(`hostile-${Date.now()}.act`);
    await vscode.workspace.fs.writeFile(uri, new TextEncoder().encode(`${HOSTILE}\nf\nf(1, \n`));
    document = await vscode.workspace.openTextDocument(uri);
    await vscode.window.showTextDocument(document);
  });

  it('hover of the user name', async () => {
    const hovers = await vscode.commands.executeCommand<vscode.Hover[]>('vscode.executeHoverProvider', document.uri, new vscode.Position(1, 0));
    assert.ok(hovers.length > 0, 'a hover');
    assertSafe(markdownOf(hovers[0].contents[0]), 'hover');
  });

  it('completion documentation', async () => {
    const list = await vscode.commands.executeCommand<vscode.CompletionList>('vscode.executeCompletionItemProvider', document.uri, new vscode.Position(1, 1));
    const item = list.items.find((i) => (typeof i.label === 'string' ? i.label : i.label.label) === 'f');
    assert.ok(item, 'f is offered');
    assertSafe(markdownOf(item.documentation), 'completion');
  });

  it('signature help of the user function', async () => {
    const help = await vscode.commands.executeCommand<vscode.SignatureHelp>('vscode.executeSignatureHelpProvider', document.uri, new vscode.Position(2, 5), ',');
    assert.ok(help && help.signatures.length > 0, 'a signature');
    assertSafe(markdownOf(help.signatures[0].documentation), 'signature help');
  });
});
