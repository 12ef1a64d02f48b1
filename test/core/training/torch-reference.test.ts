/**
 * Our per-step losses against PyTorch float64 autograd (test/core/fixtures/training-reference.json,
 * written by scripts/reference/training_reference.py from the cases in reference-cases.ts):
 * relative error <= 1e-9 for steps 1-100 and <= 1e-6 up to step 1,000.
 */
import * as assert from 'assert';
import * as fs from 'fs';
import * as path from 'path';
import { train } from '../../../src/core/training/train';
import { repoRoot } from '../numeric-helpers';
import { caseData, caseNetwork, caseOptions, referenceCases } from './reference-cases';

interface FixtureCase { name: string; parameterSum: number; dataSum: number; steps: number[]; losses: number[] }

const fixture = JSON.parse(fs.readFileSync(path.join(repoRoot(), 'test', 'core', 'fixtures', 'training-reference.json'), 'utf8')) as { cases: FixtureCase[] };

/** Relative error, the reference's size floored at 1e-12 (hinge losses can reach exactly 0). */
export function relativeError(ours: number, ref: number): number {
  return Math.abs(ours - ref) / Math.max(Math.abs(ref), 1e-12);
}

describe('training engine vs PyTorch float64 (fixture)', () => {
  const byName = new Map(fixture.cases.map((c) => [c.name, c]));
  let worstEarly = 0;
  let worstLate = 0;

  it('has a fixture entry for every case', () => {
    for (const c of referenceCases()) assert.ok(byName.has(c.name), `no fixture entry for ${c.name}: regenerate (scripts/reference/README.md)`);
  });

  for (const c of referenceCases()) {
    it(c.name, () => {
      const ref = byName.get(c.name)!;
      const net = caseNetwork(c);
      const data = caseData(c);
      let psum = 0;
      for (const v of net.parameters) psum += v;
      assert.ok(Math.abs(psum - ref.parameterSum) < 1e-9, `initial weights differ from the fixture's (${psum} vs ${ref.parameterSum})`);
      const run = train(net, data, null, caseOptions(c));
      assert.strictEqual(run.stopped, 'completed');
      ref.steps.forEach((step, k) => {
        const err = relativeError(run.stepLosses[step - 1], ref.losses[k]);
        const tol = step <= 100 ? 1e-9 : 1e-6;
        if (step <= 100) worstEarly = Math.max(worstEarly, err); else worstLate = Math.max(worstLate, err);
        assert.ok(err <= tol, `step ${step}: ours ${run.stepLosses[step - 1]}, torch ${ref.losses[k]}, relative error ${err.toExponential(2)} > ${tol}`);
      });
    });
  }

  after(() => {
    if (process.env.TRAINING_REFERENCE_REPORT) console.log(`    max relative error: steps 1-100 ${worstEarly.toExponential(2)}, steps 150-1000 ${worstLate.toExponential(2)}`);
  });
});
