// QA (session 3): keyphrases on unseen Fars news (record 8808150390).
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { analyze } from '../../src/index.ts';

test('a number word does not start a keyphrase: no «ششمین جشنواره» cut out of «بیست و ششمین جشنواره»', () => {
  const a = analyze({ body: 'همزمان با برگزاری بیست و ششمین جشنواره بین‌المللی فیلم کوتاه تهران و حضور مهمانانی از کشورهای مختلف در تهران، دو سند همکاری بین ایران، افغانستان و قطر امضا می‌شود. جشنواره فیلم کوتاه تهران رویدادی بین‌المللی است.' });
  const keyphrases = a.keyphrases ?? [];
  assert.ok(keyphrases.length > 0);
  assert.ok(!keyphrases.some((k) => /^(?:ششمین|بیست)/.test(k)), JSON.stringify(a.keyphrases));
});
