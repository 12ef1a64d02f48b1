/**
 * `activation-lab docs [name] [--json]`: an activation's documentation record (formula, derivative
 * or Jacobian, parameters, range, shape, properties, kink convention, origin, framework names and
 * notes), for the element-wise activations and the vector ones (softmax, glu, maxout, ...) alike.
 */
import type { FrameworkNames } from '../core/activations/activation-doc';
import { allActivationNames, listAllActivations, resolveActivation } from '../core/activation-lookup';
import type { ActivationSpec } from '../core/activations/activation-spec';
import type { VectorActivationSpec } from '../core/vector/vector-activation-spec';
import { vectorPropertyPhrases } from '../core/vector/vector-properties-text';
import { nearest } from '../lang/runtime/suggest';
import { EXIT_FAILED, EXIT_OK, type CliIo } from './io';

export function docsCommand(name: string | undefined, json: boolean, io: CliIo): number {
  if (name === undefined) {
    const entries = listAllActivations();
    if (json) {
      io.stdout(JSON.stringify(entries.map((spec) => ({ name: spec.name, aliases: spec.aliases, displayName: spec.doc.displayName, kind: spec.kind }))) + '\n');
    } else {
      io.stdout(entries.map((spec) => `${spec.name.padEnd(14)}${spec.doc.displayName}${spec.kind === 'vector' ? `  (vector, ${spec.doc.shape})` : ''}\n`).join(''));
    }
    return EXIT_OK;
  }
  const spec = resolveActivation(name);
  if (!spec) {
    const guess = nearest(name, allActivationNames());
    io.stderr(`error: unknown activation '${name}'${guess ? `; did you mean '${guess}'?` : ''}\n`);
    io.stderr(`known activations: ${listAllActivations().map((d) => d.name).join(', ')}\n`);
    return EXIT_FAILED;
  }
  if (json) io.stdout(JSON.stringify({ name: spec.name, aliases: spec.aliases, kind: spec.kind, ...spec.doc }, null, 2) + '\n');
  else io.stdout(spec.kind === 'vector' ? vectorDocsPage(spec) : docsPage(spec));
  return EXIT_OK;
}

function originLine(o: { authors: string; year: number; title: string; url?: string }): string {
  return `origin:      ${o.authors} (${o.year}), "${o.title}"${o.url ? `, ${o.url}` : ''}`;
}

function frameworkLines(frameworks: { pytorch?: FrameworkNames; tensorflow?: FrameworkNames; jax?: FrameworkNames } | undefined): string[] {
  if (!frameworks) return [];
  const lines = ['frameworks:'];
  for (const [label, f] of [['PyTorch', frameworks.pytorch], ['TensorFlow', frameworks.tensorflow], ['JAX', frameworks.jax]] as const) {
    if (!f) continue;
    const names = f.names.length ? f.names.join(', ') : '(no built-in)';
    lines.push(`  ${label.padEnd(11)}${names}`);
    if (f.note) lines.push(`  ${''.padEnd(11)}note: ${f.note}`);
  }
  return lines;
}

function paramLines(params: ReadonlyArray<{ name: string; default: number | string | boolean; description: string }>): string[] {
  if (params.length === 0) return [];
  return ['parameters:', ...params.map((p) => `  ${p.name} = ${JSON.stringify(p.default)}  ${p.description}`)];
}

function docsPage(spec: ActivationSpec): string {
  const d = spec.doc;
  const lines = [`${d.displayName} (${spec.name})`];
  if (spec.aliases.length > 0) lines.push(`aliases: ${spec.aliases.join(', ')}`);
  lines.push('', d.summary, '', `formula:     ${d.formula.text}`, `derivative:  ${d.derivative.text}`, `range:       ${d.range}`);
  lines.push(...paramLines(d.params));
  const p = d.properties;
  if (p) {
    const bounds = p.boundedBelow && p.boundedAbove ? 'bounded' : p.boundedBelow ? 'bounded below' : p.boundedAbove ? 'bounded above' : 'unbounded';
    const flags = [p.monotonic ? 'monotonic' : 'not monotonic', bounds, p.smoothness, p.zeroCentred ? 'zero-centred' : 'not zero-centred'];
    if (p.selfGated) flags.push('self-gated');
    lines.push(`properties:  ${flags.join(', ')}`, `at zero:     f(0) = ${p.valueAtZero}, f'(0) = ${p.slopeAtZero}`);
  }
  if (d.kinkConvention) lines.push(`kinks:       ${d.kinkConvention}`);
  lines.push(originLine(d.origin), ...frameworkLines(d.frameworks));
  return lines.join('\n') + '\n';
}

function vectorDocsPage(spec: VectorActivationSpec): string {
  const d = spec.doc;
  const lines = [`${d.displayName} (${spec.name}), a vector activation`];
  if (spec.aliases.length > 0) lines.push(`aliases: ${spec.aliases.join(', ')}`);
  lines.push('', d.summary, '', `formula:     ${d.formula.text}`, `Jacobian:    ${d.jacobian.text}`, `range:       ${d.range}`, `shape:       ${d.shape}`);
  lines.push(...paramLines(d.params));
  if (d.properties) lines.push(`properties:  ${vectorPropertyPhrases(d.properties).join(', ')}`);
  if (d.chart) lines.push(`chart:       ${d.chart.caption}`);
  lines.push(originLine(d.origin), ...frameworkLines(d.frameworks));
  return lines.join('\n') + '\n';
}
