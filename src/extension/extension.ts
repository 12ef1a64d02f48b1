/** Entry point of the Activation Lab extension (bundled to dist/extension.js). */
import * as vscode from 'vscode';
import { LabContext, type ActivationLabApi } from './lab-context';

let context: LabContext | undefined;

export function activate(extensionContext: vscode.ExtensionContext): ActivationLabApi {
  context = new LabContext(extensionContext);
  extensionContext.subscriptions.push(context);
  return context.api;
}

export function deactivate(): void {
  context?.dispose();
  context = undefined;
}
