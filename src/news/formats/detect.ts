// Which reader a decoded document needs, from its first characters.
export type DocumentFormat = 'html' | 'feed' | 'jsonl' | 'json' | 'text';

export function detectFormat(text: string, name = ''): DocumentFormat {
  const head = text.slice(0, 2048).replace(/^[\s\uFEFF\u200B]+/, '');
  if (head.startsWith('<')) {
    if (/<(?:rss|feed|rdf:RDF)[\s>]/i.test(head)) return 'feed';
    if (/^<\?xml/i.test(head) && !/<html[\s>]/i.test(head)) return 'feed';
    return 'html';
  }
  if (head.startsWith('{')) return 'jsonl';
  if (head.startsWith('[') && /\.json$/i.test(name)) return 'json';
  if (head.startsWith('[') && /^\[\s*[{\]]/.test(head)) return 'json';
  return 'text';
}
