// PRO: a weapon or product model after its head word, written in Persian with its number (QA S3 Q12: no PRO
// in 400 unseen Fars articles, though arms sales name models this way).
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { analyzeText } from '../text/index.ts';
import { recognizeEntities } from './index.ts';

const products = (text: string) => recognizeEntities(analyzeText(text)).filter((m) => m.type === 'PRO').map((m) => m.text);

test('a hyphenated Persian model name after a product head is PRO: «شاهد-۱۳۶»، «سوخو-۳۵»، «اس-۴۰۰»', () => {
  assert.deepEqual(products('ایران پهپادهای شاهد-۱۳۶ را به روسیه فروخت.'), ['شاهد-۱۳۶']);
  assert.deepEqual(products('روسیه جنگنده‌های سوخو-۳۵ به ایران تحویل داد.'), ['سوخو-۳۵']);
  assert.deepEqual(products('ترکیه سامانه اس-۴۰۰ روسیه را خرید.'), ['اس-۴۰۰']);
});

test('a known word with a number after a product head is a count or size, not a model', () => {
  assert.deepEqual(products('هواپیمای مسافربری ۲۰۰ نفره در فرودگاه نشست.'), []);
  assert.deepEqual(products('موشک‌های زیادی شلیک شد.'), []);
});
