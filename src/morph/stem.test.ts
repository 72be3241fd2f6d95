import { test } from 'node:test';
import assert from 'node:assert/strict';
import { stem } from './stem.ts';

const Z = '\u200c';

test('plurals with and without ZWNJ', () => {
  assert.equal(stem('کشورها'), 'کشور');
  assert.equal(stem(`کشور${Z}ها`), 'کشور');
  assert.equal(stem(`کتاب${Z}هایشان`), 'کتاب');
  assert.equal(stem('کشورهای'), 'کشور');
  assert.equal(stem(`آمریکایی${Z}ها`), 'آمریکایی');
  assert.equal(stem('خیابانها'), 'خیابان');
});

test('ان / ات only when the remainder is a known word', () => {
  assert.equal(stem('دانشمندان'), 'دانشمند');
  assert.equal(stem('دانشجویان'), 'دانشجو');
  assert.equal(stem('نمایندگان'), 'نماینده');
  assert.equal(stem('اختلافات'), 'اختلاف');
  assert.equal(stem('ایرانیان'), 'ایرانی');
  assert.equal(stem('باران'), 'باران');
  assert.equal(stem('جهان'), 'جهان');
  assert.equal(stem('زمان'), 'زمان');
});

test('ezafe, clitics, comparatives', () => {
  assert.equal(stem('صدای'), 'صدا');
  assert.equal(stem('صدایش'), 'صدا');
  assert.equal(stem(`خانه${Z}ای`), 'خانه');
  assert.equal(stem(`خانه${Z}اش`), 'خانه');
  assert.equal(stem('کتابش'), 'کتاب');
  assert.equal(stem('کتابشان'), 'کتاب');
  assert.equal(stem('دوستم'), 'دوست');
  assert.equal(stem('بزرگترین'), 'بزرگ');
  assert.equal(stem(`بزرگ${Z}تر`), 'بزرگ');
});

test('words that only look affixed stay whole', () => {
  for (const w of ['بهار', 'کاهش', 'پرورش', 'سینا', 'مردم', 'کارت', 'دختر', 'بهتر', 'تنها', 'نشان', 'میان', 'دوم', 'هفتم']) {
    assert.equal(stem(w), w, w);
  }
});

test('short, unknown, Latin, numbers, empty', () => {
  for (const w of ['', 'به', 'از', 'abc', 'Tehran', '۱۲۳۴', '...', 'قزقزقزقز', 'x'.repeat(10_000)]) {
    assert.equal(stem(w), w);
  }
});

test('verb forms and look-alike plurals stay whole; ات of words in ه', () => {
  for (const w of ['گفتیم', 'نوشت', 'کردیم', 'هستیم', 'نمی‌دانند', 'اعلام', 'رای', 'روستایی', 'هوایی']) assert.equal(stem(w), w, w);
  assert.equal(stem('حملات'), 'حمله');
  assert.equal(stem('مطالعات'), 'مطالعه');
  assert.equal(stem('موضوع‌ها'), 'موضوع');
  assert.equal(stem('کارش'), 'کار');
});

test('plurals the suffix rules get wrong come from the UD table; place names stay whole', () => {
  assert.equal(stem('خدمات'), 'خدمت');
  assert.equal(stem('ساعات'), 'ساعت');
  assert.equal(stem('گرگان'), 'گرگان');
  assert.equal(stem('حملات'), 'حمله');
});
