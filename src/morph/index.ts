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

/** What the training data showed for one form: lemma (and PerDT's XPOS/FEATS) per UPOS, and the
 * most frequent lemma among verbal (VERB, AUX) and among other tags. */
interface SeenForm {
  byTag: Map<string, { lemma: string; xpos?: string; feats?: string }>;
  verbal?: string; verbalCount: number;
  other?: string; otherCount: number;
}

interface LemmaTable {
  forms: Map<string, SeenForm>;
  lemmaCount: Map<string, number>;
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
  const forms = new Map<string, SeenForm>(), lemmaCount = new Map<string, number>(), verbCount = new Map<string, number>();
  for (const line of text.split('\n')) {
    const c = line.split('\t');
    if (c.length < 4) continue;
    const form = c[0], upos = c[1], lemma = c[2] === '=' ? form : c[2], count = Number(c[3]);
    let seen = forms.get(form);
    if (!seen) forms.set(form, (seen = { byTag: new Map(), verbalCount: 0, otherCount: 0 }));
    seen.byTag.set(upos, c[4] ? { lemma, xpos: c[4], feats: c[5] ?? '' } : { lemma });
    if (verbal(upos) === 'V') {
      if (seen.verbalCount < count) { seen.verbalCount = count; seen.verbal = lemma; }
      verbCount.set(lemma, (verbCount.get(lemma) ?? 0) + count);
    } else if (seen.otherCount < count) { seen.otherCount = count; seen.other = lemma; }
    lemmaCount.set(lemma, (lemmaCount.get(lemma) ?? 0) + count);
  }
  setVerbLemmaRank((lemma) => verbCount.get(lemma) ?? 0);
  return { forms, lemmaCount };
}

/** XPOS and FEATS seen with this form and UPOS in the PerDT training data. */
export function seenTags(form: string, upos: string): { xpos: string; feats: string } | undefined {
  const v = lemmaTable().forms.get(form)?.byTag.get(upos);
  return v?.xpos === undefined ? undefined : { xpos: v.xpos, feats: v.feats ?? '' };
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
  const seen = t.forms.get(form);
  if (!seen) return undefined;
  return (upos && seen.byTag.get(upos)?.lemma) || (verbal(upos) === 'V' ? seen.verbal : seen.other) ||
    (upos === undefined ? seen.verbal : undefined);
}

const NEEDS_CLEANING = /[\u0654ۀ]|^\u200c|\u200c$/;

/** The form without a trailing ZWNJ or hamza-above (مقالهٔ -> مقاله, ۀ -> ه). */
export function cleanForm(form: string): string {
  if (!NEEDS_CLEANING.test(form)) return form;
  let w = form.replace(/\u0654/g, '').replace(/ۀ/g, 'ه');
  while (w.endsWith('\u200c')) w = w.slice(0, -1);
  while (w.startsWith('\u200c')) w = w.slice(1);
  return w;
}

/** Loads every table the lemmatizer reads (otherwise each loads on first use). */
export function loadMorphology(): void {
  lemmaTable();
  isWord('');
  analyzeVerb('می‌رفتند');
  nominalLemma('کتاب‌ها');
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
