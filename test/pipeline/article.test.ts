// The Article JSON contract (DESIGN.md), checked on real wire copy: every offset lies inside `text` and
// points at the text it claims, sentences are ordered, refs are `kind:value`, ids are stable and the
// object survives JSON. Articles come from the shared corpora (a fixed spread of records) and from the
// bundled samples in every input format.
import { describe, test } from 'node:test';
import assert from 'node:assert/strict';
import { existsSync, readFileSync, readdirSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { join } from 'node:path';
import { readDocuments, isReadError } from '../../src/news/index.ts';
import { analyze } from '../../src/pipeline.ts';
import type { Article, ArticleSource, Span } from '../../src/article.ts';

const shared = fileURLToPath(new URL('../../../shared/corpora/', import.meta.url));
const samples = fileURLToPath(new URL('../../samples/', import.meta.url));

const ENTITY_TYPES = new Set(['PER', 'ORG', 'LOC', 'FAC', 'EVE', 'PRO', 'NAT', 'DAT', 'TIM', 'MON', 'PCT']);
const REF = /^[a-z][a-z-]*:\S+$/;
const ISO_DATE = /^\d{4}-\d{2}-\d{2}(T\d{2}:\d{2}(:\d{2}(\.\d+)?)?(Z|[+-]\d{2}:?\d{2})?)?$/;
// Dates may be a year, month, day, date-time, or an interval of those.
const ISO_POINT = String.raw`\d{4}(-\d{2}(-\d{2}(T\d{2}:\d{2}(:\d{2})?(Z|[+-]\d{2}:?\d{2})?)?)?)?`;
const ISO_DATE_VALUE = new RegExp(`^${ISO_POINT}(/${ISO_POINT})?$`);

/** Records number `every`·k of a JSONL corpus (a fixed spread, not the first few). */
function spread(path: string, every: number, max: number): ArticleSource[] {
  const picked: ArticleSource[] = [];
  const docs = readDocuments(readFileSync(path), { name: path });
  for (let i = 0; i < docs.length && picked.length < max; i += every) {
    const d = docs[i];
    assert.ok(!isReadError(d), `${path} record ${i}: ${isReadError(d) ? d.error : ''}`);
    picked.push(d);
  }
  return picked;
}

function sampleSources(): ArticleSource[] {
  const out: ArticleSource[] = [];
  for (const sub of ['wire', 'html', 'feeds']) {
    const dir = join(samples, sub);
    if (!existsSync(dir)) continue;
    for (const f of readdirSync(dir).sort()) {
      for (const d of readDocuments(readFileSync(join(dir, f)), { name: `samples/${sub}/${f}` })) if (!isReadError(d)) out.push(d);
    }
  }
  return out;
}

function assertSpan(a: Article, s: Span, what: string): void {
  assert.ok(Number.isInteger(s.start) && Number.isInteger(s.end), `${what}: offsets are not integers ${JSON.stringify(s)}`);
  assert.ok(s.start >= 0 && s.start <= s.end && s.end <= a.text.length, `${what}: [${s.start}, ${s.end}) outside text of length ${a.text.length}`);
}

function assertRef(ref: string | undefined, what: string): void {
  if (ref !== undefined) assert.match(ref, REF, `${what}: ref "${ref}" is not kind:value`);
}

/** Every invariant of Article JSON v1 that a consumer relies on. */
function assertContract(a: Article, origin: string): void {
  assert.equal(typeof a.id, 'string');
  assert.ok(a.id.length > 0, `${origin}: empty id`);
  assert.equal(typeof a.text, 'string');
  if (a.published !== null) assert.match(a.published, ISO_DATE, `${origin}: published "${a.published}" is not ISO 8601`);
  for (const field of ['headline', 'lead', 'agency', 'service'] as const) {
    const v = a[field];
    assert.ok(v === null || (typeof v === 'string' && v.trim().length > 0), `${origin}: ${field} is neither null nor text: ${JSON.stringify(v)}`);
  }
  assert.ok(Array.isArray(a.sources) && a.sources.every((s) => typeof s === 'string' && s.trim()), `${origin}: sources ${JSON.stringify(a.sources)}`);

  let previousEnd = 0;
  for (const s of a.sentences) {
    assertSpan(a, s, `${origin} sentence`);
    assert.ok(s.start < s.end, `${origin}: empty sentence ${JSON.stringify(s)}`);
    assert.ok(s.start >= previousEnd, `${origin}: sentence ${JSON.stringify(s)} overlaps or precedes the one ending at ${previousEnd}`);
    previousEnd = s.end;
  }
  if (a.text.trim()) assert.ok(a.sentences.length > 0, `${origin}: text without sentences`);

  for (const e of a.entities) {
    const what = `${origin} entity ${JSON.stringify(e)}`;
    assertSpan(a, e, what);
    assert.ok(ENTITY_TYPES.has(e.type), `${what}: unknown type`);
    assert.equal(a.text.slice(e.start, e.end), e.text, `${what}: text.slice(start, end) differs`);
    assertRef(e.ref, what);
  }
  for (const d of a.dates) {
    const what = `${origin} date ${JSON.stringify(d)}`;
    assertSpan(a, d, what);
    assert.equal(a.text.slice(d.start, d.end), d.text, `${what}: text.slice(start, end) differs`);
    // "" is time/'s documented value for an impossible date, or for one that needs a reference date
    // (امروز, «۱۴ آذر» without a year) when the article has none.
    if (d.value !== '') assert.match(d.value, ISO_DATE_VALUE, `${what}: value is not an ISO date or interval`);
    if (d.valid === false) assert.equal(d.value, '', `${what}: an invalid date with a value`);
  }
  for (const q of a.quotes) {
    const what = `${origin} quote ${JSON.stringify(q).slice(0, 300)}`;
    assertSpan(a, q, what);
    assert.ok(q.text.trim().length > 0, `${what}: empty quote`);
    assert.ok(a.text.slice(q.start, q.end).includes(q.text), `${what}: quote text is not inside its span`);
    assert.equal(typeof q.direct, 'boolean');
    if (q.speaker) {
      assert.ok(q.speaker.text.trim().length > 0, `${what}: speaker without text`);
      assertRef(q.speaker.ref, what);
    }
  }
  for (const ev of a.events) {
    const what = `${origin} event ${JSON.stringify(ev).slice(0, 300)}`;
    assertSpan(a, ev, what);
    assert.ok(ev.type.length > 0, `${what}: no type`);
    assert.equal(typeof ev.negated, 'boolean');
    for (const p of [ev.actor, ev.target]) if (p) assertRef(p.ref, what);
  }
}

function checkArticles(label: string, load: () => ArticleSource[]): void {
  describe(label, () => {
    const sources = load();
    test('there are articles to check', () => assert.ok(sources.length > 0));
    for (const [i, src] of sources.entries()) {
      const origin = src.origin ?? `${label} #${i}`;
      test(origin, () => {
        const article = analyze(src);
        assertContract(article, origin);
        const again = analyze(src);
        assert.equal(again.id, article.id, `${origin}: id changed between two runs`);
        assert.deepEqual(again, article, `${origin}: two runs gave different articles`);
        assert.deepEqual(JSON.parse(JSON.stringify(article)), article, `${origin}: JSON round trip changes the article`);
      });
    }
  });
}

const semnan = join(shared, 'semnan-persian-news/news_data.utf8.jsonl');
const fars = join(shared, 'fars-news-1500/fars-news.utf8.jsonl');
const skip = existsSync(semnan) && existsSync(fars) ? undefined : 'shared corpora not found beside the repository';

if (skip) test('Article contract on the shared corpora', { skip }, () => {});
else {
  checkArticles('semnan-persian-news (every 20th record)', () => spread(semnan, 20, 12));
  checkArticles('fars-news-1500 (every 100th record)', () => spread(fars, 100, 12));
}
checkArticles('bundled samples (wire, HTML, feeds)', sampleSources);

test('the id depends on the content, not on the run or the reader', () => {
  const bytes = readFileSync(join(samples, 'wire/mehr-wire.txt'));
  const [a, b] = [readDocuments(bytes, { name: 'one' })[0], readDocuments(bytes, { name: 'two' })[0]];
  assert.ok(!isReadError(a) && !isReadError(b));
  assert.equal(analyze(a).id, analyze(b).id);
  assert.notEqual(analyze({ ...a, body: `${a.body} ` + 'جمله‌ای دیگر.' }).id, analyze(a).id);
});
