import { test } from 'node:test';
import assert from 'node:assert/strict';
import { Doc, UPOS } from '../doc.ts';
import { tagConllu } from './conllu.ts';
import { tagDoc, tagWords } from './index.ts';

/** A Doc of one sentence per array, one word per token (the tokenizer is tested elsewhere). */
function docOf(...sentences: string[][]): Doc {
  const words = sentences.flat();
  const text = words.join(' ');
  const starts: number[] = [];
  let at = 0;
  for (const w of words) { starts.push(at); at += w.length + 1; }
  const sentenceStart: number[] = [], sentenceEnd: number[] = [];
  let k = 0;
  for (const s of sentences) { sentenceStart.push(k); k += s.length; sentenceEnd.push(k); }
  return new Doc({
    original: text, text, toOriginal: Int32Array.from({ length: text.length + 1 }, (_, i) => i),
    tokenStart: starts, tokenEnd: words.map((w, i) => starts[i] + w.length), tokenWord: words.map((_, i) => i),
    wordStart: starts, wordEnd: words.map((w, i) => starts[i] + w.length), wordForm: words, sentenceStart, sentenceEnd,
  });
}

test('tagDoc fills UPOS, lemma, XPOS for every word', () => {
  const doc = docOf(['وزیر', 'امور', 'خارجه', 'ایران', 'روز', 'دوشنبه', 'به', 'مسکو', 'رفت', '.'], ['کشورها', 'نمی‌خواهند', 'بجنگند', '.']);
  tagDoc(doc);
  for (let i = 0; i < doc.wordCount; i++) {
    assert.notEqual(doc.upos[i], 255, doc.wordForm[i]);
    assert.ok(doc.lemma[i].length > 0, doc.wordForm[i]);
    assert.ok(doc.xpos[i].length > 0, doc.wordForm[i]);
  }
  const at = (form: string): number => doc.wordForm.indexOf(form);
  assert.equal(UPOS[doc.upos[at('رفت')]], 'VERB');
  assert.equal(doc.lemma[at('رفت')], 'رفت');
  assert.equal(UPOS[doc.upos[at('به')]], 'ADP');
  assert.equal(UPOS[doc.upos[at('.')]], 'PUNCT');
  assert.equal(doc.lemma[at('کشورها')], 'کشور');
  assert.equal(doc.lemma[at('نمی‌خواهند')], 'خواست');
});

test('light-verb constructions: the nominal points at its verb, across an auxiliary', () => {
  const doc = docOf(['وزیر', 'بر', 'همکاری', 'تاکید', 'کرد', '.'], ['دو', 'رئیس‌جمهور', 'با', 'هم', 'دیدار', 'خواهند', 'کرد', '.']);
  tagDoc(doc);
  const t = doc.wordForm.indexOf('تاکید'), d = doc.wordForm.indexOf('دیدار');
  assert.equal(doc.deprel[t], 'compound:lvc');
  assert.equal(doc.head[t], t + 1);
  assert.equal(doc.deprel[d], 'compound:lvc');
  assert.equal(doc.head[d], d + 2);
  assert.equal(doc.deprel[doc.wordForm.indexOf('وزیر')], '');
});

test('an adjective before شد is a predicate complement, not a light-verb construction', () => {
  const doc = docOf(['هوا', 'سرد', 'شد', '.']);
  tagDoc(doc);
  assert.equal(doc.deprel[1], '');
  assert.equal(doc.head[1], -1);
});

test('bad input: a tag and a lemma for every word, never an exception', () => {
  const odd = ['', 'COVID-19', 'Tehran', '۱۴۰۰', '12,000', '...', '«»', '؟!', 'x'.repeat(20_000), '\u200c', '😀', 'ـــ', '\u0000'];
  const t = tagWords(odd);
  assert.equal(t.upos.length, odd.length);
  odd.forEach((w, i) => {
    assert.ok((UPOS as readonly string[]).includes(t.upos[i]), `${JSON.stringify(w.slice(0, 10))}: ${t.upos[i]}`);
    assert.equal(typeof t.lemma[i], 'string');
  });
  assert.equal(t.lemma[odd.indexOf('Tehran')], 'Tehran');
  assert.deepEqual(tagWords([]).upos, []);
  const empty = docOf([], ['.']);
  tagDoc(empty);
  assert.equal(UPOS[empty.upos[0]], 'PUNCT');
});

test('CoNLL-U: tokens, ranges, comments and other columns are kept; tags and lemmas filled', () => {
  const input = [
    '# sent_id = 1', '# text = کتابش را خواندند.',
    '1-2\tکتابش\t_\t_\t_\t_\t_\t_\t_\t_',
    '1\tکتاب\t_\t_\t_\t_\t3\tobj\t_\t_',
    '2\tش\t_\t_\t_\t_\t1\tnmod\t_\t_',
    '3\tرا\t_\t_\t_\t_\t1\tcase\t_\t_',
    '4\tخواندند\t_\t_\t_\t_\t0\troot\t_\tSpaceAfter=No',
    '5\t.\t_\t_\t_\t_\t4\tpunct\t_\t_', '', '',
  ].join('\n');
  const out = tagConllu(input).split('\n');
  assert.equal(out[0], '# sent_id = 1');
  assert.equal(out[2], '1-2\tکتابش\t_\t_\t_\t_\t_\t_\t_\t_');
  const verb = out[6].split('\t');
  assert.deepEqual([verb[1], verb[2], verb[3], verb[6], verb[7], verb[9]], ['خواندند', 'خواند', 'VERB', '0', 'root', 'SpaceAfter=No']);
  assert.equal(out[3].split('\t')[3], 'NOUN');
  assert.throws(() => tagConllu('1\tکتاب\tNOUN\n', 'f.conllu'), /f\.conllu: line 1/);
});

test('a text tagged again after the word caches are emptied gets the same tags and lemmas', async () => {
  const { clearTaggerCaches, loadTagger } = await import('./index.ts');
  loadTagger();
  const words = ['سخنگوی', 'وزارت', 'امور', 'خارجه', 'در', 'نشست', 'خبری', 'هفتگی', 'گفت', 'که', 'مذاکرات', 'ادامه', 'خواهد', 'یافت', '.'];
  const first = tagWords(words);
  clearTaggerCaches();
  const again = tagWords(words);
  assert.deepEqual(again, first);
  assert.equal(first.upos[words.indexOf('گفت')], 'VERB');
  assert.equal(first.lemma[words.indexOf('مذاکرات')], 'مذاکره');
});
