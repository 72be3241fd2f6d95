// Argument rules of session 3 (actor/target resolution and precision), each with a real news sentence
// (Fars News, shared/corpora/fars-news-1500, or the semnan corpus; never a sentence of a gold test half).
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { run, brief } from './test-helpers.ts';

const PER = 'PER' as const, LOC = 'LOC' as const, ORG = 'ORG' as const;

test('a clash noun with two coordinated genitives: the first side on the second', () => {
  const ev = run('درگیری رژیم صهیونیستی و گروه‌های مقاومت فلسطین از روز دوشنبه آغاز شد.', { tag: true,
    names: [{ text: 'رژیم صهیونیستی', type: LOC, ref: 'country:ISR' }, { text: 'گروه‌های مقاومت فلسطین', type: ORG }] });
  assert.deepEqual(brief(ev), ['ASSAULT رژیم صهیونیستی -> گروه‌های مقاومت فلسطین']);
});

test('a clash «بین X و Y» after a circumstantial «با»', () => {
  const ev = run('همزمان با درگیری شدید در استان عدن بین ارتش یمن و نیروهای هم‌پیمان سعودی‌ها، یک گردان از گارد ملی عربستان در مرز با یمن مستقر شده است.', { tag: true,
    names: [{ text: 'ارتش یمن', type: ORG }, { text: 'سعودی‌ها', type: 'NAT', ref: 'country:SAU' }, { text: 'گارد ملی عربستان', type: ORG }] });
  assert.deepEqual(brief(ev).filter((b) => b.startsWith('ASSAULT')), ['ASSAULT ارتش یمن -> نیروهای هم‌پیمان سعودی‌ها']);
});

test('a clash needs two sides: one genitive alone is no event', () => {
  const ev = run('درگیری نیروهای آمریکایی در این شهر دو ساعت ادامه داشت.', { tag: true, names: [{ text: 'آمریکایی', type: 'NAT', ref: 'country:USA' }] });
  assert.deepEqual(brief(ev), []);
});

test('«X و Y … با هم دیدار کردند»: the two subjects are the sides', () => {
  const ev = run('همچنین امروز خاویر سولانا مسئول سیاست خارجی اتحادیه اروپا و علی لاریجانی دبیر شورای عالی امنیت ملی ایران در مونیخ با هم دیدار کردند.', { tag: true,
    names: [{ text: 'خاویر سولانا', type: PER }, { text: 'اتحادیه اروپا', type: ORG, ref: 'org:EU' }, { text: 'علی لاریجانی', type: PER }, { text: 'ایران', type: LOC, ref: 'country:IRN' }, { text: 'مونیخ', type: LOC }] });
  const consult = ev.filter((e) => e.type === 'CONSULT');
  assert.equal(consult.length, 1);
  assert.match(consult[0].actor?.text ?? '', /سولانا/);
  assert.match(consult[0].target?.text ?? '', /لاریجانی/);
});
