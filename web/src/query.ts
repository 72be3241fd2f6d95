// Editing a query string in the query language: add a filter (agency:, entity:, type:, from:, to:).
export function quoteValue(v: string): string {
  return /[\s"]/.test(v) ? '"' + v.replace(/"/g, '') + '"' : v;
}

export function withFilter(q: string, key: string, value: string): string {
  const term = key + ':' + quoteValue(value);
  if (q.includes(term)) return q;
  return (q.trim() + ' ' + term).trim();
}

export function searchHref(q: string, extra: Record<string, string> = {}): string {
  const p = new URLSearchParams({ q, ...extra });
  return '/search?' + p.toString();
}

/** Whether the query has a word to look for (not only filters, exclusions or OR). */
export function hasWords(q: string): boolean {
  const rest = q.replace(/\b[A-Za-z]+:("[^"]*"?|\S*)/g, ' ');
  return rest.split(/\s+/).some((w) => w && w !== 'OR' && w !== '|' && !w.startsWith('-') && /[\p{L}\p{N}]/u.test(w));
}
