// One actor, one ref, across stages: a quote speaker or an event argument written with the same words as
// a named entity of the article must carry that entity's canonical ref (a capital may stand for its
// country's government, DESIGN.md), or the store shows one person as two nodes.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { existsSync, readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { readDocuments, isReadError } from '../../src/news/index.ts';
import { analyze } from '../../src/pipeline.ts';
import type { Article, ArticleSource } from '../../src/article.ts';

const semnan = fileURLToPath(new URL('../../../shared/corpora/semnan-persian-news/news_data.utf8.jsonl', import.meta.url));

function wire(body: string): ArticleSource {
  return { headline: null, lead: null, agency: null, service: null, sources: [], published: '2021-12-07', body };
}

/** "speaker/actor/target text: ref given, refs NER gave" for every party that disagrees with the NER. */
function disagreements(a: Article): string[] {
  const nerRefs = new Map<string, Set<string>>();
  for (const e of a.entities) {
    if (!e.ref) continue;
    const refs = nerRefs.get(e.text) ?? new Set<string>();
    refs.add(e.ref);
    if (e.country) refs.add(e.country); // a capital or office acting for its country
    nerRefs.set(e.text, refs);
  }
  const out: string[] = [];
  const check = (role: string, party: { text: string; ref?: string } | null) => {
    if (!party?.ref) return;
    const refs = nerRefs.get(party.text);
    if (refs && !refs.has(party.ref)) out.push(`${role} «${party.text}»: ${party.ref}, NER: ${[...refs].join(' ')}`);
  };
  for (const q of a.quotes) check('speaker', q.speaker);
  for (const ev of a.events) { check(`${ev.type} actor`, ev.actor); check(`${ev.type} target`, ev.target); }
  return out;
}

test('a quote speaker keeps the ref of the named person', () => {
  const a = analyze(wire('ولادیمیر پوتین رئیس جمهور روسیه روز دوشنبه گفت: «ما آماده همکاری با ایران هستیم.»'));
  const speaker = a.quotes[0]?.speaker;
  assert.ok(speaker, 'the quote has a speaker');
  const person = a.entities.find((e) => e.type === 'PER' && e.text.includes('پوتین'));
  assert.ok(person?.ref);
  assert.equal(speaker.ref, person.ref);
  assert.deepEqual(disagreements(a), []);
});

test('event arguments use the NER refs (not a second table of names)', () => {
  const a = analyze(wire('پوتین از رئیسی برای سفر به مسکو دعوت کرد. ابراهیم رئیسی با پوتین در مسکو دیدار کرد.'));
  assert.ok(a.events.length > 0, 'there are events to check');
  assert.deepEqual(disagreements(a), []);
});

test('a surname alone gets the same ref as the full name of a well-known person', () => {
  for (const [full, bare] of [['ابراهیم رئیسی', 'رئیسی'], ['حسن روحانی', 'روحانی'], ['ولادیمیر پوتین', 'پوتین']]) {
    const ref = (text: string) => analyze(wire(`${text} امروز به مسکو رفت.`)).entities.find((e) => e.type === 'PER')?.ref;
    assert.ok(ref(full), `${full} is a person`);
    assert.equal(ref(bare), ref(full), `${bare} and ${full}`);
  }
});

test('speakers and event arguments agree with the NER on real wire copy (Semnan, every 3rd record)', { skip: existsSync(semnan) ? undefined : 'shared corpora not found' }, () => {
  const found: string[] = [];
  const docs = readDocuments(readFileSync(semnan), { name: 'semnan' });
  for (let i = 0; i < docs.length; i += 3) {
    const d = docs[i];
    if (isReadError(d)) continue;
    for (const x of disagreements(analyze(d))) found.push(`${d.origin}: ${x}`);
  }
  assert.deepEqual(found, []);
});
