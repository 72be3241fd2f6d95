// QA (session 3): users type compounds with a ZWNJ or with a space; articles use both. Either query spelling
// finds either text spelling («امام‌جمعه» / «امام جمعه», «بین‌المللی» / «بین المللی», «آیت‌الله» / «آیت الله»).
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { parseQuery } from '../../src/search/query.ts';

test('a ZWNJ compound is looked up as one word and as its two words in a row', () => {
  const q = parseQuery('امام‌جمعه');
  assert.equal(q.must.length, 1);
  assert.equal(q.must[0].length, 2, JSON.stringify(q.must)); // two alternatives in one clause
  assert.ok(q.must[0].some((phrase) => phrase.length === 2), 'the spaced phrase');
});

test('an Arabic compound written with a space («بین المللی», «آیت الله») gets the same two alternatives', () => {
  for (const [spaced, joined] of [['بین المللی', 'بین‌المللی'], ['آیت الله', 'آیت‌الله'], ['حجت الاسلام', 'حجت‌الاسلام']]) {
    assert.deepEqual(parseQuery(spaced).must, parseQuery(joined).must, spaced);
  }
  // quoted, negated or OR-ed words are left as written
  assert.equal(parseQuery('"بین المللی"').must[0].length, 1);
  assert.equal(parseQuery('بین -المللی').not.length, 1);
  // two ordinary words stay two words
  assert.equal(parseQuery('امام جمعه').must.length, 2);
});
