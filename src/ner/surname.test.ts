// A surname alone resolves to a listed person only when the word is not also a listed person's given name.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { analyzeText } from '../text/index.ts';
import { recognizeEntities } from './index.ts';

const refOf = (text: string, name: string) =>
  recognizeEntities(analyzeText(text)).find((m) => m.type === 'PER' && m.text.includes(name))?.ref;

test('«حسین» alone is a given name, not Saddam Hussein (QA S3 Q1, unseen Fars religious news)', () => {
  const ref = refOf('وی گفت: مجالس عزاداری امام حسین(ع) باید همدلی بیاورد.', 'حسین');
  assert.notEqual(ref, 'person:صدام-حسین');
  // the full name still resolves, and so does a surname that is nobody's given name
  assert.equal(refOf('صدام حسین در سال ۱۳۵۹ به ایران حمله کرد.', 'صدام'), 'person:صدام-حسین');
  assert.equal(refOf('روحانی گفت که مذاکرات ادامه دارد.', 'روحانی'), 'person:حسن-روحانی');
});

test('a one-word country that is the surname of a person named in full in the article is that person (QA S3 Q2)', () => {
  const ms = recognizeEntities(analyzeText('دیوید کامرون نخست وزیر انگلیس به لندن بازگشت. کامرون خواستار تشکیل جلسه فوری پارلمان انگلیس شد.'));
  const later = ms.filter((m) => m.text === 'کامرون');
  assert.equal(later.length, 1);
  assert.equal(later[0].type, 'PER');
  assert.equal(later[0].ref, 'person:دیوید-کامرون');
  // without the full name the country stays a country
  const alone = recognizeEntities(analyzeText('کامرون در جام جهانی بازی کرد.'));
  assert.equal(alone.find((m) => m.text === 'کامرون')?.ref, 'country:CMR');
});

test('a word + a one-holder epithet is no name: «میلاد پیامبر اعظم» is the Prophet\'s birthday (QA S3 Q4)', () => {
  const ms = recognizeEntities(analyzeText('حجت‌الاسلام جعفری در خطبه‌های نماز جمعه با تبریک میلاد پیامبر اعظم (ص) سخن گفت.'));
  assert.ok(!ms.some((m) => m.text.includes('میلاد')), JSON.stringify(ms));
  assert.equal(ms.find((m) => m.text === 'پیامبر اعظم')?.ref, 'person:حضرت-محمد');
  // «میلاد» as a given name before a surname is still a person
  assert.equal(recognizeEntities(analyzeText('میلاد حسینی گفت که تیم آماده است.'))[0]?.text, 'میلاد حسینی');
});
