/**
 * `activation-lab run notebook.actnb --html report.html`: the standalone report (every cell's source
 * escaped, an inline <svg> per chart, nothing that loads from the network), --json unchanged beside it,
 * and the page opened in Chromium and screenshotted into .test-artifacts/report/ to be looked at.
 */
import * as assert from 'assert';
import * as fs from 'fs';
import * as path from 'path';
import { chromium } from 'playwright-core';
import type { CliIo } from '../../src/cli/io';
import { runCli } from '../../src/cli/run-cli';
import { parseNotebookFile } from '../../src/kernel/notebook-file/notebook-file';
import { escapeXml } from '../../src/shared/escape-xml';
import { CHROMIUM_ARGS } from '../host/browser';
import { artifactsDir } from '../host/workspace';
import { repoRoot } from '../host/test-host-paths';
import { notebookText } from './notebook-text';

function cli(argv: string[], files: Record<string, string> = {}): { status: number; stdout: string; stderr: string; written: Record<string, string> } {
  let stdout = '';
  let stderr = '';
  const written: Record<string, string> = {};
  const io: CliIo = {
    stdout: (t) => void (stdout += t),
    stderr: (t) => void (stderr += t),
    readFile: (p) => (p in files ? files[p] : fs.readFileSync(p, 'utf8')),
    writeFile: (p, t) => void (written[p] = t),
  };
  return { status: runCli(argv, io), stdout, stderr, written };
}

const notebook = (cells: Parameters<typeof notebookText>[0]): string => notebookText(cells);

const EVIL = notebook([
  { kind: 'markdown', source: '# Title <script>alert(1)</script>\n\nSome **bold** and `code < 1` and <img src=x onerror=alert(1)>' },
  { kind: 'code', source: 'f(x) = where(x < 0, 0, x) # a <b>comment</b> & "quotes"\nplot(f, range=[-1, 1])' },
  { kind: 'code', source: 'table(relu, at=[0, 1])' },
  { kind: 'code', language: 'python', source: 'print("<hi>")' },
  { kind: 'code', source: 'nope(1 < 2)' },
]);

/** Every <svg ...> element opening in the page. */
const svgCount = (html: string): number => (html.match(/<svg[\s>]/g) ?? []).length;

/**
 * What would load from the network: in a tag, a src or (but on <a>) an href that is not data:, a
 * <link>, <script>, <iframe>, <object> or <embed>; in a style, url(...) or @import. Escaped text has
 * no raw '<', so only real tags are looked at.
 */
function externalLoads(html: string): string[] {
  const bad: string[] = [];
  for (const [tag] of html.matchAll(/<[a-zA-Z][^>]*>/g)) {
    if (/^<(link|script|iframe|object|embed)\b/i.test(tag)) bad.push(tag);
    else if (/\bsrc\s*=\s*(?!["']?data:)/i.test(tag)) bad.push(tag);
    else if (!/^<a\s/i.test(tag) && /\bhref\s*=\s*(?!["']?(?:data:|#))/i.test(tag)) bad.push(tag);
  }
  for (const [style] of html.matchAll(/<style>[\s\S]*?<\/style>/g)) if (/url\(|@import/i.test(style)) bad.push('a style that loads');
  return bad;
}

describe('cli: run --html writes a standalone report', () => {
  const samples = ['welcome.actnb', 'tour.actnb', 'training.actnb'];
  for (const name of samples) {
    it(`${name}: every cell's source escaped, an <svg> per chart, nothing loaded from the network`, function () {
      this.timeout(60000);
      const file = path.join(repoRoot, 'samples', name);
      const r = cli(['run', file, '--json', '--html', 'report.html']);
      assert.ok(r.status === 0 || r.status === 1, r.stderr);
      const html = r.written['report.html'];
      assert.ok(html.startsWith('<!DOCTYPE html>'));
      const parsed = parseNotebookFile(fs.readFileSync(file, 'utf8'));
      assert.ok(parsed.ok);
      for (const cell of parsed.notebook.cells.filter((c) => c.kind === 'code')) assert.ok(html.includes(`<code>${escapeXml(cell.source)}</code>`), cell.source);
      const json = JSON.parse(r.stdout) as { cells: Array<{ outputs: Array<{ items: Array<{ mime: string }> }> }> };
      const charts = json.cells.flatMap((c) => c.outputs).filter((o) => o.items.some((i) => i.mime === 'image/svg+xml')).length;
      assert.strictEqual(svgCount(html), charts);
      assert.deepStrictEqual(externalLoads(html), []);
      assert.ok(!/<script/i.test(html));
      assert.ok(html.includes("Content-Security-Policy\" content=\"default-src 'none'"));
    });
  }

  it('user text is escaped everywhere: markdown, sources, labels, errors', () => {
    const r = cli(['run', 'evil.actnb', '--html', 'out.html'], { 'evil.actnb': EVIL });
    assert.strictEqual(r.status, 1);
    const html = r.written['out.html'];
    assert.ok(!html.includes('<script>alert'), 'no script from markdown');
    assert.ok(!html.includes('<img src=x'), 'no raw HTML from markdown');
    assert.ok(!html.includes('<b>comment</b>'), 'no raw HTML from a source');
    assert.ok(html.includes('&lt;script&gt;alert(1)&lt;/script&gt;'));
    assert.ok(html.includes('<strong>bold</strong>') && html.includes('<code>code &lt; 1</code>'), 'minimal markdown');
    assert.ok(html.includes('# a &lt;b&gt;comment&lt;/b&gt; &amp; &quot;quotes&quot;'));
    assert.ok(html.includes('cell 4 · python · not run'));
    assert.match(html, /<pre class="error">error: unknown function &#39;nope&#39;[^<]*\n[^<]*\n  nope\(1 &lt; 2\)\n  \^/);
    assert.strictEqual(svgCount(html), 1);
    assert.ok(html.includes('<table'), 'the table as HTML');
    assert.deepStrictEqual(externalLoads(html), []);
  });

  it('--json output is the same with or without --html', () => {
    const file = path.join(repoRoot, 'samples', 'welcome.actnb');
    assert.strictEqual(cli(['run', file, '--json', '--html', 'x.html']).stdout, cli(['run', file, '--json']).stdout);
    assert.strictEqual(cli(['run', file, '--html=x.html']).stdout, cli(['run', file]).stdout);
  });

  const usage: Array<{ name: string; argv: string[]; message: RegExp }> = [
    { name: '--html without a file', argv: ['run', 'a.actnb', '--html'], message: /--html needs the file to write/ },
    { name: '--html on eval', argv: ['eval', '1', '--html', 'x.html'], message: /--html is an option of run/ },
  ];
  for (const c of usage) {
    it(`usage error: ${c.name}`, () => {
      const r = cli(c.argv);
      assert.strictEqual(r.status, 2);
      assert.match(r.stderr, c.message);
    });
  }

  it('the report opens in Chromium with no request leaving the page; screenshots in .test-artifacts/report/', async function () {
    this.timeout(60000);
    if (!fs.existsSync('/usr/bin/chromium')) this.skip();
    const dir = artifactsDir('report');
    const browser = await chromium.launch({ executablePath: '/usr/bin/chromium', headless: true, args: CHROMIUM_ARGS });
    try {
      for (const name of ['tour.actnb', 'welcome.actnb']) {
        const r = cli(['run', path.join(repoRoot, 'samples', name), '--html', 'r.html']);
        const file = path.join(dir, name.replace('.actnb', '.html'));
        fs.writeFileSync(file, r.written['r.html']);
        const page = await browser.newPage({ viewport: { width: 1100, height: 900 } });
        const requests: string[] = [];
        page.on('request', (req) => {
          if (!req.url().startsWith('file:') && !req.url().startsWith('data:')) requests.push(req.url());
        });
        await page.goto(`file://${file}`);
        const shown = (await page.evaluate(`[document.querySelectorAll('svg').length, Math.min(...[...document.querySelectorAll('svg')].map((s) => s.getBoundingClientRect().width))]`)) as [number, number];
        assert.ok(shown[0] >= 1 && shown[1] > 300, `svgs drawn: ${JSON.stringify(shown)}`);
        await page.screenshot({ path: path.join(dir, name.replace('.actnb', '.png')), fullPage: true });
        assert.deepStrictEqual(requests, []);
        await page.close();
      }
    } finally {
      await browser.close();
    }
  });
});
