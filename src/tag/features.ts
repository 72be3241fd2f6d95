// Feature templates of the POS tagger, shared by training (train/pos.ts) and tagging, so both
// see exactly the same strings. Word features depend on the word alone (cached per form);
// context features depend on neighbours and the previous tags.
import { readFileSync } from 'node:fs';
import { lexicon } from '../morph/lexicon.ts';
import { readTable } from '../morph/table.ts';

let clusterMap: Map<string, string[]> | undefined;

/** Distributional word clusters (models/pos-clusters.tsv: word, then one cluster id per clustering,
 * coarse to fine), loaded once. */
function clusters(): Map<string, string[]> {
  if (clusterMap) return clusterMap;
  clusterMap = new Map();
  let text = '';
  try { text = readFileSync(new URL('../../models/pos-clusters.tsv', import.meta.url), 'utf8'); } catch { /* no clusters */ }
  for (const line of text.split('\n')) {
    if (line.startsWith('#')) continue;
    const c = line.split('\t');
    if (c.length >= 3) clusterMap.set(c[0], c.slice(1));
  }
  return clusterMap;
}

let nameMap: Map<string, string> | undefined;

/** The entity type a word mostly belongs to in ParsTwiNER (data/names.tsv), '' when none. */
function nameType(w: string): string {
  nameMap ??= readTable(new URL('./data/names.tsv', import.meta.url));
  return nameMap.get(w) ?? '';
}

const NO_CLUSTER = ['?', '?'];

/** The cluster ids of a word, coarse to fine. */
function clusterIds(w: string): string[] {
  return clusters().get(w) ?? NO_CLUSTER;
}

/** The first two cluster ids (coarse, fine), as neighbour features name them. */
function clusterOf(w: string): string {
  const c = clusterIds(w);
  return c[0] + ' ' + c[1];
}

const ZWNJ = '\u200c';

/** A coarse shape class: Persian letters, Latin, digits, punctuation, mixed. */
export function shape(form: string): string {
  let fa = 0, latin = 0, digit = 0, other = 0;
  for (const ch of form) {
    if (/[\u0600-\u06FF\u200c]/.test(ch)) { if (/[۰-۹٠-٩]/.test(ch)) digit++; else fa++; }
    else if (/[A-Za-z]/.test(ch)) latin++;
    else if (/[0-9]/.test(ch)) digit++;
    else other++;
  }
  const kind = digit && !fa && !latin ? 'D' : latin && !fa ? 'L' : fa && !latin && !digit ? 'F' : !fa && !latin && !digit ? 'P' : 'M';
  return kind + (other ? 'o' : '') + (form.length > 12 ? '+' : form.length <= 2 ? '-' : '');
}

/** The form used in word features: Latin lower-cased, digits folded, very long forms cut. */
export function featureForm(form: string): string {
  const f = form.length > 40 ? form.slice(0, 40) : form;
  return f.replace(/[0-9۰-۹]/g, '0').toLowerCase();
}

/** Stands for a word the model has not seen (and, in training, for some rare words). */
export const UNKNOWN = '<unk>';

export function wordFeatures(form: string, identity = featureForm(form)): string[] {
  const w = featureForm(form);
  const out = ['b', 'w=' + identity, 'sh=' + shape(form)];
  const n = w.length;
  for (let k = 1; k <= 4 && k < n; k++) { out.push(`p${k}=` + w.slice(0, k)); out.push(`s${k}=` + w.slice(n - k)); }
  const tags = lexicon().get(w);
  out.push('lex=' + (tags ?? '?'));
  if (tags) for (const t of new Set(tags.split(','))) out.push('lx=' + t);
  const name = nameType(w);
  if (name) out.push('nm=' + name);
  clusterIds(w).forEach((id, k) => out.push(`c${k + 1}=` + id));
  const z = w.indexOf(ZWNJ);
  if (z > 0) { out.push('zh=' + w.slice(0, z)); out.push('zt=' + w.slice(w.lastIndexOf(ZWNJ) + 1)); }
  return out;
}

export type Side = 'w-2' | 'w-1' | 'w+1' | 'w+2';

/** Features of a neighbouring word that depend on that word alone (cached per form by the decoder). */
export function neighbourFeatures(fform: string, side: Side, identity = fform): string[] {
  const out = [side + '=' + identity];
  if (side === 'w-1' || side === 'w+1') {
    const d = side === 'w-1' ? '-1=' : '+1=';
    out.push('s' + d + suffix3(fform), 'c' + d + clusterOf(fform), 'l' + d + lexTags(fform), 'n' + d + nameType(fform));
  }
  return out;
}

export const SENTENCE_START = '<s>', SENTENCE_END = '</s>';

/** Features that join the previous tags or two words (built per position). */
export function joinedFeatures(prev: string, prev2: string, w: string, wm1: string, wp1: string, lexNext: string): string[] {
  return ['t1=' + prev, 't12=' + prev2 + ' ' + prev, 't1w=' + prev + ' ' + w, 'l+1t1=' + prev + ' ' + lexNext,
    'ww+1=' + w + ' ' + wp1, 'ww-1=' + wm1 + ' ' + w];
}

export function lexTags(w: string): string {
  return lexicon().get(w) ?? '?';
}

function suffix3(w: string): string {
  return w.length > 3 ? w.slice(w.length - 3) : w;
}
