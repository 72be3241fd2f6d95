// Stable slugs for canonical refs. A person's slug is built from the normalized full name:
// Persian letters are kept, ZWNJ and diacritics dropped, words joined by "-", leading honorifics
// dropped, so «سید ابراهیم رئیسی», «سیدابراهیم رئیسی» and «ابراهیم رئیسی» agree.

// Honorifics and ranks are written or omitted freely before the same name («امام خامنه‌ای», «آیت‌الله
// خامنه‌ای», «سردار سلامی»), so they are not part of the slug either. Keys are ZWNJ-free.
const DROP_LEADING = new Set(['سید', 'سیده', 'امام', 'آیتالله', 'حجتالاسلام', 'حجتالاسلاموالمسلمین', 'دکتر', 'مهندس', 'سردار', 'سرلشکر', 'سرتیپ', 'سرهنگ', 'شهید']);
const DROP_LEADING_PAIRS = new Set(['آیت الله', 'حجت الاسلام']);

/** Words of a name, with ZWNJ, tatweel and Arabic diacritics removed. */
export function nameWords(name: string): string[] {
  const clean = name.replace(/[\u200c\u0640\u064b-\u065f]/g, '').replace(/[^\p{L}\p{N}\s-]/gu, ' ').toLowerCase();
  const words = clean.split(/[\s-]+/).filter(Boolean);
  for (;;) {
    if (words.length > 2 && DROP_LEADING_PAIRS.has(`${words[0]} ${words[1]}`)) words.splice(0, 2);
    else if (words.length > 1 && DROP_LEADING.has(words[0])) words.shift();
    // «سیدابراهیم رئیسی»: the honorific glued to the given name
    else if (words.length > 1 && words[0].startsWith('سید') && words[0].length >= 6) words[0] = words[0].slice(3);
    else break;
  }
  return words;
}

export function slugify(name: string): string {
  return nameWords(name).join('-');
}

export function personRef(name: string): string {
  return `person:${slugify(name)}`;
}
