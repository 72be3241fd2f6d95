import { test } from 'node:test';
import assert from 'node:assert/strict';
import { findDates, parseDate } from './index.ts';

const REF = '2021-12-05'; // Sunday, 14 Azar 1400

const one = (text: string, reference: string | null = REF) => {
  const ds = findDates(text, { reference });
  assert.equal(ds.length, 1, JSON.stringify(ds));
  return ds[0];
};

test('offsets point into the input text', () => {
  const text = 'رئیس‌جمهور روز ۱۳ آذر ۱۴۰۰ به سمنان رفت.';
  const d = one(text);
  assert.equal(text.slice(d.start, d.end), '۱۳ آذر ۱۴۰۰');
  assert.equal(d.value, '2021-12-04');
  assert.equal(d.calendar, 'jalali');
});

test('digits of any script and a space instead of ZWNJ', () => {
  for (const s of ['۲۴ آبان ۱۴۰۵', '24 آبان 1405', '٢٤ آبان ١٤٠٥', '24 آبان ۱۴۰۵']) assert.equal(one(s).value, '2026-11-15', s);
  assert.equal(one('روز سه شنبه').value, one('روز سه‌شنبه').value);
  assert.equal(one('آبان ماه ۱۴۰۰').value, one('آبان‌ماه ۱۴۰۰').value);
  assert.equal(one('ژانویهٔ ۲۰۲۰').value, '2020-01-01/2020-01-31');
});

test('relative expressions need a reference; without one they are kept with value ""', () => {
  for (const s of ['دیروز', 'هفته گذشته', '۱۵ سال اخیر', 'روز سه‌شنبه', 'سال آینده']) {
    const d = one(s, null);
    assert.equal(d.value, '', s);
    assert.equal(d.calendar, 'relative', s);
    assert.equal(d.valid, true, s);
  }
  // a day without a year keeps its calendar but has no value either
  assert.deepEqual([one('۱۷ آذر', null).value, one('۱۷ آذر', null).calendar], ['', 'jalali']);
});

test('weekdays: the latest on or before the reference; the next one when the sentence is about the future', () => {
  assert.equal(one('روز یکشنبه').value, '2021-12-05');
  assert.equal(one('روز شنبه').value, '2021-12-04');
  assert.equal(one('سه‌شنبه گذشته').value, '2021-11-30');
  assert.equal(one('سه‌شنبه آینده').value, '2021-12-07');
  assert.equal(one('دوشنبه هفته آینده').value, '2021-12-13');
  assert.equal(findDates('جلسه روز دوشنبه برگزار خواهد شد', { reference: REF })[0].value, '2021-12-06');
});

test('impossible days are invalid, never shifted', () => {
  for (const s of ['۳۱ اسفند ۱۴۰۰', '۳۰ اسفند ۱۴۰۲', '۳۰ فوریه ۲۰۲۰', '۳۲ آبان', '۳۱ مهر ۱۴۰۰', '۱۴۰۰/۱۳/۰۱', '۰ دی ۱۴۰۰']) {
    const d = one(s);
    assert.equal(d.valid, false, s);
    assert.equal(d.value, '', s);
  }
  assert.equal(one('۳۰ اسفند ۱۴۰۳').value, '2025-03-20'); // 1403 is a leap year
});

test('ambiguous month names need a number, a year or «ماه» beside them', () => {
  assert.deepEqual(findDates('به گزارش خبرگزاری مهر، وزیر گفت', { reference: REF }), []);
  assert.deepEqual(findDates('این کار انجام می شود و مه غلیظ بود', { reference: REF }), []);
  assert.equal(one('در ۱۰ مهر').value, '2021-10-02');
  assert.equal(one('مهرماه ۱۴۰۰').value, '2021-09-23/2021-10-22');
  assert.equal(one('۸ می ۲۰۱۵').value, '2015-05-08');
  assert.deepEqual(findDates('در سال‌های اخیر و ۱۴۰۰ نفر', { reference: REF }), [], 'a bare number is not a year');
});

test('ranges and parts', () => {
  assert.equal(one('۱۰ تا ۱۵ آبان').value, '2021-11-01/2021-11-06');
  assert.equal(one('از بهمن تا فروردین ۱۴۰۱').value, '2022-01-21/2022-04-20');
  assert.equal(one('سال‌های ۱۳۹۸ تا ۱۴۰۰').value, '2019-03-21/2022-03-20');
  assert.equal(one('اواخر آبان').value, '2021-11-12/2021-11-21');
  assert.equal(one('نیمه آبان ۱۴۰۰').value, '2021-11-06');
  assert.equal(one('دهه ۹۰ میلادی').value, '1990-01-01/1999-12-31');
});

test('Hijri: Intl umalqura, and a Hijri month dated by a Jalali year', () => {
  assert.equal(one('۱۵ شعبان ۱۴۴۷').calendar, 'hijri');
  const muharram = one('در محرم ۱۳۴۲ و');
  assert.match(muharram.value, /^1963-05-2\d\/1963-06-2\d$/); // Muharram 1383 AH, June 1963
});

test('parseDate for query filters', () => {
  assert.deepEqual(parseDate('from'), { value: '', valid: false });
  assert.equal(parseDate('۱۴۰۰/۰۱/۰۱').value, '2021-03-21');
  assert.equal(parseDate('آبان۱۴۰۰').start, '2021-10-23');
  assert.equal(parseDate('آبان۱۴۰۰').end, '2021-11-21');
  assert.equal(parseDate('2021').value, '2021-01-01/2021-12-31');
  assert.equal(parseDate('فردا', '2021-12-05').value, '2021-12-06');
  assert.deepEqual(parseDate('فردا'), { value: '', valid: true });
  assert.equal(parseDate('۳۱ اسفند ۱۴۰۰').valid, false);
  assert.equal(parseDate('۱۴۰۰ آبان و چیز دیگر').valid, false, 'must fill the whole string');
});

test('reference date-times are read in Tehran time', () => {
  assert.equal(one('امروز', '2021-12-05T22:00:00Z').value, '2021-12-06');
  assert.equal(one('امروز', '2021-12-05T10:00:00+03:30').value, '2021-12-05');
  assert.equal(one('امروز', 'not a date').value, '');
});

test('vague spans are not read as last year or yesterday', () => {
  assert.deepEqual(findDates('طی چند سال گذشته و چند روز گذشته', { reference: REF }), []);
  assert.equal(one('طی ماه گذشته میلادی').value, '2021-11-01/2021-11-30');
  assert.equal(one('تا نیمه اول مهر نصب').value, '2021-09-23/2021-10-07');
});

test('parseDate accepts the filter prefix', () => {
  assert.equal(parseDate('from:۱۴۰۰/۰۱/۰۱').value, '2021-03-21');
  assert.equal(parseDate('to:2021-12-31').value, '2021-12-31');
  assert.equal(parseDate('from:آبان۱۴۰۰').start, '2021-10-23');
});

test('a cardinal word before an ambiguous month is no day', () => {
  assert.deepEqual(findDates('یک سی دی و سه تیر شلیک شد و یک مهر زد', { reference: REF }), []);
  assert.equal(one('سی‌ام دی').value, '2022-01-20');
  assert.equal(one('نهم دی ماه').value, '2021-12-30');
});

test('seasons are three Jalali months and need a year or «فصل»', () => {
  assert.equal(one('بهار ۱۴۰۰').value, '2021-03-21/2021-06-21');
  assert.equal(one('در فصل پاییز').value, '2021-09-23/2021-12-21');
  assert.deepEqual(findDates('سکه بهار آزادی', { reference: REF }), []);
});

test('ten days of a month: «دهه اول/دوم/آخر X», not the 1st or 2nd of X (QA s3)', () => {
  assert.equal(one('جشن در دهه دوم اسفندماه ۱۴۰۰ برگزار شد').value, '2022-03-02/2022-03-11');
  assert.equal(one('در دهه آخر آذر ۱۴۰۰').value, '2021-12-12/2021-12-21'); // Azar has 30 days
  assert.equal(one('دهه اول ماه محرم ۱۴۴۳').value, '2021-08-09/2021-08-18'); // Umm al-Qura: 1 Muharram 1443 = 9 Aug 2021
  assert.equal(findDates('در دهه اول انقلاب', { reference: REF }).length, 0);
  assert.equal(one('دهه ۶۰').value, '1981-03-21/1991-03-20'); // a decade of years is unchanged
});

test('last night, and hours counted back or on (QA s3)', () => {
  assert.equal(one('شب گذشته در درگیری کشته شد').value, '2021-12-04');
  assert.equal(one('ساعت ۲۲ شب گذشته').value, '2021-12-04');
  assert.equal(findDates('در سه شب گذشته', { reference: REF }).length, 0); // three nights, not last night
  assert.equal(one('در ۲۴ ساعت اخیر').value, '2021-12-04/2021-12-05');
  assert.equal(one('ظرف ۴۸ ساعت آینده').value, '2021-12-05/2021-12-07');
  assert.equal(one('۲ ساعت پیش').value, REF);
  assert.equal(findDates('ساعت گذشته', { reference: REF }).length, 0);
});

test('Jalali dates with a two-digit year and slashes (QA s3)', () => {
  assert.equal(one('(پیام به ملت ۵۷/۹/۱)').value, '1978-11-22');
  assert.equal(one('مورخه ۱۰/۱۱/۹۲ ماموران').value, '2014-01-30'); // day first when year first is no date
  assert.equal(one('ابلاغیه ۰۱/۰۲/۱۵').value, '2022-05-05');
  // not dates: a year outside 1350–1409, an impossible reading, dots or dashes
  for (const s of ['نسبت ۱۲/۵/۳ بود', 'بند ۷۵/۱۳/۴۰', 'نسخه ۹۸.۲.۱', 'نتیجه ۹۸-۲-۱']) {
    assert.equal(findDates(s, { reference: REF }).length, 0, s);
  }
});

test('«N روز قبل از X» counts from X, not from the reference; «… قبل از این.» is still ago (QA s3)', () => {
  for (const s of ['۱۵ روز قبل از انتخابات', 'یک هفته قبل از اعلام موضع رسمی دولت', 'سه روز قبل از این انتخابات']) {
    assert.equal(findDates(s, { reference: REF }).length, 0, s);
  }
  assert.equal(one('سه روز قبل از این.').value, '2021-12-02');
  assert.equal(one('دو روز قبل گفت').value, '2021-12-03');
  // «پیش از» is as often «ago, from …» in news: kept as ago (unseen Fars 13900724001237)
  assert.equal(one('دو روز پیش از بیمارستان مرخص شد.').value, '2021-12-03');
});

test('a week of a month: «هفته دوم آذر», «هفته آخر اسفند», not the 2nd of Azar (QA s3)', () => {
  assert.equal(one('در هفته دوم آذر').value, '2021-11-29/2021-12-05');
  assert.equal(one('هفته آخر اسفند ۱۴۰۰').value, '2022-03-14/2022-03-20'); // Esfand 1400 has 29 days
  assert.equal(findDates('هفته دوم مسابقات', { reference: REF }).length, 0);
});

test('«از X تاکنون / تا کنون / تا به حال / تا امروز»: from X up to the reference (QA s3)', () => {
  assert.equal(one('از سال ۱۳۸۶ تاکنون').value, '2007-03-21/2021-12-05');
  assert.equal(one('از ابتدای امسال تا امروز').value, '2021-03-21/2021-12-05');
  assert.equal(one('از سال ۹۵ تا به حال').text, 'از سال ۹۵ تا به حال');
  assert.equal(one('سال ۱۳۸۶ تاکنون').value, '2007-03-21/2008-03-19'); // no «از»: the year alone
  assert.equal(one('از سال ۱۴۰۱ تاکنون').value, '2022-03-21/2023-03-20'); // after the reference: the year alone
});

test('named days: «دهه فجر», «نوروز ۹۲», «روز عاشورا»; «درس عاشورا» and «نوروزی» are no dates (QA s3)', () => {
  assert.equal(one('همزمان با دهه فجر').value, '2022-02-01/2022-02-11'); // 12–22 Bahman 1400 (1 Bahman = 21 Jan 2022)
  assert.equal(one('در ایام نوروز ۹۲').value, '2013-03-21');
  assert.equal(one('روز عاشورا').calendar, 'hijri');
  for (const s of ['درس عاشورا', 'سپاه عاشورا', 'ستاد تسهیلات نوروزی', 'پیاده‌روی اربعین']) {
    assert.equal(findDates(s, { reference: REF }).length, 0, s);
  }
  assert.equal(one('در ایام نوروز ۳۵۰۰ بازرس').text, 'نوروز'); // a count, not a year
});

test('«سه/شش/نه ماهه [اول|دوم…] YEAR»: months of a year; a «قرارداد شش ماهه» is no date (QA s3)', () => {
  assert.equal(one('سه‌ماهه نخست ۱۴۰۰').value, '2021-03-21/2021-06-21');
  assert.equal(one('شش ماهه دوم سال جاری').value, '2021-09-23/2022-03-20');
  assert.equal(one('سه ماهه چهارم ۱۳۹۹').value, '2020-12-21/2021-03-20');
  assert.equal(one('سه ماهه دوم سال جاری میلادی').value, '2021-04-01/2021-06-30');
  for (const s of ['قرارداد شش ماهه', 'دوره سه ماهه', 'سه ماهه سوم']) assert.equal(findDates(s, { reference: REF }).length, 0, s);
});

test('Dari (VOA 2011): «سال روان» is the current year, «ربع اول سال روان» its first quarter, «شش ماه اول سال روان» (QA s3)', () => {
  assert.equal(one('برای سال روان هدفی را تعیین کرد').value, '2021-03-21/2022-03-20');
  assert.equal(one('که در ربع اول سال روان ۲۳ ملیارد افغانی').value, '2021-03-21/2021-06-21');
  assert.equal(one('در شش ماه اول سال روان حدود ۲۷ در صد').value, '2021-03-21/2021-09-22');
  for (const s of ['ربع قرن', 'شش ماه زندان', 'سلامت روان']) assert.equal(findDates(s, { reference: REF }).length, 0, s);
  assert.equal(one('شش ماه گذشته').value, '2021-06-04/2021-12-05'); // six Jalali months back (14 Khordad), as before
});

test('eras: «۱۴۴۳ ه.ق», «۲۰۲۱ میلادی» are years; «سال ۱۴۴۳» in a 2021 article is the Hijri year, not Jalali 2064 (QA s3)', () => {
  assert.equal(one('سال ۱۴۴۳ ه.ق').value, '2021-08-09/2022-07-29');
  assert.equal(one('سال ۱۴۴۳').value, '2021-08-09/2022-07-29');
  assert.equal(one('سال ۱۴۰۰ ه.ش').value, '2021-03-21/2022-03-20');
  assert.equal(one('۲۰۲۱ میلادی').value, '2021-01-01/2021-12-31');
  assert.equal(one('سال ۱۴۰۴').calendar, 'jalali'); // a near Jalali year stays Jalali
  assert.equal(findDates('در ۱۳۵۷ انقلاب', { reference: REF }).length, 0); // a bare number without its era stays a number
});
