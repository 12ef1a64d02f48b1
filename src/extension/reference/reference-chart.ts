/**
 * The chart of one Activation Reference entry, with its caption and accessible label: f and f′ of an
 * element-wise activation on [-4, 4], or, for a vector activation, the 1-D slice its record names
 * (softmax([x, 0])[0] as a function of x, the two-class case). Pure (no vscode import).
 */
import type { ActivationSpec } from '../../core/activations/activation-spec';
import { vectorChartFunction } from '../../core/vector/vector-chart-slice';
import type { VectorActivationSpec } from '../../core/vector/vector-activation-spec';
import { inlinePlotSvg } from '../docs/inline-plot-svg';
import { vectorChartCaption } from '../docs/record-hover';

export interface ReferenceChart {
  /** The SVG document, or undefined when it cannot be drawn. */
  svg: string | undefined;
  caption: string;
  label: string;
}

export function referenceChart(spec: (Pick<ActivationSpec, 'name' | 'valueInto' | 'derivativeInto'> & { readonly kind?: 'elementwise' }) | VectorActivationSpec): ReferenceChart {
  if (spec.kind === 'vector') {
    const slice = vectorChartFunction(spec);
    const title = `${slice.caption}, and its derivative on [-4, 4]`;
    return { svg: drawn(() => inlinePlotSvg(slice, undefined, { title })), caption: vectorChartCaption(slice.caption), label: `chart of ${title}` };
  }
  return { svg: drawn(() => inlinePlotSvg(spec)), caption: 'f (solid), f′ (dashed) on [-4, 4]', label: `chart of ${spec.name} and its derivative` };
}

function drawn(draw: () => string): string | undefined {
  try {
    return draw();
  } catch {
    return undefined;
  }
}
