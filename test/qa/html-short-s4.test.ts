// QA (session 4): a short news page (one real paragraph, under Readability's 200 characters) was refused as «no
// article text». Its paragraph is now the body; a page of links and titles, or of boilerplate only, is still refused.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { readDocuments } from '../../src/news/index.ts';
import type { ArticleSource } from '../../src/article.ts';

// VOA Dari 2011 (public domain), record 132194228: its headline and first sentence.
const TITLE = 'کمک تازۀ بانک انکشاف آسیایی به افغانستان';
const SENTENCE = 'اعضای این بورد، به توافق رسیدند که برای هفت برنامه ملی افغانستان وجوه فراهم نمایند.';
const NAV = '<nav><a href="/">خانه</a><a href="/afghanistan">افغانستان</a><a href="/world">جهان</a></nav>';
const FOOTER = '<footer><p>تمام حقوق این وب‌سایت برای صدای امریکا محفوظ است و نقل مطالب با ذکر منبع آزاد است.</p></footer>';

const read = (html: string) => readDocuments(new TextEncoder().encode(html), { name: 'short.html' })[0];

test('a one-paragraph news page gives its article (in <article>, and in a bare <body>)', () => {
  for (const html of [
    `<html><head><title>${TITLE}</title></head><body>${NAV}<article><h1>${TITLE}</h1><p>${SENTENCE}</p></article>${FOOTER}</body></html>`,
    `<html><head><title>${TITLE}</title></head><body>${NAV}<h1>${TITLE}</h1><p>${SENTENCE}</p>${FOOTER}</body></html>`,
  ]) {
    const r = read(html);
    assert.ok(r && !('error' in r), JSON.stringify(r));
    const a = r as ArticleSource;
    assert.equal(a.headline, TITLE);
    assert.equal(a.body, SENTENCE);
  }
});

test('a page of links and titles, or of boilerplate only, is still «no article text»', () => {
  const list = `<html><head><title>صفحه نخست</title></head><body>${NAV}<ul><li><a href="/1">${TITLE}</a></li><li><a href="/2">اخراج پناهجویان افغان از آسترالیا</a></li></ul>${FOOTER}</body></html>`;
  const boiler = `<html><body>${NAV}<header><p>${SENTENCE}</p></header>${FOOTER}</body></html>`;
  for (const html of [list, boiler]) {
    const r = read(html);
    assert.ok(r && 'error' in r && /no article text/.test(r.error), JSON.stringify(r));
  }
});
