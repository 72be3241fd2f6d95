// Finds the constructions that most often stand in sentences of unseen agency text which name two actors
// (two NER mentions with a country or organization ref, or persons) and yet code no event: the likeliest
// trigger gaps. Counts the nominal + light verb (as train/events-lvc.ts) and the simple verb of each such
// sentence, with an example. The Fars events gold articles (both sets) are left out. A linguist reads the
// list and codes the constructions that are PLOVER events.
// Run: node train/events-uncoded.ts [--articles 800] [--min 3] > /tmp/uncoded.tsv
import { existsSync, readFileSync } from 'node:fs';
import { analyzeSource } from '../src/pipeline.ts';
import { readVerb } from '../src/events/verbs.ts';
import { triggerRules } from '../src/events/lexicon.ts';
import { wordKey } from '../src/events/keys.ts';

const shared = new URL('../../shared/corpora/', import.meta.url);
const PICKED = ['../test/gold/events-fars/picked.txt', '../test/gold/events-fars-train/picked.txt'].map((p) => new URL(p, import.meta.url));
const LIGHT = ['کردن', 'داشتن', 'دادن', 'گرفتن', 'شدن', 'زدن', 'رساندن', 'آوردن', 'کشیدن', 'بستن', 'رسیدن', 'آمدن', 'بردن'];
const ACTOR_TYPES = new Set(['PER', 'ORG', 'LOC', 'NAT']);

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

function main(): void {
  const max = option('--articles', 800), min = option('--min', 3);
  const skip = goldDocs();
  const heads = new Set(triggerRules.map((r) => r.parts[0].kind === 'word' ? r.parts[0].key : ''));
  const counts = new Map<string, { n: number; example: string }>();
  const lines = readFileSync(new URL('fars-news-1500/fars-news.utf8.jsonl', shared), 'utf8').split('\n');
  let done = 0;
  for (let i = 0; i < lines.length && done < max; i++) {
    if (!lines[i].trim() || skip.has(i)) continue;
    const r = JSON.parse(lines[i]) as { lead?: string; body?: string; date?: string };
    const body = [r.lead, r.body].filter(Boolean).join('\n\n');
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
    }
  }
  console.log(`# ${done} unseen Fars articles; sentences naming two actors with no event: nominal + light verb`);
  console.log('# count\tnominal\tverb\tnominal heads a lexicon row\texample');
  for (const [key, c] of [...counts].filter(([, c]) => c.n >= min).sort((a, b) => b[1].n - a[1].n)) console.log(`${c.n}\t${key}\t${c.example}`);
}

if (import.meta.main) main();
