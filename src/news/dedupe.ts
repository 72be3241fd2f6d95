// Near-duplicate detection: MinHash over normalized word shingles (b-bit: 64 hashes, 16 bits each, as a
// 256-character hex fingerprint), estimated Jaccard similarity, and LSH banding to cluster a collection.
import { foldLetters } from './fold.ts';
import { stopwords } from './stopwords.ts';

const HASHES = 64;
const BITS = 16;
const SHINGLE = 2;
/** Only the top of the story counts: agencies rewrite the same lead, then diverge (inverted pyramid); an
 * excerpt and its full article then look alike too. Chosen on eval/dedupe.eval.ts among 8 variants. */
const LEAD_WORDS = 120;
const SEEDS = Array.from({ length: HASHES }, (_, i) => mix32(0x9e3779b9 ^ Math.imul(i + 1, 0x85ebca6b)));

function mix32(x: number): number {
  x ^= x >>> 16; x = Math.imul(x, 0x85ebca6b);
  x ^= x >>> 13; x = Math.imul(x, 0xc2b2ae35);
  x ^= x >>> 16;
  return x >>> 0;
}

function fnv1a(s: string): number {
  let h = 0x811c9dc5;
  for (let i = 0; i < s.length; i++) { h ^= s.charCodeAt(i); h = Math.imul(h, 0x01000193); }
  return h >>> 0;
}

/** Content words of a text, normalized: folded letters, no ZWNJ, no digits' script differences, no stopwords.
 * With a `limit`, only the first `limit` of them, reading no more of the text than it takes. */
export function shingleWords(text: string, limit = Infinity): string[] {
  const stop = stopwords();
  const out: string[] = [];
  // Fold a growing prefix (folding maps each character on its own, so a folded prefix is a prefix of the
  // folded text); a word touching the end of a prefix may go on, so it waits for the next, longer one.
  for (let chunk = Number.isFinite(limit) ? 16 * limit : text.length; ; chunk *= 2) {
    const whole = chunk >= text.length;
    const norm = foldLetters(whole ? text : text.slice(0, chunk)).replace(/[\u06F0-\u06F9]/g, (c) => String(c.charCodeAt(0) - 0x06F0));
    out.length = 0;
    for (const m of norm.matchAll(/[\p{L}\p{N}\u200C]+/gu)) {
      if (!whole && m.index + m[0].length >= norm.length - 1) break;
      const raw = m[0];
      const w = raw.includes('\u200C') ? raw.replace(/\u200C/g, '') : raw;
      if (w.length > 1 && !stop.has(raw) && (w === raw || !stop.has(w))) out.push(w);
      if (out.length >= limit) return out;
    }
    if (whole) return out;
  }
}

/** The MinHash fingerprint of a text as hex (empty for a text with no content words). */
export function fingerprint(text: string): string {
  const words = shingleWords(text, LEAD_WORDS);
  if (words.length === 0) return '';
  const shingles = new Set<number>();
  if (words.length < SHINGLE) shingles.add(fnv1a(words.join(' ')));
  for (let i = 0; i + SHINGLE <= words.length; i++) shingles.add(fnv1a(words.slice(i, i + SHINGLE).join(' ')));
  const mins = new Uint32Array(HASHES).fill(0xffffffff);
  for (const h of shingles) {
    for (let k = 0; k < HASHES; k++) {
      const v = mix32(h ^ SEEDS[k]);
      if (v < mins[k]) mins[k] = v;
    }
  }
  let hex = '';
  for (let k = 0; k < HASHES; k++) hex += (mins[k] & ((1 << BITS) - 1)).toString(16).padStart(BITS / 4, '0');
  return hex;
}

/** The fingerprint of an article source: headline, lead and body together. */
export function fingerprintSource(src: { headline: string | null; lead: string | null; body: string }): string {
  return fingerprint([src.headline, src.lead, src.body].filter(Boolean).join('\n'));
}

/** Estimated Jaccard similarity of the shingle sets behind two fingerprints, 0..1. */
export function similarity(a: string, b: string): number {
  if (!a || !b || a.length !== b.length) return 0;
  const width = BITS / 4;
  let same = 0;
  for (let i = 0; i < a.length; i += width) if (a.slice(i, i + width) === b.slice(i, i + width)) same++;
  const n = a.length / width;
  const chance = 1 / (1 << BITS);
  return Math.max(0, (same / n - chance) / (1 - chance));
}

export interface Fingerprinted { id: string; fingerprint: string }
export interface DuplicateCluster { ids: string[]; pairs: { a: string; b: string; similarity: number }[] }

/** Default similarity above which two articles are reported as the same story (see eval/dedupe.eval.ts). */
export const DUPLICATE_THRESHOLD = 0.2;

/** Groups near-duplicates: LSH bands find candidate pairs, the estimate confirms them, union-find joins them. */
export function clusterDuplicates(items: Fingerprinted[], threshold = DUPLICATE_THRESHOLD): DuplicateCluster[] {
  const rows = threshold < 0.3 ? 1 : threshold < 0.5 ? 2 : 4;
  const width = (BITS / 4) * rows;
  const buckets = new Map<string, number[]>();
  items.forEach((it, idx) => {
    if (!it.fingerprint) return;
    for (let b = 0; b * width < it.fingerprint.length; b++) {
      const key = `${b}:${it.fingerprint.slice(b * width, (b + 1) * width)}`;
      const list = buckets.get(key);
      if (list) list.push(idx); else buckets.set(key, [idx]);
    }
  });
  const parent = items.map((_, i) => i);
  const find = (i: number): number => (parent[i] === i ? i : (parent[i] = find(parent[i])));
  const pairs: { a: number; b: number; similarity: number }[] = [];
  const checked = new Set<string>();
  for (const list of buckets.values()) {
    if (list.length < 2 || list.length > 500) continue;
    for (let i = 0; i < list.length; i++) {
      for (let j = i + 1; j < list.length; j++) {
        const key = `${list[i]}:${list[j]}`;
        if (checked.has(key)) continue;
        checked.add(key);
        const s = similarity(items[list[i]].fingerprint, items[list[j]].fingerprint);
        if (s >= threshold) { pairs.push({ a: list[i], b: list[j], similarity: s }); parent[find(list[i])] = find(list[j]); }
      }
    }
  }
  const groups = new Map<number, DuplicateCluster>();
  for (const p of pairs) {
    const root = find(p.a);
    let g = groups.get(root);
    if (!g) groups.set(root, (g = { ids: [], pairs: [] }));
    for (const i of [p.a, p.b]) if (!g.ids.includes(items[i].id)) g.ids.push(items[i].id);
    g.pairs.push({ a: items[p.a].id, b: items[p.b].id, similarity: p.similarity });
  }
  return [...groups.values()];
}
