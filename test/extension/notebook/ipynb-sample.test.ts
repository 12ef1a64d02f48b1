/**
 * samples/activations.ipynb, the Jupyter sample (opened in VS Code by ipynb.itest.ts): valid nbformat 4
 * (Debian's python3-nbformat), its activation cells (the notebook's language_info.name) run in the
 * kernel without an error, and its other cells say their own language (metadata.vscode.languageId).
 */
import * as assert from 'assert';
import { execFileSync } from 'child_process';
import * as fs from 'fs';
import * as path from 'path';
import { KernelSession } from '../../../src/kernel/session';
import { MIME_SVG } from '../../../src/shared/mime-types';
import { repoRoot } from '../../host/test-host-paths';

const FILE = path.join(repoRoot, 'samples', 'activations.ipynb');
const PYTHON = '/usr/bin/python3';

interface IpynbCell {
  cell_type: string;
  source: string | string[];
  metadata: { vscode?: { languageId?: string } };
}

describe('samples/activations.ipynb', () => {
  const nb = JSON.parse(fs.readFileSync(FILE, 'utf8')) as { nbformat: number; metadata: { language_info?: { name?: string } }; cells: IpynbCell[] };
  const source = (c: IpynbCell): string => [c.source].flat().join('');
  const language = (c: IpynbCell): string => c.metadata.vscode?.languageId ?? nb.metadata.language_info?.name ?? '';

  it('validates against nbformat 4', function () {
    if (!fs.existsSync(PYTHON)) this.skip();
    const out = execFileSync(PYTHON, ['-c', 'import sys, nbformat\nnb = nbformat.read(sys.argv[1], as_version=4)\nnbformat.validate(nb)\nprint(nb.nbformat)', FILE], { encoding: 'utf8' });
    assert.strictEqual(out.trim(), '4');
  });

  it('its code cells: activation by default, one python cell', () => {
    const code = nb.cells.filter((c) => c.cell_type === 'code');
    assert.deepStrictEqual(code.map(language), ['activation', 'activation', 'activation', 'activation', 'activation', 'python']);
  });

  it('the activation cells run in one session without an error, every chart with its SVG', () => {
    const session = new KernelSession();
    let charts = 0;
    for (const cell of nb.cells.filter((c) => c.cell_type === 'code' && language(c) === 'activation')) {
      const r = session.executeSync(source(cell));
      assert.ok(r.ok, `${source(cell)}: ${JSON.stringify(r.error)}`);
      charts += r.outputs.filter((o) => o.items.some((i) => i.mime === MIME_SVG)).length;
    }
    assert.strictEqual(charts, 3);
  });
});
