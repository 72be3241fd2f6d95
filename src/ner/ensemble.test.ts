import { test } from 'node:test';
import assert from 'node:assert/strict';
import { voteSpans, spansToTags } from './ensemble.ts';
import { toBilou, iob2Label, Perceptron } from './perceptron.ts';
import { loadEnsemble, tagWordsByVote } from './tagger.ts';

// «حسین امیرعبداللهیان وزیر امور خارجه ایران گفت»: three taggers' outputs; a span counts where two agree exactly.
test('span vote keeps the spans enough taggers found exactly, more votes winning an overlap', () => {
  const a = ['B-PER', 'I-PER', 'O', 'O', 'O', 'B-LOC', 'O'];
  const b = ['B-PER', 'I-PER', 'O', 'O', 'O', 'B-LOC', 'O'];
  const c = ['B-PER', 'O', 'B-ORG', 'I-ORG', 'I-ORG', 'I-ORG', 'O'];
  assert.deepEqual(spansToTags(7, voteSpans([a, b, c], 2)), a);
  // with one vote enough, the overlapping ORG loses to the LOC found twice, the longer PER beats the shorter
  assert.deepEqual(spansToTags(7, voteSpans([a, b, c], 1)), a);
  assert.deepEqual(spansToTags(7, voteSpans([a, c], 2)), new Array(7).fill('O'));
  assert.deepEqual(voteSpans([c], 1).map((s) => s.type), ['PER', 'ORG']);
});

test('BILOU labels: one-word names are U, the last word of a longer name L; decoding back gives IOB2', () => {
  const iob = ['B-PER', 'I-PER', 'I-PER', 'O', 'B-LOC', 'B-LOC', 'I-LOC'];
  const bilou = toBilou(iob);
  assert.deepEqual(bilou, ['B-PER', 'I-PER', 'L-PER', 'O', 'U-LOC', 'B-LOC', 'L-LOC']);
  assert.deepEqual(bilou.map(iob2Label), iob);
  // the decoder never ends a sentence inside a name, nor opens I/L after O
  const m = new Perceptron(['O', 'B-PER', 'I-PER', 'L-PER', 'U-PER']);
  m.trans.fill(0);
  const e = new Float32Array(2 * 5);
  e[0 * 5 + 1] = 5; // B-PER wants word 0
  e[1 * 5 + 2] = 5; // I-PER wants word 1 (but may not end the sentence)
  assert.deepEqual(m.decodeScores(e, 2).map((y) => m.labels[y]), ['B-PER', 'L-PER']);
});

// «سرگئی لاوروف گفت»: two features per word; CRF steps (train/ner.ts NER_CRF_LR) learn the gold labels.
test('CRF gradient steps on the same scores learn a sentence', () => {
  const m = new Perceptron(['O', 'B-PER', 'I-PER'], ['w=سرگئی', 'w=لاوروف', 'w=گفت', 'b']);
  const rows = ['سرگئی', 'لاوروف', 'گفت'].map((w) => m.rows([`w=${w}`, 'b']));
  const gold = [1, 2, 0];
  for (let k = 0; k < 20; k++) { m.crfUpdate(rows, gold, 0.5); m.tick(); }
  assert.deepEqual(m.decode(rows), gold);
  assert.deepEqual(m.averaged().decode(rows), gold);
});

test('the shipped ensemble tags a real sentence; its vote needs at least one member', () => {
  const e = loadEnsemble();
  assert.ok(e.models.length >= 1 && e.minVotes >= 1 && e.minVotes <= e.models.length);
  const tags = tagWordsByVote('وزیر امور خارجه روسیه سرگئی لاوروف روز دوشنبه به تهران سفر کرد'.split(' '));
  assert.deepEqual(tags.slice(3, 6), ['B-LOC', 'B-PER', 'I-PER']);
  assert.equal(tags[9], 'B-LOC');
});
