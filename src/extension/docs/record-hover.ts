/**
 * An activation's hover body with its chart: matches the arguments written at the call against the
 * activation's parameters, draws f and f' with them, and renders the record. Shared by the
 * `activation` hover and the framework hover. A vector activation (softmax, glu, maxout, ...) is
 * drawn along the 1-D slice its record names (softmax([x, 0])[0]), and the caption says so.
 * Pure (no vscode import).
 */
import type { ActivationSpec } from '../../core/activations/activation-spec';
import { vectorChartFunction } from '../../core/vector/vector-chart-slice';
import type { VectorActivationSpec } from '../../core/vector/vector-activation-spec';
import type { WrittenArgument } from './call-arguments';
import { activationHoverMarkdown } from './hover-markdown';
import { inlinePlotSvg, svgDataUri } from './inline-plot-svg';
import { matchWrittenParams, type MatchOptions, type PositionalRule } from './written-params';

/** The parts of an ActivationSpec a record hover uses. */
export type ElementwiseRecordSubject = Pick<ActivationSpec, 'name' | 'aliases' | 'doc' | 'params' | 'valueInto' | 'derivativeInto'> & { readonly kind?: 'elementwise' };

/** An element-wise activation or a vector one. */
export type RecordSubject = ElementwiseRecordSubject | VectorActivationSpec;

function isVectorSpec(spec: RecordSubject): spec is VectorActivationSpec {
  return spec.kind === 'vector';
}

/** The caption of a vector activation's chart: what f is, then how it is drawn. */
export function vectorChartCaption(caption: string): string {
  return `f(x) = ${caption}; f (solid) and f′ = df/dx (dashed) on [-4, 4]`;
}

export function recordHoverMarkdown(spec: RecordSubject, args: readonly WrittenArgument[], rule: PositionalRule, options: MatchOptions = {}): string {
  const written = matchWrittenParams(spec.params, args, rule, options);
  const appliedText = written.shown.filter((a) => a.applied).map((a) => `${a.name}=${a.text}`);
  let plotUri: string | undefined;
  let plotCaption: string | undefined;
  try {
    if (isVectorSpec(spec)) {
      const slice = vectorChartFunction(spec);
      plotUri = svgDataUri(inlinePlotSvg(slice, written.params, { title: `${slice.caption}, and its derivative on [-4, 4]` }));
      plotCaption = vectorChartCaption(slice.caption);
    } else {
      plotUri = svgDataUri(inlinePlotSvg(spec, written.params));
    }
  } catch {
    plotUri = undefined; // a chart that cannot be drawn must not cost the documentation
  }
  return activationHoverMarkdown(spec, {
    plotUri,
    plotCaption,
    plotNote: appliedText.length ? `with ${appliedText.join(', ')}` : undefined,
    written: written.shown,
  });
}
