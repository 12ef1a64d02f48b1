import * as assert from 'assert';
import type { BoundaryGrid } from '../../src/shared/training-payload';
import { cellColor, classColor, divergingColor, heatmapColors, heatmapPixels, HEATMAP_STRENGTH, mix, parseColor, pointColor, scalePosition } from '../../src/renderer/heatmap-colors';
import { cellAt, plotArea, toPixel } from '../../src/renderer/heatmap-panel';

const light = heatmapColors('#ffffff');
const dark = heatmapColors(' #1f1f1f ');

function grid(values: number[], nx: number, ny: number, extra: Partial<BoundaryGrid> = {}): BoundaryGrid {
  return { kind: 'probability', nx, ny, xRange: [0, nx], yRange: [0, ny], values, classes: 2, ...extra };
}

describe('heatmap colours', () => {
  it('parses the colours VS Code themes use', () => {
    assert.deepStrictEqual(parseColor('#fff'), [255, 255, 255]);
    assert.deepStrictEqual(parseColor('#1F1F1F'), [31, 31, 31]);
    assert.deepStrictEqual(parseColor('#11223344'), [17, 34, 51]);
    assert.deepStrictEqual(parseColor('rgba(10, 20, 30, 0.5)'), [10, 20, 30]);
    assert.deepStrictEqual(parseColor('rgb(300 0 0)'), [255, 0, 0]);
    assert.strictEqual(parseColor('tomato'), null);
    assert.deepStrictEqual(heatmapColors('var(--x)').background, [255, 255, 255], 'unknown background: white');
  });

  it('diverges from orange (0) through the background (0.5) to blue (1)', () => {
    assert.deepStrictEqual(divergingColor(0.5, light), [255, 255, 255]);
    assert.deepStrictEqual(divergingColor(0.5, dark), [31, 31, 31]);
    assert.deepStrictEqual(divergingColor(0, light), mix([255, 255, 255], light.negative, HEATMAP_STRENGTH));
    assert.deepStrictEqual(divergingColor(1, dark), mix([31, 31, 31], dark.positive, HEATMAP_STRENGTH));
    const [r0, , b0] = divergingColor(0.1, light);
    const [r1, , b1] = divergingColor(0.9, light);
    assert.ok(r0 > b0, 'class 0 side is orange (red over blue)');
    assert.ok(b1 > r1, 'class 1 side is blue');
    assert.deepStrictEqual(divergingColor(NaN, light), [255, 255, 255]);
    assert.deepStrictEqual(divergingColor(7, light), divergingColor(1, light), 'clamped');
  });

  it('colours classes from a categorical palette, faded by confidence', () => {
    const sure = classColor(2, 1, 3, light);
    const unsure = classColor(2, 1 / 3, 3, light);
    assert.deepStrictEqual(sure, mix([255, 255, 255], light.classes[2], HEATMAP_STRENGTH));
    assert.ok(unsure[0] + unsure[1] + unsure[2] > sure[0] + sure[1] + sure[2], 'less sure is paler (closer to white)');
    assert.notDeepStrictEqual(classColor(0, 1, 3, light), classColor(1, 1, 3, light));
    const g = grid([0, 2], 2, 1, { kind: 'class', classes: 3, confidence: [1, 1] });
    assert.deepStrictEqual(cellColor(g, 1, light), sure);
  });

  it('places regression values symmetric around 0 when the range holds 0', () => {
    const g = grid([0], 1, 1, { kind: 'value', classes: 0, valueRange: [-1, 3] });
    assert.strictEqual(scalePosition(g, 0), 0.5);
    assert.strictEqual(scalePosition(g, 3), 1);
    assert.strictEqual(scalePosition(g, -3), 0);
    assert.strictEqual(scalePosition({ ...g, valueRange: [2, 4] }, 3), 0.5);
    assert.ok(pointColor(3, g, light, true)[2] > pointColor(3, g, light, true)[0], 'high targets blue');
    assert.deepStrictEqual(pointColor(1, undefined, light, false), light.classes[1]);
  });

  it('fills pixels top row first from grid row 0 at the bottom, nearest cell, opaque', () => {
    const g = grid([0, 0, 1, 1], 2, 2); // bottom row orange, top row blue
    const px = heatmapPixels(g, light, 4, 4);
    const at = (x: number, y: number) => Array.from(px.slice((y * 4 + x) * 4, (y * 4 + x) * 4 + 4));
    assert.deepStrictEqual(at(0, 0), [...divergingColor(1, light), 255], 'top-left pixel shows the top row (blue)');
    assert.deepStrictEqual(at(3, 3), [...divergingColor(0, light), 255], 'bottom-right pixel shows the bottom row (orange)');
    let opaque = 0;
    for (let i = 3; i < px.length; i += 4) if (px[i] === 255) opaque++;
    assert.strictEqual(opaque, 16);
  });

  it('maps data to plot pixels and back to the cell under the mouse', () => {
    const g = grid([0, 0.2, 0.4, 0.6, 0.8, 1], 3, 2, { xRange: [-3, 3], yRange: [-1, 1] });
    const area = plotArea(200, 11);
    assert.deepStrictEqual(toPixel(g, area, -3, 1), [area.left, area.top]);
    assert.deepStrictEqual(toPixel(g, area, 3, -1), [area.left + area.width, area.top + area.height]);
    const [px, py] = toPixel(g, area, 2.5, 0.5); // cell (2, 1)
    const cell = cellAt(g, 200, 13, px, py);
    assert.ok(cell);
    assert.strictEqual(cell.value, 1);
    assert.ok(Math.abs(cell.x - 2.5) < 1e-9 && Math.abs(cell.y - 0.5) < 1e-9);
    assert.strictEqual(cellAt(g, 200, 13, 1, 1), null, 'outside the plot');
  });
});
