// Bad input: no event rather than a wrong one, and never an exception.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { analyzeText } from '../text/index.ts';
import { extractEvents } from './index.ts';
import { run } from './test-helpers.ts';

test('a headline with no verb states no event: «دیدار رئیسی و پوتین در مسکو»', () => {
  assert.deepEqual(run('دیدار رئیسی و پوتین در مسکو'), []);
  assert.deepEqual(run('سفر لاوروف به تهران'), []);
});

test('a list of nominal items states no event', () => {
  assert.deepEqual(run('۱- سفر لاوروف به تهران\n۲- دیدار رئیسی و پوتین\n۳- تحریم‌های آمریکا علیه ایران'), []);
});

test('a standing policy noun is not an event: «تحریم‌های آمریکا علیه ایران ادامه دارد»', () => {
  assert.deepEqual(run('تحریم‌های آمریکا علیه ایران همچنان ادامه دارد.'), []);
});

test('quotes inside quotes: no exception, the quoted event is marked quoted', () => {
  const text = 'وزیر خارجه آمریکا گفت: «ما "نگران" هستیم که «روسیه به اوکراین حمله کند» و ایران با روسیه «همکاری» کرد».';
  const ev = run(text);
  assert.ok(Array.isArray(ev));
  for (const e of ev) assert.equal(e.quoted, true);
});

test('empty, blank, punctuation-only and Latin-only input give no event', () => {
  for (const t of ['', '   ', '...!!!؟؟', '« » " " ( )', 'The minister met Putin in Moscow.']) assert.deepEqual(run(t), [], t);
});

test('a trigger with no actor at all gives no event: «دیدار کرد.»', () => {
  assert.deepEqual(run('دیدار کرد.'), []);
  assert.deepEqual(run('قرارداد امضا شد.'), []);
});

test('a malformed context never throws (entities outside the text, missing arrays)', () => {
  const doc = analyzeText('رئیسی با پوتین دیدار کرد.');
  const ctx = {
    entities: [{ text: 'x', type: 'PER' as const, start: 500, end: 900 }, { text: 'y', type: 'LOC' as const, start: -5, end: 2 }],
    dates: undefined as never, quotes: undefined as never, published: null,
  };
  assert.doesNotThrow(() => extractEvents(doc, ctx));
  assert.ok(Array.isArray(extractEvents(doc, ctx)));
});

test('a very long run-on text without punctuation finishes and stays bounded', () => {
  const long = Array.from({ length: 400 }, () => 'رئیسی با پوتین دیدار کرد و').join(' ');
  const ev = run(long);
  assert.ok(ev.length <= 400);
});

test('session 3 paths on bad input: a headline denial, a list of clashes, a pronoun and a first person with nobody to stand for', () => {
  // a verbless denial with no speaker (a headline) is no event
  assert.deepEqual(run('ادعای آمریکا درباره ارسال سلاح کذب محض است', { names: [{ text: 'آمریکا', type: 'LOC', ref: 'country:USA' }] }), []);
  // clash nouns in a verbless list
  assert.deepEqual(run('۱- درگیری فتح و حماس\n۲- درگیری بین ارتش یمن و انصارالله', { names: [{ text: 'فتح', type: 'ORG' }, { text: 'حماس', type: 'ORG' }, { text: 'ارتش یمن', type: 'ORG' }, { text: 'انصارالله', type: 'ORG' }] }), []);
  // «وی» and «ما» with no antecedent or speaker
  assert.deepEqual(run('وی با انتقاد از ایران، خواستار مذاکره شد.', { names: [{ text: 'ایران', type: 'LOC', ref: 'country:IRN' }] }), []);
  assert.deepEqual(run('«ما از حماس می‌خواهیم که آتش‌بس را بپذیرد».', { names: [{ text: 'حماس', type: 'ORG' }] }), []);
  // a nested quotation with a first person and a denial inside never throws
  assert.doesNotThrow(() => run('او گفت: «آنها گفتند: "ما این ادعا را رد می‌کنیم و این خبر کذب محض است"».', { quotes: [{ text: 'ما این ادعا را رد می‌کنیم', speaker: 'او' }] }));
});
