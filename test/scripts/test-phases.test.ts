// scripts/lib/test-phases.js, the runner behind `npm test`: every byte a phase prints reaches stdout
// even when stdout is a slow pipe (the old runner's process.exit() cut the log at 64 KiB), and the
// closing line sums the phases.
import * as assert from 'assert';
import { spawnSync } from 'child_process';
import * as path from 'path';

const repoRoot = path.resolve(__dirname, '..', '..', '..');
const runner = path.join(repoRoot, 'scripts', 'lib', 'test-phases.js');
// eslint-disable-next-line @typescript-eslint/no-var-requires
const { countPhase } = require(runner) as { countPhase(label: string, status: number, output: string, style: string): { passed: number; failed: number } };

/** A script that runs two phases: one prints `lines` lines of 100 bytes then its summary; one is mocha-like. */
function phasesScript(lines: number): string {
  const big = `let s=''; for (let i=0;i<${lines};i++) s += 'x'.repeat(99) + '\\n'; process.stdout.write(s); console.log('big: 7 passed, 0 failed');`;
  return `require(${JSON.stringify(runner)}).runPhases([
    { label: 'big phase', name: 'big', command: process.execPath, args: ['-e', ${JSON.stringify(big)}], style: 'summary' },
    { label: 'mocha-like', name: 'm', command: process.execPath, args: ['-e', "console.log('  3 passing'); console.log('  1 failing'); process.exit(1)"], style: 'mocha' },
  ]);`;
}

describe('scripts/lib/test-phases.js', () => {
  it('delivers every line through a slow pipe, the closing line last', () => {
    // The reader starts late, so the pipe fills and writes queue up in the runner.
    const script = phasesScript(5000);
    const result = spawnSync('bash', ['-c', `"${process.execPath}" -e "$SCRIPT" | (sleep 0.3; cat)`], {
      env: { ...process.env, SCRIPT: script },
      encoding: 'utf8',
      maxBuffer: 64 * 1024 * 1024,
    });
    const lines = result.stdout.trimEnd().split('\n');
    assert.strictEqual(lines[lines.length - 1], '10 passed, 1 failed');
    assert.strictEqual(lines.filter((line) => line === 'x'.repeat(99)).length, 5000);
    assert.ok(result.stdout.length > 500_000, `only ${result.stdout.length} bytes arrived`);
  });

  it('exits non-zero when a phase fails, zero when all pass', () => {
    const failing = spawnSync(process.execPath, ['-e', phasesScript(1)], { encoding: 'utf8' });
    assert.strictEqual(failing.status, 1);
    const passing = spawnSync(process.execPath, ['-e', `require(${JSON.stringify(runner)}).runPhases([{ label: 'a', name: 'a', command: process.execPath, args: ['-e', "console.log('a: 2 passed, 0 failed')"], style: 'summary' }])`], { encoding: 'utf8' });
    assert.strictEqual(passing.status, 0, passing.stdout);
    assert.match(passing.stdout, /\n2 passed, 0 failed\n$/);
  });

  const cases: Array<{ name: string; args: [string, number, string, string]; expected: { passed: number; failed: number } }> = [
    { name: 'a summary line', args: ['unit', 0, 'x\nunit: 4 passed, 1 failed\n', 'summary'], expected: { passed: 4, failed: 1 } },
    { name: 'mocha counts', args: ['unit', 1, '  12 passing\n  2 failing', 'mocha'], expected: { passed: 12, failed: 2 } },
    { name: 'a crash before counting', args: ['e2e', 1, 'TypeError', 'summary'], expected: { passed: 0, failed: 1 } },
    { name: 'a phase that ran no test', args: ['e2e', 0, 'nothing', 'summary'], expected: { passed: 0, failed: 1 } },
    { name: 'a step that fails', args: ['build', 2, '', 'step'], expected: { passed: 0, failed: 1 } },
    { name: 'a step that succeeds', args: ['build', 0, '', 'step'], expected: { passed: 0, failed: 0 } },
  ];
  for (const c of cases) {
    it(`counts ${c.name}`, () => assert.deepStrictEqual(countPhase(...c.args), c.expected));
  }
});
