/**
 * A tiny Markdown/HTML safety checker for tests. `markdownSkeleton` lists the markup a Markdown text
 * can start: outside fenced blocks and code spans, every character that can start markup and is not
 * backslash-escaped, one "code" per code span, fence openings and closings, table pipes (counted
 * inside code spans too: GFM splits cells first) and the line structure. Text built from a hostile
 * input must have the skeleton of the same text built from a harmless one: the user's text then
 * adds no emphasis, link, image, HTML, heading, list or cell, whatever it holds.
 */

const PUNCT = /[!-/:-@[-`{-~]/;
/** What can start markup (CommonMark, GFM, KaTeX's `$`, linkify's URLs and domains); `(` only matters after a `]`. */
const ACTIVE = /[\\`*_[\]<>|~$#!&:.]/;

function scanInline(line: string, out: string[], outside: string[]): void {
  const table = /^\s*\|/.test(line);
  let i = 0;
  while (i < line.length) {
    const c = line[i];
    if (c === '\\' && i + 1 < line.length && PUNCT.test(line[i + 1])) {
      outside.push('\u0001');
      i += 2;
      continue;
    }
    if (c === '`') {
      let n = 0;
      while (line[i + n] === '`') n++;
      // The closing run: exactly n backticks, not part of a longer run.
      let j = i + n;
      let close = -1;
      while (j < line.length) {
        if (line[j] === '`') {
          let m = 0;
          while (line[j + m] === '`') m++;
          if (m === n) {
            close = j;
            break;
          }
          j += m;
        } else j++;
      }
      if (close < 0) {
        out.push('`'.repeat(n));
        i += n;
        continue;
      }
      const body = line.slice(i + n, close);
      out.push('code');
      if (table) for (let k = 0; k < body.length; k++) if (body[k] === '|' && body[k - 1] !== '\\') out.push('|');
      i = close + n;
      continue;
    }
    if (ACTIVE.test(c) || (i === 0 && /[-+=]/.test(c))) out.push(c);
    outside.push(c);
    i++;
  }
}

export function markdownSkeleton(markdown: string): string[] {
  return scanMarkdown(markdown).skeleton;
}

/** The text outside code spans and fenced blocks, an escaped character as U+0001. */
export function markdownOutsideCode(markdown: string): string {
  return scanMarkdown(markdown).outside;
}

/** Raw HTML, an image or a link outside code, unescaped: what user text must never produce. */
export function markdownDangers(markdown: string): string[] {
  const outside = markdownOutsideCode(markdown);
  return [/<img/i, /<\/?script/i, /<a\b/i, /!\[x\]/, /\]\(javascript/i, /javascript:/i, /https?:\/\/evil/].filter((p) => p.test(outside)).map(String);
}

function scanMarkdown(markdown: string): { skeleton: string[]; outside: string } {
  const out: string[] = [];
  const outside: string[] = [];
  let fence: { char: string; length: number } | undefined;
  for (const line of markdown.split(/\r\n|\r|\n/)) {
    if (fence) {
      // The lines inside a fence are text: only its end counts.
      const close = /^ {0,3}(`{3,}|~{3,})\s*$/.exec(line);
      if (close && close[1][0] === fence.char && close[1].length >= fence.length) {
        out.push('\n', 'fence-close');
        fence = undefined;
      }
      continue;
    }
    out.push('\n');
    const open = /^ {0,3}(`{3,}|~{3,})(.*)$/.exec(line);
    if (open && !(open[1][0] === '`' && open[2].includes('`'))) {
      fence = { char: open[1][0], length: open[1].length };
      out.push(`fence-open ${open[2].trim()}`);
      continue;
    }
    if (/^( {4,}|\t)/.test(line)) out.push('indented');
    scanInline(line, out, outside);
    outside.push('\n');
  }
  if (fence) out.push('fence-unclosed');
  return { skeleton: out, outside: outside.join('') };
}

/** The tags and attribute names of an HTML text, in order (a naive but strict reading). */
export function htmlSkeleton(html: string): string[] {
  const out: string[] = [];
  const tag = /<(\/?[A-Za-z][\w-]*)((?:\s+[\w:-]+(?:\s*=\s*(?:"[^"]*"|'[^']*'|[^\s"'=<>`]+))?)*)\s*\/?>|<|>/g;
  for (const m of html.matchAll(tag)) {
    if (!m[1]) {
      out.push(`stray ${m[0]}`);
      continue;
    }
    out.push(m[1].toLowerCase());
    for (const a of m[2].matchAll(/([\w:-]+)(?:\s*=\s*(?:"[^"]*"|'[^']*'|[^\s"'=<>`]+))?/g)) out.push(`@${a[1].toLowerCase()}`);
  }
  return out;
}

/** Hostile text as a user could write it in a name, a string or a comment. */
export const HOSTILE: ReadonlyArray<[string, string]> = [
  ['backticks', 'a ` b `` c ``` d'],
  ['a fence', '```\n<img src=x onerror=alert(1)>\n```'],
  ['raw HTML', '<img src=x onerror=alert(1)>'],
  ['a remote image', '![x](http://evil/p.png)'],
  ['a javascript link', '[a](javascript:alert(1))'],
  ['emphasis', 'x*2*x _u_ __b__'],
  ['table pipes', 'a | b || c'],
  ['a script end', '</script><script>alert(1)</script>'],
  ['NUL', 'a\0b'],
  ['RTL marks', 'a\u202Eb\u200Fc\u2067d'],
  ['line breaks', 'a\n# heading\r- item\r\n> quote\n\n    code'],
  ['entities', '&lt;img src=x&gt; &#60;'],
  ['an autolink', '<http://evil> www.evil.com http://evil'],
  ['backslashes', '\\`\\*\\\\'],
  ['leading and trailing backticks', '`x`'],
  ['spaces around', ' x '],
];
