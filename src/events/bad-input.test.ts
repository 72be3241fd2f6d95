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
