import * as assert from 'assert';
import { UpdateThrottle } from '../../src/kernel/update-throttle';

describe('update throttle', () => {
  it('emits at most one update per 200 ms, the first at once, the final always (injected clock)', () => {
    let now = 1000;
    const throttle = new UpdateThrottle(() => now);
    const emitted: number[] = [];
    for (let t = 0; t <= 1000; t += 10) {
      now = 1000 + t;
      if (throttle.shouldEmit()) emitted.push(t);
    }
    assert.deepStrictEqual(emitted, [0, 200, 400, 600, 800, 1000]);
    now = 2200;
    assert.strictEqual(throttle.shouldEmit(), true);
    now = 2260;
    assert.strictEqual(throttle.shouldEmit(), false);
    assert.strictEqual(throttle.skipped, 1);
    assert.strictEqual(throttle.shouldEmit(true), true, 'the last update is always emitted');
    assert.strictEqual(throttle.skipped, 0);
  });

  it('a 10,000-epoch run at 1 ms per epoch sends about 50 updates, not 10,000', () => {
    let now = 0;
    const throttle = new UpdateThrottle(() => now, 200);
    let sent = 0;
    for (let e = 1; e <= 10000; e++) {
      now = e;
      if (throttle.shouldEmit(e === 10000)) sent++;
    }
    assert.ok(sent >= 50 && sent <= 52, `${sent} updates`);
  });

  it('refuses a bad interval', () => {
    assert.throws(() => new UpdateThrottle(() => 0, -1), /minIntervalMs/);
    assert.throws(() => new UpdateThrottle(() => 0, NaN), /minIntervalMs/);
  });
});
