/** Issue 11: \`docs <long name>\` is bounded like every "did you mean" (src/lang/runtime/suggest.ts). */
import * as assert from 'assert';
import { docsCommand } from '../../src/cli/docs-command';

describe('cli docs: a long unknown name (issue 11)', () => {
  const long = 'relu'.repeat(1 << 18); // a megabyte
  it('the CLI: docs <a megabyte name> is an unknown activation without a suggestion; docs rleu still suggests relu', () => {
    const err: string[] = [];
    const io = { stdout: () => undefined, stderr: (t: string) => err.push(t), readFile: () => '' };
    assert.notStrictEqual(docsCommand(long, false, io), 0);
    assert.ok(!/did you mean/.test(err[0]));
    err.length = 0;
    docsCommand('rleu', false, io);
    assert.match(err[0], /did you mean 'relu'\?/);
  });
});
