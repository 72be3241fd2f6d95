// Bad input never throws: mixed scripts, all-digit tokens, impossible dates, huge numbers, empty strings.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { findDates, findQuantities, parseDate, parseNumber } from './index.ts';

const NASTY = [
  '', ' ', '\u200c', '\n\n', '۰', '0000000000000000000000000000000000000000', '۱۲۳۴۵۶۷۸۹۰۱۲۳۴۵۶۷۸۹۰ دلار',
  '9'.repeat(400) + ' درصد', '۳۲ آبان ۹۹۹۹۹', '۱۴۰۰/۹۹/۹۹', '99/99/9999', '2021-02-30', 'سال ۰۰۰۰', 'سال ۹۹۹۹',
  'ساعت ۹۹:۹۹', '٪', '%%%', 'تا تا تا', 'از ۲۰۱۵ تا', '۱۰ تا آبان', 'Tehran ۲۰ December 2021 آبان', 'abc123def۴۵۶',
  'ربیع', 'ذی', 'نیمه', 'اواخر', 'سال‌های', 'دهه ۶۵', '۱۰۰۰۰۰ سال پیش', '۱۰۰۰ سال آینده', 'محرم ۱', '۱ ۲ ۳ ۴ ۵ ۶ ۷ ۸ ۹',
  '۱٫۲٫۳٫۴ میلیون', '۱,۲,۳', 'یک میلیون میلیون میلیون میلیون میلیون میلیون تومان', 'نیم و نیم', 'و و و',
  '\uFFFD\uD800 آبان', 'ژانویهٔٔٔ ۲۰۲۰', '۱۵ شعبان ۹۹۹۹', '۱۵ شعبان ۱', 'امروز'.repeat(50),
];

test('no input throws, and every mention lies inside the text', () => {
  for (const s of NASTY) {
    for (const ref of [null, '2021-12-05', 'garbage', '9999-99-99']) {
      const ds = findDates(s, { reference: ref });
      for (const d of ds) { assert.equal(s.slice(d.start, d.end), d.text); assert.equal(typeof d.value, 'string'); }
    }
    for (const m of findQuantities(s)) assert.equal(s.slice(m.start, m.end), m.text);
    parseNumber(s);
    const p = parseDate(s, '2021-12-05');
    assert.equal(typeof p.valid, 'boolean');
  }
});

test('non-string input is refused quietly', () => {
  assert.deepEqual(findDates(undefined as unknown as string), []);
  assert.deepEqual(findQuantities(null as unknown as string), []);
  assert.equal(parseNumber(42 as unknown as string), null);
  assert.deepEqual(parseDate(undefined as unknown as string), { value: '', valid: false });
});

test('huge numbers keep plain decimal notation', () => {
  const [m] = findQuantities('۱۲۳۴۵۶۷۸۹۰۱۲۳۴۵۶۷۸۹۰۱۲۳ دلار');
  assert.match(m.value!, /^[0-9]+ USD$/);
});

test('random strings over the alphabet of the readers never throw', () => {
  const alphabet = ['۱', '۲', '0', '9', '/', '-', ':', '٫', '.', ',', ' ', '\u200c', 'آبان', 'دی', 'مهر', 'سال', 'تا', 'و', 'هزار', 'میلیون', 'درصد', 'دلار', 'ساعت', 'صبح', 'شنبه', 'سه', 'روز', 'گذشته', 'اواخر', 'نیمه', 'امسال', 'ماه', 'محرم', 'از'];
  let seed = 42;
  const rand = () => { seed = (seed * 1103515245 + 12345) & 0x7fffffff; return seed / 0x7fffffff; };
  for (let i = 0; i < 1500; i++) {
    let s = '';
    const n = 1 + Math.floor(rand() * 12);
    for (let k = 0; k < n; k++) s += alphabet[Math.floor(rand() * alphabet.length)] + (rand() < 0.6 ? ' ' : '');
    for (const d of findDates(s, { reference: '2021-12-05' })) assert.equal(s.slice(d.start, d.end), d.text, s);
    for (const m of findQuantities(s)) assert.equal(s.slice(m.start, m.end), m.text, s);
    parseNumber(s);
    parseDate(s);
  }
});

test('long runs of anchors are read once (a quadratic reader would make this test crawl)', () => {
  for (const unit of ['میلیون ', 'هزار و ', '۱۲ آبان ', 'سه شنبه ', '۱/']) {
    const s = unit.repeat(5000);
    const ds = findDates(s, { reference: '2021-12-05' });
    const qs = findQuantities(s);
    for (const m of [...ds, ...qs]) assert.ok(m.end <= s.length);
  }
});
