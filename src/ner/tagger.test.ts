import { test } from 'node:test';
import assert from 'node:assert/strict';
import { tagWords, loadModel, loadResources } from './tagger.ts';
import { sentenceFeatures, charClass, charClassSlow } from './features.ts';

// The tagger sums cached feature groups; the result must equal decoding the training-time feature
// strings, also on the second pass when every score comes from the caches.
test('cached tagging equals decoding the training feature strings', () => {
  const sentences = [
    'وزیر امور خارجه روسیه سرگئی لاوروف روز دوشنبه به تهران سفر کرد .',
    'به گزارش ایسنا ، دانشگاه علوم پزشکی سمنان و سازمان ملل متحد نشستی برگزار کردند',
    'Donald Trump در کاخ سفید با نخست‌وزیر رژیم صهیونیستی دیدار کرد',
    'تیم فوتبال استقلال تهران مقابل پرسپولیس به میدان رفت',
    'حسین امیرعبداللهیان ، وزیر امور خارجه کشورمان گفت',
    'خبر | ایران | تهران a|b سمنان',
  ].map((s) => s.split(' '));
  const m = loadModel(), res = loadResources();
  for (let pass = 0; pass < 2; pass++) {
    for (const words of sentences) {
      const expected = m.decode(sentenceFeatures(words, res).map((f) => m.rows(f))).map((y) => m.iob2[y]);
      assert.deepEqual(tagWords(words), expected, words.join(' '));
    }
  }
  assert.ok(tagWords(sentences[0]).some((t) => t !== 'O'), 'some entity is found');
});

// wordShape classifies characters without regexes on the common ranges: the same class as the regex
// classification for every code point.
test('fast character classes equal the regex classes for every code point', () => {
  let differ = 0;
  for (let cp = 0; cp <= 0x10ffff; cp++) {
    if (cp >= 0xd800 && cp <= 0xdfff) continue;
    const ch = String.fromCodePoint(cp);
    if (charClass(ch) !== charClassSlow(ch)) differ++;
  }
  assert.equal(differ, 0);
  assert.equal(charClass('۵'), 'd');
  assert.equal(charClass('ک'), 'f');
});
