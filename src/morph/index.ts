// Lemmatizer: form (+ UPOS when known) -> lemma as UD Persian PerDT writes it.
// 1) a form -> lemma table learned from the UD training data (models/pos-lemmas.tsv),
// 2) verb analysis for verbs and auxiliaries, 3) lexicon-checked nominal rules. The form itself when unsure.
// The table also carries PerDT's XPOS/FEATS per form and tag (seenTags), used by the tagger.
import { readFileSync } from 'node:fs';
import { isWord } from './lexicon.ts';
import { nominalLemma } from './nominal.ts';
import { analyzeVerb, setVerbLemmaRank } from './verb.ts';

export { stem } from './stem.ts';
export { analyzeVerb } from './verb.ts';

interface LemmaTable {
  byFormTag: Map<string, string>;
  byForm: Map<string, string>;
  lemmaCount: Map<string, number>;
  /** form + tab + UPOS -> XPOS + tab + FEATS as PerDT writes them */
  tags: Map<string, string>;
}

let table: LemmaTable | undefined;
const TABLE_URL = new URL('../../models/pos-lemmas.tsv', import.meta.url);

/** Replaces the lemma table with the given text (same format as models/pos-lemmas.tsv); for
 * evaluations that train a model in memory. */
export function useLemmaTable(text: string): void {
  table = parseTable(text);
}

function lemmaTable(): LemmaTable {
  if (table) return table;
  let text = '';
  try { text = readFileSync(TABLE_URL, 'utf8'); } catch { /* no table yet: rules only */ }
  table = parseTable(text);
  return table;
}

function parseTable(text: string): LemmaTable {
  const byFormTag = new Map<string, string>(), byForm = new Map<string, string>(), lemmaCount = new Map<string, number>();
  const tags = new Map<string, string>();
  const formBest = new Map<string, number>(), verbCount = new Map<string, number>();
  for (const line of text.split('\n')) {
    const c = line.split('\t');
    if (c.length < 4) continue;
    const form = c[0], upos = c[1], lemma = c[2] === '=' ? form : c[2], count = Number(c[3]);
    if (c[4]) tags.set(form + '\t' + upos, c[4] + '\t' + (c[5] ?? ''));
    byFormTag.set(form + '\t' + upos, lemma);
    const key = form + '\t' + verbal(upos);
    if ((formBest.get(key) ?? 0) < count) { formBest.set(key, count); byForm.set(key, lemma); }
    lemmaCount.set(lemma, (lemmaCount.get(lemma) ?? 0) + count);
    if (verbal(upos) === 'V') verbCount.set(lemma, (verbCount.get(lemma) ?? 0) + count);
  }
  setVerbLemmaRank((lemma) => verbCount.get(lemma) ?? 0);
  return { byFormTag, byForm, lemmaCount, tags };
}

/** XPOS and FEATS seen with this form and UPOS in the PerDT training data. */
export function seenTags(form: string, upos: string): { xpos: string; feats: string } | undefined {
  const v = lemmaTable().tags.get(form + '\t' + upos);
  if (v === undefined) return undefined;
  const tab = v.indexOf('\t');
  return { xpos: v.slice(0, tab), feats: v.slice(tab + 1) };
}

function known(w: string): boolean {
  return isWord(w) || lemmaTable().lemmaCount.has(w);
}

const NOMINAL = new Set(['NOUN', 'ADJ', 'PROPN', 'ADV', 'NUM']);

/** Verbs and auxiliaries share lemmas; other tags share theirs. */
function verbal(upos: string | undefined): string {
  return upos === 'VERB' || upos === 'AUX' ? 'V' : 'N';
}

function lookup(t: LemmaTable, form: string, upos: string | undefined): string | undefined {
  return (upos && t.byFormTag.get(form + '\t' + upos)) || t.byForm.get(form + '\t' + verbal(upos)) ||
    (upos === undefined ? t.byForm.get(form + '\tV') : undefined);
}

/** The form without a trailing ZWNJ or hamza-above (مقالهٔ -> مقاله, ۀ -> ه). */
export function cleanForm(form: string): string {
  let w = form.replace(/\u0654/g, '').replace(/ۀ/g, 'ه');
  while (w.endsWith('\u200c')) w = w.slice(0, -1);
  while (w.startsWith('\u200c')) w = w.slice(1);
  return w;
}

export function lemmatize(form: string, upos?: string): string {
  const lemma = lemmaOf(form, upos);
  return lemma.endsWith('\u200c') ? cleanForm(lemma) || form : lemma;
}

function lemmaOf(form: string, upos?: string): string {
  if (typeof form !== 'string' || form.length === 0) return '';
  if (form.length > 64) return form;
  const t = lemmaTable();
  const seen = lookup(t, form, upos);
  if (seen) return seen;
  const w = cleanForm(form);
  if (w !== form) {
    const again = lookup(t, w, upos);
    if (again) return again;
  }
  if (w.length === 0) return form;
  if (upos === 'VERB' || upos === 'AUX') return analyzeVerb(w) ?? w;
  if (upos === undefined) {
    if (/^(ن?می|ن)/.test(w) && !known(w)) { const v = analyzeVerb(w); if (v) return v; }
    return /\p{L}/u.test(w) ? nominalLemma(w, known) : w;
  }
  if (NOMINAL.has(upos)) return nominalLemma(w, known);
  if (upos === 'PRON') return w.replace(/\u200c/g, ''); // آن‌ها -> آنها
  return w;
}
