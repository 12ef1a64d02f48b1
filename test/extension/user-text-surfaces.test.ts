/**
 * Hostile user text (names are words, so: strings, comments, call arguments, the Reference's search
 * text) through every surface that turns it into Markdown or HTML: the kernel's text/markdown of
 * describe/table/compare, the hover of a user name, completion documentation, signature help, the
 * activation hover of a call, the Activation Reference and the renderer. Each surface's text for a
 * hostile input must have the markup skeleton of the same surface for a harmless one
 * (test/lang/builtins/markup-safety.ts) and no raw HTML, image or link outside code.
 */
import * as assert from 'assert';
import * as fs from 'fs';
import * as path from 'path';
import { getActivation, listActivations } from '../../src/core/activations/registry';
import { recordHoverMarkdown } from '../../src/extension/docs/record-hover';
import { referenceHtml } from '../../src/extension/reference/reference-html';
import { KernelSession } from '../../src/kernel/session';
import { analyzeCells } from '../../src/lang/analysis/analysis';
import { completionsAt } from '../../src/lang/analysis/analysis-completions';
import { definitionHoverMarkdown } from '../../src/lang/analysis/analysis-hover';
import { signatureHelpAt } from '../../src/lang/analysis/analysis-signature-help';
import { MIME_MARKDOWN } from '../../src/shared/mime-types';
import { HOSTILE, htmlSkeleton, markdownDangers, markdownSkeleton } from '../lang/builtins/markup-safety';

/** The same text with every character that is not a letter or digit replaced: what a harmless user writes. */
function harmless(text: string): string {
  return text.replace(/[^A-Za-z0-9]/g, 'z');
}

/** A payload as the inside of a one-line string literal of the language. */
function inString(text: string): string {
  return text.replace(/["\\\r\n\u2028\u2029]/g, ' ');
}

type Surface = (payload: string) => string[];

function kernelMarkdown(cells: string[]): string[] {
  const session = new KernelSession();
  const out: string[] = [];
  for (const code of cells) {
    const r = session.executeSync(code);
    assert.ok(r.ok, `${JSON.stringify(code)}: ${JSON.stringify(r.error)}`);
    for (const o of r.outputs) for (const i of o.items) if (i.mime === MIME_MARKDOWN) out.push(String(i.data));
  }
  assert.ok(out.length > 0, 'some Markdown output');
  return out;
}

function definition(p: string): string {
  return `f = x -> x + 0 * ("${inString(p)}" == "a")  # ${inString(p)}`;
}

function lastCell(cells: string[]) {
  const last = cells.length - 1;
  const offset = cells[last].indexOf('|');
  return { analysis: analyzeCells([...cells.slice(0, last), cells[last].replace('|', '')]), cell: last, offset };
}

const SURFACES: Array<[string, Surface]> = [
  ['kernel: describe(f) of a definition with a string', (p) => kernelMarkdown([definition(p), 'describe(f)'])],
  ['kernel: describe of a lambda with a string', (p) => kernelMarkdown([`describe(x -> x + 0 * ("${inString(p)}" == "a"))`])],
  ['kernel: table of a lambda (its source is a column)', (p) => kernelMarkdown([`table(x -> x + 0 * ("${inString(p)}" == "a"), at=[1])`])],
  ['kernel: compare (its source is a row)', (p) => kernelMarkdown([`compare(x -> x + 0 * ("${inString(p)}" == "a"), relu)`])],
  ['analysis: hover of a user name', (p) => {
    const a = analyzeCells([definition(p), 'f']);
    const def = a.visibleAt(1, 1).find((v) => v.name === 'f')?.definition;
    assert.ok(def, 'f has a definition');
    return [definitionHoverMarkdown(def, true), definitionHoverMarkdown(def, false)];
  }],
  ['analysis: completion documentation', (p) => {
    const { analysis, cell, offset } = lastCell([definition(p), `k = "${inString(p)}"`, 'f|']);
    return completionsAt(analysis, cell, offset).entries.filter((e) => e.label === 'f' || e.label === 'k').map((e) => e.documentation ?? '');
  }],
  ['analysis: signature help of a user function', (p) => {
    const { analysis, cell, offset } = lastCell([`g(x, a="${inString(p)}") = x + 0 * ("${inString(p)}" == "a")`, 'g(1, |']);
    const help = signatureHelpAt(analysis, cell, offset);
    assert.ok(help, 'signature help');
    return [help.signature.documentation ?? '', ...help.signature.params.map((q) => q.documentation ?? '')];
  }],
  ['docs: the hover of a call with a written argument', (p) => {
    const spec = getActivation('leaky_relu')!;
    return [recordHoverMarkdown(spec, [{ text: 'x' }, { keyword: 'negative_slope', text: p }, { keyword: 'bogus', text: p }], 'keywords')];
  }],
];

describe('user text never becomes markup, on every surface', () => {
  for (const [surface, produce] of SURFACES) {
    describe(surface, () => {
      for (const [name, payload] of HOSTILE) {
        it(name, () => {
          const hostile = produce(payload);
          const benign = produce(harmless(payload));
          assert.strictEqual(hostile.length, benign.length);
          hostile.forEach((md, i) => {
            assert.deepStrictEqual(markdownSkeleton(md), markdownSkeleton(benign[i]), `${md}\n--- vs ---\n${benign[i]}`);
            assert.deepStrictEqual(markdownDangers(md), [], md);
          });
        });
      }
    });
  }

  describe('kernel: the text/html and SVG items of table, compare and plot (titles and labels from user text)', () => {
    const html = (p: string): string[] => {
      const session = new KernelSession();
      const out: string[] = [];
      for (const code of [`table(x -> x + 0 * ("${inString(p)}" == "a"), at=[1])`, `compare(x -> x + 0 * ("${inString(p)}" == "a"), relu)`, `plot(x -> x + 0 * ("${inString(p)}" == "a"))`]) {
        const r = session.executeSync(code);
        assert.ok(r.ok, JSON.stringify(r.error));
        for (const o of r.outputs) for (const i of o.items) if (i.mime === 'text/html' || i.mime === 'image/svg+xml') out.push(String(i.data));
      }
      return out;
    };
    for (const [name, payload] of HOSTILE) {
      it(name, () => {
        const hostile = html(payload);
        const benign = html(harmless(payload));
        assert.strictEqual(hostile.length, benign.length);
        hostile.forEach((h, i) => assert.deepStrictEqual(htmlSkeleton(h), htmlSkeleton(benign[i]), h));
      });
    }
  });

  describe('the Activation Reference (HTML): the search text', () => {
    const specs = listActivations().slice(0, 2);
    for (const [name, payload] of HOSTILE) {
      it(name, () => {
        const html = referenceHtml(specs, { nonce: 'n'.repeat(24), query: payload });
        const benign = referenceHtml(specs, { nonce: 'n'.repeat(24), query: harmless(payload) });
        assert.deepStrictEqual(htmlSkeleton(html), htmlSkeleton(benign));
        assert.ok(!html.includes(payload) || !/[<>&"'`]/.test(payload), 'the raw payload is not in the page');
      });
    }
  });

  it('the renderer builds no HTML from strings (text goes in with textContent; chart.js titles are canvas text)', () => {
    const dir = path.resolve(__dirname, '../../../src/renderer');
    const offenders: string[] = [];
    for (const file of fs.readdirSync(dir).filter((f) => f.endsWith('.ts'))) {
      const text = fs.readFileSync(path.join(dir, file), 'utf8');
      for (const m of text.matchAll(/\b(innerHTML|outerHTML|insertAdjacentHTML|document\.write|DOMParser|createContextualFragment)\b/g)) offenders.push(`${file}: ${m[1]}`);
    }
    assert.deepStrictEqual(offenders, []);
  });
});
