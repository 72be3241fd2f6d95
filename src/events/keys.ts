// Spelling-insensitive keys for matching words against the lexicons: the same word is written with
// or without ZWNJ or a space (می‌کند، میکند، می کند), with Arabic or Persian letters, with or
// without hamza (رأی، رای; رئیس، رییس).
const FOLD: Record<string, string> = {
  'ي': 'ی', 'ى': 'ی', 'ئ': 'ی', 'ك': 'ک', 'أ': 'ا', 'إ': 'ا', 'ٱ': 'ا', 'ؤ': 'و', 'ۀ': 'ه', 'ة': 'ه',
};
const DROP = /[\u200c\u200d\u200f\u200e\u0654\u064b-\u0652\u0640\s]/g;
const HAMZA_AFTER_ALEF = /ا\u0621/g;

const cache = new Map<string, string>();

/** Lookup key of a word or phrase: letters folded, joiners, spaces and diacritics removed. */
export function wordKey(s: string): string {
  // most words have nothing to drop or fold: they are their own key (no hashing, no memo)
  if (isPlain(s)) return s;
  const hit = cache.get(s);
  if (hit !== undefined) return hit;
  let out = '';
  // the older spelling with a final hamza after alef: «امضاء» = «امضا», «اجراء» = «اجرا»
  for (const c of s.replace(DROP, '').replace(HAMZA_AFTER_ALEF, 'ا')) out += FOLD[c] ?? c;
  // words repeat: keep a bounded memo of them
  if (cache.size > 200_000) cache.clear();
  cache.set(s, out);
  return out;
}

/** No character of s is dropped or folded by wordKey (conservative: anything above U+167F takes the slow path). */
function isPlain(s: string): boolean {
  for (let i = 0; i < s.length; i++) {
    const c = s.charCodeAt(i);
    if (c <= 0x20 || c === 0xa0 || c >= 0x1680) return false;
    if (c >= 0x621 && c <= 0x6c0 && (c <= 0x626 || c === 0x629 || c === 0x640 || c === 0x643 || (c >= 0x649 && c <= 0x652) || c === 0x654 || c === 0x671 || c === 0x6c0)) return false;
  }
  return true;
}

/** Every prefix of every key (the empty one included): a concatenation of words can only be a key when each
 * partial concatenation is in this set, so most words skip building the joined string. */
export function prefixSet(keys: Iterable<string>): Set<string> {
  const out = new Set<string>(['']);
  for (const k of keys) for (let n = 1; n <= k.length; n++) out.add(k.slice(0, n));
  return out;
}
