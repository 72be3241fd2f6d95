// Stable slugs for canonical refs. A person's slug is built from the normalized full name:
// Persian letters are kept, ZWNJ and diacritics dropped, words joined by "-", a leading «سید/سیده»
// dropped (it is written or omitted freely), so «سید ابراهیم رئیسی» and «ابراهیم رئیسی» agree.

const DROP_LEADING = new Set(['سید', 'سیده']);

/** Words of a name, with ZWNJ, tatweel and Arabic diacritics removed. */
export function nameWords(name: string): string[] {
  const clean = name.replace(/[\u200c\u0640\u064b-\u065f]/g, '').replace(/[^\p{L}\p{N}\s-]/gu, ' ').toLowerCase();
  const words = clean.split(/[\s-]+/).filter(Boolean);
  while (words.length > 1 && DROP_LEADING.has(words[0])) words.shift();
  return words;
}

export function slugify(name: string): string {
  return nameWords(name).join('-');
}

export function personRef(name: string): string {
  return `person:${slugify(name)}`;
}
