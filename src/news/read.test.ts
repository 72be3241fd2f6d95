import { test } from 'node:test';
import assert from 'node:assert/strict';
import { mkdtempSync, writeFileSync, mkdirSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { readDocuments, readPaths, isReadError } from './index.ts';
import type { ReadResult } from './index.ts';

const enc = (s: string) => new TextEncoder().encode(s);
const SAMPLES = new URL('../../samples/', import.meta.url);

test('empty, blank and binary inputs are per-document errors that name the input', () => {
  // readDocuments also reads API text and stdin: its messages do not say "file" (F11)
  assert.deepEqual(readDocuments(new Uint8Array(0), { name: 'a.txt' }), [{ error: 'empty document', origin: 'a.txt' }]);
  assert.deepEqual(readDocuments(enc('  \n '), { name: 'b.txt' }), [{ error: 'no text (only white space)', origin: 'b.txt' }]);
  const bin = new Uint8Array(2000).map((_, i) => (i * 37) % 256);
  const r = readDocuments(bin, { name: 'c.bin' });
  assert.equal(r.length, 1);
  assert.ok(isReadError(r[0]));
  assert.equal(r[0].origin, 'c.bin');
});

test('HTML: metadata, lead and body from an agency page; a huge page and a page with no article are errors', async () => {
  const { readFileSync } = await import('node:fs');
  const [a] = readDocuments(readFileSync(new URL('html/mehr-foreign-ministry.html', SAMPLES)), { name: 'mehr.html' });
  assert.ok(!isReadError(a));
  assert.equal(a.headline, 'کنعانی: مذاکرات وین باید به رفع واقعی تحریم‌ها برسد');
  assert.equal(a.agency, 'خبرگزاری مهر');
  assert.equal(a.published, '2021-12-06T08:12:00Z');
  assert.equal(a.author, 'زهرا احمدی');
  assert.ok(a.lead?.startsWith('سخنگوی وزارت امور خارجه گفت'));
  assert.ok(a.body.startsWith('به گزارش خبرنگار مهر'));
  assert.ok(!a.body.includes('اخبار مرتبط') && !a.body.includes('برچسب‌ها'));
  const [none] = readDocuments(readFileSync(new URL('html/no-article-homepage.html', SAMPLES)), { name: 'home.html' });
  assert.ok(isReadError(none) && /no article/.test(none.error));
  const huge = enc(`<html><body><p>${'متن '.repeat(6_000_000)}</p></body></html>`);
  const [big] = readDocuments(huge, { name: 'big.html' });
  assert.ok(isReadError(big) && /too large/.test(big.error));
});

test('RSS: a broken item and a truncated last item are errors, the good items still come out', async () => {
  const { readFileSync } = await import('node:fs');
  const r = readDocuments(readFileSync(new URL('feeds/mehr-rss.xml', SAMPLES)), { name: 'mehr.xml' });
  const good = r.filter((x) => !isReadError(x));
  const bad = r.filter(isReadError);
  assert.equal(good.length, 3);
  assert.equal(bad.length, 2);
  assert.ok(bad.some((b) => /truncated/.test(b.error)));
  assert.ok(good.every((g) => !isReadError(g) && g.agency === 'خبرگزاری مهر'));
});

test('JSON Lines: a bad line is an error of its own; records map title/lead/body/date fields', () => {
  const text = [
    JSON.stringify({ title: 'تیتر', lead: 'خبرگزاری فارس: لید خبر.', body: 'به گزارش فارس به نقل از وزارت نیرو، متن خبر.', date: '2021-07-28' }),
    '{not json',
    JSON.stringify({ id: 7, text: 'تیتر دوم خبربه گزارش خبرنگار مهر، متن دوم.' }),
  ].join('\n');
  const r = readDocuments(enc(text), { name: 'x.jsonl' });
  assert.equal(r.length, 3);
  const [a, b, c] = r;
  assert.ok(!isReadError(a) && a.agency === 'خبرگزاری فارس' && a.lead === 'لید خبر.' && a.published === '2021-07-28');
  assert.deepEqual(!isReadError(a) && a.sources, ['وزارت نیرو']);
  assert.ok(isReadError(b) && b.origin === 'x.jsonl:2');
  assert.ok(!isReadError(c) && c.headline === 'تیتر دوم خبر' && c.agency === 'خبرگزاری مهر');
});

test('directories are read recursively in order, with mixed encodings; bad files do not stop the others', async () => {
  const dir = mkdtempSync(join(tmpdir(), 'rasad-news-'));
  mkdirSync(join(dir, 'sub'));
  writeFileSync(join(dir, 'a.txt'), 'تیتر خبر\nبه گزارش ایسنا، متن خبر اول است.\n');
  writeFileSync(join(dir, 'sub', 'b.txt'), Buffer.concat([Buffer.from([0xff, 0xfe]), Buffer.from('تیتر دوم\nبه گزارش ایرنا، متن دوم.\n', 'utf16le')]));
  writeFileSync(join(dir, 'sub', 'c.bin'), Buffer.from([0, 1, 2, 3, 0, 0, 5, 6, 7, 8, 0, 0]));
  writeFileSync(join(dir, 'sub', 'd.txt'), '');
  const out: ReadResult[] = [];
  for await (const r of readPaths([dir, join(dir, 'missing.txt')])) out.push(r);
  const good = out.filter((x) => !isReadError(x));
  assert.deepEqual(good.map((g) => !isReadError(g) && g.agency), ['ایسنا', 'ایرنا']);
  assert.equal(out.filter(isReadError).length, 3);
});

test('agency layouts: ISNA, IRNA, Tasnim, Fars and a page read by Readability', async () => {
  const { readFileSync } = await import('node:fs');
  const read = (f: string) => {
    const [r] = readDocuments(readFileSync(new URL(`html/${f}`, SAMPLES)), { name: f });
    assert.ok(!isReadError(r), f);
    return r;
  };
  const isna = read('isna-tehran-air.html');
  assert.equal(isna.agency, 'ایسنا');
  assert.equal(isna.published, '2021-12-06T18:20');
  assert.ok(!isna.body.includes('انتهای پیام'));
  const irna = read('irna-oil-exports.html');
  assert.equal(irna.agency, 'ایرنا');
  assert.ok(irna.body.startsWith('جواد اوجی'), 'the dateline «تهران- ایرنا-» is removed');
  assert.deepEqual(irna.sources, ['شانا', 'رویترز']);
  assert.ok(!irna.body.includes('۲۱۲۱/ ۱۸۷۲'));
  const tasnim = read('tasnim-football.html');
  assert.equal(tasnim.agency, 'خبرگزاری تسنیم');
  assert.ok(tasnim.lead?.startsWith('سرمربی تیم فوتبال پرسپولیس'));
  const fars = read('fars-water.html');
  assert.equal(fars.headline, 'هشدار درباره کاهش ذخایر سدهای تهران');
  assert.equal(fars.agency, 'خبرگزاری فارس');
  const generic = read('khabaronline-generic.html');
  assert.equal(generic.headline, 'افزایش قیمت بلیت هواپیما در آستانه سفرهای زمستانی');
  assert.equal(generic.agency, 'خبرآنلاین');
  assert.equal(generic.published, '2021-12-09');
  assert.ok(!generic.body.includes('پربازدیدها'));
});

test('readPaths knows it read a file and says so for an empty one (F11)', async () => {
  const dir = mkdtempSync(join(tmpdir(), 'rasad-read-'));
  writeFileSync(join(dir, 'a.txt'), '');
  writeFileSync(join(dir, 'b.txt'), ' \n ');
  const errors: string[] = [];
  for await (const r of readPaths([dir])) if (isReadError(r)) errors.push(r.error);
  assert.deepEqual(errors, ['empty file', 'no text in the file (only white space)']);
});

test('a JSON Lines record with an empty body says so, apart from one with no body at all (F14)', () => {
  const r = readDocuments(enc('{"title":"الف","body":""}\n{"title":"ب"}\n'), { name: 'y.jsonl' });
  assert.deepEqual(r.map((x) => (isReadError(x) ? x.error : 'ok')), ["record's body field is empty", 'record has no body/text field']);
});

test('RSS: a bare «&» in a title or link is repaired, not a reason to drop the item', () => {
  const xml = `<?xml version="1.0" encoding="UTF-8"?><rss version="2.0"><channel><title>خبرگزاری مهر</title>
<item><title>نفت & گاز: صادرات افزایش یافت</title><link>https://www.mehrnews.com/news/1?a=1&b=2</link>
<description>به گزارش خبرگزاری مهر، صادرات نفت و گاز در ماه گذشته افزایش یافت.</description></item>
</channel></rss>`;
  const r = readDocuments(enc(xml), { name: 'amp.xml' });
  assert.equal(r.length, 1);
  assert.ok(!isReadError(r[0]), JSON.stringify(r[0]));
  assert.match(r[0].headline ?? '', /نفت & گاز/);
});

test('JSON Lines: an English section slug becomes the Persian desk name; an unknown one is kept', () => {
  const rec = (category: string) => JSON.stringify({ title: 'تیتر', body: 'به گزارش خبرگزاری فارس، متن خبر درباره بودجه است.', category });
  const r = readDocuments(enc([rec('world'), rec('gilan')].join('\n')), { name: 'x.jsonl' });
  assert.equal(!isReadError(r[0]) && r[0].service, 'بین‌الملل');
  assert.equal(!isReadError(r[1]) && r[1].service, 'gilan');
});
