/**
 * Hover documentation on the names people write for activations in Python, JavaScript and
 * TypeScript files and in Jupyter notebook cells: `torch.nn.GELU`, `F.silu`, `tf.nn.relu`,
 * `activation="relu"`, `jax.nn.gelu`, TensorFlow.js `activation: 'relu'`; and the vector
 * activations' (`F.softmax`, `nn.GLU`, `tf.nn.log_softmax`, `jax.nn.logsumexp`, `activation="softmax"`).
 */
import * as vscode from 'vscode';
import { frameworkHoverMarkdown } from './framework-hover-markdown';
import { frameworkHoverTargetAt } from './framework-hover-target';
import { frameworkSubjects, frameworkSubjectSpec } from './framework-subjects';
import { buildFrameworkNameTable, FRAMEWORK_LANGUAGES, type FrameworkNameTable, type SourceFamily } from './framework-names';
import { plainMarkdown } from '../markdown-string';

/**
 * The languages served. No scheme restriction, so Jupyter cells (scheme `vscode-notebook-cell`,
 * language python) match as well as files and untitled editors.
 */
export const FRAMEWORK_HOVER_SELECTOR: vscode.DocumentSelector = Object.keys(FRAMEWORK_LANGUAGES).map((language) => ({ language }));

export class FrameworkHoverProvider implements vscode.HoverProvider {
  private readonly tables = new Map<SourceFamily, FrameworkNameTable>();

  /** The name table of a language family, built once from the registry. */
  private table(family: SourceFamily): FrameworkNameTable {
    let table = this.tables.get(family);
    if (!table) {
      table = buildFrameworkNameTable(frameworkSubjects(), family);
      this.tables.set(family, table);
    }
    return table;
  }

  provideHover(document: vscode.TextDocument, position: vscode.Position): vscode.Hover | undefined {
    const family = FRAMEWORK_LANGUAGES[document.languageId];
    if (!family) return undefined;
    const line = document.lineAt(position.line).text;
    const target = frameworkHoverTargetAt(line, position.character, this.table(family));
    if (!target) return undefined;
    const spec = frameworkSubjectSpec(target.name.activation);
    if (!spec) return undefined;
    const markdown = frameworkHoverMarkdown({ spec, name: target.name, family, args: target.args });
    const range = new vscode.Range(position.line, target.start, position.line, target.end);
    return new vscode.Hover(plainMarkdown(markdown), range);
  }
}
