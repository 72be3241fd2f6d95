// Finds the constructions that most often stand in sentences of unseen agency text which name two actors
// (two NER mentions with a country or organization ref, or persons) and yet code no event: the likeliest
// trigger gaps. Counts the nominal + light verb (as train/events-lvc.ts) and the simple verb of each such
// sentence, and the simple verbs (the tagger's lemmas) of the same sentences, with an example. A linguist reads the list and codes the constructions that are PLOVER events.
// Corpora (--corpus, comma-separated; default fars): fars = Fars News records that no gold set holds: only every 4th
// record (the shipped sample corpus), which the held-out fresh set and the Fars gold pools leave out by design, minus
// the records of the Fars gold sets; voa = VOA Dari 2011; semnan = semnan records that test/gold/events did not read.
// Run: node train/events-uncoded.ts [--corpus fars,voa,semnan] [--articles 800] [--min 3] > /tmp/uncoded.tsv
import { existsSync, readFileSync } from 'node:fs';
import { analyzeSource } from '../src/pipeline.ts';
import { readVerb } from '../src/events/verbs.ts';
import { triggerRules, verbs } from '../src/events/lexicon.ts';
import { UPOS } from '../src/doc.ts';
import { wordKey } from '../src/events/keys.ts';

const shared = new URL('../../shared/corpora/', import.meta.url);
const PICKED = ['../test/gold/events-fars/picked.txt', '../test/gold/events-fars-train/picked.txt'].map((p) => new URL(p, import.meta.url));
const SEMNAN_READ = new URL('../test/gold/events/read.txt', import.meta.url);
const LIGHT = ['کردن', 'داشتن', 'دادن', 'گرفتن', 'شدن', 'زدن', 'رساندن', 'آوردن', 'کشیدن', 'بستن', 'رسیدن', 'آمدن', 'بردن'];
const ACTOR_TYPES = new Set(['PER', 'ORG', 'LOC', 'NAT']);
const VERB = UPOS.indexOf('VERB');
const LIGHT_STEMS = new Set(verbs.filter((v) => LIGHT.includes(v.canonical)).map((v) => wordKey(v.past)));
/** past stems of the verbs that start or end a trigger row */
const verbRows = new Set(verbs.filter((v) => triggerRules.some((r) => r.parts.some((p) => p.kind === 'verb' && p.infinitive === v.canonical))).map((v) => wordKey(v.past)));

function option(name: string, dflt: number): number {
  const i = process.argv.indexOf(name);
  return i < 0 ? dflt : Number(process.argv[i + 1]);
}

function goldDocs(): Set<number> {
  const skip = new Set<number>();
  for (const url of PICKED) {
    if (!existsSync(url)) continue;
    for (const line of readFileSync(url, 'utf8').split('\n')) {
      const f = line.split('\t');
      if (/^\d+$/.test(f[1] ?? '')) skip.add(Number(f[1]));
    }
  }
  return skip;
}

/** The unlabeled texts of one corpus (see the header), in corpus order. */
function* texts(corpus: string): Generator<string> {
  const jsonl = (path: string) => readFileSync(new URL(path, shared), 'utf8').split('\n');
  if (corpus === 'fars') {
    const skip = goldDocs();
    const lines = jsonl('fars-news-1500/fars-news.utf8.jsonl');
    for (let i = 0; i < lines.length; i += 4) {
      if (!lines[i].trim() || skip.has(i)) continue;
      const r = JSON.parse(lines[i]) as { lead?: string; body?: string };
      yield [r.lead, r.body].filter(Boolean).join('\n\n');
    }
  } else if (corpus === 'voa') {
    for (const line of jsonl('voa-dari-2011/voa_dari_2011.utf8.jsonl')) {
      if (!line.trim()) continue;
      const r = JSON.parse(line) as { lead?: string | null; body?: string };
      yield [r.lead, r.body].filter(Boolean).join('\n\n');
    }
  } else if (corpus === 'semnan') {
    const read = new Set<number>();
    for (const m of readFileSync(SEMNAN_READ, 'utf8').matchAll(/^\w+:\s*(.*)$/gm)) for (const d of m[1].split(/\s+/).filter(Boolean)) read.add(Number(d));
    for (const line of jsonl('semnan-persian-news/news_data.utf8.jsonl')) {
      if (!line.trim()) continue;
      const r = JSON.parse(line) as { id: number; text: string };
      if (!read.has(r.id)) yield r.text;
    }
  } else throw new Error(`--corpus: unknown corpus "${corpus}" (fars, voa, semnan)`);
}

function main(): void {
  const max = option('--articles', 800), min = option('--min', 3);
  const i = process.argv.indexOf('--corpus');
  const corpora = (i < 0 ? 'fars' : process.argv[i + 1]).split(',');
  const heads = new Set(triggerRules.map((r) => r.parts[0].kind === 'word' ? r.parts[0].key : ''));
  const counts = new Map<string, { n: number; example: string }>();
  let done = 0;
  for (const body of corpora.flatMap((c) => [...texts(c)])) {
    if (done >= max) break;
    if (!body.trim()) continue;
    done++;
    const { article, doc } = analyzeSource({ headline: null, lead: null, agency: null, service: null, sources: [], published: null, body });
    for (let s = 0; s < doc.sentenceCount; s++) {
      const first = doc.tokenWord[doc.sentenceStart[s]], end = doc.tokenWord[doc.sentenceEnd[s]];
      if (end - first < 4) continue;
      const from = doc.wordStart[first], to = doc.wordEnd[end - 1];
      const actors = article.entities.filter((e) => ACTOR_TYPES.has(e.type) && e.start >= from && e.end <= to && (e.type === 'PER' || e.ref));
      if (new Set(actors.map((e) => e.ref ?? e.text)).size < 2) continue;
      if (article.events.some((e) => e.start < to && e.end > from)) continue;
      const words = doc.wordForm.slice(first, end);
      const keys = words.map(wordKey);
      const text = doc.text.slice(from, to).replace(/\s+/g, ' ');
      for (let k = 1; k < keys.length; k++) {
        let v = null;
        for (const inf of LIGHT) { v = readVerb(keys, k, inf); if (v) break; }
        if (!v || /\d/.test(keys[k - 1])) continue;
        const key = `${keys[k - 1]}\t<${v.infinitive}>\t${heads.has(keys[k - 1]) ? 'head' : '-'}`;
        const c = counts.get(key) ?? { n: 0, example: text.slice(0, 240) };
        c.n++;
        counts.set(key, c);
      }
      // simple verbs (the tagger's VERB lemmas that are no light verb): «ربود»، «کشت»، «فروخت»
      for (let w = first; w < end; w++) {
        const lemma = doc.lemma[w];
        if (doc.upos[w] !== VERB || !lemma || LIGHT_STEMS.has(wordKey(lemma.split('#')[0])) || (w > first && doc.upos[w - 1] !== VERB && readVerb(keys, w - first - 1) === null && LIGHT.some((inf) => readVerb(keys, w - first, inf)))) continue;
        const key = `-\t<${lemma}>\t${verbRows.has(wordKey(lemma.split('#')[0])) ? 'head' : '-'}`;
        const c = counts.get(key) ?? { n: 0, example: text.slice(0, 240) };
        c.n++;
        counts.set(key, c);
      }
    }
  }
  console.log(`# ${done} unseen articles (${corpora.join(', ')}); sentences naming two actors with no event: nominal + light verb, and simple verbs (nominal -)`);
  console.log('# count\tnominal\tverb\tnominal heads a lexicon row\texample');
  for (const [key, c] of [...counts].filter(([, c]) => c.n >= min).sort((a, b) => b[1].n - a[1].n)) console.log(`${c.n}\t${key}\t${c.example}`);
}

if (import.meta.main) main();
