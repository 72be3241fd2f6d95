// The analyst's loop from the command line: ingest wire copy into a store, then search it the way people
// type Persian queries (a space where the ZWNJ goes, spelling variants, AND/NOT from other search engines).
import { test, before, after } from 'node:test';
import assert from 'node:assert/strict';
import { existsSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { rasad } from './run.ts';

const ARTICLES = [
  { title: 'دور تازه مذاکرات هسته‌ای در وین', date: '2021-12-07', body: 'به گزارش خبرگزاری فارس، علی باقری رئیس هیئت مذاکره‌کننده ایران گفت: مذاکرات هسته‌ای در وین ادامه دارد. او فردا به تهران بازمی‌گردد و سپس به مسکو سفر می‌کند.' },
  { title: 'بارش برف در تهران', date: '2021-12-08', body: 'به گزارش خبرگزاری مهر، رئیس سازمان هواشناسی گفت: از فردا برف در تهران می‌بارد و دمای هوا کاهش می‌یابد.' },
];

let dir = '';
let db = '';

async function total(query: string): Promise<number> {
  const r = await rasad(['search', '--db', db, '--json', query], dir);
  assert.equal(r.status, 0, `${query}: ${r.stderr}`);
  return (JSON.parse(r.stdout) as { total: number }).total;
}

before(async () => {
  dir = mkdtempSync(join(tmpdir(), 'rasad-search-flow-'));
  db = join(dir, 'store.db');
  writeFileSync(join(dir, 'news.jsonl'), ARTICLES.map((a) => JSON.stringify(a)).join('\n') + '\n');
  const r = await rasad(['ingest', 'news.jsonl', '--db', db, '--quiet'], dir);
  assert.equal(r.status, 0, r.stderr);
});

after(() => rmSync(dir, { recursive: true, force: true }));

test('ingested articles are counted and searchable by word, phrase and exclusion', async () => {
  const stats = await rasad(['stats', '--db', db, '--json'], dir);
  assert.equal((JSON.parse(stats.stdout) as { articles: number }).articles, 2);
  assert.equal(await total('هسته‌ای'), 1);
  assert.equal(await total('تهران'), 2);
  assert.equal(await total('تهران -برف'), 1);
  assert.equal(await total('"مذاکرات هسته‌ای"'), 1);
});

test('a space typed where the ZWNJ goes finds the same articles («هسته ای»)', async () => {
  assert.equal(await total('هسته ای'), await total('هسته‌ای'));
});

test('AND and NOT typed from other search engines are not searched as words', async () => {
  assert.equal(await total('تهران AND مسکو'), await total('تهران مسکو'));
  assert.equal(await total('تهران NOT برف'), await total('تهران -برف'));
});

test('the spelling رییس finds رئیس', async () => {
  assert.equal(await total('رییس'), await total('رئیس'));
});

test('searching a store that does not exist is an error, and creates nothing', async () => {
  const missing = join(dir, 'typo.db');
  const r = await rasad(['search', '--db', missing, 'تهران'], dir);
  assert.notEqual(r.status, 0);
  assert.match(r.stderr, /typo\.db/);
  assert.equal(existsSync(missing), false);
});
