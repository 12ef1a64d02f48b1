/**
 * "Activation Lab: Open Activation Reference": one webview panel listing every activation, the
 * element-wise ones and then the vector ones (reference-html.ts builds the page), revealed again if it is already open. The page reports each
 * time it has filtered its entries, so the command can resolve once the reference is on screen.
 */
import { randomBytes } from 'crypto';
import * as vscode from 'vscode';
import { listActivations } from '../../core/activations/registry';
import { listVectorActivations } from '../../core/vector/registry';
import { REFERENCE_TITLE, referenceHtml, type ReferenceRendered } from './reference-html';

export const REFERENCE_VIEW_TYPE = 'activation-lab.reference';

/** How long the command waits for the page to report before resolving without a report. */
const RENDER_TIMEOUT_MS = 15_000;

function isRendered(message: unknown): message is ReferenceRendered {
  const m = message as Partial<ReferenceRendered> | undefined;
  return m?.type === 'rendered' && typeof m.shown === 'number' && typeof m.total === 'number' && typeof m.query === 'string';
}

export class ReferencePanel implements vscode.Disposable {
  private panel: vscode.WebviewPanel | undefined;
  private waiters: Array<(report: ReferenceRendered | undefined) => void> = [];

  /** extensionUri: where media/ is (the panel's tab shows media/reference-{light,dark}.svg). */
  constructor(private readonly extensionUri?: vscode.Uri) {}

  /**
   * Opens the panel (or brings it forward; a query reloads it with that search) and resolves with the
   * page's first report after that, or undefined if none comes in time.
   */
  show(query?: string): Promise<ReferenceRendered | undefined> {
    const rendered = new Promise<ReferenceRendered | undefined>((resolve) => {
      const timer = setTimeout(() => {
        this.waiters = this.waiters.filter((w) => w !== settle);
        resolve(undefined);
      }, RENDER_TIMEOUT_MS);
      const settle = (report: ReferenceRendered | undefined): void => {
        clearTimeout(timer);
        resolve(report);
      };
      this.waiters.push(settle);
    });
    if (this.panel) {
      if (query !== undefined) this.panel.webview.html = this.html(query);
      this.panel.reveal();
      // Without a reload the page does not report again: answer with a fresh request for its state.
      if (query === undefined) void this.panel.webview.postMessage({ type: 'report' });
      return rendered;
    }
    const panel = vscode.window.createWebviewPanel(REFERENCE_VIEW_TYPE, REFERENCE_TITLE, vscode.ViewColumn.Active, {
      enableScripts: true,
      enableFindWidget: true,
      localResourceRoots: [],
    });
    if (this.extensionUri) {
      panel.iconPath = {
        light: vscode.Uri.joinPath(this.extensionUri, 'media', 'reference-light.svg'),
        dark: vscode.Uri.joinPath(this.extensionUri, 'media', 'reference-dark.svg'),
      };
    }
    panel.webview.onDidReceiveMessage((message: unknown) => {
      if (!isRendered(message)) return;
      for (const settle of this.waiters.splice(0)) settle(message);
    });
    panel.onDidDispose(() => {
      if (this.panel === panel) this.panel = undefined;
    });
    panel.webview.html = this.html(query);
    this.panel = panel;
    return rendered;
  }

  private html(query: string | undefined): string {
    return referenceHtml([...listActivations(), ...listVectorActivations()], { nonce: randomBytes(18).toString('base64'), query });
  }

  dispose(): void {
    for (const settle of this.waiters.splice(0)) settle(undefined);
    this.panel?.dispose();
    this.panel = undefined;
  }
}
