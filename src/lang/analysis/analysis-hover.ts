/** The hover text of a user-defined name: its defining source (escaped: markup-escape.ts) and where it is (pure: markdown text). */
import { markdownCodeBlock } from '../builtins/markup-escape';
import type { NameDefinition } from './analysis';

/** `inNotebook`: cells are numbered from 1 as the user counts them; in a script the line is given instead. */
export function definitionHoverMarkdown(definition: NameDefinition, inNotebook: boolean): string {
  const where = inNotebook ? `cell ${definition.cell + 1}, line ${definition.nameSpan.line}` : `line ${definition.nameSpan.line}`;
  const what = definition.kind === 'function' ? 'function' : 'name';
  return [markdownCodeBlock(definition.source, 'activation'), `User-defined ${what}, defined in ${where}.`].join('\n');
}
