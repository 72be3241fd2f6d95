import { test } from 'node:test';
import assert from 'node:assert/strict';
import { normalize } from './normalize.ts';

const norm = (s: string, o?: Parameters<typeof normalize>[1]): string => normalize(s, o).text;

test('Arabic letters and presentation forms become Persian', () => {
  assert.equal(norm('كتاب علي'), 'کتاب علی');
  assert.equal(norm('ﻛﺘﺎﺏ'), 'کتاب');
  assert.equal(norm('ﻻ'), 'لا');
  assert.equal(norm('قال الرئيس'), 'قال الرئیس');
  assert.equal(norm('كتاب', { letters: false }), 'كتاب');
});

test('ۀ and ه + hamza above are written ه (UD / Hazm convention), or kept', () => {
  assert.equal(norm('خانۀ ما'), 'خانه ما');
  assert.equal(norm('خانهٔ ما'), 'خانه ما');
  assert.equal(norm('خانۀ ما', { heh: 'keep' }), 'خانۀ ما');
});

test('diacritics and kashida are removed unless turned off', () => {
  assert.equal(norm('حَذفِ اِعراب'), 'حذف اعراب');
  assert.equal(norm('سلام دنیـــا'), 'سلام دنیا');
  assert.equal(norm('حَذف', { diacritics: false }), 'حَذف');
  assert.equal(norm('دنیـا', { kashida: false }), 'دنیـا');
});

test('digits: Persian by default, Latin or kept on request, Latin-letter runs untouched', () => {
  assert.equal(norm('ساعت 18'), 'ساعت ۱۸');
  assert.equal(norm('٣ ٤'), '۳ ۴');
  assert.equal(norm('ساعت ۱۸', { digits: 'latin' }), 'ساعت 18');
  assert.equal(norm('ساعت 18', { digits: 'keep' }), 'ساعت 18');
  assert.equal(norm('COVID-19 و H2O'), 'COVID-19 و H2O');
  assert.equal(norm('10.450'), '۱۰٫۴۵۰');
  assert.equal(norm('۱۴۰۵/۰۸/۲۴', { digits: 'latin' }), '1405/08/24');
});

test('spaces, line breaks, invisible and control characters', () => {
  assert.equal(norm('  سلام   دنیا  '), 'سلام دنیا');
  assert.equal(norm('a\u00a0b\u2009c\u3000d'), 'a b c d');
  assert.equal(norm('\u200fسلام\u200e \u202bدنیا\u202c\u2067!\u2069'), 'سلام دنیا!');
  assert.equal(norm('\ufeffسلام'), 'سلام');
  assert.equal(norm('سل\u0000ام\u0007'), 'سلام');
  assert.equal(norm('یک\r\nدو\r\n\r\n\r\nسه\n'), 'یک\nدو\n\nسه');
  assert.equal(norm(''), '');
  assert.equal(norm(' \n\t '), '');
});

test('ZWNJ: collapsed, dropped at word edges and after non-joining letters', () => {
  assert.equal(norm('کاروان\u200c\u200c\u200cسرا'), 'کاروان\u200cسرا');
  assert.equal(norm('\u200cسلام\u200c به \u200cهمه\u200c'), 'سلام به همه');
  assert.equal(norm('کارگر\u200cها'), 'کارگرها');
  assert.equal(norm('سلام \u200c\u200cدنیا'), 'سلام دنیا');
});

test('ZWNJ: glued prefixes and suffixes get one, words of the lexicon do not', () => {
  assert.equal(norm('نمیدانم چه میگفت'), 'نمی\u200cدانم چه می\u200cگفت');
  assert.equal(norm('میز میانه میدان'), 'میز میانه میدان');
  assert.equal(norm('جمعهها کتابها'), 'جمعه\u200cها کتاب\u200cها');
  assert.equal(norm('تنها'), 'تنها');
  assert.equal(norm('بزرگترین'), 'بزرگ\u200cترین');
  assert.equal(norm('رییسجمهور'), 'رییس\u200cجمهور');
  assert.equal(norm('خانهام و نامهاش'), 'خانه\u200cام و نامه\u200cاش');
  assert.equal(norm('شدهاند'), 'شده\u200cاند');
  assert.equal(norm('حرفه ای'), 'حرفه\u200cای');
});

test('ZWNJ: affixes written apart are joined, never with a ZWNJ after a non-joining letter (Hazm #208)', () => {
  assert.equal(norm('جمعهها که کار نمی کنم مطالعه می کنم'), 'جمعه\u200cها که کار نمی\u200cکنم مطالعه می\u200cکنم');
  assert.equal(norm('کتاب ها'), 'کتاب\u200cها');
  assert.equal(norm('ابزار ها و پیشوند ها'), 'ابزارها و پیشوندها');
  assert.equal(norm('خانه ی پدری'), 'خانه\u200cی پدری');
  assert.equal(norm('محبوب ترین ها'), 'محبوب\u200cترین\u200cها');
  assert.equal(norm('ماه می سال'), 'ماه می سال');
  assert.equal(norm('می کنم', { joinSpaced: false }), 'می کنم');
  for (const s of ['دیوار ها', 'کتاب‌‌ها', 'آزاد ترین', 'دارو ها', 'روز ها', 'اسرار آمیز']) {
    assert.doesNotMatch(norm(s), /[اآأإدذرزژو]\u200c/, s);
  }
});

test('punctuation: Persian marks and spacing, quotes, ellipsis, repeated letters', () => {
  assert.equal(norm('اعلام کرد : « زمین لرزه ای به بزرگی 6 دهم ریشتر ...»'), 'اعلام کرد: «زمین لرزه\u200cای به بزرگی ۶ دهم ریشتر …»');
  assert.equal(norm('سلام,دنیا?'), 'سلام، دنیا؟');
  assert.equal(norm('Hello, world?'), 'Hello, world?');
  assert.equal(norm('1,000'), '۱,۰۰۰');
  assert.equal(norm('"نقل\u200cقول"'), '«نقل\u200cقول»');
  assert.equal(norm('مسافت ۹کیلومتر و عرض۶'), 'مسافت ۹ کیلومتر و عرض ۶');
  assert.equal(norm('گفت«سلام»و رفت'), 'گفت «سلام» و رفت');
  assert.equal(norm('برگزار شد.معاون و ق.م'), 'برگزار شد. معاون و ق.م');
  assert.equal(norm('سلاممممم'), 'سلام');
  assert.equal(norm('سلامم', { repeated: true }), 'سلامم');
});

test('offset map: length text+1, non-decreasing, spans slice back to the input', () => {
  const input = '\u200fكتابهاي  «علي»   را ﻻ خواند\u200c\u200c، 18 درصد…';
  const { text, toOriginal } = normalize(input);
  assert.equal(toOriginal.length, text.length + 1);
  for (let i = 1; i < toOriginal.length; i++) assert.ok(toOriginal[i] >= toOriginal[i - 1]);
  const at = text.indexOf('علی');
  assert.equal(input.slice(toOriginal[at], toOriginal[at + 3]), 'علي');
  const d = text.indexOf('۱۸');
  assert.equal(input.slice(toOriginal[d], toOriginal[d + 2]), '18');
  const l = text.indexOf('لا');
  assert.equal(input.slice(toOriginal[l], toOriginal[l + 2]), 'ﻻ');
});
