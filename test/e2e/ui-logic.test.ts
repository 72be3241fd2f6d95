// The web UI's pure helpers (query editing, month series, digits), run in Node without a browser.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { withFilter, hasWords, searchHref } from '../../web/src/query.ts';
import { monthRange, monthly, monthEnd } from '../../web/src/months.ts';
import { faDigits, latinDigits, num, showDate } from '../../web/src/format.ts';

test('a facet adds a filter once, quoting values with spaces', () => {
  assert.equal(withFilter('تحریم', 'agency', 'خبرگزاری مهر'), 'تحریم agency:"خبرگزاری مهر"');
  assert.equal(withFilter('تحریم agency:"خبرگزاری مهر"', 'agency', 'خبرگزاری مهر'), 'تحریم agency:"خبرگزاری مهر"');
  assert.equal(withFilter('', 'entity', 'country:IRN'), 'entity:country:IRN');
  assert.equal(searchHref('ایران'), '/search?q=%D8%A7%DB%8C%D8%B1%D8%A7%D9%86');
});

test('a query has words unless it is only filters, exclusions and OR', () => {
  assert.equal(hasWords('از به که'), true);
  assert.equal(hasWords('agency:"خبرگزاری مهر" from:1400/09/01'), false);
  assert.equal(hasWords('-ایران OR'), false);
  assert.equal(hasWords('entity:country:IRN برجام'), true);
});

test('month series fill the gaps and group long spans by Jalali year', () => {
  assert.deepEqual(monthRange('2021-11', '2022-02'), ['2021-11', '2021-12', '2022-01', '2022-02']);
  const short = monthly([{ month: '2021-11', count: 2 }, { month: '2022-01', count: 5 }], 'month', ['count']);
  assert.deepEqual(short.values[0], [2, 0, 5]);
  assert.equal(short.labels.length, 3);
  const long = monthly([{ month: '2015-01', count: 1 }, { month: '2021-12', count: 4 }], 'month', ['count']);
  assert.ok(long.labels.length <= 8, `yearly buckets, got ${long.labels.length}`);
  assert.equal(long.values[0].reduce((a, b) => a + b, 0), 5);
  assert.equal(monthEnd('2024-02'), '2024-02-29');
});

test('digits and dates speak Persian', () => {
  assert.equal(faDigits('2021-12'), '۲۰۲۱-۱۲');
  assert.equal(latinDigits('۱۴۰۰/۰۹/٣٠'), '1400/09/30');
  assert.equal(num(1234), '۱٬۲۳۴');
  const d = showDate('2021-12-06');
  assert.ok(d && /۱۵ آذر ۱۴۰۰/.test(d.jalali), d?.jalali);
  assert.match(d!.gregorian, /2021/);
  assert.equal(showDate('not a date'), null);
});
