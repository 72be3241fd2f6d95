import { test } from 'node:test';
import assert from 'node:assert/strict';
import { findQuantities } from './index.ts';

const q = (text: string) => findQuantities(text).map((m) => [m.type, text.slice(m.start, m.end), m.value]);

test('percents in every form', () => {
  assert.deepEqual(q('رشد ۲۰ درصد و ٪۱۵ و ۷٫۵% و بیست درصد'), [
    ['PCT', '۲۰ درصد', '20'], ['PCT', '٪۱۵', '15'], ['PCT', '۷٫۵%', '7.5'], ['PCT', 'بیست درصد', '20'],
  ]);
  assert.deepEqual(q('۵۰ تا ۶۰ درصد'), [['PCT', '۵۰ تا ۶۰ درصد', '50/60']]);
});

test('money keeps the currency as an ISO code and multiplies the scale out', () => {
  assert.deepEqual(q('قرارداد ۳ میلیارد دلاری و ۵۰۰ هزار تومان'), [
    ['MON', '۳ میلیارد دلاری', '3000000000 USD'], ['MON', '۵۰۰ هزار تومان', '500000 IRT'],
  ]);
  assert.deepEqual(q('۲.۵ میلیارد یورو، ۱۰ میلیون درهم امارات و ۳ تا ۵ میلیون تومان'), [
    ['MON', '۲.۵ میلیارد یورو', '2500000000 EUR'], ['MON', '۱۰ میلیون درهم امارات', '10000000 AED'],
    ['MON', '۳ تا ۵ میلیون تومان', '3000000/5000000 IRT'],
  ]);
  assert.deepEqual(q('بودجه ۲ همت'), [['MON', '۲ همت', '2000000000000 IRT']]);
});

test('clock times', () => {
  assert.deepEqual(q('ساعت ۱۰ صبح، ساعت ۹ شب و ۱۸:۳۰'), [['TIM', 'ساعت ۱۰ صبح', '10:00'], ['TIM', 'ساعت ۹ شب', '21:00'], ['TIM', '۱۸:۳۰', '18:30']]);
  assert.deepEqual(q('ساعت ۲ تا ۴ بعدازظهر'), [['TIM', 'ساعت ۲ تا ۴ بعدازظهر', '14:00/16:00']]);
  assert.deepEqual(q('ساعت ده و نیم'), [['TIM', 'ساعت ده و نیم', '10:30']]);
  assert.deepEqual(q('۲۴ ساعت گذشته و نتیجه ۲:۱'), []);
  assert.deepEqual(q('ساعت ۴۸'), []);
});

test('bare numbers, ordinals and words that look like currencies are not amounts', () => {
  assert.deepEqual(q('۱۴۰۰ نفر در دومین روز با همت مردم'), []);
  assert.deepEqual(q('سومین درصد'), []);
});
