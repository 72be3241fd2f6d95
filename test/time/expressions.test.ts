// The expression table: real dates, numbers and amounts from the corpora with hand-worked values.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import { findDates, findQuantities, parseDate, parseNumber } from '../../src/time/index.ts';

const rows = readFileSync(new URL('./expressions.tsv', import.meta.url), 'utf8')
  .split('\n')
  .map((line, i) => ({ line: i + 1, cols: line.split('\t') }))
  .filter((r) => r.cols.length === 5 && !r.cols[0].startsWith('#'));

test('the table holds at least 150 expressions', () => {
  assert.ok(rows.length >= 150, `${rows.length} rows`);
});

for (const { line, cols } of rows) {
  const [text, refCol, type, span, expected] = cols;
  const reference = refCol === '-' ? null : refCol;
  test(`line ${line}: ${type} ${span === '-' ? text : span}`, () => {
    switch (type) {
      case 'DAT': {
        const dates = findDates(text, { reference });
        const m = dates.find((d) => d.text === span);
        assert.ok(m, `no date «${span}» in ${JSON.stringify(dates.map((d) => d.text))}`);
        assert.equal(text.slice(m.start, m.end), m.text);
        if (expected === 'INVALID') { assert.equal(m.valid, false); assert.equal(m.value, ''); }
        else { assert.equal(m.value, expected); assert.equal(m.valid, true); }
        break;
      }
      case 'TIM': case 'MON': case 'PCT': {
        const qs = findQuantities(text);
        const m = qs.find((q) => q.text === span && q.type === type);
        assert.ok(m, `no ${type} «${span}» in ${JSON.stringify(qs.map((q) => [q.type, q.text]))}`);
        assert.equal(text.slice(m.start, m.end), m.text);
        assert.equal(m.value, expected);
        break;
      }
      case 'NUM':
        assert.equal(parseNumber(text), Number(expected));
        break;
      case 'NODAT':
        assert.deepEqual(findDates(text, { reference }).map((d) => d.text), []);
        break;
      case 'NOQ':
        assert.deepEqual(findQuantities(text).map((q) => q.text), []);
        break;
      case 'PARSE': {
        const r = parseDate(text, reference);
        if (expected === 'INVALID') assert.equal(r.valid, false);
        else { assert.equal(r.value, expected); assert.equal(r.valid, true); }
        break;
      }
      default:
        assert.fail(`unknown type ${type}`);
    }
  });
}
