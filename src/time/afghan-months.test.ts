// The Afghan solar months (حمل … حوت) of Dari news are the Jalali months 1–12 (QA S4); as common words (میزان:
// amount, جدی: serious, سرطان: cancer, قوس: arc) they are dates only with a day or a year beside them.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { findDates } from './index.ts';

const dates = (text: string, reference = '2011-06-01') => findDates(text, { reference }).map((d) => [d.text, d.value]);

test('a day or a year with an Afghan month is a date (VOA Dari 2011: 96876469, 129737158)', () => {
  assert.deepEqual(dates('مبارزات انتخاباتی به تاریخ ۴ سرطان اغاز شده و الی ۲۵ سنبله ادامه دارد.'), [['۴ سرطان', '2011-06-25'], ['۲۵ سنبله', '2011-09-16']]);
  assert.deepEqual(dates('استاد محمد سعید مشعل در دوازدهم دلو سال ١٣۷٦شمسی در شهر هرات درگذشت.'), [['دوازدهم دلو سال ١٣۷٦شمسی', '1998-02-01']]);
  assert.deepEqual(dates('۱۵ حمل ۱۳۹۰'), [['۱۵ حمل ۱۳۹۰', '2011-04-04']]);
  assert.deepEqual(dates('حمل ۱۳۹۰'), [['حمل ۱۳۹۰', '2011-03-21/2011-04-20']]);
});

test('the same words as common words are no dates (VOA Dari 131949513, Fars 8601260534)', () => {
  assert.deepEqual(dates('نیویارک تایمز می نویسد که حملات تا اواخر ماه سپتمبر امسال در مقایسه با عین زمان در سال گذشته به میزان ۲۶ در صد کاهش یافته است.').filter(([t]) => t!.includes('میزان')), []);
  assert.deepEqual(dates('پیشنهادی که با استقبال بسیار در مجلس ششم جدی گرفته شد.'), []);
  for (const text of ['به میزان ۱۵۰۰ مگاوات', 'سه قوس', 'برج حمل', 'میزان', 'اسد']) assert.deepEqual(dates(text), [], text);
});
