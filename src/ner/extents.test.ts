// Name extents where a gazetteer name, a head word or a team phrase meets the tagger's span (real sentences).
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { recognizeSentence } from './recognize.ts';
import { recognizeEntities } from './index.ts';
import { analyzeText } from '../text/index.ts';

const names = (sentence: string): string[] => {
  const words = sentence.split(' ');
  return recognizeSentence(words).spans.map((s) => `${words.slice(s.start, s.end).join(' ')}/${s.type}`);
};

test('a listed shorter name does not cut the longer name of coordinated fields (ParsTwiNER dev)', () => {
  const out = names('بازدید از موزه‌ها و اماکن فرهنگی تحت پوشش وزارت میراث فرهنگی ، گردشگری و صنایع‌دستی در روز 6 مهر ماه ، مصادف با روز جهانی گردشگری رایگان است .');
  assert.ok(out.includes('وزارت میراث فرهنگی ، گردشگری و صنایع‌دستی/ORG'), out.join(' | '));
  // a place after the listed name is a name of its own, not a field of it
  assert.ok(names('رئیس حزب عدالت و توسعه ترکیه گفت').includes('حزب عدالت و توسعه/ORG'));
});

test('a facility head before a listed organization leaves the organization alone (ParsTwiNER train)', () => {
  const out = names('جدیدترین پایگاه سپاه پاسداران امروز در منطقه راهبردی سیریک در شرق تنگه هرمز با هدف اشراف بیشتر بر تحرکات شناور‌های بیگانه افتتاح شد .');
  assert.ok(out.includes('سپاه پاسداران/ORG'), out.join(' | '));
  assert.ok(!out.some((x) => x.startsWith('پایگاه')), out.join(' | '));
});

test('«تیم ملی X» is country X\'s national team, one ORG (Fars 14000424000463, 13990524000078)', () => {
  const out = names('ستاره اسبق تیم ملی هلند که نمایش درخشانی در باشگاه‌های چلسی ، رئال مادرید و بایرن مونیخ به ثبت رساند از دنیای فوتبال خداحافظی کرد .');
  assert.ok(out.includes('تیم ملی هلند/ORG'), out.join(' | '));
  const words = 'تیم ملی آلمان خود برای دیدار با اسپانیا در لیگ ملت های اروپا آماده می کند .'.split(' ');
  assert.equal(recognizeSentence(words).spans.find((s) => s.type === 'ORG')?.country, 'DEU');
});

test('a club after «در» before «گفت» stays an organization, not a surname (Fars 13911115000748, QA S3 Q5)', () => {
  const out = names('رایولا درباره بازگشت ایبرا به سری A و حضور در یووه گفت');
  assert.ok(out.includes('یووه/ORG'), out.join(' | '));
  assert.ok(!out.includes('یووه/PER'), out.join(' | '));
});

test('a Latin name in parentheses after a name is the same person: one ref (semnan news 181, QA S3 Q13)', () => {
  const ms = recognizeEntities(analyzeText('"مارسل دادی" (Marcel Daadi)، محقق اصلی این مقاله می‌گوید: لوودوپا داروی فوق‌العاده‌ای است.'));
  const persons = ms.filter((m) => m.type === 'PER');
  assert.deepEqual(persons.map((m) => m.text), ['مارسل دادی', 'Marcel Daadi']);
  assert.deepEqual(new Set(persons.map((m) => m.ref)), new Set(['person:مارسل-دادی']));
});

test('a city coordinated with a listed club is a club named after it (Fars 13991014000689, QA S3 Q5)', () => {
  const ms = recognizeEntities(analyzeText('البته ناپولی تنها مشتری این بازیکن نیست چون لاتزیو و رم نیز خواهان جذب زاکانی هستند.'));
  const rome = ms.find((m) => m.text === 'رم');
  assert.equal(rome?.type, 'ORG');
  assert.ok(!rome?.ref?.startsWith('city:') && !rome?.country, JSON.stringify(rome));
  // a city beside a city stays a city
  assert.equal(recognizeEntities(analyzeText('او از تهران و رم دیدن کرد.')).find((m) => m.text === 'رم')?.type, 'LOC');
});
