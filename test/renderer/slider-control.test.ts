import * as assert from 'assert';
import type { ChartPayload } from '../../src/shared/chart-payload';
import { datasetSeries, framePoints } from '../../src/renderer/slider-control';

describe('renderer slider-control', () => {
  const payload: ChartPayload = {
    version: 1, title: 'f', range: [0, 1], x: [0, 1],
    series: [{ label: 'f', order: 0, y: [0, 1] }, { label: 'f', order: 1, y: [1, 1] }, { label: 'g', order: 0, y: [0, 0] }],
    slider: { name: 'a', values: [1, 2], initial: 0, frames: [{ x: [0, 1], y: [[0, 1], [1, 1], [0, 0]] }, { x: [0, 1], y: [[0, 2], [2, 2], [0, null]] }] },
  };

  it('maps each panel\'s datasets to the payload series of its order', () => {
    assert.deepStrictEqual(datasetSeries(payload, [0, 1]), [[0, 2], [1]]);
  });

  it('gives a position\'s points with gaps kept', () => {
    assert.deepStrictEqual(framePoints(payload.slider!, 1, 0), [{ x: 0, y: 0 }, { x: 1, y: 2 }]);
    assert.deepStrictEqual(framePoints(payload.slider!, 1, 2), [{ x: 0, y: 0 }, { x: 1, y: null }]);
  });
});
