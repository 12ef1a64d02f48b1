/**
 * describe of a vector activation: its properties in words (text and Markdown) and a chart of its
 * one-variable slice with the record's caption. The slices are checked against closed forms:
 * softmax([x, 0])[0] is sigmoid(x) with derivative sigmoid(x)(1 - sigmoid(x)), and maxout(k=3)
 * over [x, 0, 0] is max(x, 0) with slope 0 left of 0 and 1 from 0 on (ties go to the first entry).
 */
import * as assert from 'assert';
import { formatDescribeMarkdown, formatDescribeText } from '../../../src/kernel/format/format-describe';
import type { DescribeValue } from '../../../src/lang/runtime/values';
import { close, last } from '../lang-helpers';
import { outputsFor } from '../../../src/kernel/output-items';

function describeOf(source: string): DescribeValue {
  const v = last(source);
  assert.strictEqual(v.kind, 'describe');
  return v;
}

const sigmoid = (x: number) => 1 / (1 + Math.exp(-x));

describe('lang: describe of a vector activation', () => {
  it('describe(softmax) lists its properties in words, in text and in Markdown', () => {
    const d = describeOf('describe(softmax)');
    assert.ok(d.doc?.propertyPhrases && d.doc.propertyPhrases.length >= 3);
    const text = formatDescribeText(d);
    assert.match(text, /\nproperty: +shift-invariant \(adding c to every input changes nothing\)\n/);
    assert.match(text, /\nproperty: +outputs are probabilities/);
    assert.match(text, /\nchart: +softmax\(\[x, 0\]\)\[0\] = sigmoid\(x\)/);
    const md = formatDescribeMarkdown(d);
    assert.match(md, /\*\*Properties:\*\* outputs are probabilities [^\n]* · shift-invariant/);
    assert.match(md, /\*\*Chart:\*\* `softmax\(\[x, 0\]\)\[0\] = sigmoid\(x\)/);
  });

  it('describe(softmax) charts softmax([x, 0])[0] = sigmoid(x) and its derivative, captioned', () => {
    const p = describeOf('describe(softmax)').plot!;
    assert.ok(p.title.startsWith('softmax([x, 0])[0] = sigmoid(x)'), p.title);
    assert.deepStrictEqual(p.series.map((s) => `${s.label}:${s.order}`), ['softmax([x, 0])[0]:0', 'softmax([x, 0])[0]:1']);
    assert.deepStrictEqual([p.x[0], p.x[p.x.length - 1]], [-4, 4]);
    p.x.forEach((x, i) => {
      const s = sigmoid(x);
      assert.ok(close(p.series[0].y[i], s, 1e-15), `value at ${x}`);
      assert.ok(close(p.series[1].y[i], s * (1 - s), 1e-14), `slope at ${x}`);
    });
  });

  it('bound parameters and range reach the slice: describe(maxout(k=3), range=[-2, 2])', () => {
    const d = describeOf('describe(maxout(k=3), range=[-2, 2])');
    const p = d.plot!;
    assert.deepStrictEqual(p.labels, ['maxout(k=3)([x, 0, 0])[0]']);
    assert.deepStrictEqual([p.x[0], p.x[p.x.length - 1]], [-2, 2]);
    p.x.forEach((x, i) => {
      assert.strictEqual(p.series[0].y[i], Math.max(x, 0));
      assert.strictEqual(p.series[1].y[i], x >= 0 ? 1 : 0);
    });
    assert.match(formatDescribeText(d), /\nproperty: +convex\n/);
  });

  it('the kernel shows the description and the chart as two outputs', () => {
    const outputs = outputsFor(describeOf('describe(log_softmax)'));
    assert.strictEqual(outputs.length, 2);
    const chart = outputs[1].items.find((item) => item.mime.includes('chart'));
    assert.ok(chart, JSON.stringify(outputs[1].items.map((i) => i.mime)));
  });
});
