/** Output MIME types that the kernel writes and the renderer (or VS Code itself) reads. */
export const MIME_TEXT = 'text/plain';
export const MIME_JSON = 'application/json';
/** Charts of functions and their derivatives, drawn by the Activation Lab renderer. */
export const MIME_CHART = 'application/vnd.activation-lab.chart+json';
/** VS Code's built-in error MIME type (`vscode.NotebookCellOutputItem.error`). */
export const MIME_ERROR = 'application/vnd.code.notebook.error';
