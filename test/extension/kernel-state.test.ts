import * as assert from 'assert';
import { kernelStatusText, kernelStatusTooltip, type KernelState } from '../../src/extension/kernel-state';

describe('extension/kernel-state', () => {
  const states: KernelState[] = ['not started', 'idle', 'running', 'restarted'];
  for (const state of states) {
    it(`"${state}" reads "Activation Lab: ${state}" with an icon`, () => {
      assert.match(kernelStatusText(state), new RegExp(`^\\$\\([a-z~-]+\\) Activation Lab: ${state}$`));
      assert.ok(kernelStatusTooltip(state).length > 0);
    });
  }
  it('each state has its own tooltip', () => {
    assert.strictEqual(new Set(states.map(kernelStatusTooltip)).size, states.length);
  });
});
