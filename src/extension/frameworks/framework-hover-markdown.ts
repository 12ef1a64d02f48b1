/**
 * The Markdown of a hover on a framework's name for an activation (`torch.nn.GELU`, `tf.nn.relu`,
 * `activation="relu"`, `jax.nn.gelu`): which framework and what it calls the function, where its
 * defaults differ from PyTorch's (the record's note), then the record with its chart, drawn with
 * the parameter values written at the call. Pure (no vscode import).
 */
import type { WrittenArgument } from '../docs/call-arguments';
import { markdownCodeSpan, markdownProse } from '../../lang/builtins/markup-escape';
import { frameworkLabel, type FrameworkId, type FrameworkName, type FrameworkRecord, type SourceFamily } from './framework-names';
import { matchOptionsFor } from './framework-signatures';
import { recordHoverMarkdown, type RecordSubject } from '../docs/record-hover';
import type { PositionalRule } from '../docs/written-params';

export interface FrameworkHoverInput {
  spec: RecordSubject & { readonly doc: { readonly frameworks?: Partial<Readonly<Record<FrameworkId, FrameworkRecord | undefined>>> } };
  name: FrameworkName;
  family: SourceFamily;
  args?: readonly WrittenArgument[];
}

/**
 * PyTorch modules take their parameters positionally (`nn.LeakyReLU(0.2)`), functions take the input
 * first (`F.leaky_relu(x, 0.2)`); elsewhere only keywords count, since TensorFlow and JAX order their
 * parameters differently (a Keras layer takes no input; a function takes it first).
 */
export function positionalRuleFor(name: FrameworkName): PositionalRule {
  if (name.framework !== 'pytorch') return name.kind === 'class' ? 'keywords-no-input' : 'keywords';
  return name.kind === 'class' ? 'all' : 'after-input';
}

export function frameworkHoverMarkdown(input: FrameworkHoverInput): string {
  const { spec, name, family } = input;
  const label = frameworkLabel(name.framework, family);
  const shown = name.kind === 'string' ? JSON.stringify(name.written) : name.written;
  const parts: string[] = [];
  const spelled = name.written === name.recordName || name.kind === 'string' ? '' : ` (${markdownCodeSpan(name.recordName)})`;
  parts.push(`**${markdownProse(label)}**: ${markdownCodeSpan(shown)}${spelled} is ${markdownCodeSpan(spec.name)} — ${markdownProse(spec.doc.displayName)}`);
  // TensorFlow.js names carry their own note: the record's TensorFlow note is about Python TensorFlow.
  const note = family === 'js' && name.framework === 'tensorflow' ? name.note : spec.doc.frameworks?.[name.framework]?.note;
  if (name.framework === 'pytorch') {
    if (note) parts.push(`**Note**: ${markdownProse(note)}`);
  } else if (note) {
    parts.push(`**Differs from PyTorch**: ${markdownProse(note)}`);
  } else {
    parts.push(`**Defaults**: the same as PyTorch's (no difference recorded).`);
  }
  // The input (x) is not a parameter; `rule` decides which positional arguments are.
  const args = input.args ?? [];
  parts.push('---');
  parts.push(recordHoverMarkdown(spec, args, positionalRuleFor(name), matchOptionsFor(name)));
  return parts.join('\n\n');
}
