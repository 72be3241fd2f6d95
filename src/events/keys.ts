// Spelling-insensitive keys for matching words against the lexicons: the same word is written with
// or without ZWNJ or a space (می‌کند، میکند، می کند), with Arabic or Persian letters, with or
// without hamza (رأی، رای; رئیس، رییس).
const FOLD: Record<string, string> = {
  'ي': 'ی', 'ى': 'ی', 'ئ': 'ی', 'ك': 'ک', 'أ': 'ا', 'إ': 'ا', 'ٱ': 'ا', 'ؤ': 'و', 'ۀ': 'ه', 'ة': 'ه',
};
const DROP = /[\u200c\u200d\u200f\u200e\u0654\u064b-\u0652\u0640\s]/g;

const cache = new Map<string, string>();

/** Lookup key of a word or phrase: letters folded, joiners, spaces and diacritics removed. */
export function wordKey(s: string): string {
  const hit = cache.get(s);
  if (hit !== undefined) return hit;
  let out = '';
  for (const c of s.replace(DROP, '')) out += FOLD[c] ?? c;
  // words repeat: keep a bounded memo of them
  if (cache.size > 200_000) cache.clear();
  cache.set(s, out);
  return out;
}
