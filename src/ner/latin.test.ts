// Latin-script names inside Persian text (QA S3 Q13): runs of capitalized words are names; acronyms, glosses of
// common words and headings in capitals are not.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { analyzeText } from '../text/index.ts';
import { recognizeEntities } from './index.ts';

const latin = (text: string) => recognizeEntities(analyzeText(text)).filter((m) => /[A-Za-z]/.test(m.text)).map((m) => `${m.type} ${m.text}`);

test('Latin names standing alone get a type: two words a person, one word an organization before a verb (QA S3 Q13)', () => {
  assert.deepEqual(latin('Joe Biden با Vladimir Putin دیدار کرد.'), ['PER Joe Biden', 'PER Vladimir Putin']);
  assert.deepEqual(latin('Microsoft و Google اعلام کردند.'), ['ORG Microsoft', 'ORG Google']);
  assert.deepEqual(latin('طبق اعلام مروجان شیعه انگلیسی و صاحبان شبکه فدک کارگردان این فیلم شخصی به اسم «Eli King» است و تهیه‌کنندگی آن را «حسین اشمیری» بر عهده دارد.'), ['PER Eli King']);
  assert.deepEqual(latin('در پژوهش‌های جدید به نظر می‌رسد یک سیاره مشابه به زمین کشف شده که ویژگی‌های بهتری نسبت به سایر سیاره‌های مشابه زمین دارد؛ محققان از طریق MIT Technology Review یک سیاره به نام KOI-456.'), ['ORG MIT Technology Review']);
});

test('an English country name is the country; a place word makes a place (VOA Dari 101747748)', () => {
  const ms = recognizeEntities(analyzeText('او با مقامات Iran و United States دیدار کرد.')).filter((m) => /[A-Za-z]/.test(m.text));
  assert.deepEqual(ms.map((m) => m.ref), ['country:IRN', 'country:USA']);
  assert.deepEqual(latin('سخنگوی ناتو میگوید، شورشیان با ماشیندار ها، تفنگ و راکت بر یکی از قرار گاه های نظامی مسمی به "Forward Operating Base Salerno" و کمپ چپمن در ولایت خوست حمله کرده بودند.'),
    ['LOC Forward Operating Base Salerno']);
});

test('acronyms and glosses of common words are no names (Fars 8707060255, 9003210372)', () => {
  assert.deepEqual(latin('ارائه خدمات بر خط بانکی در دفاتر ICT روستایی امکان پذیر می شود'), []);
  assert.deepEqual(latin('مطابق راهبرد ملی ارتش و سازمان اطلاعاتی نیروهای مسلح پاکستان، از گروه‌های جنگ طلب مذهبی که آنها بوجود آورده‌اند برای دستیابی به اهداف فوق در افغانستان و کشمیر و ادامه جنگ پشت پرده (Proxy War ) در این کشورها مورد استفاده قرار خواهند داد.'), []);
  // a gloss after a name spells out that name and shares its ref
  const ms = recognizeEntities(analyzeText('جو بایدن (Joe Biden) به تهران آمد.')).filter((m) => m.type === 'PER');
  assert.deepEqual(ms.map((m) => m.ref), ['person:جو-بایدن', 'person:جو-بایدن']);
});
