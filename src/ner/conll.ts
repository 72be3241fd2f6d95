// Reading `token<TAB>anything` column files (blank line between sentences), as ParsTwiNER and
// `rasad ner --conll` use them.

export interface ConllSentence { tokens: string[]; tags: string[] }

export function parseConll(text: string): ConllSentence[] {
  const out: ConllSentence[] = [];
  let cur: ConllSentence = { tokens: [], tags: [] };
  for (const raw of text.split(/\r?\n/)) {
    const line = raw.replace(/^\ufeff/, '');
    if (!line.trim()) {
      if (cur.tokens.length) out.push(cur);
      cur = { tokens: [], tags: [] };
      continue;
    }
    const tab = line.indexOf('\t');
    const token = tab < 0 ? line.trim() : line.slice(0, tab);
    const rest = tab < 0 ? '' : line.slice(tab + 1).split('\t').pop()!.trim();
    cur.tokens.push(token);
    cur.tags.push(rest);
  }
  if (cur.tokens.length) out.push(cur);
  return out;
}
