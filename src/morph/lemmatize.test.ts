import { test } from 'node:test';
import assert from 'node:assert/strict';
import { analyzeVerb, lemmatize } from './index.ts';

const Z = '\u200c';
const STEMS: [past: string, present: string][] = [
  ['کرد', 'کن'], ['گفت', 'گوی'], ['رفت', 'رو'], ['دید', 'بین'], ['خورد', 'خور'], ['نوشت', 'نویس'], ['آمد', 'آی'], ['خرید', 'خر'],
];
const PAST_END = ['م', 'ی', '', 'یم', 'ید', 'ند'];
const PRESENT_END = ['م', 'ی', 'د', 'یم', 'ید', 'ند'];
const PERFECT_END = ['ام', 'ای', 'است', 'ایم', 'اید', 'اند'];

/** Every simple and compound-tense verb word of a stem pair, with negation. */
function paradigm(past: string, present: string): string[] {
  const forms: string[] = [];
  // ب/ن before a stem in آ/ا is written with ی: بیایم, نیامدم
  const afterPrefix = (p: string, stem: string): string => (stem.startsWith('آ') ? p + 'ی' + 'ا' + stem.slice(1) : p + stem);
  for (const e of PAST_END) {
    forms.push(past + e, afterPrefix('ن', past) + e); // simple past
    forms.push(`می${Z}${past}${e}`, `نمی${Z}${past}${e}`); // past progressive
  }
  for (const e of PRESENT_END) {
    forms.push(`می${Z}${present}${e}`, `نمی${Z}${present}${e}`); // present
    forms.push(afterPrefix('ب', present) + e, afterPrefix('ن', present) + e); // subjunctive
  }
  forms.push(afterPrefix('ب', present) + 'ید'); // imperative plural
  for (const e of PERFECT_END) forms.push(`${past}ه${Z}${e}`, `${afterPrefix('ن', past)}ه${Z}${e}`); // present perfect
  forms.push(past + 'ه', afterPrefix('ن', past) + 'ه'); // participle (past perfect, passive, subjunctive perfect)
  forms.push(past + 'مش', `می${Z}${present}مش`); // object clitic
  return forms;
}

test('verb paradigm: every tense × person × negation gives the past stem', () => {
  for (const [past, present] of STEMS) {
    for (const form of paradigm(past, present)) assert.equal(lemmatize(form, 'VERB'), past, `${form} -> ${past}`);
  }
});

test('auxiliaries of compound tenses: future خواه, progressive دار, passive شد, past perfect بود', () => {
  for (const f of ['خواهم', 'خواهی', 'خواهد', 'خواهیم', 'خواهید', 'خواهند', 'نخواهد']) assert.equal(lemmatize(f, 'AUX'), 'خواست', f);
  for (const f of ['دارم', 'داری', 'دارد', 'داریم', 'دارید', 'دارند', 'داشتم', 'داشتند']) assert.equal(lemmatize(f, 'AUX'), 'داشت', f);
  for (const f of ['شد', 'شده', 'می‌شود', 'نمی‌شوند', 'شوند', 'بشود']) assert.equal(lemmatize(f, 'VERB'), 'شد', f);
  for (const f of ['بودم', 'بودند', 'باشد', 'باشند']) assert.equal(lemmatize(f, 'AUX'), 'بود', f);
  assert.equal(lemmatize('است', 'AUX'), 'است');
});

test('preverbs and verbs without a UPOS', () => {
  assert.equal(analyzeVerb('برمی‌گردند'), 'گشت');
  assert.equal(analyzeVerb('درآمده'), 'آمد');
  assert.equal(lemmatize('می‌گفتند'), 'گفت');
  assert.equal(lemmatize('نگفت'), 'گفت');
});

test('nominal lemmas: plurals, ezafe, clitics, comparatives', () => {
  const cases: [string, string, string][] = [
    ['کشورها', 'NOUN', 'کشور'], [`کتاب${Z}هایشان`, 'NOUN', 'کتاب'], ['دانشجویان', 'NOUN', 'دانشجو'],
    ['نمایندگان', 'NOUN', 'نماینده'], ['اختلافات', 'NOUN', 'اختلاف'], ['صدای', 'NOUN', 'صدا'],
    [`خانه${Z}ای`, 'NOUN', 'خانه'], ['مقالهٔ', 'NOUN', 'مقاله'], ['بزرگترین', 'ADJ', 'بزرگ'], [`آلوده${Z}تر`, 'ADJ', 'آلوده'],
    ['کتابش', 'NOUN', 'کتاب'], ['امامان', 'NOUN', 'امام'],
  ];
  for (const [form, upos, lemma] of cases) assert.equal(lemmatize(form, upos), lemma, form);
});

test('broken plurals', () => {
  for (const [plural, singular] of [['آداب', 'ادب'], ['اطراف', 'طرف'], ['حقایق', 'حقیقت'], ['مسائل', 'مسئله']]) {
    assert.equal(lemmatize(plural, 'NOUN'), singular, plural);
  }
});

test('words that only look affixed stay whole', () => {
  for (const w of ['بهار', 'کاهش', 'پرورش', 'سینا', 'باران', 'جهان', 'دختر', 'تنها', 'کارت', 'مردم', 'انسان']) {
    assert.equal(lemmatize(w, 'NOUN'), w, w);
  }
  assert.equal(lemmatize('سینا', 'PROPN'), 'سینا');
});

test('bad input: the form itself, never an exception', () => {
  for (const w of ['', 'Tehran', 'COVID-19', '۱۴۰۰', '12.5', '...', '«', '؟', 'x'.repeat(5000), 'بببببببب', '\u200c', 'ن', 'می']) {
    for (const upos of [undefined, 'NOUN', 'VERB', 'PUNCT', 'X', 'BOGUS']) {
      const l = lemmatize(w, upos);
      assert.equal(typeof l, 'string');
      if (w.length > 0 && w !== '\u200c') assert.ok(l.length > 0, `${JSON.stringify(w)} ${upos}`);
    }
  }
  assert.equal(lemmatize('Tehran', 'PROPN'), 'Tehran');
  assert.equal(lemmatize('۱۴۰۰', 'NUM'), '۱۴۰۰');
});
