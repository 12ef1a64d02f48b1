import * as assert from 'assert';
import * as fs from 'fs';
import * as path from 'path';

// A small TextMate-style scanner, enough for this one-line grammar: at each position every rule is
// tried, the earliest match wins (the first rule on a tie), captures get their own scopes. The
// grammar's regexes use only syntax that JavaScript and Oniguruma read the same way.
interface Rule {
  include?: string;
  match?: string;
  begin?: string;
  end?: string;
  name?: string;
  captures?: Record<string, { name: string }>;
  patterns?: Rule[];
}

const ROOT = path.resolve(__dirname, '..', '..', '..');
const grammar = JSON.parse(fs.readFileSync(path.join(ROOT, 'syntaxes', 'activation.tmLanguage.json'), 'utf8')) as {
  scopeName: string;
  patterns: Rule[];
  repository: Record<string, Rule>;
};

function flatten(rules: Rule[]): Rule[] {
  return rules.flatMap((rule) => {
    if (rule.include) return flatten([grammar.repository[rule.include.slice(1)]]);
    if (!rule.match && !rule.begin && rule.patterns) return flatten(rule.patterns);
    return [rule];
  });
}

/** The scope of every character of the line ('' where no rule applies). */
function scopes(line: string): string[] {
  const rules = flatten(grammar.patterns);
  const out: string[] = new Array(line.length).fill('');
  let pos = 0;
  while (pos < line.length) {
    let best: { rule: Rule; m: RegExpExecArray } | undefined;
    for (const rule of rules) {
      const re = new RegExp((rule.match ?? rule.begin) as string, 'gd');
      re.lastIndex = pos;
      const m = re.exec(line);
      if (m && (!best || m.index < best.m.index)) best = { rule, m };
    }
    if (!best) break;
    const { rule, m } = best;
    let stop = m.index + m[0].length;
    if (rule.begin) {
      const end = new RegExp(rule.end as string, 'g');
      end.lastIndex = stop;
      const e = end.exec(line);
      stop = e ? e.index + e[0].length : line.length;
    }
    if (rule.name) for (let i = m.index; i < stop; i++) out[i] = rule.name;
    for (const [group, capture] of Object.entries(rule.captures ?? {})) {
      const span = m.indices?.[Number(group)];
      if (span) for (let i = span[0]; i < span[1]; i++) out[i] = capture.name;
    }
    pos = Math.max(stop, pos + 1);
  }
  return out;
}

function scopeOf(line: string, needle: string, nth = 0): string {
  let index = -1;
  for (let i = 0; i <= nth; i++) index = line.indexOf(needle, index + 1);
  assert.ok(index >= 0, `${needle} not in ${line}`);
  const s = scopes(line);
  const scope = s[index];
  for (let i = index; i < index + needle.length; i++) assert.strictEqual(s[i], scope, `${needle} in ${line} is not one token`);
  return scope;
}

describe('syntaxes/activation.tmLanguage.json', () => {
  it('scopes function-call names, numbers and operators', () => {
    const line = 'relu(-2.5e-3) + sigmoid(x) ** 2';
    assert.match(scopeOf(line, 'relu'), /^entity\.name\.function/);
    assert.match(scopeOf(line, 'sigmoid'), /^entity\.name\.function/);
    assert.match(scopeOf(line, '2.5e-3'), /^constant\.numeric/);
    assert.match(scopeOf(line, '-'), /^keyword\.operator/);
    assert.match(scopeOf(line, '+'), /^keyword\.operator/);
    assert.match(scopeOf(line, '**'), /^keyword\.operator/);
    assert.match(scopeOf(line, 'x'), /^variable\.other/);
  });

  it('scopes keyword-argument names, and not assignments or comparisons', () => {
    const line = 'leaky_relu(-2, negative_slope=0.1)';
    assert.match(scopeOf(line, 'negative_slope'), /^variable\.parameter/);
    assert.match(scopeOf(line, '='), /^keyword\.operator\.assignment/);
    assert.match(scopeOf(line, '0.1'), /^constant\.numeric/);
    assert.match(scopeOf('y = relu(x)', 'y'), /^variable\.other/);
    assert.match(scopeOf('f(a == 1)', 'a'), /^variable\.other/);
  });

  it('scopes strings, booleans and comments', () => {
    const line = 'gelu(x, approximate="tanh") # approximate=true is not code';
    assert.match(scopeOf(line, '"tanh"'), /^string\.quoted\.double/);
    assert.match(scopeOf(line, '#'), /^punctuation\.definition\.comment/);
    assert.match(scopeOf(line, ' approximate=true is not code'), /^comment\.line/);
    assert.match(scopeOf('f(flag=true, other=false)', 'true'), /^constant\.language/);
    assert.match(scopeOf('f(flag=true, other=false)', 'false'), /^constant\.language/);
    assert.match(scopeOf("x = 'it''s'", "'it'"), /^string\.quoted\.single/);
  });

  it('scopes the name of a function definition', () => {
    assert.match(scopeOf('swish(x) = x * sigmoid(x)', 'swish'), /^entity\.name\.function/);
    assert.match(scopeOf('swish(x) = x * sigmoid(x)', 'x', 1), /^variable\.other/);
  });

  it('scopes the constants pi, e, inf and nan, but not a call of a function named like one', () => {
    const line = 'y = pi * e + inf - nan';
    for (const name of ['pi', 'e', 'inf', 'nan']) assert.match(scopeOf(line, name), /^constant\.language/, name);
    assert.match(scopeOf('e(1)', 'e'), /^entity\.name\.function/);
    assert.match(scopeOf('beta = 2', 'beta'), /^variable\.other/, 'a name containing e is not the constant');
  });

  it('scopes lambdas: the arrow as one operator, the parameter as a parameter', () => {
    const line = 'sq = t -> t * t';
    assert.match(scopeOf(line, '->'), /^keyword\.operator\.arrow/);
    assert.match(scopeOf(line, 't'), /^variable\.parameter/);
    assert.match(scopeOf(line, 't', 1), /^variable\.other/);
    assert.match(scopeOf('plot(x -> x^2)', '->'), /^keyword\.operator\.arrow/);
    assert.match(scopeOf('(x, beta=1.5) -> x * sigmoid(beta * x)', 'beta'), /^variable\.parameter/);
    assert.match(scopeOf('a - -b', '-'), /^keyword\.operator\.arithmetic/, 'a minus is still arithmetic');
  });

  it('scopes assignment, comparison and slicing', () => {
    assert.match(scopeOf('x = 1', '='), /^keyword\.operator\.assignment/);
    assert.match(scopeOf('f(x, beta=1.5) = x', '=', 1), /^keyword\.operator\.assignment/);
    assert.match(scopeOf('f(x, beta=1.5) = x', 'f'), /^entity\.name\.function/);
    assert.match(scopeOf('x <= 2', '<='), /^keyword\.operator\.comparison/);
    assert.match(scopeOf('x == 2', '=='), /^keyword\.operator\.comparison/);
    assert.match(scopeOf('v[1:3]', ':'), /^punctuation/);
    assert.match(scopeOf('v[1:3]', '1'), /^constant\.numeric/);
  });

  it('a whole-line comment is one comment', () => {
    assert.match(scopeOf('# relu(1) = 2', ' relu(1) = 2'), /^comment\.line/);
  });

  it('does not read digits inside a name as a number', () => {
    assert.doesNotMatch(scopeOf('log2(x1)', 'x1'), /numeric/);
  });
});
