// The analyze and dedupe commands end to end: bad documents are reported on stderr with their origin,
// the good ones still come out, and the exit code is non-zero only when nothing could be read.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { spawnSync } from 'node:child_process';
import { mkdtempSync, writeFileSync, copyFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';

const BIN = fileURLToPath(new URL('../../bin/rasad.js', import.meta.url));
const SAMPLES = fileURLToPath(new URL('../../samples/', import.meta.url));
const rasad = (args: string[], input?: string) => spawnSync(process.execPath, [BIN, ...args], { encoding: 'utf8', input, timeout: 60_000 });

test('analyze --json prints one Article per line and reports bad documents on stderr', () => {
  const dir = mkdtempSync(join(tmpdir(), 'rasad-cli-'));
  copyFileSync(join(SAMPLES, 'wire/mehr-wire.txt'), join(dir, 'a.txt'));
  copyFileSync(join(SAMPLES, 'html/no-article-homepage.html'), join(dir, 'b.html'));
  writeFileSync(join(dir, 'c.txt'), '');
  const r = rasad(['analyze', dir, '--json', '--no-events']);
  assert.equal(r.status, 0);
  const lines = r.stdout.trim().split('\n').map((l) => JSON.parse(l));
  assert.equal(lines.length, 1);
  assert.equal(lines[0].agency, 'خبرگزاری مهر');
  assert.ok(lines[0].quotes.length >= 3);
  assert.match(r.stderr, /b\.html: HTML page has no article text/);
  assert.match(r.stderr, /c\.txt: no text to analyze \(empty or whitespace only\)/);
});

test('analyze without --json prints a Persian summary; nothing readable is an error', () => {
  const ok = rasad(['analyze', '-', '--no-events'], 'تهران- ایرنا- سخنگوی دولت گفت: لایحه بودجه هفته آینده تقدیم می‌شود.');
  assert.equal(ok.status, 0);
  assert.match(ok.stdout, /خبرگزاری: ایرنا/);
  assert.match(ok.stdout, /سخنگوی دولت \(گفت\)/);
  const bad = rasad(['analyze', '-'], '\x00\x01\x02PNG\x00\x00\x00');
  assert.notEqual(bad.status, 0);
  assert.match(bad.stderr, /nothing could be read/);
  // an empty input is no bad document: one line naming it, exit 0, as tokenize/tag/ner (QA S3 Q11)
  const empty = rasad(['analyze', '-'], '');
  assert.equal(empty.status, 0);
  assert.equal(empty.stderr, 'rasad: stdin: no text to analyze (empty or whitespace only)\n');
});

test('dates with no reference date print a note, not empty parentheses (F6)', () => {
  const r = rasad(['analyze', '-', '--no-events'], 'وزیر نفت روز شنبه به تهران رفت و امروز بازگشت.');
  assert.equal(r.status, 0);
  assert.match(r.stdout, /روز شنبه \(بدون تاریخ مرجع\)/);
  assert.doesNotMatch(r.stdout, /\(\)/);
});

test('dedupe groups the same story told twice', () => {
  const dir = mkdtempSync(join(tmpdir(), 'rasad-dedupe-'));
  const story = 'ارتش یمن یک فروند پهپاد جاسوسی آمریکایی از نوع اسکن ایگل را در حال انجام اقدامات خصمانه در آسمان استان مأرب سرنگون کرد. سخنگوی نیروهای مسلح یمن گفت این پهپاد در منطقه الجوبه هدف قرار گرفت.';
  writeFileSync(join(dir, 'a.txt'), `ارتش یمن پهپاد آمریکایی را سرنگون کرد\nبه گزارش ایرنا، ${story}`);
  writeFileSync(join(dir, 'b.txt'), `سرنگونی پهپاد آمریکایی در مأرب\nبه گزارش خبرگزاری تسنیم، ${story}`);
  writeFileSync(join(dir, 'c.txt'), 'تیم استقلال برنده شد\nبه گزارش ایسنا، تیم فوتبال استقلال در دیدار هفته هشتم لیگ برتر با نتیجه دو بر یک مقابل سپاهان به پیروزی رسید.');
  const r = rasad(['dedupe', dir, '--json']);
  assert.equal(r.status, 0);
  const clusters = r.stdout.trim().split('\n').map((l) => JSON.parse(l));
  assert.equal(clusters.length, 1);
  assert.deepEqual(clusters[0].articles.map((a: { agency: string }) => a.agency).sort(), ['ایرنا', 'خبرگزاری تسنیم']);
});
