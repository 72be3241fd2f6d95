import { test } from 'node:test';
import assert from 'node:assert/strict';
import { Decoder } from './decode.ts';
import { hashString, mix, T } from './features.ts';
import { decodeModel, encodeModel, PosModel } from './model.ts';

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
