// Giant documents (QA Q9): the events stage takes each sentence's entities, dates and quotes from an index
// built once, not from a scan of the whole document per sentence. These tests pin that the windowed
// lookup is exact (same spans, same order as a full scan) and that a long document of real sentences
// gives each sentence the events it gives alone. No timing is asserted.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { SpanIndex } from './spans.ts';
import { run, brief } from './test-helpers.ts';

test('SpanIndex.touching returns exactly the spans a full scan finds, in their original order', () => {
  // a fixed pseudo-random set: short spans, long ones, empty ones, duplicates, unsorted input
  let seed = 7;
  const next = (n: number) => { seed = (seed * 1103515245 + 12345) % 2147483648; return seed % n; };
  const spans = Array.from({ length: 400 }, (_, id) => {
    const start = next(5000);
    const len = id % 50 === 0 ? next(800) : id % 7 === 0 ? 0 : next(30);
    return { id, start, end: start + len };
  });
  const index = new SpanIndex(spans);
  for (let q = 0; q < 300; q++) {
    const from = next(5200), to = from + next(200);
    const expected = spans.filter((s) => s.end >= from && s.start <= to).map((s) => s.id);
    assert.deepEqual(index.touching(from, to).map((s) => s.id), expected, `window ${from}-${to}`);
  }
  assert.deepEqual(new SpanIndex([]).touching(0, 10), []);
});

// Fars News (shared/corpora/fars-news-1500), a meeting sentence and an attack sentence
const MEETING = 'همچنین امروز خاویر سولانا مسئول سیاست خارجی اتحادیه اروپا و علی لاریجانی دبیر شورای عالی امنیت ملی ایران در مونیخ با هم دیدار کردند.';
const NAMES = [
  { text: 'خاویر سولانا', type: 'PER' as const }, { text: 'اتحادیه اروپا', type: 'ORG' as const, ref: 'org:EU' },
  { text: 'علی لاریجانی', type: 'PER' as const }, { text: 'ایران', type: 'LOC' as const, ref: 'country:IRN' }, { text: 'مونیخ', type: 'LOC' as const },
];

test('a long document of repeated real sentences: every copy gets the events of the sentence alone', () => {
  const alone = brief(run(MEETING, { names: NAMES }));
  assert.ok(alone.length > 0, 'the sentence alone has an event');
  const copies = 300;
  const events = run(Array.from({ length: copies }, () => MEETING).join('\n'), { names: NAMES });
  assert.equal(events.length, alone.length * copies);
  assert.deepEqual([...new Set(brief(events))], [...new Set(alone)]);
  // each event lies in its own sentence: the starts are all different and increasing
  const starts = events.map((e) => e.start);
  assert.deepEqual(starts, [...starts].sort((a, b) => a - b));
  assert.equal(new Set(starts).size, copies);
});
