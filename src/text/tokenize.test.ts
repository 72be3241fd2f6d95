import { test } from 'node:test';
import assert from 'node:assert/strict';
import { analyzeText, toConllu, UD_OPTIONS } from './index.ts';
import { cliticSplit } from './clitics.ts';

const tokens = (s: string): string[] => Array.from(analyzeText(s).tokens(), (t) => t.originalText);
const sentences = (s: string): string[][] => Array.from(analyzeText(s, UD_OPTIONS).sentences(), (x) => Array.from(x.tokens(), (t) => t.originalText));

test('ZWNJ-joined words stay one token; punctuation is split off', () => {
  assert.deepEqual(tokens('ترکمن‌ها می‌روند، (ص) نه!؟'), ['ترکمن‌ها', 'می‌روند', '،', '(', 'ص', ')', 'نه', '!', '؟']);
});

test('numbers, dates, times, percents, scores are one token', () => {
  assert.deepEqual(tokens('۴٫۸ و 4.8 و 1,000 و ۱۴۰۵/۰۸/۲۴ و 8:30 و 90% و ۲۵٪ و 3-2 و 1+5'),
    ['۴٫۸', 'و', '4.8', 'و', '1,000', 'و', '۱۴۰۵/۰۸/۲۴', 'و', '8:30', 'و', '90%', 'و', '۲۵٪', 'و', '3-2', 'و', '1+5']);
});

test('URLs, e-mails, hashtags, mentions, Latin words and emoji', () => {
  assert.deepEqual(tokens('به https://www.irna.ir/news/123. و a.b@x.com و #هشتگ_ها و @user و CoRoT-7b و don\'t 😀👍🏽'),
    ['به', 'https://www.irna.ir/news/123', '.', 'و', 'a.b@x.com', 'و', '#هشتگ_ها', 'و', '@user', 'و', 'CoRoT-7b', 'و', 'don\'t', '😀', '👍🏽']);
});

test('listed abbreviations keep their periods', () => {
  assert.deepEqual(tokens('سال ۳۰۰ ق.م و ۱۹۱۷ م. بود'), ['سال', '۳۰۰', 'ق.م', 'و', '۱۹۱۷', 'م.', 'بود']);
});

test('sentences: final marks, closing quotes, line breaks, headings', () => {
  assert.deepEqual(sentences('او گفت: «بیا.» بعد رفت! چرا؟'), [['او', 'گفت', ':', '«', 'بیا', '.', '»'], ['بعد', 'رفت', '!'], ['چرا', '؟']]);
  assert.deepEqual(sentences('تیتر خبر\nمتن اول. متن دوم'), [['تیتر', 'خبر'], ['متن', 'اول', '.'], ['متن', 'دوم']]);
  assert.deepEqual(sentences('واقعاً!؟ بله.'), [['واقعاً', '!', '؟'], ['بله', '.']]);
  assert.deepEqual(sentences('جلسه برگزار شد.معاون اول گفت.'), [['جلسه', 'برگزار', 'شد', '.'], ['معاون', 'اول', 'گفت', '.']]);
});

test('sentences: not fooled by decimals, dates, URLs, abbreviations, initials, ellipsis', () => {
  assert.equal(sentences('نرخ ۴٫۸ و 4.8 درصد در ۱۴۰۵/۰۸/۲۴ بود.').length, 1);
  assert.equal(sentences('به www.example.com/a.b سر بزنید.').length, 1);
  assert.equal(sentences('در ۱۹۱۷ م. جنگ بود و ق.م گذشت.').length, 1);
  assert.equal(sentences('ج. ک. رولینگ آمد.').length, 1);
  assert.equal(sentences('کیهان و رسالت و… دیده می‌شد.').length, 1);
  assert.equal(sentences('J. K. Rowling wrote it. Then she left.').length, 2);
});

test('multi-word tokens: clitics split with lexicon evidence', () => {
  const split = (w: string): string[] => { const c = cliticSplit(w); return c ? [w.slice(0, c), w.slice(c)] : [w]; };
  assert.deepEqual(split('کتابش'), ['کتاب', 'ش']);
  assert.deepEqual(split('ماتمش'), ['ماتم', 'ش']);
  assert.deepEqual(split('خانواده‌اش'), ['خانواده‌', 'اش']);
  assert.deepEqual(split('کتاب‌هایمان'), ['کتاب‌های', 'مان']);
  assert.deepEqual(split('مرا'), ['م', 'را']);
  for (const w of ['پرورش', 'کاهش', 'ارزش', 'آرامش', 'مردم', 'دولت', 'کردم', 'رفت', 'کنم', 'کرده‌ام', 'می‌روم', 'گفتند', 'است']) assert.deepEqual(split(w), [w], w);
});

test('CoNLL-U: FORM is the input, Norm= in MISC, ranges for multi-word tokens, punctuation glued to one', () => {
  const input = 'كتابش را خواند.\nپشیمانم.';
  const out = toConllu(analyzeText(input, UD_OPTIONS));
  assert.match(out, /^# sent_id = s1\n# text = كتابش را خواند\.\n1-2\tكتابش\t_\t_\t_\t_\t_\t_\t_\tNorm=کتابش\n1\tكتاب\t/);
  assert.match(out, /\n4\tخواند\t.*SpaceAfter=No\n5\t\.\t/);
  assert.match(out, /\n1-3\tپشیمانم\.\t/);
});

test('bad input: empty, whitespace, control characters, pure English, pure Arabic', () => {
  assert.equal(analyzeText('').tokenCount, 0);
  assert.equal(toConllu(analyzeText(' \n\t ')), '');
  assert.deepEqual(tokens('سل\u0000ام\u0007 دنیا'), ['سل\u0000ام\u0007', 'دنیا']);
  assert.deepEqual(tokens('Hello, world.'), ['Hello', ',', 'world', '.']);
  assert.equal(sentences('قال الرئيس إن الاجتماع كان مثمرا. وأضاف أنه سيعود.').length, 2);
});

test('frequent news words the lexicon lacks are not cut into host + clitic (برجام is not برجا + م)', () => {
  const doc = analyzeText('برجام و سایت وزارت و کتابش');
  const words = Array.from(doc.words(), (w) => w.text);
  assert.ok(words.includes('برجام') && words.includes('سایت'), words.join(' '));
  assert.ok(words.includes('کتاب') && words.includes('ش'), words.join(' '));
});
