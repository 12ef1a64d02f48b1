import * as assert from 'assert';
import { kernelMenuChoices, kernelStatusText, kernelStatusTooltip, type KernelState } from '../../../src/extension/notebook/kernel-state';

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
  it('the status bar menu offers Interrupt only while running; Restart and Cancel always; nothing restarts without a choice', () => {
    assert.deepStrictEqual(kernelMenuChoices('running').map((c) => c.action), ['interrupt', 'restart', 'cancel']);
    for (const state of ['not started', 'idle', 'restarted'] as KernelState[]) {
      assert.deepStrictEqual(kernelMenuChoices(state).map((c) => c.action), ['restart', 'cancel'], state);
    }
    assert.match(kernelMenuChoices('idle')[0].description ?? '', /forget every name/);
  });
});
