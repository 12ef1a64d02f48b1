/** Output MIME types that the kernel writes and the renderer (or VS Code itself) reads. */
export const MIME_TEXT = 'text/plain';
export const MIME_JSON = 'application/json';
/** Charts of functions and their derivatives, drawn by the Activation Lab renderer. */
export const MIME_CHART = 'application/vnd.activation-lab.chart+json';
/** Training outputs (a run's view, a comparison of runs), drawn by the Activation Lab renderer. */
export const MIME_TRAINING = 'application/vnd.activation-lab.training+json';
/** VS Code's built-in error MIME type (`vscode.NotebookCellOutputItem.error`). */
export const MIME_ERROR = 'application/vnd.code.notebook.error';
/**
 * In a notebook, a value's numbers travel under this type instead of application/json: VS Code ranks
 * application/json above text/plain and would show a vector as an indented JSON tree. No renderer
 * claims it, so the cell shows the text/plain item while the numbers stay in the output and the file.
 * The CLI's --json contract keeps application/json.
 */
export const MIME_VALUE = 'application/vnd.activation-lab.value+json';
/** Tables and descriptions (table, compare, describe): VS Code draws Markdown tables natively. */
export const MIME_MARKDOWN = 'text/markdown';
/** The static fallback of every chart (src/kernel/svg/): shown where the renderer is not (GitHub, nbviewer, JupyterLab). */
export const MIME_SVG = 'image/svg+xml';
/** Tables as HTML, for hosts that show HTML but not Markdown outputs. */
export const MIME_HTML = 'text/html';
