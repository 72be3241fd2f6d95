import { test } from 'node:test';
import assert from 'node:assert/strict';
import { analyzeStream, findCut } from './stream.ts';
import { analyzeText, toConllu, UD_OPTIONS } from './index.ts';

async function* bytes(text: string, size: number): AsyncGenerator<Uint8Array> {
  const all = new TextEncoder().encode(text);
  for (let i = 0; i < all.length; i += size) yield all.subarray(i, i + size);
}

const PARAGRAPH = 'به گزارش خبرنگار مهر، کتابش را خواند. او گفت: «مرا ببخش!» قیمت ۴٫۸ درصد بود.\nتیتر دوم\n\n';

test('streamed chunks give the same sentences and tokens as one pass', async () => {
  const text = PARAGRAPH.repeat(40);
  let streamed = '', first = 1;
  // tiny byte chunks (split inside multi-byte characters) and a small chunk size force many cuts
  for await (const { doc } of analyzeStream(bytes(text, 7), { analyze: UD_OPTIONS, chunkSize: 500 })) {
    streamed += toConllu(doc, { firstSentence: first });
    first += doc.sentenceCount;
  }
  assert.equal(streamed, toConllu(analyzeText(text, UD_OPTIONS)));
});

test('stream: offsets of chunks add up, empty input gives nothing, bad bytes a clear error', async () => {
  const text = PARAGRAPH.repeat(10);
  let next = 0;
  for await (const { doc, base } of analyzeStream(bytes(text, 100), { chunkSize: 300 })) {
    assert.equal(base, next);
    assert.equal(text.slice(base, base + doc.original.length), doc.original);
    next = base + doc.original.length;
  }
  const none: unknown[] = [];
  for await (const c of analyzeStream(bytes('  \n\t ', 3))) none.push(c);
  assert.equal(none.length, 0);
  await assert.rejects(async () => { for await (const c of analyzeStream(bytes('a\u0000b', 3), { name: 'f.bin' })) void c; }, /f\.bin: looks like binary data/);
});

test('findCut prefers blank lines, then line breaks, then sentence ends', () => {
  assert.equal(findCut('aaaaaa\n\nbbbb\ncc. dd', 16), 8);
  assert.equal(findCut('aaaaaaa\nbbbb cc. dd', 19), 8);
  assert.equal(findCut('aaaaaaa bbbb cc. dd', 19), 17);
});
