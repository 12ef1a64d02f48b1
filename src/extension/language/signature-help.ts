/** Signature help while typing arguments: `leaky_relu(x, negative_slope=0.01)` with the active parameter marked. */
import * as vscode from 'vscode';
import { signatureHelpAt } from '../../lang/analysis/analysis-signature-help';
import { analyseDocument } from './document-analysis';
import { plainMarkdown } from '../markdown-string';

export const SIGNATURE_HELP_METADATA: vscode.SignatureHelpProviderMetadata = {
  triggerCharacters: ['(', ','],
  retriggerCharacters: ['='],
};

export class ActivationSignatureHelpProvider implements vscode.SignatureHelpProvider {
  provideSignatureHelp(document: vscode.TextDocument, position: vscode.Position): vscode.SignatureHelp | undefined {
    const result = analyseDocument(document);
    if (!result) return undefined;
    const help = signatureHelpAt(result.analysis, result.cell, document.offsetAt(position));
    if (!help) return undefined;
    const { signature } = help;
    const information = new vscode.SignatureInformation(signature.label, signature.documentation ? plainMarkdown(signature.documentation) : undefined);
    information.parameters = signature.params.map(
      (p) => new vscode.ParameterInformation(p.range, p.documentation ? plainMarkdown(p.documentation) : undefined),
    );
    const signatureHelp = new vscode.SignatureHelp();
    signatureHelp.signatures = [information];
    signatureHelp.activeSignature = 0;
    signatureHelp.activeParameter = help.activeParameter;
    information.activeParameter = help.activeParameter;
    return signatureHelp;
  }
}
