// Rules added after reading unseen Fars news (shared/corpora/fars-news-1500), each with its real sentence.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { run, brief } from './test-helpers.ts';

const PER = 'PER' as const, LOC = 'LOC' as const, ORG = 'ORG' as const;

test('«راهی X شد» is a visit to X (like «عازم X شد»)', () => {
  const ev = run('ظریف راهی بروکسل شد.', { names: [{ text: 'ظریف', type: PER }, { text: 'بروکسل', type: LOC }] });
  assert.deepEqual(brief(ev), ['CONSULT/visit ظریف -> بروکسل']);
});

test('a nominal with its complement before the light verb: «تقاضای کمک کردند»', () => {
  const ev = run('رهبران احزاب مخالف پاکستان جهت بازگشت بوتو از آمریکا تقاضای کمک کردند.', { names: [{ text: 'پاکستان', type: LOC, ref: 'country:PAK' }, { text: 'آمریکا', type: LOC, ref: 'country:USA' }] });
  assert.deepEqual(ev.map((e) => `${e.type} ${e.target?.text}`), ['REQUEST آمریکا']);
  assert.match(ev[0].actor?.text ?? '', /^رهبران احزاب/);
});

test('a nominal with a possessive clitic: «در دیدارش با»', () => {
  const ev = run('قراقع در دیدارش با «مهند جرادات» اسیر آزادشده از رام‌الله گفت که کودکان بازداشت شده‌اند.', { names: [{ text: 'قراقع', type: PER }, { text: 'مهند جرادات', type: PER }] });
  assert.deepEqual(brief(ev).filter((b) => b.startsWith('CONSULT')), ['CONSULT/meet قراقع -> مهند جرادات']);
});

test('a match between national teams is not a meeting', () => {
  const ev = run('دیدار تیم ملی آلمان با اسپانیا در مسابقات لیگ ملت‌های اروپا در تاریخ ۳ سپتامبر برگزار می‌شود.', { names: [{ text: 'ملی آلمان', type: ORG }, { text: 'اسپانیا', type: LOC, ref: 'country:ESP' }] });
  assert.deepEqual(brief(ev), []);
});

test('a person meeting a team in a sports sentence is still a meeting', () => {
  const ev = run('وزیر ورزش با اعضای تیم ملی فوتبال دیدار کرد.');
  assert.deepEqual(brief(ev), ['CONSULT/meet وزیر ورزش -> اعضای تیم ملی فوتبال']);
});
