/**
 * describe(f): for an activation, its documentation record (formula, derivative, parameters,
 * properties, kinks, origin); for a user function or lambda, its definition; for both, the property
 * table of compare and a chart of f, f′ and f″. For a vector activation (softmax, ...), its record.
 */
import type { ActivationSpec } from '../core/activations/activation-spec';
import type { VectorActivationSpec } from '../core/vector/vector-activation-spec';
import { bindArguments, intervalArg } from './builtin-arguments';
import { getBuiltinSignature, signatureText } from './builtin-signatures';
import { propertiesTable } from './compare-builtin';
import { LangError } from './errors';
import { buildPlot, DEFAULT_PLOT_RANGE, DEFAULT_PLOT_SAMPLES, plottableArgs } from './plot';
import type { BuiltinFunction, DescribedDoc, DescribeValue } from './values';
import { definitionText, describeValue, functionLabel } from './values';

const SIG = getBuiltinSignature('describe')!;

function activationDoc(spec: ActivationSpec): DescribedDoc {
  const d = spec.doc;
  return {
    name: spec.name,
    aliases: spec.aliases,
    displayName: d.displayName,
    summary: d.summary,
    formula: d.formula.text,
    derivativeKind: 'derivative',
    derivative: d.derivative.text,
    params: d.params,
    range: d.range,
    shape: undefined,
    properties: d.properties,
    kinks: spec.kinks,
    origin: d.origin,
  };
}

function vectorDoc(spec: VectorActivationSpec): DescribedDoc {
  const d = spec.doc;
  return {
    name: spec.name,
    aliases: spec.aliases,
    displayName: d.displayName,
    summary: d.summary,
    formula: d.formula.text,
    derivativeKind: 'Jacobian',
    derivative: d.jacobian.text,
    params: d.params,
    range: d.range,
    shape: d.shape,
    properties: undefined,
    kinks: [],
    origin: d.origin,
  };
}

export const describeBuiltin: BuiltinFunction = {
  type: 'builtin',
  name: 'describe',
  signature: signatureText(SIG),
  call(args, context) {
    const bound = bindArguments(SIG, args);
    const f = bound.named.get('f')!;
    if (f.value.kind === 'function' && f.value.callable.type === 'vector') {
      const fn = f.value.callable;
      return { kind: 'describe', label: functionLabel(fn), doc: vectorDoc(fn.spec), definition: undefined, properties: undefined, plot: undefined };
    }
    if (f.value.kind !== 'function') throw new LangError('eval', `describe: argument f must be a function, got ${describeValue(f.value)}`, f.span);
    const fns = plottableArgs({ ...bound, rest: [f] });
    const range = intervalArg(bound, 'range', DEFAULT_PLOT_RANGE);
    const { fn } = fns[0];
    const value: DescribeValue = {
      kind: 'describe',
      label: functionLabel(fn),
      doc: fn.type === 'activation' ? activationDoc(fn.spec) : undefined,
      definition: fn.type === 'user' ? definitionText(fn) : fn.type === 'builtin' ? fn.signature : undefined,
      properties: propertiesTable(fns, range, context),
      plot: buildPlot(fns, range, [0, 1, 2], DEFAULT_PLOT_SAMPLES, context),
    };
    return value;
  },
};
