// Feature strings for the NER tagger, one list per word of a sentence. Static features only (they do
// not depend on predicted tags), so they are computed once per sentence; tag transitions are scored
// separately by the model.
import type { Gazetteer, GazMatch } from './gazetteer.ts';

const PERSIAN = /[\u0600-\u06ff\ufb50-\ufdff\ufe70-\ufeff]/;

export function wordShape(w: string): string {
  let s = '';
  let last = '';
  for (const ch of w) {
    let c: string;
    if (ch === '\u200c') c = 'z';
    else if (/\p{N}/u.test(ch)) c = 'd';
    else if (PERSIAN.test(ch)) c = 'f';
    else if (/\p{Lu}/u.test(ch)) c = 'A';
    else if (/\p{L}/u.test(ch)) c = 'a';
    else c = 'p';
    if (c !== last) { s += c; last = c; }
  }
  return s;
}

/** Per-word gazetteer tags such as "B-country", "I-org", computed from leftmost-longest matches. */
export function gazetteerTags(matches: GazMatch[], n: number): string[][] {
  const tags: string[][] = Array.from({ length: n }, () => []);
  for (const m of matches) {
    const kinds = new Set<string>();
    for (const e of m.entries) { kinds.add(e.kind); kinds.add(e.type); if (e.ambiguous) kinds.add('amb'); }
    for (let i = m.start; i < m.end; i++) {
      const bio = i === m.start ? 'B' : 'I';
      for (const k of kinds) tags[i].push(`${bio}-${k}`);
      if (i === m.end - 1) tags[i].push('E');
    }
  }
  return tags;
}

function lex(lexicon: Map<string, string>, w: string): string {
  return lexicon.get(w) ?? 'OOV';
}

/** Lower-cased form used for word identity features (Latin names vary in case). */
export function featureForm(w: string): string {
  return /[A-Z]/.test(w) ? w.toLowerCase() : w;
}

export interface FeatureResources {
  gazetteer: Gazetteer;
  /** word -> "freqBucket|POS list" (hazm) */
  lexicon: Map<string, string>;
  /** entity names seen in training data (kind = entity type): a separate trie so it does not hide the
   * curated gazetteer's longer matches */
  names?: Gazetteer;
  /** word -> [coarse, fine] distributional cluster ids */
  clusters?: Map<string, string[]>;
}

export function sentenceFeatures(rawWords: readonly string[], res: FeatureResources): string[][] {
  const { gazetteer, lexicon, names, clusters } = res;
  const n = rawWords.length;
  const words = rawWords.map(featureForm);
  const gaz = gazetteerTags(gazetteer.match(words), n);
  const seen = names ? gazetteerTags(names.match(words), n) : null;
  const lx = words.map((w) => lex(lexicon, w));
  const cl = clusters ? words.map((w) => clusters.get(w)) : null;
  const out: string[][] = [];
  const at = (i: number): string => (i < 0 ? '<s>' : i >= n ? '</s>' : words[i]);
  for (let i = 0; i < n; i++) {
    const w = words[i];
    const f: string[] = ['b', `w=${w}`, `sh=${wordShape(w)}`, `len=${Math.min(w.length, 8)}`, `lx=${lx[i]}`];
    const len = w.length;
    if (len > 2) f.push(`p2=${w.slice(0, 2)}`, `s2=${w.slice(-2)}`);
    if (len > 3) f.push(`p3=${w.slice(0, 3)}`, `s3=${w.slice(-3)}`);
    if (len > 4) f.push(`s4=${w.slice(-4)}`);
    if (len > 1) f.push(`s1=${w.slice(-1)}`);
    const pw = at(i - 1), nw = at(i + 1);
    f.push(`w-1=${pw}`, `w+1=${nw}`, `w-2=${at(i - 2)}`, `w+2=${at(i + 2)}`, `w-1w=${pw}|${w}`, `ww+1=${w}|${nw}`);
    f.push(`lx-1=${i > 0 ? lx[i - 1] : '<s>'}`, `lx+1=${i + 1 < n ? lx[i + 1] : '</s>'}`);
    if (i + 1 < n && nw.length > 2) f.push(`s2+1=${nw.slice(-2)}`);
    for (const g of gaz[i]) f.push(`g=${g}`);
    if (i > 0) for (const g of gaz[i - 1]) f.push(`g-1=${g}`);
    if (i + 1 < n) for (const g of gaz[i + 1]) f.push(`g+1=${g}`);
    if (i > 1) for (const g of gaz[i - 2]) if (g.startsWith('B') || g === 'E') f.push(`g-2=${g}`);
    if (cl) {
      const c = cl[i], p = i > 0 ? cl[i - 1] : undefined, q = i + 1 < n ? cl[i + 1] : undefined;
      if (c) f.push(`c1=${c[0]}`, `c2=${c[1]}`); else f.push('c=none');
      if (p) f.push(`c1-1=${p[0]}`, `c2-1=${p[1]}`);
      if (q) f.push(`c1+1=${q[0]}`, `c2+1=${q[1]}`);
    }
    if (seen) {
      for (const g of seen[i]) f.push(`n=${g}`);
      if (i > 0) for (const g of seen[i - 1]) f.push(`n-1=${g}`);
      if (i + 1 < n) for (const g of seen[i + 1]) f.push(`n+1=${g}`);
    }
    out.push(f);
  }
  return out;
}
