// analyze() as a library call from plain JavaScript: the body is all it needs; anything else is a clear error.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { analyze, completeSource } from '../../src/pipeline.ts';

test('a source with only a body is analyzed, with the absent fields null or empty', () => {
  const a = analyze({ body: 'سخنگوی وزارت امور خارجه روز شنبه گفت: «ایران آماده گفت‌وگو است».' });
  assert.equal(a.headline, null);
  assert.equal(a.published, null);
  assert.deepEqual(a.sources, []);
  assert.equal(a.quotes.length, 1);
});

test('a source without a string body is a TypeError that says what to pass', () => {
  for (const bad of [undefined, null, 'متن', { text: 'متن' }, { body: 5 }]) {
    assert.throws(() => analyze(bad as never), (e: Error) => e instanceof TypeError && /string `body`/.test(e.message));
  }
});

test('fields of the wrong type are dropped, not passed on', () => {
  const src = completeSource({ body: 'متن', headline: 7 as never, sources: ['ایرنا', 3 as never] });
  assert.equal(src.headline, null);
  assert.deepEqual(src.sources, ['ایرنا']);
});
