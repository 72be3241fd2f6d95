import { test } from 'node:test';
import assert from 'node:assert/strict';
import { fingerprint, similarity, clusterDuplicates, shingleWords } from './dedupe.ts';
import { keyphrases, summarize } from './keyphrases.ts';
import { analyzeText } from '../text/index.ts';

const A = 'رئیس سازمان هواشناسی گفت: از فردا سامانه بارشی جدیدی وارد کشور می‌شود و در دوازده استان بارش برف و باران خواهیم داشت. رانندگان بدون زنجیر چرخ به جاده‌های کوهستانی نروند.';
const B = 'به گزارش ایسنا، رئیس سازمان هواشناسی اعلام کرد که از فردا سامانه بارشی جدیدی وارد کشور می‌شود و در دوازده استان بارش برف و باران خواهیم داشت. وی از رانندگان خواست بدون زنجیر چرخ به جاده‌های کوهستانی نروند.';
const C = 'تیم فوتبال استقلال در دیدار هفته هشتم لیگ برتر با نتیجه دو بر یک مقابل سپاهان به پیروزی رسید و به صدر جدول بازگشت.';

test('fingerprints are compact hex; the same text is identical, rewordings are close, other stories are far', () => {
  const fa = fingerprint(A);
  assert.match(fa, /^[0-9a-f]{256}$/);
  assert.equal(similarity(fa, fingerprint(A)), 1);
  assert.ok(similarity(fa, fingerprint(B)) > 0.3);
  assert.ok(similarity(fa, fingerprint(C)) < 0.1);
  assert.equal(fingerprint('و از به'), '');
  assert.equal(similarity('', fa), 0);
});

test('clusters join the reworded story and leave the other alone', () => {
  const clusters = clusterDuplicates([{ id: 'a', fingerprint: fingerprint(A) }, { id: 'b', fingerprint: fingerprint(B) }, { id: 'c', fingerprint: fingerprint(C) }]);
  assert.equal(clusters.length, 1);
  assert.deepEqual(clusters[0].ids.sort(), ['a', 'b']);
});

test('keyphrases rank content phrases; the summary keeps 2–3 sentences in text order', () => {
  const doc = analyzeText(`${A} ${C} سازمان هواشناسی برای بارش برف هشدار داد. بارش برف در استان‌های شمالی شدیدتر است.`);
  const k = keyphrases(doc);
  assert.ok(k.length > 0 && k.length <= 10);
  assert.ok(k.some((p) => p.includes('برف') || p.includes('هواشناسی')));
  assert.ok(k.every((p) => !/^(?:و|از|به|در)$/.test(p)));
  const s = summarize(doc);
  assert.ok(s.length >= 2 && s.length <= 3);
  assert.ok(s.every((x) => doc.text.includes(x)));
  assert.ok(doc.text.indexOf(s[0]) < doc.text.indexOf(s[1]));
});

test('the fingerprint reads only the lead it needs: the first N content words are those of the whole text', () => {
  // Arabic letters and diacritics (folded away) and Persian digits, at every offset a reading chunk may end on
  const para = 'رئيس سازمان هواشناسي گفت: از فردا سامانهٔ بارشی جدیدی وارد کشور می‌شود و در ۱۲ استان بارش برف خواهیم داشت. ';
  for (let shift = 0; shift < 12; shift++) {
    const text = 'ا'.repeat(shift) + ' ' + para.repeat(60);
    for (const limit of [1, 7, 120, 500]) assert.deepEqual(shingleWords(text, limit), shingleWords(text).slice(0, limit));
  }
  assert.equal(fingerprint(A + ' ' + C.repeat(30)), fingerprint(A + ' ' + C.repeat(31)));
});
