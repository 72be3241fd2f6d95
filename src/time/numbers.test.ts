import { test } from 'node:test';
import assert from 'node:assert/strict';
import { parseNumber } from './index.ts';

test('digits of every script, separators and decimals', () => {
  assert.equal(parseNumber('۱۲٬۵۰۰'), 12500);
  assert.equal(parseNumber('12,500'), 12500);
  assert.equal(parseNumber('١٢٣'), 123);
  assert.equal(parseNumber('۷۱٫۵'), 71.5);
  assert.equal(parseNumber('2.5'), 2.5);
  assert.equal(parseNumber('۲/۵'), 2.5);
});

test('numbers in words compose with «و» only when the parts fit', () => {
  assert.equal(parseNumber('سی و پنج'), 35);
  assert.equal(parseNumber('سه میلیون و دویست هزار'), 3_200_000);
  assert.equal(parseNumber('صد و بیست و پنج هزار'), 125_000);
  assert.equal(parseNumber('هزار و چهارصد و پنج'), 1405);
  assert.equal(parseNumber('یک‌صد'), 100);
  assert.equal(parseNumber('یک صد'), 100);
  assert.equal(parseNumber('دو و نیم میلیارد'), 2_500_000_000);
  assert.equal(parseNumber('یک میلیون و نیم'), 1_500_000);
  assert.equal(parseNumber('نیم'), 0.5);
  assert.equal(parseNumber('سه هزار میلیارد'), 3e12);
  assert.equal(parseNumber('۱۰ و ۱۵'), null, 'a list, not a number');
  assert.equal(parseNumber('ده و دوازده'), null);
  assert.equal(parseNumber('۵ میلیون و ۹۰۴ هزار میلیارد'), 5_904_000e9, 'the last scale covers the whole');
});

test('mixed digits and scale words', () => {
  assert.equal(parseNumber('۳ میلیون'), 3e6);
  assert.equal(parseNumber('۲.۵ میلیارد'), 2.5e9);
  assert.equal(parseNumber('1.1 میلیون'), 1_100_000, 'no binary noise');
  assert.equal(parseNumber('۶ هزار و ۱۲۷'), 6127);
});

test('ordinals', () => {
  assert.equal(parseNumber('سوم'), 3);
  assert.equal(parseNumber('بیست و یکم'), 21);
  assert.equal(parseNumber('نخستین'), 1);
  assert.equal(parseNumber('سی‌ام'), 30);
  assert.equal(parseNumber('بیستمین'), 20);
  assert.equal(parseNumber('۱۲مین'), 12);
});

test('bad input gives null, never an exception', () => {
  for (const s of ['', '   ', 'abc', 'سه شنبه', 'و', '۱۲ ۳۴ آبان', '\u200c', '٫٫٫']) assert.equal(parseNumber(s), null, s);
  assert.equal(parseNumber(undefined as unknown as string), null);
  assert.equal(parseNumber('۱' + '۰'.repeat(30)), 1e30);
  assert.equal(parseNumber('منفی ۵'), -5);
});
