/**
 * The extension's half of the output toolbar's export (renderer messaging): saves a PNG or SVG where
 * the user picks in a save dialog (next to the notebook by default), or writes CSV to the editor's
 * clipboard, and answers the renderer with the outcome. The data is checked before it is written.
 */
import * as vscode from 'vscode';
import type { ExportChartMessage, ExportResultMessage } from '../../shared/renderer-messages';

/** The largest export accepted (a PNG of a wide training view is a few MB). */
const MAX_EXPORT_BYTES = 64 * 1024 * 1024;
const PNG_PREFIX = 'data:image/png;base64,';

/** The bytes to write for an image export, or why there are none. Pure. */
export function exportBytes(message: ExportChartMessage): Uint8Array | string {
  if (message.data.length > MAX_EXPORT_BYTES) return 'the export is too large';
  if (message.format === 'png') {
    if (!message.data.startsWith(PNG_PREFIX)) return 'the PNG data is not a PNG data URL';
    return Uint8Array.from(Buffer.from(message.data.slice(PNG_PREFIX.length), 'base64'));
  }
  if (message.format === 'svg') {
    if (!message.data.trimStart().startsWith('<svg')) return 'the SVG data is not an SVG document';
    return new TextEncoder().encode(message.data);
  }
  return 'CSV is copied, not saved';
}

/** A file name the dialog can suggest: the base name only, with the export's extension. */
export function safeFileName(name: string, format: string): string {
  const base = name.split(/[\\/]/).pop()?.replace(/[:*?"<>|\u0000-\u001f]/g, '_').trim() || 'chart';
  return base.toLowerCase().endsWith(`.${format}`) ? base : `${base}.${format}`;
}

function defaultFolder(editor: vscode.NotebookEditor | undefined): vscode.Uri | undefined {
  const uri = editor?.notebook.uri;
  if (uri && uri.scheme !== 'untitled') return vscode.Uri.joinPath(uri, '..');
  return vscode.workspace.workspaceFolders?.[0]?.uri;
}

/** Does what the message asks; the answer says what happened. */
export async function performExport(message: ExportChartMessage, editor: vscode.NotebookEditor | undefined): Promise<ExportResultMessage> {
  const answer = (outcome: ExportResultMessage['outcome'], detail: string): ExportResultMessage => ({ type: 'exportResult', requestId: message.requestId, outcome, detail });
  try {
    if (message.format === 'csv') {
      await vscode.env.clipboard.writeText(message.data);
      const rows = Math.max(0, message.data.split('\n').filter((l) => l.trim()).length - 1);
      return answer('copied', `CSV copied (${rows} rows)`);
    }
    const bytes = exportBytes(message);
    if (typeof bytes === 'string') return answer('failed', bytes);
    const name = safeFileName(message.fileName, message.format);
    const folder = defaultFolder(editor);
    const target = await vscode.window.showSaveDialog({
      defaultUri: folder ? vscode.Uri.joinPath(folder, name) : undefined,
      filters: message.format === 'png' ? { 'PNG image': ['png'] } : { 'SVG image': ['svg'] },
      title: `Save chart as ${message.format.toUpperCase()}`,
    });
    if (!target) return answer('cancelled', 'not saved');
    await vscode.workspace.fs.writeFile(target, bytes);
    return answer('saved', `saved ${target.path.split('/').pop() ?? name}`);
  } catch (e) {
    return answer('failed', `export failed: ${e instanceof Error ? e.message : String(e)}`);
  }
}
