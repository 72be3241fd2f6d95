// Reads CoNLL-U files of the shared UD corpora for training and evaluation (never used at run time).
import { readFileSync } from 'node:fs';
import { normalize } from '../src/text/index.ts';

export interface Word { form: string; lemma: string; upos: string; xpos: string; feats: string; head: number; deprel: string }
export interface Sentence { words: Word[]; lines: string[] }

export const SHARED = new URL('../../shared/corpora/', import.meta.url);
export const PERDT_DEV = new URL('ud-persian-perdt/fa_perdt-ud-dev.conllu', SHARED);
export const PERDT_TEST = new URL('ud-persian-perdt/fa_perdt-ud-test.conllu', SHARED);
export const SERAJI_DEV = new URL('ud-persian-seraji/fa_seraji-ud-dev.conllu', SHARED);
export const SERAJI_TEST = new URL('ud-persian-seraji/fa_seraji-ud-test.conllu', SHARED);

/** Sentences of a CoNLL-U file: syntactic words only (range and empty-node lines skipped). */
export function readConllu(url: URL): Sentence[] {
  const out: Sentence[] = [];
  let words: Word[] = [], lines: string[] = [];
  for (const line of readFileSync(url, 'utf8').split('\n')) {
    if (line.trim() === '') {
      if (words.length) out.push({ words, lines });
      words = []; lines = [];
      continue;
    }
    lines.push(line);
    if (line.startsWith('#')) continue;
    const c = line.split('\t');
    if (c.length < 10 || !/^\d+$/.test(c[0])) continue;
    words.push({ form: c[1], lemma: c[2], upos: c[3], xpos: c[4], feats: c[5], head: Number(c[6]), deprel: c[7] });
  }
  if (words.length) out.push({ words, lines });
  return out;
}

/** The sentences with every form normalized as the text core normalizes input (آنها -> آن‌ها, همهٔ -> همه,
 * 20 -> ۲۰): the tagger and lemmatizer meet normalized words at run time, so they learn and are measured on them. */
export function normalizedForms(sents: Sentence[]): Sentence[] {
  return sents.map((s) => ({ ...s, words: s.words.map((w) => ({ ...w, form: normalize(w.form).text || w.form })) }));
}
