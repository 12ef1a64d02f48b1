import * as assert from 'assert';
import * as fs from 'fs';
import * as path from 'path';
import { listActivations } from '../../../src/core/activations/registry';
import { originWorks } from '../../../src/core/activations/origin-works';
import { listVectorActivations } from '../../../src/core/vector/registry';
import { FRAMEWORK_LANGUAGES } from '../../../src/extension/frameworks/framework-names';
import { contentSecurityPolicy, REFERENCE_TITLE, referenceHtml, searchText, type ReferenceSubject } from '../../../src/extension/reference/reference-html';
import { htmlText as escapeHtml } from '../../../src/lang/builtins/markup-escape';

const NONCE = 'abcdefghijklmnopqrstuv';

/** A made-up activation whose text tries to inject markup. */
const EVIL: ReferenceSubject = {
  name: 'evil',
  aliases: ['ev"il'],
  doc: {
    displayName: '<script>alert(1)</script>',
    summary: 'Uses <img src=x onerror=alert(1)> & friends.',
    formula: { text: 'evil(x) = x < 1 ? 0 : x', latex: '' },
    derivative: { text: "evil'(x) = 1", latex: '' },
    params: [{ name: 'alpha', default: 0.5, description: 'the "alpha"' }],
    range: '(-∞, ∞)',
    origin: { authors: 'M. Allory', year: 2001, title: 'On <b>bold</b>', url: 'javascript:alert(1)' },
    properties: { monotonic: true, boundedBelow: false, boundedAbove: false, smoothness: 'C0', zeroCentred: true, selfGated: false, valueAtZero: 0, slopeAtZero: 1 },
    kinkConvention: "evil'(1) = 1",
    frameworks: { pytorch: { names: ['torch.nn.Evil'] }, tensorflow: { names: [], note: 'No <built-in>.' }, jax: { names: [] } },
  },
  valueInto(xs, out) {
    for (let i = 0; i < xs.length; i++) out[i] = xs[i];
  },
  derivativeInto(xs, out) {
    for (let i = 0; i < xs.length; i++) out[i] = 1;
  },
};

function scriptsOf(html: string): string[] {
  return [...html.matchAll(/<script\b[^>]*>/g)].map((m) => m[0]);
}

describe('extension reference-html', () => {
  it('lists every registered activation once, each with formula, derivative, properties, origin and a chart', () => {
    const specs = listActivations();
    const html = referenceHtml(specs, { nonce: NONCE });
    assert.ok(html.includes(`<title>${REFERENCE_TITLE}</title>`));
    assert.strictEqual((html.match(/<article class="entry"/g) ?? []).length, specs.length);
    for (const spec of specs) {
      const start = html.indexOf(`id="act-${spec.name}"`);
      assert.ok(start >= 0, `${spec.name} has an entry`);
      const end = html.indexOf('</article>', start);
      const entry = html.slice(start, end);
      assert.ok(entry.includes(escapeHtml(spec.doc.formula.text)), `${spec.name}: formula`);
      assert.ok(entry.includes(escapeHtml(spec.doc.derivative.text)), `${spec.name}: derivative`);
      assert.ok(entry.includes('<dt>Properties</dt>'), `${spec.name}: properties`);
      for (const work of originWorks(spec.doc.origin)) assert.ok(entry.includes(escapeHtml(work.authors)), `${spec.name}: origin ${work.authors}`);
      assert.ok(entry.includes(String(spec.doc.origin.year)), `${spec.name}: year`);
      assert.ok(/<svg xmlns="http:\/\/www\.w3\.org\/2000\/svg"[\s\S]*<path d="M/.test(entry), `${spec.name}: chart`);
      for (const p of spec.doc.params) assert.ok(entry.includes(`<code>${escapeHtml(p.name)}=`), `${spec.name}: parameter ${p.name}`);
    }
  });

  it('sets a Content Security Policy with no remote content, and nonces on its one style and one script', () => {
    const html = referenceHtml(listActivations(), { nonce: NONCE });
    const csp = /<meta http-equiv="Content-Security-Policy" content="([^"]+)">/.exec(html);
    assert.ok(csp);
    assert.strictEqual(csp[1], contentSecurityPolicy(NONCE));
    assert.match(csp[1], /default-src 'none'/);
    assert.match(csp[1], new RegExp(`script-src 'nonce-${NONCE}'`));
    assert.match(csp[1], new RegExp(`style-src 'nonce-${NONCE}'`));
    assert.ok(!/https?:|unsafe-inline|unsafe-eval|\*/.test(csp[1]));
    assert.deepStrictEqual(scriptsOf(html), [`<script nonce="${NONCE}">`]);
    assert.deepStrictEqual([...html.matchAll(/<style\b[^>]*>/g)].map((m) => m[0]), [`<style nonce="${NONCE}">`]);
    assert.ok(!/\sstyle=|\son[a-z]+=/i.test(html), 'no inline style attributes or event handlers');
    assert.ok(!/<(?:img|link|iframe)\b[^>]*\s(?:src|href)="https?:/.test(html), 'nothing remote is loaded');
  });

  it('refuses a missing or short nonce', () => {
    assert.throws(() => referenceHtml([], { nonce: '' }), /nonce/);
    assert.throws(() => referenceHtml([], { nonce: 'abc' }), /nonce/);
  });

  it('escapes everything that comes from a record', () => {
    const html = referenceHtml([EVIL], { nonce: NONCE, query: '"><script>' });
    assert.strictEqual(scriptsOf(html).length, 1, 'only the page script');
    assert.ok(!html.includes('<img'));
    assert.ok(!html.includes('<b>bold'));
    assert.ok(html.includes('&lt;script&gt;alert(1)&lt;/script&gt;'));
    assert.ok(html.includes('x &lt; 1 ? 0 : x'));
    assert.ok(!html.includes('javascript:'), 'a non-http origin URL is not linked');
    assert.ok(html.includes('value="&quot;&gt;&lt;script&gt;"'), 'the query is an attribute value');
    assert.ok(html.includes('No &lt;built-in&gt;.'), 'framework note');
    assert.ok(html.includes('<code>torch.nn.Evil</code>'));
  });

  it('links an http(s) origin', () => {
    const html = referenceHtml([{ ...EVIL, doc: { ...EVIL.doc, origin: { ...EVIL.doc.origin, url: 'https://arxiv.org/abs/1606.08415' } } }], { nonce: NONCE });
    assert.ok(html.includes('<a href="https://arxiv.org/abs/1606.08415">On &lt;b&gt;bold&lt;/b&gt;</a>'));
  });

  it('an entry is found by its name, aliases, display name, framework names and summary', () => {
    const text = searchText(EVIL);
    for (const word of ['evil', 'ev"il', '<script>', 'torch.nn.evil', 'friends']) assert.ok(text.includes(word), word);
    assert.strictEqual(text, text.toLowerCase());
  });
});

describe('extension reference-html: the vector activations', () => {
  const all = [...listActivations(), ...listVectorActivations()];
  const html = referenceHtml(all, { nonce: NONCE });

  function entryOf(name: string): string {
    const start = html.indexOf(`id="act-${name}"`);
    assert.ok(start >= 0, `${name} has an entry`);
    return html.slice(start, html.indexOf('</article>', start));
  }

  it('lists both kinds: every element-wise and every vector activation once', () => {
    assert.strictEqual((html.match(/<article class="entry"/g) ?? []).length, all.length);
    assert.ok(html.includes(`<span id="count" class="count">${all.length} of ${all.length}</span>`));
  });

  for (const spec of listVectorActivations()) {
    it(`${spec.name}: Jacobian, shape, properties, frameworks, and a chart whose caption says what it draws`, () => {
      const entry = entryOf(spec.name);
      const d = spec.doc;
      assert.ok(entry.includes(`<dt>Jacobian</dt><dd><code>${escapeHtml(d.jacobian.text)}</code></dd>`), 'Jacobian');
      assert.ok(entry.includes(`<dt>Shape</dt><dd><code>${escapeHtml(d.shape)}</code></dd>`), 'shape');
      assert.ok(!entry.includes('<dt>Derivative</dt>') && !entry.includes('<dt>At kinks</dt>'));
      assert.ok(entry.includes(escapeHtml(d.formula.text)), 'formula');
      assert.match(entry, /<dt>Properties<\/dt><dd>[^<]*(?:shift|permut)/, 'vector properties');
      assert.ok(entry.includes(`<dt>Range</dt><dd><code>${escapeHtml(d.range)}</code></dd>`), 'range');
      for (const n of [...d.frameworks.pytorch.names, ...d.frameworks.tensorflow.names, ...d.frameworks.jax.names]) {
        assert.ok(entry.includes(`<code>${escapeHtml(n)}</code>`), `framework name ${n}`);
      }
      assert.ok(entry.includes(`<figcaption>${escapeHtml(`f(x) = ${d.chart.caption}; `)}`), 'the caption names the slice');
      assert.ok(/<svg xmlns="http:\/\/www\.w3\.org\/2000\/svg"[\s\S]*<path d="M/.test(entry), 'a drawn chart');
      assert.ok(entry.includes(`<title>${escapeHtml(d.chart.caption)}, and its derivative on [-4, 4]</title>`), 'the SVG title says it too');
    });
  }

  it('the search finds softmax by F.softmax and by its Keras string', () => {
    const text = /id="act-softmax" data-search="([^"]*)"/.exec(html)?.[1] ?? '';
    assert.ok(text.includes('f.softmax') && text.includes('&quot;softmax&quot;'), text);
  });
});

describe('package.json: the documentation surfaces', () => {
  const pkg = JSON.parse(fs.readFileSync(path.resolve(__dirname, '..', '..', '..', '..', 'package.json'), 'utf8'));

  it('declares "Activation Lab: Open Activation Reference"', () => {
    const command = pkg.contributes.commands.find((c: { command: string }) => c.command === 'activation-lab.openReference');
    assert.ok(command);
    assert.strictEqual(`${command.category}: ${command.title}`, 'Activation Lab: Open Activation Reference');
  });

  it('activates for every language the framework hover serves, and for Jupyter notebooks', () => {
    for (const language of Object.keys(FRAMEWORK_LANGUAGES)) assert.ok(pkg.activationEvents.includes(`onLanguage:${language}`), language);
    assert.ok(pkg.activationEvents.includes('onNotebook:jupyter-notebook'));
  });

  it('shows an origin of several works as a list, one year each (SiLU: no stray year, titles apart)', () => {
    const silu = listActivations().find((s) => s.name === 'silu');
    assert.ok(silu, 'silu is registered');
    const works = originWorks(silu.doc.origin);
    assert.strictEqual(works.length, 3);
    assert.deepStrictEqual(works.map((w) => /\(\d{4}/.test(w.authors)), [true, true, true]);
    const html = referenceHtml([silu], { nonce: NONCE });
    assert.ok(!html.includes('as swish) (2016)'), 'no stray year after the last authors');
    assert.strictEqual((html.match(/<li>[^<]*<cite>/g) ?? []).length, 3, 'three works, each with its title');
  });
});
