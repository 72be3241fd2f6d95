// The verb-form reader: every tense, person, negation, spacing; light verbs from data/verbs.tsv.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { readVerb, verbPerson, looksFinite } from './verbs.ts';
import { wordKey } from './keys.ts';

const keys = (s: string) => s.split(' ').map(wordKey);

test('past, imperfect, present, perfect, pluperfect and future of کردن', () => {
  const cases: [string, string, boolean][] = [
    ['کرد', 'past', false], ['کردند', 'past', false], ['نکردند', 'past', true], ['می‌کرد', 'past', false],
    ['می‌کند', 'present', false], ['نمی‌کند', 'present', true], ['می کنند', 'present', false],
    ['کرده است', 'perfect', false], ['کرده‌اند', 'perfect', false], ['نکرده بود', 'perfect', true],
    ['خواهد کرد', 'future', false], ['نخواهند کرد', 'future', true],
  ];
  for (const [form, tense, negated] of cases) {
    const v = readVerb(keys(form), 0, 'کردن');
    assert.ok(v, form);
    assert.equal(v.tense, tense, form);
    assert.equal(v.negated, negated, form);
    assert.equal(v.end, form.split(' ').length, form);
  }
});

test('«نمود» is read as «کرد», «گردید» as «شد» (formal light verbs)', () => {
  assert.equal(readVerb(keys('نمود'), 0, 'کردن')?.tense, 'past');
  assert.equal(readVerb(keys('گردید'), 0, 'شدن')?.infinitive, 'شدن');
});

test('a participle followed by شد is a passive: «امضا شده است» / «کشته شدند»', () => {
  const v = readVerb(keys('کشته شدند'), 0, 'کشتن');
  assert.equal(v?.passive, true);
  assert.equal(readVerb(keys('شده است'), 0, 'شدن')?.tense, 'perfect');
});

test('«خواهد» before a past stem is the future auxiliary, never «خواستن»', () => {
  assert.equal(readVerb(keys('خواهد کرد'), 0, 'خواستن'), null);
  assert.equal(readVerb(keys('خواست'), 0, 'خواستن')?.tense, 'past');
});

test('person and finiteness', () => {
  assert.equal(verbPerson('می‌کنم'), 1);
  assert.equal(verbPerson('کردیم'), 1);
  assert.equal(verbPerson('کردند'), 3);
  assert.ok(looksFinite('می‌کنند'));
  assert.ok(!looksFinite('جدید'));
  assert.ok(!looksFinite('دیدار'));
});
