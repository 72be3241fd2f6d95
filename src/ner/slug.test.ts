import { test } from 'node:test';
import assert from 'node:assert/strict';
import { personRef, slugify } from './slug.ts';

test('person slugs are stable across «سید», ZWNJ and spacing', () => {
  assert.equal(personRef('سید ابراهیم رئیسی'), personRef('ابراهیم  رئیسی'));
  assert.equal(personRef('سرگئی لاوروف'), 'person:سرگئی-لاوروف');
  assert.equal(slugify('علی‌اکبر محرابیان'), 'علیاکبر-محرابیان');
  assert.equal(slugify('Joe Biden'), 'joe-biden');
});

test('honorifics and ranks are not part of a person slug, glued or apart', () => {
  assert.equal(personRef('سیدابراهیم رئیسی'), personRef('ابراهیم رئیسی'));
  assert.equal(personRef('آیت‌الله علی خامنه‌ای'), personRef('علی خامنه‌ای'));
  assert.equal(personRef('آیت الله علی خامنه‌ای'), personRef('علی خامنه‌ای'));
  assert.equal(personRef('سردار حسین سلامی'), personRef('حسین سلامی'));
  assert.equal(personRef('سیدی'), 'person:سیدی'); // a surname that starts with the letters of «سید» stays
});
