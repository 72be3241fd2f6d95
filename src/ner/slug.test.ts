import { test } from 'node:test';
import assert from 'node:assert/strict';
import { personRef, slugify } from './slug.ts';

test('person slugs are stable across «سید», ZWNJ and spacing', () => {
  assert.equal(personRef('سید ابراهیم رئیسی'), personRef('ابراهیم  رئیسی'));
  assert.equal(personRef('سرگئی لاوروف'), 'person:سرگئی-لاوروف');
  assert.equal(slugify('علی‌اکبر محرابیان'), 'علیاکبر-محرابیان');
  assert.equal(slugify('Joe Biden'), 'joe-biden');
});
