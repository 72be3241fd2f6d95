import { test } from 'node:test';
import assert from 'node:assert/strict';
import { Decoder } from './decode.ts';
import { PosModel } from './model.ts';

// One weight: a word followed by a first-pass NOUN is a VERB.
const model = new PosModel({
  tags: ['NOUN', 'VERB'], features: ['r1=NOUN'], offsets: Int32Array.from([0, 1]),
  tagOf: Uint8Array.from([1]), weights: Float32Array.from([1]),
});

test('the second pass reads the first-pass tag of the word to the right', () => {
  const decoder = new Decoder(model);
  assert.deepEqual([...decoder.tag(['الف', 'ب'])], [0, 0]);
  assert.deepEqual([...decoder.tag(['الف', 'ب'], undefined, '', undefined, Uint8Array.from([0, 0]))], [1, 0]);
  assert.deepEqual([...decoder.tag(['الف', 'ب'], undefined, '', undefined, Uint8Array.from([0, 1]))], [0, 0]);
});
