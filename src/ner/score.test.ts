import { test } from 'node:test';
import assert from 'node:assert/strict';
import { chunks, EntityScorer } from './score.ts';

test('chunks follow conlleval: an I- of another type starts a new chunk', () => {
  assert.deepEqual(chunks(['B-PER', 'I-PER', 'O', 'I-LOC', 'I-LOC', 'B-LOC', 'I-ORG']),
    [{ start: 0, end: 2, type: 'PER' }, { start: 3, end: 5, type: 'LOC' }, { start: 5, end: 6, type: 'LOC' }, { start: 6, end: 7, type: 'ORG' }]);
});

test('exact span and type count; micro P/R/F1', () => {
  const s = new EntityScorer();
  s.addTags(['B-PER', 'I-PER', 'O', 'B-LOC'], ['B-PER', 'O', 'O', 'B-LOC']);
  const o = s.overall();
  assert.equal(o.precision, 0.5);
  assert.equal(o.recall, 0.5);
  assert.equal(s.byType.get('LOC')!.tp, 1);
  assert.equal(s.byType.get('PER')!.fn, 1);
});
