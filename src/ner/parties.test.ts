// Political parties from the organizations list: a name with «و» inside stays one ORG.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { analyzeText } from '../text/index.ts';
import { recognizeEntities } from './index.ts';

test('a party name with «و» inside is one ORG: «حزب عدالت و توسعه» (QA S3 Q6, the README\'s sample)', () => {
  const ms = recognizeEntities(analyzeText('اردوغان امروز در جمع اعضای حزب عدالت و توسعه گفت: ما مدل جدیدی را اجرا می‌کنیم.'));
  assert.equal(ms.find((m) => m.type === 'ORG')?.text, 'حزب عدالت و توسعه');
  assert.equal(ms.find((m) => m.type === 'ORG')?.ref, 'org:AKP');
});
