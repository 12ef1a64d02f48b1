/**
 * The few types of VS Code's notebook renderer API that this renderer uses (the shape documented for
 * `notebookRenderer` entrypoints), written out here instead of depending on `vscode-notebook-renderer`.
 */
export interface RendererOutputItem {
  /** Unique per output; the same id is passed to disposeOutputItem. */
  readonly id: string;
  readonly mime: string;
  readonly metadata: unknown;
  text(): string;
  json(): unknown;
  data(): Uint8Array;
}

export interface RendererContext {
  /** Present when the renderer declares `requiresMessaging` and the host supports it. */
  postMessage?(message: unknown): void;
  onDidReceiveMessage?(listener: (message: unknown) => void): { dispose(): void };
  readonly workspace?: { readonly isTrusted: boolean };
}

export interface RendererApi {
  renderOutputItem(outputItem: RendererOutputItem, element: HTMLElement, signal?: AbortSignal): void | Promise<void>;
  disposeOutputItem?(id?: string): void;
}

export type ActivationFunction = (context: RendererContext) => RendererApi | Promise<RendererApi>;
