/** The text of an .actnb notebook with these cells (no outputs), for the CLI tests; indent as JSON.stringify's. */
export function notebookText(cells: Array<{ kind: 'code' | 'markdown'; language?: string; source: string }>, indent?: number): string {
  return JSON.stringify(
    {
      format: 'activation-lab-notebook',
      version: 1,
      metadata: {},
      cells: cells.map((c) => ({ kind: c.kind, language: c.language ?? (c.kind === 'code' ? 'activation' : 'markdown'), source: c.source.split('\n'), metadata: {}, outputs: [] })),
    },
    null,
    indent,
  );
}
