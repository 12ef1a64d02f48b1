/**
 * An activation's hover body with its chart: matches the arguments written at the call against the
 * activation's parameters, draws f and f' with them, and renders the record. Shared by the
 * `activation` hover and the framework hover. Pure (no vscode import).
 */
import type { ActivationSpec } from '../core/activations/activation-spec';
import type { WrittenArgument } from './call-arguments';
import { activationHoverMarkdown } from './hover-markdown';
import { inlinePlotSvg, svgDataUri } from './inline-plot-svg';
import { matchWrittenParams, type MatchOptions, type PositionalRule } from './written-params';

/** The parts of an ActivationSpec a record hover uses. */
export type RecordSubject = Pick<ActivationSpec, 'name' | 'aliases' | 'doc' | 'params' | 'valueInto' | 'derivativeInto'>;

export function recordHoverMarkdown(spec: RecordSubject, args: readonly WrittenArgument[], rule: PositionalRule, options: MatchOptions = {}): string {
  const written = matchWrittenParams(spec.params, args, rule, options);
  const appliedText = written.shown.filter((a) => a.applied).map((a) => `${a.name}=${a.text}`);
  let plotUri: string | undefined;
  try {
    plotUri = svgDataUri(inlinePlotSvg(spec, written.params));
  } catch {
    plotUri = undefined; // a chart that cannot be drawn must not cost the documentation
  }
  return activationHoverMarkdown(spec, {
    plotUri,
    plotNote: appliedText.length ? `with ${appliedText.join(', ')}` : undefined,
    written: written.shown,
  });
}
