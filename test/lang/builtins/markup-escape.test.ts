import * as assert from 'assert';
import { htmlAttribute, htmlText, markdownCodeBlock, markdownCodeSpan, markdownText } from '../../../src/lang/builtins/markup-escape';
import { HOSTILE, htmlSkeleton, markdownDangers, markdownSkeleton } from './markup-safety';

describe('lang/markup-escape: the safety checker catches what the old surfaces did', () => {
  const cases: Array<[string, string]> = [
    ["describe's two-backtick fence around a source holding two backticks", '### ``f(x) = x + 0 * ("`` <img src=x onerror=alert(1)>" == "a")``'],
    ['signature help with the raw definition', 'f(x) = x + 0 * ("![x](http://evil/p.png)" == "a")'],
    ['completion documentation in single backticks', '`k = "` <img src=x onerror=alert(1)> `"` (defined in cell 1)'],
  ];
  for (const [name, markdown] of cases) it(name, () => assert.notDeepStrictEqual(markdownDangers(markdown), []));
});

describe('lang/markup-escape: user text into Markdown and HTML', () => {
  describe('markdownText: no markup at all, every character shown', () => {
    for (const [name, text] of HOSTILE) {
      it(name, () => {
        const md = `before ${markdownText(text)} after`;
        assert.deepStrictEqual(markdownSkeleton(md), markdownSkeleton('before zzz after'), md);
        assert.deepStrictEqual(markdownDangers(md), [], md);
      });
    }
    const cases: Array<[string, string, string]> = [
      ['emphasis', 'x*2*x', 'x\\*2\\*x'],
      ['a link', '[a](u)', '\\[a\\](u)'],
      ['a bare URL and a domain', 'http://e.com', 'http\\://e\\.com'],
      ['a leading list marker', '- x', '\\- x'],
      ['a line break', 'a\nb', 'a b'],
      ['NUL', '\0', '\uFFFD'],
      ['letters and non-ASCII', 'héllo ∞', 'héllo ∞'],
    ];
    for (const [name, text, expected] of cases) it(`exactly: ${name}`, () => assert.strictEqual(markdownText(text), expected));
  });

  describe('markdownCodeSpan: one code span whatever the text', () => {
    for (const [name, text] of HOSTILE) {
      it(name, () => {
        const md = `x ${markdownCodeSpan(text)} y`;
        assert.deepStrictEqual(markdownSkeleton(md), markdownSkeleton('x `zzz` y'), md);
      });
      it(`${name}, in a table cell`, () => {
        const md = `| a | ${markdownCodeSpan(text, { inTable: true })} |`;
        assert.deepStrictEqual(markdownSkeleton(md), markdownSkeleton('| a | `zzz` |'), md);
      });
    }
    const cases: Array<[string, string, string]> = [
      ['plain', 'x', '`x`'],
      ['a backtick inside', 'a`b', '``a`b``'],
      ['a run of two', 'a``b', '```a``b```'],
      ['a backtick at an end', '`x', '`` `x ``'],
      ['spaces at both ends', ' x ', '`  x  `'],
      ['a line break', 'a\nb', '`a b`'],
      ['empty', '', '` `'],
    ];
    for (const [name, text, expected] of cases) it(`exactly: ${name}`, () => assert.strictEqual(markdownCodeSpan(text), expected));
  });

  describe('markdownCodeBlock: no line of the text closes the fence', () => {
    for (const [name, text] of HOSTILE) {
      it(name, () => {
        const md = `**F**\n\n${markdownCodeBlock(text, 'activation')}\n\nafter`;
        assert.deepStrictEqual(markdownSkeleton(md), markdownSkeleton('**F**\n\n```activation\nzzz\n```\n\nafter'), md);
      });
    }
    it('the fence is longer than any backtick run', () => {
      assert.strictEqual(markdownCodeBlock('a ```` b', 'x'), '`````x\na ```` b\n`````');
      assert.strictEqual(markdownCodeBlock('a', 'bad`info <x>'), '```badinfox\na\n```');
    });
  });

  describe('htmlText and htmlAttribute', () => {
    for (const [name, text] of HOSTILE) {
      it(name, () => {
        const html = `<p title="${htmlAttribute(text)}" data-x='${htmlAttribute(text)}'>${htmlText(text)}</p><script>1</script>`;
        assert.deepStrictEqual(htmlSkeleton(html), ['p', '@title', '@data-x', '/p', 'script', '/script'], html);
      });
    }
    it('exactly', () => {
      assert.strictEqual(htmlText(`<a href="x">&'`), '&lt;a href=&quot;x&quot;&gt;&amp;&#39;');
      assert.strictEqual(htmlAttribute('`\0'), '&#96;\uFFFD');
    });
  });
});
