// Gazetteer lookup over word sequences: leftmost-longest matching on a word trie.
// Names are matched on a key with ZWNJ removed, so «تل‌آویو» and «تل آویو» reach the same entry when
// they are tokenized the same way; the data file also carries the spaced variants.
import { readFileSync } from 'node:fs';

export type GazType = 'LOC' | 'ORG' | 'FAC' | 'NAT' | 'PER' | 'EVE' | 'PRO' | 'TITLE' | 'HON';

export interface GazEntry {
  name: string;
  type: GazType;
  kind: string;
  ref: string;
  country: string;
  role: string;
  ambiguous: boolean;
}

/** A gazetteer span over words [start, end) with every entry of that exact name. */
export interface GazMatch { start: number; end: number; entries: GazEntry[] }

/** A node of the name trie (the words of a name so far); opaque outside this module. */
export interface TrieNode { next: Map<string, TrieNode>; entries: GazEntry[] | null }

export function wordKey(w: string): string {
  return w.includes('\u200c') ? w.replace(/\u200c/g, '') : w;
}

export class Gazetteer {
  private readonly root: TrieNode = { next: new Map(), entries: null };
  readonly byName = new Map<string, GazEntry[]>();
  /** PER entries by their last word: a surname alone names a known person when only one has it. */
  private readonly bySurname = new Map<string, GazEntry[]>();
  /** First words of listed persons: such a word alone is a given name first («حسین» of «حسین سلامی»). */
  private readonly givenNames = new Set<string>();

  constructor(entries: Iterable<GazEntry>) {
    for (const e of entries) this.add(e);
  }

  add(e: GazEntry): void {
    const words = e.name.split(' ').filter(Boolean);
    if (!words.length) return;
    let node = this.root;
    for (const w of words) {
      const k = wordKey(w);
      let n = node.next.get(k);
      if (!n) { n = { next: new Map(), entries: null }; node.next.set(k, n); }
      node = n;
    }
    (node.entries ??= []).push(e);
    if (e.type === 'PER' && words.length >= 2) {
      this.givenNames.add(wordKey(words[0]));
      const last = wordKey(words[words.length - 1]);
      const same = this.bySurname.get(last);
      if (same) same.push(e); else this.bySurname.set(last, [e]);
    }
    const key = words.map(wordKey).join(' ');
    const list = this.byName.get(key);
    if (list) list.push(e); else this.byName.set(key, [e]);
  }

  /** Entries whose name is exactly `text` (words separated by spaces). */
  lookup(text: string): GazEntry[] {
    // one word (the usual call): no split and join
    if (!/\s/.test(text)) return this.byName.get(text ? wordKey(text) : '') ?? [];
    return this.byName.get(text.split(/\s+/).filter(Boolean).map(wordKey).join(' ')) ?? [];
  }

  /** Is `word` the first word (given name) of a listed person? */
  isGivenName(word: string): boolean {
    return this.givenNames.has(wordKey(word));
  }

  /** The one known person with this surname («روحانی» -> حسن روحانی); undefined when none or several, or
   * when the word is also a listed person's given name: «حسین» alone is far more often a first name (or
   * «امام حسین») than Saddam Hussein. */
  personBySurname(word: string): GazEntry | undefined {
    const key = wordKey(word);
    const list = this.bySurname.get(key);
    if (!list || this.givenNames.has(key)) return undefined;
    return list.every((e) => e.ref === list[0].ref) ? list[0] : undefined;
  }

  /** Leftmost-longest, non-overlapping matches over `words[from, to)`; `keep` filters entries. */
  match(words: readonly string[], from = 0, to = words.length, keep?: (e: GazEntry) => boolean): GazMatch[] {
    return this.walk(words, from, to).match(from, to, keep);
  }

  /** The trie node of the names that begin with `word` (null: none does); walk takes these per word. */
  firstNode(word: string): TrieNode | null {
    return this.root.next.get(wordKey(word)) ?? null;
  }

  /** Every name of the trie found in `words[from, to)` (one walk, each word keyed once); callers then pick
   * leftmost-longest matches per filter from it, instead of walking the trie again per filter.
   * `first`: firstNode of each word, when the caller keeps them (the tagger's per-word cache). */
  walk(words: readonly string[], from = 0, to = words.length, first?: readonly (TrieNode | null)[]): SentenceNames {
    const keys = new Array<string>(to);
    const found = new Array<NameEnd[] | null>(to).fill(null);
    for (let i = from; i < to; i++) {
      let node: TrieNode | undefined = first ? first[i] ?? undefined : this.root.next.get(keys[i] ??= wordKey(words[i]));
      for (let j = i; node; ) {
        if (node.entries) (found[i] ??= []).push({ end: j + 1, entries: node.entries });
        if (++j >= to) break;
        node = node.next.get(keys[j] ??= wordKey(words[j]));
      }
    }
    return new SentenceNames(found);
  }
}

interface NameEnd { end: number; entries: GazEntry[] }

/** The names found by one trie walk over a sentence: for each start word, the ends of the names there. */
export class SentenceNames {
  private readonly found: readonly (NameEnd[] | null)[];

  constructor(found: readonly (NameEnd[] | null)[]) {
    this.found = found;
  }

  /** Leftmost-longest, non-overlapping matches over `words[from, to)` (inside the walked range); `keep`
   * filters entries. The same result as a trie walk from every start limited to `to`. */
  match(from: number, to: number, keep?: (e: GazEntry) => boolean): GazMatch[] {
    const out: GazMatch[] = [];
    let i = from;
    while (i < to) {
      let best: GazMatch | null = null;
      const ends = this.found[i];
      if (ends) {
        for (const f of ends) {
          if (f.end > to) break;
          const entries = keep ? f.entries.filter(keep) : f.entries;
          if (entries.length) best = { start: i, end: f.end, entries };
        }
      }
      if (best) { out.push(best); i = best.end; } else i++;
    }
    return out;
  }
}

function parseGazetteer(text: string): GazEntry[] {
  const out: GazEntry[] = [];
  for (const line of text.split('\n')) {
    if (!line || line.startsWith('#')) continue;
    const [name, type, kind, ref, country, role, amb] = line.split('\t');
    out.push({ name, type: type as GazType, kind, ref, country, role, ambiguous: amb === '1' });
  }
  return out;
}

let gazetteer: Gazetteer | null = null;
let lexicon: Map<string, string> | null = null;

/** The product gazetteer (src/ner/data/gazetteer.tsv), loaded once. */
export function loadGazetteer(): Gazetteer {
  gazetteer ??= new Gazetteer(parseGazetteer(readFileSync(new URL('./data/gazetteer.tsv', import.meta.url), 'utf8')));
  return gazetteer;
}

/** hazm-derived lexicon: word -> "bucket|POS,POS". */
export function loadLexicon(): Map<string, string> {
  if (lexicon) return lexicon;
  lexicon = new Map();
  for (const line of readFileSync(new URL('./data/lexicon.tsv', import.meta.url), 'utf8').split('\n')) {
    if (!line || line.startsWith('#')) continue;
    const [w, bucket, pos] = line.split('\t');
    lexicon.set(w, `${bucket}|${pos}`);
  }
  return lexicon;
}
