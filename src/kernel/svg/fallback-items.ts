/**
 * The image/svg+xml items that go with every chart output, after the rich item (VS Code ranks the
 * renderer's MIME type first and shows the chart; hosts without the renderer show the SVG). Used by
 * output-items.ts for plots; a training output adds trainingFallbackItem after its training+json item.
 */
import type { OutputItem } from '../cell-result';
import type { ChartPayload } from '../../shared/chart-payload';
import { MIME_SVG } from '../../shared/mime-types';
import type { TrainingPayload } from '../../shared/training-payload';
import { chartSvg } from './chart-svg';
import { trainingSvg } from './training-svg';

export function chartFallbackItem(payload: ChartPayload): OutputItem {
  return { mime: MIME_SVG, data: chartSvg(payload) };
}

export function trainingFallbackItem(payload: TrainingPayload): OutputItem {
  return { mime: MIME_SVG, data: trainingSvg(payload) };
}
