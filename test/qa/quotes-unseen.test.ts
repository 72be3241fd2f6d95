// QA (session 3): quotes on unseen Fars and VOA Dari news. A subject followed by its object («X اربعین را … توصیف کرد و
// گفت:») is X alone, not the whole clause; an adverb opening the clause («فقط می‌گوید:») is nobody.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { analyze } from '../../src/index.ts';

const speakers = (body: string) => analyze({ body, published: '2019-09-20' }).quotes.map((q) => q.speaker?.text ?? null);

test('the object before «را» is no part of the speaker (Fars 13980629000370, 13911221001322)', () => {
  assert.deepEqual(speakers('امام جمعه موقت زیراب اربعین را قدرتی اثرگذار و مقدمه ظهور توصیف کرد و گفت: دشمنان از قدرت پیاده‌روی اربعین می‌ترسند.'),
    ['امام جمعه موقت زیراب']);
  assert.deepEqual(speakers('مدیرکل ورزش و جوانان کردستان رشته هندبال را مهم دانست و افزود: نقش تماشاگران مهم است.'),
    ['مدیرکل ورزش و جوانان کردستان']);
});

test('an adverb opening the clause is not the speaker (Fars 13910501000362)', () => {
  const got = speakers('سرباز می‌گوید: «وقت هواخوری است.» فقط می‌گوید: «یا الله، راه بیفتید.»');
  assert.equal(got.length, 2);
  assert.ok(!got.includes('فقط'), JSON.stringify(got));
});

test('«X گفت، …» (a comma for a colon, Dari and wire style) is indirect speech; «می‌توان گفت، …» is nobody’s (VOA Dari 2011, Fars)', () => {
  const q = analyze({ body: 'رئیس جمهور آلمان گفت، کشورش بعد از خروج عساکر بین المللی در سال ۲۰۱۴ به صفت دوست افغانستان باقی می‌ماند.' }).quotes;
  assert.equal(q.length, 1);
  assert.equal(q[0].speaker?.text, 'رئیس جمهور آلمان');
  assert.equal(q[0].direct, false);
  assert.ok(q[0].text.startsWith('کشورش بعد از خروج'));
  for (const body of ['حتی می‌توان گفت، جامعه ما اصلا مجرم را روی پله به حساب نمی‌آورد.', 'همانطور که وزیر گفت، ما باید تلاش کنیم تا مشکل حل شود.',
    'او بر تروریست بودن این جریان تأکید کرد، سازمان با مشکلات متعددی مواجه شد.', 'ظریف گفت، و رفت.']) {
    assert.equal(analyze({ body }).quotes.length, 0, body);
  }
});
