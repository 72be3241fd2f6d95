// QA (session 3): `rasad analyze` as an analyst uses it on wire text that carries no date. `--published` gives the
// reference for «روز دوشنبه», «دیروز» (a document's own date wins); the summary shows the events, as the README says.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { mkdtempSync, writeFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { rasad } from '../cli/run.ts';

const dir = mkdtempSync(join(tmpdir(), 'rasad-qa-cli-'));
test.after(() => rmSync(dir, { recursive: true, force: true }));
writeFileSync(join(dir, 'wire.txt'), 'به گزارش خبرگزاری مهر، وزیر امور خارجه روسیه سرگئی لاوروف روز دوشنبه با همتای ایرانی خود دیدار کرد.\n');

test('--published (Jalali or Gregorian) resolves relative dates; the summary lists the events', async () => {
  const r = await rasad(['analyze', 'wire.txt', '--published', '۱۴۰۰/۰۹/۱۴'], dir);
  assert.equal(r.status, 0, r.stderr);
  assert.match(r.stdout, /روز دوشنبه \(2021-11-29\)/);
  assert.match(r.stdout, /رویدادها \(1\):\n\s+CONSULT: /);
  const json = await rasad(['analyze', 'wire.txt', '--json', '--published', '2021-12-05'], dir);
  assert.equal(JSON.parse(json.stdout).published, '2021-12-05');
});

test('--published that is not one day is one clear error line', async () => {
  for (const bad of ['1400', '2021-02-30', 'دیروز']) {
    const r = await rasad(['analyze', 'wire.txt', '--published', bad], dir);
    assert.equal(r.status, 1, bad);
    assert.equal(r.stdout, '');
    assert.match(r.stderr.trim(), new RegExp(`^rasad: --published: ${bad} is not a day`), r.stderr);
  }
});
