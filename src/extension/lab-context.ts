/**
 * The extension's one context object (as in rust-analyzer's client): it creates the long-lived parts
 * (serializer, controller, renderer messaging, hover, commands) and owns every disposable, so
 * deactivation is a single dispose().
 */
import * as vscode from 'vscode';
import type { ChartDrawnMessage, TrainingDrawnMessage } from '../shared/renderer-messages';
import { registerCommands } from './commands';
import { ActivationNotebookController } from './notebook/controller';
import { registerEditorSupport } from './language/editor-support';
import { FRAMEWORK_HOVER_SELECTOR, FrameworkHoverProvider } from './frameworks/framework-hover';
import { ActivationHoverProvider } from './language/hover';
import { LANGUAGE_ID, NOTEBOOK_TYPE } from './ids';
import { ReferencePanel } from './reference/reference-panel';
import { ChartRendererMessages } from './notebook/renderer-messaging';
import { ActivationNotebookSerializer, SERIALIZER_OPTIONS } from './notebook/serializer';

/** What activate() returns: `vscode.extensions.getExtension('activation-lab.activation-lab').exports`. */
export interface ActivationLabApi {
  /** Every chart the renderer reported drawing, oldest first. */
  readonly chartsDrawn: ChartDrawnMessage[];
  readonly onDidDrawChart: vscode.Event<ChartDrawnMessage>;
  /** Every training output (training+json) the renderer reported drawing, oldest first. */
  readonly trainingsDrawn: TrainingDrawnMessage[];
  /** The kernel state of a notebook, as the status bar shows it: "not started", "idle", "running", "restarted". */
  kernelState(notebook: vscode.NotebookDocument): string;
  /** What the notebook's kernel threads reported, oldest first: "started" (a cell), "interrupt seen". */
  kernelEvents(notebook: vscode.NotebookDocument): readonly string[];
  /** True when the notebook runs on our kernel (every .actnb; a .ipynb that picked it): the status bar item and Restart Kernel then apply. */
  ownsKernelOf(notebook: vscode.NotebookDocument): boolean;
}

export class LabContext implements vscode.Disposable {
  private readonly disposables: vscode.Disposable[] = [];
  readonly controller: ActivationNotebookController;
  readonly rendererMessages: ChartRendererMessages;
  /** The Activation Reference webview (activation-lab.openReference). */
  readonly referencePanel: ReferencePanel;

  constructor(readonly extension: vscode.ExtensionContext) {
    this.track(vscode.workspace.registerNotebookSerializer(NOTEBOOK_TYPE, new ActivationNotebookSerializer(), SERIALIZER_OPTIONS));
    this.controller = this.track(new ActivationNotebookController());
    this.rendererMessages = this.track(new ChartRendererMessages());
    this.track(vscode.languages.registerHoverProvider({ language: LANGUAGE_ID }, new ActivationHoverProvider()));
    this.track(vscode.languages.registerHoverProvider(FRAMEWORK_HOVER_SELECTOR, new FrameworkHoverProvider()));
    this.referencePanel = this.track(new ReferencePanel(extension.extensionUri));
    registerCommands(this);
    registerEditorSupport(this);
  }

  /** Takes ownership of a disposable: it is disposed with the context, last created first. */
  track<T extends vscode.Disposable>(disposable: T): T {
    this.disposables.push(disposable);
    return disposable;
  }

  get api(): ActivationLabApi {
    const messages = this.rendererMessages;
    return {
      get chartsDrawn() {
        return messages.chartsDrawn;
      },
      onDidDrawChart: messages.onDidDrawChart,
      get trainingsDrawn() {
        return messages.trainingsDrawn;
      },
      kernelState: (notebook) => this.controller.kernelState(notebook),
      kernelEvents: (notebook) => this.controller.kernelEvents(notebook),
      ownsKernelOf: (notebook) => this.controller.ownsKernelOf(notebook),
    };
  }

  dispose(): void {
    for (const d of this.disposables.splice(0).reverse()) {
      try {
        d.dispose();
      } catch (e) {
        console.error('[activation-lab] dispose failed', e);
      }
    }
  }
}
