import { test } from 'node:test';
import assert from 'node:assert/strict';
import { Decoder, type Scorer } from './decode.ts';
import { hashString, mix, T } from './features.ts';
import { decodeModel, encodeModel, PosModel, posModel } from './model.ts';

// Two weights: «رفت» is a VERB; any word after a VERB (previous tag 1) is a NOUN with a small margin.
const weights = {
  tags: ['NOUN', 'VERB'],
  features: Uint32Array.from([mix(T.word, hashString(0, 'رفت')), mix(T.tag1, 1)]),
  offsets: Int32Array.from([0, 1, 2]), tagOf: Uint8Array.from([1, 0]), weights: Float32Array.from([2, 0.5]),
};

test('the decoder reads word and previous-tag features by their hashes', () => {
  const decoder = new Decoder(new PosModel(weights));
  assert.deepEqual([...decoder.tag(['رفت', 'رفت'])], [1, 1]);
  assert.deepEqual([...decoder.tag(['او', 'رفت', 'خانه'])], [0, 1, 0]);
  assert.deepEqual([...decoder.tag([])], []);
});

test('the binary model format keeps hashes, rows and quantized weights', () => {
  const back = decodeModel(encodeModel(weights));
  assert.deepEqual([...back.features], [...weights.features]);
  assert.deepEqual(back.tags, weights.tags);
  assert.ok(Math.abs(back.weights[1] - 0.5) < 1e-3);
  const model = new PosModel(back);
  assert.equal(model.row(weights.features[1]), 1);
  assert.equal(model.row(12345), -1);
});

test('the committed model sums exactly, so cached per-word sums give the tags of plain row sums', () => {
  const model = posModel();
  assert.equal(model.exactSums, true);
  // the same model without exactSums: the decoder adds every row per word, as before the cache
  const plain: Scorer = { tags: model.tags, row: (f) => model.row(f), addScores: (r, c, s) => model.addScores(r, c, s) };
  const cached = new Decoder(model), summed = new Decoder(plain);
  const sentences = [
    'به گزارش خبرگزاری فارس ، رئیس جمهور روز گذشته در سفر به استان خوزستان گفت که دولت برنامه‌ای برای حل مشکل آب دارد .',
    'او رفت و ما ماندیم',
    'قیمت دلار در بازار آزاد تهران امروز ۲۸ هزار تومان اعلام شد',
    'x',
  ].map((s) => s.split(' '));
  for (const words of sentences) {
    assert.deepEqual([...cached.tag(words)], [...summed.tag(words)]);
    assert.deepEqual([...cached.tag(words)], [...summed.tag(words)]); // second time from the cache
  }
});

test('a model whose weights are not on one grid is not marked as summing exactly', () => {
  assert.equal(new PosModel({ ...weights, weights: Float32Array.from([2 ** 30, 2 ** -30]) }).exactSums, false);
  assert.equal(new PosModel(weights).exactSums, true);
});
