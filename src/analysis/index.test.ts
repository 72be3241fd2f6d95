import { test } from 'node:test';
import assert from 'node:assert/strict';
import { indexTerms, analyzeQueryText, termSpans } from './index.ts';

test('separated, joined and ZWNJ spellings of a می- verb give one term', () => {
  const a = indexTerms('می گوید'), b = indexTerms('میگوید'), c = indexTerms('می‌گوید');
  assert.equal(a.length, 1);
  assert.deepEqual(a, b);
  assert.deepEqual(b, c);
  assert.deepEqual(indexTerms('نمی شود'), indexTerms('نمی‌شود'));
});

test('Arabic ي/ك fold to Persian ی/ک and digits fold to ASCII', () => {
  assert.deepEqual(indexTerms('كشور يك'), indexTerms('کشور یک'));
  assert.deepEqual(indexTerms('۱۴۰۰'), ['1400']);
});

test('light stemming makes plurals meet their singular', () => {
  assert.deepEqual(indexTerms('کشورها'), indexTerms('کشور'));
  assert.deepEqual(indexTerms('کشورهای'), indexTerms('کشور'));
});

test('query analysis is the index analysis', () => {
  const s = 'وزیر امور خارجه كشورمان می گوید';
  assert.deepEqual(analyzeQueryText(s), indexTerms(s));
});

test('spans point at the words in the given text, a joined prefix spans both words', () => {
  const text = 'او می گوید که';
  const spans = termSpans(text);
  assert.deepEqual(spans.map((s) => text.slice(s.start, s.end)), ['او', 'می گوید', 'که']);
});

test('a lone prefix at the end or before punctuation stays a term', () => {
  assert.deepEqual(termSpans('گفت می').map((s) => s.term).length, 2);
  assert.equal(indexTerms('می، گوید').length, 2);
  assert.deepEqual(indexTerms(''), []);
  assert.deepEqual(indexTerms('!!! ...'), []);
});

test('a separated ending joins across a no-break space but not across punctuation; repeated words give the same terms', () => {
  // termSpans keeps each word's key per surface form: the second sentence is analyzed from that memo
  const text = 'برنامه هسته\u00A0ای ایران. برنامه هسته، ای ایران';
  const spans = termSpans(text);
  assert.deepEqual(spans.map((s) => text.slice(s.start, s.end)), ['برنامه', 'هسته\u00A0ای', 'ایران', 'برنامه', 'هسته', 'ای', 'ایران']);
  assert.equal(spans[0].term, spans[3].term);
  assert.equal(spans[2].term, spans[6].term);
  assert.deepEqual(termSpans(text), spans);
});
