/**
 * Registers the editor features of the `activation` language (in notebook cells and `.act` files):
 * diagnostics with a quick fix, completion, signature help, go to definition, hover on user names,
 * and the kernel status bar item. Everything registered is owned by the extension's context.
 */
import * as vscode from 'vscode';
import { ActivationCompletionProvider, COMPLETION_TRIGGERS } from './completion';
import { UserNameDefinitionProvider } from './definition';
import { UserNameHoverProvider } from './definition-hover';
import { ActivationDiagnostics } from './diagnostics';
import { LANGUAGE_ID } from '../ids';
import { KernelStatusItem } from '../notebook/kernel-status';
import type { LabContext } from '../lab-context';
import { UnknownNameQuickFix } from './quick-fix';
import { ActivationSignatureHelpProvider, SIGNATURE_HELP_METADATA } from './signature-help';

export function registerEditorSupport(ctx: LabContext): void {
  const selector: vscode.DocumentSelector = { language: LANGUAGE_ID };
  ctx.track(new ActivationDiagnostics());
  ctx.track(vscode.languages.registerCodeActionsProvider(selector, new UnknownNameQuickFix(), UnknownNameQuickFix.metadata));
  ctx.track(vscode.languages.registerCompletionItemProvider(selector, new ActivationCompletionProvider(), ...COMPLETION_TRIGGERS));
  ctx.track(vscode.languages.registerSignatureHelpProvider(selector, new ActivationSignatureHelpProvider(), SIGNATURE_HELP_METADATA));
  ctx.track(vscode.languages.registerDefinitionProvider(selector, new UserNameDefinitionProvider()));
  ctx.track(vscode.languages.registerHoverProvider(selector, new UserNameHoverProvider()));
  ctx.track(new KernelStatusItem(ctx.controller));
}
