// Lists the light-verb constructions of unseen agency text (Fars News, VOA Dari) with counts: the nominal
// (one or two words) before a light verb (کرد، نمود، داشت، داد، گرفت، شد، زد، ساخت، رساند…), every tense
// and person, and whether the events lexicon (src/events/data/triggers.tsv) already has a row starting
// with that nominal. A linguist reads the list and codes the constructions that are PLOVER events.
// The articles of the Fars events gold (test/gold/events-fars/picked.txt, dev and test) are left out,
// so that no rule is read off a gold article.
// Run: node train/events-lvc.ts [--min 5] [--top 600] > /tmp/lvc.tsv
import { existsSync, readFileSync } from 'node:fs';
import { readVerb } from '../src/events/verbs.ts';
import { triggerRules } from '../src/events/lexicon.ts';
import { wordKey } from '../src/events/keys.ts';

const shared = new URL('../../shared/corpora/', import.meta.url);
const picked = new URL('../test/gold/events-fars/picked.txt', import.meta.url);
const LIGHT = ['کردن', 'داشتن', 'دادن', 'گرفتن', 'شدن', 'زدن', 'ساختن', 'رساندن', 'آوردن', 'کشیدن', 'بستن', 'رسیدن', 'آمدن', 'خواستن', 'گفتن', 'بردن'];
const STOP = new Set(['و', 'که', 'را', 'با', 'به', 'از', 'در', 'برای', 'این', 'آن', 'نیز', 'هم', 'تا', 'یا', 'خود', 'وی', 'او', 'است', 'بود'].map(wordKey));

function option(name: string, dflt: number): number {
  const i = process.argv.indexOf(name);
  return i < 0 ? dflt : Number(process.argv[i + 1]);
}

function texts(): string[] {
  const skip = new Set<number>();
  if (existsSync(picked)) for (const line of readFileSync(picked, 'utf8').split('\n')) {
    const f = line.split('\t');
    if (/^\d+$/.test(f[1] ?? '')) skip.add(Number(f[1]));
  }
  const out: string[] = [];
  readFileSync(new URL('fars-news-1500/fars-news.utf8.jsonl', shared), 'utf8').split('\n').forEach((l, i) => {
    if (!l.trim() || skip.has(i)) return;
    const r = JSON.parse(l);
    out.push([r.title, r.lead, r.body].filter(Boolean).join('\n'));
  });
  for (const l of readFileSync(new URL('voa-dari-2011/voa_dari_2011.utf8.jsonl', shared), 'utf8').split('\n')) {
    if (!l.trim()) continue;
    const r = JSON.parse(l);
    out.push([r.title, r.lead, r.body].filter(Boolean).join('\n'));
  }
  return out;
}

function main(): void {
  const min = option('--min', 5), top = option('--top', 600);
  const heads = new Set(triggerRules.map((r) => r.parts[0].kind === 'word' ? r.parts[0].key : ''));
  const counts = new Map<string, { n: number; example: string }>();
  for (const text of texts()) {
    for (const sentence of text.split(/[.!?؟\n]+/)) {
      const words = sentence.split(/[\s«»"():،,؛]+/u).filter(Boolean);
      const keys = words.map(wordKey);
      for (let i = 1; i < keys.length; i++) {
        let v = null;
        for (const inf of LIGHT) { v = readVerb(keys, i, inf); if (v) break; }
        if (!v || STOP.has(keys[i - 1]) || /\d/.test(keys[i - 1])) continue;
        const verb = v.infinitive;
        const add = (nominal: string) => {
          const key = `${nominal}\t<${verb}>`;
          const c = counts.get(key) ?? { n: 0, example: words.slice(Math.max(0, i - 6), v!.end + 1).join(' ') };
          c.n++;
          counts.set(key, c);
        };
        add(keys[i - 1]);
        if (i > 1 && !STOP.has(keys[i - 2])) add(`${keys[i - 2]} ${keys[i - 1]}`);
      }
    }
  }
  const rows = [...counts].filter(([, c]) => c.n >= min).sort((a, b) => b[1].n - a[1].n).slice(0, top);
  console.log('# count\tnominal\tverb\tin lexicon\texample');
  for (const [key, c] of rows) {
    const nominal = key.split('\t')[0];
    console.log(`${c.n}\t${key}\t${heads.has(nominal.split(' ')[0]) ? 'yes' : '-'}\t${c.example}`);
  }
}

if (import.meta.main) main();
