// Names written in Latin script inside Persian text («Joe Biden با Vladimir Putin دیدار کرد»، «Microsoft
// اعلام کرد»; QA S3 Q13). The tagger learned from Persian tweets and rarely marks them. Latin words in Persian
// news are also acronyms (ICT، ATM، HIV), glosses of common words («پشت پرده (Proxy War)»), products, drugs and
// titles of works, so only these runs of capitalized words are taken, typed in this order:
//  - an English country name (the runtime's CLDR names, mapped to our Persian gazetteer entry) → LOC;
//  - a gloss in parentheses takes the type of the name right before it, and is no name after anything else;
//  - a word of data/rules/latin-cues.txt inside the run: an organization word («Inc»، «News») → ORG, a place
//    word («City»، «Island») → LOC; the Persian word before it: a title («وزیر»، «آقای») → PER, an organization
//    head («شرکت»، «کمپانی») → ORG, a place head («شهر»، «ایالت») → LOC, a work or product head («فیلم»،
//    «نرم‌افزار»، «دوای») → no name;
//  - otherwise two to four capitalized words → PER (a given name + surname is the commonest such run in news);
//    one word → ORG only before a verb of speech or action, or joined by «و» to such a name («Microsoft
//    اعلام کرد»; companies, brands and media), else no name: alone it is as often a product or a term.
// Acronyms and words in capitals (unless an organization word is among them), words with inner capitals
// («MiniPC»), runs of five or more words, runs that open with «The» or go on with a number
// («Archos 10») are no name. Used on raw text only (`recognizeEntities`), not on the `--conll` path, whose
// conventions are ParsTwiNER's.
import { readFileSync } from 'node:fs';
import type { WordSpan, SpanType } from './recognize.ts';
import type { GazEntry } from './gazetteer.ts';
import { loadResources } from './tagger.ts';
import { ruleWords } from './rules.ts';

const CAPITALIZED = /^[A-Z][A-Za-z'’.&-]*$/;
/** Lower-case words that may stand inside a name between capitalized ones («Bank of America»، «Ibn al Sharif»). */
const CONNECTORS = new Set(['of', 'de', 'du', 'la', 'le', 'van', 'von', 'der', 'den', 'al', 'el', 'bin', 'ibn', 'and', '&', 'the', 'for']);
const MAX_WORDS = 4;

interface Cues { org: Set<string>; loc: Set<string>; orgHeads: Set<string>; locHeads: Set<string>; workHeads: Set<string> }
let cues: Cues | null = null;
function loadCues(): Cues {
  if (cues) return cues;
  const out: Cues = { org: new Set(), loc: new Set(), orgHeads: new Set(), locHeads: new Set(), workHeads: new Set() };
  const text = readFileSync(new URL('./data/rules/latin-cues.txt', import.meta.url), 'utf8');
  for (const line of text.split('\n')) {
    const [kind, ...words] = line.replace(/#.*/, '').trim().split(/\s+/);
    const set = kind === 'org' ? out.org : kind === 'loc' ? out.loc : kind === 'org-head' ? out.orgHeads : kind === 'loc-head' ? out.locHeads : kind === 'work-head' ? out.workHeads : null;
    for (const w of words) set?.add(kind === 'org' || kind === 'loc' ? w.toLowerCase() : w);
  }
  return (cues = out);
}

let countries: Map<string, GazEntry> | null = null;
/** English country name (lower case) → our gazetteer's country entry, through the runtime's CLDR names. */
function countryByEnglishName(name: string): GazEntry | undefined {
  if (!countries) {
    countries = new Map();
    const en = new Intl.DisplayNames(['en'], { type: 'region', fallback: 'none' });
    const fa = new Intl.DisplayNames(['fa'], { type: 'region', fallback: 'none' });
    const { gazetteer } = loadResources();
    for (let a = 65; a <= 90; a++) {
      for (let b = 65; b <= 90; b++) {
        const code = String.fromCharCode(a, b);
        let english: string | undefined, persian: string | undefined;
        try { english = en.of(code); persian = fa.of(code); } catch { continue; }
        if (!english || !persian || english === code) continue;
        const entry = gazetteer.lookup(persian).find((e) => e.kind === 'country');
        if (entry) countries.set(english.toLowerCase(), entry);
      }
    }
  }
  return countries.get(name.toLowerCase());
}

/** The type of a run of capitalized words, or undefined when it is no name. */
function typeOf(words: readonly string[], before: string, after: string): { type: SpanType; entry?: GazEntry } | undefined {
  const country = countryByEnglishName(words.join(' '));
  if (country) return { type: 'LOC', entry: country };
  const c = loadCues();
  const lower = words.map((w) => w.toLowerCase().replace(/[.’']+$/, ''));
  if (lower.some((w) => c.org.has(w)) || c.orgHeads.has(before)) return { type: 'ORG' };
  if (lower.some((w) => c.loc.has(w)) || c.locHeads.has(before) || ruleWords().adminHeads.has(before)) return { type: 'LOC' };
  if (c.workHeads.has(before)) return undefined;
  if (loadResources().gazetteer.lookup(before).some((e) => e.type === 'TITLE' || e.type === 'HON')) return { type: 'PER' };
  if (words.length >= 2) return { type: 'PER' };
  return ruleWords().actingVerbs.has(after) ? { type: 'ORG' } : undefined;
}

interface Run { start: number; end: number; typed?: { type: SpanType; entry?: GazEntry }; single: boolean }

/** Spans of Latin-script names in one sentence's tokens, leaving out words `taken` (already in a span);
 * `typeEndingAt(k)` is the type of the taken span that ends right before token k, if any (for glosses). */
export function latinNames(tokens: readonly string[], taken: Uint8Array, typeEndingAt: (k: number) => SpanType | undefined): WordSpan[] {
  const runs: Run[] = [];
  const n = tokens.length;
  for (let i = 0; i < n; i++) {
    if (taken[i] || !CAPITALIZED.test(tokens[i])) continue;
    let end = i + 1;
    for (;;) {
      if (end < n && !taken[end] && CAPITALIZED.test(tokens[end])) { end++; continue; }
      // a connector between two capitalized words («Bank of America»)
      if (end + 1 < n && CONNECTORS.has(tokens[end]) && !taken[end + 1] && CAPITALIZED.test(tokens[end + 1])) { end += 2; continue; }
      break;
    }
    const start = i;
    i = end - 1;
    const words = tokens.slice(start, end);
    const before = tokens[start - 1] ?? '', after = tokens[end] ?? '';
    // English text, a title of a work, a model number, or acronyms alone
    if (end - start > MAX_WORDS || words[0] === 'The' || /^[a-z]/.test(before) || /^[a-z\d۰-۹]/.test(after)) continue;
    // acronyms (ICT، ATM) and words in capitals (a heading, «ACTIVITY BASE COSTING») are terms more often than
    // names, and inner capitals are product names («MiniPC», «iPhone»); an organization word still makes a name
    const capitals = words.some((w) => /^[A-Z]{2,}/.test(w)), product = words.some((w) => /^.[a-z]+[A-Z]/.test(w));
    if (product || (capitals && typeOf(words, before, after)?.type !== 'ORG') || words.join('').replace(/[^A-Za-z]/g, '').length < 3) continue;
    if (before === '(' && after === ')') {
      // a gloss spells out the name before it («مارسل دادی (Marcel Daadi)»); after a common word it is a term
      const glossed = typeEndingAt(start - 1);
      if (glossed) runs.push({ start, end, typed: { type: glossed }, single: false });
      continue;
    }
    runs.push({ start, end, typed: typeOf(words, before, after), single: end - start === 1 });
  }
  // «Microsoft و Google اعلام کردند»: a lone word joined by «و»/«،» to a Latin organization is one too
  const joins = (a: Run, b: Run): boolean => a.end + 1 === b.start && (tokens[a.end] === 'و' || tokens[a.end] === '،');
  for (let changed = true; changed;) {
    changed = false;
    runs.forEach((r, k) => {
      if (r.typed || !r.single) return;
      const org = (x: Run | undefined): boolean => x?.typed?.type === 'ORG';
      if ((org(runs[k - 1]) && joins(runs[k - 1], r)) || (org(runs[k + 1]) && joins(r, runs[k + 1]))) { r.typed = { type: 'ORG' }; changed = true; }
    });
  }
  return runs.filter((r) => r.typed).map((r) => ({ start: r.start, end: r.end, type: r.typed!.type, priority: 1, source: 'rule', entry: r.typed!.entry }));
}
