import * as assert from 'assert';
import { erf, erfc } from '../../../src/core/math/erf';
import { decodeNumber, readFixture, ulpDistance } from '../numeric-helpers';

interface ErfFixture {
  rows: Array<[number | string, number | string, number | string]>;
}

const MAX_ULPS = 2;
const MAX_RELATIVE = 1e-15;
const MIN_NORMAL = 2.2250738585072014e-308;

function check(name: string, f: (x: number) => number, column: 1 | 2): void {
  const fixture = readFixture<ErfFixture>('erf-reference.json');
  const failures: string[] = [];
  let worst = 0;
  for (const row of fixture.rows) {
    const x = decodeNumber(row[0]);
    const expected = decodeNumber(row[column]);
    const got = f(x);
    const ulps = ulpDistance(got, expected);
    worst = Math.max(worst, ulps);
    const relative = expected === 0 ? Math.abs(got) : Math.abs(got - expected) / Math.abs(expected);
    const relativeOk = Math.abs(expected) < MIN_NORMAL || relative <= MAX_RELATIVE || Number.isNaN(expected);
    if (ulps > MAX_ULPS || !relativeOk) failures.push(`${name}(${x}) = ${got}, Python says ${expected} (${ulps} ulp)`);
  }
  assert.ok(fixture.rows.length > 2000, 'the fixture has its points');
  assert.deepStrictEqual(failures.slice(0, 10), [], `${failures.length} points off; worst ${worst} ulp`);
}

describe('core/math/erf', () => {
  it('erf is within 2 ulp of Python math.erf at every fixture point', () => check('erf', erf, 1));
  it('erfc is within 2 ulp of Python math.erfc at every fixture point', () => check('erfc', erfc, 2));

  const cases: Array<{ name: string; x: number; erf: number; erfc: number }> = [
    { name: '+0', x: 0, erf: 0, erfc: 1 },
    { name: '+Infinity', x: Infinity, erf: 1, erfc: 0 },
    { name: '-Infinity', x: -Infinity, erf: -1, erfc: 2 },
    { name: 'NaN', x: NaN, erf: NaN, erfc: NaN },
  ];
  for (const c of cases) {
    it(`special value ${c.name}`, () => {
      assert.ok(Object.is(erf(c.x), c.erf), `erf(${c.x}) = ${erf(c.x)}`);
      assert.ok(Object.is(erfc(c.x), c.erfc), `erfc(${c.x}) = ${erfc(c.x)}`);
    });
  }

  it('erf(-0) is -0 and erf is odd', () => {
    assert.ok(Object.is(erf(-0), -0));
    for (const x of [1e-300, 0.3, 0.9, 1.1, 2.5, 5.5, 7]) assert.strictEqual(erf(-x), -erf(x));
  });

  it('erf + erfc = 1 and erfc(-x) = 2 - erfc(x) to rounding', () => {
    for (let x = -6; x <= 6; x += 0.0625) {
      assert.ok(Math.abs(erf(x) + erfc(x) - 1) <= 2.3e-16, `x = ${x}`);
      assert.ok(Math.abs(erfc(-x) - (2 - erfc(x))) <= 4.5e-16, `x = ${x}`);
    }
  });

  it('erf is monotone on a fine grid across every interval boundary', () => {
    let previous = -Infinity;
    for (let x = -7; x <= 7; x += 1 / 1024) {
      const v = erf(x);
      assert.ok(v >= previous, `erf decreases at ${x}`);
      previous = v;
    }
  });
});
