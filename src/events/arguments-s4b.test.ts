// Argument rules of session 4, wave 2 (issue 8), each with a real sentence from the C+D half of events-fars-more
// (the half read for errors; never E/F, never a test half).
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { run, brief } from './test-helpers.ts';

const PER = 'PER' as const, ORG = 'ORG' as const, LOC = 'LOC' as const;

test('a coordinated clause shares the first clause\'s pronoun subject: «وی … دانست و از خانواده ها خواست» (events-fars-more 630)', () => {
  const ev = run('جعفری گفت: خانواده‌ها نقش مهمی بر عهده دارند. وی چهارمحال و بختیاری را استانی ناامن برای عاملان مواد مخدر دانست و از خانواده ها خواست، در کنترل فرزندان خود اهتمام ورزند.', { tag: true,
    names: [{ text: 'جعفری', type: PER }, { text: 'خانواده ها', type: ORG }] });
  assert.deepEqual(brief(ev).filter((b) => b.startsWith('REQUEST')), ['REQUEST جعفری -> خانواده‌ها']);
});

test('a first-person pronoun of the first clause is passed on to no one: «ما … دانستیم و از X خواستیم» has no named actor', () => {
  const ev = run('ما این وضع را ناامن دانستیم و از خانواده ها خواستیم مراقب باشند.', { tag: true, names: [{ text: 'خانواده ها', type: ORG }] });
  assert.deepEqual(brief(ev), []);
});

test('a reflexive possessive closes the object: «مقامات پاکستانی موافقت خود را … اعلام کردند» (events-fars-more 1125)', () => {
  const ev = run('در نهایت، پس از سفر اخیر «حامد کرزی» رئیس‌جمهور افغانستان به اسلام‌آباد، مقامات پاکستانی موافقت خود را با آزادی این رهبر طالبان اعلام کردند.', { tag: true,
    names: [{ text: 'حامد کرزی', type: PER }, { text: 'اسلام‌آباد', type: LOC, ref: 'country:PAK' }, { text: 'مقامات پاکستانی', type: ORG, ref: 'country:PAK' }, { text: 'رهبر طالبان', type: PER }] });
  assert.ok(brief(ev).some((b) => b.startsWith('AGREE مقامات پاکستانی')), brief(ev).join(' | '));
});

test('«تا کنون» is "so far", not a clause opened by «تا»: «آمریکا، کانادا و استرالیا تا کنون … خواستار … شده‌اند» (events-fars-more 190)', () => {
  const ev = run('آمریکا ، کانادا و استرالیا تا کنون ضمن مخالفت با این طرح خواستار کاهش بیشتر تعرفه واردات محصولات کشاورزی از سوی اروپا شده اند .', { tag: true,
    names: [{ text: 'آمریکا', type: LOC, ref: 'country:USA' }, { text: 'کانادا', type: LOC, ref: 'country:CAN' }, { text: 'استرالیا', type: LOC, ref: 'country:AUS' }, { text: 'اروپا', type: LOC }] });
  const actors = ev.filter((e) => e.type === 'REQUEST').map((e) => e.actor?.text);
  assert.deepEqual(actors, ['آمریکا', 'کانادا', 'استرالیا']);
});

test('«به دنبال X» is "after X", not the addressee of a warning (unseen Fars 520, audit-unseen #27)', () => {
  const ev = run('خبرگزاری فارس: اعضای دموکرات و جمهوریخواه کنگره آمریکا به دنبال تهدیدات جدید جرج بوش علیه ایران هشدار دادند، اقدام نظامی علیه ایران، رئیس جمهور را با مشکل مواجه می‌کند.', { tag: true,
    names: [{ text: 'کنگره آمریکا', type: ORG }, { text: 'جرج بوش', type: PER }, { text: 'ایران', type: LOC, ref: 'country:IRN' }] });
  assert.ok(!brief(ev).some((b) => b.includes('-> جرج بوش')), brief(ev).join(' | '));
});

test('the agency of a dateline is no speaker: «خبرگزاری فارس: X گفت: ما از Y می‌خواهیم …» is X\'s request (audit item 9; adapted, no such record was found)', () => {
  const text = 'خبرگزاری فارس: وزیر خارجه ایران گفت: ما از عربستان می‌خواهیم که به حملات خود پایان دهد.';
  const ev = run(text, { tag: true, quotes: [{ text: 'ما از عربستان می‌خواهیم که به حملات خود پایان دهد', speaker: 'خبرگزاری فارس' }],
    names: [{ text: 'خبرگزاری فارس', type: ORG }, { text: 'وزیر خارجه ایران', type: PER }, { text: 'عربستان', type: LOC, ref: 'country:SAU' }] });
  assert.deepEqual(brief(ev).filter((b) => b.startsWith('REQUEST')), ['REQUEST وزیر خارجه ایران -> عربستان']);
});
