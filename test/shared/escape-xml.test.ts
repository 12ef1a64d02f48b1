import * as assert from 'assert';
import { escapeXml } from '../../src/shared/escape-xml';

describe('shared/escape-xml', () => {
  const cases: Array<{ name: string; input: string; expected: string }> = [
    { name: 'plain text unchanged', input: 'relu, gelu', expected: 'relu, gelu' },
    { name: 'the five specials', input: `<a href="x">&'`, expected: '&lt;a href=&quot;x&quot;&gt;&amp;&#39;' },
    { name: 'an entity is escaped again (no double meaning)', input: '&lt;', expected: '&amp;lt;' },
    { name: 'unicode kept', input: 'f′(x) → ∞ 😀', expected: 'f′(x) → ∞ 😀' },
    { name: 'control characters dropped, tab and newline kept', input: 'a\u0000b\u0007c\td\ne', expected: 'abc\td\ne' },
    { name: 'lone surrogates dropped', input: 'a\ud800b\udc00c', expected: 'abc' },
    { name: 'CDATA end escaped', input: ']]>', expected: ']]&gt;' },
  ];
  for (const c of cases) it(c.name, () => assert.strictEqual(escapeXml(c.input), c.expected));
});
